// SPDX-License-Identifier: MIT
#include "sqliteknowledgebase.h"

#include "datasetstore.h"
#include "searchquery.h"
#include "textkey.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>

namespace csto {
namespace {

constexpr const char *kEntityColumns = "e.id, e.slug, e.kind, e.category, e.name";

// Keys below this belong to dates whose year is not stated (stored with year 0).
constexpr int kFirstDatedKey = 10000;

EntityHeader readEntityHeader(const Statement &stmt, int first)
{
    return {stmt.int64(first), stmt.text(first + 1),
            entityKindFromString(stmt.text(first + 2)).value_or(EntityKind::Organisation),
            stmt.optionalText(first + 3), stmt.text(first + 4)};
}

std::optional<PartialDate> dateColumn(const Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return PartialDate::tryParse(stmt.text(column));
}

EventHeader readEventHeader(const Statement &stmt, int first)
{
    return {stmt.int64(first), stmt.text(first + 1), PartialDate::parse(stmt.text(first + 2)),
            dateColumn(stmt, first + 3), stmt.text(first + 4)};
}

std::vector<EntityHeader> entityList(Database &db, const std::string &sql,
                                     std::optional<std::int64_t> parameter)
{
    auto stmt = db.prepare(sql);
    if (parameter)
        stmt.bind(1, *parameter);
    std::vector<EntityHeader> result;
    while (stmt.step())
        result.push_back(readEntityHeader(stmt, 0));
    return result;
}

} // namespace

SqliteKnowledgeBase::SqliteKnowledgeBase(Database db) : m_db(std::move(db)) {}

namespace {

class SqliteWriteBatch final : public KnowledgeBase::WriteBatch
{
public:
    explicit SqliteWriteBatch(Database &db) : m_transaction(db) {}
    void commit() override { m_transaction.commit(); }

private:
    Transaction m_transaction;
};

} // namespace

std::unique_ptr<KnowledgeBase::WriteBatch> SqliteKnowledgeBase::beginBatch()
{
    return std::make_unique<SqliteWriteBatch>(m_db);
}

std::optional<EntityHeader> SqliteKnowledgeBase::findEntity(std::string_view nameOrId)
{
    // Ids as given; names and aliases by their text keys (textkey.h): "одкб" finds ОДКБ.
    const std::string base = std::string("SELECT ") + kEntityColumns + " FROM entities e ";
    const std::string key = textKey(nameOrId);
    for (const auto &[condition, value] :
         {std::pair{"WHERE e.slug = ?1", std::string_view(nameOrId)},
          std::pair{"JOIN entity_redirects r ON r.entity_id = e.id WHERE r.slug = ?1",
                    std::string_view(nameOrId)},
          std::pair{"WHERE e.name_key = ?1", std::string_view(key)},
          std::pair{"JOIN aliases a ON a.entity_id = e.id WHERE a.alias_key = ?1",
                    std::string_view(key)}}) {
        auto stmt = m_db.prepare(base + condition + " ORDER BY e.id LIMIT 1");
        stmt.bind(1, value);
        if (stmt.step())
            return readEntityHeader(stmt, 0);
    }
    return std::nullopt;
}

std::optional<EntityHeader> SqliteKnowledgeBase::entity(std::int64_t rowId)
{
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kEntityColumns + " FROM entities e WHERE e.id = ?");
    stmt.bind(1, rowId);
    if (!stmt.step())
        return std::nullopt;
    return readEntityHeader(stmt, 0);
}

std::optional<EventHeader> SqliteKnowledgeBase::findEvent(std::string_view id)
{
    auto stmt = m_db.prepare("SELECT id, slug, date, end_date, title FROM events WHERE slug = ?");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readEventHeader(stmt, 0);
}

std::vector<EntityHeader> SqliteKnowledgeBase::children(std::optional<std::int64_t> parentRowId)
{
    const std::string sql = std::string("SELECT ") + kEntityColumns + " FROM entities e WHERE " +
                            (parentRowId ? "e.parent_id = ?" : "e.parent_id IS NULL") +
                            " ORDER BY e.name COLLATE NOCASE, e.id";
    return entityList(m_db, sql, parentRowId);
}

int SqliteKnowledgeBase::childCount(std::int64_t parentRowId)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM entities WHERE parent_id = ?");
    stmt.bind(1, parentRowId);
    return stmt.step() ? stmt.integer(0) : 0;
}

