// SPDX-License-Identifier: MIT
#include "orgtreemodel.h"

#include "databaseguard.h"
#include "kindicons.h"

#include <core/textkey.h>
#include <render/labels.h>

#include <limits>
#include <map>
#include <set>

namespace csto::app {

using render::kindLabel;
using render::kindPluralLabel;

struct OrgTreeModel::Node
{
    enum class Type
    {
        Group,
        Entity
    };
    Type type = Type::Group;
    QString label;
    std::string name; // the entity's name as stored: the tree's sort key
    QString id;
    std::int64_t rowId = 0;
    EntityKind kind = EntityKind::Organisation;
    QString filterKeys; // of the name and aliases; read when the filter first asks
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    int unfetchedChildren = 0; // children in the knowledge base not loaded yet
    // A group that lists every entity of these kinds, loaded when first expanded.
    std::vector<EntityKind> lazyKinds;
    QString baseLabel; // the lazy group's label without its count
    QString toolTip;   // a group's explanation, plain text

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

constexpr const char *kTreatyOrganisationId = "csto";
constexpr std::size_t kGroupPageSize = 2000;
// A lazy group's size before it is counted: "more than any page".
constexpr int kUnknownCount = std::numeric_limits<int>::max();

QString groupLabel(const QString &label, std::size_t count)
{
    return QStringLiteral("%1 (%2)").arg(label).arg(count);
}

} // namespace

OrgTreeModel::OrgTreeModel(KnowledgeBase &kb, GroupCounts groupCounts, QObject *parent,
                           DatabaseGuard *guard)
    : QAbstractItemModel(parent), m_kb(kb), m_groupCounts(groupCounts), m_guard(guard)
{
    DatabaseGuard::run(m_guard, tr("Reading the organisation tree"), [this] { build(); });
}

void OrgTreeModel::setKindCounts(const std::map<EntityKind, int> &counts)
{
    for (const auto &child : m_root->children) {
        Node *group = child.get();
        if (group->lazyKinds.empty())
            continue;
        int count = 0;
        for (const auto kind : group->lazyKinds) {
            const auto it = counts.find(kind);
            count += it == counts.end() ? 0 : it->second;
        }
        group->label = groupLabel(group->baseLabel, static_cast<std::size_t>(count));
        const QModelIndex index = indexFor(group);
        emit dataChanged(index, index, {Qt::DisplayRole});
    }
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::reload()
{
    beginResetModel();
    DatabaseGuard::run(m_guard, tr("Reading the organisation tree"), [this] { build(); });
    endResetModel();
}

std::unique_ptr<OrgTreeModel::Node> OrgTreeModel::makeEntityNode(const EntityHeader &header,
                                                                 int childCount)
{
    auto node = std::make_unique<Node>();
    node->type = Node::Type::Entity;
    node->name = header.name;
    // In Russian, the entity's Russian name where an alias gives one (an alias query per node,
    // only then; the tree loads a page at a time).
    node->label = render::displayName(m_kb, header);
    node->id = QString::fromStdString(header.id);
    node->rowId = header.rowId;
    node->kind = header.kind;
    node->unfetchedChildren = childCount;
    return node;
}

QString OrgTreeModel::filterKey(const QString &text)
{
    return QString::fromStdString(textKey(text.toStdString()));
}

QString OrgTreeModel::filterKeysOf(Node *node) const
{
    if (node->filterKeys.isEmpty()) {
        QStringList keys{filterKey(QString::fromStdString(node->name))};
        DatabaseGuard::run(m_guard, tr("Reading the organisation tree"), [&] {
            for (const auto &alias : m_kb.aliases(node->rowId))
                keys << filterKey(QString::fromStdString(alias));
        });
        node->filterKeys = keys.join(QLatin1Char('\n'));
    }
    return node->filterKeys;
}

void OrgTreeModel::build()
{
    m_root = std::make_unique<Node>();
    const auto addGroup = [](Node *parent, const QString &label) {
        auto group = std::make_unique<Node>();
        group->label = label;
        return parent->add(std::move(group));
    };
    const auto fillGroup = [&](Node *parent, const QString &label,
                               const std::vector<EntityHeader> &members) {
        if (members.empty())
            return;
        Node *group = addGroup(parent, groupLabel(label, members.size()));
        for (const auto &member : members)
            group->add(makeEntityNode(member, m_kb.childCount(member.rowId)));
    };
    // Groups of every entity of some kinds can hold tens of thousands: filled when first
    // expanded, and counted now or when the caller knows the counts (setKindCounts).
    const auto addLazyGroup = [&](const QString &label, std::vector<EntityKind> kinds) {
        const int count = m_groupCounts == GroupCounts::Now
                              ? m_kb.countOfKinds(kinds)
                              : (m_kb.hasEntitiesOfKinds(kinds) ? kUnknownCount : 0);
        if (count == 0)
            return;
        Node *group = addGroup(
            m_root.get(),
            count == kUnknownCount ? label : groupLabel(label, static_cast<std::size_t>(count)));
        group->baseLabel = label;
        group->lazyKinds = std::move(kinds);
        group->unfetchedChildren = count;
    };

    std::set<std::int64_t> placed;
    const auto organisation = m_kb.findEntity(kTreatyOrganisationId);
    if (organisation) {
        placed.insert(organisation->rowId);
        Node *csto = m_root->add(makeEntityNode(*organisation, 0));
        std::map<int, std::pair<QString, std::vector<EntityHeader>>> sections = {
            {0, {tr("Statutory bodies"), {}}},
            {1, {tr("Subsidiary bodies"), {}}},
            {2, {tr("Centres"), {}}},
            {3, {tr("Forces"), {}}},
            {4, {tr("Other parts"), {}}}};
        for (const auto &child : m_kb.children(organisation->rowId)) {
            int section = 4;
            if (child.kind == EntityKind::Force)
                section = 3;
            else if (child.category == "statutory" || child.category == "working")
                section = 0;
            else if (child.category == "subsidiary")
                section = 1;
            else if (child.category == "centre")
                section = 2;
            sections[section].second.push_back(child);
        }
        for (const auto &[order, section] : sections)
            fillGroup(csto, section.first, section.second);
    }

    // Member states, by core's rule (KnowledgeBase::memberStates): current as of the sources,
    // end not stated, or former.
    MemberStates members;
    if (organisation)
        members = m_kb.memberStates(organisation->rowId);
    std::set<std::int64_t> current;
    for (const auto &header : members.current)
        current.insert(header.rowId);
    std::set<std::int64_t> partners;
    std::map<std::int64_t, EntityHeader> partnerHeaders;
    for (const char *type : {"partner_of", "observer_of", "participates_in"}) {
        for (const auto &r : m_kb.relationsOfType(type)) {
            const bool observerRole = r.role && QString::fromStdString(*r.role).contains(
                                                    QLatin1String("observer"), Qt::CaseInsensitive);
            if (std::string(type) == "participates_in" && !observerRole)
                continue;
            for (const auto &end : {r.from, r.to}) {
                if ((end.kind == EntityKind::Organisation || end.kind == EntityKind::State) &&
                    (!organisation || end.rowId != organisation->rowId) &&
                    !current.contains(end.rowId))
                    partnerHeaders[end.rowId] = end;
            }
        }
    }

    const auto sortedByName = [](const auto &map) {
        std::vector<EntityHeader> list;
        for (const auto &[rowId, header] : map)
            list.push_back(header);
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });
        return list;
    };
    if (!members.current.empty() || !members.endNotStated.empty() || !members.former.empty()) {
        Node *states =
            addGroup(m_root.get(), groupLabel(tr("Member states"), members.current.size()));
        fillGroup(states, tr("Current members"), members.current);
        if (!members.current.empty()) {
            // "Current" is as of the newest source, not as of today.
            const auto upTo = m_kb.sourcesUpTo();
            states->children.back()->toolTip =
                upTo ? tr("Members as of the knowledge base's sources (%1)")
                           .arg(render::humanSourcesUpTo(*upTo))
                     : tr("Members as of the knowledge base's sources (none is dated)");
        }
        fillGroup(states, tr("Members, end not stated"), members.endNotStated);
        fillGroup(states, tr("Former members and treaty parties"), members.former);
    }
    for (const auto *group : {&members.current, &members.endNotStated, &members.former}) {
        for (const auto &header : *group)
            placed.insert(header.rowId);
    }
    for (const auto &[rowId, header] : partnerHeaders) {
        if (!placed.contains(rowId))
            partners.insert(rowId);
    }
    std::map<std::int64_t, EntityHeader> partnerList;
    for (const auto rowId : partners)
        partnerList[rowId] = partnerHeaders[rowId];
    fillGroup(m_root.get(), tr("Partners and observers"), sortedByName(partnerList));
    for (const auto rowId : partners)
        placed.insert(rowId);

