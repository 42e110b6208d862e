// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace csto::extract {

struct Mention
{
    std::size_t offset = 0; // bytes into the searched text
    std::size_t length = 0;
    std::int64_t entityRowId = 0;
};

// Finds every name and alias of the knowledge base in a text at once, word by word: each word of
// the text, folded to lower case (Latin and Cyrillic, ё as е), is looked up among the words of
// the names and their Russian case forms (wordforms.h), and a name is found where its words
// follow one another with the same punctuation between them (any white space where the name has
// a space). So «Совета коллективной безопасности» and «Казахстане» are found for «Совет
// коллективной безопасности» and «Казахстан»; the mention covers the inflected words whole.
// Whole words only, and where names overlap the longest wins ("Collective Security Council" is
// one mention, not "Council"). Names of three characters or fewer ("UN", "CIS") and words in
// capitals («ОДКБ») are never inflected, and the short names match only as written, so ordinary
// words are not taken for acronyms. A one-word Russian name written with a capital is found in
// another case only when the text capitalises it too («Канала», not «канала» the channel). The
// Russian adjective of a state stands for the state («российский», «казахстанские»).
class Gazetteer
{
public:
    void add(std::string_view name, std::int64_t entityRowId);
    // Call once after the last add() and before find().
    void build();
    [[nodiscard]] std::vector<Mention> find(std::string_view text) const;
    [[nodiscard]] std::size_t size() const { return m_names.size(); }

private:
    // A name word a text word may stand for: `inflected` when the text word is another case
    // form of it.
    struct WordMatch
    {
        int word;
        bool inflected;
    };
    struct Name
    {
        std::string original;
        // Between the words: empty for white space, else the exact punctuation ("-" in
        // "Kassym-Jomart"). Before the first and after the last word: what must stand there.
        std::vector<std::string> separators;
        std::string lead;
        std::string trail;
        std::int64_t entityRowId;
        bool caseSensitive;
        bool capitalised; // one Cyrillic word starting with a capital
    };
    struct Node
    {
        std::vector<std::pair<int, int>> next; // (word, node), sorted by word
        std::vector<int> names;                // in the order added: the first that fits wins
    };
    // A word of the text that some name has.
    struct Token
    {
        std::size_t start;
        std::size_t end;
        std::size_t index; // among all the words of the text: consecutive words differ by one
        std::uint32_t matches;
        std::uint32_t matchCount;
    };
    // The folded forms, in an open-addressing table built by build(): the lookup of every word
    // of a text is the hot loop.
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t key = 0; // offset into m_keys
        std::uint32_t keyLength = 0;
        std::uint32_t matches = 0; // offset into m_matches
        std::uint32_t matchCount = 0;
    };

    void addName(std::string_view name, std::int64_t entityRowId, bool inflect);
    [[nodiscard]] int wordId(const std::string &folded);
    [[nodiscard]] int child(int node, int word) const;
    [[nodiscard]] const Slot *lookUp(std::uint64_t hash, const char *folded,
                                     std::size_t length) const;
    [[nodiscard]] std::vector<Token> tokenize(std::string_view text) const;
    [[nodiscard]] bool fits(const Name &name, std::string_view text,
                            const std::vector<Token> &tokens, std::size_t first, std::size_t last,
                            bool inflected) const;

    std::unordered_map<std::string, std::vector<WordMatch>> m_forms; // until build()
    std::unordered_map<std::string, int> m_wordIds;
    std::vector<int> m_rootChild; // by word: the node its names start at, or -1
    std::vector<Node> m_nodes{Node{}};
    std::vector<Name> m_names;
    std::vector<Slot> m_slots; // a power of two, at most a quarter full
    // One bit for each value of a form's hash's top 16 bits: most words of a text are no form,
    // and the filter says so without a probe.
    std::array<std::uint64_t, 1024> m_filter{};
    std::string m_keys;
    std::vector<WordMatch> m_matches;
    std::size_t m_longestForm = 0;
};

// Text with ASCII and Cyrillic letters lower-cased and ё as е, byte for byte the same length.
[[nodiscard]] std::string foldCase(std::string_view text);

} // namespace csto::extract
