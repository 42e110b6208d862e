// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetstore.h>
#include <core/error.h>
#include <core/schema.h>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <limits>

using namespace csto;
using csto::test::readFile;
using csto::test::TempDir;

namespace {

int scalar(Database &db, const char *sql)
{
    auto stmt = db.prepare(sql);
    return stmt.step() ? stmt.integer(0) : -1;
}

} // namespace

TEST_CASE("A new file gets the current schema", "[schema]")
{
    TempDir dir;
    auto db = schema::open(dir / "kb.db", schema::Access::Create);
    CHECK(db.userVersion() == schema::kCurrentVersion);
    CHECK(scalar(db, "PRAGMA application_id") == schema::kApplicationId);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'") == 1);
}

TEST_CASE("An old file is migrated forward, keeping its data and no backup", "[schema]")
{
    TempDir dir;
    const auto path = dir / "old.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 1);
        db.execScript("INSERT INTO sources(slug, publisher, title, language) "
                      "VALUES ('s', 'P', 'T', 'en');");
        CHECK(db.userVersion() == 1);
        CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'") == 0);
    }
    {
        auto db = schema::open(path, schema::Access::ReadWrite);
        CHECK(db.userVersion() == schema::kCurrentVersion);
        CHECK(scalar(db, "SELECT count(*) FROM sources") == 1);
        CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'") == 1);
    }
    CHECK(dir.fileCount() == 1);
}

TEST_CASE("Version 7 adds the journal and redirects and keeps every mention with its row id",
          "[schema]")
{
    TempDir dir;
    const auto path = dir / "v6.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 6);
        db.execScript("INSERT INTO sources(id, slug, publisher, title, language) VALUES (3, 's', "
                      "'P', 'T', 'en');"
                      "INSERT INTO entities(id, slug, kind, name, summary) VALUES (5, 'e', 'body', "
                      "'E', 'S');"
                      "INSERT INTO article_mentions(rowid, source_id, entity_id, byte_offset, "
                      "byte_length) VALUES (9, 3, 5, 10, 4), (12, 3, 5, 20, 4);");
        CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'journal'") == 0);
    }
    auto db = schema::open(path, schema::Access::ReadWrite);
    CHECK(db.userVersion() == schema::kCurrentVersion);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('journal', "
                     "'entity_redirects', 'journal_record', 'article_mentions_entity')") == 4);
    CHECK(scalar(db, "SELECT count(*) FROM article_mentions") == 2);
    CHECK(scalar(db, "SELECT id FROM article_mentions WHERE byte_offset = 20") == 12);
    CHECK(scalar(db, "SELECT count(*) FROM pragma_table_info('article_mentions') WHERE name = "
                     "'id' AND pk = 1") == 1);
    // The redirects go with their entity.
    db.execScript("INSERT INTO entity_redirects(slug, entity_id) VALUES ('old', 5);"
                  "DELETE FROM article_mentions; DELETE FROM entities WHERE id = 5;");
    CHECK(scalar(db, "SELECT count(*) FROM entity_redirects") == 0);
}

TEST_CASE("Version 4 moves every search row to the row id derived from what it indexes", "[schema]")
{
    TempDir dir;
    const auto path = dir / "v3.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 3);
        db.execScript("INSERT INTO sources(id, slug, publisher, title, language) VALUES (7, 's', "
                      "'P', 'T', 'en');"
                      "INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, body) "
                      "VALUES (1, 'source', 7, 't', 'p', 'words');");
    }
    auto db = schema::open(path, schema::Access::ReadWrite);
    CHECK(scalar(db, "SELECT count(*) FROM search_index") == 1);
    CHECK(scalar(db, "SELECT rowid FROM search_index WHERE search_index MATCH 'words'") ==
          searchRowId(SearchRef::Source, 7));
}

TEST_CASE("A read-only open refuses a file that needs an upgrade", "[schema]")
{
    TempDir dir;
    const auto path = dir / "old.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 1);
    }
    const auto before = readFile(path);
    CHECK_THROWS_WITH(schema::open(path, schema::Access::ReadOnly),
                      Catch::Contains("needs an upgrade"));
    CHECK(readFile(path) == before);
}

TEST_CASE("A file from a newer version is refused untouched", "[schema]")
{
    TempDir dir;
    const auto path = dir / "newer.db";
    {
        auto db = schema::open(path, schema::Access::Create);
        db.setUserVersion(schema::kCurrentVersion + 1);
        db.execScript("PRAGMA journal_mode = DELETE;");
    }
    const auto before = readFile(path);
    for (const auto access :
         {schema::Access::ReadOnly, schema::Access::ReadWrite, schema::Access::Create}) {
        CHECK_THROWS_AS(schema::open(path, access), IncompatibleDatabaseError);
        CHECK_THROWS_WITH(schema::open(path, access), Catch::Contains("newer CSTO Atlas"));
    }
    CHECK(readFile(path) == before);
    CHECK(dir.fileCount() == 1);
}

