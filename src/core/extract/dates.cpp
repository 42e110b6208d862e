// SPDX-License-Identifier: MIT
#include "dates.h"

#include "calendar.h"
#include "russiandates.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <string>

// Date expressions are matched over word tokens rather than with regular expressions: the
// importer reads every sentence of every article, and libstdc++'s regex ran at well under 1 MB/s
// here.
namespace csto::extract {
namespace {

// The words a date expression is built from, recognised case-insensitively.
enum class Word : std::uint8_t
{
    None,
    Month,      // value: 1..12
    Weekday,    // value: 0 = Sunday .. 6
    NumberWord, // value: 2..10
    Today,
    Tonight,
    Tomorrow,
    Yesterday,
    This,
    Last,
    Next,
    Past,
    Year,
    Years,
    MonthUnit,
    In,
    Since,
    From,
    During,
    Between,
    Over,
    Early,
    Late,
    Mid,
    The,
    Of,
    On,
    For,
    To,
    Till,
    Until,
    By,
    Season,    // value: its first month (northern seasons); 0 for winter, which spans two years
    Following, // "the following year"
    Later,     // "a year later"
};

struct Keyword
{
    std::string_view text;
    Word word;
    int value;
};

// Sorted by text for binary search.
constexpr std::array<Keyword, 75> kKeywords = {{
    {"apr", Word::Month, 4},
    {"april", Word::Month, 4},
    {"aug", Word::Month, 8},
    {"august", Word::Month, 8},
    {"autumn", Word::Season, 9},
    {"between", Word::Between, 0},
    {"by", Word::By, 0},
    {"dec", Word::Month, 12},
    {"december", Word::Month, 12},
    {"during", Word::During, 0},
    {"early", Word::Early, 0},
    {"eight", Word::NumberWord, 8},
    {"fall", Word::Season, 9},
    {"feb", Word::Month, 2},
    {"february", Word::Month, 2},
    {"five", Word::NumberWord, 5},
    {"following", Word::Following, 0},
    {"for", Word::For, 0},
    {"four", Word::NumberWord, 4},
    {"friday", Word::Weekday, 5},
    {"from", Word::From, 0},
    {"in", Word::In, 0},
    {"jan", Word::Month, 1},
    {"january", Word::Month, 1},
    {"jul", Word::Month, 7},
    {"july", Word::Month, 7},
    {"jun", Word::Month, 6},
    {"june", Word::Month, 6},
    {"last", Word::Last, 0},
    {"late", Word::Late, 0},
    {"later", Word::Later, 0},
    {"mar", Word::Month, 3},
    {"march", Word::Month, 3},
    {"may", Word::Month, 5},
    {"mid", Word::Mid, 0},
    {"monday", Word::Weekday, 1},
    {"month", Word::MonthUnit, 0},
    {"next", Word::Next, 0},
    {"nine", Word::NumberWord, 9},
    {"nov", Word::Month, 11},
    {"november", Word::Month, 11},
    {"oct", Word::Month, 10},
    {"october", Word::Month, 10},
    {"of", Word::Of, 0},
    {"on", Word::On, 0},
    {"over", Word::Over, 0},
    {"past", Word::Past, 0},
    {"saturday", Word::Weekday, 6},
    {"sep", Word::Month, 9},
    {"sept", Word::Month, 9},
    {"september", Word::Month, 9},
    {"seven", Word::NumberWord, 7},
    {"since", Word::Since, 0},
    {"six", Word::NumberWord, 6},
    {"spring", Word::Season, 3},
    {"summer", Word::Season, 6},
    {"sunday", Word::Weekday, 0},
    {"ten", Word::NumberWord, 10},
    {"the", Word::The, 0},
    {"this", Word::This, 0},
    {"three", Word::NumberWord, 3},
    {"thursday", Word::Weekday, 4},
    {"till", Word::Till, 0},
    {"to", Word::To, 0},
    {"today", Word::Today, 0},
    {"tomorrow", Word::Tomorrow, 0},
    {"tonight", Word::Tonight, 0},
    {"tuesday", Word::Weekday, 2},
    {"two", Word::NumberWord, 2},
    {"until", Word::Until, 0},
    {"wednesday", Word::Weekday, 3},
    {"winter", Word::Season, 0},
    {"year", Word::Year, 0},
    {"years", Word::Years, 0},
    {"yesterday", Word::Yesterday, 0},
}};
static_assert(std::is_sorted(kKeywords.begin(), kKeywords.end(),
                             [](const Keyword &a, const Keyword &b) { return a.text < b.text; }));

enum class TokenType : std::uint8_t
{
    Word, // a run of ASCII letters, digits and '_' (what \w means)
    Dash, // '-', en dash, em dash
    Dot,
    Comma,
    Other, // any other character, a multi-byte one whole
};

struct Token
{
    std::size_t offset = 0;
    std::size_t length = 0;
    TokenType type = TokenType::Other;
    bool spaceBefore = false;
    Word word = Word::None;
    int value = 0;         // the keyword's value, or the number for digits
    int digits = 0;        // leading digits
    bool isNumber = false; // up to four digits, perhaps with an ordinal suffix ("21st")
};

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isSpaceByte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void classifyWord(std::string_view text, Token &token)
{
    const std::string_view word = text.substr(token.offset, token.length);
    std::size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9')
        ++digits;
    token.digits = static_cast<int>(digits);
    if (digits > 0) {
        const std::string_view suffix = word.substr(digits);
        const auto lowerIs = [&](const char *s) {
            return suffix.size() == 2 && (suffix[0] | 0x20) == s[0] && (suffix[1] | 0x20) == s[1];
        };
        if (digits <= 4 &&
            (suffix.empty() || lowerIs("st") || lowerIs("nd") || lowerIs("rd") || lowerIs("th"))) {
            token.isNumber = true;
            for (std::size_t i = 0; i < digits; ++i)
                token.value = token.value * 10 + (word[i] - '0');
        }
        return;
    }
    if (word.size() < 2 || word.size() > 9)
        return;
    std::array<char, 9> buffer{};
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    const std::string_view lowered(buffer.data(), word.size());
    // Most words of a text are no keyword: one bit for each first letter and length of a
    // keyword turns them away before the binary search.
    static const auto keywordShapes = [] {
        std::array<std::uint64_t, 256> shapes{};
        for (const auto &k : kKeywords)
            shapes[static_cast<unsigned char>(k.text.front())] |=
                k.text.size() < 64 ? std::uint64_t{1} << k.text.size() : ~std::uint64_t{0};
        return shapes;
    }();
    if (lowered.size() < 64 &&
        (keywordShapes[static_cast<unsigned char>(lowered.front())] >> lowered.size() & 1) == 0)
        return;
    const auto *found =
        std::lower_bound(kKeywords.begin(), kKeywords.end(), lowered,
                         [](const Keyword &k, std::string_view s) { return k.text < s; });
    if (found != kKeywords.end() && found->text == lowered) {
        token.word = found->word;
        token.value = found->value;
    }
}

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 4 + 1); // about a token for a word and one for its punctuation
    bool space = true;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isSpaceByte(c)) {
            space = true;
            ++i;
            continue;
        }
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            space = true; // no-break space, as in "15 May"
            i += 2;
            continue;
        }
        Token token;
        token.offset = i;
        token.spaceBefore = space;
        space = false;
        if (isWordByte(c)) {
            while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i])))
                ++i;
            token.type = TokenType::Word;
            token.length = i - token.offset;
            classifyWord(text, token);
        } else if (c == '-') {
            token.type = TokenType::Dash;
            token.length = 1;
            ++i;
        } else if (c == '.' || c == ',') {
            token.type = c == '.' ? TokenType::Dot : TokenType::Comma;
            token.length = 1;
            ++i;
        } else {
            std::size_t length = 1;
            if (c >= 0xC0) {
                while (i + length < text.size() &&
                       (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80 && length < 4)
                    ++length;
            }
            const std::string_view character = text.substr(i, length);
            token.type = character == "\xE2\x80\x93" || character == "\xE2\x80\x94"
                             ? TokenType::Dash
                             : TokenType::Other;
            token.length = length;
            i += length;
        }
        tokens.push_back(token);
    }
    return tokens;
}

