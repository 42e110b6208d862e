// SPDX-License-Identifier: MIT
// csto-kb's curation commands on a private copy of the bundled knowledge base: each command's
// happy path and --json shape, revert back to the same export byte for byte, merge, headless
// review, and every refused input exiting with 3, naming the problem and changing nothing.
#include "support/articles.h"
#include "support/runcli.h"

#include <catch2/catch.hpp>

#include <ctime>
#include <pwd.h>
#include <set>
#include <unistd.h>

using csto::test::CliResult;
using csto::test::databaseSnapshot;
using csto::test::TempDir;

namespace {

// A writable copy of the bundled knowledge base and csto-kb run on it.
class KbCopy
{
public:
    KbCopy() { std::filesystem::copy_file(CSTO_BUNDLED_DB, path()); }
    [[nodiscard]] std::filesystem::path path() const { return m_dir / "kb.db"; }

    CliResult run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", path().string()});
        return csto::test::runCli(args);
    }
    // Runs a command that must succeed, reporting its stderr otherwise.
    CliResult ok(const std::vector<std::string> &args) const
    {
        auto result = run(args);
        INFO("csto-kb " << args.front() << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }
    [[nodiscard]] std::string exported() const { return ok({"export"}).out; }

private:
    TempDir m_dir;
};

std::string article(const char *name)
{
    return (csto::test::articlesDir() / name).string();
}

bool contains(const nlohmann::json &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// The id of a relation of `entity` (by `show --json`) of the given type, from and to.
std::string relationId(const KbCopy &kb, const std::string &entity, const std::string &type,
                       const std::string &from, const std::string &to)
{
    const auto card = kb.ok({"show", entity, "--json"}).json();
    for (const auto &r : card["relations"]) {
        if (r["type"] == type && r["from"]["id"] == from && r["to"]["id"] == to)
            return r["id"].get<std::string>();
    }
    FAIL("no " << type << " relation from " << from << " to " << to);
    return {};
}

std::string today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

} // namespace

TEST_CASE("csto-kb show --json gives each relation its id for edit and delete", "[cli][curation]")
{
    const auto card = csto::test::runCli({"--db", CSTO_BUNDLED_DB, "show", "armenia", "--json"});
    REQUIRE(card.exitCode == 0);
    const auto relations = card.json()["relations"];
    REQUIRE_FALSE(relations.empty());
    std::set<std::string> ids;
    for (const auto &r : relations) {
        CHECK_THAT(r["id"].get<std::string>(), Catch::StartsWith("relation-"));
        ids.insert(r["id"].get<std::string>());
    }
    CHECK(ids.size() == relations.size());
}

TEST_CASE("csto-kb add entity, event and relation print the new record in the export format",
          "[cli][curation]")
{
    KbCopy kb;
    const auto entity =
        kb.ok({"add", "entity", "--kind", "body", "--name", "Analytical Unit", "--parent",
               "secretariat", "--alias", "AU", "--alias", "АО", "--summary", "Reads the reports.",
               "--start", "2003-05", "--source", "belta-2020-12-03", "--json"})
            .json();
    const std::string entityId = entity["id"].get<std::string>();
    CHECK_FALSE(entityId.empty());
    CHECK(entity["kind"] == "body");
    CHECK(entity["name"] == "Analytical Unit");
    CHECK(entity["parent"] == "secretariat");
    CHECK(entity["aliases"] == nlohmann::json({"AU", "АО"}));
    CHECK(entity["summary"] == "Reads the reports.");
    CHECK(entity["start"] == "2003-05");
    CHECK(entity["end"].is_null());
    CHECK(contains(entity["sources"], "belta-2020-12-03"));
    CHECK(entity["change"].is_number_integer());
    // It is in the knowledge base, found by its alias.
    const auto card = kb.ok({"show", "AU", "--json"}).json();
    CHECK(card["id"] == entityId);
    CHECK(card["parent"]["id"] == "secretariat");

    const auto event =
        kb.ok({"add", "event", "--date", "2021-05", "--title", "Analytical Unit briefs the council",
               "--participant", entityId, "--participant", "collective-security-council", "--place",
               "Minsk", "--note", "Seen in the council's minutes.", "--json"})
            .json();
    CHECK(event["date"] == "2021-05");
    CHECK(event["title"] == "Analytical Unit briefs the council");
    CHECK(event["place"] == "Minsk");
    CHECK(event["participants"] == nlohmann::json({entityId, "collective-security-council"}));
    REQUIRE(event["sources"].size() == 1);
    CHECK(event["change"].get<long>() > entity["change"].get<long>());
    CHECK(kb.ok({"show", event["id"].get<std::string>(), "--json"}).json()["title"] ==
          "Analytical Unit briefs the council");

    const auto relation = kb.ok({"add", "relation", "--type", "member_of", "--from", "uzbekistan",
                                 "--to", "csto", "--start", "2006-08-16", "--end", "2012-12-19",
                                 "--source", "tass-2014-12-22", "--json"})
                              .json();
    CHECK_THAT(relation["id"].get<std::string>(), Catch::StartsWith("relation-"));
    CHECK(relation["type"] == "member_of");
    CHECK(relation["from"] == "uzbekistan");
    CHECK(relation["to"] == "csto");
    CHECK(relation["start"] == "2006-08-16");
    CHECK(relation["end"] == "2012-12-19");
    CHECK(relation["role"].is_null());
    CHECK(relationId(kb, "uzbekistan", "member_of", "uzbekistan", "csto") == relation["id"]);

    // Without --json: one line naming the change.
    const auto plain = kb.ok({"add", "entity", "--kind", "person", "--name", "Ivan Petrov",
                              "--source", "belta-2020-12-03"});
    CHECK_THAT(plain.out, Catch::StartsWith("change "));
    CHECK(kb.ok({"check"}).exitCode == 0);
}

TEST_CASE("csto-kb add --note cites an analyst's note by the user, dated today, unless told",
          "[cli][curation]")
{
    KbCopy kb;
    const auto before = nlohmann::json::parse(kb.exported())["sources"].size();
    const auto byDefault = kb.ok({"add", "entity", "--kind", "person", "--name", "Ivan Petrov",
                                  "--note", "Named at the press conference.", "--json"})
                               .json();
    const auto named = kb.ok({"add", "entity", "--kind", "person", "--name", "Pyotr Ivanov",
                              "--note", "Named in the minutes.", "--note-author", "A. Analyst",
                              "--note-date", "2026-11-30", "--json"})
                           .json();
    const auto exported = kb.exported();
    const auto sources = nlohmann::json::parse(exported)["sources"];
    CHECK(sources.size() == before + 2); // each note is a source of its own
    CHECK(byDefault["sources"].size() == 1);
    CHECK(named["sources"].size() == 1);
    CHECK(byDefault["sources"] != named["sources"]);
    const passwd *user = getpwuid(geteuid());
    REQUIRE(user);
    CHECK_THAT(exported, Catch::Contains(user->pw_name) && Catch::Contains(today()));
    CHECK_THAT(exported, Catch::Contains("A. Analyst") && Catch::Contains("2026-11-30"));
}

TEST_CASE("csto-kb edit, then revert: the export is byte for byte the one before; revert of "
          "the revert gives the edited one",
          "[cli][curation]")
{
    KbCopy kb;
    const std::string relation =
        relationId(kb, "armenia", "member_of", "armenia", "csto"); // addressed by show --json
    const std::vector<std::vector<std::string>> edits = {
        {"edit", "joint-staff", "--set", "start=2004-05", "--set", "summary=Plans operations.",
         "--add-alias", "JS", "--json"},
        {"edit", "2020-12-02-csc-video-session", "--set", "date=2020-12", "--json"},
        {"edit", relation, "--set", "role=founding member", "--json"},
    };
    for (const auto &edit : edits) {
        INFO(edit[1]);
        const std::string before = kb.exported();
        const auto edited = kb.ok(edit).json();
        CHECK(edited["change"].is_number_integer());
        const std::string afterEdit = kb.exported();
        CHECK(afterEdit != before);

        const auto reverted =
            kb.ok({"revert", std::to_string(edited["change"].get<long>()), "--json"}).json();
        CHECK(reverted["change"].get<long>() > edited["change"].get<long>());
        CHECK(kb.exported() == before);

        kb.ok({"revert", std::to_string(reverted["change"].get<long>())});
        CHECK(kb.exported() == afterEdit);
    }
    // The edit's record in --json.
    const auto card = kb.ok({"show", "joint-staff", "--json"}).json();
    CHECK(card["start"] == "2004-05");
    CHECK(contains(card["aliases"], "JS"));
    CHECK(kb.ok({"check"}).exitCode == 0);
}

TEST_CASE("csto-kb edit --json prints the changed record; --remove-alias takes one away",
          "[cli][curation]")
{
    KbCopy kb;
    // Канал goes too: its Latin transliteration, searchable with the aliases, is "Kanal".
    const auto edited = kb.ok({"edit", "channel", "--set", "end=2020", "--remove-alias", "Kanal",
                               "--remove-alias", "Канал", "--json"})
                            .json();
    CHECK(edited["id"] == "channel");
    CHECK(edited["kind"] == "operation");
    CHECK(edited["end"] == "2020");
    CHECK_FALSE(contains(edited["aliases"], "Kanal"));
    CHECK_FALSE(contains(edited["aliases"], "Канал"));
    const auto hits = kb.ok({"search", "Kanal", "--json"}).json()["hits"];
    for (const auto &hit : hits)
        CHECK_FALSE((hit["id"] == "channel" && hit["matched"] == "name"));
}

TEST_CASE("csto-kb delete removes a record without dependants; --force one with them",
          "[cli][curation]")
{
    KbCopy kb;
    const auto added = kb.ok({"add", "entity", "--kind", "person", "--name", "Ivan Petrov",
                              "--source", "belta-2020-12-03", "--json"})
                           .json();
    const std::string id = added["id"].get<std::string>();
    const auto deleted = kb.ok({"delete", id, "--json"}).json();
    CHECK(deleted["id"] == id);
    CHECK(deleted["name"] == "Ivan Petrov");
    CHECK(deleted["deleted"] == true);
    CHECK(deleted["change"].get<long>() > added["change"].get<long>());
    CHECK(kb.run({"show", id}).exitCode == 1);

    const std::string relation = relationId(kb, "armenia", "member_of", "armenia", "csto");
    const auto relationDeleted = kb.ok({"delete", relation, "--json"}).json();
    CHECK(relationDeleted["id"] == relation);
    CHECK(relationDeleted["type"] == "member_of");

    // Refused without --force; with it, what depends on it goes too.
    CHECK(kb.run({"delete", "illegal-migrant"}).exitCode == 3);
    kb.ok({"delete", "illegal-migrant", "--force"});
    CHECK(kb.run({"show", "illegal-migrant"}).exitCode == 1);
    CHECK(kb.ok({"check"}).exitCode == 0);
}

TEST_CASE("csto-kb merge: the old id and the merged name find the survivor", "[cli][curation]")
{
    KbCopy kb;
    const auto duplicate =
        kb.ok({"add", "entity", "--kind", "body", "--name", "Joint Staff of the CSTO", "--parent",
               "csto", "--source", "belta-2020-12-03", "--json"})
            .json();
    const std::string oldId = duplicate["id"].get<std::string>();
    REQUIRE(oldId != "joint-staff");
    const auto merged = kb.ok({"merge", oldId, "joint-staff", "--json"}).json();
    CHECK(merged["id"] == "joint-staff");
    CHECK(merged["name"] == "Joint Staff");
    CHECK(contains(merged["aliases"], "Joint Staff of the CSTO"));
    CHECK(merged["change"].is_number_integer());

    CHECK(kb.ok({"show", oldId, "--json"}).json()["id"] == "joint-staff");
    const auto hits = kb.ok({"search", "Joint Staff of the CSTO", "--json"}).json()["hits"];
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0]["id"] == "joint-staff");
    CHECK_THAT(kb.exported(), !Catch::Contains("\"" + oldId + "\""));
    CHECK(kb.ok({"check"}).exitCode == 0);
}

