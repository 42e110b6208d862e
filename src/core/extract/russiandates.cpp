// SPDX-License-Identifier: MIT
#include "russiandates.h"

#include "calendar.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <tuple>

// Like the English grammar, matched over word tokens: RE2 folds no Cyrillic case in its Latin-1
// mode, and a scanner over tokens reads a month in any of its grammatical cases from one table.
namespace csto::extract {
namespace {

// The words a Russian date expression is built from.
enum class Word : std::uint8_t
{
    None,
    Month,      // value: 1..12
    MonthShort, // «янв», «дек»: value 1..12
    Weekday,    // value: 0 = Sunday .. 6
    YearWord, // «год», «года», «году», «годом»; value 1: the abbreviation «г»
    YearsWord, // «годы», «годов», «годах», «годами»; value 1: the abbreviation «гг»
    In,        // «в», «во»
    From,      // «с», «со»; value 1: «с», which «с.г.» begins with
    To,        // «по»
    Until,     // «до»
    By,        // «к», «ко»
    For,       // «на»
    Today,     // value: days from publication («вчера» -1, «завтра» 1)
    Shift,     // «прошлом», «этом», «следующем»...; value -1, 0, 1
    MonthUnit, // «месяце», «месяца»
    WeekUnit,  // «неделе»
    Part, // «начале», «конце», «середине», «течение» (of a month or year)
    Season, // «весной», «летом», «осенью», «зимой» (of a year)
};

struct Keyword
{
    std::string_view text; // lower case, ё written е
    Word word;
    int value;
};

constexpr Keyword kKeywords[] = {
    {"январь", Word::Month, 1},
    {"января", Word::Month, 1},
    {"январе", Word::Month, 1},
    {"январем", Word::Month, 1},
    {"янв", Word::MonthShort, 1},
    {"февраль", Word::Month, 2},
    {"февраля", Word::Month, 2},
    {"феврале", Word::Month, 2},
    {"февралем", Word::Month, 2},
    {"фев", Word::MonthShort, 2},
    {"февр", Word::MonthShort, 2},
    {"март", Word::Month, 3},
    {"марта", Word::Month, 3},
    {"марте", Word::Month, 3},
    {"мартом", Word::Month, 3},
    {"мар", Word::MonthShort, 3},
    {"апрель", Word::Month, 4},
    {"апреля", Word::Month, 4},
    {"апреле", Word::Month, 4},
    {"апрелем", Word::Month, 4},
    {"апр", Word::MonthShort, 4},
    {"май", Word::Month, 5},
    {"мая", Word::Month, 5},
    {"мае", Word::Month, 5},
    {"маем", Word::Month, 5},
    {"июнь", Word::Month, 6},
    {"июня", Word::Month, 6},
    {"июне", Word::Month, 6},
    {"июнем", Word::Month, 6},
    {"июн", Word::MonthShort, 6},
    {"июль", Word::Month, 7},
    {"июля", Word::Month, 7},
    {"июле", Word::Month, 7},
    {"июлем", Word::Month, 7},
    {"июл", Word::MonthShort, 7},
    {"август", Word::Month, 8},
    {"августа", Word::Month, 8},
    {"августе", Word::Month, 8},
    {"августом", Word::Month, 8},
    {"авг", Word::MonthShort, 8},
    {"сентябрь", Word::Month, 9},
    {"сентября", Word::Month, 9},
    {"сентябре", Word::Month, 9},
    {"сентябрем", Word::Month, 9},
    {"сен", Word::MonthShort, 9},
    {"сент", Word::MonthShort, 9},
    {"октябрь", Word::Month, 10},
    {"октября", Word::Month, 10},
    {"октябре", Word::Month, 10},
    {"октябрем", Word::Month, 10},
    {"окт", Word::MonthShort, 10},
    {"ноябрь", Word::Month, 11},
    {"ноября", Word::Month, 11},
    {"ноябре", Word::Month, 11},
    {"ноябрем", Word::Month, 11},
    {"ноя", Word::MonthShort, 11},
    {"нояб", Word::MonthShort, 11},
    {"декабрь", Word::Month, 12},
    {"декабря", Word::Month, 12},
    {"декабре", Word::Month, 12},
    {"декабрем", Word::Month, 12},
    {"дек", Word::MonthShort, 12},
    {"понедельник", Word::Weekday, 1},
    {"вторник", Word::Weekday, 2},
    {"среду", Word::Weekday, 3},
    {"среда", Word::Weekday, 3},
    {"четверг", Word::Weekday, 4},
    {"пятницу", Word::Weekday, 5},
    {"пятница", Word::Weekday, 5},
    {"субботу", Word::Weekday, 6},
    {"суббота", Word::Weekday, 6},
    {"воскресенье", Word::Weekday, 0},
    {"год", Word::YearWord, 0},
    {"года", Word::YearWord, 0},
    {"году", Word::YearWord, 0},
    {"годом", Word::YearWord, 0},
    {"г", Word::YearWord, 1},
    {"годы", Word::YearsWord, 0},
    {"годов", Word::YearsWord, 0},
    {"годах", Word::YearsWord, 0},
    {"годами", Word::YearsWord, 0},
    {"гг", Word::YearsWord, 1},
    {"в", Word::In, 0},
    {"во", Word::In, 0},
    {"с", Word::From, 1},
    {"со", Word::From, 0},
    {"по", Word::To, 0},
    {"до", Word::Until, 0},
    {"к", Word::By, 0},
    {"ко", Word::By, 0},
    {"на", Word::For, 0},
    {"сегодня", Word::Today, 0},
    {"вчера", Word::Today, -1},
    {"завтра", Word::Today, 1},
    {"позавчера", Word::Today, -2},
    {"послезавтра", Word::Today, 2},
    {"прошлом", Word::Shift, -1},
    {"прошлого", Word::Shift, -1},
    {"прошлой", Word::Shift, -1},
    {"минувшем", Word::Shift, -1},
    {"минувшего", Word::Shift, -1},
    {"минувшей", Word::Shift, -1},
    {"этом", Word::Shift, 0},
    {"этого", Word::Shift, 0},
    {"этой", Word::Shift, 0},
    {"текущем", Word::Shift, 0},
    {"текущего", Word::Shift, 0},
    {"текущей", Word::Shift, 0},
    {"нынешнем", Word::Shift, 0},
    {"нынешнего", Word::Shift, 0},
    {"нынешней", Word::Shift, 0},
    {"следующем", Word::Shift, 1},
    {"следующего", Word::Shift, 1},
    {"следующей", Word::Shift, 1},
    {"будущем", Word::Shift, 1},
    {"будущего", Word::Shift, 1},
    {"будущей", Word::Shift, 1},
    {"месяце", Word::MonthUnit, 0},
    {"месяца", Word::MonthUnit, 0},
    {"неделе", Word::WeekUnit, 0},
    {"начале", Word::Part, 0},
    {"конце", Word::Part, 0},
    {"середине", Word::Part, 0},
    {"течение", Word::Part, 0},
    {"весной", Word::Season, 0},
    {"летом", Word::Season, 0},
    {"осенью", Word::Season, 0},
    {"зимой", Word::Season, 0},
};

// The longest keyword in bytes: «воскресенье», «понедельник».
constexpr std::size_t kLongestKeyword = 22;

// The word in lower case with ё as е, as keywords are written, in `buffer`; empty when it is
// longer than any keyword.
std::string_view folded(std::string_view word, std::array<char, kLongestKeyword> &buffer)
{
    if (word.size() > buffer.size())
        return {};
    for (std::size_t i = 0; i < word.size(); ++i) {
        auto c = static_cast<unsigned char>(word[i]);
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c + ('a' - 'A'));
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < word.size()) {
            auto next = static_cast<unsigned char>(word[i + 1]);
            if (c == 0xD0 && next >= 0x90 && next <= 0x9F) { // А..П
                next = static_cast<unsigned char>(next + 0x20);
            } else if (c == 0xD0 && next >= 0xA0 && next <= 0xAF) { // Р..Я
                c = 0xD1;
                next = static_cast<unsigned char>(next - 0x20);
            } else if ((c == 0xD0 && next == 0x81) || (c == 0xD1 && next == 0x91)) { // Ё, ё
                c = 0xD0;
                next = 0xB5;
            }
            buffer[i] = static_cast<char>(c);
            buffer[++i] = static_cast<char>(next);
            continue;
        }
        buffer[i] = static_cast<char>(c);
    }
    return {buffer.data(), word.size()};
}

