// SPDX-License-Identifier: MIT
#include "schema.h"

#include "database.h"
#include "datasetstore.h"
#include "error.h"
#include "textkey.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>
#include <unistd.h>
#include <vector>

namespace csto::schema {
namespace {

// Version 1: the curated knowledge base.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    publisher TEXT NOT NULL,
    published TEXT,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    sha256 TEXT UNIQUE,
    file TEXT
);

CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    category TEXT,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES entities(id),
    summary TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT
);
CREATE INDEX entities_parent ON entities(parent_id);
CREATE INDEX entities_kind ON entities(kind, name);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE aliases(
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY(entity_id, position)
) WITHOUT ROWID;
CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);

CREATE TABLE entity_sources(
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY(entity_id, position)
) WITHOUT ROWID;
CREATE INDEX entity_sources_source ON entity_sources(source_id);

-- first_day/last_day are yyyymmdd keys of the span a partial date covers (year 0: not stated).
CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    end_date TEXT,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    place TEXT
);
CREATE INDEX events_first_day ON events(first_day, last_day);

CREATE TABLE event_participants(
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role TEXT,
    PRIMARY KEY(event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id, event_id);

CREATE TABLE event_sources(
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY(event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_sources_source ON event_sources(source_id);

CREATE TABLE relations(
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    from_id INTEGER NOT NULL REFERENCES entities(id),
    to_id INTEGER NOT NULL REFERENCES entities(id),
    start_date TEXT,
    end_date TEXT,
    role TEXT,
    summary TEXT
);
CREATE INDEX relations_from ON relations(from_id);
CREATE INDEX relations_to ON relations(to_id);

CREATE TABLE relation_sources(
    relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY(relation_id, position)
) WITHOUT ROWID;
CREATE INDEX relation_sources_source ON relation_sources(source_id);

-- Kept current from C++ in the same transaction as the rows it indexes: with trusted_schema off,
-- triggers cannot write an FTS5 table. ref_type is 'entity', 'event' or 'source'.
CREATE VIRTUAL TABLE search_index USING fts5(
    ref_type UNINDEXED, ref_id UNINDEXED, name, aliases, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
-- Default ranking: names above aliases above text (ref_type and ref_id carry no text).
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(0.0, 0.0, 10.0, 6.0, 1.0)');
)sql";

// Version 2: imported article text and evidence offsets into it.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE articles(
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE evidence(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    fact_type TEXT NOT NULL CHECK (fact_type IN ('entity', 'event', 'relation')),
    fact_id INTEGER NOT NULL,
    byte_offset INTEGER NOT NULL CHECK (byte_offset >= 0),
    byte_length INTEGER NOT NULL CHECK (byte_length > 0)
);
CREATE INDEX evidence_fact ON evidence(fact_type, fact_id);
CREATE INDEX evidence_source ON evidence(source_id);
)sql";

// Version 3: imports — what the pipeline proposed from each article, waiting for review, and the
// entity mentions found in the article text.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE proposals(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'entity')),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    payload TEXT NOT NULL,
    byte_offset INTEGER NOT NULL CHECK (byte_offset >= 0),
    byte_length INTEGER NOT NULL CHECK (byte_length > 0)
);
CREATE INDEX proposals_source ON proposals(source_id, status);

CREATE TABLE article_mentions(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    byte_offset INTEGER NOT NULL CHECK (byte_offset >= 0),
    byte_length INTEGER NOT NULL CHECK (byte_length > 0)
);
CREATE INDEX article_mentions_source ON article_mentions(source_id);
)sql";

// Version 4, for files of a million events: a search row's id is derived from what it indexes
// (4 * row id + 0 for an entity, 1 for an event, 2 for a source), so one row is found or replaced
// without scanning the index; entities of a kind are read in the tree's order (by name, ignoring
// case) from an index, a page at a time; the roots of some kinds are found without reading every
// entity of those kinds; relations are found by type.
constexpr const char *kVersion4 = R"sql(
DROP INDEX entities_kind;
CREATE INDEX entities_kind_name ON entities(kind, name COLLATE NOCASE, id);
DROP INDEX entities_parent;
CREATE INDEX entities_parent_kind ON entities(parent_id, kind);
CREATE INDEX relations_type ON relations(type);
CREATE TEMP TABLE search_rows AS SELECT ref_type, ref_id, name, aliases, body FROM search_index;
DELETE FROM search_index;
INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, body)
    SELECT 4 * ref_id + CASE ref_type WHEN 'entity' THEN 0 WHEN 'event' THEN 1 ELSE 2 END,
           ref_type, ref_id, name, aliases, body FROM search_rows;
