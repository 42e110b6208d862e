// SPDX-License-Identifier: MIT
#pragma once

#include "support/tempdir.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace csto::test {

struct CliResult
{
    int exitCode = -1;
    std::string out;
    std::string err;

    [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(out); }
};

inline std::string shellQuote(const std::string &text)
{
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs a shell command line and returns what it printed on stdout (for pdftotext and friends).
inline std::string commandOutput(const std::string &commandLine)
{
    std::string output;
    FILE *pipe = popen(commandLine.c_str(), "r");
    if (!pipe)
        return output;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        output.append(buffer, n);
    pclose(pipe);
    return output;
}

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

    CliResult result;
    FILE *pipe = popen(("env " + command).c_str(), "r");
    if (!pipe)
        return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.out.append(buffer, n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = readFile(scratch / "stderr");
    return result;
}

} // namespace csto::test
