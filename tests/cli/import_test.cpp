// SPDX-License-Identifier: MIT
// csto-kb import: the JSON output contract, duplicates, errors and --accept-all.
#include "support/articles.h"
#include "support/runcli.h"

#include <catch2/catch.hpp>

using csto::test::runCli;
using csto::test::TempDir;

namespace {

std::string article(const char *name)
{
    return (csto::test::articlesDir() / name).string();
}

} // namespace

TEST_CASE("csto-kb import --json follows the import output contract", "[cli][import]")
{
    TempDir dir;
    const auto db = (dir / "kb.db").string();
    std::filesystem::copy_file(CSTO_BUNDLED_DB, db);
    const auto file = article("003_398e8fc282813d65.txt");
    const auto result = runCli({"--db", db, "import", file, "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto json = result.json();
    REQUIRE(json["articles"].size() == 1);
    const auto &a = json["articles"][0];
    for (const char *key : {"file", "source", "title", "publisher", "published", "status", "error",
                            "mentions", "proposed_events", "proposed_entities"})
        CHECK(a.contains(key));
    CHECK(a["status"] == "imported");
    CHECK(a["source"] == "belta-2020-12-03");
    CHECK(a["error"].is_null());
    // Offsets and lengths count bytes of the text as stored.
    const std::string text = csto::test::readFile(file);
    REQUIRE(a["mentions"].size() > 10);
    for (const auto &m : a["mentions"])
        CHECK(text.substr(m["offset"].get<std::size_t>(), m["length"].get<std::size_t>()) ==
              m["text"].get<std::string>());
    REQUIRE_FALSE(a["proposed_events"].empty());
    for (const auto &e : a["proposed_events"]) {
        for (const char *key : {"date", "end", "title", "participants", "evidence"})
            CHECK(e.contains(key));
        CHECK(e["evidence"]["offset"].get<std::size_t>() +
                  e["evidence"]["length"].get<std::size_t>() <=
              text.size());
    }

    const auto again = runCli({"--db", db, "import", file, "--json"});
    CHECK(again.exitCode == 0);
    CHECK(again.json()["articles"][0]["status"] == "duplicate");
}

TEST_CASE("csto-kb import reports bad files and still imports the rest", "[cli][import]")
{
    TempDir dir;
    const auto db = (dir / "kb.db").string();
    std::filesystem::copy_file(CSTO_BUNDLED_DB, db);
    const auto bad = dir.write("bad.txt", "Council \xff met.");
    const auto empty = dir.write("empty.txt", "");
    const auto result =
        runCli({"--db", db, "import", bad.string(), empty.string(), (dir / "missing.txt").string(),
                article("001_d9dcb6c02e4e6ad2.txt"), "--json"});
    CHECK(result.exitCode == 3);
    const auto articles = result.json()["articles"];
    REQUIRE(articles.size() == 4);
    CHECK(articles[0]["status"] == "error");
    CHECK_THAT(articles[0]["error"].get<std::string>(),
               Catch::Contains("not valid UTF-8 at byte 8"));
    CHECK_THAT(articles[1]["error"].get<std::string>(), Catch::Contains("empty"));
    CHECK(articles[2]["status"] == "error");
    CHECK(articles[3]["status"] == "imported");
    const auto huge = dir.write("huge.txt", std::string(6 * 1024 * 1024, 'a'));
    const auto tooBig = runCli({"--db", db, "import", huge.string(), "--json"});
    CHECK(tooBig.exitCode == 3);
    CHECK_THAT(tooBig.json()["articles"][0]["error"].get<std::string>(),
               Catch::Contains("the limit is 5242880"));
    CHECK(runCli({"--db", db, "import"}).exitCode == 2);
    CHECK(runCli({"--db", db, "import", bad.string(), "--encoding", "klingon"}).exitCode == 2);
}

TEST_CASE("csto-kb import --accept-all adds the proposed events, citing the article",
          "[cli][import]")
{
    TempDir dir;
    const auto db = (dir / "kb.db").string();
    std::filesystem::copy_file(CSTO_BUNDLED_DB, db);
    const auto before = runCli({"--db", db, "info", "--json"}).json()["events"].get<int>();
    const auto result = runCli(
        {"--db", db, "import", article("002_3dbd96493791f38a.txt"), "--accept-all", "--json"});
    REQUIRE(result.exitCode == 0);
    const auto proposed = result.json()["articles"][0]["proposed_events"].size();
    REQUIRE(proposed > 0);
    const auto after = runCli({"--db", db, "info", "--json"}).json()["events"].get<int>();
    CHECK(after == before + static_cast<int>(proposed));
}
