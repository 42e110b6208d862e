// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QAbstractItemModel>

#include <map>
#include <memory>

namespace csto::app {

class DatabaseGuard;

// The organisation tree over a KnowledgeBase: the CSTO with its bodies grouped (statutory,
// subsidiary, centres, forces), member states split into current and former, partners and
// observers, other organisations and states, operations and exercises, people, documents.
// Group nodes are built from a few queries when the model is reset; the groups of every
// operation, person and document, and an entity's own children, are fetched from the knowledge
// base only when the view asks for them (canFetchMore/fetchMore).
// The model keeps row ids and names, never a copy of the cards.
class OrgTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgTreeModel)

public:
    enum Role
    {
        EntityIdRole = Qt::UserRole + 1, // the entity's id (slug); empty for groups
        EntityRowIdRole,                 // qint64 row id; 0 for groups
        IsGroupRole,                     // true for the grouping nodes
        // The text keys (core/textkey.h) of the name and aliases, one a line: what the filter box
        // matches, case-sensitively, against filterKey(what was typed).
        FilterKeyRole,
    };

    // What a filter query matches FilterKeyRole by: its text key, so "одкб" keeps ОДКБ, "наемник"
    // keeps Наёмник and "STRASSE" keeps Straße, as the command line's lookups do.
    [[nodiscard]] static QString filterKey(const QString &text);

    // Counting every person of a million-event file takes milliseconds the first paint should not
    // wait for: with Later, the groups of every operation, person and document are labelled
    // without a count until setKindCounts.
    enum class GroupCounts
    {
        Now,
        Later
    };
    // Reading failures (a damaged file) go to `guard`: the tree then shows what could be read.
    explicit OrgTreeModel(KnowledgeBase &kb, GroupCounts groupCounts = GroupCounts::Now,
                          QObject *parent = nullptr, DatabaseGuard *guard = nullptr);

    // Puts the counts (entities by kind, e.g. KnowledgeBase::counts()) on the lazy groups' labels.
    void setKindCounts(const std::map<EntityKind, int> &counts);
    ~OrgTreeModel() override;

    // Rebuilds the tree from the knowledge base (after opening another file or an import).
    void reload();

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Loads every lazy node (for filtering the whole tree).
    void fetchAll();
    // The first place the entity appears, loading nodes as needed; invalid if it is nowhere.
    [[nodiscard]] QModelIndex indexOfEntity(std::int64_t rowId);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    std::unique_ptr<Node> makeEntityNode(const EntityHeader &header, int childCount);
    QString filterKeysOf(Node *node) const;
    enum class Amount
    {
        Page,
        All
    };
    void loadChildren(Node *node, Amount amount);
    void loadPage(Node *node);
    void build();

    KnowledgeBase &m_kb;
    GroupCounts m_groupCounts;
    DatabaseGuard *m_guard;
    std::unique_ptr<Node> m_root;
};

} // namespace csto::app
