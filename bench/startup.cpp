// SPDX-License-Identifier: MIT
// 1. Start-up to the first painted window on the synthetic file, against a bare Qt window.
#include "measure.h"
#include "process.h"

#include <stdexcept>

namespace csto::bench {
namespace {

double firstPaintMs(const std::filesystem::path &program, const std::vector<std::string> &args,
                    const std::filesystem::path &settingsDir)
{
    auto environment = windowEnvironment(settingsDir);
    environment["CSTO_BENCH_LAUNCH_NS"] = std::to_string(monotonicNanoseconds());
    const ChildResult child = runChild(program, args, environment);
    const auto at = child.output.find("first-paint-ms ");
    if (child.exitCode != 0 || at == std::string::npos)
        throw std::runtime_error(program.filename().string() +
                                 " did not report its first paint (exit " +
                                 std::to_string(child.exitCode) + ")");
    return std::stod(child.output.substr(at + 15));
}

} // namespace

std::vector<Result> runStartup(const Context &context)
{
    const auto settings = context.workDir / "settings";
    std::filesystem::create_directories(settings);
    const int runs = context.quick ? 3 : 9;
    std::vector<double> app;
    std::vector<double> bare;
    for (int i = 0; i < runs; ++i) {
        // Alternating, so both see the same machine load.
        app.push_back(firstPaintMs(context.binDir / "csto-atlas",
                                   {"--db", context.synthFile.string()}, settings));
        bare.push_back(firstPaintMs(context.binDir / "csto-bench-bare-window", {}, settings));
    }
    Result result{
        "start-up to first paint (median)", median(app), "ms", median(bare), "ratio <= 1.5", false};
    result.ok = *result.ratio() <= 1.5;
    return {result};
}

} // namespace csto::bench
