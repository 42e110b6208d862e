// SPDX-License-Identifier: MIT
#include "gazetteer.h"

#include "../utf8.h"

#include <queue>

#include <algorithm>

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

// True if a word character stands right before `offset` (the start of a match) or right at
// `end` (just after it).
bool touchesWord(std::string_view text, std::size_t offset, std::size_t end)
{
    if (offset > 0) {
        std::size_t previous = offset - 1;
        while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80)
            --previous;
        if (isWordCharacter(utf8::decode(text.substr(previous)).codePoint))
            return true;
    }
    return end < text.size() && isWordCharacter(utf8::decode(text.substr(end)).codePoint);
}

} // namespace

std::string foldCase(std::string_view text)
{
    std::string folded(text);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        auto &c = reinterpret_cast<unsigned char &>(folded[i]);
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c + 32);
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < folded.size()) {
            auto &d = reinterpret_cast<unsigned char &>(folded[i + 1]);
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
    return folded;
}

int Gazetteer::child(int node, unsigned char byte) const
{
    const auto &next = m_nodes[static_cast<std::size_t>(node)].next;
    const auto it =
        std::lower_bound(next.begin(), next.end(), std::pair(byte, 0),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    return it != next.end() && it->first == byte ? it->second : -1;
}

void Gazetteer::add(std::string_view name, std::int64_t entityRowId)
{
    if (name.empty())
        return;
    const std::string folded = foldCase(name);
    int node = 0;
    for (const char ch : folded) {
        const auto byte = static_cast<unsigned char>(ch);
        int next = child(node, byte);
        if (next < 0) {
            next = static_cast<int>(m_nodes.size());
            m_nodes.emplace_back();
            auto &edges = m_nodes[static_cast<std::size_t>(node)].next;
            edges.insert(
                std::upper_bound(edges.begin(), edges.end(), std::pair(byte, 0),
                                 [](const auto &a, const auto &b) { return a.first < b.first; }),
                {byte, next});
        }
        node = next;
    }
    std::size_t characters = 0;
    utf8::forEachCodePoint(name, [&](char32_t, std::string_view, bool) { ++characters; });
    m_names.push_back({std::string(name), name.size(), entityRowId, characters <= 3});
    auto &output = m_nodes[static_cast<std::size_t>(node)].output;
    // Two entities with the same name: the first added keeps it.
    if (output < 0)
        output = static_cast<int>(m_names.size()) - 1;
}

void Gazetteer::build()
{
    std::queue<int> pending;
    for (const auto &[byte, next] : m_nodes[0].next) {
        m_nodes[static_cast<std::size_t>(next)].fail = 0;
        pending.push(next);
    }
    while (!pending.empty()) {
        const int node = pending.front();
        pending.pop();
        for (const auto &[byte, next] : m_nodes[static_cast<std::size_t>(node)].next) {
            int fail = m_nodes[static_cast<std::size_t>(node)].fail;
            while (fail > 0 && child(fail, byte) < 0)
                fail = m_nodes[static_cast<std::size_t>(fail)].fail;
            const int target = child(fail, byte);
            auto &n = m_nodes[static_cast<std::size_t>(next)];
            n.fail = target >= 0 && target != next ? target : 0;
            const auto &f = m_nodes[static_cast<std::size_t>(n.fail)];
            n.dictionary = f.output >= 0 ? n.fail : f.dictionary;
            pending.push(next);
        }
    }
}

std::vector<Mention> Gazetteer::find(std::string_view text) const
{
    const std::string folded = foldCase(text);
    std::vector<Mention> all;
    int node = 0;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto byte = static_cast<unsigned char>(folded[i]);
        while (node > 0 && child(node, byte) < 0)
            node = m_nodes[static_cast<std::size_t>(node)].fail;
        const int next = child(node, byte);
        node = next < 0 ? 0 : next;
        for (int hit = m_nodes[static_cast<std::size_t>(node)].output >= 0
                           ? node
                           : m_nodes[static_cast<std::size_t>(node)].dictionary;
             hit > 0; hit = m_nodes[static_cast<std::size_t>(hit)].dictionary) {
            const auto &name =
                m_names[static_cast<std::size_t>(m_nodes[static_cast<std::size_t>(hit)].output)];
            const std::size_t end = i + 1;
            const std::size_t start = end - name.length;
            if (touchesWord(text, start, end))
                continue;
            if (name.caseSensitive && text.substr(start, name.length) != name.original)
                continue;
            all.push_back({start, name.length, name.entityRowId});
        }
    }
    // Leftmost-longest, without overlaps.
    std::sort(all.begin(), all.end(), [](const Mention &a, const Mention &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
    });
    std::vector<Mention> result;
    std::size_t reached = 0;
    for (const auto &mention : all) {
        if (!result.empty() && mention.offset < reached) {
            // A longer mention starting later inside the previous one is not possible here
            // except by overlap: keep the longer of the two.
            if (mention.offset + mention.length > reached &&
                mention.length > result.back().length) {
                reached = mention.offset + mention.length;
                result.back() = mention;
            }
            continue;
        }
        result.push_back(mention);
        reached = mention.offset + mention.length;
    }
    return result;
}

} // namespace csto::extract