enum class Form
{
    Iso,
    Dotted,
    MonthDayRange, // October 21st-25th[, 2020]
    DayRangeMonth, // 21-25 October[ 2020]
    MonthDay,      // May 15[,] 1992 / May 15
    DayMonth,      // 15 May[,] 1992 / 15 May / 1st of January 2020
    MonthYear,     // December 2014
    YearRange,     // in 2021-2025
    Year,          // in 1993
    InMonth,       // in August
    Relative,      // today, last month, ...
    Weekday,       // on Monday
    PastYears,     // for the past three years
    Season,        // in the autumn of 2021
    FollowingYear, // the following year, a year later
};

// What a matched expression says, before it is resolved against a context.
struct Match
{
    std::size_t first = 0; // token indices, end exclusive
    std::size_t end = 0;
    int year = 0; // 0 when not stated
    int endYear = 0;
    int month = 0;
    int day = 0;
    int endDay = 0;
    Word word = Word::None; // relative: Today, This, ...
    Word unit = Word::None; // relative: Year or MonthUnit
    int count = 0;          // weekday number, or the number of past years
};

// Matching over tokens. Each step takes the index of the next token and returns the index after
// what it matched, or nothing.
class Matcher
{
public:
    Matcher(const std::vector<Token> &tokens, std::string_view text)
        : m_tokens(tokens), m_text(text)
    {}

