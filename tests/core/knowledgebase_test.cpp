// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/knowledgebase.h>

#include <catch2/catch.hpp>

using namespace csto;

namespace {

struct Fixture
{
    test::TempDir dir;
    KnowledgeBase kb = open();

    KnowledgeBase open()
    {
        buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
        return KnowledgeBase::open(dir / "kb.db", schema::Access::ReadOnly);
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
    CHECK_FALSE(kb.findEntity("").has_value());
    CHECK(kb.findEvent("2014-council-session")->title == "Council session");
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

TEST_CASE_METHOD(Fixture, "Counts", "[kb]")
{
    const auto counts = kb.counts();
    CHECK(counts.entities.at(EntityKind::Body) == 2);
    CHECK(counts.events == 4);
    CHECK(counts.relations == 3);
    CHECK(counts.sources == 2);
    CHECK(kb.metaValue("built_at").has_value());
}
