// SPDX-License-Identifier: MIT
#include "schema.h"

#include "database.h"
#include "error.h"

#include <sqlite3.h>

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

constexpr const char *kSteps[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};
static_assert(std::size(kSteps) == kCurrentVersion);

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

void applySteps(Database &db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version)
        db.execScript(kSteps[version - 1]);
    db.execScript(("PRAGMA application_id = " + std::to_string(kApplicationId) + ";").c_str());
    db.setUserVersion(toVersion);
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
    const auto mode = access == Access::ReadOnly    ? Database::Mode::ReadOnly
                      : access == Access::ReadWrite ? Database::Mode::ReadWrite
                                                    : Database::Mode::Create;
    Database db(path, mode);
    const std::string name = path.string();
    int applicationId = 0;
    int version = 0;
    bool empty = false;
    try {
        applicationId = readPragma(db, "PRAGMA application_id");
        version = readPragma(db, "PRAGMA user_version");
        empty = !hasAnyTable(db);
    } catch (const DatabaseError &error) {
        if ((error.sqliteCode() & 0xff) == SQLITE_NOTADB)
            throw IncompatibleDatabaseError(name + ": not a CSTO Atlas knowledge base (the file is "
                                                   "not an SQLite database)");
        if ((error.sqliteCode() & 0xff) == SQLITE_CORRUPT)
            throw IncompatibleDatabaseError(name + ": the database file is corrupt");
        throw;
    }

    if (!empty && applicationId != kApplicationId)
        throw IncompatibleDatabaseError(name + ": not a CSTO Atlas knowledge base (an SQLite "
                                               "database of another program)");
    if (version > kCurrentVersion)
        throw IncompatibleDatabaseError(
            name + ": written by a newer CSTO Atlas (schema version " + std::to_string(version) +
            "; this program understands up to " + std::to_string(kCurrentVersion) +
            "). Open it with a newer version; the file was left untouched.");

    if (access == Access::ReadOnly) {
        if (empty)
            throw IncompatibleDatabaseError(name + ": empty file, not a knowledge base");
        if (version < kCurrentVersion)
            throw IncompatibleDatabaseError(name + ": schema version " + std::to_string(version) +
                                            " needs an upgrade; open it for writing once");
        return db;
    }

    db.execScript("PRAGMA journal_mode = WAL;");
    if (empty) {
        createAtVersion(db, kCurrentVersion);
    } else if (version < kCurrentVersion) {
        // Keep a copy of the user's work until the upgrade has committed.
        std::filesystem::path backup = path;
        backup += ".before-upgrade-v" + std::to_string(version);
        db.backupTo(backup);
        migrate(db);
        std::filesystem::remove(backup);
    }
    return db;
}

} // namespace csto::schema