std::vector<TreeEntry> SqliteKnowledgeBase::treeChildren(std::int64_t parentRowId)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kEntityColumns +
                             ", (SELECT count(*) FROM entities c WHERE c.parent_id = e.id) FROM "
                             "entities e WHERE e.parent_id = ? ORDER BY e.name COLLATE NOCASE, "
                             "e.id");
    stmt.bind(1, parentRowId);
    std::vector<TreeEntry> result;
    while (stmt.step())
        result.push_back({readEntityHeader(stmt, 0), stmt.integer(5)});
    return result;
}

namespace {

// "e.kind IN (?, ?, …)" for `kinds`; bindKinds binds them as the first parameters.
std::string kindCondition(std::span<const EntityKind> kinds)
{
    std::string condition = "e.kind IN (";
    for (std::size_t i = 0; i < kinds.size(); ++i)
        condition += i == 0 ? "?" : ", ?";
    return condition + ")";
}

void bindKinds(Statement &stmt, std::span<const EntityKind> kinds)
{
    for (std::size_t i = 0; i < kinds.size(); ++i)
        stmt.bind(static_cast<int>(i) + 1, toString(kinds[i]));
}

} // namespace

std::vector<TreeEntry> SqliteKnowledgeBase::treeEntriesOfKinds(std::span<const EntityKind> kinds,
                                                         const TreePage &page)
{
    // The first condition on the name lets the index on (kind, name COLLATE NOCASE, id) start at
    // the page; the row value picks up after the last entity exactly.
    auto stmt = m_db.prepare(
        std::string("SELECT ") + kEntityColumns +
        ", (SELECT count(*) FROM entities c WHERE c.parent_id = e.id) FROM entities e WHERE " +
        kindCondition(kinds) + (page.rootsOnly ? " AND e.parent_id IS NULL" : "") +
        (page.after ? " AND e.name COLLATE NOCASE >= ? AND (e.name COLLATE NOCASE, e.id) > (?, ?)"
                    : "") +
        " ORDER BY e.name COLLATE NOCASE, e.id LIMIT ?");
    bindKinds(stmt, kinds);
    int next = static_cast<int>(kinds.size()) + 1;
    if (page.after) {
        stmt.bind(next++, page.after->first);
        stmt.bind(next++, page.after->first);
        stmt.bind(next++, page.after->second);
    }
    stmt.bind(next, static_cast<std::int64_t>(std::min<std::size_t>(
                        page.limit, std::numeric_limits<std::int64_t>::max())));
    std::vector<TreeEntry> result;
    while (stmt.step())
        result.push_back({readEntityHeader(stmt, 0), stmt.integer(5)});
    return result;
}

int SqliteKnowledgeBase::countOfKinds(std::span<const EntityKind> kinds)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM entities e WHERE " + kindCondition(kinds));
    bindKinds(stmt, kinds);
    return stmt.step() ? stmt.integer(0) : 0;
}

bool SqliteKnowledgeBase::hasEntitiesOfKinds(std::span<const EntityKind> kinds)
{
    auto stmt =
        m_db.prepare("SELECT EXISTS (SELECT 1 FROM entities e WHERE " + kindCondition(kinds) + ")");
    bindKinds(stmt, kinds);
    return stmt.step() && stmt.integer(0) != 0;
}

std::vector<std::string> SqliteKnowledgeBase::aliases(std::int64_t entityRowId)
{
    auto stmt = m_db.prepare("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY position");
    stmt.bind(1, entityRowId);
    std::vector<std::string> result;
    while (stmt.step())
        result.push_back(stmt.text(0));
    return result;
}

std::vector<EntityHeader> SqliteKnowledgeBase::entitiesOfKind(EntityKind kind)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kEntityColumns +
                             " FROM entities e WHERE e.kind = ? ORDER BY e.name COLLATE NOCASE, "
                             "e.id");
    stmt.bind(1, toString(kind));
    std::vector<EntityHeader> result;
    while (stmt.step())
        result.push_back(readEntityHeader(stmt, 0));
    return result;
}

