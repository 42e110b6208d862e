// SPDX-License-Identifier: MIT
#include "gazetteer.h"

#include "../utf8.h"
#include "wordforms.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <tuple>

namespace csto::extract {
namespace {

// Letters and digits of any script continue a word; punctuation (curly quotes and dashes
// included) and spaces end it.
bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return std::isalnum(static_cast<int>(c)) != 0;
    return !((c >= 0xA0 && c <= 0xBF) || (c >= 0x2000 && c <= 0x206F) ||
             (c >= 0x3000 && c <= 0x303F) || c == 0xFFFD);
}

constexpr std::array<bool, 128> kAsciiWordCharacters = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[static_cast<std::size_t>(c)] =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return table;
}();

// For each byte: an ASCII letter or digit folded to lower case, 0 for the ASCII bytes that end
// a word, 1 for the bytes of longer characters (decided on the slow path).
constexpr unsigned char kEndsWord = 0;
constexpr unsigned char kNotAscii = 1;
constexpr std::array<unsigned char, 256> kFoldedByte = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const auto at = static_cast<std::size_t>(c);
        if (c >= 0x80)
            table[at] = kNotAscii;
        else if (kAsciiWordCharacters[at])
            table[at] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return table;
}();

// The length in bytes of the character at `at` and whether it continues a word. Cyrillic (lead
// bytes D0 and D1) is the common case past ASCII and needs no decoding.
std::pair<std::size_t, bool> characterAt(std::string_view text, std::size_t at)
{
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80)
        return {1, kAsciiWordCharacters[byte]};
    if ((byte == 0xD0 || byte == 0xD1) && at + 1 < text.size() &&
        (static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80)
        return {2, true};
    const auto decoded = utf8::decode(text.substr(at));
    return {decoded.length, isWordCharacter(decoded.codePoint)};
}

// Calls `visit(start, end)` for each word of `text`.
template <typename Visitor> void forEachWord(std::string_view text, Visitor &&visit)
{
    std::size_t at = 0;
    while (at < text.size()) {
        auto [length, word] = characterAt(text, at);
        if (!word) {
            at += length;
            continue;
        }
        const std::size_t start = at;
        while (word) {
            at += length;
            if (at == text.size())
                break;
            std::tie(length, word) = characterAt(text, at);
        }
        visit(start, at);
    }
}

bool isWordCharacterBefore(std::string_view text, std::size_t offset)
{
    if (offset == 0)
        return false;
    std::size_t previous = offset - 1;
    while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80)
        --previous;
    return characterAt(text, previous).second;
}

// Appends `text` folded (see foldCase) to `out`.
void appendFolded(std::string &out, std::string_view text)
{
    const std::size_t from = out.size();
    out.append(text);
    for (std::size_t i = from; i < out.size(); ++i) {
        auto &c = reinterpret_cast<unsigned char &>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c + 32);
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < out.size()) {
            auto &d = reinterpret_cast<unsigned char &>(out[i + 1]);
            if (c == 0xD0 && d >= 0x90 && d <= 0x9F) { // А..П -> а..п
                d = static_cast<unsigned char>(d + 0x20);
            } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) { // Р..Я -> р..я
                c = 0xD1;
                d = static_cast<unsigned char>(d - 0x20);
            } else if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91)) { // Ё, ё -> е
                c = 0xD0;
                d = 0xB5;
            }
            ++i;
        }
    }
}

bool isWhiteSpace(std::string_view text)
{
    if (text.empty())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') { // no-break space
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

// Upper-case Latin or Cyrillic (А..Я, Ё) at the start of `word`.
bool startsWithCapital(std::string_view word)
{
    const auto c = static_cast<unsigned char>(word[0]);
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    if (word.size() < 2)
        return false;
    const auto d = static_cast<unsigned char>(word[1]);
    return c == 0xD0 && ((d >= 0x90 && d <= 0xAF) || d == 0x81);
}

// "ОДКБ", "CSTO": capitals and no lower-case letter (Latin, Cyrillic а..я or ё).
bool isInCapitals(std::string_view word)
{
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        const auto next = i + 1 < word.size() ? static_cast<unsigned char>(word[i + 1]) : 0;
        if ((c >= 'a' && c <= 'z') || (c == 0xD0 && next >= 0xB0) ||
            (c == 0xD1 && next >= 0x80 && next <= 0x9F))
            return false;
    }
    return foldCase(word) != word;
}

} // namespace

