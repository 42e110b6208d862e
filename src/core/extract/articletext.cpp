// SPDX-License-Identifier: MIT
#include "articletext.h"

#include "../error.h"
#include "../utf8.h"
#include "dates.h"
#include "gazetteer.h"
#include "patterns.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace csto::extract {
namespace {

// Windows-1251 bytes 0x80..0xBF as code points; 0xC0..0xFF are А..я in order.
constexpr std::array<char16_t, 64> kWindows1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
    0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
    0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
    0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
    0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// ASCII only (what std::tolower does byte by byte), without a call per byte: every line of
// every article passes here.
std::string lower(std::string_view text)
{
    std::string result(text);
    for (char &c : result) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    }
    return result;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

int wordCount(std::string_view text)
{
    int words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = isAsciiSpace(c);
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// Lines every news site repeats around its articles.
bool isKnownFurniture(const std::string &line)
{
    static const std::array<const char *, 40> phrases = {"subscribe",
                                                         "share",
                                                         "show more",
                                                         "read more",
                                                         "all news",
                                                         "related news",
                                                         "related",
                                                         "trending",
                                                         "comments",
                                                         "no comments",
                                                         "advertisement",
                                                         "follow us",
                                                         "twitter",
                                                         "facebook",
                                                         "telegram",
                                                         "print",
                                                         "photo by",
                                                         "in other media",
                                                         "partner news",
                                                         "recent news",
                                                         "currency converter",
                                                         "use filter",
                                                         "news search",
                                                         "pages in this article",
                                                         "followers",
                                                         "projects",
                                                         "government bodies",
                                                         "politics",
                                                         "news",
                                                         "home",
                                                         "menu",
                                                         "search",
                                                         "log in",
                                                         "sign in",
                                                         "you can filter your feed",
                                                         "by choosing only",
                                                         "randomposts",
                                                         "poster speaks",
                                                         "source:",
                                                         "sources:"};
    for (const char *phrase : phrases) {
        const std::string_view p(phrase);
        if (line == p || (line.starts_with(p) && line.size() <= p.size() + 40 &&
                          !std::isalnum(static_cast<unsigned char>(line[p.size()]))))
            return true;
    }
    // "1 pages in this article", "Surces: CSTO / MFA"
    return line.find("pages in this article") != std::string::npos ||
           (line.find("ces:") != std::string::npos && wordCount(line) <= 6);
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// True if the text holds no visible character: only white space, no-break and zero-width spaces,
// byte-order marks and the like.
bool isBlank(std::string_view text)
{
    bool blank = true;
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view, bool) {
        const bool space = (c <= 0x20) || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0x1680 ||
                           c == 0x180E || (c >= 0x2000 && c <= 0x200F) || c == 0x2028 ||
                           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060 ||
                           c == 0x3000 || c == 0xFEFF;
        blank = blank && space;
    });
    return blank;
}

bool isTicker(const std::string &line)
{
    static const Pattern weekday("\\b(monday|tuesday|wednesday|thursday|friday|saturday|"
                                 "sunday)\\b.*\\b(19|20)\\d\\d\\b");
    return wordCount(line) <= 6 && weekday.occursIn(line);
}

// The length of the letter at `i`: 1 for an ASCII letter, 2 for a Cyrillic one, else 0.
std::size_t letterAt(std::string_view text, std::size_t i)
{
    const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    if (std::isalpha(c))
        return 1;
    if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80)
        return 2;
    return 0;
}

// A capital letter: A..Z, А..Я, Ё.
bool isCapitalAt(std::string_view text, std::size_t i)
{
    const std::size_t length = letterAt(text, i);
    if (length == 1)
        return std::isupper(static_cast<unsigned char>(text[i])) != 0;
    if (length != 2)
        return false;
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto next = static_cast<unsigned char>(text[i + 1]);
    return lead == 0xD0 && ((next >= 0x90 && next <= 0xAF) || next == 0x81);
}

// A small Cyrillic letter: а..я, ё.
bool isSmallCyrillicAt(std::string_view text, std::size_t i)
{
    if (letterAt(text, i) != 2)
        return false;
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto next = static_cast<unsigned char>(text[i + 1]);
    return (lead == 0xD0 && next >= 0xB0) || (lead == 0xD1 && next <= 0x9F);
}