std::vector<RelationView>
SqliteKnowledgeBase::relationsWhere(const char *condition,
                              const std::function<void(Statement &)> &bindParameters)
{
    const std::string sql =
        "SELECT r.id, r.type, f.id, f.slug, f.kind, f.category, f.name, t.id, t.slug, t.kind, "
        "t.category, t.name, r.start_date, r.end_date, r.role, r.summary, r.ongoing FROM relations "
        "r "
        "JOIN entities f ON f.id = r.from_id JOIN entities t ON t.id = r.to_id WHERE " +
        std::string(condition) + " ORDER BY r.start_date IS NULL, r.start_date, r.id";
    auto stmt = m_db.prepare(sql);
    bindParameters(stmt);
    auto sources = m_db.prepare("SELECT s.slug FROM relation_sources l JOIN sources s ON s.id = "
                                "l.source_id WHERE l.relation_id = ? ORDER BY l.position");
    std::vector<RelationView> result;
    while (stmt.step()) {
        RelationView r;
        r.rowId = stmt.int64(0);
        r.type = stmt.text(1);
        r.from = readEntityHeader(stmt, 2);
        r.to = readEntityHeader(stmt, 7);
        r.start = dateColumn(stmt, 12);
        r.end = dateColumn(stmt, 13);
        r.role = stmt.optionalText(14);
        r.summary = stmt.optionalText(15);
        r.ongoing = stmt.integer(16) != 0;
        sources.bind(1, r.rowId);
        while (sources.step())
            r.sources.push_back(sources.text(0));
        sources.reset();
        result.push_back(std::move(r));
    }
    return result;
}

std::vector<RelationView> SqliteKnowledgeBase::relationsOfType(std::string_view type)
{
    return relationsWhere("r.type = ?1", [&](Statement &query) { query.bind(1, type); });
}

std::vector<SourceInfo> SqliteKnowledgeBase::sourcesOf(const char *linkTable, const char *ownerColumn,
                                                 std::int64_t rowId)
{
    auto stmt = m_db.prepare(std::string("SELECT s.slug, s.publisher, s.published, s.title, "
                                         "s.language, s.file, EXISTS (SELECT 1 FROM articles a "
                                         "WHERE a.source_id = s.id) FROM ") +
                             linkTable + " l JOIN sources s ON s.id = l.source_id WHERE l." +
                             ownerColumn + " = ? ORDER BY l.position");
    stmt.bind(1, rowId);
    std::vector<SourceInfo> result;
    while (stmt.step())
        result.push_back({stmt.text(0), stmt.text(1), dateColumn(stmt, 2), stmt.text(3),
                          stmt.text(4), stmt.optionalText(5), stmt.integer(6) != 0});
    return result;
}

std::optional<EntityCard> SqliteKnowledgeBase::entityCard(std::int64_t rowId,
                                                    std::optional<std::size_t> eventLimit)
{
    auto stmt = m_db.prepare(
        std::string("SELECT ") + kEntityColumns +
        ", e.summary, e.start_date, e.end_date, e.parent_id, e.ongoing FROM entities e "
        "WHERE e.id = ?");
    stmt.bind(1, rowId);
    if (!stmt.step())
        return std::nullopt;
    EntityCard card;
    card.header = readEntityHeader(stmt, 0);
    card.summary = stmt.text(5);
    card.start = dateColumn(stmt, 6);
    card.end = dateColumn(stmt, 7);
    if (!stmt.isNull(8))
        card.parent = entity(stmt.int64(8));
    card.ongoing = stmt.integer(9) != 0;

    card.aliases = aliases(rowId);

    card.children = children(rowId);
    card.relations = relationsWhere("r.from_id = ?1 OR r.to_id = ?1",
                                    [&](Statement &query) { query.bind(1, rowId); });
    TimelineFilter filter;
    filter.entityRowId = rowId;
    filter.includeDescendants = false;
    filter.limit = eventLimit;
    card.events = timeline(filter);
    card.eventCount = card.events.size();
    if (eventLimit && card.events.size() == *eventLimit) {
        auto count = m_db.prepare(
            "SELECT count(DISTINCT event_id) FROM event_participants WHERE entity_id = ?");
        count.bind(1, rowId);
        if (count.step())
            card.eventCount = static_cast<std::size_t>(count.int64(0));
    }
    card.sources = sourcesOf("entity_sources", "entity_id", rowId);
    if (card.ongoing || std::any_of(card.relations.begin(), card.relations.end(),
                                    [](const RelationView &r) { return r.ongoing; }))
        card.sourcesUpTo = sourcesUpTo();
    return card;
}