    std::optional<Match> match(Form form, std::size_t at) const
    {
        Match m;
        m.first = at;
        std::optional<std::size_t> end;
        switch (form) {
        case Form::Iso:
            end = iso(at, m);
            break;
        case Form::Dotted:
            end = dotted(at, m);
            break;
        case Form::MonthDayRange:
            end = monthDayRange(at, m);
            break;
        case Form::DayRangeMonth:
            end = dayRangeMonth(at, m);
            break;
        case Form::MonthDay:
            end = monthDay(at, m);
            break;
        case Form::DayMonth:
            end = dayMonth(at, m);
            break;
        case Form::MonthYear:
            end = monthYear(at, m);
            break;
        case Form::YearRange:
            end = yearRange(at, m);
            break;
        case Form::Year:
            end = yearAlone(at, m);
            break;
        case Form::InMonth:
            end = inMonth(at, m);
            break;
        case Form::Relative:
            end = relative(at, m);
            break;
        case Form::Weekday:
            end = weekday(at, m);
            break;
        case Form::PastYears:
            end = pastYears(at, m);
            break;
        case Form::Season:
            end = season(at, m);
            break;
        case Form::FollowingYear:
            end = followingYear(at);
            break;
        }
        if (!end)
            return std::nullopt;
        m.end = *end;
        return m;
    }

private:
    using Step = std::optional<std::size_t>;

    const Token *at(std::size_t i) const { return i < m_tokens.size() ? &m_tokens[i] : nullptr; }

    // The next token, only if nothing separates it from the previous one.
    const Token *joined(std::size_t i) const
    {
        const Token *t = at(i);
        return t && !t->spaceBefore ? t : nullptr;
    }

    // The next token, only if white space separates it from the previous one.
    const Token *spaced(std::size_t i) const
    {
        const Token *t = at(i);
        return t && t->spaceBefore ? t : nullptr;
    }

    static bool isYear(const Token *t)
    {
        return t && t->isNumber && t->digits == 4 && t->digits == static_cast<int>(t->length) &&
               t->value >= 1800 && t->value <= 2099;
    }
    static bool isPlainNumber(const Token *t, int digits)
    {
        return t && t->isNumber && t->digits == static_cast<int>(t->length) && t->digits == digits;
    }
    static bool isDay(const Token *t) { return t && t->isNumber && t->digits <= 2; }
    static bool is(const Token *t, Word word) { return t && t->word == word; }

