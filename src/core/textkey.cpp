// SPDX-License-Identifier: MIT
#include "textkey.h"

#include "error.h"
#include "searchquery.h"
#include "utf8.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unordered_map>

namespace csto {
namespace {

constexpr char16_t kSmallYo = 0x451; // ё; Ё folds to it
constexpr char16_t kSmallYe = 0x435; // е

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void requireSuccess(UErrorCode status, const char *what)
{
    if (U_FAILURE(status))
        throw Error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

// ICU replaces ill-formed UTF-8 by its own rule; replacing it first as sanitiseUtf8 does gives
// the same U+FFFD everywhere the program shows such text.
icu::UnicodeString fromUtf8(std::string_view text)
{
    if (utf8::firstInvalidByte(text)) {
        const std::string clean = sanitiseUtf8(text);
        return icu::UnicodeString::fromUTF8(
            icu::StringPiece(clean.data(), static_cast<std::int32_t>(clean.size())));
    }
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

std::string toUtf8(const icu::UnicodeString &text)
{
    std::string result;
    text.toUTF8String(result);
    return result;
}

const icu::Normalizer2 &nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *instance = icu::Normalizer2::getNFCInstance(status);
    requireSuccess(status, "loading NFC normalisation");
    return *instance;
}

icu::UnicodeString normalised(const icu::UnicodeString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString result = nfc().normalize(text, status);
    requireSuccess(status, "normalising text");
    return result;
}

// ICU 72's Cyrillic-Latin leaves these letters of Kazakh, Kyrgyz, Tajik, Uzbek and Bashkir as
// they are (and turns Ә into a Latin schwa that Latin-ASCII keeps); they get the plain letter of
// those languages' Latin alphabets.
constexpr const char16_t *kCentralAsianRules =
    u"Ә > A; ә > a; Ң > N; ң > n; Ө > O; ө > o; Ұ > U; ұ > u; Ү > U; ү > u; Һ > H; һ > h; "
    u"Ҳ > H; ҳ > h; Ҷ > J; ҷ > j; Ҡ > K; ҡ > k;";

// Russian first by BGN/PCGN, what is left by script; then the marks BGN writes for the soft and
// hard signs and between letters (ʹ ʺ ·) go, so a name reads as one word; then accents.
constexpr const char *kToLatin = "Russian-Latin/BGN; Any-Latin; "
                                 "[[[:Lm:][:Sk:]\\u00B7]-[\\u0000-\\u007F]] Remove; Latin-ASCII";

// Transliterator objects keep state while they work and are not thread-safe: one set per thread.
struct Transliterators
{
    std::unique_ptr<icu::Transliterator> centralAsian;
    std::unique_ptr<icu::Transliterator> toLatin;
};

Transliterators makeTransliterators()
{
    Transliterators made;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    made.centralAsian.reset(icu::Transliterator::createFromRules(
        "csto-CentralAsian-Latin", icu::UnicodeString(kCentralAsianRules), UTRANS_FORWARD,
        parseError, status));
    requireSuccess(status, "creating the Central Asian transliteration");
    made.toLatin.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(kToLatin),
                                                           UTRANS_FORWARD, parseError, status));
    requireSuccess(status, "creating the Latin transliteration");
    return made;
}

const Transliterators &threadTransliterators()
{
    thread_local const Transliterators transliterators = makeTransliterators();
    return transliterators;
}

} // namespace

std::string toNfc(std::string_view text)
{
    if (isAscii(text))
        return std::string(text);
    // Straight on UTF-8 (an article is megabytes, and almost always in NFC already).
    const std::string clean = utf8::firstInvalidByte(text) ? sanitiseUtf8(text) : std::string();
    const std::string_view valid = clean.empty() ? text : std::string_view(clean);
    const icu::StringPiece piece(valid.data(), static_cast<std::int32_t>(valid.size()));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc().isNormalizedUTF8(piece, status) && U_SUCCESS(status))
        return std::string(valid);
    std::string result;
    icu::StringByteSink<std::string> sink(&result, static_cast<std::int32_t>(valid.size()));
    status = U_ZERO_ERROR;
    nfc().normalizeUTF8(0, piece, sink, nullptr, status);
    requireSuccess(status, "normalising text");
    return result;
}

std::string textKey(std::string_view text)
{
    if (isAscii(text)) {
        std::string key(text);
        for (char &c : key) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
        return key;
    }
    // Folding can decompose (ǰ becomes j and a combining caron): normalise again after it.
    icu::UnicodeString key = normalised(fromUtf8(text));
    key.foldCase(U_FOLD_CASE_DEFAULT);
    key = normalised(key);
    key.findAndReplace(icu::UnicodeString(kSmallYo), icu::UnicodeString(kSmallYe));
    return toUtf8(key);
}

std::string latinTransliteration(std::string_view text)
{
    if (isAscii(text))
        return std::string(text);
    // ICU takes some 80 µs for a name, and the same words recur (in the names of a knowledge base,
    // in the hits of one search after another): words are transliterated once per thread. They
    // are split at ASCII spaces and punctuation, where no rule of the transliteration looks across.
    constexpr std::size_t kMaxCachedWords = 65536;
    thread_local std::unordered_map<std::string, std::string> cache;
    const auto &transliterators = threadTransliterators();
    const auto transliterated = [&](std::string_view word) -> const std::string & {
        if (const auto it = cache.find(std::string(word)); it != cache.end())
            return it->second;
        if (cache.size() >= kMaxCachedWords)
            cache.clear();
        icu::UnicodeString latin = normalised(fromUtf8(word));
        transliterators.centralAsian->transliterate(latin);
        transliterators.toLatin->transliterate(latin);
        return cache.emplace(std::string(word), toUtf8(latin)).first->second;
    };
    const auto separates = [](char c) {
        return static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c));
    };
    std::string result;
    std::size_t start = 0;
    while (start < text.size()) {
        if (separates(text[start])) {
            result += text[start++];
            continue;
        }
        std::size_t end = start;
        while (end < text.size() && !separates(text[end]))
            ++end;
        const std::string_view word = text.substr(start, end - start);
        if (isAscii(word))
            result += word;
        else
            result += transliterated(word);
        start = end;
    }
    return result;
}

bool hasNonLatinLetters(std::string_view text)
{
    if (isAscii(text))
        return false;
    bool found = false;
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view, bool valid) {
        if (found || !valid || !u_isalpha(static_cast<UChar32>(c)))
            return;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
        found = U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
                script != USCRIPT_INHERITED;
    });
    return found;
}

std::string latinSlug(std::string_view text, std::size_t maxWords)
{
    // Ids stay short enough to type: a word that would pass this many bytes is left out.
    constexpr std::size_t kMaxBytes = 60;
    const std::string latin = latinTransliteration(text);
    std::string slug;
    std::string word;
    std::size_t words = 0;
    const auto endWord = [&] {
        if (word.empty() || words >= maxWords || (!slug.empty() && slug.size() > kMaxBytes)) {
            word.clear();
            return;
        }
        slug += (slug.empty() ? "" : "-") + word;
        ++words;
        word.clear();
    };
    for (const char c : latin) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            word += c;
        else if (c >= 'A' && c <= 'Z')
            word += static_cast<char>(c - 'A' + 'a');
        else
            endWord();
    }
    endWord();
    return slug;
}

} // namespace csto
