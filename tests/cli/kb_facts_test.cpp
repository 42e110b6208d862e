// SPDX-License-Identifier: MIT
// Facts of the five articles, checked through csto-kb's JSON output on the bundled knowledge
// base: what a user asking the command line must get back.
#include "support/runcli.h"

#include <catch2/catch.hpp>

#include <algorithm>

using csto::test::runCli;
using Json = nlohmann::json;

namespace {

const std::string kDb = CSTO_BUNDLED_DB;

Json show(const std::string &nameOrId)
{
    const auto result = runCli({"--db", kDb, "show", nameOrId, "--json"});
    INFO(nameOrId << ": " << result.err);
    REQUIRE(result.exitCode == 0);
    return result.json();
}

Json eventsOn(const std::string &date)
{
    const auto result = runCli({"--db", kDb, "timeline", "--from", date, "--to", date, "--json"});
    REQUIRE(result.exitCode == 0);
    return result.json()["events"];
}

// The event card of the first event on `date` whose title contains `word` (case-insensitive).
Json eventOn(const std::string &date, const std::string &word)
{
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        return s;
    };
    for (const auto &event : eventsOn(date)) {
        if (event["date"] == date &&
            lower(event["title"].get<std::string>()).find(lower(word)) != std::string::npos)
            return show(event["id"].get<std::string>());
    }
    FAIL("no event on " << date << " titled with \"" << word << "\"");
    return {};
}

bool hasParticipant(const Json &event, const std::string &id)
{
    return std::any_of(event["participants"].begin(), event["participants"].end(),
                       [&](const Json &p) { return p["id"] == id; });
}

const Json *relation(const Json &card, const std::string &type, const std::string &from,
                     const std::string &to)
{
    for (const auto &r : card["relations"]) {
        if (r["type"] == type && r["from"]["id"] == from && r["to"]["id"] == to)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Fact: the Collective Security Council is the CSTO's highest body", "[facts]")
{
    const auto card = show("Collective Security Council");
    CHECK(card["kind"] == "body");
    CHECK(card["category"] == "statutory");
    CHECK(card["parent"]["id"] == "csto");
    CHECK(std::find(card["aliases"].begin(), card["aliases"].end(), "CSC") !=
          card["aliases"].end());
    std::vector<std::string> dates;
    for (const auto &e : card["events"])
        dates.push_back(e["date"]);
    for (const char *date : {"2014-12-23", "2018-11-08", "2020-12-02"})
        CHECK(std::find(dates.begin(), dates.end(), date) != dates.end());
    CHECK(card["sources"].size() >= 2);
}

TEST_CASE("Fact: csto-kb timeline --entity Mercenary gives the operation's history", "[facts]")
{
    const auto result = runCli({"--db", kDb, "timeline", "--entity", "Mercenary", "--json"});
    REQUIRE(result.exitCode == 0);
    const auto events = result.json()["events"];
    REQUIRE(events.size() >= 2);
    bool permanentStatus = false;
    for (const auto &e : events) {
        const auto card = show(e["id"]);
        CHECK(hasParticipant(card, "mercenary"));
        if (e["date"] == "--06-17")
            permanentStatus = true;
    }
    CHECK(permanentStatus); // the status decision of 17 June, year not stated
    const auto text = runCli({"--db", kDb, "timeline", "--entity", "Nayomnik"});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("17 June, year not stated"));
}

TEST_CASE("Fact: csto-kb search kanal finds the operation Channel", "[facts]")
{
    const auto result = runCli({"--db", kDb, "search", "kanal", "--json"});
    REQUIRE(result.exitCode == 0);
    const auto hits = result.json()["hits"];
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0]["title"] == "Channel");
    CHECK(hits[0]["kind"] == "operation");
    CHECK(hits[0]["matched"] == "name");
    CHECK(runCli({"--db", kDb, "search", "Канал", "--json"}).json()["hits"][0]["id"] ==
          hits[0]["id"]);
}