std::optional<EventCard> SqliteKnowledgeBase::eventCard(std::int64_t rowId)
{
    auto stmt = m_db.prepare(
        "SELECT id, slug, date, end_date, title, summary, place FROM events WHERE id = ?");
    stmt.bind(1, rowId);
    if (!stmt.step())
        return std::nullopt;
    EventCard card;
    card.header = readEventHeader(stmt, 0);
    card.summary = stmt.text(5);
    card.place = stmt.optionalText(6);

    auto participants = m_db.prepare(std::string("SELECT ") + kEntityColumns +
                                     ", p.role FROM event_participants p JOIN entities e ON "
                                     "e.id = p.entity_id WHERE p.event_id = ? ORDER BY p.position");
    participants.bind(1, rowId);
    while (participants.step())
        card.participants.push_back(
            {readEntityHeader(participants, 0), participants.optionalText(5)});
    card.sources = sourcesOf("event_sources", "event_id", rowId);
    return card;
}

namespace {

// The query behind timeline() and timelineCount(): `columns` of the events `filter` selects.
// Parameters: ?1 the entity, ?2 the first day key, ?3 the last day key.
std::string timelineQuery(const TimelineFilter &filter, const std::string &columns)
{
    std::string sql;
    if (filter.entityRowId && filter.includeDescendants)
        sql = "WITH RECURSIVE subtree(id) AS (SELECT ?1 UNION SELECT e.id FROM entities e "
              "JOIN subtree s ON e.parent_id = s.id) ";
    sql += "SELECT " + columns + " FROM events ev WHERE 1";
    if (filter.entityRowId)
        sql += filter.includeDescendants
                   ? " AND ev.id IN (SELECT event_id FROM event_participants WHERE entity_id IN "
                     "subtree)"
                   : " AND ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = "
                     "?1)";
    if (filter.from || filter.to)
        sql += " AND ev.first_day >= " + std::to_string(kFirstDatedKey);
    if (filter.from)
        sql += " AND ev.last_day >= ?2";
    if (filter.to)
        sql += " AND ev.first_day <= ?3";
    return sql;
}

void bindTimelineFilter(Statement &stmt, const TimelineFilter &filter)
{
    if (filter.entityRowId)
        stmt.bind(1, *filter.entityRowId);
    if (filter.from)
        stmt.bind(2, filter.from->firstDayKey());
    if (filter.to)
        stmt.bind(3, filter.to->lastDayKey());
}

} // namespace

std::vector<EventHeader> SqliteKnowledgeBase::timeline(const TimelineFilter &filter)
{
    std::string sql = timelineQuery(filter, "ev.id, ev.slug, ev.date, ev.end_date, ev.title");
    sql += " ORDER BY ev.first_day < " + std::to_string(kFirstDatedKey) +
           ", ev.first_day, ev.last_day, ev.id";
    if (filter.limit)
        sql += " LIMIT " + std::to_string(*filter.limit);

    auto stmt = m_db.prepare(sql);
    bindTimelineFilter(stmt, filter);
    std::vector<EventHeader> result;
    while (stmt.step())
        result.push_back(readEventHeader(stmt, 0));
    return result;
}

std::int64_t SqliteKnowledgeBase::timelineCount(const TimelineFilter &filter)
{
    auto stmt = m_db.prepare(timelineQuery(filter, "count(*)"));
    bindTimelineFilter(stmt, filter);
    stmt.step();
    return stmt.int64(0);
}

std::vector<std::int64_t> SqliteKnowledgeBase::eventIdsOf(std::int64_t entityRowId,
                                                    bool includeDescendants)
{
    auto stmt = m_db.prepare(
        includeDescendants
            ? "WITH RECURSIVE subtree(id) AS (SELECT ?1 UNION SELECT e.id FROM entities e JOIN "
              "subtree s ON e.parent_id = s.id) SELECT event_id FROM event_participants "
              "WHERE entity_id IN subtree"
            : "SELECT event_id FROM event_participants WHERE entity_id = ?1");
    stmt.bind(1, entityRowId);
    std::vector<std::int64_t> ids;
    while (stmt.step())
        ids.push_back(stmt.int64(0));
    return ids;
}