bool hasCyrillic(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (letterAt(text, i) == 2)
            return true;
    }
    return false;
}

// The length of a dash at `i`: "-", "--", en dash, em dash; else 0.
std::size_t dashAt(std::string_view text, std::size_t i)
{
    if (i < text.size() && text[i] == '-')
        return i + 1 < text.size() && text[i + 1] == '-' ? 2 : 1;
    const std::string_view three = text.substr(std::min(i, text.size()), 3);
    return three == "\u2013" || three == "\u2014" ? 3 : 0;
}

std::size_t skipSpaces(std::string_view text, std::size_t i)
{
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t')
            ++i;
        else if (text.substr(i, 2) == "\u00a0")
            i += 2;
        else
            break;
    }
    return i;
}

// A publisher's name as datelines give it: a few words, no more.
std::optional<std::string> publisherName(std::string_view name)
{
    name = trimmed(name);
    if (name.empty() || name.size() > 40 || wordCount(name) > 4)
        return std::nullopt;
    return std::string(name);
}

// The publisher after a Russian dateline's date, at `i`:
//   "(НИАТ «Ховар», author)", "/ТАСС/", "— Sputnik.", "– РИА Новости.", "INTERFAX.RU - "
std::optional<std::string> publisherAt(std::string_view line, std::size_t i)
{
    if (i >= line.size())
        return std::nullopt;
    if (line[i] == '(' || line[i] == '/') {
        const std::size_t close = line.find(line[i] == '(' ? ')' : '/', i + 1);
        if (close == std::string_view::npos)
            return std::nullopt;
        const std::string_view inner = line.substr(i + 1, close - i - 1);
        return publisherName(inner.substr(0, inner.find(','))); // "(outlet, author)"
    }
    if (const std::size_t dash = dashAt(line, i)) {
        const std::size_t from = skipSpaces(line, i + dash);
        std::size_t stop = from;
        while (stop < line.size() &&
               !(line[stop] == '.' && (stop + 1 == line.size() || line[stop + 1] == ' ')))
            ++stop;
        return publisherName(line.substr(from, stop - from));
    }
    // "INTERFAX.RU - ...", "Kazakhstan Today - ...": a name in Latin letters or capitals before
    // a spaced dash.
    for (std::size_t stop = i; stop + 1 < line.size() && stop < i + 41; ++stop) {
        if (line[stop] != ' ' || !dashAt(line, stop + 1))
            continue;
        const std::string_view name = line.substr(i, stop - i);
        bool plain = true;
        for (std::size_t k = 0; k < name.size(); ++k)
            plain = plain && !isSmallCyrillicAt(name, k);
        return plain && isCapitalAt(name, 0) ? publisherName(name) : std::nullopt;
    }
    return std::nullopt;
}

// A Russian dateline opening a line: the place, the day and month, the publisher.
//   "ЕРЕВАН, 1 янв — Sputnik. …"           -> publisher Sputnik, published --01-01
//   "МОСКВА, 22 декабря. /ТАСС/. …"         -> publisher ТАСС
//   "АСТАНА, 28 ноября. /Казинформ/ – …"
//   "Москва. 5 мая. INTERFAX.RU - …"        -> publisher INTERFAX.RU
//   "Москва, 2 июня. (НИАТ «Ховар», …). — …" -> publisher НИАТ «Ховар»
// A place not in capitals needs the publisher: "Москва, 5 мая 2020 года, …" opens a sentence.
struct OpeningDateline
{
    TextSpan date; // in the line
    PartialDate published = PartialDate::year(2000);
    std::optional<std::string> publisher;
};

