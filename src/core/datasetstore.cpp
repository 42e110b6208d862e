// SPDX-License-Identifier: MIT
#include "datasetstore.h"

#include "database.h"
#include "error.h"
#include "schema.h"
#include "searchquery.h"
#include "textkey.h"
#include "utf8.h"

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <random>
#include <type_traits>
#include <unordered_map>

namespace csto {
namespace {

std::optional<std::string> isoOrNull(const std::optional<PartialDate> &date)
{
    if (!date)
        return std::nullopt;
    return date->toIso();
}

// A stored date; one that does not parse is damage, reported with the record it belongs to
// (`record`, e.g. "entity \"secretariat\"").
PartialDate storedDate(const Database &db, const std::string &text, const std::string &record)
{
    try {
        return PartialDate::parse(text);
    } catch (const DateError &error) {
        throw DatabaseError(db.path().string() + ": " + sanitiseUtf8(record) +
                                ": the stored date " + error.what() +
                                "; the file is damaged (csto-kb check lists every problem)",
                            SQLITE_CORRUPT);
    }
}

std::optional<PartialDate> dateColumn(const Database &db, const Statement &stmt, int column,
                                      const std::string &record)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return storedDate(db, stmt.text(column), record);
}

std::string joinAliases(const std::vector<std::string> &aliases)
{
    std::string joined;
    for (const auto &alias : aliases)
        joined += (joined.empty() ? "" : " ; ") + alias;
    return joined;
}

// What an entity's search row holds besides its name: its aliases, then the Latin
// transliteration of each of its names in another script, so that "masadykov" finds Масадыков.
std::string entitySearchAliases(const std::string &name, const std::vector<std::string> &aliases)
{
    std::vector<std::string> names = aliases;
    std::vector<std::string> latinForms;
    names.push_back(name);
    for (const auto &text : names) {
        if (!hasNonLatinLetters(text))
            continue;
        std::string latin = latinTransliteration(text);
        if (std::find(latinForms.begin(), latinForms.end(), latin) == latinForms.end())
            latinForms.push_back(std::move(latin));
    }
    names.pop_back();
    names.insert(names.end(), latinForms.begin(), latinForms.end());
    return joinAliases(names);
}

// What an imported article's search row holds: its text, and for a text in another script its
// Latin transliteration too, so that "masadykov" finds the Russian article that names Масадыков.
std::string articleSearchBody(std::string_view text)
{
    std::string body(text);
    if (hasNonLatinLetters(text))
        body += "\n" + latinTransliteration(text);
    return body;
}

// What one search row holds, before folding: a name, the aliases (for an event its place, for a
// source its publisher) and the text.
struct SearchRow
{
    SearchRef ref;
    std::int64_t rowId;
    std::string_view name;
    std::string_view aliases;
    std::string_view body;
};

const char *refTypeName(SearchRef ref)
{
    switch (ref) {
    case SearchRef::Entity:
        return "entity";
    case SearchRef::Event:
        return "event";
    case SearchRef::Source:
        return "source";
    }
    return "entity";
}

Statement prepareSearchInsert(Database &db)
{
    return db.prepare("INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, body) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
}

// The one way a search row is written (the build, an import, a change and its revert), so the
// index holds the same text however a record got there.
void insertSearchRow(Statement &insert, const SearchRow &row)
{
    insert.bind(1, searchRowId(row.ref, row.rowId))
        .bind(2, refTypeName(row.ref))
        .bind(3, row.rowId)
        .bind(4, foldForSearch(row.name))
        .bind(5, foldForSearch(row.aliases))
        .bind(6, foldForSearch(row.body))
        .run();
}

// Maps text ids to row ids, looking first at what this write added, then at the database.
class IdResolver
{
public:
    IdResolver(Database &db, const char *sql) : m_lookup(db.prepare(sql)) {}

    void remember(const std::string &id, std::int64_t rowId) { m_known[id] = rowId; }

    std::int64_t rowId(const std::string &id, const Location &where, const std::string &field)
    {
        if (const auto it = m_known.find(id); it != m_known.end())
            return it->second;
        m_lookup.bind(1, id);
        const bool found = m_lookup.step();
        const std::int64_t rowId = found ? m_lookup.int64(0) : 0;
        m_lookup.reset();
        if (!found)
            throw DataError(where.file, where.pointer + field, "unknown id \"" + id + "\"");
        m_known[id] = rowId;
        return rowId;
    }

private:
    Statement m_lookup;
    std::unordered_map<std::string, std::int64_t> m_known;
};

void insertSourceLinks(Statement &stmt, std::int64_t ownerRowId,
                       const std::vector<std::string> &sources, IdResolver &resolver,
                       const Location &where)
{
    for (std::size_t i = 0; i < sources.size(); ++i) {
        stmt.bind(1, ownerRowId)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, resolver.rowId(sources[i], where, "/sources/" + std::to_string(i)))
            .run();
    }
}

std::vector<std::string> sourceIds(Database &db, const char *sql, std::int64_t ownerRowId)
{
    auto stmt = db.prepare(sql);
    stmt.bind(1, ownerRowId);
    std::vector<std::string> ids;
    while (stmt.step())
        ids.push_back(stmt.text(0));
    return ids;
}

// Stored text that is not UTF-8 (a damaged file, or one written by another program) cannot be
// exported: JSON holds only Unicode, and replacing the bytes would change the data unseen.
class Utf8Guard
{
public:
    Utf8Guard(const Database &db, std::string_view kind, const std::string &id)
        : m_db(db), m_kind(kind), m_id(id)
    {}