std::vector<SearchHit> SqliteKnowledgeBase::search(std::string_view query, std::size_t limit)
{
    const std::string expression = toFtsPrefixQuery(query);
    if (expression.empty() || limit == 0)
        return {};

    // First the rows whose name or aliases match, then those matching anywhere. bm25 is not
    // asked for: for a prefix it counts every document of every matching word (25 ms for one
    // letter over a million rows), and ranking all matches costs as much as they are many. So
    // each pass takes the first rows the index yields (at least 50, so a short --limit still sees
    // the exact name), and the name hits are ranked below by how well the name matches. Once a
    // query matches fewer names than that, as typing goes on, the ranking is over all of them.
    const std::size_t pool = std::max<std::size_t>(limit, 50);
    struct Ref
    {
        std::string type;
        std::int64_t rowId;
        bool matchedName;
    };
    std::vector<Ref> refs;
    std::unordered_set<std::int64_t> seen; // search row ids
    auto match = m_db.prepare(
        "SELECT ref_type, ref_id, rowid FROM search_index WHERE search_index MATCH ? LIMIT ?");
    for (const bool namesOnly : {true, false}) {
        if (refs.size() >= limit)
            break;
        match.bind(1, namesOnly ? "{name aliases} : (" + expression + ")" : expression)
            .bind(2, static_cast<std::int64_t>(namesOnly ? pool : limit));
        while (match.step()) {
            if (seen.insert(match.int64(2)).second)
                refs.push_back({match.text(0), match.int64(1), namesOnly});
        }
        match.reset();
    }

    std::vector<SearchHit> hits;
    std::vector<int> quality; // per hit: 0 exact name or alias, 1 prefix, 2 other
    const std::string wanted = normaliseForMatch(query);
    const bool latinQuery = !hasNonLatinLetters(query);
    const auto matchQuality = [&](const std::vector<std::string> &names) {
        int best = 2;
        for (const auto &name : names) {
            const std::string candidate = normaliseForMatch(name);
            if (candidate == wanted)
                return 0;
            if (candidate.starts_with(wanted))
                best = 1;
        }
        return best;
    };
    for (const auto &ref : refs) {
        SearchHit hit;
        hit.rowId = ref.rowId;
        hit.matchedName = ref.matchedName;
        if (ref.type == "entity") {
            const auto header = entity(ref.rowId);
            if (!header)
                continue;
            hit.type = SearchHit::Type::Entity;
            hit.id = header->id;
            hit.title = header->name;
            hit.kind = header->kind;
            if (ref.matchedName) {
                auto names = aliases(ref.rowId);
                names.push_back(header->name);
                int best = matchQuality(names);
                // The Latin forms are indexed with the aliases: "masadykov" is an exact match.
                // Only a query in Latin letters can match them better than the names did.
                if (best > 0 && latinQuery) {
                    std::vector<std::string> latinForms;
                    for (const auto &name : names) {
                        if (hasNonLatinLetters(name))
                            latinForms.push_back(latinTransliteration(name));
                    }
                    best = std::min(best, matchQuality(latinForms));
                }
                quality.push_back(best);
            }
        } else if (ref.type == "event") {
            auto stmt = m_db.prepare("SELECT slug, title, date FROM events WHERE id = ?");
            stmt.bind(1, ref.rowId);
            if (!stmt.step())
                continue;
            hit.type = SearchHit::Type::Event;
            hit.id = stmt.text(0);
            hit.title = stmt.text(1);
            hit.date = PartialDate::tryParse(stmt.text(2));
            if (ref.matchedName)
                quality.push_back(matchQuality({hit.title}));
        } else {
            auto stmt = m_db.prepare("SELECT slug, title FROM sources WHERE id = ?");
            stmt.bind(1, ref.rowId);
            if (!stmt.step())
                continue;
            hit.type = SearchHit::Type::Source;
            hit.id = stmt.text(0);
            hit.title = stmt.text(1);
            if (ref.matchedName)
                quality.push_back(matchQuality({hit.title}));
        }
        hits.push_back(std::move(hit));
    }
    // Among the name hits: exact names and aliases first, then prefixes, then the rest; within
    // each, entities before events before articles, then shorter names (more of them typed).
    const auto nameHits = static_cast<std::ptrdiff_t>(quality.size());
    std::vector<std::size_t> order(static_cast<std::size_t>(nameHits));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tuple(quality[a], static_cast<int>(hits[a].type), hits[a].title.size()) <
               std::tuple(quality[b], static_cast<int>(hits[b].type), hits[b].title.size());
    });
    std::vector<SearchHit> ranked;
    ranked.reserve(hits.size());
    for (const auto i : order)
        ranked.push_back(std::move(hits[i]));
    std::move(hits.begin() + nameHits, hits.end(), std::back_inserter(ranked));
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

