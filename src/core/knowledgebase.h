// SPDX-License-Identifier: MIT
#pragma once

#include "curation.h"
#include "integritycheck.h"
#include "model.h"
#include "schema.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace csto {

struct EntityHeader
{
    std::int64_t rowId = 0;
    std::string id;
    EntityKind kind = EntityKind::Organisation;
    std::optional<std::string> category;
    std::string name;
};

// An entity as a tree node: its header and how many entities sit directly below it.
struct TreeEntry
{
    EntityHeader header;
    int childCount = 0;
};

struct SourceInfo
{
    std::string id;
    std::string publisher;
    std::optional<PartialDate> published;
    std::string title;
    std::string language;
    std::optional<std::string> file;
    bool hasArticle = false; // its text has been imported and can be shown
};

struct EventHeader
{
    std::int64_t rowId = 0;
    std::string id;
    PartialDate date = PartialDate::year(2000);
    std::optional<PartialDate> end;
    std::string title;
};

struct RelationView
{
    std::int64_t rowId = 0;
    std::string type;
    EntityHeader from;
    EntityHeader to;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    bool ongoing = false; // a source says it is current as of its date (see RelationRecord)
    std::optional<std::string> role;
    std::optional<std::string> summary;
    std::vector<std::string> sources;
};

// The one rule for "current member", for the tree, the membership chart and the reports: a
// membership (member_of) or treaty participation (party_to) that a source says is current as of
// its date. A period whose end is simply not stated is not current: no source says it runs on.
[[nodiscard]] bool isCurrentMembership(const RelationView &relation) noexcept;

// The states with a membership of an organisation or a participation in a treaty that
// established it, each in one group: current (isCurrentMembership), end not stated (a period
// with no end that no source calls current), or former (every period has ended). By name.
struct MemberStates
{
    std::vector<EntityHeader> current;
    std::vector<EntityHeader> endNotStated;
    std::vector<EntityHeader> former;
};

struct Participant
{
    EntityHeader entity;
    std::optional<std::string> role;
};

struct EntityCard
{
    EntityHeader header;
    std::vector<std::string> aliases;
    std::optional<EntityHeader> parent;
    std::vector<EntityHeader> children;
    std::string summary;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    bool ongoing = false;                // a source says it still exists as of its date
    std::vector<RelationView> relations; // where the entity is either end, by start date
    std::vector<EventHeader> events;     // where the entity takes part, in date order
    std::size_t eventCount = 0;          // all of them, when `events` holds only the first
    std::vector<SourceInfo> sources;
    // What it and its ongoing relations are current as of (KnowledgeBase::sourcesUpTo); read
    // only when it or a relation is ongoing.
    std::optional<PartialDate> sourcesUpTo;
};

struct EventCard
{
    EventHeader header;
    std::string summary;
    std::optional<std::string> place;
    std::vector<Participant> participants;
    std::vector<SourceInfo> sources;
};

struct TimelineFilter
{
    std::optional<PartialDate> from; // events overlapping [from, to] (by the days they cover)
    std::optional<PartialDate> to;
    std::optional<std::int64_t> entityRowId; // only events this entity takes part in...
    bool includeDescendants = true;          // ...or any entity below it in the tree
    std::optional<std::size_t> limit;        // the first this many
};

struct SearchHit
{
    enum class Type
    {
        Entity,
        Event,
        Source
    };
    Type type = Type::Entity;
    std::int64_t rowId = 0;
    std::string id;
    std::string title;
    std::optional<EntityKind> kind;  // for entities
    std::optional<PartialDate> date; // for events
    bool matchedName = false;        // the name, title or an alias matched (not only the text)
};

[[nodiscard]] std::string_view toString(SearchHit::Type type) noexcept;

// One event as the timeline places it.
struct TimelineRow
{
    std::int64_t rowId = 0;
    PartialDate date = PartialDate::year(2000);
    std::optional<PartialDate> end;
    std::string title;
    unsigned participantKinds = 0; // bit (1 << EntityKind) set for each kind taking part
    std::optional<std::int64_t> operationRowId; // first participant that is an operation/exercise
};

