// SPDX-License-Identifier: MIT
// The command-line contract: exit codes, --help, --json shapes, errors on stderr.
#include "support/damage.h"
#include "support/runcli.h"

#include <catch2/catch.hpp>

#include <fstream>

using csto::test::runCli;
using csto::test::TempDir;

namespace {

const std::string kDb = CSTO_BUNDLED_DB;

} // namespace

TEST_CASE("csto-kb --help documents every command and the exit codes", "[cli]")
{
    const auto help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    for (const char *word :
         {"build", "export", "show", "search", "timeline", "--db", "--json", "Exit codes"})
        CHECK_THAT(help.out, Catch::Contains(word));
    for (const char *command : {"build", "export", "show", "search", "timeline", "info"}) {
        const auto commandHelp = runCli({command, "--help"});
        CHECK(commandHelp.exitCode == 0);
        CHECK_THAT(commandHelp.out, Catch::StartsWith("Usage: csto-kb"));
    }
    CHECK(runCli({"--version"}).exitCode == 0);
}

TEST_CASE("csto-kb reports usage errors with exit code 2", "[cli]")
{
    const auto unknown = runCli({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err, Catch::Contains("unknown command \"frobnicate\""));
    CHECK(unknown.out.empty());

    const auto badOption = runCli({"--db", kDb, "search", "x", "--colour"});
    CHECK(badOption.exitCode == 2);
    CHECK_THAT(badOption.err, Catch::Contains("unknown option --colour"));

    CHECK(runCli({"--db", kDb, "search", "x", "--limit", "many"}).exitCode == 2);
    CHECK(runCli({"--db", kDb, "show"}).exitCode == 2);
    const auto badDate = runCli({"--db", kDb, "timeline", "--from", "2021-02-30"});
    CHECK(badDate.exitCode == 2);
    CHECK_THAT(badDate.err, Catch::Contains("February 2021 has 28 days"));
    CHECK(runCli({"--db", kDb, "timeline", "--from", "2020", "--to", "2014"}).exitCode == 2);
    CHECK(runCli({}).exitCode == 2);
}

TEST_CASE("csto-kb show: not found is exit code 1 with suggestions", "[cli]")
{
    const auto missing = runCli({"--db", kDb, "show", "Collective Securty Council"});
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("no entity named"));
}

TEST_CASE("csto-kb refuses databases it must not use, with exit code 4", "[cli]")
{
    TempDir dir;
    const auto notes = dir.write("notes.db", std::string(4096, 'x'));
    const auto result = runCli({"--db", notes.string(), "info"});
    CHECK(result.exitCode == 4);
    CHECK_THAT(result.err, Catch::Contains("not an SQLite database"));
    CHECK(csto::test::readFile(notes) == std::string(4096, 'x'));

    const auto missing = runCli({"--db", (dir / "nope.db").string(), "info"});
    CHECK(missing.exitCode == 4);
    CHECK_FALSE(std::filesystem::exists(dir / "nope.db"));
}

TEST_CASE("csto-kb build: invalid data exits 3 naming file and path, writes nothing", "[cli]")
{
    TempDir dir;
    dir.write("data/kb.json", R"({"format": "csto-atlas/1", "entities": [
        {"id": "x", "kind": "club", "name": "X", "summary": "S.", "sources": ["s"]}]})");
    const auto out = dir / "kb.db";
    const auto result = runCli({"build", "--data", (dir / "data").string(), "--out", out.string()});
    CHECK(result.exitCode == 3);
    CHECK_THAT(result.err, Catch::Contains("kb.json: /entities/0/kind: unknown kind \"club\""));
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(dir.fileCount() == 1);
}

TEST_CASE("csto-kb creates the default database from the bundled one on first use", "[cli]")
{
    TempDir home;
    const std::vector<std::string> environment = {"XDG_DATA_HOME=" + home.path().string(),
                                                  "CSTO_ATLAS_BUNDLED_DB=" + kDb};
    const auto first = runCli({"info", "--json"}, environment);
    REQUIRE(first.exitCode == 0);
    const auto created = home / "csto-atlas/csto-atlas.db";
    CHECK(std::filesystem::exists(created));
    CHECK(first.json()["database"] == created.string());
    CHECK(first.json()["events"].get<int>() > 0);
    const auto second = runCli({"info", "--json"}, environment);
    CHECK(second.out == first.out);
}

TEST_CASE("csto-kb export prints the export format; -o writes the same", "[cli]")
{
    const auto printed = runCli({"--db", kDb, "export"});
    REQUIRE(printed.exitCode == 0);
    const auto document = printed.json();
    CHECK(document["format"] == "csto-atlas/1");
    for (const char *key : {"sources", "entities", "events", "relations"})
        CHECK(document[key].is_array());
    TempDir dir;
    const auto file = dir / "kb.json";
    CHECK(runCli({"--db", kDb, "export", "--format", "json", "-o", file.string()}).exitCode == 0);
    CHECK(csto::test::readFile(file) == printed.out);
    CHECK(runCli({"--db", kDb, "export", "--format", "xml"}).exitCode == 2);
}

