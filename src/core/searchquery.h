// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace csto {

inline constexpr std::size_t kMaxQueryBytes = 256;
inline constexpr std::size_t kMaxQueryTerms = 12;

// Turns what a user typed into an FTS5 MATCH expression that is always valid: every term is
// quoted (so AND, NEAR(, *, quotes and SQL mean nothing) and matched as a prefix. Punctuation and
// invalid UTF-8 separate terms; input past kMaxQueryBytes or kMaxQueryTerms is ignored.
//
//   "kan"                  -> "kan"*
//   "Collective sec"       -> "Collective"* "sec"*
//   "C++ AND \"x"          -> "C"* "AND"* "x"*
//   "  ;--  "              -> ""            (nothing to search)
[[nodiscard]] std::string toFtsPrefixQuery(std::string_view userText);

// Text as the search index stores it, and queries are matched: in NFC (textkey.h), with ё as е.
// FTS5's unicode61 tokenizer folds case (every script) and Latin accents but keeps ё apart from
// е, which Russian writing uses interchangeably.
[[nodiscard]] std::string foldForSearch(std::string_view text);

// Text reduced for comparing names: the words of its text key (textkey.h: case folded in every
// script, ё as е), letters and digits joined by single spaces. "Collective  Security-Council" ->
// "collective security council"; "ОДКБ" -> "одкб"; "Straße" -> "strasse".
[[nodiscard]] std::string normaliseForMatch(std::string_view text);

// Escapes %, _ and the escape character itself for `LIKE ? ESCAPE '\'`.
[[nodiscard]] std::string escapeLikePattern(std::string_view text);

// Replaces every invalid UTF-8 sequence with U+FFFD, so text can be stored and shown safely.
[[nodiscard]] std::string sanitiseUtf8(std::string_view text);

} // namespace csto
