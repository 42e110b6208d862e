// SPDX-License-Identifier: MIT
// The Importer on texts of its own (the real articles are imported in tests/data and tests/cli).
#include "support/pathologicalarticles.h"
#include "support/tempdir.h"

#include <core/database.h>
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/importer.h>
#include <core/sqliteknowledgebase.h>
#include <core/textkey.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

using namespace csto;

TEST_CASE("A new article's text and proposals belong to the source made for it", "[import]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadWrite));
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

TEST_CASE("Imported text is stored in NFC and its offsets are bytes of the stored text", "[import]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    SqliteKnowledgeBase kb(schema::open(dir / "kb.db", schema::Access::ReadWrite));
    Importer importer(kb);

    // ё and é typed as a letter and a combining mark: each stored as one code point, three bytes
    // shorter in all, before the mention.
    const std::string text = "Объедине\xCC\x88нная организация and the Cafe\xCC\x81 group: "
                             "the High Council met in Ruritania on 14 May 2002.\n";
    const std::string composed = toNfc(text);
    REQUIRE(composed.size() == text.size() - 3);
    const auto report = importer.importText(text, "decomposed.txt", {});
    REQUIRE(report.status == ImportReport::Status::Imported);
    CHECK(kb.article(report.sourceId)->text == composed);
    const auto council = std::find_if(report.mentions.begin(), report.mentions.end(),
                                      [](const auto &m) { return m.entity == "high-council"; });
    REQUIRE(council != report.mentions.end());
    CHECK(composed.substr(council->offset, council->length) == "High Council");
    CHECK(council->offset == composed.find("High Council"));
    // The same article composed the other way is the same article.
    CHECK(importer.importText(composed, "composed.txt", {}).status ==
          ImportReport::Status::Duplicate);
}

TEST_CASE("Articles with lines of a megabyte are imported or refused, never a crash",
          "[import][hostile]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadWrite));
    Importer importer(kb);
    for (const auto &article : test::pathologicalArticles()) {
        const auto start = std::chrono::steady_clock::now();
        const auto report = importer.importText(article.text, article.name + ".txt", {});
        const auto seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        INFO(article.name << ": " << toString(report.status) << " " << report.error << " in "
                          << seconds << " s");
        if (report.status == ImportReport::Status::Error) {
            CHECK_FALSE(report.error.empty());
            continue;
        }
        REQUIRE(report.status == ImportReport::Status::Imported);
        auto stored = kb.database().prepare("SELECT a.text FROM articles a JOIN sources s ON "
                                            "s.id = a.source_id WHERE s.slug = ?");
        stored.bind(1, report.sourceId);
        REQUIRE(stored.step());
        CHECK(stored.text(0) == article.text);
        CHECK(report.title.size() < 200);
    }
}

TEST_CASE("An article that is only a byte-order mark and blanks is refused as empty",
          "[import][hostile]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadWrite));
    Importer importer(kb);
    for (const std::string text :
         {"\xEF\xBB\xBF", "\xEF\xBB\xBF \n\t\r\n", "\xEF\xBB\xBF\xC2\xA0\n",
          "\xEF\xBB\xBF\xE2\x80\x8B\xEF\xBB\xBF"}) {
        const auto report = importer.importText(text, "bom.txt", {});
        CHECK(report.status == ImportReport::Status::Error);
        CHECK_THAT(report.error, Catch::Contains("empty"));
    }
    auto sources = kb.database().prepare("SELECT count(*) FROM articles");
    REQUIRE(sources.step());
    CHECK(sources.integer(0) == 0);
}

TEST_CASE("A batch of articles is imported all or nothing: a stop rolls every one back", "[import]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 3; ++i) {
        files.push_back(dir / ("article-" + std::to_string(i) + ".txt"));
        std::ofstream(files.back()) << "The High Council met in Ruritania on " << 10 + i
                                    << " May 2002.\n\nArticle number " << i << ".\n";
    }
    const auto sources = [&] {
        return SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadOnly)).sources().size();
    };
    const auto before = sources();
    {
        auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadWrite));
        std::size_t read = 0;
        const auto batch = Importer(kb).importBatch(
            files, {}, [&] { return read < 2; }, [&](std::size_t done) { read = done; });
        CHECK_FALSE(batch.committed);
        CHECK(batch.reports.size() == 2);
    }
    CHECK(sources() == before);
    {
        auto kb = SqliteKnowledgeBase(schema::open(dir / "kb.db", schema::Access::ReadWrite));
        std::vector<std::size_t> heard;
        const auto batch = Importer(kb).importBatch(
            files, {}, [] { return true; }, [&](std::size_t done) { heard.push_back(done); });
        CHECK(batch.committed);
        CHECK(heard == std::vector<std::size_t>{1, 2, 3});
    }
    CHECK(sources() == before + 3);
}
