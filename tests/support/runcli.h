// SPDX-License-Identifier: MIT
#pragma once

#include "support/command.h"
#include "support/tempdir.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace csto::test {

struct CliResult
{
    int exitCode = -1;
    std::string out;
    std::string err;

    [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(out); }
};

// Runs csto-kb with `args` (and `environment` assignments such as "HOME=/tmp/x" first),
// capturing stdout, stderr and the exit code.
inline CliResult runCli(const std::vector<std::string> &args,
                        const std::vector<std::string> &environment = {})
{
    TempDir scratch;
    std::string command;
    for (const auto &assignment : environment)
        command += shellQuote(assignment) + " ";
    command += shellQuote(CSTO_KB_BINARY);
    for (const auto &arg : args)
        command += " " + shellQuote(arg);
    command += " 2>" + shellQuote((scratch / "stderr").string());

    const auto run = runCommand("env " + command);
    return {run.exitCode, run.output, readFile(scratch / "stderr")};
}

} // namespace csto::test