    // Month name, with a full stop after an abbreviation ("Sept.").
    Step month(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!is(t, Word::Month))
            return std::nullopt;
        m.month = t->value;
        const Token *dot = joined(i + 1);
        return dot && dot->type == TokenType::Dot ? i + 2 : i + 1;
    }

    // ",?\s+" before the next element: an optional comma right after, then white space.
    Step spacedAfterComma(std::size_t i) const
    {
        const Token *t = joined(i);
        if (t && t->type == TokenType::Comma)
            ++i;
        return spaced(i) ? Step(i) : std::nullopt;
    }

    // "-", "–", "—" or "to", with or without spaces around.
    Step dash(std::size_t i) const
    {
        const Token *t = at(i);
        if (t && (t->type == TokenType::Dash || t->word == Word::To))
            return i + 1;
        return std::nullopt;
    }

    // An optional ",? YEAR" after a day or range.
    std::size_t optionalYear(std::size_t i, Match &m) const
    {
        if (const Step s = spacedAfterComma(i); s && isYear(at(*s))) {
            m.year = at(*s)->value;
            return *s + 1;
        }
        return i;
    }

    Step iso(std::size_t i, Match &m) const
    {
        const Token *y = at(i);
        if (!isYear(y))
            return std::nullopt;
        const Token *d1 = joined(i + 1);
        const Token *mo = joined(i + 2);
        const Token *d2 = joined(i + 3);
        const Token *da = joined(i + 4);
        if (!d1 || d1->type != TokenType::Dash || !d2 || d2->type != TokenType::Dash ||
            (at(i + 1)->length != 1 || at(i + 3)->length != 1) || !isPlainNumber(mo, 2) ||
            !isPlainNumber(da, 2))
            return std::nullopt;
        m.year = y->value;
        m.month = mo->value;
        m.day = da->value;
        return i + 5;
    }

    Step dotted(std::size_t i, Match &m) const
    {
        const Token *d = at(i);
        const Token *dot1 = joined(i + 1);
        const Token *mo = joined(i + 2);
        const Token *dot2 = joined(i + 3);
        const Token *y = joined(i + 4);
        const auto plainDay = [](const Token *t) {
            return t && t->isNumber && t->digits <= 2 && t->digits == static_cast<int>(t->length);
        };
        if (!plainDay(d) || !dot1 || dot1->type != TokenType::Dot || !plainDay(mo) || !dot2 ||
            dot2->type != TokenType::Dot || !isYear(y))
            return std::nullopt;
        m.day = d->value;
        m.month = mo->value;
        m.year = y->value;
        return i + 5;
    }

    Step monthDayRange(std::size_t i, Match &m) const
    {
        Step s = month(i, m);
        if (s)
            s = spacedAfterComma(*s);
        if (!s || !isDay(at(*s)))
            return std::nullopt;
        m.day = at(*s)->value;
        s = dash(*s + 1);
        if (!s || !isDay(at(*s)))
            return std::nullopt;
        m.endDay = at(*s)->value;
        return optionalYear(*s + 1, m);
    }

    Step dayRangeMonth(std::size_t i, Match &m) const
    {
        if (!isDay(at(i)))
            return std::nullopt;
        m.day = at(i)->value;
        Step s = dash(i + 1);
        if (!s || !isDay(at(*s)))
            return std::nullopt;
        m.endDay = at(*s)->value;
        if (!spaced(*s + 1))
            return std::nullopt;
        s = month(*s + 1, m);
        if (!s)
            return std::nullopt;
        return optionalYear(*s, m);
    }

    Step monthDay(std::size_t i, Match &m) const
    {
        Step s = month(i, m);
        if (s)
            s = spacedAfterComma(*s);
        if (!s || !isDay(at(*s)))
            return std::nullopt;
        m.day = at(*s)->value;
        return optionalYear(*s + 1, m);
    }

    Step dayMonth(std::size_t i, Match &m) const
    {
        std::size_t s = i;
        if (is(at(s), Word::The) && spaced(s + 1) && isDay(at(s + 1)))
            ++s;
        if (!isDay(at(s)))
            return std::nullopt;
        m.day = at(s)->value;
        if (!spaced(s + 1))
            return std::nullopt;
        ++s;
        if (is(at(s), Word::Of) && spaced(s + 1))
            ++s;
        const Step after = month(s, m);
        if (!after)
            return std::nullopt;
        return optionalYear(*after, m);
    }

    Step monthYear(std::size_t i, Match &m) const
    {
        Step s = month(i, m);
        if (s)
            s = spacedAfterComma(*s);
        if (!s || !isYear(at(*s)))
            return std::nullopt;
        m.year = at(*s)->value;
        return *s + 1;
    }

    // "[the] YEAR" after an introducing word; the index of the year token.
    Step yearAfter(std::size_t i, bool allowTheYear) const
    {
        if (!spaced(i))
            return std::nullopt;
        if (is(at(i), Word::The)) {
            if (allowTheYear) {
                if (is(spaced(i + 1), Word::Year) && spaced(i + 2))
                    i += 2;
                else
                    return std::nullopt;
            } else if (spaced(i + 1)) {
                ++i;
            } else {
                return std::nullopt;
            }
        }
        return isYear(at(i)) ? Step(i) : std::nullopt;
    }

    Step yearRange(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!t || !(t->word == Word::In || t->word == Word::From || t->word == Word::During ||
                    t->word == Word::Between || t->word == Word::Over))
            return std::nullopt;
        Step s = yearAfter(i + 1, false);
        if (!s)
            return std::nullopt;
        m.year = at(*s)->value;
        s = dash(*s + 1);
        if (!s || !isYear(at(*s)))
            return std::nullopt;
        m.endYear = at(*s)->value;
        return *s + 1;
    }

    Step yearAlone(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!t || !(t->word == Word::In || t->word == Word::Since || t->word == Word::From ||
                    t->word == Word::During))
            return std::nullopt;
        const Step s = yearAfter(i + 1, true);
        if (!s)
            return std::nullopt;
        // "in 2021-2025" is a range, and "2021-" alone is no date at all.
        if (const Token *next = at(*s + 1); next && next->type == TokenType::Dash)
            return std::nullopt;
        m.year = at(*s)->value;
        return *s + 1;
    }

    Step inMonth(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!t || !(t->word == Word::In || t->word == Word::Since || t->word == Word::From ||
                    t->word == Word::During || t->word == Word::Early || t->word == Word::Late ||
                    t->word == Word::Mid))
            return std::nullopt;
        std::size_t s = i + 1;
        const Token *hyphen = joined(s);
        const bool midHyphen = t->word == Word::Mid && hyphen && hyphen->type == TokenType::Dash &&
                               hyphen->length == 1; // "mid-August"
        if (midHyphen)
            ++s;
        if (!(midHyphen ? at(s) : spaced(s)) || !is(at(s), Word::Month))
            return std::nullopt;
        m.month = at(s)->value;
        // "in May 2020" and "in May 15" are other forms.
        std::size_t next = s + 1;
        if (const Token *dot = joined(next); dot && dot->type == TokenType::Dot)
            ++next;
        if (const Token *comma = at(next); comma && comma->type == TokenType::Comma)
            ++next;
        if (const Token *number = at(next); number && number->digits > 0)
            return std::nullopt;
        return s + 1;
    }

    Step relative(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!t)
            return std::nullopt;
        switch (t->word) {
        case Word::Today:
        case Word::Tonight:
        case Word::Tomorrow:
        case Word::Yesterday:
            m.word = t->word;
            return i + 1;
        case Word::This:
        case Word::Last:
        case Word::Next:
        case Word::Past:
            if (const Token *unit = spaced(i + 1);
                unit && (unit->word == Word::Year || unit->word == Word::MonthUnit)) {
                m.word = t->word;
                m.unit = unit->word;
                return i + 2;
            }
            return std::nullopt;
        default:
            return std::nullopt;
        }
    }

    Step weekday(std::size_t i, Match &m) const
    {
        if (!is(at(i), Word::On) || !is(spaced(i + 1), Word::Weekday))
            return std::nullopt;
        m.count = at(i + 1)->value;
        return i + 2;
    }

    Step pastYears(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!t || !(t->word == Word::For || t->word == Word::Over || t->word == Word::In) ||
            !is(spaced(i + 1), Word::The) ||
            !(is(spaced(i + 2), Word::Past) || is(spaced(i + 2), Word::Last)))
            return std::nullopt;
        const Token *count = spaced(i + 3);
        if (!count || !(count->word == Word::NumberWord ||
                        (count->isNumber && count->digits == static_cast<int>(count->length))))
            return std::nullopt;
        if (!is(spaced(i + 4), Word::Years))
            return std::nullopt;
        m.count = count->value;
        return i + 5;
    }

    // "in [the] autumn [of] 2021", "during the winter of 2008": the season's year.
    Step season(std::size_t i, Match &m) const
    {
        const Token *t = at(i);
        if (!t || !(t->word == Word::In || t->word == Word::During))
            return std::nullopt;
        std::size_t s = i + 1;
        if (is(spaced(s), Word::The))
            ++s;
        if (!is(spaced(s), Word::Season))
            return std::nullopt;
        m.month = at(s)->value;
        ++s;
        if (is(spaced(s), Word::Of))
            ++s;
        const Token *year = spaced(s);
        if (!isYear(year))
            return std::nullopt;
        m.year = year->value;
        return s + 1;
    }

    // "the following year", "the next year", "a year later".
    Step followingYear(std::size_t i) const
    {
        const Token *t = at(i);
        if (is(t, Word::The) &&
            (is(spaced(i + 1), Word::Following) || is(spaced(i + 1), Word::Next)) &&
            is(spaced(i + 2), Word::Year))
            return i + 3;
        if (is(t, Word::Year) && is(spaced(i + 1), Word::Later) && i > 0 &&
            (m_text.substr(m_tokens[i - 1].offset, m_tokens[i - 1].length) == "a" ||
             m_text.substr(m_tokens[i - 1].offset, m_tokens[i - 1].length) == "A"))
            return i + 2;
        return std::nullopt;
    }

    const std::vector<Token> &m_tokens;
    std::string_view m_text;
};