const Keyword *keywordFor(std::string_view word)
{
    static const std::vector<Keyword> sorted = [] {
        std::vector<Keyword> keywords(std::begin(kKeywords), std::end(kKeywords));
        std::sort(keywords.begin(), keywords.end(),
                  [](const Keyword &a, const Keyword &b) { return a.text < b.text; });
        return keywords;
    }();
    const auto found =
        std::lower_bound(sorted.begin(), sorted.end(), word,
                         [](const Keyword &k, std::string_view s) { return k.text < s; });
    return found != sorted.end() && found->text == word ? &*found : nullptr;
}

enum class TokenType : std::uint8_t
{
    Letters, // a run of Latin and Cyrillic letters
    Number,  // a run of ASCII digits
    Dash,    // '-', figure dash, en dash, em dash, minus sign
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
    int value = 0; // the keyword's value, or the number (up to four digits)
};

unsigned char byteAt(std::string_view text, std::size_t i)
{
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
}

// The length of the letter at `i` (an ASCII or a two-byte Cyrillic one), or 0.
std::size_t letterAt(std::string_view text, std::size_t i)
{
    const unsigned char c = byteAt(text, i);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    if ((c == 0xD0 || c == 0xD1) && (byteAt(text, i + 1) & 0xC0) == 0x80)
        return 2;
    return 0;
}

