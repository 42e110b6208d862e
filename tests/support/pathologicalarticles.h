// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace csto::test {

struct PathologicalArticle
{
    std::string name;
    std::string text;
};

// Articles with lines of a megabyte or more and no sentence end: each once overflowed the stack
// of the importer (std::regex recursed once per character, GCC bug 86164) or took minutes. They
// are generated here rather than stored, one to five megabytes each, under the 5 MB limit.
inline std::vector<PathologicalArticle> pathologicalArticles()
{
    constexpr std::size_t kMegabyte = 1024 * 1024;
    const auto repeated = [](const std::string &piece, std::size_t times) {
        std::string text;
        text.reserve(piece.size() * times);
        for (std::size_t i = 0; i < times; ++i)
            text += piece;
        return text;
    };
    return {
        {"one-word-line", std::string(kMegabyte, 'x') + "\n"},
        {"monday-digits", "Monday " + std::string(kMegabyte, '7') + "\n"},
        {"on-monday", repeated("on Monday ", 100000) + "\n"},
        {"capitalised-run", "In 2012 " + repeated("Council", kMegabyte / 7) + "\n"},
        {"cyrillic-hyphens", repeated("\u0412\u0437\u0430\u0438\u043c\u043e\u0434\u0435\u0439\u0441"
                                      "\u0442\u0432\u0438\u0435-",
                                      60000) +
                                 "\n"},
        // The same capitalised word repeated with spaces, and a post before a run of names: the
        // rules for proposed bodies and people see a megabyte of candidates.
        {"council-words", "In 2012 the " + repeated("Council ", kMegabyte / 8) + "met.\n"},
        {"president-names", "President " + repeated("Ivanov ", kMegabyte / 7) + "spoke.\n"},
    };
}

} // namespace csto::test
