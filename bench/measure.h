// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace csto::bench {

// One line of the results table: a figure, the floor it is measured against in the same run,
// and the target it must meet.
struct Result
{
    std::string name;
    double value = 0;
    std::string unit;
    std::optional<double> floor; // same unit as value
    std::string target;          // in words, e.g. "ratio <= 1.5"
    bool ok = false;

    [[nodiscard]] std::optional<double> ratio() const
    {
        if (!floor || *floor <= 0)
            return std::nullopt;
        return value / *floor;
    }
};

struct Context
{
    bool quick = false;
    std::filesystem::path binDir;  // where csto-atlas and the bench programs are
    std::filesystem::path workDir; // synthetic files and scratch space
    std::filesystem::path synthFile;
    std::size_t articleBytes = 0; // text for the extraction benchmark
    std::size_t importArticles = 0;
    std::size_t reportPages = 0;
};

class Stopwatch
{
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    [[nodiscard]] double milliseconds() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// The q-quantile (0..1) of the samples, by the nearest-rank method.
[[nodiscard]] double quantile(std::vector<double> samples, double q);
[[nodiscard]] double median(std::vector<double> samples);

std::vector<Result> runStartup(const Context &context);
std::vector<Result> runSearch(const Context &context);
std::vector<Result> runTimelineFrame(const Context &context);
std::vector<Result> runExtraction(const Context &context);
std::vector<Result> runTreeExpansion(const Context &context);
std::vector<Result> runReport(const Context &context);
std::vector<Result> runMemory(const Context &context);
std::vector<Result> runImport(const Context &context);
std::vector<Result> runAcceptAll(const Context &context);

} // namespace csto::bench