// The length of the white space at `i`: ASCII, no-break, thin and narrow no-break spaces.
std::size_t spaceAt(std::string_view text, std::size_t i)
{
    const unsigned char c = byteAt(text, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && byteAt(text, i + 1) == 0xA0)
        return 2;
    if (c == 0xE2 && byteAt(text, i + 1) == 0x80 &&
        (byteAt(text, i + 2) == 0x89 || byteAt(text, i + 2) == 0xAF))
        return 3;
    return 0;
}

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    bool space = true;
    std::size_t i = 0;
    while (i < text.size()) {
        if (const std::size_t blank = spaceAt(text, i)) {
            space = true;
            i += blank;
            continue;
        }
        Token token;
        token.offset = i;
        token.spaceBefore = space;
        space = false;
        const unsigned char c = byteAt(text, i);
        if (c >= '0' && c <= '9') {
            while (byteAt(text, i) >= '0' && byteAt(text, i) <= '9')
                ++i;
            token.type = TokenType::Number;
            token.length = i - token.offset;
            if (token.length <= 4) {
                for (std::size_t d = token.offset; d < i; ++d)
                    token.value = token.value * 10 + (text[d] - '0');
            }
        } else if (letterAt(text, i) > 0) {
            while (const std::size_t letter = letterAt(text, i))
                i += letter;
            token.type = TokenType::Letters;
            token.length = i - token.offset;
            std::array<char, kLongestKeyword> buffer{};
            if (const Keyword *k =
                    keywordFor(folded(text.substr(token.offset, token.length), buffer))) {
                token.word = k->word;
                token.value = k->value;
            }
        } else if (c == '-' || c == '.' || c == ',') {
            token.type = c == '-' ? TokenType::Dash : c == '.' ? TokenType::Dot : TokenType::Comma;
            token.length = 1;
            ++i;
        } else {
            std::size_t length = 1;
            if (c >= 0xC0) {
                while (length < 4 && (byteAt(text, i + length) & 0xC0) == 0x80)
                    ++length;
            }
            const std::string_view character = text.substr(i, length);
            token.type = character == "\u2012" || character == "\u2013" || character == "\u2014" ||
                                 character == "\u2212"
                             ? TokenType::Dash
                             : TokenType::Other;
            token.length = length;
            i += length;
        }
        tokens.push_back(token);
    }
    return tokens;
}

// The year a day or month expression gives after its day and month: «2025 года», «с.г.», or
// «прошлого года».
struct YearTail
{
    int year = 0; // stated; 0: not stated
    bool thisYear = false;
    std::optional<int> shift; // years from publication
};

