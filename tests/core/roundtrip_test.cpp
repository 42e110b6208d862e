// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/schema.h>

#include <catch2/catch.hpp>

using namespace csto;
using csto::test::TempDir;

namespace {

std::string exportFile(const std::filesystem::path &db)
{
    auto database = schema::open(db, schema::Access::ReadOnly);
    return serialiseDataset(loadDataset(database));
}

// build(data) -> export -> build -> export: the two exports must be identical, byte for byte.
void checkRoundTrip(const std::filesystem::path &data)
{
    TempDir dir;
    buildKnowledgeBaseFile(readDataset(data), dir / "first.db");
    const std::string first = exportFile(dir / "first.db");
    dir.write("export/kb.json", first);
    buildKnowledgeBaseFile(readDataset(dir / "export"), dir / "second.db");
    const std::string second = exportFile(dir / "second.db");
    CHECK(first.size() == second.size());
    CHECK(first == second);

    const auto original = readDataset(data);
    const auto exported = readDataset(dir / "export");
    CHECK(original.entities.size() == exported.entities.size());
    CHECK(original.events.size() == exported.events.size());
    CHECK(original.relations.size() == exported.relations.size());
    CHECK(original.sources.size() == exported.sources.size());
}

} // namespace

TEST_CASE("export -> build -> export round-trips the test fixture", "[export]")
{
    checkRoundTrip(CSTO_FIXTURES_DIR "/mini");
}

TEST_CASE("export -> build -> export round-trips the bundled knowledge base", "[export]")
{
    checkRoundTrip(CSTO_KB_DATA_DIR);
}

TEST_CASE("The export has the contract's shape", "[export]")
{
    TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    const std::string text = exportFile(dir / "kb.db");
    CHECK_THAT(text, Catch::StartsWith("{\n  \"format\": \"csto-atlas/1\",\n  \"sources\": ["));
    for (const char *key : {"\"publisher\"", "\"published\"", "\"language\"", "\"kind\"",
                            "\"aliases\"", "\"parent\"", "\"summary\"", "\"start\"", "\"end\"",
                            "\"participants\"", "\"place\"", "\"role\"", "\"from\"", "\"to\""})
        CHECK_THAT(text, Catch::Contains(key));
}

TEST_CASE("Export keeps \"ongoing\", and an end not stated stays so", "[export]")
{
    TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_KB_DATA_DIR), dir / "kb.db");
    auto database = schema::open(dir / "kb.db", schema::Access::ReadOnly);
    const Dataset exported = loadDataset(database);
    const auto chair = [&](std::string_view from, std::string_view start) {
        for (const auto &r : exported.relations) {
            if (r.type == "chairs" && r.from == from && r.start && r.start->toIso() == start)
                return r;
        }
        FAIL("no chairmanship of " << from << " from " << start);
        return RelationRecord{};
    };
    CHECK(chair("tajikistan", "2020-12-02").ongoing);
    CHECK_FALSE(chair("tajikistan", "2014-12").ongoing);
    const auto entity = [&](std::string_view id) {
        for (const auto &e : exported.entities) {
            if (e.id == id)
                return e;
        }
        FAIL("no entity " << id);
        return EntityRecord{};
    };
    CHECK(entity("csto").ongoing);
    CHECK_FALSE(entity("collective-air-forces").ongoing);
    const std::string text = serialiseDataset(exported);
    CHECK_THAT(text, Catch::Contains("\"end\": null,\n      \"ongoing\": true,"));
    CHECK_THAT(text, Catch::Contains("\"end\": null,\n      \"ongoing\": false,"));
}
