// SPDX-License-Identifier: MIT
// 8. Importing articles into the synthetic file, one transaction per article, against storing the
// same texts without analysis.
#include "measure.h"

#include <core/datasetstore.h>
#include <core/importer.h>
#include <core/sqliteknowledgebase.h>
#include <core/synth/articles.h>

#include <stdexcept>

namespace csto::bench {

std::vector<Result> runImport(const Context &context)
{
    const auto copy = context.workDir / "import.db";
    const auto floorCopy = context.workDir / "import-floor.db";
    for (const auto &target : {copy, floorCopy}) {
        std::filesystem::remove(target);
        std::filesystem::copy_file(context.synthFile, target);
    }
    std::vector<std::string> names;
    std::vector<std::string> places;
    {
        auto kb = SqliteKnowledgeBase(schema::open(context.synthFile, schema::Access::ReadOnly));
        auto stmt = kb.database().prepare("SELECT name, kind FROM entities ORDER BY id LIMIT 2000");
        while (stmt.step()) {
            names.push_back(stmt.text(0));
            if (stmt.text(1) == "state")
                places.push_back(stmt.text(0));
        }
    }
    const synth::ArticleWriter writer(987654321, names, places);
    std::vector<synth::SyntheticArticle> articles;
    for (std::size_t i = 0; i < context.importArticles; ++i)
        articles.push_back(writer.write(i));

    auto kb = SqliteKnowledgeBase(schema::open(copy, schema::Access::ReadWrite));
    Stopwatch setupWatch;
    Importer importer(kb);
    const double setupMs = setupWatch.milliseconds();
    Stopwatch watch;
    std::size_t imported = 0;
    std::string firstError;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const auto report =
            importer.importText(articles[i].text, "bench-" + std::to_string(i) + ".txt", {});
        imported += report.status == ImportReport::Status::Imported ? 1 : 0;
        if (firstError.empty() && report.status == ImportReport::Status::Error)
            firstError = report.error;
    }
    const double seconds = watch.milliseconds() / 1000;
    if (imported != articles.size())
        throw std::runtime_error("only " + std::to_string(imported) + " of " +
                                 std::to_string(articles.size()) +
                                 " articles were imported; first error: " + firstError);

    auto floorKb = SqliteKnowledgeBase(schema::open(floorCopy, schema::Access::ReadWrite));
    Database &db = floorKb.database();
    Stopwatch floorWatch;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        Transaction transaction(db);
        const auto &a = articles[i];
        const auto sourceRowId = insertSource(db, {"bench-floor-" + std::to_string(i),
                                                   a.publisher,
                                                   a.published,
                                                   a.title,
                                                   "en",
                                                   std::nullopt,
                                                   std::nullopt,
                                                   {}});
        insertArticleText(db, sourceRowId, a.title, a.publisher, a.text, "2026-01-01T00:00:00Z");
        transaction.commit();
    }
    const double floorSeconds = floorWatch.milliseconds() / 1000;
    for (const auto &target : {copy, floorCopy}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(target.string() + suffix);
    }
    const double count = static_cast<double>(articles.size());
    Result rate{"import " + std::to_string(articles.size()) + " articles, one transaction each",
                count / seconds,
                "articles/s",
                count / floorSeconds,
                "(reported; floor stores the text only)",
                true};
    Result setup{"importer start (gazetteer of every name and alias)",
                 setupMs,
                 "ms",
                 std::nullopt,
                 "(reported)",
                 true};
    return {rate, setup};
}

} // namespace csto::bench