enum class Kind
{
    Day,
    DayRange,
    Month,
    MonthRange,
    Year,
    YearRange,
    RelativeDay,
    RelativeYear,
    RelativeMonth,
    Week,
    Weekday,
};

// What a matched expression says, before it is resolved against a context.
struct Expression
{
    Kind kind = Kind::Day;
    std::size_t first = 0; // token indices, end exclusive
    std::size_t end = 0;
    int day = 0;
    int month = 0;
    int endDay = 0;
    int endMonth = 0; // DayRange, MonthRange
    int year = 0;     // Year and YearRange; DayRange: the first part's own year, 0 if none
    int endYear = 0;
    YearTail tail; // Day, DayRange and MonthRange (their end), Month
    int shift = 0; // relative: days, years, months or weeks from publication; Weekday: the day
};

class Matcher
{
public:
    using Step = std::optional<std::size_t>;
    using Form = Step (Matcher::*)(std::size_t, Expression &) const;

    explicit Matcher(const std::vector<Token> &tokens) : m_tokens(tokens) {}

    [[nodiscard]] std::optional<Expression> match(Form form, std::size_t at) const
    {
        Expression e;
        const Step end = (this->*form)(at, e);
        if (!end)
            return std::nullopt;
        e.first = at;
        e.end = *end;
        return e;
    }

    // Tried in this order; among expressions of one length the earlier form wins.
    static std::array<Form, 12> forms()
    {
        return {&Matcher::rangeFromTo,   &Matcher::rangeDash, &Matcher::yearRange,
                &Matcher::monthRange,    &Matcher::dayMonth,  &Matcher::monthDay,
                &Matcher::numericDashed, &Matcher::monthYear, &Matcher::yearAlone,
                &Matcher::inMonth,       &Matcher::relative,  &Matcher::weekday};
    }

private:
    const Token *at(std::size_t i) const { return i < m_tokens.size() ? &m_tokens[i] : nullptr; }
    const Token *joined(std::size_t i) const
    {
        const Token *t = at(i);
        return t && !t->spaceBefore ? t : nullptr;
    }
    const Token *spaced(std::size_t i) const
    {
        const Token *t = at(i);
        return t && t->spaceBefore ? t : nullptr;
    }
    static bool is(const Token *t, Word word) { return t && t->word == word; }
    static bool isType(const Token *t, TokenType type) { return t && t->type == type; }
    static bool isDay(const Token *t)
    {
        return isType(t, TokenType::Number) && t->length <= 2 && t->value >= 1 && t->value <= 31;
    }
    static bool isYear(const Token *t)
    {
        return isType(t, TokenType::Number) && t->length == 4 && t->value >= 1800 &&
               t->value <= 2099;
    }

    // A month name at `i`, with the full stop of an abbreviation («дек.»).
    Step month(std::size_t i, int &month) const
    {
        const Token *t = at(i);
        if (is(t, Word::Month)) {
            month = t->value;
            return i + 1;
        }
        if (!is(t, Word::MonthShort))
            return std::nullopt;
        month = t->value;
        return isType(joined(i + 1), TokenType::Dot) ? i + 2 : i + 1;
    }
    Step spacedMonth(std::size_t i, int &value) const
    {
        return spaced(i) ? month(i, value) : std::nullopt;
    }

    // A word for year after a year («году», «г.», «гг.», «г.г.»), joined («2009г.») or spaced.
    Step yearWord(std::size_t i) const
    {
        const Token *t = at(i);
        if (!is(t, Word::YearWord) && !is(t, Word::YearsWord))
            return std::nullopt;
        if (t->value == 0) // a whole word
            return i + 1;
        std::size_t next = isType(joined(i + 1), TokenType::Dot) ? i + 2 : i + 1;
        // «г.г.»: the plural written as the abbreviation twice.
        if (next == i + 2 && is(joined(next), Word::YearWord) && at(next)->value == 1)
            next = isType(joined(next + 1), TokenType::Dot) ? next + 2 : next + 1;
        return next;
    }

    // A year at `i`, and its word for year if one follows: the index after both.
    Step yearNumber(std::size_t i, int &year) const
    {
        if (!isYear(at(i)))
            return std::nullopt;
        year = at(i)->value;
        const Step word = yearWord(i + 1);
        return word ? *word : i + 1;
    }

