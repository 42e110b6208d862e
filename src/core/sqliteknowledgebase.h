// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "knowledgebase.h"

namespace csto {

// The knowledge base in one SQLite file (schema.h): the store the window and csto-kb open.
// Queries are in sqliteknowledgebase.cpp, writes in curation.cpp, the journal in journal.cpp.
class SqliteKnowledgeBase final : public KnowledgeBase
{
public:
    explicit SqliteKnowledgeBase(Database db);

    // The connection itself, for the store's own code (integrity check, dataset loading) and
    // for tests that look at tables directly.
    [[nodiscard]] Database &database() noexcept { return m_db; }

    [[nodiscard]] const std::filesystem::path &path() const noexcept override
    {
        return m_db.path();
    }
    [[nodiscard]] bool isReadOnly() const noexcept override { return m_db.isReadOnly(); }
    [[nodiscard]] const std::string &readOnlyReason() const noexcept override
    {
        return m_db.readOnlyReason();
    }
    [[nodiscard]] std::unique_ptr<WriteBatch> beginBatch() override;
    [[nodiscard]] Dataset exportDataset() override;
    [[nodiscard]] CheckReport check(const std::atomic_bool *stop = nullptr) override;
    [[nodiscard]] std::optional<EntityHeader> findEntity(std::string_view nameOrId) override;
    [[nodiscard]] std::optional<EntityHeader> entity(std::int64_t rowId) override;
    [[nodiscard]] std::optional<EventHeader> findEvent(std::string_view id) override;
    [[nodiscard]] std::vector<EntityHeader> children(std::optional<std::int64_t> parentRowId) override;
    [[nodiscard]] int childCount(std::int64_t parentRowId) override;
    [[nodiscard]] std::vector<TreeEntry> treeChildren(std::int64_t parentRowId) override;
    [[nodiscard]] std::vector<std::string> aliases(std::int64_t entityRowId) override;
    [[nodiscard]] std::vector<EntityHeader> entitiesOfKind(EntityKind kind) override;
    [[nodiscard]] std::vector<TreeEntry> treeEntriesOfKinds(std::span<const EntityKind> kinds,
                                                            const TreePage &page) override;
    [[nodiscard]] int countOfKinds(std::span<const EntityKind> kinds) override;
    [[nodiscard]] bool hasEntitiesOfKinds(std::span<const EntityKind> kinds) override;
    [[nodiscard]] std::vector<RelationView> relationsOfType(std::string_view type) override;
    [[nodiscard]] std::optional<EntityCard>
    entityCard(std::int64_t rowId, std::optional<std::size_t> eventLimit = std::nullopt) override;
    [[nodiscard]] std::vector<std::int64_t> eventIdsOf(std::int64_t entityRowId,
                                                       bool includeDescendants) override;
    [[nodiscard]] std::optional<EventCard> eventCard(std::int64_t rowId) override;
    [[nodiscard]] std::vector<EventHeader> timeline(const TimelineFilter &filter) override;
    [[nodiscard]] std::int64_t timelineCount(const TimelineFilter &filter) override;
    [[nodiscard]] std::vector<SearchHit> search(std::string_view query, std::size_t limit) override;
    void forEachTimelineRow(const std::function<bool(const TimelineRow &)> &visit) override;
    [[nodiscard]] std::int64_t eventCountBound() override;
    [[nodiscard]] std::vector<std::pair<std::string, std::int64_t>> allNames() override;
    [[nodiscard]] std::vector<Proposal> pendingProposals() override;
    [[nodiscard]] std::optional<SourceInfo> sourceWithHash(std::string_view sha256) override;
    std::vector<std::int64_t> storeImportedArticle(const ImportedArticle &article) override;
    [[nodiscard]] std::optional<Article> article(std::string_view sourceId) override;
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>>
    evidence(std::string_view sourceId, std::string_view factType, std::int64_t factRowId) override;
    [[nodiscard]] bool hasArticle(std::string_view sourceId) override;
    [[nodiscard]] MemberStates memberStates(std::int64_t organisationRowId) override;
    [[nodiscard]] Counts counts() override;
    [[nodiscard]] std::vector<SourceInfo> sources() override;
    [[nodiscard]] std::optional<PartialDate> sourcesUpTo() override;
    [[nodiscard]] std::optional<std::string> metaValue(std::string_view key) override;
    [[nodiscard]] std::int64_t dataVersion() override;
    [[nodiscard]] std::optional<EntityRecord> entityRecord(std::string_view id) override;
    [[nodiscard]] std::optional<EventRecord> eventRecord(std::string_view id) override;
    [[nodiscard]] std::optional<RelationRecord> relationRecord(std::string_view id) override;
    ChangeResult addEntity(EntityRecord record, const Citation &citation) override;
    ChangeResult addEvent(EventRecord record, const Citation &citation) override;
    ChangeResult addRelation(RelationRecord record, const Citation &citation) override;
    ChangeResult updateEntity(std::string_view id, const EntityRecord &changed) override;
    ChangeResult updateEvent(std::string_view id, const EventRecord &changed) override;
    ChangeResult updateRelation(std::string_view id, const RelationRecord &changed) override;
    ChangeResult addAlias(std::string_view entityId, const std::string &alias) override;
    [[nodiscard]] std::vector<Dependant> dependants(std::string_view id) override;
    ChangeResult deleteRecord(std::string_view id, bool force) override;
    ChangeResult mergeEntity(std::string_view from, std::string_view into) override;
    ChangeResult acceptProposal(std::int64_t proposalId, const AcceptChoice &choice = {}) override;
    ChangeResult acceptAllProposals() override;
    ChangeResult rejectProposal(std::int64_t proposalId) override;
    ChangeResult editProposal(std::int64_t proposalId, const std::string &payload) override;
    [[nodiscard]] std::vector<Change> history(std::optional<std::string_view> recordId,
                                              std::size_t limit) override;
    [[nodiscard]] std::optional<Change> change(std::int64_t changeId) override;
    ChangeResult revert(std::int64_t changeId) override;

private:
    std::vector<RelationView>
    relationsWhere(const char *condition, const std::function<void(Statement &)> &bindParameters);
    std::vector<SourceInfo> sourcesOf(const char *linkTable, const char *ownerColumn,
                                      std::int64_t rowId);

    Database m_db;
};

} // namespace csto