std::optional<int> stated(int year)
{
    return year ? std::optional(year) : std::nullopt;
}

std::optional<DateMention> resolve(Form form, const Match &m, const DateContext &context)
{
    DateMention mention;
    const auto dayOrNone = [&](std::optional<int> year, int month, int day) {
        mention.hasExplicitYear = year.has_value();
        return calendar::makeDay(year ? year : calendar::yearFor(context, month, day), month, day);
    };
    std::optional<PartialDate> start;
    switch (form) {
    case Form::Iso:
    case Form::Dotted:
    case Form::MonthDay:
    case Form::DayMonth:
        start = dayOrNone(stated(m.year), m.month, m.day);
        break;
    case Form::MonthDayRange:
    case Form::DayRangeMonth:
        if (m.endDay <= m.day)
            return std::nullopt;
        start = dayOrNone(stated(m.year), m.month, m.day);
        mention.end =
            calendar::makeDay(m.year ? stated(m.year) : calendar::yearFor(context, m.month, m.day),
                              m.month, m.endDay);
        if (!mention.end)
            return std::nullopt;
        break;
    case Form::MonthYear:
        start = PartialDate::month(m.year, m.month);
        mention.hasExplicitYear = true;
        break;
    case Form::YearRange:
        if (m.endYear <= m.year)
            return std::nullopt;
        start = PartialDate::year(m.year);
        mention.end = PartialDate::year(m.endYear);
        mention.hasExplicitYear = true;
        break;
    case Form::Year:
        start = PartialDate::year(m.year);
        mention.hasExplicitYear = true;
        break;
    case Form::InMonth: {
        const auto year = calendar::yearFor(context, m.month, 0);
        if (!year)
            return std::nullopt;
        start = PartialDate::month(*year, m.month);
        break;
    }
    case Form::Season:
        // Three months from the first; a winter is dated by its year alone.
        start = m.month ? PartialDate::month(m.year, m.month) : PartialDate::year(m.year);
        if (m.month)
            mention.end = PartialDate::month(m.year, m.month + 2);
        mention.hasExplicitYear = true;
        break;
    case Form::FollowingYear:
        // Resolved by findDates, which knows the years named before it in the same text.
        return std::nullopt;
    case Form::Relative: {
        if (!context.published)
            return std::nullopt;
        const PartialDate &published = *context.published;
        if (m.word == Word::Today || m.word == Word::Tonight)
            start = published;
        else if (m.word == Word::Tomorrow)
            start = calendar::shiftDays(published, 1);
        else if (m.word == Word::Yesterday)
            start = calendar::shiftDays(published, -1);
        else if (published.hasYear() && m.unit == Word::Year) {
            const int year = published.yearValue();
            const int shift = m.word == Word::Last ? -1 : m.word == Word::Next ? 1 : 0;
            start = PartialDate::year(year + shift);
        } else if (published.hasYear() && published.monthValue() > 0) {
            const int year = published.yearValue();
            const int month = published.monthValue();
            if (m.word == Word::This)
                start = PartialDate::month(year, month);
            else if (m.word == Word::Last || m.word == Word::Past)
                start = month == 1 ? PartialDate::month(year - 1, 12)
                                   : PartialDate::month(year, month - 1);
            else
                start = month == 12 ? PartialDate::month(year + 1, 1)
                                    : PartialDate::month(year, month + 1);
        }
        break;
    }
    case Form::Weekday:
        // An announcement ("will be held on Monday") means the next one after publication.
        start = context.tense == Tense::Future
                    ? calendar::nextWeekday(context.published, m.count)
                    : calendar::latestWeekday(context.published, m.count);
        break;
    case Form::PastYears: {
        if (!context.published || !context.published->hasYear())
            return std::nullopt;
        if (m.count < 1 || m.count > 100)
            return std::nullopt;
        const int now = context.published->yearValue();
        start = PartialDate::year(now - m.count);
        mention.end = PartialDate::year(now);
        break;
    }
    }
    if (!start)
        return std::nullopt;
    mention.date = *start;
    return mention;
}