DROP TABLE temp.search_rows;
)sql";

// Version 5: a relation whose source says it is current as of its date ("ongoing") is told apart
// from one whose end is simply not stated. Earlier files never recorded which was meant, so every
// existing row becomes "end not stated" (0): claiming "current" for a period no source calls
// current is the false picture this version exists to remove; a curator can set the flag again.
constexpr const char *kVersion5 = R"sql(
ALTER TABLE relations ADD COLUMN ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1));
)sql";

// Version 6: the same distinction for an entity's own period (a force founded in 2009 that a source
// says still exists, against one whose end is simply not stated); existing rows become "end not
// stated", as in version 5.
constexpr const char *kVersion6 = R"sql(
ALTER TABLE entities ADD COLUMN ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1));
)sql";

// Version 7: curation. The journal keeps every change made through KnowledgeBase's write
// operations with the SQLite session changeset that undoes it; entity_redirects sends the ids of
// merged entities to their survivor. The session extension only records tables with a primary key,
// so article_mentions gets one (its row ids kept), or a merge's move of mentions could not be
// reverted.
constexpr const char *kVersion7 = R"sql(
CREATE TABLE journal(
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    label TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    changeset BLOB NOT NULL,
    reverts INTEGER REFERENCES journal(id)
);
CREATE INDEX journal_record ON journal(record_id, id);

CREATE TABLE entity_redirects(
    slug TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX entity_redirects_entity ON entity_redirects(entity_id);

CREATE TABLE article_mentions_v7(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    byte_offset INTEGER NOT NULL CHECK (byte_offset >= 0),
    byte_length INTEGER NOT NULL CHECK (byte_length > 0)
);
INSERT INTO article_mentions_v7(id, source_id, entity_id, byte_offset, byte_length)
    SELECT rowid, source_id, entity_id, byte_offset, byte_length FROM article_mentions;
DROP TABLE article_mentions;
ALTER TABLE article_mentions_v7 RENAME TO article_mentions;
CREATE INDEX article_mentions_source ON article_mentions(source_id);
CREATE INDEX article_mentions_entity ON article_mentions(entity_id);
)sql";

// Version 8: names are looked up by their text key (textkey.h: NFC, full case folding in every
// script, ё as е), stored beside each name and alias by the store that writes them and indexed;
// SQLite's NOCASE folded ASCII only, so "одкб" did not find ОДКБ. The NOCASE indexes served
// only that lookup. The keys of existing rows, and the search rows that gain the Latin
// transliteration of their names, are written by fillTextKeys below.
constexpr const char *kVersion8 = R"sql(
ALTER TABLE entities ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE aliases ADD COLUMN alias_key TEXT NOT NULL DEFAULT '';
DROP INDEX entities_name;
DROP INDEX aliases_alias;
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX aliases_alias_key ON aliases(alias_key);
)sql";

constexpr const char *kSteps[] = {kVersion1, kVersion2, kVersion3, kVersion4,
                                  kVersion5, kVersion6, kVersion7, kVersion8};
static_assert(std::size(kSteps) == kCurrentVersion);

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The part of version 8 SQL cannot do: the text keys of the names and aliases already stored,
// and the search rows of entities whose names are not plain ASCII (their Latin forms are now
// indexed, and names are indexed in NFC).
void fillTextKeys(Database &db)
{
    // Read first, then write: SQLite does not promise what a scan sees of rows updated under it.
    std::vector<std::pair<std::int64_t, std::string>> names;
    auto entities = db.prepare("SELECT id, name FROM entities");
    while (entities.step())
        names.emplace_back(entities.int64(0), entities.text(1));
    std::set<std::int64_t> reindex;
    auto setNameKey = db.prepare("UPDATE entities SET name_key = ? WHERE id = ?");
    for (const auto &[rowId, name] : names) {
        setNameKey.bind(1, textKey(name)).bind(2, rowId).run();
        if (!isAscii(name))
            reindex.insert(rowId);
    }
    struct Alias
    {
        std::int64_t entityRowId;
        std::int64_t position;
        std::string text;
    };
    std::vector<Alias> aliases;
    auto aliasRows = db.prepare("SELECT entity_id, position, alias FROM aliases");
    while (aliasRows.step())
        aliases.push_back({aliasRows.int64(0), aliasRows.int64(1), aliasRows.text(2)});
    auto setAliasKey =
        db.prepare("UPDATE aliases SET alias_key = ? WHERE entity_id = ? AND position = ?");
    for (const auto &alias : aliases) {
        setAliasKey.bind(1, textKey(alias.text))
            .bind(2, alias.entityRowId)
            .bind(3, alias.position)
            .run();
        if (!isAscii(alias.text))
            reindex.insert(alias.entityRowId);
    }
    for (const auto rowId : reindex)
        reindexSearchRow(db, SearchRef::Entity, rowId);
}

