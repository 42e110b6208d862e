// SPDX-License-Identifier: MIT
#pragma once

#include "../partialdate.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csto::extract {

struct TextSpan
{
    std::size_t offset = 0;
    std::size_t length = 0;
    [[nodiscard]] std::size_t end() const { return offset + length; }
};

// How an article file is encoded. UTF-8 is checked; a legacy encoding must be declared.
enum class Encoding
{
    Utf8,
    Windows1251,
    Latin1
};
[[nodiscard]] std::optional<Encoding> encodingFromName(std::string_view name);

// The article as UTF-8. Throws DataError("file", "", "not valid UTF-8 at byte 1234 ...") for
// undeclared non-UTF-8 input and for empty or binary (NUL bytes) files; a declared legacy
// encoding is converted and `note` says so.
struct DecodedText
{
    std::string text;
    std::optional<std::string> note;
};
[[nodiscard]] DecodedText decodeArticle(std::string_view bytes, Encoding encoding,
                                        const std::string &fileName);

// An article's lines split into furniture (menus, share and subscribe lines, tickers, "Show
// more") and body, with the title, the dateline and what it says. Offsets are bytes into the
// text as stored.
//   "MOSCOW, 17 June (BelTA) - The ..."        -> dateline, publisher BelTA, published --06-17
//   "December 22, 2014, 19:08 UTC+3 MOSCOW"    -> dateline, published 2014-12-22
//   "MOSCOW, December 22. /TASS/. The ..."     -> publisher TASS
//   "03 December 2020, 09:19"                  -> dateline, published 2020-12-03
//   "ЕРЕВАН, 1 янв — Sputnik. …"                -> publisher Sputnik, published --01-01
//   "МОСКВА, 22 декабря. /ТАСС/. …"              -> publisher ТАСС, published --12-22
//   "Москва. 5 мая. INTERFAX.RU - …"             -> publisher INTERFAX.RU, published --05-05
//   "18 апр 2016, 21:42"                         -> dateline, published 2016-04-18
struct ArticleLayout
{
    std::vector<TextSpan> body;      // kept lines (paragraphs), in order
    std::vector<TextSpan> furniture; // dropped lines
    std::optional<TextSpan> title;
    std::vector<TextSpan> datelines; // date expressions that date the article, not an event
    std::optional<std::string> publisher;
    std::optional<PartialDate> published;
};
[[nodiscard]] ArticleLayout analyseLayout(std::string_view text);

// Sentences of the body, each within one paragraph; abbreviations ("Mr.", "Jan.", "U.S.", «г.»,
// «гг.», «т.е.», «им.»), initials ("V. Putin", «С. Зась»), decimals and closing quotes do not end
// a sentence, nor does a full stop before a small letter (Latin or Cyrillic).
[[nodiscard]] std::vector<TextSpan> splitSentences(std::string_view text,
                                                   const std::vector<TextSpan> &paragraphs);

} // namespace csto::extract
