// SPDX-License-Identifier: MIT
// Kill -9 during imports: after every kill the file is sound and holds each article entirely or
// not at all. Bounded: a fixed number of kills at random moments within one import's duration.
#include "support/articles.h"
#include "support/tempdir.h"

#include <core/integritycheck.h>
#include <core/sqliteknowledgebase.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

using namespace csto;

extern char **environ;

namespace {

struct ArticleState
{
    int mentions = 0;
    int proposals = 0;
    int events = 0; // events citing the article (all accepted)
    bool operator==(const ArticleState &) const = default;
};

// Per imported article (by source id): what it brought in.
std::map<std::string, ArticleState> statesOf(SqliteKnowledgeBase &kb)
{
    std::map<std::string, ArticleState> states;
    auto stmt = kb.database().prepare(
        "SELECT s.slug, (SELECT count(*) FROM article_mentions m WHERE m.source_id = s.id), "
        "(SELECT count(*) FROM proposals p WHERE p.source_id = s.id), (SELECT count(*) FROM "
        "event_sources e WHERE e.source_id = s.id) FROM sources s JOIN articles a ON a.source_id "
        "= s.id");
    while (stmt.step())
        states[stmt.text(0)] = {stmt.integer(1), stmt.integer(2), stmt.integer(3)};
    return states;
}

pid_t startImport(const std::filesystem::path &db)
{
    const std::string binary = CSTO_KB_BINARY;
    const std::string dbPath = db.string();
    const std::string articles = test::articlesDir().string();
    std::vector<std::string> args = {binary, "--db", dbPath, "import", articles, "--accept-all"};
    std::vector<char *> argv;
    for (auto &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

} // namespace

TEST_CASE("Imports killed with SIGKILL at random points lose nothing and leave nothing half-done",
          "[crash]")
{
    test::TempDir dir;
    // A reference run: what each article brings when nothing goes wrong, and how long it takes.
    const auto reference = dir / "reference.db";
    std::filesystem::copy_file(CSTO_BUNDLED_DB, reference);
    const auto started = std::chrono::steady_clock::now();
    const pid_t pid = startImport(reference);
    REQUIRE(pid > 0);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    const auto duration = std::chrono::steady_clock::now() - started;
    auto referenceKb = SqliteKnowledgeBase(schema::open(reference, schema::Access::ReadOnly));
    const auto complete = statesOf(referenceKb);
    REQUIRE(complete.size() == 5);
    const int baseEvents = 31;

    // Kills land at random moments of an import. An import that finished before its kill still
    // counts as a check of the file, but not as a kill: the test goes on until 60 kills have hit a
    // running import (bounded), and the window shrinks when imports run faster than the reference.
    constexpr int kKills = 60;
    constexpr int kMaxAttempts = 4 * kKills;
    std::mt19937 random(20261122);
    auto window = std::chrono::duration_cast<std::chrono::microseconds>(duration).count();
    int killedMidway = 0;
    int partialStates = 0;
    int attempts = 0;
    for (int i = 0; killedMidway < kKills && i < kMaxAttempts; ++i, ++attempts) {
        const auto db = dir / ("kill-" + std::to_string(i) + ".db");
        std::filesystem::copy_file(CSTO_BUNDLED_DB, db);
        const pid_t child = startImport(db);
        REQUIRE(child > 0);
        std::uniform_int_distribution<long> delay(0, std::max<long>(window, 1000));
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        kill(child, SIGKILL);
        waitpid(child, &status, 0);
        if (WIFSIGNALED(status))
            ++killedMidway;
        else
            window = window * 9 / 10;

        // Opening for writing recovers the WAL as any later use would.
        auto kb = SqliteKnowledgeBase(schema::open(db, schema::Access::ReadWrite));
        const auto report = checkKnowledgeBase(kb.database());
        INFO("kill " << i << ": "
                     << (report.problems.empty() ? "" : report.problems.front().problem));
        CHECK(report.ok());
        // Every article is there completely, or not at all.
        const auto states = statesOf(kb);
        for (const auto &[source, state] : states) {
            INFO("kill " << i << ", article " << source);
            CHECK(state == complete.at(source));
        }
        partialStates += (states.size() > 0 && states.size() < 5) ? 1 : 0;
        CHECK(kb.counts().events >= baseEvents); // the curated events are all still there
        std::filesystem::remove(db);
    }
    std::cout << "crash test: " << attempts << " imports killed, " << killedMidway
              << " while importing, " << partialStates
              << " stopped between articles; every file sound\n";
    CHECK(killedMidway == kKills);
}