// One part of a schema: "table meta", "index entities_kind_name", "column relations.role".
using Shape = std::set<std::string>;

// The parts of a schema a file must have or must not have at one version. Derived from kSteps, so
// a new step needs no entry here.
struct Expectation
{
    Shape required;
    Shape addedLater;                   // created by a step after this version
    std::map<std::string, int> addedIn; // each part of the current schema: the step creating it
};

// The tables, indexes and columns of `db`. With baseTablesOnly, only ordinary tables and their
// columns: the search index (a virtual table and its shadow tables) is derived data, which
// `check` reports on instead of the file being refused.
Shape readShape(Database &db, bool baseTablesOnly)
{
    Shape shape;
    std::vector<std::string> tables;
    std::vector<std::string> virtualTables;
    auto objects = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                              "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite!_%' "
                              "ESCAPE '!' ORDER BY name");
    while (objects.step()) {
        const std::string type = objects.text(0);
        const std::string name = objects.text(1);
        if (type == "table" && objects.text(2).starts_with("CREATE VIRTUAL TABLE"))
            virtualTables.push_back(name);
        if (type == "table")
            tables.push_back(name);
        else if (!baseTablesOnly)
            shape.insert("index " + name);
    }
    const auto isSearchIndexPart = [&](const std::string &table) {
        return std::any_of(virtualTables.begin(), virtualTables.end(),
                           [&](const auto &v) { return table == v || table.starts_with(v + "_"); });
    };
    auto columns = db.prepare("SELECT name FROM pragma_table_info(?)");
    for (const auto &table : tables) {
        if (baseTablesOnly && isSearchIndexPart(table))
            continue;
        shape.insert("table " + table);
        // Reading a virtual table's columns connects to it, and FTS5 refuses to connect to a
        // damaged index: that damage is for `check` to report, not a reason to refuse the file.
        if (std::find(virtualTables.begin(), virtualTables.end(), table) != virtualTables.end())
            continue;
        columns.bind(1, table);
        while (columns.step())
            shape.insert("column " + table + "." + columns.text(0));
        columns.reset();
    }
    return shape;
}

const Expectation &expectationAt(int version)
{
    static const std::vector<Expectation> expectations = [] {
        std::vector<Shape> shapes(kCurrentVersion + 1);
        for (int v = 1; v <= kCurrentVersion; ++v) {
            auto db = Database::inMemory();
            createAtVersion(db, v);
            shapes[v] = readShape(db, false);
        }
        auto current = Database::inMemory();
        createAtVersion(current, kCurrentVersion);
        std::vector<Expectation> result(kCurrentVersion + 1);
        for (int v = 1; v <= kCurrentVersion; ++v) {
            auto &expectation = result[v];
            expectation.required = v == kCurrentVersion ? readShape(current, true) : shapes[v];
            for (const auto &part : shapes[kCurrentVersion]) {
                if (!shapes[v].contains(part))
                    expectation.addedLater.insert(part);
                if (v == kCurrentVersion) {
                    int step = 1;
                    while (!shapes[step].contains(part))
                        ++step;
                    expectation.addedIn.emplace(part, step);
                }
            }
        }
        return result;
    }();
    return expectations.at(static_cast<std::size_t>(version));
}

// Names parts for a message: tables first, then indexes, then the columns of tables not already
// named; at most a few of them.
std::string listed(const std::vector<std::string> &parts)
{
    std::vector<std::string> named;
    for (const char *kind : {"table ", "index ", "column "}) {
        for (const auto &part : parts) {
            if (!part.starts_with(kind))
                continue;
            const auto dot = part.find('.');
            const bool ofNamedTable = dot != std::string::npos &&
                                      std::find(named.begin(), named.end(),
                                                "table " + part.substr(7, dot - 7)) != named.end();
            if (!ofNamedTable)
                named.push_back(part);
        }
    }
    constexpr std::size_t kNamed = 3;
    std::string text;
    for (std::size_t i = 0; i < named.size() && i < kNamed; ++i)
        text += (i ? ", " : "") + named[i];
    if (named.size() > kNamed)
        text += " and " + std::to_string(named.size() - kNamed) + " more";
    return text;
}