std::optional<OpeningDateline> russianDateline(std::string_view line, const DateContext &context)
{
    if (!hasCyrillic(line))
        return std::nullopt;
    // The place: up to three capitalised words ("НЬЮ-ЙОРК", "Нур-Султан", "Санкт-Петербург").
    std::size_t i = 0;
    bool capitals = true;
    for (int words = 1;; ++words) {
        if (!isCapitalAt(line, i))
            return std::nullopt;
        while (i < line.size()) {
            if (const std::size_t letter = letterAt(line, i)) {
                capitals = capitals && isCapitalAt(line, i);
                i += letter;
            } else if (line[i] == '-') {
                ++i;
            } else {
                break;
            }
        }
        if (words == 3 || i + 1 >= line.size() || line[i] != ' ' || !isCapitalAt(line, i + 1))
            break;
        ++i;
    }
    if (i > 40 || i + 1 >= line.size() || (line[i] != ',' && line[i] != '.') || line[i + 1] != ' ')
        return std::nullopt;
    i = skipSpaces(line, i + 1);
    const auto dates = findDates(line.substr(i, 80), context);
    if (dates.empty() || dates.front().offset != 0 ||
        (dates.front().date.precision() != PartialDate::Precision::Day &&
         dates.front().date.precision() != PartialDate::Precision::DayOfYear))
        return std::nullopt;
    OpeningDateline dateline{{i, dates.front().length}, dates.front().date, std::nullopt};
    i += dates.front().length;
    if (i < line.size() && line[i] == '.')
        ++i;
    dateline.publisher = publisherAt(line, skipSpaces(line, i));
    if (!dateline.publisher && !capitals)
        return std::nullopt;
    return dateline;
}

// A line of Russian text that is only a date with its year, perhaps with a time and a byline:
// "18 апр 2016, 21:42", "14:53, 4 февраля 2009", "Иван Петров 03-06-2017 18:57:27".
std::optional<DateMention> russianDateOnlyLine(std::string_view line)
{
    if (!hasCyrillic(line))
        return std::nullopt;
    const auto dates = findDates(line, {});
    if (dates.size() != 1 || !dates.front().hasExplicitYear ||
        dates.front().date.precision() != PartialDate::Precision::Day)
        return std::nullopt;
    std::string rest(line);
    rest.replace(dates.front().offset, dates.front().length, " ");
    int names = 0;
    std::size_t i = 0;
    while (i < rest.size()) {
        const std::size_t end = std::min(rest.find(' ', i), rest.size());
        const std::string_view piece = std::string_view(rest).substr(i, end - i);
        i = end + 1;
        const bool timeOrNumber = std::all_of(piece.begin(), piece.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == ',' ||
                   c == '.' || c == '-';
        });
        if (timeOrNumber)
            continue;
        const bool name =
            isCapitalAt(piece, 0) && std::none_of(piece.begin(), piece.end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c));
            });
        if (!name || ++names > 3)
            return std::nullopt;
    }
    return dates.front();
}

} // namespace

std::optional<Encoding> encodingFromName(std::string_view name)
{
    const std::string n = lower(name);
    if (n == "utf-8" || n == "utf8")
        return Encoding::Utf8;
    if (n == "windows-1251" || n == "cp1251")
        return Encoding::Windows1251;
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1")
        return Encoding::Latin1;
    return std::nullopt;
}

DecodedText decodeArticle(std::string_view bytes, Encoding encoding, const std::string &fileName)
{
    if (bytes.find('\0') != std::string_view::npos)
        throw DataError(fileName, "",
                        "binary data (a NUL byte at byte " + std::to_string(bytes.find('\0')) +
                            "), not article text");
    DecodedText decoded;
    if (encoding == Encoding::Utf8) {
        if (const auto bad = utf8::firstInvalidByte(bytes))
            throw DataError(fileName, "",
                            "not valid UTF-8 at byte " + std::to_string(*bad) +
                                " (declare a legacy encoding, e.g. --encoding windows-1251)");
        decoded.text = bytes;
        if (decoded.text.starts_with(kByteOrderMark))
            decoded.text.erase(0, kByteOrderMark.size());
    } else {
        decoded.text.reserve(bytes.size() * 2);
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x80)
                decoded.text += ch;
            else if (encoding == Encoding::Latin1)
                appendUtf8(decoded.text, c);
            else if (c >= 0xC0)
                appendUtf8(decoded.text, 0x410 + (c - 0xC0));
            else
                appendUtf8(decoded.text, kWindows1251High[c - 0x80]);
        }
        decoded.note = std::string("converted from ") +
                       (encoding == Encoding::Latin1 ? "Latin-1" : "Windows-1251") + " to UTF-8";
    }
    // Checked on the text, not the bytes: a byte-order mark, no-break spaces or other blank
    // characters alone are no article either.
    if (isBlank(decoded.text))
        throw DataError(fileName, "",
                        bytes.empty() ? "the article is empty"
                                      : "the article is empty (it holds only blank characters)");
    return decoded;
}

