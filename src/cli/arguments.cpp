// SPDX-License-Identifier: MIT
#include "arguments.h"

#include <charconv>

namespace csto::cli {
namespace {

// Options that take a value, for every command; knowing them lets the parser tell a value from a
// positional argument before it knows which command it is parsing.
const std::set<std::string> kValueOptions = {
    "--db",        "--data",        "--out",         "-o",         "--format",      "--limit",
    "--entity",    "--from",        "--to",          "--seed",     "--entities",    "--events",
    "--articles",  "--published",   "--page-size",   "--encoding", "--kind",        "--name",
    "--category",  "--parent",      "--summary",     "--start",    "--end",         "--source",
    "--note",      "--note-author", "--note-date",   "--date",     "--title",       "--place",
    "--type",      "--role",        "--as-alias-of", "--alias",    "--participant", "--set",
    "--add-alias", "--remove-alias"};

// Value options that may be given more than once, each time adding a value.
const std::set<std::string> kRepeatableOptions = {"--alias", "--participant", "--set",
                                                  "--add-alias", "--remove-alias"};

} // namespace

Arguments::Arguments(int argc, char **argv)
{
    bool optionsEnded = false;
    for (int i = 1; i < argc; ++i) {
        std::string token = argv[i];
        if (!optionsEnded && token == "--") {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && token.size() > 1 && token[0] == '-') {
            std::string name = token;
            std::optional<std::string> inlineValue;
            if (const auto eq = token.find('=');
                eq != std::string::npos && token.starts_with("--")) {
                name = token.substr(0, eq);
                inlineValue = token.substr(eq + 1);
            }
            m_rawOptions.push_back(name);
            if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= argc)
                        throw UsageError("option " + name + " needs a value");
                    inlineValue = argv[++i];
                }
                if (kRepeatableOptions.contains(name)) {
                    m_repeatedValues[name].push_back(*inlineValue);
                    continue;
                }
                if (m_values.contains(name))
                    throw UsageError("option " + name + " given twice");
                m_values[name] = *inlineValue;
            } else {
                if (inlineValue)
                    throw UsageError("option " + name + " takes no value");
                m_flags.insert(name);
            }
            continue;
        }
        if (m_command.empty())
            m_command = token;
        else
            m_positionals.push_back(token);
    }
}

std::optional<std::string> Arguments::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> Arguments::values(const std::string &name) const
{
    const auto it = m_repeatedValues.find(name);
    if (it == m_repeatedValues.end())
        return {};
    return it->second;
}

std::optional<int> Arguments::intValue(const std::string &name, int min, int max) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    int result = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (ec != std::errc() || end != text->data() + text->size() || result < min || result > max)
        throw UsageError(name + " expects a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not \"" + *text + "\"");
    return result;
}

void Arguments::checkAllowed(const OptionSpec &spec) const
{
    for (const auto &name : m_rawOptions) {
        if (name == "--help" || name == "-h" || name == "--db")
            continue;
        if (!spec.withValue.contains(name) && !spec.flags.contains(name))
            throw UsageError("unknown option " + name +
                             (m_command.empty() ? std::string()
                                                : " for '" + m_command + "' (see csto-kb " +
                                                      m_command + " --help)"));
    }
}

} // namespace csto::cli
