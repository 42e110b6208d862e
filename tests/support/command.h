// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace csto::test {

inline std::string shellQuote(const std::string &text)
{
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

struct CommandResult
{
    int exitCode = -1;
    std::string output; // what it printed on stdout
};

// Runs a shell command line, capturing its standard output and exit code.
inline CommandResult runCommand(const std::string &commandLine)
{
    CommandResult result;
    FILE *pipe = popen(commandLine.c_str(), "r");
    if (!pipe)
        return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.output.append(buffer, n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// Runs a shell command line and returns what it printed on stdout (for pdftotext and friends).
inline std::string commandOutput(const std::string &commandLine)
{
    return runCommand(commandLine).output;
}

} // namespace csto::test
