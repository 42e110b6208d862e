// SPDX-License-Identifier: MIT
// 7. Peak memory of the window with the synthetic file open and loaded, against the bare window.
#include "measure.h"
#include "process.h"

#include <stdexcept>

namespace csto::bench {
namespace {

double reportedPeakMiB(const ChildResult &child, const std::string &what)
{
    const auto at = child.output.find("peak-memory-kib ");
    if (at == std::string::npos)
        throw std::runtime_error(what + " did not report its peak memory");
    return std::stod(child.output.substr(at + 16)) / 1024.0;
}

} // namespace

std::vector<Result> runMemory(const Context &context)
{
    const auto settings = context.workDir / "settings";
    std::filesystem::create_directories(settings);
    auto environment = windowEnvironment(settings);
    environment["CSTO_BENCH_EXIT_WHEN_LOADED"] = "1";
    const auto app =
        runChild(context.binDir / "csto-atlas", {"--db", context.synthFile.string()}, environment);
    if (app.exitCode != 0)
        throw std::runtime_error("csto-atlas exited with " + std::to_string(app.exitCode));
    auto bareEnvironment = windowEnvironment(settings);
    bareEnvironment["CSTO_BENCH_LAUNCH_NS"] = std::to_string(monotonicNanoseconds());
    const auto bare = runChild(context.binDir / "csto-bench-bare-window", {}, bareEnvironment);
    Result result{"peak memory of the window, file loaded",
                  reportedPeakMiB(app, "csto-atlas"),
                  "MiB",
                  reportedPeakMiB(bare, "the bare window"),
                  "< 300 MiB",
                  false};
    result.ok = result.value < 300;
    return {result};
}

} // namespace csto::bench
