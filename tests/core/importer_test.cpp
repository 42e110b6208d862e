// SPDX-License-Identifier: MIT
// The Importer on texts of its own (the real articles are imported in tests/data and tests/cli).
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/importer.h>
#include <core/knowledgebase.h>

#include <catch2/catch.hpp>

using namespace csto;

TEST_CASE("A new article's text and proposals belong to the source made for it", "[import]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    auto kb = KnowledgeBase::open(dir / "kb.db", schema::Access::ReadWrite);
    Importer importer(kb);

    // Enough search entries exist that an FTS5 row id differs from every source's row id.
    const std::string text = "The High Council met in Ruritania on 14 May 2002.\n\n"
                             "The Committee of Secretaries reported to the High Council.\n";
    const auto report = importer.importText(text, "new.txt", {});
    REQUIRE(report.status == ImportReport::Status::Imported);
    REQUIRE_FALSE(report.events.empty());

    auto stored = kb.database().prepare(
        "SELECT s.slug, a.text FROM articles a JOIN sources s ON s.id = a.source_id");
    REQUIRE(stored.step());
    CHECK(stored.text(0) == report.sourceId);
    CHECK(stored.text(1) == text);
    CHECK_FALSE(stored.step());

    auto proposals = kb.database().prepare("SELECT DISTINCT s.slug FROM proposals p JOIN sources "
                                           "s ON s.id = p.source_id");
    REQUIRE(proposals.step());
    CHECK(proposals.text(0) == report.sourceId);
    CHECK_FALSE(proposals.step());
}