    void operator()(std::string_view field, const std::string &text) const
    {
        if (const auto at = utf8::firstInvalidByte(text))
            throw DatabaseError(m_db.path().string() + ": " + std::string(m_kind) + " \"" +
                                    sanitiseUtf8(m_id) + "\": its " + std::string(field) +
                                    " is not valid UTF-8 (byte " + std::to_string(*at) +
                                    "); the file is damaged (csto-kb check lists every problem)",
                                SQLITE_CORRUPT);
    }
    void operator()(std::string_view field, const std::optional<std::string> &text) const
    {
        if (text)
            (*this)(field, *text);
    }
    void operator()(std::string_view field, const std::vector<std::string> &texts) const
    {
        for (const auto &text : texts)
            (*this)(field, text);
    }

private:
    const Database &m_db;
    std::string_view m_kind;
    const std::string &m_id;
};

void requireUtf8(const Database &db, const Dataset &dataset)
{
    for (const auto &s : dataset.sources) {
        const Utf8Guard check(db, "source", s.id);
        check("id", s.id);
        check("publisher", s.publisher);
        check("title", s.title);
        check("language", s.language);
        check("sha256", s.sha256);
        check("file", s.file);
    }
    for (const auto &e : dataset.entities) {
        const Utf8Guard check(db, "entity", e.id);
        check("id", e.id);
        check("category", e.category);
        check("name", e.name);
        check("aliases", e.aliases);
        check("parent", e.parent);
        check("summary", e.summary);
        check("sources", e.sources);
    }
    for (const auto &e : dataset.events) {
        const Utf8Guard check(db, "event", e.id);
        check("id", e.id);
        check("title", e.title);
        check("summary", e.summary);
        check("place", e.place);
        check("participants", e.participants);
        for (const auto &[who, role] : e.roles)
            check("role for " + who, role);
        check("sources", e.sources);
    }
    for (const auto &r : dataset.relations) {
        const std::string name = r.type + " from " + r.from + " to " + r.to;
        const Utf8Guard check(db, "relation", name);
        check("type", r.type);
        check("from", r.from);
        check("to", r.to);
        check("role", r.role);
        check("summary", r.summary);
        check("sources", r.sources);
    }
}

} // namespace

