// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "plaintooltip.h"

#include <render/timelinepainter.h>

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace csto::app {
namespace {

constexpr double kWheelZoomPerDegree = 1.0025;
constexpr double kKeyZoom = 1.5;
constexpr double kDragThreshold = 4;
constexpr double kLegendMargin = 4; // around the legend in its strip

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline"));
    m_layout.setViewport(lanesSize());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    m_layout.setCharacterWidth(QFontMetricsF(small).averageCharWidth());
}

void TimelineView::setItems(std::vector<render::TimelineItem> items)
{
    m_layout.setItems(std::move(items));
    update();
}

void TimelineView::setLanes(const QStringList &lanes)
{
    m_layout.setLanes(lanes);
    update();
}

void TimelineView::setHighlighted(const QSet<qint64> &ids)
{
    m_highlighted = ids;
    update();
}

void TimelineView::setSelected(std::optional<qint64> id)
{
    m_selected = id;
    if (id)
        ensureVisible(*id);
    update();
}

void TimelineView::fitAll()
{
    m_layout.fitAll();
    update();
}

void TimelineView::fitHighlighted()
{
    if (!m_layout.fitTo(m_highlighted))
        m_layout.fitAll();
    update();
}

void TimelineView::zoomToYears(int firstYear, int lastYear)
{
    m_layout.showYears(firstYear, lastYear);
    update();
}

void TimelineView::zoomBy(double factor)
{
    // Around the selected event while it is in view, so it stays where the user sees it.
    double anchor = width() / 2.0;
    if (const auto span = m_selected ? spanOf(*m_selected) : std::nullopt;
        span && span->second >= 0 && span->first <= width())
        anchor = std::clamp((span->first + span->second) / 2, 0.0, static_cast<double>(width()));
    m_layout.zoomAround(anchor, factor);
    if (m_selected)
        ensureVisible(*m_selected);
    update();
}

std::optional<std::pair<double, double>> TimelineView::spanOf(qint64 id) const
{
    for (const auto &item : m_layout.items()) {
        if (item.id == id && item.start.hasYear())
            return std::pair{m_layout.dayToX(render::TimelineLayout::startDay(item)),
                             m_layout.dayToX(render::TimelineLayout::endDay(item))};
    }
    return std::nullopt;
}

void TimelineView::ensureVisible(qint64 id)
{
    if (const auto span = spanOf(id); span && (span->second < 20 || span->first > width() - 20))
        m_layout.panByPixels(width() / 2.0 - (span->first + span->second) / 2);
}

void TimelineView::select(qint64 id)
{
    setSelected(id);
    emit eventSelected(id);
}

void TimelineView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QRectF TimelineView::legendRect() const
{
    const double room = std::max(0.0, width() - 2 * kLegendMargin);
    const QSizeF size = render::TimelinePainter(font()).legendSize(room);
    return {width() - kLegendMargin - size.width(), height() - kLegendMargin - size.height(),
            size.width(), size.height()};
}

QSizeF TimelineView::lanesSize() const
{
    return {static_cast<double>(width()), std::max(0.0, legendRect().top() - kLegendMargin)};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const render::TimelinePainter timelinePainter(font());
    timelinePainter.paint(painter, m_layout, {m_highlighted, m_selected, hasFocus()});
    const QRectF lanes(QPointF(0, 0), m_layout.viewport());
    painter.fillRect(QRectF(0, lanes.bottom(), width(), height() - lanes.bottom()),
                     palette().color(QPalette::Window));
    if (!m_layout.items().empty())
        timelinePainter.paintLegend(painter, legendRect());
    if (m_layout.items().empty() && !m_placeholder.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_placeholder);
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    // Keep the same days in view when the widget changes size.
    const double first = m_layout.firstVisibleDay();
    const double last = m_layout.lastVisibleDay();
    m_layout.setViewport(lanesSize());
    m_layout.setVisibleRange(first, last);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double degrees = event->angleDelta().y() / 8.0;
    if (degrees == 0)
        return;
    m_layout.zoomAround(event->position().x(), std::pow(kWheelZoomPerDegree, degrees * 4));
    update();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragFrom = event->position();
    m_dragged = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF delta = event->position() - *m_dragFrom;
    if (!m_dragged && std::abs(delta.x()) < kDragThreshold)
        return;
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    m_layout.panByPixels(delta.x());
    m_dragFrom = event->position();
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    const bool click = m_dragFrom && !m_dragged && event->button() == Qt::LeftButton;
    m_dragFrom.reset();
    if (!click)
        return;
    const auto mark = m_layout.markAt(event->position());
    if (!mark)
        return;
    const auto &found = m_layout.marks()[*mark];
    if (found.isCluster()) {
        // Zoom in on the cluster so its events separate.
        QSet<qint64> ids;
        for (const auto index : found.items)
            ids.insert(m_layout.items()[index].id);
        m_layout.fitTo(ids);
        update();
        return;
    }
    select(m_layout.items()[found.items.front()].id);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto id = m_layout.itemAt(event->position()))
        emit eventActivated(*id);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    using Direction = render::TimelineLayout::Direction;
    std::optional<Direction> direction;
    switch (event->key()) {
    case Qt::Key_Left:
        direction = Direction::Earlier;
        break;
    case Qt::Key_Right:
        direction = Direction::Later;
        break;
    case Qt::Key_Up:
        direction = Direction::LaneUp;
        break;
    case Qt::Key_Down:
        direction = Direction::LaneDown;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            emit eventActivated(*m_selected);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kKeyZoom);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / kKeyZoom);
        return;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitAll();
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (const auto next = m_layout.neighbour(m_selected, *direction))
        select(*next);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showPlainToolTip(*help, m_layout.toolTipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace csto::app
