// SPDX-License-Identifier: MIT
#include "searchpopup.h"

#include "atlaslink.h"
#include "databaseguard.h"
#include "kindicons.h"

#include <core/knowledgebase.h>
#include <render/labels.h>

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace csto::app {

using render::kindLabel;
using render::kindPluralLabel;
namespace {

constexpr int kLinkRole = Qt::UserRole + 1;
constexpr std::size_t kMaxHits = 40;

QString groupOf(const SearchHit &hit)
{
    switch (hit.type) {
    case SearchHit::Type::Entity:
        return kindPluralLabel(hit.kind.value_or(EntityKind::Organisation));
    case SearchHit::Type::Event:
        return QCoreApplication::translate("csto::app::SearchPopup", "Events");
    case SearchHit::Type::Source:
        return QCoreApplication::translate("csto::app::SearchPopup", "Articles");
    }
    return {};
}

QString linkOf(const SearchHit &hit)
{
    const QString id = QString::fromStdString(hit.id);
    return hit.type == SearchHit::Type::Event ? AtlasLink::event(id) : AtlasLink::entity(id);
}

} // namespace

SearchPopup::SearchPopup(KnowledgeBase &kb, QWidget *parent, DatabaseGuard *guard)
    : QFrame(parent, Qt::Popup), m_kb(kb), m_guard(guard), m_query(new QLineEdit(this)),
      m_results(new QTreeWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("searchPopup"));
    m_query->setPlaceholderText(tr("Search bodies, states, operations, people, events\u2026"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(2);
    m_results->setRootIsDecorated(false);
    m_results->setIndentation(8);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    resize(560, 420);

    connect(m_query, &QLineEdit::textChanged, this, &SearchPopup::updateResults);
    connect(m_results, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
}

void SearchPopup::showOver(const QRect &area)
{
    const int width = std::min(area.width() - 40, 620);
    setGeometry(area.x() + (area.width() - width) / 2, area.y() + 60, width, 440);
    show();
    raise();
    m_query->setFocus(Qt::PopupFocusReason);
    m_query->selectAll();
}

void SearchPopup::setQuery(const QString &query)
{
    m_query->setText(query);
}

QString SearchPopup::query() const
{
    return m_query->text();
}

void SearchPopup::updateResults()
{
    m_results->clear();
    std::vector<SearchHit> hits;
    if (!DatabaseGuard::run(m_guard, tr("Searching"),
                            [&] { hits = m_kb.search(m_query->text().toStdString(), kMaxHits); }))
        return;
    // Groups appear in the order of their best hit; hits keep their rank within a group.
    std::vector<QString> order;
    std::map<QString, std::vector<const SearchHit *>> groups;
    for (const auto &hit : hits) {
        const QString group = groupOf(hit);
        if (!groups.contains(group))
            order.push_back(group);
        groups[group].push_back(&hit);
    }
    QTreeWidgetItem *first = nullptr;
    for (const auto &group : order) {
        auto *heading = new QTreeWidgetItem(m_results, {group});
        heading->setFlags(Qt::ItemIsEnabled);
        QFont font = heading->font(0);
        font.setBold(true);
        heading->setFont(0, font);
        heading->setForeground(0, palette().placeholderText());
        for (const SearchHit *hit : groups[group]) {
            QString detail;
            if (hit->date)
                detail = render::humanDate(*hit->date);
            else if (hit->kind)
                detail = kindLabel(*hit->kind);
            auto *item =
                new QTreeWidgetItem(m_results, {QString::fromStdString(hit->title), detail});
            item->setData(0, kLinkRole, linkOf(*hit));
            item->setToolTip(0, QStringLiteral("<qt>%1</qt>")
                                    .arg(QString::fromStdString(hit->title).toHtmlEscaped()));
            if (hit->kind)
                item->setIcon(0, iconForKind(*hit->kind));
            if (!first)
                first = item;
        }
    }
    if (first)
        m_results->setCurrentItem(first);
    if (!m_query->text().trimmed().isEmpty() && hits.empty()) {
        auto *none = new QTreeWidgetItem(m_results, {tr("Nothing found")});
        none->setFlags(Qt::NoItemFlags);
    }
}

QStringList SearchPopup::resultLinks() const
{
    QStringList links;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        const QString link = m_results->topLevelItem(i)->data(0, kLinkRole).toString();
        if (!link.isEmpty())
            links << link;
    }
    return links;
}

QStringList SearchPopup::resultGroups() const
{
    QStringList groups;
    QString group;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        const auto *item = m_results->topLevelItem(i);
        if (item->data(0, kLinkRole).toString().isEmpty())
            group = item->text(0);
        else
            groups << group;
    }
    return groups;
}

QString SearchPopup::currentLink() const
{
    const auto *item = m_results->currentItem();
    return item ? item->data(0, kLinkRole).toString() : QString();
}

void SearchPopup::moveCurrent(int step)
{
    const int count = m_results->topLevelItemCount();
    int row = m_results->indexOfTopLevelItem(m_results->currentItem());
    for (int i = row + step; i >= 0 && i < count; i += step) {
        auto *item = m_results->topLevelItem(i);
        if (!item->data(0, kLinkRole).toString().isEmpty()) {
            m_results->setCurrentItem(item);
            m_results->scrollToItem(item);
            return;
        }
    }
}

void SearchPopup::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString link = item->data(0, kLinkRole).toString();
    if (link.isEmpty())
        return;
    hide();
    emit linkActivated(link);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_results->currentItem());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace csto::app
