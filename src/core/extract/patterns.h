// SPDX-License-Identifier: MIT
#pragma once

// Regular expressions over article text. Article text is untrusted and a line may be megabytes
// long, so patterns are RE2's (linear in the text, no recursion), never libstdc++'s <regex>,
// which recurses once per character and overflows the stack on a long line (GCC bug 86164).

#include <cstddef>
#include <optional>
#include <re2/re2.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace csto::extract {

// One match: the whole match and each capturing group as offsets into the searched text; a group
// that took no part in the match is nullopt.
struct PatternMatch
{
    struct Group
    {
        std::size_t offset = 0;
        std::size_t length = 0;
    };
    std::vector<std::optional<Group>> groups; // [0] is the whole match

    [[nodiscard]] bool matched(std::size_t group) const { return groups.at(group).has_value(); }
    [[nodiscard]] std::size_t position(std::size_t group) const { return groups.at(group)->offset; }
    [[nodiscard]] std::size_t length(std::size_t group) const { return groups.at(group)->length; }
    [[nodiscard]] std::string_view in(std::string_view text, std::size_t group) const
    {
        return groups.at(group) ? text.substr(position(group), length(group)) : std::string_view();
    }
};

// A pattern compiled once. A pattern that does not compile is a programming error. Text is
// matched byte by byte (RE2's Latin-1 mode), as the standard library's regex did: the patterns are
// ASCII, and a class such as [^()/]{3,30} counts bytes, not UTF-8 characters.
class Pattern
{
public:
    explicit Pattern(const std::string &pattern) : m_re(pattern, options())
    {
        if (!m_re.ok())
            throw std::logic_error("invalid pattern " + pattern + ": " + m_re.error());
    }

    // The first match at or after `from`, as a standard regex search would find it (leftmost, then
    // the first alternative that matches).
    [[nodiscard]] std::optional<PatternMatch> search(std::string_view text,
                                                     std::size_t from = 0) const
    {
        return find(text, from, RE2::UNANCHORED);
    }

    // Whether the pattern occurs in the text, or matches all of it. Without groups to report, RE2
    // answers from its DFA alone: a megabyte line costs one pass.
    [[nodiscard]] bool occursIn(std::string_view text) const
    {
        return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), m_re);
    }
    [[nodiscard]] bool matchesWhole(std::string_view text) const
    {
        return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), m_re);
    }

    // Calls `visit(match)` for each non-overlapping match, left to right, as a standard
    // regex iterator would; `visit` returns false to stop.
    template <typename Visit> void forEachMatch(std::string_view text, Visit &&visit) const
    {
        std::size_t from = 0;
        while (from <= text.size()) {
            const auto match = search(text, from);
            if (!match || !visit(*match))
                return;
            const std::size_t end = match->position(0) + match->length(0);
            from = end > from ? end : from + 1; // an empty match must not repeat forever
        }
    }

private:
    static RE2::Options options()
    {
        RE2::Options options;
        options.set_encoding(RE2::Options::EncodingLatin1);
        options.set_log_errors(false);
        return options;
    }

    std::optional<PatternMatch> find(std::string_view text, std::size_t from,
                                     RE2::Anchor anchor) const
    {
        const int groupCount = 1 + m_re.NumberOfCapturingGroups();
        std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groupCount));
        const re2::StringPiece whole(text.data(), text.size());
        if (!m_re.Match(whole, from, text.size(), anchor, pieces.data(), groupCount))
            return std::nullopt;
        PatternMatch match;
        for (const auto &piece : pieces) {
            if (piece.data() == nullptr)
                match.groups.emplace_back();
            else
                match.groups.push_back(PatternMatch::Group{
                    static_cast<std::size_t>(piece.data() - text.data()), piece.size()});
        }
        return match;
    }

    RE2 m_re;
};

} // namespace csto::extract
