// SPDX-License-Identifier: MIT
// csto-bench: the benchmarks of issue 7, each measured against its floor in the same run.
// `bench/run` builds and calls it; see bench/README.md.
#include "measure.h"

#include <core/synth/synthesis.h>

#include <QApplication>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace {

using namespace csto::bench;

struct Benchmark
{
    const char *name;
    std::function<std::vector<Result>(const Context &)> run;
};

const std::vector<Benchmark> &benchmarks()
{
    static const std::vector<Benchmark> list = {
        {"startup", runStartup},       {"search", runSearch},      {"timeline", runTimelineFrame},
        {"extraction", runExtraction}, {"tree", runTreeExpansion}, {"report", runReport},
        {"memory", runMemory},         {"import", runImport},      {"accept", runAcceptAll},
    };
    return list;
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer,
                  value >= 100  ? "%.0f"
                  : value >= 10 ? "%.1f"
                                : "%.2f",
                  value);
    return buffer;
}

void printTable(const std::vector<Result> &results)
{
    std::printf(
        "| benchmark | value | floor | ratio | target | ok |\n|---|---:|---:|---:|---|---|\n");
    for (const auto &r : results) {
        const auto ratio = r.ratio();
        std::printf(
            "| %s | %s %s | %s | %s | %s | %s |\n", r.name.c_str(), formatNumber(r.value).c_str(),
            r.unit.c_str(), r.floor ? (formatNumber(*r.floor) + " " + r.unit).c_str() : "–",
            ratio ? formatNumber(*ratio).c_str() : "–", r.target.c_str(), r.ok ? "yes" : "**no**");
    }
}

void printJson(const Result &r)
{
    nlohmann::ordered_json line = {
        {"name", r.name},
        {"value", r.value},
        {"unit", r.unit},
        {"floor", r.floor ? nlohmann::json(*r.floor) : nlohmann::json()},
        {"ratio", r.ratio() ? nlohmann::json(*r.ratio()) : nlohmann::json()},
        {"target", r.target},
        {"ok", r.ok}};
    std::cout << line.dump() << std::endl;
}

constexpr const char *kHelp =
    R"(Usage: csto-bench [--quick] [--json] [--only NAME[,NAME]] [--work DIR]

Runs the benchmarks on a synthetic knowledge base (made once and kept in DIR, by default
bench-data/ beside the build) and prints each figure beside its floor and target.
  --quick   small sizes, under a minute; figures are not judged
  --json    one JSON object per line instead of the table
  --only    some of: startup search timeline extraction tree report memory import accept
)";

} // namespace

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    bool json = false;
    Context context;
    std::vector<std::string> only;
    std::filesystem::path workDir;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick")
            context.quick = true;
        else if (arg == "--json")
            json = true;
        else if (arg == "--only" && i + 1 < argc) {
            std::stringstream names(argv[++i]);
            for (std::string name; std::getline(names, name, ',');)
                only.push_back(name);
        } else if (arg == "--work" && i + 1 < argc)
            workDir = argv[++i];
        else {
            std::cerr << kHelp;
            return arg == "--help" ? 0 : 2;
        }
    }
    QApplication app(argc, argv);
    context.binDir = std::filesystem::canonical("/proc/self/exe").parent_path();
    context.workDir = workDir.empty() ? context.binDir.parent_path() / "bench-data" : workDir;
    std::filesystem::create_directories(context.workDir);

    csto::synth::SynthOptions options;
    if (context.quick) {
        options.entities = 3000;
        options.events = 30000;
        options.articles = 300;
    }
    context.articleBytes = context.quick ? 5'000'000 : 200'000'000;
    context.importArticles = context.quick ? 50 : 1000;
    context.reportPages = context.quick ? 10 : 100;
    context.synthFile = context.workDir / ("synth-" + std::to_string(options.entities) + "-" +
                                           std::to_string(options.events) + "-" +
                                           std::to_string(options.articles) + ".db");
    if (!std::filesystem::exists(context.synthFile)) {
        std::cerr << "csto-bench: writing " << context.synthFile.string() << " (once)\n";
        csto::synth::synthesise(options, context.synthFile,
                                [](std::string_view phase, std::size_t done, std::size_t total) {
                                    if (done == total)
                                        std::cerr << "  " << phase << ": " << total << "\n";
                                });
    }

    std::vector<Result> results;
    int failures = 0;
    for (const auto &benchmark : benchmarks()) {
        if (!only.empty() && std::find(only.begin(), only.end(), benchmark.name) == only.end())
            continue;
        std::cerr << "csto-bench: " << benchmark.name << "\n";
        std::vector<Result> produced;
        try {
            produced = benchmark.run(context);
        } catch (const std::exception &error) {
            std::cerr << "csto-bench: " << benchmark.name << " failed: " << error.what() << "\n";
            ++failures;
            continue;
        }
        for (auto &r : produced) {
            if (context.quick)
                r.target += " (quick: not judged)";
            if (json)
                printJson(r);
            results.push_back(std::move(r));
        }
    }
    if (!json)
        printTable(results);
    // Quick runs prove the benchmarks build and run; only a benchmark that could not run fails.
    return failures == 0 ? 0 : 1;
}
