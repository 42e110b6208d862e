// SPDX-License-Identifier: MIT
#include "commandsupport.h"

#include <core/error.h>

namespace csto::cli {

std::string singlePositional(const Arguments &args, const char *what)
{
    if (args.positionals().size() != 1)
        throw UsageError(std::string("expected exactly one ") + what + " (see csto-kb " +
                         args.command() + " --help)");
    return args.positionals().front();
}

std::optional<PartialDate> dateOption(const Arguments &args, const std::string &name)
{
    const auto text = args.value(name);
    if (!text)
        return std::nullopt;
    try {
        return PartialDate::parse(*text);
    } catch (const DateError &error) {
        throw UsageError(name + ": " + error.what());
    }
}

std::optional<PartialDate> inputDateOption(const Arguments &args, const std::string &name)
{
    const auto text = args.value(name);
    if (!text)
        return std::nullopt;
    try {
        return PartialDate::parse(*text);
    } catch (const DateError &error) {
        throw InvalidInputError(name + ": " + error.what());
    }
}

void printJson(std::ostream &out, const json::Json &value)
{
    out << value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

} // namespace csto::cli
