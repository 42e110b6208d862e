// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/sqliteknowledgebase.h>
#include <core/searchquery.h>

#include <catch2/catch.hpp>

using namespace csto;

TEST_CASE("User text becomes a safe FTS5 prefix query", "[search]")
{
    CHECK(toFtsPrefixQuery("kan") == "\"kan\"*");
    CHECK(toFtsPrefixQuery("Collective sec") == "\"Collective\"* \"sec\"*");
    CHECK(toFtsPrefixQuery("C++ AND \"x") == "\"C\"* \"AND\"* \"x\"*");
    CHECK(toFtsPrefixQuery("state-of-the-art") == "\"state\"* \"of\"* \"the\"* \"art\"*");
    CHECK(toFtsPrefixQuery("  ;--  ").empty());
    CHECK(toFtsPrefixQuery("").empty());
    CHECK(toFtsPrefixQuery("«Канал»") == "\"Канал\"*");
    CHECK(toFtsPrefixQuery("Наёмник") == "\"Наемник\"*");
    CHECK(foldForSearch("Ёлка ёж") == "Елка еж");
    CHECK(toFtsPrefixQuery("a\xff"
                           "b") == "\"a\"* \"b\"*");
    const std::string many(5000, 'x');
    CHECK(toFtsPrefixQuery(many).size() == kMaxQueryBytes + 3);
    std::string words;
    for (int i = 0; i < 40; ++i)
        words += "w" + std::to_string(i) + " ";
    CHECK(toFtsPrefixQuery(words) ==
          "\"w0\"* \"w1\"* \"w2\"* \"w3\"* \"w4\"* \"w5\"* \"w6\"* \"w7\"* \"w8\"* \"w9\"* "
          "\"w10\"* \"w11\"*");
}

TEST_CASE("Names are normalised for comparison", "[search]")
{
    CHECK(normaliseForMatch("Collective  Security-Council") == "collective security council");
    CHECK(normaliseForMatch("ОДКБ") == "одкб");
    CHECK(normaliseForMatch("  Наёмник! ") == "наемник");
    CHECK(normaliseForMatch("\xff").empty());
}

TEST_CASE("LIKE patterns and UTF-8 are escaped", "[search]")
{
    CHECK(escapeLikePattern("50%_a\\b") == "50\\%\\_a\\\\b");
    CHECK(sanitiseUtf8("ok \xC3\xA9 \xFF end") == "ok \xC3\xA9 \xEF\xBF\xBD end");
    CHECK(sanitiseUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // surrogate
    CHECK(sanitiseUtf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong
}

TEST_CASE("Search ranks names and aliases and survives hostile input", "[search]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadOnly));

    auto hits = kb.search("kan", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "channel");
    CHECK(hits.front().matchedName);

    hits = kb.search("канал", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "channel");
    CHECK(kb.search("КАНАЛ", 10).front().id == "channel");

    hits = kb.search("Канaл", 10); // a Latin "a" inside: no match, and no error
    CHECK(hits.empty());
    for (const char *spelling : {"объединенная", "ОБЪЕДИНЁН", "Объединённая"}) {
        hits = kb.search(spelling, 10); // ё and е are the same letter to search
        REQUIRE_FALSE(hits.empty());
        CHECK(hits.front().id == "treaty-org");
    }

    hits = kb.search("руританиЯ", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "ruritania");

    // An exact title: the event and the article share it; the event comes first.
    hits = kb.search("council meets online", 10);
    REQUIRE(hits.size() >= 2);
    CHECK(hits[0].id == "2020-12-02-council-online");
    CHECK(hits[1].type == SearchHit::Type::Source);
    hits = kb.search("high council", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "high-council");

    hits = kb.search("high coun", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "high-council");

    // A word only in an event's summary is found, ranked after name hits.
    hits = kb.search("video", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().id == "2020-12-02-council-online");

    const std::string hostile[] = {"\"",
                                   "\"\"",
                                   "'",
                                   "*",
                                   "NEAR(",
                                   "NEAR(a b, 2)",
                                   "AND",
                                   "OR NOT",
                                   "a AND",
                                   "(",
                                   ")",
                                   "{name}:x",
                                   "name:x",
                                   "^start",
                                   "x OR",
                                   "-",
                                   "+",
                                   "C++",
                                   "'; DROP TABLE entities; --",
                                   "1=1",
                                   "%_%",
                                   "\\",
                                   "\x01\x02",
                                   "\xff\xfe\xfd",
                                   "\xc3",
                                   "😀",
                                   "—",
                                   "\u00ab\u00bb",
                                   "state-of-the-art"};
    for (const auto &query : hostile)
        CHECK_NOTHROW(kb.search(query, 20));
    CHECK_NOTHROW(kb.search(std::string(10 * 1024, 'a'), 20));
    std::string tenKilobytesOfNoise;
    for (int i = 0; i < 10 * 1024; ++i)
        tenKilobytesOfNoise += static_cast<char>(i % 251 + 1);
    CHECK_NOTHROW(kb.search(tenKilobytesOfNoise, 20));
    CHECK(kb.search("", 10).empty());
    CHECK(kb.search("   ", 10).empty());
    CHECK(kb.search("kan", 0).empty());
    // The tables are still there after the SQL fragment.
    CHECK(kb.counts().entities.size() == 4);
}