// Refuses a file whose tables are not those of the version its header gives (a number set by
// hand, or a file half-written by another tool): migrating it would fail half-way.
void checkShape(Database &db, const std::string &name, int version)
{
    const auto &expectation = expectationAt(version);
    const Shape found = readShape(db, false);
    std::vector<std::string> early;
    std::vector<std::string> missing;
    int earlyStep = kCurrentVersion;
    for (const auto &part : expectation.addedLater) {
        if (found.contains(part)) {
            early.push_back(part);
            earlyStep = std::min(earlyStep, expectationAt(kCurrentVersion).addedIn.at(part));
        }
    }
    for (const auto &part : expectation.required)
        if (!found.contains(part))
            missing.push_back(part);
    if (early.empty() && missing.empty())
        return;
    std::string problem = name + ": not a CSTO Atlas knowledge base of schema version " +
                          std::to_string(version) + ", as its header says: ";
    if (!early.empty())
        problem += "it already has what version " + std::to_string(earlyStep) +
                   (earlyStep < kCurrentVersion ? " and later add: " : " adds: ") + listed(early);
    if (!missing.empty())
        problem += std::string(early.empty() ? "" : "; ") + "it lacks " + listed(missing);
    throw IncompatibleDatabaseError(problem + ". The file was left untouched.");
}

int readPragma(Database &db, const char *pragma)
{
    auto stmt = db.prepare(pragma);
    return stmt.step() ? stmt.integer(0) : 0;
}

bool hasAnyTable(Database &db)
{
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema");
    return stmt.step() && stmt.integer(0) > 0;
}

void requireKnownVersion(int version)
{
    if (version < 0 || version > kCurrentVersion)
        throw Error("schema version " + std::to_string(version) + " is not one this program knows");
}

void applySteps(Database &db, int fromVersion, int toVersion)
{
    requireKnownVersion(fromVersion);
    requireKnownVersion(toVersion);
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        db.execScript(kSteps[version - 1]);
        if (version == 8)
            fillTextKeys(db);
    }
    db.execScript(("PRAGMA application_id = " + std::to_string(kApplicationId) + ";").c_str());
    db.setUserVersion(toVersion);
}

// What a read-only look at a file found: the schema version of a knowledge base this program can
// use, or a hot journal (an interrupted write) that must be rolled back before anything can be
// read.
struct Probe
{
    int version = 0;
    bool hotJournal = false;
};

// Looks at a file through a read-only connection, so that nothing (not even a WAL merged into the
// file on close) is written to a file that is refused.
Probe probe(Database &db, const std::filesystem::path &path)
{
    const std::string name = path.string();
    int applicationId = 0;
    int version = 0;
    bool empty = false;
    try {
        applicationId = readPragma(db, "PRAGMA application_id");
        version = readPragma(db, "PRAGMA user_version");
        empty = !hasAnyTable(db);
        if (!empty && applicationId == kApplicationId && version >= 1 && version <= kCurrentVersion)
            checkShape(db, name, version);
    } catch (const DatabaseError &error) {
        if (error.sqliteCode() == SQLITE_READONLY_ROLLBACK)
            return {0, true};
        if ((error.sqliteCode() & 0xff) == SQLITE_NOTADB)
            throw IncompatibleDatabaseError(name + ": not a CSTO Atlas knowledge base (the file is "
                                                   "not an SQLite database)");
        if ((error.sqliteCode() & 0xff) == SQLITE_CORRUPT)
            throw IncompatibleDatabaseError(name + ": the database file is corrupt");
        throw;
    }

    if (empty) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        throw IncompatibleDatabaseError(
            name + ": not a CSTO Atlas knowledge base (" +
            (ec || size >= 512 ? std::string("an SQLite database without tables")
                               : "an empty file of " + std::to_string(size) + " bytes") +
            "). The file was left untouched.");
    }
    if (applicationId != kApplicationId)
        throw IncompatibleDatabaseError(name + ": not a CSTO Atlas knowledge base (an SQLite "
                                               "database of another program)");
    if (version > kCurrentVersion)
        throw IncompatibleDatabaseError(
            name + ": written by a newer CSTO Atlas (schema version " + std::to_string(version) +
            "; this program understands up to " + std::to_string(kCurrentVersion) +
            "). Open it with a newer version; the file was left untouched.");
    if (version < 1)
        throw IncompatibleDatabaseError(
            name + ": not a CSTO Atlas knowledge base (schema version " + std::to_string(version) +
            " was never written by this program); the file was left "
            "untouched");
    return {version, false};
}