TEST_CASE("csto-kb history: the journal newest first, --limit and one record's changes",
          "[cli][curation]")
{
    KbCopy kb;
    const auto first = kb.ok({"edit", "joint-staff", "--set", "start=2004", "--json"}).json();
    const auto second = kb.ok({"edit", "channel", "--set", "end=2020", "--json"}).json();
    const auto third = kb.ok({"edit", "joint-staff", "--set", "start=2004-05", "--json"}).json();

    const auto all = kb.ok({"history", "--json"}).json()["changes"];
    REQUIRE(all.size() >= 3);
    CHECK(all[0]["id"] == third["change"]);
    CHECK(all[1]["id"] == second["change"]);
    CHECK(all[2]["id"] == first["change"]);
    const auto &entry = all[0];
    for (const char *field : {"id", "time", "user", "action", "record_type", "record", "label",
                              "before", "after", "reverts"})
        CHECK(entry.contains(field));
    CHECK(entry["action"] == "edit");
    CHECK(entry["record_type"] == "entity");
    CHECK(entry["record"] == "joint-staff");
    CHECK(entry["before"]["start"] == "2004");
    CHECK(entry["after"]["start"] == "2004-05");
    CHECK(entry["reverts"].is_null());
    const passwd *user = getpwuid(geteuid());
    REQUIRE(user);
    CHECK(entry["user"] == user->pw_name);

    const auto limited = kb.ok({"history", "--limit", "2", "--json"}).json()["changes"];
    REQUIRE(limited.size() == 2);
    CHECK(limited[0]["id"] == third["change"]);

    const auto ofOne = kb.ok({"history", "joint-staff", "--json"}).json()["changes"];
    REQUIRE(ofOne.size() == 2);
    CHECK(ofOne[0]["id"] == third["change"]);
    CHECK(ofOne[1]["id"] == first["change"]);

    // For a terminal: the change, and what it changed.
    const auto text = kb.ok({"history", "joint-staff", "--limit", "1"}).out;
    CHECK_THAT(text, Catch::StartsWith("change " + std::to_string(third["change"].get<long>())));
    CHECK_THAT(text, Catch::Contains("start: \"2004\" -> \"2004-05\""));

    CHECK(kb.run({"history", "no-such-record"}).exitCode == 1);
    CHECK(kb.run({"history", "--limit", "0"}).exitCode == 2);
}

