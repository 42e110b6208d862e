// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

// Unicode text keys through ICU: the one way names are compared (lookups, the tree filter, the
// search ranking), and the Latin forms that make Cyrillic names findable and ids readable.
//
// Every function takes UTF-8 and returns UTF-8. Invalid UTF-8 never fails: each ill-formed
// sequence becomes U+FFFD (as sanitiseUtf8 does), so a damaged name still gets a key, equal only
// to names damaged the same way. Safe to call from any thread (ICU's transliterators, which are
// not, are kept one per thread).
namespace csto {

// Canonical composition (NFC): "е" + U+0308 becomes "ё", so text typed or pasted either way is
// stored and compared alike.
[[nodiscard]] std::string toNfc(std::string_view text);

// The key two names are equal by: NFC, then full Unicode case folding for every script ("ОДКБ" and
// "одкб", "STRASSE" and "straße", "ΣΊΣΥΦΟΣ" and "σίσυφος"), then ё as е. Nothing else is removed
// (no accents, spaces or punctuation), so different names keep different keys. Case folding and
// NFC are stable across Unicode versions, so stored keys stay valid when ICU is upgraded.
[[nodiscard]] std::string textKey(std::string_view text);

// A Latin transliteration in plain ASCII where one is known: Russian by the BGN/PCGN system
// ("Масадыков" -> "Masadykov"), the letters of the other Cyrillic alphabets of the member states
// and every other script by ICU's Any-Latin, then accents dropped (Latin-ASCII). The soft and hard
// signs leave no mark ("Зась" -> "Zas"), so the result reads as a name. Characters no
// transliteration knows stay as they are.
[[nodiscard]] std::string latinTransliteration(std::string_view text);

// Whether `text` has a letter of a script other than Latin: a name that latinTransliteration
// makes findable in Latin.
[[nodiscard]] bool hasNonLatinLetters(std::string_view text);

// A readable id from a name or title: its Latin transliteration, lower case, letters and digits in
// words joined by single hyphens, at most `maxWords` words. "Таалатбек Масадыков" ->
// "taalatbek-masadykov"; empty when nothing is left (only punctuation).
[[nodiscard]] std::string latinSlug(std::string_view text, std::size_t maxWords = 8);

} // namespace csto
