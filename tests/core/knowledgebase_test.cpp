// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/sqliteknowledgebase.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace csto;

namespace {

struct Fixture
{
    test::TempDir dir;
    SqliteKnowledgeBase kb = open();

    SqliteKnowledgeBase open()
    {
        buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
        return SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadOnly));
    }

    std::vector<std::string> timelineIds(const TimelineFilter &filter)
    {
        std::vector<std::string> ids;
        for (const auto &e : kb.timeline(filter))
            ids.push_back(e.id);
        return ids;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Entities are found by id, name or alias, case-insensitively", "[kb]")
{
    CHECK(kb.findEntity("high-council")->name == "High Council");
    CHECK(kb.findEntity("high council")->id == "high-council");
    CHECK(kb.findEntity("HC")->id == "high-council");
    CHECK(kb.findEntity("kanal")->id == "channel");
    CHECK(kb.findEntity("Канал")->id == "channel");
    CHECK_FALSE(kb.findEntity("nothing").has_value());
    CHECK_FALSE(kb.findEntity("High").has_value()); // a whole name, not a part
    CHECK_FALSE(kb.findEntity("").has_value());
    CHECK(kb.findEvent("2014-council-session")->title == "Council session");
}

TEST_CASE_METHOD(Fixture, "Names are found by their text key in any script and any case", "[kb]")
{
    // SQLite's NOCASE folds ASCII only; these need full case folding.
    CHECK(kb.findEntity("КАНАЛ")->id == "channel");
    CHECK(kb.findEntity("канал")->id == "channel");
    CHECK(kb.findEntity("руританИЯ")->id == "ruritania");
    // ё and е, in either case, and ё typed as е with a combining diaeresis.
    CHECK(kb.findEntity("объединенная организация")->id == "treaty-org");
    CHECK(kb.findEntity("ОБЪЕДИНЁННАЯ ОРГАНИЗАЦИЯ")->id == "treaty-org");
    CHECK(kb.findEntity("Объедине\xCC\x88нная организация")->id == "treaty-org");
    CHECK(kb.findEntity("TREATY organisation")->id == "treaty-org");
    CHECK_FALSE(kb.findEntity("объединенная").has_value());
    CHECK_FALSE(kb.findEntity("канал\xff").has_value()); // damaged input: no match, no error
}

TEST_CASE_METHOD(Fixture, "Cyrillic names are found by their Latin transliteration", "[kb]")
{
    // The fixture's Cyrillic aliases, written as a reader of Latin would type them.
    auto hits = kb.search("rurit", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "ruritania");
    hits = kb.search("obyedinennaya", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "treaty-org");
    CHECK(hits.front().matchedName);
    // The curated Latin alias still answers, and the Cyrillic one.
    CHECK(kb.search("kanal", 10).front().id == "channel");
    CHECK(kb.search("канал", 10).front().id == "channel");
}

TEST_CASE("A new entity with a Cyrillic name is found by key, Latin form and Latin id", "[kb]")
{
    test::TempDir dir;
    Dataset dataset = readDataset(CSTO_FIXTURES_DIR "/mini");
    EntityRecord envoy;
    envoy.id = "envoy";
    envoy.kind = EntityKind::Person;
    envoy.name = "Таалатбек Масадыков";
    envoy.aliases = {"Масадыков Т. Ё."};
    envoy.summary = "An envoy.";
    envoy.sources = dataset.entities.front().sources;
    dataset.entities.push_back(envoy);
    buildKnowledgeBaseFile(dataset, dir / "kb.db");
    SqliteKnowledgeBase kb(schema::open(dir / "kb.db", schema::Access::ReadOnly));
    CHECK(kb.findEntity("таалатбек масадыков")->id == "envoy");
    CHECK(kb.findEntity("МАСАДЫКОВ Т. Е.")->id == "envoy");
    const auto hits = kb.search("masadykov", 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().id == "envoy");
    CHECK(kb.search("Taalatbek Masad", 10).front().id == "envoy");
    CHECK(kb.search("МАСАДЫК", 10).front().id == "envoy");
}

TEST_CASE_METHOD(Fixture, "The tree: roots and children", "[kb]")
{
    const auto roots = kb.children(std::nullopt);
    std::vector<std::string> rootIds;
    for (const auto &r : roots)
        rootIds.push_back(r.id);
    CHECK(rootIds == std::vector<std::string>{"channel", "ruritania", "treaty-org"});
    const auto org = kb.findEntity("treaty-org");
    const auto children = kb.children(org->rowId);
    REQUIRE(children.size() == 2);
    CHECK(children[0].name == "Committee of Secretaries");
    CHECK(kb.childCount(org->rowId) == 2);
    CHECK(kb.entitiesOfKind(EntityKind::Body).size() == 2);
}

TEST_CASE_METHOD(Fixture, "Entity card: relations, events and sources", "[kb]")
{
    const auto card = kb.entityCard(kb.findEntity("ruritania")->rowId);
    REQUIRE(card);
    CHECK(card->aliases == std::vector<std::string>{"Руритания"});
    REQUIRE(card->relations.size() == 2);
    CHECK(card->relations[0].type == "member_of");
    CHECK(card->relations[1].type == "chairs");
    CHECK(card->relations[1].end->toIso() == "2020-12-02");
    REQUIRE(card->events.size() == 2);
    CHECK(card->events[0].id == "2002-05-14-founded");
    CHECK(card->sources.front().publisher == "Test Agency");

    const auto council = kb.entityCard(kb.findEntity("high-council")->rowId);
    CHECK(council->parent->id == "treaty-org");

    const auto event = kb.eventCard(kb.findEvent("2020-12-02-council-online")->rowId);
    REQUIRE(event->participants.size() == 2);
    CHECK(event->participants[1].entity.id == "ruritania");
    CHECK(event->participants[1].role == "chair");
    CHECK(event->place == "video conference");
    CHECK_FALSE(kb.entityCard(999999).has_value());
}

TEST_CASE_METHOD(Fixture, "Timeline: order, ranges, entity and descendants", "[kb]")
{
    CHECK(timelineIds({}) == std::vector<std::string>{"2002-05-14-founded", "2014-council-session",
                                                      "2020-12-02-council-online",
                                                      "undated-06-17-committee"});

    TimelineFilter range;
    range.from = PartialDate::parse("2014");
    range.to = PartialDate::parse("2020");
    CHECK(timelineIds(range) ==
          std::vector<std::string>{"2014-council-session", "2020-12-02-council-online"});
    range.from = PartialDate::parse("2014-06"); // the year-only event overlaps June 2014
    range.to = PartialDate::parse("2020-11");
    CHECK(timelineIds(range) == std::vector<std::string>{"2014-council-session"});

    TimelineFilter org;
    org.entityRowId = kb.findEntity("treaty-org")->rowId;
    CHECK(timelineIds(org).size() == 4);
    org.includeDescendants = false;
    CHECK(timelineIds(org) == std::vector<std::string>{"2002-05-14-founded"});
}

TEST_CASE_METHOD(Fixture, "Cards can hold the first events only; highlights take every one", "[kb]")
{
    const auto org = kb.findEntity("treaty-org")->rowId;
    const auto council = kb.findEntity("high-council")->rowId;
    const auto all = kb.entityCard(council);
    REQUIRE(all);
    REQUIRE(all->events.size() >= 2);
    CHECK(all->eventCount == all->events.size());
    const auto first = kb.entityCard(council, 1);
    REQUIRE(first);
    REQUIRE(first->events.size() == 1);
    CHECK(first->events.front().id == all->events.front().id);
    CHECK(first->eventCount == all->events.size());

    const auto ids = [&](std::int64_t rowId, bool descendants) {
        auto list = kb.eventIdsOf(rowId, descendants);
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    };
    TimelineFilter below;
    below.entityRowId = org;
    std::vector<std::int64_t> expected;
    for (const auto &e : kb.timeline(below))
        expected.push_back(e.rowId);
    std::sort(expected.begin(), expected.end());
    CHECK(ids(org, true) == expected);
    CHECK(ids(org, false).size() == 1);
}

TEST_CASE_METHOD(Fixture, "Counts", "[kb]")
{
    const auto counts = kb.counts();
    CHECK(counts.entities.at(EntityKind::Body) == 2);
    CHECK(counts.events == 4);
    CHECK(counts.relations == 3);
    CHECK(counts.sources == 2);
    CHECK(kb.metaValue("built_at").has_value());
}

TEST_CASE("Entities of a kind are read page by page in the tree's order", "[kb][tree]")
{
    test::TempDir dir;
    Dataset dataset;
    dataset.sources.push_back({"s", "P", std::nullopt, "T", "en", std::nullopt, std::nullopt, {}});
    // Names that differ only in case, repeated names and Cyrillic: the page boundaries must fall
    // between equal names without losing or repeating one.
    const std::vector<std::string> names = {"alpha", "Alpha", "ALPHA", "beta",  "Beta",  "gamma",
                                            "Delta", "delta", "Ёж",    "ёж",    "Омега", "omega",
                                            "zeta",  "Zeta",  "eta",   "alpha", "Gamma", "theta"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        EntityRecord person;
        person.id = "p" + std::to_string(i);
        person.kind = EntityKind::Person;
        person.name = names[i];
        person.summary = "x";
        person.sources = {"s"};
        dataset.entities.push_back(person);
    }
    buildKnowledgeBaseFile(dataset, dir / "kb.db");
    auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadOnly));
    constexpr EntityKind kPeople[] = {EntityKind::Person};

    const auto all = kb.treeEntriesOfKinds(kPeople, {});
    REQUIRE(all.size() == names.size());
    CHECK(kb.countOfKinds(kPeople) == static_cast<int>(names.size()));
    for (std::size_t pageSize : {1u, 2u, 3u, 5u, 7u}) {
        std::vector<std::int64_t> paged;
        KnowledgeBase::TreePage page;
        page.limit = pageSize;
        for (;;) {
            const auto entries = kb.treeEntriesOfKinds(kPeople, page);
            for (const auto &entry : entries)
                paged.push_back(entry.header.rowId);
            if (entries.size() < pageSize)
                break;
            page.after.emplace(entries.back().header.name, entries.back().header.rowId);
        }
        std::vector<std::int64_t> expected;
        for (const auto &entry : all)
            expected.push_back(entry.header.rowId);
        INFO("page size " << pageSize);
        CHECK(paged == expected);
    }
    // By name ignoring (ASCII) case: every spelling of alpha comes first.
    for (std::size_t i = 0; i < 4; ++i)
        CHECK((all[i].header.name == "alpha" || all[i].header.name == "Alpha" ||
               all[i].header.name == "ALPHA"));
}