std::string foldCase(std::string_view text)
{
    std::string folded;
    appendFolded(folded, text);
    return folded;
}

int Gazetteer::wordId(const std::string &folded)
{
    const auto [it, added] = m_wordIds.try_emplace(folded, static_cast<int>(m_wordIds.size()));
    if (added)
        m_rootChild.push_back(-1);
    return it->second;
}

int Gazetteer::child(int node, int word) const
{
    if (node == 0)
        return m_rootChild[static_cast<std::size_t>(word)];
    const auto &next = m_nodes[static_cast<std::size_t>(node)].next;
    const auto it =
        std::lower_bound(next.begin(), next.end(), std::pair(word, 0),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    return it != next.end() && it->first == word ? it->second : -1;
}

void Gazetteer::add(std::string_view name, std::int64_t entityRowId)
{
    addName(name, entityRowId, true);
    for (const auto &adjective : stateAdjectiveForms(foldCase(name)))
        addName(adjective, entityRowId, false);
}

void Gazetteer::addName(std::string_view name, std::int64_t entityRowId, bool inflect)
{
    std::vector<std::pair<std::size_t, std::size_t>> words;
    forEachWord(name, [&](std::size_t start, std::size_t end) { words.emplace_back(start, end); });
    if (words.empty())
        return;
    std::size_t characters = 0;
    utf8::forEachCodePoint(name, [&](char32_t, std::string_view, bool) { ++characters; });
    Name entry{std::string(name),
               {},
               std::string(name.substr(0, words.front().first)),
               std::string(name.substr(words.back().second)),
               entityRowId,
               characters <= 3,
               false};
    int node = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto [start, end] = words[i];
        const std::string_view original = name.substr(start, end - start);
        if (i > 0) {
            const auto between = name.substr(words[i - 1].second, start - words[i - 1].second);
            entry.separators.emplace_back(isWhiteSpace(between) ? std::string_view{} : between);
        }
        const std::string folded = foldCase(original);
        const int word = wordId(folded);
        const auto forms = inflect && !entry.caseSensitive && !isInCapitals(original)
                               ? russianWordForms(folded, words.size() > 1)
                               : std::vector<std::string>{folded};
        if (words.size() == 1 && forms.size() > 1)
            entry.capitalised = startsWithCapital(original);
        for (const auto &form : forms) {
            auto &matches = m_forms[form];
            if (std::none_of(matches.begin(), matches.end(),
                             [&](const WordMatch &m) { return m.word == word; }))
                matches.push_back({word, form != folded});
            m_longestForm = std::max(m_longestForm, form.size());
        }
        int next = child(node, word);
        if (next < 0) {
            next = static_cast<int>(m_nodes.size());
            m_nodes.emplace_back();
            if (node == 0) {
                m_rootChild[static_cast<std::size_t>(word)] = next;
            } else {
                auto &edges = m_nodes[static_cast<std::size_t>(node)].next;
                edges.insert(std::upper_bound(
                                 edges.begin(), edges.end(), std::pair(word, 0),
                                 [](const auto &a, const auto &b) { return a.first < b.first; }),
                             {word, next});
            }
        }
        node = next;
    }
    m_nodes[static_cast<std::size_t>(node)].names.push_back(static_cast<int>(m_names.size()));
    m_names.push_back(std::move(entry));
}

namespace {

// Room for the longest word looked up, and eight bytes more: hashOf reads whole words.
constexpr std::size_t kWordBuffer = 256;
using WordBuffer = std::array<char, kWordBuffer + 8>;

// A hash of folded bytes, eight at a time (the gazetteer hashes every word of a text). Reads up
// to seven bytes past `length`, which must be readable; they do not count.
std::uint64_t hashOf(const char *bytes, std::size_t length)
{
    constexpr std::uint64_t kFactor = 0x9E3779B97F4A7C15ull;
    std::uint64_t hash = length * kFactor;
    for (;; bytes += 8) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, bytes, 8);
        if (length < 8) {
            chunk &= (std::uint64_t{1} << (8 * length)) - 1;
            hash = (hash ^ chunk) * kFactor;
            return hash ^ (hash >> 32);
        }
        hash = (hash ^ chunk) * kFactor;
        hash ^= hash >> 29;
        length -= 8;
    }
}

} // namespace

