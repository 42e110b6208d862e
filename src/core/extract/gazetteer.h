// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace csto::extract {

struct Mention
{
    std::size_t offset = 0; // bytes into the searched text
    std::size_t length = 0;
    std::int64_t entityRowId = 0;
};

// Finds every name and alias of the knowledge base in a text at once (Aho–Corasick over text
// folded to lower case, Latin and Cyrillic, ё as е, so offsets stay those of the original):
// whole words only, and where names overlap the longest wins ("Collective Security Council" is
// one mention, not "Council"). Names of three characters or fewer ("UN", "CIS") match only as
// written, so ordinary words are not taken for acronyms.
class Gazetteer
{
public:
    void add(std::string_view name, std::int64_t entityRowId);
    // Call once after the last add() and before find().
    void build();
    [[nodiscard]] std::vector<Mention> find(std::string_view text) const;
    [[nodiscard]] std::size_t size() const { return m_names.size(); }

private:
    struct Node
    {
        std::vector<std::pair<unsigned char, int>> next; // sorted by byte
        int fail = 0;
        int output = -1;     // index into m_names of the longest name ending here
        int dictionary = -1; // next node on the fail chain with an output
    };
    struct Name
    {
        std::string original;
        std::size_t length;
        std::int64_t entityRowId;
        bool caseSensitive;
    };
    [[nodiscard]] int child(int node, unsigned char byte) const;

    std::vector<Node> m_nodes{Node{}};
    std::vector<Name> m_names;
};

// Text with ASCII and Cyrillic letters lower-cased and ё as е, byte for byte the same length.
[[nodiscard]] std::string foldCase(std::string_view text);

} // namespace csto::extract
