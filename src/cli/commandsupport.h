// SPDX-License-Identifier: MIT
#pragma once

#include "arguments.h"
#include "jsonoutput.h"

#include <core/partialdate.h>

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

// What the commands of csto-kb share: reading their arguments and printing JSON.
namespace csto::cli {

// Input a write refuses before changing anything (an unknown id, a bad date); exit code 3, like
// the store's CurationError.
class InvalidInputError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The one positional argument a command takes; throws UsageError otherwise.
[[nodiscard]] std::string singlePositional(const Arguments &args, const char *what);

// A date option of a query (timeline --from): a bad date is a usage error.
[[nodiscard]] std::optional<PartialDate> dateOption(const Arguments &args, const std::string &name);
// A date option of a write (add --start): a bad date is invalid input, named with its option.
[[nodiscard]] std::optional<PartialDate> inputDateOption(const Arguments &args,
                                                         const std::string &name);

void printJson(std::ostream &out, const json::Json &value);

} // namespace csto::cli