TEST_CASE("csto-kb list: the entities with their ids, one kind with --kind", "[cli][curation]")
{
    KbCopy kb;
    const auto states = kb.ok({"list", "--kind", "state", "--json"}).json()["entities"];
    REQUIRE_FALSE(states.empty());
    bool armenia = false;
    for (const auto &e : states) {
        CHECK(e["kind"] == "state");
        CHECK(e.contains("category"));
        armenia |= e["id"] == "armenia" && e["name"] == "Armenia";
    }
    CHECK(armenia);
    const auto all = kb.ok({"list", "--json"}).json()["entities"];
    CHECK(all.size() == kb.ok({"info", "--json"}).json()["entities"]["total"].get<std::size_t>());
    CHECK_THAT(kb.ok({"list", "--kind", "operation"}).out, Catch::Contains("Channel"));
    CHECK(kb.run({"list", "--kind", "planet"}).exitCode == 2);
}

TEST_CASE("csto-kb review, accept and reject: the headless review of an import", "[cli][curation]")
{
    KbCopy kb;
    kb.ok({"import", article("004_84b3daaceaf38c87.txt")});
    const auto proposals = kb.ok({"review", "--json"}).json()["proposals"];
    REQUIRE(proposals.size() > 2);
    std::optional<long> entityProposal;
    std::vector<long> eventProposals;
    for (const auto &p : proposals) {
        for (const char *field : {"id", "type", "payload", "source", "source_title", "evidence"})
            CHECK(p.contains(field));
        if (p["type"] == "entity" && p["payload"]["name"] == "Coordinating Council")
            entityProposal = p["id"].get<long>();
        if (p["type"] == "event")
            eventProposals.push_back(p["id"].get<long>());
    }
    REQUIRE(entityProposal);
    REQUIRE(eventProposals.size() >= 2);
    CHECK_THAT(kb.ok({"review"}).out, Catch::Contains("Coordinating Council"));

    const auto entity =
        kb.ok({"accept", std::to_string(*entityProposal), "--parent", "csto", "--json"}).json();
    CHECK(entity["name"] == "Coordinating Council");
    CHECK(entity["parent"] == "csto");
    CHECK(entity["change"].is_number_integer());

    const auto event =
        kb.ok({"accept", "proposal-" + std::to_string(eventProposals[0]), "--json"}).json();
    CHECK(event.contains("date"));
    CHECK(kb.ok({"show", event["id"].get<std::string>()}).exitCode == 0);

    const auto rejected = kb.ok({"reject", std::to_string(eventProposals[1]), "--json"}).json();
    CHECK(rejected["change"].is_number_integer());

    const auto left = kb.ok({"review", "--json"}).json()["proposals"];
    CHECK(left.size() == proposals.size() - 3);
    for (const auto &p : left) {
        CHECK(p["id"] != *entityProposal);
        CHECK(p["id"] != eventProposals[0]);
        CHECK(p["id"] != eventProposals[1]);
    }
    // Accepted or rejected once: not pending any more.
    CHECK(kb.run({"accept", std::to_string(*entityProposal)}).exitCode == 3);
    CHECK(kb.run({"reject", std::to_string(eventProposals[1])}).exitCode == 3);
    CHECK(kb.ok({"check"}).exitCode == 0);
}