void Gazetteer::build()
{
    std::size_t capacity = 16;
    while (capacity < m_forms.size() * 4)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_filter.fill(0);
    m_keys.clear();
    m_matches.clear();
    for (const auto &[form, matches] : m_forms) {
        if (form.size() > kWordBuffer)
            continue;
        WordBuffer padded{};
        std::copy(form.begin(), form.end(), padded.begin());
        const std::uint64_t hash = hashOf(padded.data(), form.size());
        m_filter[(hash >> 48) / 64] |= std::uint64_t{1} << ((hash >> 48) % 64);
        std::size_t at = hash & (capacity - 1);
        while (m_slots[at].matchCount > 0)
            at = (at + 1) & (capacity - 1);
        m_slots[at] = {hash, static_cast<std::uint32_t>(m_keys.size()),
                       static_cast<std::uint32_t>(form.size()),
                       static_cast<std::uint32_t>(m_matches.size()),
                       static_cast<std::uint32_t>(matches.size())};
        m_keys += form;
        m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    }
}

const Gazetteer::Slot *Gazetteer::lookUp(std::uint64_t hash, const char *folded,
                                         std::size_t length) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.matchCount == 0)
            return nullptr;
        if (slot.hash == hash && slot.keyLength == length &&
            std::memcmp(m_keys.data() + slot.key, folded, length) == 0)
            return &slot;
    }
}

// One pass over the text: each word folded and hashed as it is read, then looked up. Only the
// words some name has become tokens.
std::vector<Gazetteer::Token> Gazetteer::tokenize(std::string_view text) const
{
    std::vector<Token> tokens;
    if (m_slots.empty())
        return tokens;
    tokens.reserve(text.size() / 32);
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    // A word longer than the longest form is never looked up, so its bytes may wrap around.
    WordBuffer folded{};
    const std::size_t longest = std::min(m_longestForm, kWordBuffer);
    std::size_t index = 0;
    std::size_t at = 0;
    while (at < size) {
        // Skip to the next word.
        const unsigned char first = bytes[at];
        if (kFoldedByte[first] == kEndsWord) {
            ++at;
            continue;
        }
        if (kFoldedByte[first] == kNotAscii && !((first == 0xD0 || first == 0xD1) &&
                                                 at + 1 < size && (bytes[at + 1] & 0xC0) == 0x80)) {
            const auto [length, word] = characterAt(text, at);
            if (!word) {
                at += length;
                continue;
            }
        }
        const std::size_t start = at;
        std::size_t length = 0;
        while (at < size) {
            const unsigned char c = bytes[at];
            const unsigned char lower = kFoldedByte[c];
            if (lower > kNotAscii) {
                folded[length++ % kWordBuffer] = static_cast<char>(lower);
                ++at;
                continue;
            }
            if (lower == kEndsWord)
                break;
            if ((c == 0xD0 || c == 0xD1) && at + 1 < size && (bytes[at + 1] & 0xC0) == 0x80) {
                unsigned char lead = c;
                unsigned char trail = bytes[at + 1];
                if (lead == 0xD0 && trail >= 0x90 && trail <= 0x9F) { // А..П -> а..п
                    trail = static_cast<unsigned char>(trail + 0x20);
                } else if (lead == 0xD0 && trail >= 0xA0 && trail <= 0xAF) { // Р..Я -> р..я
                    lead = 0xD1;
                    trail = static_cast<unsigned char>(trail - 0x20);
                } else if ((lead == 0xD0 && trail == 0x81) || (lead == 0xD1 && trail == 0x91)) {
                    lead = 0xD0; // Ё, ё -> е
                    trail = 0xB5;
                }
                folded[length++ % kWordBuffer] = static_cast<char>(lead);
                folded[length++ % kWordBuffer] = static_cast<char>(trail);
                at += 2;
                continue;
            }
            const auto [characterLength, word] = characterAt(text, at);
            if (!word)
                break;
            for (std::size_t k = 0; k < characterLength; ++k)
                folded[length++ % kWordBuffer] = static_cast<char>(bytes[at + k]);
            at += characterLength;
        }
        if (length <= longest) {
            const std::uint64_t hash = hashOf(folded.data(), length);
            if ((m_filter[(hash >> 48) / 64] >> ((hash >> 48) % 64) & 1) != 0) {
                if (const Slot *slot = lookUp(hash, folded.data(), length))
                    tokens.push_back({start, at, index, slot->matches, slot->matchCount});
            }
        }
        ++index;
    }
    return tokens;
}

