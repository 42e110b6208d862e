// SPDX-License-Identifier: MIT
#include "dates.h"

#include "../error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <ctime>
#include <regex>
#include <string>

namespace csto::extract {
namespace {

const std::string kMonth =
    "(january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const std::string kOrdinal = "(?:st|nd|rd|th)?";
const std::string kDash = "\\s*(?:-|\xE2\x80\x93|\xE2\x80\x94|to)\\s*"; // -, en dash, em dash
const std::string kYear = "((?:1[89]|20)\\d\\d)";

int monthNumber(std::string name)
{
    static constexpr std::array<const char *, 12> prefixes = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
        if (name.starts_with(prefixes[i]))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

std::optional<PartialDate> makeDay(std::optional<int> year, int month, int day)
{
    try {
        if (year)
            return PartialDate::day(*year, month, day);
        return PartialDate::dayOfYear(month, day);
    } catch (const DateError &) {
        return std::nullopt;
    }
}

std::optional<PartialDate> shiftDays(const PartialDate &date, int days)
{
    if (date.precision() != PartialDate::Precision::Day &&
        date.precision() != PartialDate::Precision::DayOfYear)
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = (date.hasYear() ? date.yearValue() : 2001) - 1900; // 2001: not a leap year
    tm.tm_mon = date.monthValue() - 1;
    tm.tm_mday = date.dayValue() + days;
    tm.tm_hour = 12;
    timegm(&tm);
    return makeDay(date.hasYear() ? std::optional(tm.tm_year + 1900) : std::nullopt, tm.tm_mon + 1,
                   tm.tm_mday);
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
};

struct Pattern
{
    Form form;
    std::regex regex;
};

const std::vector<Pattern> &patterns()
{
    const auto flags = std::regex::icase | std::regex::optimize;
    static const std::vector<Pattern> list = {
        {Form::Iso, std::regex("\\b" + kYear + "-(\\d\\d)-(\\d\\d)\\b", flags)},
        {Form::Dotted, std::regex("\\b(\\d{1,2})\\.(\\d{1,2})\\." + kYear + "\\b", flags)},
        {Form::MonthDayRange,
         std::regex("\\b" + kMonth + ",?\\s+(\\d{1,2})" + kOrdinal + kDash + "(\\d{1,2})" +
                        kOrdinal + "(?:,?\\s+" + kYear + ")?\\b",
                    flags)},
        {Form::DayRangeMonth,
         std::regex("\\b(\\d{1,2})" + kOrdinal + kDash + "(\\d{1,2})" + kOrdinal + "\\s+" + kMonth +
                        "(?:,?\\s+" + kYear + ")?\\b",
                    flags)},
        {Form::MonthDay, std::regex("\\b" + kMonth + ",?\\s+(\\d{1,2})" + kOrdinal +
                                        "(?!\\d)(?:,?\\s+" + kYear + ")?\\b",
                                    flags)},
        {Form::DayMonth, std::regex("\\b(?:the\\s+)?(\\d{1,2})" + kOrdinal + "\\s+(?:of\\s+)?" +
                                        kMonth + "(?:,?\\s+" + kYear + ")?\\b",
                                    flags)},
        {Form::MonthYear, std::regex("\\b" + kMonth + ",?\\s+" + kYear + "\\b", flags)},
        {Form::YearRange, std::regex("\\b(?:in|from|during|between|over)\\s+(?:the\\s+)?" + kYear +
                                         kDash + kYear + "\\b",
                                     flags)},
        {Form::Year, std::regex("\\b(?:in|since|from|during)\\s+(?:the\\s+year\\s+)?" + kYear +
                                    "\\b(?!\\s*(?:-|\xE2\x80\x93))",
                                flags)},
        {Form::InMonth, std::regex("\\b(?:in|since|from|during|early|late|mid-?)\\s+" + kMonth +
                                       "\\b(?!\\s*,?\\s*\\d)",
                                   flags)},
        {Form::Relative, std::regex("\\b(today|tonight|tomorrow|yesterday|(this|last|next|past)"
                                    "\\s+(year|month))\\b",
                                    flags)},
        {Form::Weekday,
         std::regex("\\bon\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
                    flags)},
        {Form::PastYears,
         std::regex("\\b(?:for|over|in)\\s+the\\s+(?:past|last)\\s+(two|three|four|"
                    "five|six|seven|eight|nine|ten|\\d+)\\s+years\\b",
                    flags)},
    };
    return list;
}

int numberWord(std::string word)
{
    static const std::array<const char *, 9> words = {"two",   "three", "four", "five", "six",
                                                      "seven", "eight", "nine", "ten"};
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (word == words[i])
            return static_cast<int>(i) + 2;
    }
    return std::atoi(word.c_str());
}

std::optional<int> yearOf(const std::ssub_match &match)
{
    if (!match.matched)
        return std::nullopt;
    return std::stoi(match.str());
}

// The word just before `offset`, lower-cased ("for" in "budget for 2021").
std::string previousWord(std::string_view text, std::size_t offset)
{
    std::size_t end = offset;
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])))
        --start;
    std::string word(text.substr(start, end - start));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return word;
}

