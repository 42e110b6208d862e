// SPDX-License-Identifier: MIT
#include "fuzztargets.h"

#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/error.h>
#include <core/extract/analysis.h>
#include <core/sqliteknowledgebase.h>
#include <core/schema.h>
#include <core/searchquery.h>

#include <cstdlib>
#include <iostream>

namespace csto::fuzz {
namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::cerr << "fuzz check failed: " << what << "\n";
        std::abort();
    }
}

} // namespace

void datasetLoader(std::string_view input)
{
    Dataset dataset;
    try {
        dataset = parseDataset(input, "fuzz.json");
        validateDataset(dataset);
    } catch (const DataError &) {
        return; // refused with a message: what invalid input should get
    }
    const std::string exported = serialiseDataset(dataset);
    // What was accepted exports, reads back and exports again the same.
    require(serialiseDataset(parseDataset(exported, "export.json")) == exported,
            "export -> parse -> export is not stable");
    auto db = Database::inMemory();
    schema::createAtVersion(db, schema::kCurrentVersion);
    Transaction transaction(db);
    insertDataset(db, dataset);
    require(serialiseDataset(loadDataset(db)) == exported, "store -> export differs");
}

void dateParser(std::string_view input)
{
    if (const auto date = PartialDate::tryParse(input)) {
        require(PartialDate::parse(date->toIso()) == *date, "date does not round-trip");
        require(date->firstDayKey() <= date->lastDayKey(), "date span is inverted");
        (void)date->toHuman();
    }
    for (const auto &context :
         {extract::DateContext{},
          extract::DateContext{PartialDate::parse("2014-12-22"), 2018, std::nullopt},
          extract::DateContext{PartialDate::parse("--06-17"), std::nullopt, 2021}}) {
        for (const auto &mention : extract::findDates(input, context)) {
            require(mention.offset + mention.length <= input.size(), "date outside the text");
            if (mention.end)
                require(mention.date.firstDayKey() <= mention.end->lastDayKey(),
                        "date range ends before it starts");
        }
    }
}

void articlePipeline(std::string_view input)
{
    static const extract::Gazetteer gazetteer = [] {
        extract::Gazetteer g;
        g.add("Collective Security Council", 1);
        g.add("Council", 2);
        g.add("CSTO", 3);
        g.add("Канал", 4);
        g.add("UN", 5);
        g.build();
        return g;
    }();
    // Text that is not UTF-8 is tried as Windows-1251, as a user who declares it would; empty
    // and binary input is refused by both, which is the right answer, not a finding.
    std::string text;
    try {
        text = extract::decodeArticle(input, extract::Encoding::Utf8, "fuzz.txt").text;
    } catch (const DataError &) {
        try {
            text = extract::decodeArticle(input, extract::Encoding::Windows1251, "fuzz.txt").text;
        } catch (const DataError &) {
            return;
        }
    }
    const auto analysis = extract::analyseArticle(text, gazetteer, std::nullopt);
    for (const auto &m : analysis.mentions)
        require(m.offset + m.length <= text.size(), "mention outside the text");
    for (const auto &e : analysis.events) {
        require(e.evidence.end() <= text.size(), "evidence outside the text");
        require(!e.participants.empty(), "event without participants");
    }
    for (const auto &e : analysis.entities)
        require(e.evidence.end() <= text.size(), "entity evidence outside the text");
}

void searchQuery(std::string_view input)
{
    static SqliteKnowledgeBase kb = [] {
        auto db = Database::inMemory();
        schema::createAtVersion(db, schema::kCurrentVersion);
        insertDataset(db, parseDataset(R"({"format": "csto-atlas/1",
            "sources": [{"id": "s", "publisher": "P", "title": "T", "language": "en"}],
            "entities": [{"id": "a", "kind": "operation", "name": "Channel",
                          "aliases": ["Kanal", "Канал"], "summary": "An operation.",
                          "sources": ["s"]}]})",
                                       "seed.json"));
        return SqliteKnowledgeBase(std::move(db));
    }();
    const std::string query = toFtsPrefixQuery(input);
    require(query.size() <= 4 * kMaxQueryBytes, "query grew unbounded");
    (void)kb.search(input, 20); // must never throw: every term is quoted
}

} // namespace csto::fuzz
