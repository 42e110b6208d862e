// SPDX-License-Identifier: MIT
#include "searchquery.h"

#include "textkey.h"
#include "utf8.h"

#include <vector>

namespace csto {
namespace {

// Code points that separate search terms: ASCII other than letters and digits, Latin-1
// punctuation and symbols, and the general punctuation, symbol, arrow, shape and CJK punctuation
// blocks. Everything else (letters of any script, digits) belongs to a term.
bool isSeparator(char32_t c)
{
    if (c < 0x80)
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFFF0 && c <= 0xFFFF) || c >= 0x1F000;
}

} // namespace

std::string normaliseForMatch(std::string_view text)
{
    const std::string key = textKey(text);
    std::string result;
    bool pendingSpace = false;
    utf8::forEachCodePoint(key, [&](char32_t c, std::string_view bytes, bool valid) {
        if (!valid || isSeparator(c)) {
            pendingSpace = !result.empty();
            return;
        }
        if (pendingSpace)
            result += ' ';
        pendingSpace = false;
        result.append(bytes);
    });
    return result;
}

std::string toFtsPrefixQuery(std::string_view userText)
{
    const std::string input = foldForSearch(utf8::truncate(userText, kMaxQueryBytes));
    std::vector<std::string> terms;
    std::string term;
    const auto flush = [&] {
        if (!term.empty() && terms.size() < kMaxQueryTerms)
            terms.push_back(std::move(term));
        term.clear();
    };
    utf8::forEachCodePoint(input, [&](char32_t c, std::string_view bytes, bool valid) {
        if (!valid || isSeparator(c))
            flush();
        else
            term.append(bytes);
    });
    flush();

    std::string query;
    for (const auto &t : terms) {
        if (!query.empty())
            query += ' ';
        // Terms hold no ASCII punctuation, so no quote needs doubling.
        query += '"' + t + "\"*";
    }
    return query;
}

std::string foldForSearch(std::string_view text)
{
    std::string folded = toNfc(text);
    for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
        if (folded[i] == '\xD1' && folded[i + 1] == '\x91') { // ё -> е
            folded[i] = '\xD0';
            folded[i + 1] = '\xB5';
        } else if (folded[i] == '\xD0' && folded[i + 1] == '\x81') { // Ё -> Е
            folded[i + 1] = '\x95';
        }
    }
    return folded;
}

std::string escapeLikePattern(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            result += '\\';
        result += c;
    }
    return result;
}

std::string sanitiseUtf8(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    utf8::forEachCodePoint(text, [&](char32_t, std::string_view bytes, bool valid) {
        result.append(valid ? bytes : std::string_view("\xEF\xBF\xBD"));
    });
    return result;
}

} // namespace csto