// Why a file cannot be written here, or nothing if it can. access() is what the kernel will allow
// this process; a file or folder with no write permission bit at all is treated as read-only too,
// so that one marked read-only stays unwritten when the process is root.
std::string whyNotWritable(const std::filesystem::path &path)
{
    const auto folder = std::filesystem::absolute(path).parent_path();
    const auto noWriteBit = [](const std::filesystem::path &p) {
        std::error_code ec;
        const auto perms = std::filesystem::status(p, ec).permissions();
        return !ec &&
               (perms & (std::filesystem::perms::owner_write | std::filesystem::perms::group_write |
                         std::filesystem::perms::others_write)) == std::filesystem::perms::none;
    };
    if (::access(path.c_str(), W_OK) != 0 || noWriteBit(path))
        return "the file " + path.string() + " is not writable";
    if (::access(folder.c_str(), W_OK) != 0 || noWriteBit(folder))
        return "the folder " + folder.string() + " is not writable";
    return {};
}

bool hasSibling(const std::filesystem::path &path, const char *suffix)
{
    auto sibling = path;
    sibling += suffix;
    std::error_code ec;
    return std::filesystem::exists(sibling, ec);
}

std::string hotJournalProblem(const std::filesystem::path &path, const std::string &why)
{
    return path.string() + ": a write to this knowledge base was interrupted (its journal " +
           path.string() + "-journal is still there) and " + why + ". The file was left untouched.";
}

} // namespace

void createAtVersion(Database &db, int version)
{
    Transaction transaction(db);
    applySteps(db, 0, version);
    transaction.commit();
}

void migrate(Database &db)
{
    Transaction transaction(db);
    const int version = db.userVersion();
    if (version < kCurrentVersion)
        applySteps(db, version, kCurrentVersion);
    transaction.commit();
}

Database open(const std::filesystem::path &path, Access access)
{
    std::error_code ec;
    if (access == Access::Create && !std::filesystem::exists(path, ec)) {
        Database db(path, Database::Mode::Create);
        db.execScript("PRAGMA journal_mode = WAL;");
        createAtVersion(db, kCurrentVersion);
        return db;
    }

    const std::string notWritable = whyNotWritable(path);
    auto probed = std::make_optional<Database>(path, Database::Mode::ReadOnly);
    Probe found;
    try {
        found = probe(*probed, path);
    } catch (const DatabaseError &error) {
        // A WAL-mode file in a folder this process cannot write: SQLite cannot create the -shm
        // it reads through. With no -wal or -journal, the file alone holds everything.
        const int code = error.sqliteCode() & 0xff;
        if ((code != SQLITE_READONLY && code != SQLITE_CANTOPEN) || notWritable.empty() ||
            hasSibling(path, "-wal") || hasSibling(path, "-journal"))
            throw;
        probed.emplace(path, Database::Mode::ReadOnlyUnlocked);
        found = probe(*probed, path);
    }
    if (found.hotJournal) {
        if (access == Access::ReadOnly)
            throw IncompatibleDatabaseError(hotJournalProblem(
                path, "a read-only command does not roll it back; open the file in CSTO Atlas "
                      "once to recover it"));
        if (!notWritable.empty())
            throw IncompatibleDatabaseError(
                hotJournalProblem(path, "it cannot be rolled back because " + notWritable));
        // SQLite rolls the interrupted write back as a writer opens the file: the file returns to
        // its last committed state, which is then looked at like any other.
        probed.reset();
        {
            Database recovering(path, Database::Mode::ReadWrite);
            (void)readPragma(recovering, "PRAGMA user_version");
        }
        probed.emplace(path, Database::Mode::ReadOnly);
        found = probe(*probed, path);
        if (found.hotJournal)
            throw IncompatibleDatabaseError(
                hotJournalProblem(path, "rolling it back did not succeed"));
    }

    if (access == Access::ReadOnly || !notWritable.empty()) {
        if (found.version < kCurrentVersion)
            throw IncompatibleDatabaseError(
                path.string() + ": schema version " + std::to_string(found.version) +
                " needs an upgrade; " +
                (notWritable.empty() ? std::string("open it for writing once")
                                     : notWritable + ", so copy it somewhere writable first") +
                ". The file was left untouched.");
        if (!notWritable.empty())
            probed->setReadOnlyReason(notWritable);
        return std::move(*probed);
    }

    probed.reset();
    Database db(path, Database::Mode::ReadWrite);
    db.execScript("PRAGMA journal_mode = WAL;");
    if (found.version < kCurrentVersion) {
        // Keep a copy of the user's work until the upgrade has committed; a failed upgrade rolls
        // back and changes nothing, so its copy goes too.
        std::filesystem::path backup = path;
        backup += ".before-upgrade-v" + std::to_string(found.version);
        db.backupTo(backup);
        try {
            migrate(db);
        } catch (...) {
            std::filesystem::remove(backup, ec);
            throw;
        }
        std::filesystem::remove(backup);
    }
    return db;
}

} // namespace csto::schema