std::string utcTimestamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::int64_t insertSource(Database &db, const SourceRecord &source)
{
    db.prepare("INSERT INTO sources(slug, publisher, published, title, language, sha256, file) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, source.id)
        .bind(2, source.publisher)
        .bind(3, isoOrNull(source.published))
        .bind(4, source.title)
        .bind(5, source.language)
        .bind(6, source.sha256)
        .bind(7, source.file)
        .run();
    // Read before the search index is written: an FTS5 insert moves last_insert_rowid.
    const auto rowId = db.lastInsertRowId();
    auto insert = prepareSearchInsert(db);
    insertSearchRow(insert, {SearchRef::Source, rowId, source.title, source.publisher, ""});
    return rowId;
}

void insertDataset(Database &db, const Dataset &dataset)
{
    IdResolver sources(db, "SELECT id FROM sources WHERE slug = ?");
    IdResolver entities(db, "SELECT id FROM entities WHERE slug = ?");
    auto index = prepareSearchInsert(db);
    auto entitySources =
        db.prepare("INSERT INTO entity_sources(entity_id, position, source_id) VALUES (?, ?, ?)");
    auto eventSources =
        db.prepare("INSERT INTO event_sources(event_id, position, source_id) VALUES (?, ?, ?)");
    auto relationSources = db.prepare(
        "INSERT INTO relation_sources(relation_id, position, source_id) VALUES (?, ?, ?)");

    for (const auto &s : dataset.sources)
        sources.remember(s.id, insertSource(db, s));

    // Parents may come later in the data than their children: insert first, link after.
    auto insertEntity =
        db.prepare("INSERT INTO entities(slug, kind, category, name, name_key, summary, "
                   "start_date, end_date, ongoing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertAlias = db.prepare(
        "INSERT INTO aliases(entity_id, position, alias, alias_key) VALUES (?, ?, ?, ?)");
    std::vector<std::int64_t> entityRows;
    for (const auto &e : dataset.entities) {
        const std::string name = toNfc(e.name);
        insertEntity.bind(1, e.id)
            .bind(2, toString(e.kind))
            .bind(3, e.category)
            .bind(4, name)
            .bind(5, textKey(name))
            .bind(6, e.summary)
            .bind(7, isoOrNull(e.start))
            .bind(8, isoOrNull(e.end))
            .bind(9, e.ongoing ? 1 : 0)
            .run();
        const auto rowId = db.lastInsertRowId();
        entityRows.push_back(rowId);
        entities.remember(e.id, rowId);
        std::vector<std::string> aliases;
        for (const auto &alias : e.aliases)
            aliases.push_back(toNfc(alias));
        for (std::size_t i = 0; i < aliases.size(); ++i)
            insertAlias.bind(1, rowId)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, aliases[i])
                .bind(4, textKey(aliases[i]))
                .run();
        insertSourceLinks(entitySources, rowId, e.sources, sources, e.where);
        insertSearchRow(
            index, {SearchRef::Entity, rowId, name, entitySearchAliases(name, aliases), e.summary});
    }
    auto setParent = db.prepare("UPDATE entities SET parent_id = ? WHERE id = ?");
    for (std::size_t i = 0; i < dataset.entities.size(); ++i) {
        const auto &e = dataset.entities[i];
        if (e.parent)
            setParent.bind(1, entities.rowId(*e.parent, e.where, "/parent"))
                .bind(2, entityRows[i])
                .run();
    }

    auto insertEvent = db.prepare("INSERT INTO events(slug, date, end_date, first_day, last_day, "
                                  "title, summary, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertParticipant = db.prepare(
        "INSERT INTO event_participants(event_id, position, entity_id, role) VALUES (?, ?, ?, ?)");
    for (const auto &e : dataset.events) {
        const PartialDate &last = e.end ? *e.end : e.date;
        insertEvent.bind(1, e.id)
            .bind(2, e.date.toIso())
            .bind(3, isoOrNull(e.end))
            .bind(4, e.date.firstDayKey())
            .bind(5, last.lastDayKey())
            .bind(6, e.title)
            .bind(7, e.summary)
            .bind(8, e.place)
            .run();
        const auto rowId = db.lastInsertRowId();
        for (std::size_t i = 0; i < e.participants.size(); ++i) {
            const auto &id = e.participants[i];
            std::optional<std::string> role;
            for (const auto &[who, what] : e.roles) {
                if (who == id)
                    role = what;
            }
            insertParticipant.bind(1, rowId)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, entities.rowId(id, e.where, "/participants/" + std::to_string(i)))
                .bind(4, role)
                .run();
        }
        insertSourceLinks(eventSources, rowId, e.sources, sources, e.where);
        insertSearchRow(index, {SearchRef::Event, rowId, e.title, e.place.value_or(""), e.summary});
    }

    auto insertRelation =
        db.prepare("INSERT INTO relations(type, from_id, to_id, start_date, end_date, role, "
                   "summary, ongoing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto &r : dataset.relations) {
        insertRelation.bind(1, r.type)
            .bind(2, entities.rowId(r.from, r.where, "/from"))
            .bind(3, entities.rowId(r.to, r.where, "/to"))
            .bind(4, isoOrNull(r.start))
            .bind(5, isoOrNull(r.end))
            .bind(6, r.role)
            .bind(7, r.summary)
            .bind(8, r.ongoing ? 1 : 0)
            .run();
        insertSourceLinks(relationSources, db.lastInsertRowId(), r.sources, sources, r.where);
    }
}