    // «с.г.», «с. г.»: this year.
    Step thisYearMark(std::size_t i) const
    {
        const Token *s = at(i);
        if (!is(s, Word::From) || s->value != 1 || !isType(joined(i + 1), TokenType::Dot))
            return std::nullopt;
        const Token *g = at(i + 2);
        if (!is(g, Word::YearWord) || g->value != 1)
            return std::nullopt;
        return isType(joined(i + 3), TokenType::Dot) ? i + 4 : i + 3;
    }

    // The year after a day or month, if any: the index after it, `i` when there is none.
    std::size_t yearTail(std::size_t i, YearTail &tail) const
    {
        std::size_t s = i;
        if (isType(joined(s), TokenType::Comma))
            ++s;
        if (!spaced(s))
            return i;
        if (const Step after = yearNumber(s, tail.year))
            return *after;
        if (const Step after = thisYearMark(s)) {
            tail.thisYear = true;
            return *after;
        }
        if (is(at(s), Word::Shift) && is(spaced(s + 1), Word::YearWord) && at(s + 1)->value == 0) {
            tail.shift = at(s)->value;
            return s + 2;
        }
        return i;
    }

    // «с 2 по 16 октября 2009 г.», «с 29 мая по 2 июня 2017 года», «с 2021 по 2025 год»
    Step rangeFromTo(std::size_t i, Expression &e) const
    {
        if (!is(at(i), Word::From))
            return std::nullopt;
        if (isYear(spaced(i + 1))) {
            const Step to = yearNumber(i + 1, e.year);
            if (!to || !is(spaced(*to), Word::To) || !spaced(*to + 1))
                return std::nullopt;
            e.kind = Kind::YearRange;
            return yearNumber(*to + 1, e.endYear);
        }
        if (!isDay(spaced(i + 1)))
            return std::nullopt;
        return dayRange(i + 1, Separator::To, e);
    }

    // «7–11 июня», «29 марта — 6 апреля 2005 г.»
    Step rangeDash(std::size_t i, Expression &e) const
    {
        if (!isDay(at(i)))
            return std::nullopt;
        return dayRange(i, Separator::Dash, e);
    }

    enum class Separator
    {
        To,  // «с 2 по 16 октября»
        Dash // «29 марта — 6 апреля»
    };

    // A range of days from the day at `first`: its own month and year if given, the separator,
    // the last day with its month, and the year after it.
    Step dayRange(std::size_t first, Separator separator, Expression &e) const
    {
        e.day = at(first)->value;
        std::size_t n = first + 1;
        if (const Step afterMonth = spacedMonth(n, e.month)) {
            n = *afterMonth;
            YearTail own;
            const std::size_t afterYear = yearTail(n, own);
            if (own.year != 0) {
                e.year = own.year;
                n = afterYear;
            }
        }
        const bool separated = separator == Separator::To
                                   ? is(spaced(n), Word::To) && isDay(spaced(n + 1))
                                   : isType(at(n), TokenType::Dash) && isDay(at(n + 1));
        if (!separated)
            return std::nullopt;
        e.endDay = at(n + 1)->value;
        const Step afterEnd = spacedMonth(n + 2, e.endMonth);
        if (!afterEnd)
            return std::nullopt;
        if (e.month == 0)
            e.month = e.endMonth;
        e.kind = Kind::DayRange;
        return yearTail(*afterEnd, e.tail);
    }

    // «в 2021–2025 годах», «1992-1994 гг.», «1999-2003 г.г.»
    Step yearRange(std::size_t i, Expression &e) const
    {
        const bool introduced = is(at(i), Word::In) || is(at(i), Word::From);
        const std::size_t first = introduced ? i + 1 : i;
        if (!isYear(introduced ? spaced(first) : at(first)) ||
            !isType(at(first + 1), TokenType::Dash) || !isYear(at(first + 2)))
            return std::nullopt;
        e.year = at(first)->value;
        e.endYear = at(first + 2)->value;
        e.kind = Kind::YearRange;
        const Step word = yearWord(first + 3);
        if (introduced)
            return word ? *word : first + 3;
        // Without a preposition only a word for years makes two years a period.
        return word;
    }

