// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/integritycheck.h>
#include <core/schema.h>

#include <catch2/catch.hpp>

using namespace csto;

namespace {

std::filesystem::path buildFixture(const test::TempDir &dir)
{
    const auto path = dir / "kb.db";
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), path);
    return path;
}

bool mentions(const CheckReport &report, const std::string &text)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const auto &p) { return p.problem.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("check: a sound knowledge base passes, read-only, without writing", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    const auto before = test::readFile(path);
    auto db = schema::open(path, schema::Access::ReadOnly);
    const auto report = checkKnowledgeBase(db);
    CHECK(report.ok());
    CHECK(report.passed.size() == 7);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("check: finds a gap in the search index and stray evidence", "[check]")
{
    test::TempDir dir;
    const auto path = buildFixture(dir);
    {
        auto db = schema::open(path, schema::Access::ReadWrite);
        db.execScript("DELETE FROM search_index WHERE ref_type = 'entity' AND ref_id = 1;"
                      "INSERT INTO evidence(source_id, fact_type, fact_id, byte_offset, "
                      "byte_length) VALUES (1, 'event', 999, 0, 5);");
    }
    auto db = schema::open(path, schema::Access::ReadOnly);
    const auto report = checkKnowledgeBase(db);
    CHECK_FALSE(report.ok());
    CHECK(mentions(report, "entity treaty-org is missing from the search index"));
    CHECK(mentions(report, "evidence 1 (event 999) cites an article whose text is missing"));
}