constexpr std::array kForms = {
    Form::Iso,      Form::Dotted,    Form::MonthDayRange, Form::DayRangeMonth, Form::MonthDay,
    Form::DayMonth, Form::MonthYear, Form::YearRange,     Form::Year,          Form::InMonth,
    Form::Relative, Form::Weekday,   Form::PastYears,     Form::Season,        Form::FollowingYear};

// Only these tokens can begin an expression; most words of a text are skipped at once.
bool canStartExpression(const Token &t)
{
    return t.isNumber || t.word != Word::None;
}

// Whether a text holds a Cyrillic letter: only then can it hold a Russian date expression.
bool hasCyrillic(std::string_view text)
{
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if ((lead == 0xD0 || lead == 0xD1) &&
            (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80)
            return true;
    }
    return false;
}

// A matched English expression as a candidate: resolved, or without a mention when it names a
// period or deadline or does not resolve.
DateCandidate englishCandidate(std::string_view text, const std::vector<Token> &tokens,
                               std::size_t first, Form form, const Match &m,
                               const DateContext &context)
{
    const Token &last = tokens[m.end - 1];
    DateCandidate candidate{tokens[first].offset, last.offset + last.length - tokens[first].offset,
                            std::nullopt};
    // Periods and deadlines ("budget for 2021", "until 2030"), not event dates.
    if (first > 0) {
        const Word before = tokens[first - 1].word;
        if (before == Word::For || before == Word::Till || before == Word::Until ||
            before == Word::By || before == Word::To)
            return candidate;
    }
    // "Russia Today", "Kazakhstan Today": a capitalised day word after a capitalised word names
    // an outlet or a programme.
    const auto capitalised = [&](const Token &t) {
        return text[t.offset] >= 'A' && text[t.offset] <= 'Z';
    };
    if (form == Form::Relative && m.unit == Word::None && first > 0 && capitalised(tokens[first]) &&
        tokens[first].spaceBefore && tokens[first - 1].type == TokenType::Word &&
        capitalised(tokens[first - 1]))
        return candidate;
    // "the 1941-1945 Great Patriotic War": a year range naming something, not a date.
    if (form == Form::YearRange && m.end < tokens.size()) {
        const Token &next = tokens[m.end];
        if (next.type == TokenType::Word && text[next.offset] >= 'A' && text[next.offset] <= 'Z')
            return candidate;
    }
    if (form == Form::FollowingYear) {
        candidate.yearAfterPrevious = true;
        return candidate;
    }
    candidate.mention = resolve(form, m, context);
    return candidate;
}

} // namespace

