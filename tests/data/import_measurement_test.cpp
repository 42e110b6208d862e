// SPDX-License-Identifier: MIT
// The importer measured honestly: a knowledge base built from data/kb without its events imports
// the five source articles, and the proposed events are compared with the curated ones.
#include "support/articles.h"
#include "support/tempdir.h"

#include <core/sqliteknowledgebase.h>
#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/importer.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>

using namespace csto;

namespace {

std::vector<std::filesystem::path> articleFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(test::articlesDir())) {
        if (entry.path().extension() == ".txt")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool shareParticipant(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    return std::any_of(a.begin(), a.end(), [&](const auto &id) {
        return std::find(b.begin(), b.end(), id) != b.end();
    });
}

int count(SqliteKnowledgeBase &kb, const char *sql)
{
    auto stmt = kb.database().prepare(sql);
    return stmt.step() ? stmt.integer(0) : -1;
}

struct EventsRemoved
{
    test::TempDir dir;
    Dataset curated = readDataset(CSTO_KB_DATA_DIR);
    std::vector<EventRecord> events = curated.events;
    SqliteKnowledgeBase kb = build();

    SqliteKnowledgeBase build()
    {
        Dataset withoutEvents = curated;
        withoutEvents.events.clear();
        buildKnowledgeBaseFile(withoutEvents, dir / "kb.db");
        return SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadWrite));
    }
};

} // namespace

TEST_CASE_METHOD(EventsRemoved, "Self-measurement: recall >= 80% and precision >= 60%", "[import]")
{
    Importer importer(kb);
    std::vector<ImportReport::Event> proposals;
    for (const auto &file : articleFiles()) {
        const auto report = importer.importFile(file, {});
        INFO(file << ": " << report.error);
        REQUIRE(report.status == ImportReport::Status::Imported);
        proposals.insert(proposals.end(), report.events.begin(), report.events.end());
    }
    REQUIRE(events.size() >= 30);

    // Recall: a curated event is found when a proposal has its date at the same or a finer
    // precision and shares a participant with it.
    int found = 0;
    for (const auto &event : events) {
        const bool matched = std::any_of(proposals.begin(), proposals.end(), [&](const auto &p) {
            return p.date.isWithin(event.date) &&
                   shareParticipant(p.participants, event.participants);
        });
        found += matched ? 1 : 0;
        if (!matched)
            std::cout << "  not found: " << event.id << "\n";
    }
    // Precision: a proposal is right when its span overlaps a curated event's and they share a
    // participant.
    int right = 0;
    for (const auto &p : proposals) {
        const PartialDate &pLast = p.end ? *p.end : p.date;
        const bool matched = std::any_of(events.begin(), events.end(), [&](const auto &event) {
            const PartialDate &eLast = event.end ? *event.end : event.date;
            const bool overlap = p.date.hasYear() == event.date.hasYear() &&
                                 p.date.firstDayKey() <= eLast.lastDayKey() &&
                                 event.date.firstDayKey() <= pLast.lastDayKey();
            return overlap && shareParticipant(p.participants, event.participants);
        });
        right += matched ? 1 : 0;
        if (!matched)
            std::cout << "  unmatched proposal: " << p.date.toIso() << " " << p.title << "\n";
    }
    const double recall = static_cast<double>(found) / static_cast<double>(events.size());
    const double precision =
        proposals.empty() ? 0 : static_cast<double>(right) / static_cast<double>(proposals.size());
    std::cout << "self-measurement: recall " << found << "/" << events.size() << " = " << recall
              << ", precision " << right << "/" << proposals.size() << " = " << precision << "\n";
    CHECK(recall >= 0.8);
    CHECK(precision >= 0.6);
}

TEST_CASE_METHOD(EventsRemoved, "A second import is a duplicate and adds nothing", "[import]")
{
    Importer importer(kb);
    for (const auto &file : articleFiles())
        REQUIRE(importer.importFile(file, {}).status == ImportReport::Status::Imported);
    const auto before = std::make_tuple(count(kb, "SELECT count(*) FROM sources"),
                                        count(kb, "SELECT count(*) FROM proposals"),
                                        count(kb, "SELECT count(*) FROM article_mentions"));
    for (const auto &file : articleFiles())
        CHECK(importer.importFile(file, {}).status == ImportReport::Status::Duplicate);
    CHECK(std::make_tuple(count(kb, "SELECT count(*) FROM sources"),
                          count(kb, "SELECT count(*) FROM proposals"),
                          count(kb, "SELECT count(*) FROM article_mentions")) == before);
    // The curated sources got their text: no new source was made for them.
    CHECK(count(kb, "SELECT count(*) FROM sources") == 5);
    CHECK(count(kb, "SELECT count(*) FROM articles") == 5);
}

TEST_CASE_METHOD(EventsRemoved, "A failed import leaves the database as it was", "[import]")
{
    Importer importer(kb);
    const auto sources = count(kb, "SELECT count(*) FROM sources");
    for (const std::string &bad : {std::string("Council met \xff\xfe on 2 May 2020."),
                                   std::string(""), std::string("x\0y", 3)}) {
        const auto report = importer.importText(bad, "bad.txt", {});
        CHECK(report.status == ImportReport::Status::Error);
        CHECK_FALSE(report.error.empty());
    }
    const auto missing = importer.importFile(dir / "missing.txt", {});
    CHECK(missing.status == ImportReport::Status::Error);
    CHECK_THAT(missing.error, Catch::Contains("cannot read"));
    CHECK(count(kb, "SELECT count(*) FROM sources") == sources);
    CHECK(count(kb, "SELECT count(*) FROM proposals") == 0);
    CHECK(count(kb, "SELECT count(*) FROM articles") == 0);
}

TEST_CASE_METHOD(EventsRemoved, "Nothing enters until accepted; accepted facts cite the article",
                 "[import]")
{
    Importer importer(kb);
    const auto report = importer.importFile(articleFiles().at(3), {});
    REQUIRE(report.status == ImportReport::Status::Imported);
    REQUIRE_FALSE(report.events.empty());
    CHECK(kb.counts().events == 0);

    const auto &proposal = report.events.front();
    const auto id = importer.accept(proposal.proposalId);
    REQUIRE(id);
    CHECK(kb.counts().events == 1);
    const auto card = kb.eventCard(kb.findEvent(*id)->rowId);
    REQUIRE(card);
    CHECK(card->sources.front().id == report.sourceId);
    CHECK(card->header.date == proposal.date);
    CHECK(count(kb, "SELECT count(*) FROM evidence WHERE fact_type = 'event'") == 1);
    CHECK_FALSE(importer.accept(proposal.proposalId).has_value()); // not pending any more
    importer.reject(report.events.back().proposalId);
    CHECK(count(kb, "SELECT count(*) FROM proposals WHERE status = 'rejected'") == 1);
}

TEST_CASE_METHOD(EventsRemoved, "A cancelled batch of imports leaves nothing behind", "[import]")
{
    {
        const auto batch = kb.beginBatch(); // what the window holds while importing a batch
        Importer importer(kb);
        for (const auto &file : articleFiles())
            REQUIRE(importer.importFile(file, {}).status == ImportReport::Status::Imported);
        CHECK(count(kb, "SELECT count(*) FROM articles") == 5);
    } // cancelled: never committed
    CHECK(count(kb, "SELECT count(*) FROM articles") == 0);
    CHECK(count(kb, "SELECT count(*) FROM proposals") == 0);
    CHECK(count(kb, "SELECT count(*) FROM article_mentions") == 0);
    auto fts =
        kb.database().prepare("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
    CHECK_NOTHROW(fts.run());
}