TEST_CASE("Files that are not our knowledge bases are refused untouched", "[schema]")
{
    TempDir dir;
    const auto text = dir.write("notes.db", "these are plain notes, not a database at all......."
                                            "..................................................");
    CHECK_THROWS_AS(schema::open(text, schema::Access::ReadWrite), IncompatibleDatabaseError);
    CHECK_THROWS_WITH(schema::open(text, schema::Access::ReadWrite),
                      Catch::Contains("not an SQLite database"));
    CHECK(readFile(text).starts_with("these are plain notes"));

    const auto other = dir / "other.db";
    {
        Database db(other, Database::Mode::Create);
        db.execScript("CREATE TABLE photos(id INTEGER PRIMARY KEY);");
    }
    const auto before = readFile(other);
    CHECK_THROWS_AS(schema::open(other, schema::Access::ReadWrite), IncompatibleDatabaseError);
    CHECK_THROWS_WITH(schema::open(other, schema::Access::ReadWrite),
                      Catch::Contains("another program"));
    CHECK(readFile(other) == before);

    CHECK_THROWS_AS(schema::open(dir / "missing.db", schema::Access::ReadOnly),
                    IncompatibleDatabaseError);
    CHECK_FALSE(std::filesystem::exists(dir / "missing.db"));
}

namespace {

// A knowledge base of the current version in rollback-journal mode (one file, no -wal).
std::filesystem::path currentFile(const TempDir &dir, const char *name)
{
    const auto path = dir / name;
    auto db = schema::open(path, schema::Access::Create);
    db.execScript("PRAGMA journal_mode = DELETE;");
    return path;
}

constexpr schema::Access kEveryAccess[] = {schema::Access::ReadOnly, schema::Access::ReadWrite,
                                           schema::Access::Create};

} // namespace

TEST_CASE("Schema versions this program never wrote are refused untouched", "[schema]")
{
    TempDir dir;
    for (const int version : {std::numeric_limits<int>::min(), -2, -1, 0,
                              schema::kCurrentVersion + 1, std::numeric_limits<int>::max()}) {
        INFO("user_version " << version);
        const auto path = currentFile(dir, "kb.db");
        {
            Database db(path, Database::Mode::ReadWrite);
            db.setUserVersion(version);
        }
        const auto before = csto::test::databaseSnapshot(path);
        for (const auto access : kEveryAccess) {
            CHECK_THROWS_AS(schema::open(path, access), IncompatibleDatabaseError);
            CHECK_THROWS_WITH(schema::open(path, access),
                              Catch::Contains(version > 0 ? "newer CSTO Atlas"
                                                          : "not a CSTO Atlas knowledge base"));
        }
        CHECK(csto::test::databaseSnapshot(path) == before);
        CHECK(dir.fileCount() == 1);

        // The migration refuses such a version by itself too, before running any step.
        if (version < 0) {
            Database db(path, Database::Mode::ReadWrite);
            CHECK_THROWS_WITH(schema::migrate(db), Catch::Contains("not one this program knows"));
        }
        std::filesystem::remove(path);
    }
}

TEST_CASE("A file whose tables do not match its version is refused and no copy is left", "[schema]")
{
    TempDir dir;
    for (int marked = 1; marked < schema::kCurrentVersion; ++marked) {
        INFO("a current file marked version " << marked);
        const auto path = currentFile(dir, "kb.db");
        {
            Database db(path, Database::Mode::ReadWrite);
            db.setUserVersion(marked);
        }
        const auto before = csto::test::databaseSnapshot(path);
        for (const auto access : kEveryAccess) {
            CHECK_THROWS_AS(schema::open(path, access), IncompatibleDatabaseError);
            CHECK_THROWS_WITH(schema::open(path, access),
                              Catch::Contains("not a CSTO Atlas knowledge base of schema version " +
                                              std::to_string(marked)) &&
                                  Catch::Contains("it already has") &&
                                  Catch::Contains("what version " + std::to_string(marked + 1)));
        }
        CHECK(csto::test::databaseSnapshot(path) == before);
        CHECK(dir.fileCount() == 1);
        std::filesystem::remove(path);
    }

    // An older file that lacks a table of its own version.
    const auto path = dir / "v2.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 2);
        db.execScript("DROP TABLE evidence;");
    }
    const auto before = csto::test::databaseSnapshot(path);
    CHECK_THROWS_WITH(schema::open(path, schema::Access::ReadWrite),
                      Catch::Contains("it lacks") && Catch::Contains("table evidence"));
    CHECK(csto::test::databaseSnapshot(path) == before);
    CHECK(dir.fileCount() == 1);
}

