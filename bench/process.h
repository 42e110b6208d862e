// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace csto::bench {

struct ChildResult
{
    std::string output; // standard output
    int exitCode = -1;
};

// Runs `program` with `args` and the current environment plus `environment`, and waits for it.
ChildResult runChild(const std::filesystem::path &program, const std::vector<std::string> &args,
                     const std::map<std::string, std::string> &environment);

// Now, on the clock a child can read too (CLOCK_MONOTONIC), in nanoseconds.
[[nodiscard]] std::int64_t monotonicNanoseconds();

// The environment a window needs to run here: offscreen unless a display is set, and settings
// in a fresh directory so every run starts like a first start.
[[nodiscard]] std::map<std::string, std::string>
windowEnvironment(const std::filesystem::path &settingsDir);

} // namespace csto::bench
