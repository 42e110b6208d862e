// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace csto::cli {

// A mistake in how the program was called; reported with exit code 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The options one command accepts: those taking a value (--db FILE, -o FILE) and plain flags.
struct OptionSpec
{
    std::set<std::string> withValue;
    std::set<std::string> flags;
};

// A parsed command line: `csto-kb [global options] COMMAND [options] [arguments]`.
//   csto-kb --db kb.db show "Collective Security Council" --json
//     -> command "show", values {--db: kb.db}, flags {--json}, positionals {Collective ...}
// Options may come before or after the command and take their value as `--opt VALUE` or
// `--opt=VALUE`; `--` ends the options. Most options may be given once; the repeatable ones
// (--alias, --participant, --set, --add-alias, --remove-alias) collect every value.
class Arguments
{
public:
    Arguments(int argc, char **argv);

    [[nodiscard]] const std::string &command() const { return m_command; }
    [[nodiscard]] const std::vector<std::string> &positionals() const { return m_positionals; }
    [[nodiscard]] bool flag(const std::string &name) const { return m_flags.contains(name); }
    [[nodiscard]] std::optional<std::string> value(const std::string &name) const;
    // Every value of an option that may be repeated (--alias A --alias B), in the order given.
    [[nodiscard]] std::vector<std::string> values(const std::string &name) const;
    [[nodiscard]] std::optional<int> intValue(const std::string &name, int min, int max) const;

    // Throws UsageError for any option `spec` does not accept.
    void checkAllowed(const OptionSpec &spec) const;

private:
    std::string m_command;
    std::vector<std::string> m_positionals;
    std::vector<std::string> m_rawOptions;
    std::vector<std::string> m_tokens;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_repeatedValues;
    std::set<std::string> m_flags;
};

} // namespace csto::cli