// A proposal of an import, waiting for review.
struct Proposal
{
    std::int64_t id = 0;
    std::string kind;    // "event" or "entity"
    std::string payload; // JSON: date, end, title, place, participants / name, kind
    std::string sourceId;
    std::string sourceTitle;
    std::size_t offset = 0; // the evidence in the article's text
    std::size_t length = 0;
};

// An imported article: its text and the entity mentions found in it.
struct Article
{
    SourceInfo source;
    std::string text;
    struct Mention
    {
        EntityHeader entity;
        std::size_t offset = 0;
        std::size_t length = 0;
    };
    std::vector<Mention> mentions;
};

struct Counts
{
    std::map<EntityKind, int> entities;
    int events = 0;
    int relations = 0;
    int sources = 0;
};

// What importing one article stores, as one write (KnowledgeBase::storeImportedArticle).
struct ImportedArticle
{
    // A new source for the text, or nullopt to attach the text to the known source `sourceId`.
    std::optional<SourceRecord> newSource;
    std::string sourceId;
    std::string title;
    std::string publisher;
    std::string text;
    std::string importedAt; // UTC (utcTimestamp)
    struct FoundMention
    {
        std::int64_t entityRowId = 0;
        std::size_t offset = 0; // bytes into `text`
        std::size_t length = 0;
    };
    std::vector<FoundMention> mentions;
    struct NewProposal
    {
        std::string kind;    // "event" or "entity"
        std::string payload; // Proposal::payload
        std::size_t offset = 0; // the evidence in `text`
        std::size_t length = 0;
    };
    std::vector<NewProposal> proposals;
};

// The store: every query and every write of a knowledge base, and the one boundary through
// which the command line, the window and the importer reach one. Callers see records; SQL lives
// in the implementation (SqliteKnowledgeBase). "Not found" is an empty optional, never an
// exception.
class KnowledgeBase
{
public:
    virtual ~KnowledgeBase() = default;

    // Opens the SQLite knowledge base at `path` (schema::open: created, migrated or refused).
    [[nodiscard]] static std::unique_ptr<KnowledgeBase> open(const std::filesystem::path &path,
                                                             schema::Access access);

    // Where the knowledge base lives, for titles, messages and a second connection.
    [[nodiscard]] virtual const std::filesystem::path &path() const noexcept = 0;
    [[nodiscard]] virtual bool isReadOnly() const noexcept = 0;
    // Why a knowledge base opened for writing is read-only (the file or folder is not
    // writable); empty otherwise.
    [[nodiscard]] virtual const std::string &readOnlyReason() const noexcept = 0;

    // Writes made while a batch lives are one transaction: commit() keeps them, and a batch
    // destroyed uncommitted undoes them. Batches nest; an inner one undoes only its own writes.
    class WriteBatch
    {
    public:
        virtual ~WriteBatch() = default;
        virtual void commit() = 0;
    };
    [[nodiscard]] virtual std::unique_ptr<WriteBatch> beginBatch() = 0;
    // The whole knowledge base as records, in the order stored: what `csto-kb export` writes.
    [[nodiscard]] virtual Dataset exportDataset() = 0;
    // The file's health (checkKnowledgeBase). `stop`, when given and set from another thread,
    // interrupts it (the statement running fails, and so does the check).
    [[nodiscard]] virtual CheckReport check(const std::atomic_bool *stop = nullptr) = 0;

    // By id (or the id of an entity merged into it), then by name, then by alias; names and
    // aliases match case-insensitively.
    [[nodiscard]] virtual std::optional<EntityHeader> findEntity(std::string_view nameOrId) = 0;
    [[nodiscard]] virtual std::optional<EntityHeader> entity(std::int64_t rowId) = 0;
    [[nodiscard]] virtual std::optional<EventHeader> findEvent(std::string_view id) = 0;

