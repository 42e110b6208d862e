// SPDX-License-Identifier: MIT
#pragma once

#include "arguments.h"

#include <iosfwd>

namespace csto::cli {

// Exit codes of csto-kb, documented in `csto-kb --help` and the README.
enum ExitCode : int
{
    kSuccess = 0,
    kNotFound = 1,      // nothing matched NAME|ID, or `check` found problems
    kUsage = 2,         // the command line is wrong
    kInvalidData = 3,   // an input file is invalid (JSON, dates, references)
    kDatabaseError = 4, // the database cannot be opened, is not ours, is newer, or fails
    kWriteError = 5,    // the output file cannot be written (nothing is left behind)
};

// Runs the command named in `args`, writing results to `out` and messages to `err`.
int runCommand(const Arguments &args, std::ostream &out, std::ostream &err);

} // namespace csto::cli