    // «с января по март 2015 года», «в ноябре–декабре 2014 г.», «в январе-феврале»
    Step monthRange(std::size_t i, Expression &e) const
    {
        const bool fromTo = is(at(i), Word::From);
        if (!fromTo && !is(at(i), Word::In))
            return std::nullopt;
        const Step afterStart =
            is(spaced(i + 1), Word::Month) ? month(i + 1, e.month) : std::nullopt;
        if (!afterStart)
            return std::nullopt;
        std::size_t n = *afterStart;
        if (fromTo ? !is(spaced(n), Word::To) : !isType(at(n), TokenType::Dash))
            return std::nullopt;
        const Step afterEnd = is(at(n + 1), Word::Month) ? month(n + 1, e.endMonth) : std::nullopt;
        if (!afterEnd || e.endMonth == e.month)
            return std::nullopt;
        e.kind = Kind::MonthRange;
        return yearTail(*afterEnd, e.tail);
    }

    // «16 декабря 2025 года», «1 янв», «12 мая с.г.», «1 января будущего года»
    Step dayMonth(std::size_t i, Expression &e) const
    {
        if (!isDay(at(i)))
            return std::nullopt;
        e.day = at(i)->value;
        const Step afterMonth = spacedMonth(i + 1, e.month);
        if (!afterMonth)
            return std::nullopt;
        e.kind = Kind::Day;
        return yearTail(*afterMonth, e.tail);
    }

    // «Июнь 2, 2010»: the month first only with a year.
    Step monthDay(std::size_t i, Expression &e) const
    {
        const Step afterMonth = month(i, e.month);
        if (!afterMonth || !isDay(spaced(*afterMonth)))
            return std::nullopt;
        e.day = at(*afterMonth)->value;
        std::size_t s = *afterMonth + 1;
        if (isType(joined(s), TokenType::Comma))
            ++s;
        if (!spaced(s))
            return std::nullopt;
        e.kind = Kind::Day;
        return yearNumber(s, e.tail.year);
    }

    // «03-06-2017»: day, month and year with hyphens.
    Step numericDashed(std::size_t i, Expression &e) const
    {
        const auto twoDigits = [&](std::size_t k) {
            const Token *t = k == i ? at(k) : joined(k);
            return isType(t, TokenType::Number) && t->length == 2;
        };
        const auto hyphen = [&](std::size_t k) {
            const Token *t = joined(k);
            return isType(t, TokenType::Dash) && t->length == 1;
        };
        if (!twoDigits(i) || !hyphen(i + 1) || !twoDigits(i + 2) || !hyphen(i + 3) ||
            !isYear(joined(i + 4)))
            return std::nullopt;
        if (const Token *next = joined(i + 5);
            next && (next->type == TokenType::Dash || next->type == TokenType::Number))
            return std::nullopt;
        e.day = at(i)->value;
        e.month = at(i + 2)->value;
        e.tail.year = at(i + 4)->value;
        if (e.month < 1 || e.month > 12)
            return std::nullopt;
        e.kind = Kind::Day;
        return i + 5;
    }

    // «декабрь 2014 года», «декабре 2014 г.», «феврале прошлого года», «марте с.г.»
    Step monthYear(std::size_t i, Expression &e) const
    {
        const Step afterMonth = month(i, e.month);
        if (!afterMonth)
            return std::nullopt;
        const std::size_t end = yearTail(*afterMonth, e.tail);
        if (end == *afterMonth)
            return std::nullopt;
        e.kind = Kind::Month;
        return end;
    }

    // «в 2012 году», «с 2005 года», «в конце 2014 года», «летом 2012 года», «в следующем, 2024
    // году»
    Step yearAlone(std::size_t i, Expression &e) const
    {
        std::size_t n = i + 1;
        if (is(at(i), Word::In) || is(at(i), Word::From)) {
            if (is(spaced(n), Word::Part))
                ++n;
            else if (is(spaced(n), Word::Shift) && isType(joined(n + 1), TokenType::Comma))
                n += 2;
        } else if (!is(at(i), Word::Season)) {
            return std::nullopt;
        }
        if (!isYear(spaced(n)))
            return std::nullopt;
        e.year = at(n)->value;
        e.kind = Kind::Year;
        return yearWord(n + 1);
    }