    // Entities whose parent is `parentRowId`, or the roots of the tree for nullopt; by name.
    [[nodiscard]] virtual std::vector<EntityHeader> children(std::optional<std::int64_t> parentRowId) = 0;
    [[nodiscard]] virtual int childCount(std::int64_t parentRowId) = 0;
    // children() with each child's own child count, in one query: what a lazy tree needs.
    [[nodiscard]] virtual std::vector<TreeEntry> treeChildren(std::int64_t parentRowId) = 0;
    [[nodiscard]] virtual std::vector<std::string> aliases(std::int64_t entityRowId) = 0;
    [[nodiscard]] virtual std::vector<EntityHeader> entitiesOfKind(EntityKind kind) = 0;
    // Entities of these kinds with their own child counts, in the tree's order (by name ignoring
    // case, then row id), in one query: what a lazily filled tree group needs.
    struct TreePage
    {
        bool rootsOnly = false; // only entities without a parent
        // Start after this entity (name, row id), the last of the previous page.
        std::optional<std::pair<std::string, std::int64_t>> after;
        std::size_t limit = std::numeric_limits<std::size_t>::max();
    };
    [[nodiscard]] virtual std::vector<TreeEntry> treeEntriesOfKinds(std::span<const EntityKind> kinds,
                                                            const TreePage &page) = 0;
    [[nodiscard]] virtual int countOfKinds(std::span<const EntityKind> kinds) = 0;
    [[nodiscard]] virtual bool hasEntitiesOfKinds(std::span<const EntityKind> kinds) = 0;
    [[nodiscard]] virtual std::vector<RelationView> relationsOfType(std::string_view type) = 0;

    // The card with every event, or with the first `eventLimit` (an organisation of a
    // million-event file takes part in tens of thousands).
    [[nodiscard]] virtual std::optional<EntityCard>
    entityCard(std::int64_t rowId, std::optional<std::size_t> eventLimit = std::nullopt) = 0;
    // The row ids of the events the entity (and, if asked, everything below it) takes part in,
    // in no order and possibly repeated: what the timeline highlights.
    [[nodiscard]] virtual std::vector<std::int64_t> eventIdsOf(std::int64_t entityRowId,
                                                       bool includeDescendants) = 0;
    [[nodiscard]] virtual std::optional<EventCard> eventCard(std::int64_t rowId) = 0;

    // Events in date order: dated ones by their first day, then those whose year is not stated
    // (only when no range is given).
    [[nodiscard]] virtual std::vector<EventHeader> timeline(const TimelineFilter &filter) = 0;
    // How many events timeline(filter) would return (ignoring the limit), counted without
    // reading them: what a brief's page estimate starts from.
    [[nodiscard]] virtual std::int64_t timelineCount(const TimelineFilter &filter) = 0;

    // Ranked: hits on a name, title or alias first, then hits in the text; prefix matching on
    // every term. Any string is safe; an empty or punctuation-only query finds nothing.
    [[nodiscard]] virtual std::vector<SearchHit> search(std::string_view query, std::size_t limit) = 0;

    // Every event in timeline order (dated by first day, then those without a year), one at a
    // time, so a million events are never held twice; `visit` returns false to stop early.
    virtual void forEachTimelineRow(const std::function<bool(const TimelineRow &)> &visit) = 0;
    // At least the number of events (the largest event row id), read from the end of the table
    // without counting a million rows.
    [[nodiscard]] virtual std::int64_t eventCountBound() = 0;
    // Every name and alias with its entity's row id: what the article gazetteer matches.
    [[nodiscard]] virtual std::vector<std::pair<std::string, std::int64_t>> allNames() = 0;

    [[nodiscard]] virtual std::vector<Proposal> pendingProposals() = 0;
    // The source whose text has this SHA-256 (an article imported before, or a curated source
    // whose text has not been imported yet; SourceInfo::hasArticle tells which).
    [[nodiscard]] virtual std::optional<SourceInfo> sourceWithHash(std::string_view sha256) = 0;
    // Stores an imported article: its source (new or known), its text (searchable with the
    // source's title and publisher), the mentions found and the proposals for review. Returns the
    // proposals' ids, in order. Not journaled: nothing enters the knowledge base until accepted.
    virtual std::vector<std::int64_t> storeImportedArticle(const ImportedArticle &article) = 0;
    // The article stored for a source, if its text has been imported.
    [[nodiscard]] virtual std::optional<Article> article(std::string_view sourceId) = 0;
    // The passages of `sourceId`'s article that are evidence for a fact ("event" or "entity").
    [[nodiscard]] virtual std::vector<std::pair<std::size_t, std::size_t>>
    evidence(std::string_view sourceId, std::string_view factType, std::int64_t factRowId) = 0;
    [[nodiscard]] virtual bool hasArticle(std::string_view sourceId) = 0;