TEST_CASE("Empty or one-byte or table-less files are refused and never filled", "[schema]")
{
    TempDir dir;
    const auto empty = dir.write("empty.db", "");
    const auto oneByte = dir.write("one.db", "x");
    const auto tableless = dir / "tableless.db";
    {
        Database db(tableless, Database::Mode::Create);
        db.execScript("CREATE TABLE scratch(x); DROP TABLE scratch;");
    }
    const auto markedButEmpty = dir / "marked.db";
    {
        Database db(markedButEmpty, Database::Mode::Create);
        db.execScript("PRAGMA application_id = 1129534543; PRAGMA user_version = 4;"
                      "CREATE TABLE scratch(x); DROP TABLE scratch;");
    }
    for (const auto &path : {empty, oneByte, tableless, markedButEmpty}) {
        INFO(path.filename());
        const auto before = csto::test::databaseSnapshot(path);
        for (const auto access : kEveryAccess) {
            CHECK_THROWS_AS(schema::open(path, access), IncompatibleDatabaseError);
            CHECK_THROWS_WITH(schema::open(path, access),
                              Catch::Contains("not a CSTO Atlas knowledge base"));
        }
        CHECK(csto::test::databaseSnapshot(path) == before);
    }
    CHECK_THROWS_WITH(schema::open(empty, schema::Access::ReadWrite),
                      Catch::Contains("an empty file of 0 bytes"));
    CHECK_THROWS_WITH(schema::open(oneByte, schema::Access::ReadWrite),
                      Catch::Contains("an empty file of 1 bytes"));
    CHECK_THROWS_WITH(schema::open(tableless, schema::Access::ReadWrite),
                      Catch::Contains("an SQLite database without tables"));
    CHECK(dir.fileCount() == 4);
}

TEST_CASE("A refused file's WAL is not merged into it", "[schema]")
{
    TempDir dir;
    const auto path = currentFile(dir, "kb.db");
    {
        // Committed work that stays in the -wal: this connection does not checkpoint on close.
        Database db(path, Database::Mode::ReadWrite);
        db.execScript("PRAGMA journal_mode = WAL;");
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        db.execScript("INSERT INTO meta(key, value) VALUES ('work', 'kept in the WAL');");
        db.setUserVersion(schema::kCurrentVersion + 1);
    }
    auto wal = path;
    wal += "-wal";
    REQUIRE(std::filesystem::file_size(wal) > 0);
    const auto before = csto::test::databaseSnapshot(path);
    for (const auto access : kEveryAccess)
        CHECK_THROWS_AS(schema::open(path, access), IncompatibleDatabaseError);
    CHECK(csto::test::databaseSnapshot(path) == before);
}

TEST_CASE("An interrupted write (hot journal) is rolled back for writing and explained for reading",
          "[schema]")
{
    TempDir dir;
    const auto original = currentFile(dir, "kb.db");
    const auto path = dir / "interrupted.db";
    auto journal = path;
    journal += "-journal";
    {
        // A copy of the file and its journal taken half-way through a transaction is what a
        // killed writer leaves behind.
        Database db(original, Database::Mode::ReadWrite);
        db.execScript("PRAGMA cache_size = 1;");
        Transaction transaction(db);
        for (int i = 0; i < 200; ++i)
            db.prepare("INSERT INTO meta(key, value) VALUES (?, randomblob(2000))")
                .bind(1, "row " + std::to_string(i))
                .run();
        auto originalJournal = original;
        originalJournal += "-journal";
        std::filesystem::copy_file(original, path);
        std::filesystem::copy_file(originalJournal, journal);
    }
    const auto before = csto::test::databaseSnapshot(path);
    CHECK_THROWS_AS(schema::open(path, schema::Access::ReadOnly), IncompatibleDatabaseError);
    CHECK_THROWS_WITH(schema::open(path, schema::Access::ReadOnly),
                      Catch::Contains("was interrupted") && Catch::Contains("-journal"));
    CHECK(csto::test::databaseSnapshot(path) == before);

    auto db = schema::open(path, schema::Access::ReadWrite);
    CHECK_FALSE(db.isReadOnly());
    CHECK(scalar(db, "SELECT count(*) FROM meta WHERE key LIKE 'row %'") == 0);
    CHECK_FALSE(std::filesystem::exists(journal));
}