    // «в декабре», «в начале марта»: a month of the year the text is talking about.
    Step inMonth(std::size_t i, Expression &e) const
    {
        if (!is(at(i), Word::In))
            return std::nullopt;
        std::size_t n = i + 1;
        if (is(spaced(n), Word::Part))
            ++n;
        // An abbreviation alone is more often a word cut short than a month.
        const Step afterMonth = is(spaced(n), Word::Month) ? month(n, e.month) : std::nullopt;
        if (!afterMonth)
            return std::nullopt;
        // With a year or a number after it, it is another form.
        YearTail tail;
        if (yearTail(*afterMonth, tail) != *afterMonth ||
            isType(spaced(*afterMonth), TokenType::Number))
            return std::nullopt;
        e.kind = Kind::Month;
        return afterMonth;
    }

    // «сегодня», «в прошлом году», «в этом месяце», «на прошлой неделе»
    Step relative(std::size_t i, Expression &e) const
    {
        const Token *t = at(i);
        if (is(t, Word::Today)) {
            e.kind = Kind::RelativeDay;
            e.shift = t->value;
            return i + 1;
        }
        const Token *shift = spaced(i + 1);
        const Token *unit = spaced(i + 2);
        if (!is(shift, Word::Shift) || !unit)
            return std::nullopt;
        e.shift = shift->value;
        if (is(t, Word::In) && unit->word == Word::YearWord && unit->value == 0)
            e.kind = Kind::RelativeYear;
        else if (is(t, Word::In) && unit->word == Word::MonthUnit)
            e.kind = Kind::RelativeMonth;
        else if (is(t, Word::For) && unit->word == Word::WeekUnit)
            e.kind = Kind::Week;
        else
            return std::nullopt;
        return i + 3;
    }

    // «в понедельник», «во вторник»
    Step weekday(std::size_t i, Expression &e) const
    {
        if (!is(at(i), Word::In) || !is(spaced(i + 1), Word::Weekday))
            return std::nullopt;
        e.kind = Kind::Weekday;
        e.shift = at(i + 1)->value;
        return i + 2;
    }

    const std::vector<Token> &m_tokens;
};

// The year a tail gives, and whether the text states it. `resolved` is false when the tail needs
// a publication year there is none of.
struct TailYear
{
    bool resolved = true;
    std::optional<int> year;
    bool stated = false;
};

TailYear yearOf(const YearTail &tail, int month, const DateContext &context)
{
    const bool publishedYear = context.published && context.published->hasYear();
    if (tail.year != 0)
        return {true, tail.year, true};
    if (tail.shift) {
        if (!publishedYear)
            return {false, std::nullopt, false};
        return {true, context.published->yearValue() + *tail.shift, false};
    }
    if (tail.thisYear && publishedYear)
        return {true, context.published->yearValue(), false};
    return {true, calendar::yearFor(context, month, 0), false};
}