bool startsWithCapitalWord(std::string_view text, std::size_t offset)
{
    while (offset < text.size() && text[offset] == ' ')
        ++offset;
    return offset < text.size() && std::isupper(static_cast<unsigned char>(text[offset]));
}

std::optional<DateMention> resolve(Form form, const std::smatch &m, const DateContext &context)
{
    DateMention mention;
    const std::optional<int> fallbackYear = context.narrativeYear ? context.narrativeYear
                                            : context.published && context.published->hasYear()
                                                ? std::optional(context.published->yearValue())
                                                : std::nullopt;
    const auto dayOrNone = [&](std::optional<int> year, int month, int day) {
        mention.hasExplicitYear = year.has_value();
        return makeDay(year ? year : fallbackYear, month, day);
    };
    std::optional<PartialDate> start;
    switch (form) {
    case Form::Iso:
        start = dayOrNone(yearOf(m[1]), std::stoi(m[2]), std::stoi(m[3]));
        break;
    case Form::Dotted:
        start = dayOrNone(yearOf(m[3]), std::stoi(m[2]), std::stoi(m[1]));
        break;
    case Form::MonthDayRange:
    case Form::DayRangeMonth: {
        const bool monthFirst = form == Form::MonthDayRange;
        const int month = monthNumber(m[monthFirst ? 1 : 3].str());
        const int first = std::stoi(m[monthFirst ? 2 : 1].str());
        const int last = std::stoi(m[monthFirst ? 3 : 2].str());
        if (last <= first)
            return std::nullopt;
        start = dayOrNone(yearOf(m[4]), month, first);
        mention.end = makeDay(yearOf(m[4]) ? yearOf(m[4]) : fallbackYear, month, last);
        if (!mention.end)
            return std::nullopt;
        break;
    }
    case Form::MonthDay:
        start = dayOrNone(yearOf(m[3]), monthNumber(m[1].str()), std::stoi(m[2]));
        break;
    case Form::DayMonth:
        start = dayOrNone(yearOf(m[3]), monthNumber(m[2].str()), std::stoi(m[1]));
        break;
    case Form::MonthYear:
        start = PartialDate::month(std::stoi(m[2]), monthNumber(m[1].str()));
        mention.hasExplicitYear = true;
        break;
    case Form::YearRange: {
        const int first = std::stoi(m[1]);
        const int last = std::stoi(m[2]);
        if (last <= first)
            return std::nullopt;
        start = PartialDate::year(first);
        mention.end = PartialDate::year(last);
        mention.hasExplicitYear = true;
        break;
    }
    case Form::Year:
        start = PartialDate::year(std::stoi(m[1]));
        mention.hasExplicitYear = true;
        break;
    case Form::InMonth:
        if (!fallbackYear)
            return std::nullopt;
        start = PartialDate::month(*fallbackYear, monthNumber(m[1].str()));
        break;
    case Form::Relative: {
        if (!context.published)
            return std::nullopt;
        const PartialDate &published = *context.published;
        std::string word = m[1].str();
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (word == "today" || word == "tonight")
            start = published;
        else if (word == "tomorrow")
            start = shiftDays(published, 1);
        else if (word == "yesterday")
            start = shiftDays(published, -1);
        else if (published.hasYear()) {
            const int year = published.yearValue();
            const int month = published.monthValue();
            if (word == "this year" || word == "past year")
                start = PartialDate::year(year);
            else if (word == "last year")
                start = PartialDate::year(year - 1);
            else if (word == "next year")
                start = PartialDate::year(year + 1);
            else if (month > 0 && word == "this month")
                start = PartialDate::month(year, month);
            else if (month > 0 && (word == "last month" || word == "past month"))
                start = month == 1 ? PartialDate::month(year - 1, 12)
                                   : PartialDate::month(year, month - 1);
            else if (month > 0 && word == "next month")
                start = month == 12 ? PartialDate::month(year + 1, 1)
                                    : PartialDate::month(year, month + 1);
        }
        break;
    }
    case Form::Weekday: {
        if (!context.published || context.published->precision() != PartialDate::Precision::Day)
            return std::nullopt;
        static constexpr std::array<const char *, 7> days = {
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
        std::string word = m[1].str();
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const auto wanted = std::find(days.begin(), days.end(), word) - days.begin();
        std::tm tm{};
        tm.tm_year = context.published->yearValue() - 1900;
        tm.tm_mon = context.published->monthValue() - 1;
        tm.tm_mday = context.published->dayValue();
        tm.tm_hour = 12;
        timegm(&tm);
        // The latest such weekday on or before publication: news reports the past week.
        const int back = static_cast<int>((tm.tm_wday - wanted + 7) % 7);
        start = shiftDays(*context.published, -back);
        break;
    }
    case Form::PastYears: {
        if (!context.published || !context.published->hasYear())
            return std::nullopt;
        const int years = numberWord(m[1].str());
        if (years < 1 || years > 100)
            return std::nullopt;
        const int now = context.published->yearValue();
        start = PartialDate::year(now - years);
        mention.end = PartialDate::year(now);
        break;
    }
    }
    if (!start)
        return std::nullopt;
    mention.date = *start;
    return mention;
}

} // namespace