TEST_CASE("csto-kb search accepts hostile queries", "[cli]")
{
    const std::vector<std::string> queries = {"\"",
                                              "NEAR(",
                                              "AND",
                                              "C++",
                                              "'; DROP TABLE entities; --",
                                              "*",
                                              std::string(10240, 'q'),
                                              "\xff\xfe",
                                              "state-of-the-art"};
    for (const auto &query : queries) {
        const auto result = runCli({"--db", kDb, "search", query, "--json"});
        CHECK(result.exitCode == 0);
        CHECK_NOTHROW(result.json());
    }
}

TEST_CASE("csto-kb refuses a corrupt database without modifying it", "[cli]")
{
    TempDir dir;
    const auto db = dir / "corrupt.db";
    std::filesystem::copy_file(kDb, db);
    {
        // Scribble over the middle of the file, past the header.
        std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(8192);
        const std::string junk(16384, '\x5a');
        file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const auto before = csto::test::readFile(db);
    for (const char *command : {"info", "check", "export"}) {
        const auto result = runCli({"--db", db.string(), command});
        INFO(command << ": " << result.err);
        CHECK(result.exitCode != 0);
        // `check` lists what it found as its output; the others explain on standard error.
        const std::string message = command == std::string("check") ? result.out : result.err;
        CHECK_THAT(message, Catch::Contains("malformed") || Catch::Contains("corrupt") ||
                                Catch::Contains("PROBLEM") || Catch::Contains("not a"));
    }
    CHECK(csto::test::readFile(db) == before);
}

TEST_CASE("csto-kb check lists the problems of damaged files with exit code 1", "[cli]")
{
    const std::vector<std::pair<std::string, std::string>> damages = {
        {"DROP TABLE search_index", "no such table: search_index"},
        {"DELETE FROM search_index_data", "search index (FTS5 integrity-check)"},
        {"UPDATE entities SET name = CAST(X'41FF42' AS TEXT) WHERE id = 1",
         "its name is not valid UTF-8"}};
    for (const auto &[sql, problem] : damages) {
        TempDir dir;
        const auto db = dir / "damaged.db";
        std::filesystem::copy_file(kDb, db);
        csto::test::RawDatabase(db).exec(sql);
        const auto before = csto::test::readFile(db);
        const auto result = runCli({"--db", db.string(), "check"});
        INFO(sql << ": " << result.out << result.err);
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.out, Catch::Contains("PROBLEM") && Catch::Contains(problem));
        CHECK_THAT(result.out, Catch::Contains("ok       dates"));
        CHECK(result.err.empty());
        const auto json = runCli({"--db", db.string(), "check", "--json"});
        CHECK(json.exitCode == 1);
        CHECK(json.json()["ok"] == false);
        CHECK(csto::test::readFile(db) == before);
    }

    TempDir dir;
    const auto db = dir / "corrupt-page.db";
    std::filesystem::copy_file(kDb, db);
    csto::test::corruptRootPage(db, "evidence");
    CHECK(runCli({"--db", db.string(), "info"}).exitCode == 0);
    const auto result = runCli({"--db", db.string(), "check"});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.out, Catch::Contains("could not be completed") &&
                               Catch::Contains("malformed") && Catch::Contains("ok       dates"));
}

TEST_CASE("csto-kb export names a record whose text is not UTF-8, exit code 4", "[cli]")
{
    TempDir dir;
    const auto db = dir / "damaged.db";
    std::filesystem::copy_file(kDb, db);
    csto::test::RawDatabase(db).exec(
        "UPDATE entities SET name = CAST(X'41FF42' AS TEXT) WHERE id = 1");
    const auto slug = csto::test::runCli({"--db", kDb, "export"}).json()["entities"][0]["id"];
    const auto out = dir / "kb.json";
    const auto result = runCli({"--db", db.string(), "export", "-o", out.string()});
    CHECK(result.exitCode == 4);
    CHECK_THAT(result.err, Catch::Contains("entity \"" + slug.get<std::string>() +
                                           "\": its name is not valid UTF-8"));
    CHECK_THAT(result.err, !Catch::Contains("json.exception"));
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("csto-kb build: two sources with the same sha256 are invalid input, exit code 3", "[cli]")
{
    TempDir dir;
    const std::string hash(64, 'b');
    dir.write("data/kb.json", R"({"format": "csto-atlas/1", "sources": [
        {"id": "one", "publisher": "P", "title": "T", "language": "en", "sha256": ")" +
                                  hash + R"("},
        {"id": "two", "publisher": "P", "title": "T", "language": "en", "sha256": ")" +
                                  hash + R"("}]})");
    const auto out = dir / "kb.db";
    const auto result = runCli({"build", "--data", (dir / "data").string(), "--out", out.string()});
    CHECK(result.exitCode == 3);
    CHECK_THAT(result.err, Catch::Contains("kb.json: /sources/1/sha256: source \"two\" has the "
                                           "same sha256 as source \"one\""));
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(dir.fileCount() == 1);
}