TEST_CASE("Fact: searching a body's exact name puts the body first", "[facts]")
{
    for (const char *limit : {"1", "4", "20"}) {
        const auto result = runCli(
            {"--db", kDb, "search", "collective security council", "--limit", limit, "--json"});
        REQUIRE(result.exitCode == 0);
        CHECK(result.json()["hits"][0]["id"] == "collective-security-council");
        CHECK(result.json()["hits"].size() == std::stoul(limit));
    }
}

TEST_CASE("Fact: Russian names and abbreviations find their entity first", "[facts]")
{
    const std::pair<const char *, const char *> expected[] = {
        {"ОДКБ", "csto"},
        {"одкб", "csto"},
        {"Совет коллективной безопасности", "collective-security-council"},
        {"совет коллективной", "collective-security-council"},
        {"Канал", "channel"},
        {"НАЁМНИК", "mercenary"},
        {"наемник", "mercenary"}};
    for (const auto &[query, id] : expected) {
        for (const char *limit : {"1", "10"}) {
            INFO(query << " --limit " << limit);
            const auto result = runCli({"--db", kDb, "search", query, "--limit", limit, "--json"});
            REQUIRE(result.exitCode == 0);
            REQUIRE_FALSE(result.json()["hits"].empty());
            CHECK(result.json()["hits"][0]["id"] == id);
        }
    }
}