std::vector<DateMention> findDates(std::string_view text, const DateContext &context)
{
    struct Candidate
    {
        std::size_t offset;
        std::size_t length;
        Form form;
        std::smatch match;
    };
    const std::string owned(text);
    std::vector<Candidate> candidates;
    for (const auto &pattern : patterns()) {
        for (auto it = std::sregex_iterator(owned.begin(), owned.end(), pattern.regex);
             it != std::sregex_iterator(); ++it) {
            candidates.push_back({static_cast<std::size_t>(it->position(0)),
                                  static_cast<std::size_t>(it->length(0)), pattern.form, *it});
        }
    }
    // Longest first; among equals, the earlier (more specific) pattern.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.length > b.length; });
    std::vector<DateMention> result;
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    for (const auto &c : candidates) {
        const bool overlaps = std::any_of(taken.begin(), taken.end(), [&](const auto &t) {
            return c.offset < t.first + t.second && t.first < c.offset + c.length;
        });
        if (overlaps)
            continue;
        taken.emplace_back(c.offset, c.length);
        const std::string before = previousWord(text, c.offset);
        if (before == "for" || before == "till" || before == "until" || before == "by" ||
            before == "to")
            continue;
        // "the 1941-1945 Great Patriotic War": a year range naming something, not a date.
        if (c.form == Form::YearRange && startsWithCapitalWord(text, c.offset + c.length))
            continue;
        if (auto mention = resolve(c.form, c.match, context)) {
            mention->offset = c.offset;
            mention->length = c.length;
            result.push_back(*mention);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const DateMention &a, const DateMention &b) { return a.offset < b.offset; });
    return result;
}

} // namespace csto::extract