void SqliteKnowledgeBase::forEachTimelineRow(const std::function<bool(const TimelineRow &)> &visit)
{
    // The kinds as bits, summed over distinct kinds (= OR), and the first operation, in one pass.
    std::string kindBits = "CASE en.kind";
    for (const auto kind : kAllEntityKinds) {
        kindBits += " WHEN '" + std::string(toString(kind)) + "' THEN " +
                    std::to_string(1u << static_cast<unsigned>(kind));
    }
    kindBits += " ELSE 0 END";
    // Dated events first (by the index on first_day), then those whose year is not stated.
    const std::string firstDated = std::to_string(kFirstDatedKey);
    for (const std::string &where :
         {"ev.first_day >= " + firstDated, "ev.first_day < " + firstDated}) {
        auto stmt = m_db.prepare(
            "SELECT ev.id, ev.date, ev.end_date, ev.title, "
            "(SELECT total(DISTINCT " +
            kindBits +
            ") FROM event_participants p JOIN entities en "
            "ON en.id = p.entity_id WHERE p.event_id = ev.id), "
            "(SELECT p.entity_id FROM event_participants p JOIN entities en ON en.id = "
            "p.entity_id WHERE p.event_id = ev.id AND en.kind IN ('operation', 'exercise') "
            "ORDER BY p.position LIMIT 1) "
            "FROM events ev WHERE " +
            where + " ORDER BY ev.first_day");
        TimelineRow row;
        while (stmt.step()) {
            row.rowId = stmt.int64(0);
            row.date = PartialDate::parse(stmt.text(1));
            row.end = dateColumn(stmt, 2);
            row.title = stmt.text(3);
            row.participantKinds = static_cast<unsigned>(stmt.int64(4));
            row.operationRowId =
                stmt.isNull(5) ? std::nullopt : std::optional<std::int64_t>(stmt.int64(5));
            if (!visit(row))
                return;
        }
    }
}

std::int64_t SqliteKnowledgeBase::eventCountBound()
{
    auto stmt = m_db.prepare("SELECT coalesce(max(id), 0) FROM events");
    return stmt.step() ? stmt.int64(0) : 0;
}

std::vector<std::pair<std::string, std::int64_t>> SqliteKnowledgeBase::allNames()
{
    auto stmt = m_db.prepare("SELECT name, id FROM entities UNION ALL SELECT alias, entity_id "
                             "FROM aliases");
    std::vector<std::pair<std::string, std::int64_t>> names;
    while (stmt.step())
        names.emplace_back(stmt.text(0), stmt.int64(1));
    return names;
}

std::vector<Proposal> SqliteKnowledgeBase::pendingProposals()
{
    auto stmt = m_db.prepare("SELECT p.id, p.kind, p.payload, s.slug, s.title, p.byte_offset, "
                             "p.byte_length FROM proposals p JOIN sources s ON s.id = p.source_id "
                             "WHERE p.status = 'pending' ORDER BY p.source_id, p.kind, p.id");
    std::vector<Proposal> result;
    while (stmt.step())
        result.push_back({stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
                          static_cast<std::size_t>(stmt.int64(5)),
                          static_cast<std::size_t>(stmt.int64(6))});
    return result;
}

std::optional<SourceInfo> SqliteKnowledgeBase::sourceWithHash(std::string_view sha256)
{
    auto stmt = m_db.prepare("SELECT s.slug, s.publisher, s.published, s.title, s.language, "
                             "s.file, a.source_id IS NOT NULL FROM sources s LEFT JOIN articles a "
                             "ON a.source_id = s.id WHERE s.sha256 = ?");
    stmt.bind(1, sha256);
    if (!stmt.step())
        return std::nullopt;
    return SourceInfo{stmt.text(0),         stmt.text(1),         dateColumn(stmt, 2),
                      stmt.text(3),         stmt.text(4),         stmt.optionalText(5),
                      stmt.integer(6) != 0};
}