namespace {

// Reads records as the export writes them, all in row order or one by row id: the one place
// stored rows become records.
class RecordReader
{
public:
    RecordReader(Database &db, bool oneRow)
        : m_db(db),
          m_sources(db.prepare(std::string("SELECT slug, publisher, published, title, language, "
                                           "sha256, file FROM sources ") +
                               (oneRow ? "WHERE id = ?" : "ORDER BY id"))),
          m_entities(db.prepare(std::string("SELECT e.id, e.slug, e.kind, e.category, e.name, "
                                            "p.slug, e.summary, e.start_date, e.end_date, "
                                            "e.ongoing FROM entities e LEFT JOIN entities p ON "
                                            "p.id = e.parent_id ") +
                                (oneRow ? "WHERE e.id = ?" : "ORDER BY e.id"))),
          m_events(db.prepare(std::string("SELECT id, slug, date, end_date, title, summary, "
                                          "place FROM events ") +
                              (oneRow ? "WHERE id = ?" : "ORDER BY id"))),
          m_relations(db.prepare(std::string("SELECT r.id, r.type, f.slug, t.slug, r.start_date, "
                                             "r.end_date, r.role, r.summary, r.ongoing FROM "
                                             "relations r JOIN entities f ON f.id = r.from_id "
                                             "JOIN entities t ON t.id = r.to_id ") +
                                 (oneRow ? "WHERE r.id = ?" : "ORDER BY r.id"))),
          m_aliases(db.prepare("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY position")),
          m_participants(db.prepare("SELECT e.slug, p.role FROM event_participants p JOIN "
                                    "entities e ON e.id = p.entity_id WHERE p.event_id = ? ORDER "
                                    "BY p.position"))
    {}

    Statement &sources() { return m_sources; }
    Statement &entities() { return m_entities; }
    Statement &events() { return m_events; }
    Statement &relations() { return m_relations; }

    SourceRecord source()
    {
        auto &s = m_sources;
        return {
            s.text(0),         s.text(1), dateColumn(m_db, s, 2, "source \"" + s.text(0) + "\""),
            s.text(3),         s.text(4), s.optionalText(5),
            s.optionalText(6), {}};
    }