    std::vector<TreeEntry> others;
    constexpr EntityKind kPlaceable[] = {EntityKind::Organisation, EntityKind::State,
                                         EntityKind::Body, EntityKind::Force};
    KnowledgeBase::TreePage roots;
    roots.rootsOnly = true;
    for (auto &root : m_kb.treeEntriesOfKinds(kPlaceable, roots)) {
        if (!placed.contains(root.header.rowId))
            others.push_back(std::move(root));
    }
    if (!others.empty()) {
        Node *group =
            addGroup(m_root.get(), groupLabel(tr("Other organisations and states"), others.size()));
        for (const auto &entry : others)
            group->add(makeEntityNode(entry.header, entry.childCount));
    }

    addLazyGroup(tr("Operations and exercises"), {EntityKind::Operation, EntityKind::Exercise});
    addLazyGroup(kindPluralLabel(EntityKind::Person), {EntityKind::Person});
    addLazyGroup(kindPluralLabel(EntityKind::Document), {EntityKind::Document});
}

OrgTreeModel::Node *OrgTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OrgTreeModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeFor(parent);
    if (row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[static_cast<std::size_t>(row)].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : 1;
}

bool OrgTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return !node->children.empty() || node->unfetchedChildren > 0;
}

bool OrgTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == 0 && nodeFor(parent)->unfetchedChildren > 0;
}

void OrgTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadChildren(nodeFor(parent), Amount::Page);
}

void OrgTreeModel::loadChildren(Node *node, Amount amount)
{
    while (node->unfetchedChildren > 0) {
        if (!DatabaseGuard::run(m_guard, tr("Reading the organisation tree"),
                                [&] { loadPage(node); })) {
            node->unfetchedChildren = 0; // asked once, not at every repaint
            return;
        }
        if (amount == Amount::Page)
            return;
    }
}

void OrgTreeModel::loadPage(Node *node)
{
    std::vector<TreeEntry> entries;
    if (node->type == Node::Type::Entity) {
        entries = m_kb.treeChildren(node->rowId);
    } else {
        // A group of tens of thousands is read a page at a time, as the view scrolls to its end.
        KnowledgeBase::TreePage page;
        page.limit = kGroupPageSize;
        if (!node->children.empty()) {
            const Node &last = *node->children.back();
            page.after.emplace(last.name, last.rowId);
        }
        entries = m_kb.treeEntriesOfKinds(node->lazyKinds, page);
    }
    const bool complete = node->type == Node::Type::Entity || entries.size() < kGroupPageSize;
    node->unfetchedChildren =
        complete ? 0 : std::max(0, node->unfetchedChildren - static_cast<int>(entries.size()));
    if (entries.empty())
        return;
    // Made (reading names) before the insertion starts: a failure must not leave it half done.
    std::vector<std::unique_ptr<Node>> made;
    for (const auto &entry : entries)
        made.push_back(makeEntityNode(entry.header, entry.childCount));
    const int first = static_cast<int>(node->children.size());
    beginInsertRows(indexFor(node), first, first + static_cast<int>(made.size()) - 1);
    for (auto &child : made)
        node->add(std::move(child));
    endInsertRows();
}

void OrgTreeModel::fetchAll()
{
    // Every name and alias in one query rather than one query per node.
    QHash<std::int64_t, QStringList> keys;
    DatabaseGuard::run(m_guard, tr("Reading the organisation tree"), [&] {
        for (const auto &[name, rowId] : m_kb.allNames())
            keys[rowId] << QString::fromStdString(textKey(name));
    });
    std::vector<Node *> pending{m_root.get()};
    while (!pending.empty()) {
        Node *node = pending.back();
        pending.pop_back();
        loadChildren(node, Amount::All);
        if (node->type == Node::Type::Entity && node->filterKeys.isEmpty())
            node->filterKeys =
                keys.value(node->rowId, {filterKey(node->label)}).join(QLatin1Char('\n'));
        for (const auto &child : node->children)
            pending.push_back(child.get());
    }
}

QModelIndex OrgTreeModel::indexOfEntity(std::int64_t rowId)
{
    // Breadth-first, so the shallowest (most natural) place wins; loads nodes on the way.
    std::vector<Node *> level{m_root.get()};
    while (!level.empty()) {
        std::vector<Node *> next;
        for (Node *node : level) {
            if (node->type == Node::Type::Entity && node->rowId == rowId)
                return indexFor(node);
            loadChildren(node, Amount::All);
            for (const auto &child : node->children)
                next.push_back(child.get());
        }
        level = std::move(next);
    }
    return {};
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent))
        return {};
    Node *node = nodeFor(index);
    const bool group = node->type == Node::Type::Group;
    switch (role) {
    case Qt::DisplayRole:
        return node->label;
    case Qt::DecorationRole:
        return group ? groupIcon() : iconForKind(node->kind);
    case Qt::ToolTipRole:
        // Tooltips are rich text when they look like it: escape, and say so explicitly.
        if (group)
            return node->toolTip.isEmpty()
                       ? QVariant()
                       : QVariant(QStringLiteral("<qt>%1</qt>").arg(node->toolTip.toHtmlEscaped()));
        return QVariant(
            QStringLiteral("<qt>%1<br><i>%2</i></qt>")
                .arg(node->label.toHtmlEscaped(), kindLabel(node->kind).toHtmlEscaped()));
    case EntityIdRole:
        return node->id;
    case EntityRowIdRole:
        return QVariant::fromValue<qint64>(node->rowId);
    case IsGroupRole:
        return group;
    case FilterKeyRole:
        return group ? filterKey(node->label) : filterKeysOf(node);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names[EntityIdRole] = "entityId";
    names[EntityRowIdRole] = "entityRowId";
    names[IsGroupRole] = "isGroup";
    names[FilterKeyRole] = "filterKey";
    return names;
}

} // namespace csto::app
