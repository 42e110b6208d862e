// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetstore.h>
#include <core/error.h>
#include <core/schema.h>

#include <catch2/catch.hpp>

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
    CHECK(db.userVersion() == 5);
    CHECK(scalar(db, "SELECT count(*) FROM relations") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM relations WHERE ongoing = 0") == 2);
    // The column takes only 0 and 1.
    CHECK_THROWS(db.execScript("UPDATE relations SET ongoing = 2;"));
    db.execScript("UPDATE relations SET ongoing = 1 WHERE end_date IS NULL;");
    CHECK(scalar(db, "SELECT count(*) FROM relations WHERE ongoing = 1") == 1);
}