    EntityRecord entity()
    {
        auto &row = m_entities;
        EntityRecord e;
        const auto rowId = row.int64(0);
        e.id = row.text(1);
        e.kind = entityKindFromString(row.text(2)).value_or(EntityKind::Organisation);
        e.category = row.optionalText(3);
        e.name = row.text(4);
        e.parent = row.optionalText(5);
        e.summary = row.text(6);
        e.start = dateColumn(m_db, row, 7, "entity \"" + e.id + "\"");
        e.end = dateColumn(m_db, row, 8, "entity \"" + e.id + "\"");
        e.ongoing = row.integer(9) != 0;
        m_aliases.bind(1, rowId);
        while (m_aliases.step())
            e.aliases.push_back(m_aliases.text(0));
        m_aliases.reset();
        e.sources = sourceIds(m_db,
                              "SELECT s.slug FROM entity_sources l JOIN sources s ON s.id = "
                              "l.source_id WHERE l.entity_id = ? ORDER BY l.position",
                              rowId);
        return e;
    }

    EventRecord event()
    {
        auto &row = m_events;
        EventRecord e;
        const auto rowId = row.int64(0);
        e.id = row.text(1);
        e.date = storedDate(m_db, row.text(2), "event \"" + e.id + "\"");
        e.end = dateColumn(m_db, row, 3, "event \"" + e.id + "\"");
        e.title = row.text(4);
        e.summary = row.text(5);
        e.place = row.optionalText(6);
        m_participants.bind(1, rowId);
        while (m_participants.step()) {
            e.participants.push_back(m_participants.text(0));
            if (!m_participants.isNull(1))
                e.roles.emplace_back(m_participants.text(0), m_participants.text(1));
        }
        m_participants.reset();
        e.sources = sourceIds(m_db,
                              "SELECT s.slug FROM event_sources l JOIN sources s ON s.id = "
                              "l.source_id WHERE l.event_id = ? ORDER BY l.position",
                              rowId);
        return e;
    }

    RelationRecord relation()
    {
        auto &row = m_relations;
        RelationRecord r;
        r.type = row.text(1);
        r.from = row.text(2);
        r.to = row.text(3);
        const std::string relation = "relation " + std::to_string(row.int64(0));
        r.start = dateColumn(m_db, row, 4, relation);
        r.end = dateColumn(m_db, row, 5, relation);
        r.role = row.optionalText(6);
        r.summary = row.optionalText(7);
        r.ongoing = row.integer(8) != 0;
        r.sources = sourceIds(m_db,
                              "SELECT s.slug FROM relation_sources l JOIN sources s ON s.id = "
                              "l.source_id WHERE l.relation_id = ? ORDER BY l.position",
                              row.int64(0));
        return r;
    }

private:
    Database &m_db;
    Statement m_sources;
    Statement m_entities;
    Statement m_events;
    Statement m_relations;
    Statement m_aliases;
    Statement m_participants;
};

template <typename Record>
std::optional<Record> loadOne(Database &db, std::int64_t rowId, Statement &(RecordReader::*query)(),
                              Record (RecordReader::*read)())
{
    RecordReader reader(db, true);
    Statement &stmt = (reader.*query)();
    stmt.bind(1, rowId);
    if (!stmt.step())
        return std::nullopt;
    Record record = (reader.*read)();
    Dataset check;
    if constexpr (std::is_same_v<Record, EntityRecord>)
        check.entities.push_back(record);
    else if constexpr (std::is_same_v<Record, EventRecord>)
        check.events.push_back(record);
    else if constexpr (std::is_same_v<Record, RelationRecord>)
        check.relations.push_back(record);
    else
        check.sources.push_back(record);
    requireUtf8(db, check);
    return record;
}

} // namespace

Dataset loadDataset(Database &db)
{
    Dataset dataset;
    RecordReader reader(db, false);
    while (reader.sources().step())
        dataset.sources.push_back(reader.source());
    while (reader.entities().step())
        dataset.entities.push_back(reader.entity());
    while (reader.events().step())
        dataset.events.push_back(reader.event());
    while (reader.relations().step())
        dataset.relations.push_back(reader.relation());
    requireUtf8(db, dataset);
    return dataset;
}

std::optional<SourceRecord> loadSource(Database &db, std::int64_t rowId)
{
    return loadOne(db, rowId, &RecordReader::sources, &RecordReader::source);
}