    [[nodiscard]] virtual MemberStates memberStates(std::int64_t organisationRowId) = 0;

    [[nodiscard]] virtual Counts counts() = 0;
    [[nodiscard]] virtual std::vector<SourceInfo> sources() = 0;
    // The latest publication date of any source with a year: what "current" and "ongoing" are
    // as of ("sources up to December 2020"); nullopt when no source is dated.
    [[nodiscard]] virtual std::optional<PartialDate> sourcesUpTo() = 0;
    [[nodiscard]] virtual std::optional<std::string> metaValue(std::string_view key) = 0;
    // Changes whenever another connection (another process) commits to the file.
    [[nodiscard]] virtual std::int64_t dataVersion() = 0;

    // ---- Curation: every write is one transaction with its journal entry (curation.h). ----
    // Ids of merged entities resolve to the survivor everywhere an id is looked up.

    // Records as the export writes them, for editing; nullopt if unknown. Relation ids are
    // "relation-<n>" (RelationView::rowId), as `show --json` prints them.
    [[nodiscard]] virtual std::optional<EntityRecord> entityRecord(std::string_view id) = 0;
    [[nodiscard]] virtual std::optional<EventRecord> eventRecord(std::string_view id) = 0;
    [[nodiscard]] virtual std::optional<RelationRecord> relationRecord(std::string_view id) = 0;

    // An empty record id is made from the name or title (a readable, unique slug). The citation
    // is added to the record's sources.
    virtual ChangeResult addEntity(EntityRecord record, const Citation &citation) = 0;
    virtual ChangeResult addEvent(EventRecord record, const Citation &citation) = 0;
    virtual ChangeResult addRelation(RelationRecord record, const Citation &citation) = 0;
    // Replace every field of the record `id` with `changed`'s (its id stays `id`).
    virtual ChangeResult updateEntity(std::string_view id, const EntityRecord &changed) = 0;
    virtual ChangeResult updateEvent(std::string_view id, const EventRecord &changed) = 0;
    virtual ChangeResult updateRelation(std::string_view id, const RelationRecord &changed) = 0;
    virtual ChangeResult addAlias(std::string_view entityId, const std::string &alias) = 0;
    // What refers to an entity, event or relation (children, relations, participations, ...).
    [[nodiscard]] virtual std::vector<Dependant> dependants(std::string_view id) = 0;
    // Deletes an entity, event or relation; with dependants it throws DependantsError unless
    // `force` (then what depends on it goes too: its relations, participations, children's link).
    virtual ChangeResult deleteRecord(std::string_view id, bool force) = 0;
    // Moves everything of `from` to `into` (aliases, relations, events, participations, mentions,
    // evidence, proposals, children); `from`'s name and aliases become aliases of `into`, and
    // `from`'s id resolves to `into` from then on.
    virtual ChangeResult mergeEntity(std::string_view from, std::string_view into) = 0;

    virtual ChangeResult acceptProposal(std::int64_t proposalId, const AcceptChoice &choice = {}) = 0;
    // Every pending proposal (entities first), as one change.
    virtual ChangeResult acceptAllProposals() = 0;
    virtual ChangeResult rejectProposal(std::int64_t proposalId) = 0;
    // Replaces a pending proposal's payload (the JSON of Proposal::payload), checked first.
    virtual ChangeResult editProposal(std::int64_t proposalId, const std::string &payload) = 0;

    // The journal, newest first; only the changes of one record when `recordId` is given.
    [[nodiscard]] virtual std::vector<Change> history(std::optional<std::string_view> recordId,
                                              std::size_t limit) = 0;
    [[nodiscard]] virtual std::optional<Change> change(std::int64_t changeId) = 0;
    // Undoes one change as a new change (which reverts it in turn: that is redo). Throws
    // RevertConflictError when a later change depends on it, changing nothing.
    virtual ChangeResult revert(std::int64_t changeId) = 0;

protected:
    KnowledgeBase() = default;
};

} // namespace csto