ArticleLayout analyseLayout(std::string_view text)
{
    ArticleLayout layout;
    std::size_t position = 0;
    int bodyLines = 0;
    // "Published time: June 28, 2012 15:47" is one too; an "Edited" or "Updated" time is not.
    static const Pattern datelineAlone(
        "^\\s*(?:(?:Published|Posted)(?:\\s+(?:time|on|at))?:?\\s+)?[^a-z]{0,3}[0-9A-Za-z ,.]*"
        "\\d{4}(,?\\s*\\d{1,2}:\\d{2})?(\\s*(UTC|GMT)[+-]?\\d*)?(\\s+[A-Z][A-Z -]+)?\\s*$");
    static const Pattern datelineOpening(
        "^([A-Z][A-Z .'-]{2,}),\\s*([^()/]{3,30}?)\\s*(?:\\(([A-Za-z][A-Za-z "
        ".-]{1,30})\\)|\\.?\\s*/"
        "([A-Za-z][A-Za-z .-]{1,30})/)");
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view raw = text.substr(position, end - position);
        const std::string_view line = trimmed(raw);
        const std::size_t offset = position + static_cast<std::size_t>(line.data() - raw.data());
        position = end + 1;
        if (line.empty())
            continue;
        const TextSpan span{offset, line.size()};
        const int words = wordCount(line);
        const std::string lowered = lower(line);
        const bool hasDigit =
            std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
        const char last = line.back();
        const bool sentenceEnd = last == '.' || last == '!' || last == '?' || last == '"' ||
                                 last == ':' || static_cast<unsigned char>(last) >= 0x80;
        if (isKnownFurniture(lowered) || (words <= 6 && isTicker(lowered)) ||
            (words <= 3 && !sentenceEnd && !hasDigit)) {
            layout.furniture.push_back(span);
            continue;
        }
        // A line that is only a date (and time, and city) dates the article.
        std::optional<DateMention> dateAlone;
        if (bodyLines < 8 && wordCount(line) <= 8) {
            if (datelineAlone.matchesWhole(line)) {
                const auto dates = findDates(line, {});
                if (!dates.empty())
                    dateAlone = dates.front();
            } else {
                dateAlone = russianDateOnlyLine(line);
            }
        }
        if (dateAlone) {
            if (!layout.published || !layout.published->hasYear())
                layout.published = dateAlone->date;
            layout.datelines.push_back({offset + dateAlone->offset, dateAlone->length});
            layout.furniture.push_back(span);
            continue;
        }
        DateContext context;
        if (layout.published && layout.published->hasYear())
            context.narrativeYear = layout.published->yearValue();
        const auto opening = bodyLines < 8 ? datelineOpening.search(line) : std::nullopt;
        if (opening) {
            if (opening->matched(3))
                layout.publisher = std::string(opening->in(line, 3));
            else if (opening->matched(4))
                layout.publisher = std::string(opening->in(line, 4));
            const auto dates = findDates(opening->in(line, 2), context);
            if (!dates.empty()) {
                const auto at = opening->position(2) + dates.front().offset;
                layout.datelines.push_back({offset + at, dates.front().length});
                if (!layout.published ||
                    (!layout.published->hasYear() && dates.front().date.hasYear()))
                    layout.published = dates.front().date;
            }
        } else if (bodyLines < 8) {
            if (const auto russian = russianDateline(line, context)) {
                if (russian->publisher)
                    layout.publisher = russian->publisher;
                layout.datelines.push_back({offset + russian->date.offset, russian->date.length});
                if (!layout.published ||
                    (!layout.published->hasYear() && russian->published.hasYear()))
                    layout.published = russian->published;
            }
        }
        // The title: the first line of a few words, not ending as a sentence, before any long
        // paragraph.
        if (!layout.title && bodyLines == 0 && words >= 4 && words <= 25 && last != '.')
            layout.title = span;
        if (words > 25 || last == '.')
            ++bodyLines;
        layout.body.push_back(span);
    }
    return layout;
}