TEST_CASE("The current-member rule reads \"ongoing\", not a missing end", "[kb]")
{
    test::TempDir dir;
    dir.write("data/kb.json", R"({
      "format": "csto-atlas/1",
      "sources": [{"id": "old", "publisher": "P", "published": "2014-12-22", "title": "T",
                   "language": "en"},
                  {"id": "new", "publisher": "P", "published": "2020-12-03", "title": "T",
                   "language": "en"},
                  {"id": "undated", "publisher": "P", "published": "--06-17", "title": "T",
                   "language": "en"}],
      "entities": [
        {"id": "org", "kind": "organisation", "name": "Org", "summary": "S.", "sources": ["new"]},
        {"id": "treaty", "kind": "document", "name": "Treaty", "summary": "S.", "sources": ["new"]},
        {"id": "current", "kind": "state", "name": "Current", "summary": "S.", "sources": ["new"]},
        {"id": "unstated", "kind": "state", "name": "Unstated", "summary": "S.", "sources": ["old"]},
        {"id": "left", "kind": "state", "name": "Left", "summary": "S.", "sources": ["old"]},
        {"id": "party", "kind": "state", "name": "Party", "summary": "S.", "sources": ["old"]}
      ],
      "relations": [
        {"type": "established", "from": "treaty", "to": "org", "sources": ["new"]},
        {"type": "member_of", "from": "current", "to": "org", "start": "2002", "ongoing": true,
         "sources": ["new"]},
        {"type": "member_of", "from": "unstated", "to": "org", "start": "2002", "sources": ["old"]},
        {"type": "member_of", "from": "left", "to": "org", "start": "2002", "end": "2012",
         "sources": ["old"]},
        {"type": "party_to", "from": "left", "to": "treaty", "start": "1992", "end": "1999",
         "sources": ["old"]},
        {"type": "party_to", "from": "party", "to": "treaty", "start": "1992", "ongoing": true,
         "sources": ["new"]},
        {"type": "chairs", "from": "unstated", "to": "org", "start": "2014-12", "ongoing": true,
         "sources": ["old"]}
      ]
    })");
    buildKnowledgeBaseFile(readDataset(dir / "data"), dir / "kb.db");
    auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadOnly));

    std::map<std::string, bool> current;
    for (const char *type : {"member_of", "party_to", "chairs"}) {
        for (const auto &r : kb.relationsOfType(type))
            current[r.type + " " + r.from.id] = isCurrentMembership(r);
    }
    CHECK(current.at("member_of current"));
    CHECK_FALSE(current.at("member_of unstated")); // no end, but no source says it runs on
    CHECK_FALSE(current.at("member_of left"));
    CHECK(current.at("party_to party"));
    CHECK_FALSE(current.at("chairs unstated")); // a current chair is not a membership

    const auto org = kb.findEntity("org");
    REQUIRE(org);
    const auto states = kb.memberStates(org->rowId);
    const auto ids = [](const std::vector<EntityHeader> &list) {
        std::vector<std::string> result;
        for (const auto &e : list)
            result.push_back(e.id);
        return result;
    };
    CHECK(ids(states.current) == std::vector<std::string>{"current", "party"});
    CHECK(ids(states.endNotStated) == std::vector<std::string>{"unstated"});
    CHECK(ids(states.former) == std::vector<std::string>{"left"});

    // What "current" is as of: the newest dated source; an undated one cannot count.
    const auto upTo = kb.sourcesUpTo();
    REQUIRE(upTo);
    CHECK(upTo->toIso() == "2020-12-03");
}