std::optional<EntityRecord> loadEntity(Database &db, std::int64_t rowId)
{
    return loadOne(db, rowId, &RecordReader::entities, &RecordReader::entity);
}

std::optional<EventRecord> loadEvent(Database &db, std::int64_t rowId)
{
    return loadOne(db, rowId, &RecordReader::events, &RecordReader::event);
}

std::optional<RelationRecord> loadRelation(Database &db, std::int64_t rowId)
{
    return loadOne(db, rowId, &RecordReader::relations, &RecordReader::relation);
}

void reindexSearchRow(Database &db, SearchRef ref, std::int64_t rowId)
{
    db.prepare("DELETE FROM search_index WHERE rowid = ?").bind(1, searchRowId(ref, rowId)).run();
    const char *sql = nullptr;
    switch (ref) {
    case SearchRef::Entity:
        sql = "SELECT name, NULL, summary FROM entities WHERE id = ?1";
        break;
    case SearchRef::Event:
        sql = "SELECT title, place, summary FROM events WHERE id = ?1";
        break;
    case SearchRef::Source:
        sql = "SELECT s.title, s.publisher, a.text FROM sources s LEFT JOIN articles a ON "
              "a.source_id = s.id WHERE s.id = ?1";
        break;
    }
    auto stmt = db.prepare(sql);
    stmt.bind(1, rowId);
    if (!stmt.step())
        return;
    const std::string name = stmt.text(0);
    std::string aliases = stmt.optionalText(1).value_or("");
    if (ref == SearchRef::Entity) {
        std::vector<std::string> list;
        auto alias = db.prepare("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY position");
        alias.bind(1, rowId);
        while (alias.step())
            list.push_back(alias.text(0));
        aliases = entitySearchAliases(name, list);
    }
    std::string body = stmt.optionalText(2).value_or("");
    if (ref == SearchRef::Source)
        body = articleSearchBody(body);
    auto insert = prepareSearchInsert(db);
    insertSearchRow(insert, {ref, rowId, name, aliases, body});
}

void insertArticleText(Database &db, std::int64_t sourceRowId, const std::string &title,
                       const std::string &publisher, std::string_view text,
                       const std::string &importedAt)
{
    db.prepare("INSERT INTO articles(source_id, text, imported_at) VALUES (?, ?, ?)")
        .bind(1, sourceRowId)
        .bind(2, text)
        .bind(3, importedAt)
        .run();
    const auto searchRow = searchRowId(SearchRef::Source, sourceRowId);
    db.prepare("DELETE FROM search_index WHERE rowid = ?").bind(1, searchRow).run();
    auto insert = prepareSearchInsert(db);
    insertSearchRow(insert,
                    {SearchRef::Source, sourceRowId, title, publisher, articleSearchBody(text)});
}

void buildKnowledgeBaseFile(const std::filesystem::path &target,
                            const std::function<void(Database &)> &fill)
{
    std::filesystem::path temporary = target;
    temporary += ".partial-" + std::to_string(std::random_device{}());
    const auto removeTemporary = [&] {
        std::error_code ignored;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            std::filesystem::path file = temporary;
            file += suffix;
            std::filesystem::remove(file, ignored);
        }
    };
    try {
        {
            Database db = schema::open(temporary, schema::Access::Create);
            Transaction transaction(db);
            fill(db);
            db.prepare("INSERT INTO meta(key, value) VALUES ('built_at', ?)")
                .bind(1, utcTimestamp())
                .run();
            transaction.commit();
            // A self-contained file: fold the WAL back in before it is renamed into place.
            db.execScript("PRAGMA journal_mode = DELETE;");
        }
        std::filesystem::rename(temporary, target);
    } catch (...) {
        removeTemporary();
        throw;
    }
}

void buildKnowledgeBaseFile(const Dataset &dataset, const std::filesystem::path &target)
{
    buildKnowledgeBaseFile(target, [&](Database &db) { insertDataset(db, dataset); });
}

} // namespace csto