TEST_CASE("A knowledge base in a read-only folder opens read-only", "[schema]")
{
    TempDir dir;
    std::filesystem::create_directories(dir / "shelf");
    const auto path = currentFile(dir, "shelf/kb.db");
    const auto before = csto::test::databaseSnapshot(path);
    std::filesystem::permissions(
        dir / "shelf", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                           std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                           std::filesystem::perms::others_read |
                           std::filesystem::perms::others_exec);
    {
        auto db = schema::open(path, schema::Access::ReadWrite);
        CHECK(db.isReadOnly());
        CHECK_THAT(db.readOnlyReason(), Catch::Contains("folder") && Catch::Contains("shelf"));
        CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'entities'") == 1);
        CHECK_THROWS_WITH(db.execScript("INSERT INTO meta(key, value) VALUES ('k', 'v');"),
                          Catch::Contains("opened read-only") && Catch::Contains("shelf"));
        auto reader = schema::open(path, schema::Access::ReadOnly);
        CHECK(scalar(reader, "SELECT count(*) FROM meta") >= 0);
    }
    CHECK(csto::test::databaseSnapshot(path) == before);
    std::filesystem::permissions(dir / "shelf", std::filesystem::perms::owner_all);
    CHECK(dir.fileCount() == 1);
}
TEST_CASE("Version 5 adds \"ongoing\" and migrates every open end to \"end not stated\"",
          "[schema]")
{
    TempDir dir;
    const auto path = dir / "v4.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 4);
        db.execScript("INSERT INTO entities(id, slug, kind, name, summary) VALUES "
                      "(1, 'tajikistan', 'state', 'Tajikistan', 'S.'), "
                      "(2, 'csto', 'organisation', 'CSTO', 'S.');"
                      "INSERT INTO relations(type, from_id, to_id, start_date, end_date) VALUES "
                      "('chairs', 1, 2, '2014-12', NULL), ('chairs', 1, 2, '2019', '2019-11');");
    }
    auto db = schema::open(path, schema::Access::ReadWrite);
    CHECK(db.userVersion() == schema::kCurrentVersion);
    CHECK(scalar(db, "SELECT count(*) FROM relations") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM relations WHERE ongoing = 0") == 2);
    // The column takes only 0 and 1.
    CHECK_THROWS(db.execScript("UPDATE relations SET ongoing = 2;"));
    db.execScript("UPDATE relations SET ongoing = 1 WHERE end_date IS NULL;");
    CHECK(scalar(db, "SELECT count(*) FROM relations WHERE ongoing = 1") == 1);
}

TEST_CASE("Version 6 adds an entity's \"ongoing\", every existing one \"end not stated\"",
          "[schema]")
{
    TempDir dir;
    const auto path = dir / "v5.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 5);
        db.execScript("INSERT INTO entities(id, slug, kind, name, summary, start_date) VALUES "
                      "(1, 'crrf', 'force', 'CRRF', 'S.', '2009-02-04');");
    }
    auto db = schema::open(path, schema::Access::ReadWrite);
    CHECK(db.userVersion() == schema::kCurrentVersion);
    CHECK(scalar(db, "SELECT count(*) FROM entities WHERE ongoing = 0") == 1);
    CHECK_THROWS(db.execScript("UPDATE entities SET ongoing = 2;"));
}

TEST_CASE("Version 8 stores the text key of every name and alias and indexes Latin forms",
          "[schema]")
{
    TempDir dir;
    const auto path = dir / "v7.db";
    {
        Database db(path, Database::Mode::Create);
        schema::createAtVersion(db, 7);
        db.execScript("INSERT INTO entities(id, slug, kind, name, summary) VALUES "
                      "(1, 'council', 'body', 'Council of Ministers', 'S.'), "
                      "(2, 'envoy', 'person', 'Таалатбек Масадыков', 'An envoy.');"
                      "INSERT INTO aliases(entity_id, position, alias) VALUES "
                      "(1, 0, 'СОВЕТ МИНИСТРОВ'), (2, 0, 'Масадыков Т.');"
                      "INSERT INTO search_index(rowid, ref_type, ref_id, name, aliases, body) "
                      "VALUES (4, 'entity', 1, 'Council of Ministers', 'СОВЕТ МИНИСТРОВ', 'S.'), "
                      "(8, 'entity', 2, 'Таалатбек Масадыков', 'Масадыков Т.', 'An envoy.');");
    }
    auto db = schema::open(path, schema::Access::ReadWrite);
    CHECK(db.userVersion() == schema::kCurrentVersion);
    CHECK(scalar(db, "SELECT id FROM entities WHERE name_key = 'council of ministers'") == 1);
    CHECK(scalar(db, "SELECT id FROM entities WHERE name_key = 'таалатбек масадыков'") == 2);
    CHECK(scalar(db, "SELECT entity_id FROM aliases WHERE alias_key = 'совет министров'") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('entities_name_key', "
                     "'aliases_alias_key')") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('entities_name', "
                     "'aliases_alias')") == 0);
    // The entity with a Cyrillic name is found by its Latin form; the other search rows stay.
    CHECK(scalar(db, "SELECT rowid FROM search_index WHERE search_index MATCH 'masadykov'") ==
          searchRowId(SearchRef::Entity, 2));
    CHECK(scalar(db, "SELECT count(*) FROM search_index") == 2);
}