std::optional<DateMention> resolve(const Expression &e, const DateContext &context)
{
    DateMention mention;
    const std::optional<PartialDate> &published = context.published;
    const bool publishedYear = published && published->hasYear();
    std::optional<PartialDate> start;
    switch (e.kind) {
    case Kind::Day: {
        const TailYear year = yearOf(e.tail, e.month, context);
        if (!year.resolved)
            return std::nullopt;
        start = calendar::makeDay(year.year, e.month, e.day);
        mention.hasExplicitYear = year.stated;
        break;
    }
    case Kind::DayRange: {
        const TailYear year = yearOf(e.tail, e.endMonth, context);
        if (!year.resolved)
            return std::nullopt;
        // «с 28 декабря по 3 января 2017 года» begins in the year before.
        std::optional<int> startYear = e.year != 0 ? std::optional(e.year) : year.year;
        if (e.year == 0 && year.year && e.month > e.endMonth)
            startYear = *year.year - 1;
        start = calendar::makeDay(startYear, e.month, e.day);
        mention.end = calendar::makeDay(year.year, e.endMonth, e.endDay);
        if (!start || !mention.end || start->hasYear() != mention.end->hasYear())
            return std::nullopt;
        const auto key = [](const PartialDate &d) {
            return std::tuple(d.hasYear() ? d.yearValue() : 0, d.monthValue(), d.dayValue());
        };
        if (key(*start) >= key(*mention.end))
            return std::nullopt;
        mention.hasExplicitYear = year.stated || e.year != 0;
        break;
    }
    case Kind::Month: {
        const TailYear year = yearOf(e.tail, e.month, context);
        if (!year.resolved || !year.year)
            return std::nullopt;
        start = PartialDate::month(*year.year, e.month);
        mention.hasExplicitYear = year.stated;
        break;
    }
    case Kind::MonthRange: {
        const TailYear year = yearOf(e.tail, e.endMonth, context);
        if (!year.resolved || !year.year)
            return std::nullopt;
        // «с ноября по февраль 2015 года» begins in the year before.
        start = PartialDate::month(e.month > e.endMonth ? *year.year - 1 : *year.year, e.month);
        mention.end = PartialDate::month(*year.year, e.endMonth);
        mention.hasExplicitYear = year.stated;
        break;
    }
    case Kind::Year:
        start = PartialDate::year(e.year);
        mention.hasExplicitYear = true;
        break;
    case Kind::YearRange:
        if (e.endYear <= e.year)
            return std::nullopt;
        start = PartialDate::year(e.year);
        mention.end = PartialDate::year(e.endYear);
        mention.hasExplicitYear = true;
        break;
    case Kind::RelativeDay:
        if (!published)
            return std::nullopt;
        start = e.shift == 0 ? published : calendar::shiftDays(*published, e.shift);
        break;
    case Kind::RelativeYear:
        if (!publishedYear)
            return std::nullopt;
        start = PartialDate::year(published->yearValue() + e.shift);
        break;
    case Kind::RelativeMonth: {
        if (!publishedYear || published->monthValue() == 0)
            return std::nullopt;
        const int months = published->yearValue() * 12 + published->monthValue() - 1 + e.shift;
        start = PartialDate::month(months / 12, months % 12 + 1);
        break;
    }
    case Kind::Week: {
        if (!published || published->precision() != PartialDate::Precision::Day)
            return std::nullopt;
        const int sinceMonday = (calendar::weekdayOf(*published) + 6) % 7;
        start = calendar::shiftDays(*published, 7 * e.shift - sinceMonday);
        if (start)
            mention.end = calendar::shiftDays(*start, 6);
        break;
    }
    case Kind::Weekday:
        start = calendar::latestWeekday(published, e.shift);
        break;
    }
    if (!start)
        return std::nullopt;
    mention.date = *start;
    return mention;
}

// Deadlines («до 1 августа», «к 2025 году», «по 2 июня») and, for years, periods («на 2024 год»,
// «на 2016-2017 годы»).
bool namesPeriod(const std::vector<Token> &tokens, const Expression &e)
{
    if (e.first == 0)
        return false;
    const Word before = tokens[e.first - 1].word;
    if (before == Word::Until || before == Word::By || before == Word::To)
        return true;
    return before == Word::For && (e.kind == Kind::Year || e.kind == Kind::YearRange);
}

// Only these tokens can begin an expression.
bool canStart(const Token &t)
{
    return t.type == TokenType::Number || t.word != Word::None;
}

} // namespace

std::vector<DateCandidate> findRussianDates(std::string_view text, const DateContext &context)
{
    const std::vector<Token> tokens = tokenize(text);
    const Matcher matcher(tokens);
    std::vector<DateCandidate> candidates;
    for (const auto form : Matcher::forms()) {
        std::size_t i = 0;
        while (i < tokens.size()) {
            const auto e = canStart(tokens[i]) ? matcher.match(form, i) : std::nullopt;
            if (!e) {
                ++i;
                continue;
            }
            const Token &last = tokens[e->end - 1];
            DateCandidate candidate{tokens[i].offset, last.offset + last.length - tokens[i].offset,
                                    std::nullopt};
            try {
                if (!namesPeriod(tokens, *e))
                    candidate.mention = resolve(*e, context);
            } catch (const DateError &) {
                // A year the calendar lacks: a publication year given at its limits, shifted.
            }
            candidates.push_back(candidate);
            i = e->end;
        }
    }
    return candidates;
}

} // namespace csto::extract