TEST_CASE("csto-kb accept --as-alias-of makes a proposed entity an alias of a known one",
          "[cli][curation]")
{
    KbCopy kb;
    kb.ok({"import", article("004_84b3daaceaf38c87.txt")});
    std::optional<long> proposal;
    const auto proposals = kb.ok({"review", "--json"}).json()["proposals"];
    for (const auto &p : proposals)
        if (p["type"] == "entity" && p["payload"]["name"] == "Coordinating Council")
            proposal = p["id"].get<long>();
    REQUIRE(proposal);
    const auto counted = kb.ok({"info", "--json"}).json()["entities"]["total"];
    const auto accepted = kb.ok({"accept", std::to_string(*proposal), "--as-alias-of",
                                 "coordinating-council-emergencies", "--json"})
                              .json();
    CHECK(accepted["id"] == "coordinating-council-emergencies");
    CHECK(contains(accepted["aliases"], "Coordinating Council"));
    CHECK(kb.ok({"info", "--json"}).json()["entities"]["total"] == counted);
    CHECK(kb.ok({"show", "Coordinating Council", "--json"}).json()["id"] ==
          "coordinating-council-emergencies");
}

TEST_CASE("csto-kb refuses bad curation input with exit 3, naming the problem, changing nothing",
          "[cli][curation]")
{
    KbCopy kb;
    const std::string armeniaMembership = relationId(kb, "armenia", "member_of", "armenia", "csto");
    // Changes first: the file is at the current schema with a journal, and the snapshot is of a
    // file the program has written to and closed (a reader leaves an empty -wal behind, which
    // the next writer removes).
    const auto first = kb.ok({"edit", "joint-staff", "--set", "start=2004", "--json"}).json();
    const auto later = kb.ok({"edit", "joint-staff", "--set", "start=2004-05", "--json"}).json();
    const std::string snapshot = databaseSnapshot(kb.path());

    struct Refusal
    {
        std::vector<std::string> args;
        std::vector<std::string> named; // what the message must name
    };
    const std::vector<Refusal> refusals = {
        {{"edit", "no-such-body", "--set", "name=X"}, {"no-such-body"}},
        {{"edit", "Joint Staff", "--set", "name=X"}, {"Joint Staff", "joint-staff"}},
        {{"edit", "relation-999999", "--set", "role=X"}, {"relation-999999"}},
        {{"delete", "no-such-body"}, {"no-such-body"}},
        {{"edit", "joint-staff", "--set", "start=2021-02-30"}, {"February 2021 has 28 days"}},
        {{"edit", "joint-staff", "--set", "colour=red"}, {"colour"}},
        {{"edit", "joint-staff", "--remove-alias", "Nonesuch"}, {"Nonesuch"}},
        {{"edit", "2020-12-02-csc-video-session", "--add-alias", "X"}, {"alias"}},
        {{"edit", armeniaMembership, "--set", "start=1992-13"}, {"1992-13"}},
        {{"edit", "csto", "--set", "parent=joint-staff"}, {"cycle"}},
        {{"add", "entity", "--kind", "body", "--name", "X", "--start", "2021-02-30", "--source",
          "belta-2020-12-03"},
         {"--start", "February 2021 has 28 days"}},
        {{"add", "entity", "--kind", "planet", "--name", "X", "--source", "belta-2020-12-03"},
         {"planet"}},
        {{"add", "entity", "--kind", "body", "--name", "X", "--parent", "no-such-body", "--source",
          "belta-2020-12-03"},
         {"no-such-body"}},
        {{"add", "entity", "--kind", "body", "--name", "X", "--source", "no-such-source"},
         {"no-such-source"}},
        {{"add", "entity", "--kind", "body", "--name", "X", "--note", "n", "--note-date",
          "2026-02-30"},
         {"--note-date"}},
        {{"add", "event", "--date", "2021", "--title", "X", "--participant", "no-such-body",
          "--source", "belta-2020-12-03"},
         {"no-such-body"}},
        {{"add", "event", "--date", "2021-13", "--title", "X", "--participant", "csto", "--source",
          "belta-2020-12-03"},
         {"--date"}},
        {{"add", "relation", "--type", "member_of", "--from", "joint-staff", "--to", "armenia",
          "--source", "belta-2020-12-03"},
         {"member_of"}},
        {{"add", "relation", "--type", "member_of", "--from", "armenia", "--to", "no-such-body",
          "--source", "belta-2020-12-03"},
         {"no-such-body"}},
        {{"merge", "joint-staff", "joint-staff"}, {"joint-staff"}},
        {{"merge", "csto", "joint-staff"}, {"csto", "joint-staff"}},
        {{"merge", "no-such-body", "joint-staff"}, {"no-such-body"}},
        {{"revert", "999999"}, {"999999"}},
        {{"revert", std::to_string(first["change"].get<long>())},
         {std::to_string(later["change"].get<long>())}},
        {{"accept", "999999"}, {"999999"}},
        {{"reject", "999999"}, {"999999"}},
    };
    for (const auto &refusal : refusals) {
        const auto result = kb.run(refusal.args);
        INFO("csto-kb " << refusal.args[0] << " " << refusal.args[1] << ": " << result.err);
        CHECK(result.exitCode == 3);
        CHECK_THAT(result.err, Catch::StartsWith("csto-kb: "));
        for (const auto &word : refusal.named)
            CHECK_THAT(result.err, Catch::Contains(word));
        CHECK(result.out.empty());
        CHECK(databaseSnapshot(kb.path()) == snapshot);
    }

    // A delete with dependants lists them.
    const auto refused = kb.run({"delete", "armenia"});
    CHECK(refused.exitCode == 3);
    CHECK_THAT(refused.err, Catch::Contains("--force") && Catch::Contains("relation"));
    CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') > 2);
    CHECK(databaseSnapshot(kb.path()) == snapshot);
    CHECK(kb.ok({"history", "--json"}).json()["changes"].size() == 2);
}