TEST_CASE("Fact: the treaty, its parties and who left in 1999", "[facts]")
{
    const auto signing = eventOn("1992-05-15", "");
    for (const char *state :
         {"armenia", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan"})
        CHECK(hasParticipant(signing, state));
    CHECK_FALSE(eventsOn("1994-04-20").empty()); // in force
    CHECK_FALSE(eventsOn("1993").empty());       // Azerbaijan, Belarus, Georgia join

    const auto treaty = show("Collective Security Treaty");
    CHECK(treaty["kind"] == "document");
    for (const char *state : {"azerbaijan", "georgia", "uzbekistan"}) {
        const auto *party = relation(treaty, "party_to", state, treaty["id"]);
        REQUIRE(party);
        CHECK((*party)["end"] == "1999");
    }
    const auto *armenia = relation(treaty, "party_to", "armenia", treaty["id"]);
    REQUIRE(armenia);
    CHECK((*armenia)["start"] == "1992-05-15");
    CHECK((*armenia)["end"].is_null());
}

TEST_CASE("Fact: the organisation's founding dates", "[facts]")
{
    CHECK_FALSE(eventsOn("2002-05-14").empty()); // established
    CHECK_FALSE(eventsOn("2002-10-07").empty()); // Charter adopted
    CHECK_FALSE(eventsOn("2004-12-02").empty()); // observer at the UN General Assembly
    const auto armenia = show("Armenia");
    const auto *membership = relation(armenia, "member_of", "armenia", "csto");
    REQUIRE(membership);
    CHECK((*membership)["start"] == "2002-05-14");
    CHECK((*membership)["end"].is_null());
}

TEST_CASE("Fact: forces and the decisions that formed them", "[facts]")
{
    const std::pair<const char *, const char *> forces[] = {
        {"Collective Rapid Deployment Forces", "2001-05-25"},
        {"Collective Rapid Reaction Forces", "2009-02-04"},
        {"Collective Air Forces", "2014-12-23"},
    };
    for (const auto &[name, date] : forces) {
        const auto card = show(name);
        INFO(name);
        CHECK(card["kind"] == "force");
        CHECK(card["start"] == date);
    }
    CHECK_FALSE(eventsOn("2007-10-06").empty()); // peacekeeping agreement signed
}

TEST_CASE("Fact: chairmanships are dated relations", "[facts]")
{
    const auto russia = show("Russia");
    bool from2019 = false;
    for (const auto &r : russia["relations"]) {
        if (r["type"] == "chairs" && r["start"] == "2019-11-28") {
            from2019 = true;
            CHECK(r["end"] == "2020-12-02");
        }
    }
    CHECK(from2019);
    const auto tajikistan = show("Tajikistan");
    bool from2020 = false;
    for (const auto &r : tajikistan["relations"])
        from2020 |= r["type"] == "chairs" && r["start"] == "2020-12-02";
    CHECK(from2020);
}

TEST_CASE("Fact: Secretaries General and their terms", "[facts]")
{
    const auto zas = show("Stanislav Zas");
    CHECK(zas["kind"] == "person");
    bool secretaryGeneral = false;
    for (const auto &r : zas["relations"]) {
        if (r["type"] == "holds_office" && r["role"] == "Secretary General") {
            secretaryGeneral = true;
            CHECK(r["start"] == "2020-01-01");
        }
    }
    CHECK(secretaryGeneral);
    const auto tasmagambetov = show("Imangali Tasmagambetov");
    bool held = false;
    for (const auto &r : tasmagambetov["relations"])
        held |= r["type"] == "holds_office" && r["role"] == "Secretary General";
    CHECK(held);
}

TEST_CASE("Fact: the meetings of 2014, 2019 and 2020", "[facts]")
{
    const auto moscow = eventOn("2014-12-22", "");
    CHECK_THAT(moscow["place"].get<std::string>(), Catch::Contains("Moscow"));
    const auto bishkek = eventOn("2019-05-22", "");
    CHECK_THAT(bishkek["place"].get<std::string>(), Catch::Contains("Bishkek"));
    CHECK_FALSE(eventsOn("2019-11-28").empty());
    const auto video = eventOn("2020-12-02", "");
    CHECK(hasParticipant(video, "collective-security-council"));
}

TEST_CASE("Fact: the October anti-drug operation and its figures, year not stated", "[facts]")
{
    const auto all = runCli({"--db", kDb, "timeline", "--json"}).json()["events"];
    const Json *operation = nullptr;
    for (const auto &e : all) {
        if (e["date"] == "--10-21" && e["end"] == "--10-25")
            operation = &e;
    }
    REQUIRE(operation);
    const auto card = show((*operation)["id"]);
    CHECK_THAT(card["summary"].get<std::string>(), Catch::Contains("590"));
    CHECK_THAT(card["date_text"].get<std::string>(), Catch::Contains("year not stated"));
}

TEST_CASE("Fact: csto-kb show tells a current period from one whose end no source gives", "[facts]")
{
    const auto result = runCli({"--db", kDb, "show", "tajikistan"});
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("from December 2014, end not stated"));
    CHECK_THAT(result.out, Catch::Contains("from 2 December 2020, current"));
    CHECK_THAT(result.out, !Catch::Contains("from December 2014\n"));
}

TEST_CASE("Fact: csto-kb show words an entity's own period as the card does", "[facts]")
{
    // The CSTO: a source says it exists as of the latest sources.
    const auto csto = runCli({"--db", kDb, "show", "csto"});
    REQUIRE(csto.exitCode == 0);
    CHECK_THAT(csto.out,
               Catch::Contains("Dates: from 14 May 2002, current (sources up to December 2020)\n"));
    // The Collective Rapid Deployment Forces: a start, and no source says they still exist.
    const auto crdf = runCli({"--db", kDb, "show", "collective-rapid-deployment-forces"});
    REQUIRE(crdf.exitCode == 0);
    CHECK_THAT(crdf.out, Catch::Contains("Dates: from 25 May 2001, end not stated\n"));
    // A document's start is the date it was adopted: a date, not a period that runs on.
    const auto charter = runCli({"--db", kDb, "show", "csto-charter"});
    REQUIRE(charter.exitCode == 0);
    CHECK_THAT(charter.out, Catch::Contains("Date: 7 October 2002\n"));
    CHECK_THAT(charter.out, !Catch::Contains("Dates:"));
}