std::vector<DateMention> findDates(std::string_view text, const DateContext &context)
{
    const std::vector<Token> tokens = tokenize(text);
    const Matcher matcher(tokens, text);
    std::vector<DateCandidate> candidates;
    for (const Form form : kForms) {
        std::size_t i = 0;
        while (i < tokens.size()) {
            if (!canStartExpression(tokens[i])) {
                ++i;
                continue;
            }
            if (const auto m = matcher.match(form, i)) {
                candidates.push_back(englishCandidate(text, tokens, i, form, *m, context));
                i = m->end;
            } else {
                ++i;
            }
        }
    }
    if (hasCyrillic(text)) {
        auto russian = findRussianDates(text, context);
        candidates.insert(candidates.end(), russian.begin(), russian.end());
    }
    // Longest first; among equals, the earlier (more specific) form.
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const DateCandidate &a, const DateCandidate &b) { return a.length > b.length; });
    std::vector<DateMention> result;
    std::vector<DateMention> following; // "the following year": dated once the others are
    // Spans taken so far, start to end: they do not overlap, so only the neighbours of a new
    // span can overlap it (a line may hold a hundred thousand expressions). A period or deadline
    // takes its span too, so no shorter expression inside it is read as an event date.
    std::map<std::size_t, std::size_t> taken;
    for (const auto &c : candidates) {
        const std::size_t end = c.offset + c.length;
        const auto after = taken.lower_bound(c.offset);
        if (after != taken.end() && after->first < end)
            continue;
        if (after != taken.begin() && std::prev(after)->second > c.offset)
            continue;
        taken.emplace(c.offset, end);
        if (c.yearAfterPrevious) {
            DateMention mention;
            mention.offset = c.offset;
            mention.length = c.length;
            following.push_back(mention);
        } else if (c.mention) {
            DateMention mention = *c.mention;
            mention.offset = c.offset;
            mention.length = c.length;
            result.push_back(mention);
        }
    }
    const auto byOffset = [](const DateMention &a, const DateMention &b) {
        return a.offset < b.offset;
    };
    std::sort(result.begin(), result.end(), byOffset);
    if (following.empty())
        return result;
    // The year after the last one named before it: in this text, else the narrative's.
    std::sort(following.begin(), following.end(), byOffset);
    std::optional<int> lastYear = context.narrativeYear;
    auto named = result.begin();
    std::vector<DateMention> dated;
    for (auto &mention : following) {
        for (; named != result.end() && named->offset < mention.offset; ++named) {
            if (named->hasExplicitYear && named->date.hasYear())
                lastYear = (named->end ? *named->end : named->date).yearValue();
        }
        if (!lastYear)
            continue;
        lastYear = *lastYear + 1;
        mention.date = PartialDate::year(*lastYear);
        dated.push_back(mention);
    }
    result.insert(result.end(), dated.begin(), dated.end());
    std::sort(result.begin(), result.end(), byOffset);
    return result;
}

} // namespace csto::extract