std::vector<std::int64_t> SqliteKnowledgeBase::storeImportedArticle(const ImportedArticle &article)
{
    Transaction transaction(m_db);
    std::int64_t sourceRowId = 0;
    if (article.newSource) {
        sourceRowId = insertSource(m_db, *article.newSource);
    } else {
        auto source = m_db.prepare("SELECT id FROM sources WHERE slug = ?");
        source.bind(1, article.sourceId);
        if (!source.step())
            throw Error("cannot attach an article to unknown source '" + article.sourceId + "'");
        sourceRowId = source.int64(0);
    }
    insertArticleText(m_db, sourceRowId, article.title, article.publisher, article.text,
                      article.importedAt);

    auto mention = m_db.prepare("INSERT INTO article_mentions(source_id, entity_id, byte_offset, "
                                "byte_length) VALUES (?, ?, ?, ?)");
    for (const auto &m : article.mentions) {
        mention.bind(1, sourceRowId)
            .bind(2, m.entityRowId)
            .bind(3, static_cast<std::int64_t>(m.offset))
            .bind(4, static_cast<std::int64_t>(m.length))
            .run();
    }
    auto proposal = m_db.prepare("INSERT INTO proposals(source_id, kind, payload, byte_offset, "
                                 "byte_length) VALUES (?, ?, ?, ?, ?)");
    std::vector<std::int64_t> proposalIds;
    proposalIds.reserve(article.proposals.size());
    for (const auto &p : article.proposals) {
        proposal.bind(1, sourceRowId)
            .bind(2, p.kind)
            .bind(3, p.payload)
            .bind(4, static_cast<std::int64_t>(p.offset))
            .bind(5, static_cast<std::int64_t>(p.length))
            .run();
        proposalIds.push_back(m_db.lastInsertRowId());
    }
    transaction.commit();
    return proposalIds;
}

std::optional<Article> SqliteKnowledgeBase::article(std::string_view sourceId)
{
    auto stmt = m_db.prepare("SELECT s.id, s.slug, s.publisher, s.published, s.title, "
                             "s.language, s.file, a.text FROM sources s JOIN articles a ON "
                             "a.source_id = s.id WHERE s.slug = ?");
    stmt.bind(1, sourceId);
    if (!stmt.step())
        return std::nullopt;
    Article article;
    const auto rowId = stmt.int64(0);
    article.source = {stmt.text(1), stmt.text(2), dateColumn(stmt, 3),
                      stmt.text(4), stmt.text(5), stmt.optionalText(6)};
    article.text = stmt.text(7);
    auto mentions = m_db.prepare(std::string("SELECT ") + kEntityColumns +
                                 ", m.byte_offset, m.byte_length FROM article_mentions m JOIN "
                                 "entities e ON e.id = m.entity_id WHERE m.source_id = ? ORDER BY "
                                 "m.byte_offset");
    mentions.bind(1, rowId);
    while (mentions.step())
        article.mentions.push_back({readEntityHeader(mentions, 0),
                                    static_cast<std::size_t>(mentions.int64(5)),
                                    static_cast<std::size_t>(mentions.int64(6))});
    return article;
}

std::vector<std::pair<std::size_t, std::size_t>> SqliteKnowledgeBase::evidence(std::string_view sourceId,
                                                                         std::string_view factType,
                                                                         std::int64_t factRowId)
{
    auto stmt = m_db.prepare("SELECT v.byte_offset, v.byte_length FROM evidence v JOIN sources s "
                             "ON s.id = v.source_id WHERE s.slug = ? AND v.fact_type = ? AND "
                             "v.fact_id = ? ORDER BY v.byte_offset");
    stmt.bind(1, sourceId).bind(2, factType).bind(3, factRowId);
    std::vector<std::pair<std::size_t, std::size_t>> result;
    while (stmt.step())
        result.emplace_back(static_cast<std::size_t>(stmt.int64(0)),
                            static_cast<std::size_t>(stmt.int64(1)));
    return result;
}

bool SqliteKnowledgeBase::hasArticle(std::string_view sourceId)
{
    auto stmt = m_db.prepare("SELECT 1 FROM sources s JOIN articles a ON a.source_id = s.id "
                             "WHERE s.slug = ?");
    stmt.bind(1, sourceId);
    return stmt.step();
}

