// SPDX-License-Identifier: MIT
#include "membershipview.h"

#include "atlaslink.h"
#include "plaintooltip.h"

#include <core/knowledgebase.h>
#include <render/labels.h>
#include <render/membershipdata.h>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace csto::app {

MembershipView::MembershipView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("membershipChart"));
    setAccessibleName(tr("Membership and chairmanships"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    relayout();
}

void MembershipView::load(KnowledgeBase &kb, const std::string &organisationId)
{
    std::vector<render::MembershipPeriod> periods;
    QHash<QString, QString> labels;
    m_layout.setSourcesUpTo(kb.sourcesUpTo());
    if (const auto organisation = kb.findEntity(organisationId)) {
        periods = render::membershipPeriods(kb, *organisation);
        for (auto &period : periods)
            period.link = AtlasLink::entity(period.rowKey);
        for (const auto &source : kb.sources()) {
            QString label = QString::fromStdString(source.publisher);
            if (source.published)
                label += QStringLiteral(", ") + render::humanDate(*source.published);
            label += QStringLiteral(": ") + QString::fromStdString(source.title);
            labels.insert(QString::fromStdString(source.id), label);
        }
    }
    setPeriods(std::move(periods), std::move(labels));
}

void MembershipView::setPeriods(std::vector<render::MembershipPeriod> periods,
                                QHash<QString, QString> sourceLabels)
{
    m_sourceLabels = std::move(sourceLabels);
    m_hovered.reset();
    m_layout.setPeriods(std::move(periods));
    relayout();
}

void MembershipView::relayout()
{
    m_layout.setWidth(std::max(width(), minimumSizeHint().width()));
    render::MembershipChartPainter(font()).prepare(m_layout);
    const int needed = static_cast<int>(std::ceil(m_layout.height()));
    if (minimumHeight() != needed) {
        setMinimumHeight(needed);
        updateGeometry();
    }
    update();
}

int MembershipView::heightForWidth(int width) const
{
    render::MembershipLayout layout = m_layout;
    layout.setWidth(std::max(width, minimumSizeHint().width()));
    render::MembershipChartPainter(font()).prepare(layout);
    return static_cast<int>(std::ceil(layout.height()));
}

QSize MembershipView::sizeHint() const
{
    return {900, heightForWidth(900)};
}

QString MembershipView::toolTipAt(QPointF point) const
{
    const auto bar = m_layout.barAt(point);
    if (!bar)
        return {};
    const auto &period = m_layout.periods()[m_layout.bars()[*bar].period];
    QString text = render::MembershipLayout::describe(period, m_layout.sourcesUpTo());
    if (!period.sources.isEmpty()) {
        text += QLatin1Char('\n') + tr("Sources:");
        for (const auto &id : period.sources)
            text += QStringLiteral("\n\u2022 ") + m_sourceLabels.value(id, id);
    }
    return text;
}

void MembershipView::setHovered(std::optional<std::size_t> bar)
{
    if (bar == m_hovered)
        return;
    m_hovered = bar;
    update();
}

void MembershipView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    render::MembershipChartPainter(font()).paint(painter, m_layout, m_hovered);
}

void MembershipView::resizeEvent(QResizeEvent *)
{
    relayout();
}

void MembershipView::mouseMoveEvent(QMouseEvent *event)
{
    const auto hit = m_layout.linkAt(event->position());
    setCursor(hit ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setHovered(m_layout.barAt(event->position()));
}

void MembershipView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const auto hit = m_layout.linkAt(event->position());
    m_pressedLink = hit ? std::optional(hit->link) : std::nullopt;
}

void MembershipView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const auto hit = m_layout.linkAt(event->position());
    // A click: pressed and released on the same link.
    if (hit && m_pressedLink == hit->link && !hit->link.isEmpty())
        emit linkActivated(hit->link);
    m_pressedLink.reset();
}

void MembershipView::keyPressEvent(QKeyEvent *event)
{
    const auto count = m_layout.bars().size();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        if (count > 0)
            setHovered(m_hovered && *m_hovered + 1 < count ? *m_hovered + 1 : 0);
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        if (count > 0)
            setHovered(m_hovered && *m_hovered > 0 ? *m_hovered - 1 : count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_hovered) {
            const auto &period = m_layout.periods()[m_layout.bars()[*m_hovered].period];
            if (!period.link.isEmpty())
                emit linkActivated(period.link);
        }
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
}

void MembershipView::leaveEvent(QEvent *)
{
    setHovered(std::nullopt);
}

void MembershipView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

bool MembershipView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showPlainToolTip(*help, toolTipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace csto::app