std::vector<TextSpan> splitSentences(std::string_view text, const std::vector<TextSpan> &paragraphs)
{
    static const std::array<const char *, 26> abbreviations = {
        "mr",  "mrs", "ms",   "dr",  "st",   "no",  "nos", "jan", "feb",
        "mar", "apr", "aug",  "sep", "sept", "oct", "nov", "dec", "gen",
        "col", "lt",  "prof", "inc", "ltd",  "co",  "vs",  "etc"};
    // In lower case; a single letter («г.», «т. е.», «С. Зась») is an initial or an abbreviation.
    static const std::array<std::string_view, 24> russianAbbreviations = {
        "гг",   "им",   "ул",  "обл", "пр",   "просп", "пос", "см",   "ст",  "стр",  "ген", "проф",
        "акад", "англ", "рус", "янв", "февр", "апр",   "авг", "сент", "окт", "нояб", "дек", "тел"};
    std::vector<TextSpan> sentences;
    for (const auto &paragraph : paragraphs) {
        const std::string_view p = text.substr(paragraph.offset, paragraph.length);
        std::size_t start = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            const char c = p[i];
            if (c != '.' && c != '!' && c != '?')
                continue;
            // The token before: an abbreviation, an initial or a number does not end here.
            std::size_t tokenStart = i;
            while (tokenStart > 0) {
                if (std::isalnum(static_cast<unsigned char>(p[tokenStart - 1])) ||
                    p[tokenStart - 1] == '.')
                    --tokenStart;
                else if (tokenStart > 1 && letterAt(p, tokenStart - 2) == 2)
                    tokenStart -= 2;
                else
                    break;
            }
            const std::string token = lower(p.substr(tokenStart, i - tokenStart));
            if (c == '.') {
                if ((token.size() == 1 && std::isalpha(static_cast<unsigned char>(token[0]))) ||
                    (token.size() == 2 && letterAt(token, 0) == 2))
                    continue; // an initial: "V. Putin", "U.S.", «С. Зась», «г.»
                if (token.find('.') != std::string::npos)
                    continue; // "e.g.", "U.S.", «т.е.», «г.г.»
                if (std::find(abbreviations.begin(), abbreviations.end(), token) !=
                        abbreviations.end() ||
                    std::find(russianAbbreviations.begin(), russianAbbreviations.end(),
                              foldCase(token)) != russianAbbreviations.end())
                    continue;
                if (i + 1 < p.size() && std::isdigit(static_cast<unsigned char>(p[i + 1])))
                    continue; // 3.5
            }
            // Closing quotes and brackets belong to the sentence.
            std::size_t end = i + 1;
            while (end < p.size()) {
                const auto u = static_cast<unsigned char>(p[end]);
                if (p[end] == '"' || p[end] == '\'' || p[end] == ')') {
                    ++end;
                } else if (u == 0xE2 && end + 2 < p.size() &&
                           static_cast<unsigned char>(p[end + 1]) == 0x80 &&
                           (static_cast<unsigned char>(p[end + 2]) == 0x9D ||
                            static_cast<unsigned char>(p[end + 2]) == 0x99)) {
                    end += 3; // ” or ’
                } else {
                    break;
                }
            }
            std::size_t next = end;
            while (next < p.size() && p[next] == ' ')
                ++next;
            if (next < p.size() && next == end)
                continue; // no space after: not a sentence end ("/TASS/.")
            if (next < p.size() &&
                (std::islower(static_cast<unsigned char>(p[next])) || isSmallCyrillicAt(p, next)))
                continue; // the sentence goes on
            sentences.push_back({paragraph.offset + start, end - start});
            start = next;
            i = next > 0 ? next - 1 : 0;
        }
        if (start < p.size() && !trimmed(p.substr(start)).empty())
            sentences.push_back({paragraph.offset + start, p.size() - start});
    }
    return sentences;
}

} // namespace csto::extract