Counts SqliteKnowledgeBase::counts()
{
    Counts counts;
    auto kinds = m_db.prepare("SELECT kind, count(*) FROM entities GROUP BY kind");
    while (kinds.step()) {
        if (const auto kind = entityKindFromString(kinds.text(0)))
            counts.entities[*kind] = kinds.integer(1);
    }
    const auto count = [&](const char *sql) {
        auto stmt = m_db.prepare(sql);
        return stmt.step() ? stmt.integer(0) : 0;
    };
    counts.events = count("SELECT count(*) FROM events");
    counts.relations = count("SELECT count(*) FROM relations");
    counts.sources = count("SELECT count(*) FROM sources");
    return counts;
}

MemberStates SqliteKnowledgeBase::memberStates(std::int64_t organisationRowId)
{
    enum class Standing
    {
        Former,
        EndNotStated,
        Current
    };
    std::map<std::int64_t, std::pair<EntityHeader, Standing>> states;
    const auto note = [&](const RelationView &r) {
        if (r.from.kind != EntityKind::State)
            return;
        const Standing standing = isCurrentMembership(r) ? Standing::Current
                                  : r.end                ? Standing::Former
                                                         : Standing::EndNotStated;
        auto [it, added] = states.try_emplace(r.from.rowId, r.from, standing);
        if (!added)
            it->second.second = std::max(it->second.second, standing);
    };
    std::set<std::int64_t> treaties;
    for (const auto &r : relationsOfType("established")) {
        if (r.to.rowId == organisationRowId && r.from.kind == EntityKind::Document)
            treaties.insert(r.from.rowId);
    }
    for (const auto &r : relationsOfType("member_of")) {
        if (r.to.rowId == organisationRowId)
            note(r);
    }
    for (const auto &r : relationsOfType("party_to")) {
        if (treaties.contains(r.to.rowId))
            note(r);
    }
    std::vector<std::pair<EntityHeader, Standing>> sorted;
    for (auto &[rowId, entry] : states)
        sorted.push_back(std::move(entry));
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.name, a.first.rowId) < std::tie(b.first.name, b.first.rowId);
    });
    MemberStates result;
    for (auto &[header, standing] : sorted) {
        auto &group = standing == Standing::Current        ? result.current
                      : standing == Standing::EndNotStated ? result.endNotStated
                                                           : result.former;
        group.push_back(std::move(header));
    }
    return result;
}

std::optional<PartialDate> SqliteKnowledgeBase::sourcesUpTo()
{
    auto stmt = m_db.prepare("SELECT published FROM sources WHERE published IS NOT NULL");
    std::optional<PartialDate> latest;
    while (stmt.step()) {
        const auto published = dateColumn(stmt, 0);
        if (published && published->hasYear() &&
            (!latest || published->lastDayKey() > latest->lastDayKey()))
            latest = published;
    }
    return latest;
}

std::vector<SourceInfo> SqliteKnowledgeBase::sources()
{
    auto stmt = m_db.prepare(
        "SELECT slug, publisher, published, title, language, file FROM sources ORDER BY id");
    std::vector<SourceInfo> result;
    while (stmt.step())
        result.push_back({stmt.text(0), stmt.text(1), dateColumn(stmt, 2), stmt.text(3),
                          stmt.text(4), stmt.optionalText(5)});
    return result;
}

Dataset SqliteKnowledgeBase::exportDataset()
{
    return loadDataset(m_db);
}

CheckReport SqliteKnowledgeBase::check(const std::atomic_bool *stop)
{
    // The connection stops watching `stop` however the check ends.
    struct StopWatching
    {
        Database &db;
        ~StopWatching() { db.stopWhen(nullptr); }
    } stopWatching{m_db};
    m_db.stopWhen(stop);
    return checkKnowledgeBase(m_db);
}

std::int64_t SqliteKnowledgeBase::dataVersion()
{
    auto stmt = m_db.prepare("PRAGMA data_version");
    return stmt.step() ? stmt.int64(0) : 0;
}

std::optional<std::string> SqliteKnowledgeBase::metaValue(std::string_view key)
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, key);
    if (!stmt.step())
        return std::nullopt;
    return stmt.text(0);
}

} // namespace csto