bool Gazetteer::fits(const Name &name, std::string_view text, const std::vector<Token> &tokens,
                     std::size_t first, std::size_t last, bool inflected) const
{
    for (std::size_t k = first; k < last; ++k) {
        const auto between = text.substr(tokens[k].end, tokens[k + 1].start - tokens[k].end);
        const auto &separator = name.separators[k - first];
        if (separator.empty() ? !isWhiteSpace(between) : between != separator)
            return false;
    }
    if (tokens[first].start < name.lead.size())
        return false;
    const std::size_t start = tokens[first].start - name.lead.size();
    const std::size_t end = tokens[last].end + name.trail.size();
    if (end > text.size() || text.substr(start, name.lead.size()) != name.lead ||
        text.substr(tokens[last].end, name.trail.size()) != name.trail)
        return false;
    if (!name.lead.empty() && isWordCharacterBefore(text, start))
        return false;
    if (!name.trail.empty() && end < text.size() && characterAt(text, end).second)
        return false;
    if (name.caseSensitive && text.substr(start, end - start) != name.original)
        return false;
    return !(name.capitalised && inflected && !startsWithCapital(text.substr(tokens[first].start)));
}

std::vector<Mention> Gazetteer::find(std::string_view text) const
{
    const auto tokens = tokenize(text);
    std::vector<Mention> result;
    // The name nodes reached by the words so far, with whether the first word was inflected.
    std::vector<std::pair<int, bool>> reached;
    std::vector<std::pair<int, bool>> following;
    std::size_t reachedEnd = 0; // of the mentions kept so far
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        reached.assign(1, {0, false});
        std::optional<Mention> longest;
        for (std::size_t last = first; last < tokens.size() && !reached.empty(); ++last) {
            if (last > first && tokens[last].index != tokens[last - 1].index + 1)
                break; // a word no name has stands between
            following.clear();
            const Token &token = tokens[last];
            for (const auto &[node, inflected] : reached) {
                for (std::uint32_t k = 0; k < token.matchCount; ++k) {
                    const WordMatch &match = m_matches[token.matches + k];
                    if (const int next = child(node, match.word); next >= 0)
                        following.emplace_back(next, last == first ? match.inflected : inflected);
                }
            }
            reached.swap(following);
            for (const auto &[node, inflected] : reached) {
                for (const int index : m_nodes[static_cast<std::size_t>(node)].names) {
                    const auto &name = m_names[static_cast<std::size_t>(index)];
                    if (!fits(name, text, tokens, first, last, inflected))
                        continue;
                    const std::size_t start = tokens[first].start - name.lead.size();
                    longest = Mention{start, tokens[last].end + name.trail.size() - start,
                                      name.entityRowId};
                    break;
                }
            }
        }
        if (!longest)
            continue;
        // Leftmost-longest, without overlaps: a name starting inside the one kept before and
        // reaching beyond it replaces it if longer.
        const Mention &mention = *longest;
        if (!result.empty() && mention.offset < reachedEnd) {
            if (mention.offset + mention.length > reachedEnd &&
                mention.length > result.back().length) {
                reachedEnd = mention.offset + mention.length;
                result.back() = mention;
            }
            continue;
        }
        result.push_back(mention);
        reachedEnd = mention.offset + mention.length;
    }
    return result;
}

} // namespace csto::extract
