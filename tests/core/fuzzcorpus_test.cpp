// SPDX-License-Identifier: MIT
// Every input in fuzz/corpus, run through its fuzz target as part of the ordinary tests: what the
// fuzzers found once (and the seeds) keeps working.
#include "support/tempdir.h"

#include <catch2/catch.hpp>

#include <functional>
#include <fuzztargets.h>

namespace {

void runCorpus(const char *name, const std::function<void(std::string_view)> &target)
{
    const std::filesystem::path folder = std::filesystem::path(CSTO_FUZZ_CORPUS_DIR) / name;
    int inputs = 0;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        INFO(entry.path());
        target(csto::test::readFile(entry.path()));
        ++inputs;
    }
    CHECK(inputs >= 3);
}

} // namespace

TEST_CASE("Fuzz corpus: dataset loader", "[fuzz]")
{
    runCorpus("dataset", csto::fuzz::datasetLoader);
}

TEST_CASE("Fuzz corpus: date parser", "[fuzz]")
{
    runCorpus("dates", csto::fuzz::dateParser);
}

TEST_CASE("Fuzz corpus: article pipeline", "[fuzz]")
{
    runCorpus("article", csto::fuzz::articlePipeline);
}

TEST_CASE("Fuzz corpus: search query", "[fuzz]")
{
    runCorpus("search", csto::fuzz::searchQuery);
}
