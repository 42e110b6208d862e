// SPDX-License-Identifier: MIT
// The command-line contract: exit codes, --help, --json shapes, errors on stderr.
#include "support/articles.h"
#include "support/damage.h"
#include "support/runcli.h"

#include <core/database.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <limits>
#include <unistd.h>

using csto::test::runCli;
using csto::test::TempDir;

namespace {

const std::string kDb = CSTO_BUNDLED_DB;

} // namespace

TEST_CASE("csto-kb --help documents every command and the exit codes", "[cli]")
{
    const auto help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    for (const char *word : {"build",
                             "export",
                             "show",
                             "search",
                             "timeline",
                             "--db",
                             "--json",
                             "Exit codes",
                             "add entity",
                             "add event",
                             "add relation",
                             "edit ID",
                             "delete ID",
                             "merge FROM INTO",
                             "history [ID]",
                             "revert CHANGE",
                             "list [--kind KIND]",
                             "review",
                             "accept PROPOSAL",
                             "reject PROPOSAL",
                             "--note-author",
                             "--note-date"})
        CHECK_THAT(help.out, Catch::Contains(word));
    for (const char *command :
         {"build", "export", "show", "search", "timeline", "info", "add", "edit", "delete", "merge",
          "history", "revert", "list", "review", "accept", "reject"}) {
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

namespace {

// A private copy of the bundled knowledge base (rollback-journal mode: one file).
std::filesystem::path bundledCopy(const TempDir &dir, const std::string &name)
{
    const auto path = dir / name;
    std::filesystem::create_directories(path.parent_path());
    std::filesystem::copy_file(kDb, path);
    return path;
}

std::string firstArticle()
{
    for (const auto &entry : std::filesystem::directory_iterator(csto::test::articlesDir()))
        if (entry.path().extension() == ".txt")
            return entry.path().string();
    throw std::runtime_error("no article in " + csto::test::articlesDir().string());
}

} // namespace

TEST_CASE("csto-kb refuses odd schema versions and mismatched tables untouched", "[cli]")
{
    TempDir dir;
    for (const int version : {std::numeric_limits<int>::min(), -2, -1, 0, 1, 3}) {
        INFO("user_version " << version);
        const auto path = bundledCopy(dir, "kb.db");
        csto::Database(path, csto::Database::Mode::ReadWrite).setUserVersion(version);
        const auto before = csto::test::databaseSnapshot(path);
        for (const std::vector<std::string> &command :
             {std::vector<std::string>{"info"}, {"import", firstArticle()}}) {
            std::vector<std::string> args = {"--db", path.string()};
            args.insert(args.end(), command.begin(), command.end());
            const auto result = runCli(args);
            INFO(command.front() << ": " << result.err);
            CHECK(result.exitCode == 4);
            CHECK_THAT(result.err, Catch::Contains("not a CSTO Atlas knowledge base"));
        }
        CHECK(csto::test::databaseSnapshot(path) == before);
        CHECK(dir.fileCount() == 1); // no .before-upgrade copy
        std::filesystem::remove(path);
    }
}

TEST_CASE("csto-kb import never turns an empty or table-less file into a knowledge base", "[cli]")
{
    TempDir dir;
    for (const std::string &content : {std::string(), std::string("x")}) {
        const auto path = dir.write("empty.db", content);
        const auto result = runCli({"--db", path.string(), "import", firstArticle()});
        INFO(result.err);
        CHECK(result.exitCode == 4);
        CHECK_THAT(result.err, Catch::Contains("not a CSTO Atlas knowledge base"));
        CHECK(csto::test::readFile(path) == content);
        CHECK(dir.fileCount() == 1);
    }
}

TEST_CASE("csto-kb explains an interrupted write instead of calling the file read-only", "[cli]")
{
    TempDir dir;
    const auto original = bundledCopy(dir, "kb.db");
    const auto path = dir / "interrupted.db";
    {
        // A copy taken half-way through a transaction is what a killed writer leaves behind.
        csto::Database db(original, csto::Database::Mode::ReadWrite);
        db.execScript("PRAGMA cache_size = 1;");
        csto::Transaction transaction(db);
        for (int i = 0; i < 200; ++i)
            db.prepare("INSERT INTO meta(key, value) VALUES (?, randomblob(2000))")
                .bind(1, "row " + std::to_string(i))
                .run();
        auto journal = original;
        journal += "-journal";
        auto copiedJournal = path;
        copiedJournal += "-journal";
        std::filesystem::copy_file(original, path);
        std::filesystem::copy_file(journal, copiedJournal);
    }
    const auto before = csto::test::databaseSnapshot(path);
    const auto result = runCli({"--db", path.string(), "info"});
    CHECK(result.exitCode == 4);
    CHECK_THAT(result.err, Catch::Contains("was interrupted") && Catch::Contains("-journal"));
    CHECK_THAT(result.err, !Catch::Contains("readonly database"));
    CHECK(csto::test::databaseSnapshot(path) == before);
}

TEST_CASE("csto-kb reads a knowledge base in a read-only folder", "[cli]")
{
    TempDir dir;
    const auto path = bundledCopy(dir, "shelf/kb.db");
    auto before = csto::test::databaseSnapshot(path);
    const auto checkReadOnly = [&](const std::vector<std::string> &prefix) {
        const auto run = [&](std::vector<std::string> args) {
            args.insert(args.begin(), {"--db", path.string()});
            if (prefix.empty())
                return runCli(args);
            // Another user: the command line goes through setpriv.
            std::string command;
            for (const auto &word : prefix)
                command += csto::test::shellQuote(word) + " ";
            command += csto::test::shellQuote(CSTO_KB_BINARY);
            for (const auto &arg : args)
                command += " " + csto::test::shellQuote(arg);
            const auto outcome = csto::test::runCommand(command + " 2>&1");
            return csto::test::CliResult{outcome.exitCode, outcome.output, outcome.output};
        };
        const auto info = run({"info", "--json"});
        INFO(info.err);
        CHECK(info.exitCode == 0);
        CHECK(run({"search", "Council"}).exitCode == 0);
        const auto import = run({"import", firstArticle()});
        INFO(import.err);
        CHECK(import.exitCode == 4);
        CHECK_THAT(import.err,
                   Catch::Contains("opened read-only") && Catch::Contains("is not writable"));
        CHECK(csto::test::databaseSnapshot(path) == before);
    };

    // A folder marked read-only (no write permission for anyone) is read-only even for root.
    const auto readAndExecute =
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
        std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
        std::filesystem::perms::others_read | std::filesystem::perms::others_exec;
    std::filesystem::permissions(dir / "shelf", readAndExecute);
    checkReadOnly({});
    std::filesystem::permissions(dir / "shelf",
                                 readAndExecute | std::filesystem::perms::owner_write);

    // A folder only its owner may write, read by someone else: as root, run as user nobody.
    if (geteuid() == 0) {
        if (csto::test::runCommand("setpriv --version >/dev/null 2>&1").exitCode == 0) {
            const std::vector<std::string> nobody = {"setpriv", "--reuid=65534", "--regid=65534",
                                                     "--clear-groups"};
            checkReadOnly(nobody);
            // A file the window has used is in WAL mode: without a -shm, SQLite would need to
            // create one to read it.
            csto::Database(path, csto::Database::Mode::ReadWrite)
                .execScript("PRAGMA journal_mode = WAL;");
            before = csto::test::databaseSnapshot(path);
            checkReadOnly(nobody);
        } else {
            WARN("setpriv is missing: the folder of another user was not tried");
        }
    } else {
        WARN("not root: the folder of another user was not tried");
    }
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

TEST_CASE("csto-kb finds names in any script and case, ё as е, and Cyrillic by Latin", "[cli]")
{
    // ОДКБ is an alias of the organisation; SQLite's NOCASE alone would not fold it.
    const auto shown = runCli({"--db", kDb, "show", "одкб"});
    INFO(shown.err);
    REQUIRE(shown.exitCode == 0);
    CHECK_THAT(shown.out, Catch::StartsWith("Collective Security Treaty Organization"));
    CHECK(runCli({"--db", kDb, "show", "ОДКБ", "--json"}).json()["id"] == "csto");
    CHECK(runCli({"--db", kDb, "show", "наемник", "--json"}).json()["id"] == "mercenary");
    CHECK(runCli({"--db", kDb, "timeline", "--entity", "одкб"}).exitCode == 0);
    CHECK(runCli({"--db", kDb, "timeline", "--entity", "нет такого"}).exitCode == 1);
    // Any case form of a name, as the importer reads articles.
    CHECK(runCli({"--db", kDb, "show", "Казахстана", "--json"}).json()["id"] == "kazakhstan");
    CHECK(runCli({"--db", kDb, "show", "Советом коллективной безопасности", "--json"})
              .json()["id"] == "collective-security-council");
    const auto inflected = runCli({"--db", kDb, "timeline", "--entity", "Казахстана"});
    CHECK(inflected.exitCode == 0);
    CHECK(inflected.out == runCli({"--db", kDb, "timeline", "--entity", "kazakhstan"}).out);

    // The Latin form of the alias ОДКБ is an exact match: the organisation comes first.
    const auto found = runCli({"--db", kDb, "search", "odkb", "--json"});
    REQUIRE(found.exitCode == 0);
    const auto hits = found.json()["hits"];
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front()["id"] == "csto");
}