TEST_CASE("csto-kb curation commands report usage errors with exit 2", "[cli][curation]")
{
    KbCopy kb;
    // Opened for writing once (WAL, the current schema): the file as the program keeps it.
    kb.ok({"edit", "joint-staff", "--set", "start=2004"});
    const std::string snapshot = databaseSnapshot(kb.path());
    const std::vector<std::vector<std::string>> usage = {
        {"add"},
        {"add", "thing", "--name", "X"},
        {"add", "entity", "--name", "X", "--source", "belta-2020-12-03"}, // no --kind
        {"add", "entity", "--kind", "body", "--name", "X"},               // no citation
        {"add", "entity", "--kind", "body", "--name", "X", "--source", "belta-2020-12-03", "--note",
         "n"},
        {"add", "entity", "--kind", "body", "--name", "X", "--source", "belta-2020-12-03",
         "--note-author", "A"},
        {"add", "relation", "--type", "member_of", "--from", "armenia", "--to", "csto", "--name",
         "X", "--source", "belta-2020-12-03"},
        {"add", "event", "--date", "2021", "--title", "X", "--source", "belta-2020-12-03"},
        {"edit", "joint-staff"},
        {"edit", "joint-staff", "--set", "start"},
        {"merge", "joint-staff"},
        {"revert", "last"},
        {"accept"},
    };
    for (const auto &args : usage) {
        const auto result = kb.run(args);
        INFO("csto-kb " << args[0] << ": " << result.err);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.empty());
    }
    CHECK(databaseSnapshot(kb.path()) == snapshot);
}

TEST_CASE("csto-kb add entity with a Cyrillic name: a Latin id, found in lower case and in Latin",
          "[cli][curation]")
{
    KbCopy kb;
    const auto added = kb.ok({"add", "entity", "--kind", "person", "--name", "Таалатбек Масадыков",
                              "--alias", "Масадыков Т.", "--source", "belta-2020-12-03", "--json"})
                           .json();
    CHECK(added["id"] == "taalatbek-masadykov");
    CHECK(kb.ok({"show", "таалатбек масадыков", "--json"}).json()["id"] == "taalatbek-masadykov");
    CHECK(kb.ok({"show", "МАСАДЫКОВ Т.", "--json"}).json()["id"] == "taalatbek-masadykov");
    const auto hits = kb.ok({"search", "masadykov", "--json"}).json()["hits"];
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front()["id"] == "taalatbek-masadykov");
    CHECK(kb.ok({"check"}).exitCode == 0);
}
