// SPDX-License-Identifier: MIT
#include "support/damage.h"
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/error.h>
#include <core/integritycheck.h>
#include <core/schema.h>

#include <catch2/catch.hpp>

using namespace csto;

namespace {

std::filesystem::path buildFixture(const test::TempDir &dir)
{
    const auto path = dir / "kb.db";
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), path);
    return path;
}

bool mentions(const CheckReport &report, const std::string &text)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const auto &p) { return p.problem.find(text) != std::string::npos; });
}

bool failed(const CheckReport &report, const std::string &check)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const auto &p) { return p.check == check; });
}

bool passed(const CheckReport &report, const std::string &check)
{
    return std::find(report.passed.begin(), report.passed.end(), check) != report.passed.end();
}

// Checks a damaged file read-only, as `csto-kb check` does, and that checking left it as it was.
CheckReport checkUnchanged(const std::filesystem::path &path)
{
    const auto before = test::readFile(path);
    std::optional<CheckReport> report;
    {
        auto db = schema::open(path, schema::Access::ReadOnly);
        REQUIRE_NOTHROW(report = checkKnowledgeBase(db));
    }
    CHECK(test::readFile(path) == before);
    return *report;
}

} // namespace

TEST_CASE("check: a sound knowledge base passes, read-only, without writing", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    const auto before = test::readFile(path);
    auto db = schema::open(path, schema::Access::ReadOnly);
    const auto report = checkKnowledgeBase(db);
    CHECK(report.ok());
    CHECK(report.passed.size() == 10);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("check: finds a gap in the search index and stray evidence", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    {
        auto db = schema::open(path, schema::Access::ReadWrite);
        db.execScript("DELETE FROM search_index WHERE ref_type = 'entity' AND ref_id = 1;"
                      "INSERT INTO evidence(source_id, fact_type, fact_id, byte_offset, "
                      "byte_length) VALUES (1, 'event', 999, 0, 5);");
    }
    auto db = schema::open(path, schema::Access::ReadOnly);
    const auto report = checkKnowledgeBase(db);
    CHECK_FALSE(report.ok());
    CHECK(mentions(report, "entity treaty-org is missing from the search index"));
    CHECK(mentions(report, "evidence 1 (event 999) cites an article whose text is missing"));
}

TEST_CASE("check: a corrupt page is a listed problem and the other checks still run", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    test::corruptRootPage(path, "evidence");
    const auto report = checkUnchanged(path);
    CHECK_FALSE(report.ok());
    CHECK(failed(report, "SQLite integrity check"));
    CHECK(failed(report, "evidence points at existing facts inside their articles"));
    CHECK(mentions(report, "could not be completed"));
    CHECK(mentions(report, "malformed"));
    for (const char *check :
         {"every entity, event and source is searchable",
          "the search index finds every record by its name", "stored text is valid UTF-8", "dates"})
        CHECK(passed(report, check));
}

TEST_CASE("check: a missing search index is a listed problem", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    test::RawDatabase(path).exec("DROP TABLE search_index");
    const auto report = checkUnchanged(path);
    CHECK_FALSE(report.ok());
    CHECK(failed(report, "search index (FTS5 integrity-check)"));
    CHECK(failed(report, "every entity, event and source is searchable"));
    CHECK(mentions(report, "no such table: search_index"));
    CHECK(passed(report, "SQLite integrity check"));
    CHECK(passed(report, "dates"));
}

TEST_CASE("check: FTS5's data table emptied is a listed problem", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    test::RawDatabase(path).exec("DELETE FROM search_index_data");
    const auto report = checkUnchanged(path);
    CHECK_FALSE(report.ok());
    CHECK(failed(report, "search index (FTS5 integrity-check)"));
    CHECK(failed(report, "the search index finds every record by its name"));
    CHECK(passed(report, "SQLite integrity check"));
}

TEST_CASE("check: an index that finds nothing though its text is intact is found", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    // The inverted index of an empty table with the same settings: every search finds nothing,
    // while each record still has its row of indexed text.
    test::RawDatabase(path).exec(
        "CREATE VIRTUAL TABLE empty_index USING fts5(ref_type UNINDEXED, ref_id UNINDEXED, name, "
        "aliases, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');"
        "DELETE FROM search_index_data;"
        "INSERT INTO search_index_data SELECT * FROM empty_index_data;"
        "DROP TABLE empty_index;");
    const auto report = checkUnchanged(path);
    CHECK_FALSE(report.ok());
    CHECK(passed(report, "every entity, event and source is searchable"));
    CHECK(mentions(report, "entity treaty-org is not found by searching for its name"));
}

TEST_CASE("check: a name whose words FTS5 does not index is not a problem", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    test::RawDatabase(path).exec("UPDATE search_index SET name = '— «»' WHERE rowid = 4");
    const auto report = checkUnchanged(path);
    CHECK(passed(report, "the search index finds every record by its name"));
}

TEST_CASE("check: invalid UTF-8 in stored text is a problem, and export names the record",
          "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    test::RawDatabase(path).exec(
        "UPDATE entities SET name = CAST(X'41FF42' AS TEXT) WHERE slug = 'treaty-org'");
    const auto report = checkUnchanged(path);
    CHECK_FALSE(report.ok());
    CHECK(failed(report, "stored text is valid UTF-8"));
    CHECK(mentions(report, "(treaty-org): its name is not valid UTF-8 (byte 1)"));

    auto db = schema::open(path, schema::Access::ReadOnly);
    CHECK_THROWS_WITH(loadDataset(db), Catch::Contains("entity \"treaty-org\": its name is not "
                                                       "valid UTF-8 (byte 1)"));
    CHECK_THROWS_AS(loadDataset(db), DatabaseError);
}

TEST_CASE("check: an impossible stored date is listed, and export names its record", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    test::RawDatabase(path).exec("UPDATE entities SET start_date = '2021-02-30' WHERE slug = "
                                 "'treaty-org'");
    const auto report = checkUnchanged(path);
    CHECK(mentions(report, "entity treaty-org has the invalid date \"2021-02-30\""));

    auto db = schema::open(path, schema::Access::ReadOnly);
    CHECK_THROWS_WITH(loadDataset(db), Catch::Contains("entity \"treaty-org\": the stored date "
                                                       "2021-02-30: February 2021 has 28 days"));
    CHECK_THROWS_AS(loadDataset(db), DatabaseError);
}

TEST_CASE("check: a name changed without its lookup key is listed", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    CHECK(checkUnchanged(path).ok());
    // Another program renames an entity and an alias but leaves their keys as they were.
    test::RawDatabase(path).exec(
        "UPDATE entities SET name = 'Высший совет' WHERE slug = 'high-council';"
        "UPDATE aliases SET alias = 'КАНАЛ-2' WHERE alias = 'Канал';");
    const auto report = checkUnchanged(path);
    CHECK(mentions(report, "entity high-council: the stored lookup key \"high council\" is not "
                           "that of its name"));
    CHECK(mentions(report, "alias 1 of entity channel: the stored lookup key \"канал\""));
}
