// SPDX-License-Identifier: MIT
// 4. Extraction throughput over synthetic articles, against grep -F -o -i -w -f with the same
// names on the same text.
#include "measure.h"
#include "process.h"

#include <core/extract/analysis.h>
#include <core/sqliteknowledgebase.h>
#include <core/synth/articles.h>

#include <fstream>
#include <stdexcept>

namespace csto::bench {

std::vector<Result> runExtraction(const Context &context)
{
    auto kb = SqliteKnowledgeBase(schema::open(context.synthFile, schema::Access::ReadOnly));
    std::vector<std::string> names;
    std::vector<std::string> places;
    auto stmt = kb.database().prepare("SELECT name, kind FROM entities ORDER BY id LIMIT 600");
    while (stmt.step()) {
        names.push_back(stmt.text(0));
        if (stmt.text(1) == "state")
            places.push_back(stmt.text(0));
    }
    extract::Gazetteer gazetteer;
    for (std::size_t i = 0; i < names.size(); ++i)
        gazetteer.add(names[i], static_cast<std::int64_t>(i + 1));
    gazetteer.build();

    const synth::ArticleWriter writer(17, names, places);
    std::vector<std::string> articles;
    std::size_t bytes = 0;
    for (std::uint64_t i = 0; bytes < context.articleBytes; ++i) {
        articles.push_back(writer.write(i).text);
        bytes += articles.back().size();
    }
    const double megabytes = static_cast<double>(bytes) / 1e6;

    const auto textFile = context.workDir / "extraction-text.txt";
    const auto patternFile = context.workDir / "extraction-names.txt";
    {
        std::ofstream text(textFile, std::ios::binary);
        for (const auto &a : articles)
            text << a << '\n';
        std::ofstream patterns(patternFile, std::ios::binary);
        for (const auto &n : names)
            patterns << n << '\n';
    }
    // grep must write its matches somewhere real: with its output on /dev/null it stops at the
    // first match. In a UTF-8 locale (-i folds Cyrillic too) it is the floor; in the C locale
    // (bytes, ASCII case only) it is shown for reference.
    const auto timedGrep = [&](const char *locale) {
        Stopwatch watch;
        const auto grep = runChild("/bin/sh",
                                   {"-c", "grep -F -o -i -w -f '" + patternFile.string() + "' '" +
                                              textFile.string() + "' | wc -l"},
                                   {{"LC_ALL", locale}});
        if (grep.exitCode != 0)
            throw std::runtime_error("grep failed with exit code " + std::to_string(grep.exitCode));
        return std::pair(watch.milliseconds() / 1000, std::stoul(grep.output));
    };
    const auto [grepSeconds, grepMatches] = timedGrep("C.UTF-8");
    const double byteGrepSeconds = timedGrep("C").first;
    std::filesystem::remove(textFile);

    std::size_t mentions = 0;
    Stopwatch gazetteerWatch;
    for (const auto &a : articles)
        mentions += gazetteer.find(a).size();
    const double gazetteerSeconds = gazetteerWatch.milliseconds() / 1000;

    std::size_t events = 0;
    Stopwatch pipelineWatch;
    for (const auto &a : articles)
        events += extract::analyseArticle(a, gazetteer, std::nullopt).events.size();
    const double pipelineSeconds = pipelineWatch.milliseconds() / 1000;
    if (mentions == 0 || events == 0)
        throw std::runtime_error("the extraction benchmark found nothing to extract");
    // The floor must have done the same work: grep's matches and ours differ only where names
    // overlap (grep reports each occurrence, the gazetteer the longest).
    if (grepMatches < mentions / 2 || grepMatches > mentions * 2)
        throw std::runtime_error("grep found " + std::to_string(grepMatches) +
                                 " names where the gazetteer found " + std::to_string(mentions));

    const double grepRate = megabytes / grepSeconds;
    const auto mb = std::to_string(static_cast<int>(megabytes + 0.5));
    Result matching{"gazetteer matching, " + mb + " MB, " + std::to_string(names.size()) + " names",
                    megabytes / gazetteerSeconds,
                    "MB/s",
                    grepRate,
                    "ratio >= 10 (vs grep)",
                    false};
    matching.ok = *matching.ratio() >= 10;
    Result pipeline{"whole extraction pipeline, " + mb + " MB",
                    megabytes / pipelineSeconds,
                    "MB/s",
                    grepRate,
                    "ratio >= 3 (vs grep)",
                    false};
    pipeline.ok = *pipeline.ratio() >= 3;
    const double byteGrepRate = megabytes / byteGrepSeconds;
    Result byteMatching{"gazetteer matching, against grep in the C locale",
                        matching.value,
                        "MB/s",
                        byteGrepRate,
                        "(for reference)",
                        true};
    Result bytePipeline{"whole pipeline, against grep in the C locale",
                        pipeline.value,
                        "MB/s",
                        byteGrepRate,
                        "(for reference)",
                        true};
    return {matching, pipeline, byteMatching, bytePipeline};
}

} // namespace csto::bench
