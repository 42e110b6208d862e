// SPDX-License-Identifier: MIT
#include "datasetstore.h"

#include "database.h"
#include "error.h"
#include "schema.h"
#include "searchquery.h"
#include "utf8.h"

#include <sqlite3.h>

#include <ctime>
#include <functional>
#include <random>
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

std::string utcTimestamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
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
    db.prepare("INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, body) VALUES "
               "(?, 'source', ?, ?, ?, '')")
        .bind(1, searchRowId(SearchRef::Source, rowId))
        .bind(2, rowId)
        .bind(3, foldForSearch(source.title))
        .bind(4, foldForSearch(source.publisher))
        .run();
    return rowId;
}

void insertDataset(Database &db, const Dataset &dataset)
{
    IdResolver sources(db, "SELECT id FROM sources WHERE slug = ?");
    IdResolver entities(db, "SELECT id FROM entities WHERE slug = ?");
    auto index = db.prepare("INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, "
                            "body) VALUES (?, ?, ?, ?, ?, ?)");
    auto entitySources =
        db.prepare("INSERT INTO entity_sources(entity_id, position, source_id) VALUES (?, ?, ?)");
    auto eventSources =
        db.prepare("INSERT INTO event_sources(event_id, position, source_id) VALUES (?, ?, ?)");
    auto relationSources = db.prepare(
        "INSERT INTO relation_sources(relation_id, position, source_id) VALUES (?, ?, ?)");

    for (const auto &s : dataset.sources)
        sources.remember(s.id, insertSource(db, s));

    // Parents may come later in the data than their children: insert first, link after.
    auto insertEntity = db.prepare("INSERT INTO entities(slug, kind, category, name, summary, "
                                   "start_date, end_date, ongoing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertAlias =
        db.prepare("INSERT INTO aliases(entity_id, position, alias) VALUES (?, ?, ?)");
    std::vector<std::int64_t> entityRows;
    for (const auto &e : dataset.entities) {
        insertEntity.bind(1, e.id)
            .bind(2, toString(e.kind))
            .bind(3, e.category)
            .bind(4, e.name)
            .bind(5, e.summary)
            .bind(6, isoOrNull(e.start))
            .bind(7, isoOrNull(e.end))
            .bind(8, e.ongoing ? 1 : 0)
            .run();
        const auto rowId = db.lastInsertRowId();
        entityRows.push_back(rowId);
        entities.remember(e.id, rowId);
        for (std::size_t i = 0; i < e.aliases.size(); ++i)
            insertAlias.bind(1, rowId)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, e.aliases[i])
                .run();
        insertSourceLinks(entitySources, rowId, e.sources, sources, e.where);
        index.bind(1, searchRowId(SearchRef::Entity, rowId))
            .bind(2, "entity")
            .bind(3, rowId)
            .bind(4, foldForSearch(e.name))
            .bind(5, foldForSearch(joinAliases(e.aliases)))
            .bind(6, foldForSearch(e.summary))
            .run();
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
        index.bind(1, searchRowId(SearchRef::Event, rowId))
            .bind(2, "event")
            .bind(3, rowId)
            .bind(4, foldForSearch(e.title))
            .bind(5, foldForSearch(e.place.value_or("")))
            .bind(6, foldForSearch(e.summary))
            .run();
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

Dataset loadDataset(Database &db)
{
    Dataset dataset;
    auto sources = db.prepare("SELECT slug, publisher, published, title, language, sha256, file "
                              "FROM sources ORDER BY id");
    while (sources.step()) {
        dataset.sources.push_back({sources.text(0),
                                   sources.text(1),
                                   dateColumn(db, sources, 2, "source \"" + sources.text(0) + "\""),
                                   sources.text(3),
                                   sources.text(4),
                                   sources.optionalText(5),
                                   sources.optionalText(6),
                                   {}});
    }

    auto entities = db.prepare(
        "SELECT e.id, e.slug, e.kind, e.category, e.name, p.slug, e.summary, e.start_date, "
        "e.end_date, e.ongoing FROM entities e LEFT JOIN entities p ON p.id = e.parent_id ORDER BY "
        "e.id");
    auto aliases = db.prepare("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY position");
    while (entities.step()) {
        EntityRecord e;
        const auto rowId = entities.int64(0);
        e.id = entities.text(1);
        e.kind = entityKindFromString(entities.text(2)).value_or(EntityKind::Organisation);
        e.category = entities.optionalText(3);
        e.name = entities.text(4);
        e.parent = entities.optionalText(5);
        e.summary = entities.text(6);
        e.start = dateColumn(db, entities, 7, "entity \"" + e.id + "\"");
        e.end = dateColumn(db, entities, 8, "entity \"" + e.id + "\"");
        e.ongoing = entities.integer(9) != 0;
        aliases.bind(1, rowId);
        while (aliases.step())
            e.aliases.push_back(aliases.text(0));
        aliases.reset();
        e.sources = sourceIds(db,
                              "SELECT s.slug FROM entity_sources l JOIN sources s ON s.id = "
                              "l.source_id WHERE l.entity_id = ? ORDER BY l.position",
                              rowId);
        dataset.entities.push_back(std::move(e));
    }

    auto events = db.prepare(
        "SELECT id, slug, date, end_date, title, summary, place FROM events ORDER BY id");
    auto participants = db.prepare(
        "SELECT e.slug, p.role FROM event_participants p JOIN entities e ON e.id = p.entity_id "
        "WHERE p.event_id = ? ORDER BY p.position");
    while (events.step()) {
        EventRecord e;
        const auto rowId = events.int64(0);
        e.id = events.text(1);
        e.date = storedDate(db, events.text(2), "event \"" + e.id + "\"");
        e.end = dateColumn(db, events, 3, "event \"" + e.id + "\"");
        e.title = events.text(4);
        e.summary = events.text(5);
        e.place = events.optionalText(6);
        participants.bind(1, rowId);
        while (participants.step()) {
            e.participants.push_back(participants.text(0));
            if (!participants.isNull(1))
                e.roles.emplace_back(participants.text(0), participants.text(1));
        }
        participants.reset();
        e.sources = sourceIds(db,
                              "SELECT s.slug FROM event_sources l JOIN sources s ON s.id = "
                              "l.source_id WHERE l.event_id = ? ORDER BY l.position",
                              rowId);
        dataset.events.push_back(std::move(e));
    }

    auto relations = db.prepare(
        "SELECT r.id, r.type, f.slug, t.slug, r.start_date, r.end_date, r.role, r.summary, "
        "r.ongoing FROM relations r JOIN entities f ON f.id = r.from_id JOIN entities t ON t.id = "
        "r.to_id "
        "ORDER BY r.id");
    while (relations.step()) {
        RelationRecord r;
        r.type = relations.text(1);
        r.from = relations.text(2);
        r.to = relations.text(3);
        const std::string relation = "relation " + std::to_string(relations.int64(0));
        r.start = dateColumn(db, relations, 4, relation);
        r.end = dateColumn(db, relations, 5, relation);
        r.role = relations.optionalText(6);
        r.summary = relations.optionalText(7);
        r.ongoing = relations.integer(8) != 0;
        r.sources = sourceIds(db,
                              "SELECT s.slug FROM relation_sources l JOIN sources s ON s.id = "
                              "l.source_id WHERE l.relation_id = ? ORDER BY l.position",
                              relations.int64(0));
        dataset.relations.push_back(std::move(r));
    }
    requireUtf8(db, dataset);
    return dataset;
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
    db.prepare("INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, body) VALUES "
               "(?, 'source', ?, ?, ?, ?)")
        .bind(1, searchRow)
        .bind(2, sourceRowId)
        .bind(3, foldForSearch(title))
        .bind(4, foldForSearch(publisher))
        .bind(5, foldForSearch(text))
        .run();
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
