// SPDX-License-Identifier: MIT
#include "partialdate.h"

#include "error.h"

#include <array>

namespace csto {
namespace {

constexpr std::array<const char *, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Russian names a month in the genitive after a day ("14 мая") and in the nominative alone
// ("май 2002 г.").
constexpr std::array<const char *, 12> kRussianMonthsGenitive = {
    "января", "февраля", "марта",    "апреля",  "мая",    "июня",
    "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr std::array<const char *, 12> kRussianMonthsNominative = {
    "январь", "февраль", "март",     "апрель",  "май",    "июнь",
    "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};

// The words of one language that dates are written with.
struct DateWords
{
    const std::array<const char *, 12> &dayMonths;  // after a day number
    const std::array<const char *, 12> &soloMonths; // a month on its own
    const char *yearSuffix;                         // after a year: "" or " г."
    const char *yearsSuffix;                        // after a range of years: "" or " гг."
    const char *noYear;                             // ", year not stated"
};

const DateWords &wordsFor(DateLanguage language)
{
    static const DateWords english{kMonthNames, kMonthNames, "", "", ", year not stated"};
    static const DateWords russian{kRussianMonthsGenitive, kRussianMonthsNominative, " г.", " гг.",
                                   ", год не указан"};
    return language == DateLanguage::Russian ? russian : english;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Reads exactly `width` ASCII digits at `pos`; nullopt if anything else is there.
std::optional<int> digitsAt(std::string_view text, std::size_t pos, std::size_t width)
{
    if (pos + width > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

void checkMonth(std::string_view text, int month)
{
    if (month < 1 || month > 12)
        throw DateError(std::string(text) + ": month " + std::to_string(month) +
                        " is not between 01 and 12");
}

void checkDay(std::string_view text, int year, int month, int day)
{
    const int last = PartialDate::daysInMonth(year, month);
    if (day < 1 || day > last) {
        std::string where = kMonthNames[month - 1];
        if (year > 0)
            where += " " + std::to_string(year);
        throw DateError(std::string(text) + ": " + where + " has " + std::to_string(last) +
                        " days, not " + std::to_string(day));
    }
}

// Month and day numbers, always two digits ("05").
std::string twoDigits(int value)
{
    return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

// Years always as four digits ("0992"), as ISO 8601 writes them.
std::string fourDigits(int value)
{
    std::string text = std::to_string(value);
    return std::string(text.size() < 4 ? 4 - text.size() : 0, '0') + text;
}

int rank(PartialDate::Precision precision)
{
    return static_cast<int>(precision);
}

} // namespace

int PartialDate::daysInMonth(int year, int month) noexcept
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    // A year that is not stated may be a leap year: 29 February stays possible.
    if (month == 2 && (year == 0 || isLeapYear(year)))
        return 29;
    return days[month - 1];
}

PartialDate PartialDate::parse(std::string_view text)
{
    const std::string shown(text.substr(0, 40));
    if (text.empty())
        throw DateError("empty date: expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");

    if (text.size() == 7 && text.starts_with("--")) {
        const auto month = digitsAt(text, 2, 2);
        const auto day = digitsAt(text, 5, 2);
        if (!month || !day || text[4] != '-')
            throw DateError(shown + ": expected --MM-DD for a day and month without a year");
        checkMonth(text, *month);
        checkDay(text, 0, *month, *day);
        return {Precision::DayOfYear, 0, *month, *day};
    }

    const auto year = digitsAt(text, 0, 4);
    const bool shapeOk = year && (text.size() == 4 || (text.size() == 7 && text[4] == '-') ||
                                  (text.size() == 10 && text[4] == '-' && text[7] == '-'));
    if (!shapeOk)
        throw DateError(shown + ": expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");
    if (*year == 0)
        throw DateError(shown + ": year 0000 does not exist");
    if (text.size() == 4)
        return {Precision::Year, *year, 0, 0};

    const auto month = digitsAt(text, 5, 2);
    if (!month)
        throw DateError(shown + ": the month must be two digits");
    checkMonth(text, *month);
    if (text.size() == 7)
        return {Precision::Month, *year, *month, 0};

    const auto day = digitsAt(text, 8, 2);
    if (!day)
        throw DateError(shown + ": the day must be two digits");
    checkDay(text, *year, *month, *day);
    return {Precision::Day, *year, *month, *day};
}

std::optional<PartialDate> PartialDate::tryParse(std::string_view text) noexcept
{
    try {
        return parse(text);
    } catch (const DateError &) {
        return std::nullopt;
    }
}

namespace {
void checkYear(int year)
{
    if (year < 1 || year > 9999)
        throw DateError("year " + std::to_string(year) + " is outside 0001..9999");
}
} // namespace

PartialDate PartialDate::year(int year)
{
    checkYear(year);
    return {Precision::Year, year, 0, 0};
}

PartialDate PartialDate::month(int year, int month)
{
    checkYear(year);
    checkMonth(std::to_string(year) + "-" + twoDigits(month), month);
    return {Precision::Month, year, month, 0};
}

PartialDate PartialDate::day(int year, int month, int day)
{
    checkYear(year);
    const std::string shown = std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(day);
    checkMonth(shown, month);
    checkDay(shown, year, month, day);
    return {Precision::Day, year, month, day};
}

PartialDate PartialDate::dayOfYear(int month, int day)
{
    const std::string shown = "--" + twoDigits(month) + "-" + twoDigits(day);
    checkMonth(shown, month);
    checkDay(shown, 0, month, day);
    return {Precision::DayOfYear, 0, month, day};
}

int PartialDate::firstDayKey() const noexcept
{
    return m_year * 10000 + (m_month == 0 ? 1 : m_month) * 100 + (m_day == 0 ? 1 : m_day);
}

int PartialDate::lastDayKey() const noexcept
{
    const int month = m_month == 0 ? 12 : m_month;
    const int day = m_day == 0 ? daysInMonth(m_year, month) : m_day;
    return m_year * 10000 + month * 100 + day;
}

bool PartialDate::isWithin(const PartialDate &other) const noexcept
{
    if (hasYear() != other.hasYear())
        return false;
    return firstDayKey() >= other.firstDayKey() && lastDayKey() <= other.lastDayKey();
}

bool PartialDate::overlaps(const PartialDate &other) const noexcept
{
    if (hasYear() != other.hasYear())
        return false;
    return firstDayKey() <= other.lastDayKey() && other.firstDayKey() <= lastDayKey();
}

std::string PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::Year:
        return fourDigits(m_year);
    case Precision::Month:
        return fourDigits(m_year) + "-" + twoDigits(m_month);
    case Precision::Day:
        return fourDigits(m_year) + "-" + twoDigits(m_month) + "-" + twoDigits(m_day);
    case Precision::DayOfYear:
        return "--" + twoDigits(m_month) + "-" + twoDigits(m_day);
    }
    return {};
}

std::string PartialDate::toHuman(DateLanguage language) const
{
    const DateWords &words = wordsFor(language);
    const std::string year = std::to_string(m_year) + words.yearSuffix;
    switch (m_precision) {
    case Precision::Year:
        return year;
    case Precision::Month:
        return std::string(words.soloMonths[m_month - 1]) + " " + year;
    case Precision::Day:
        return std::to_string(m_day) + " " + words.dayMonths[m_month - 1] + " " + year;
    case Precision::DayOfYear:
        return std::to_string(m_day) + " " + words.dayMonths[m_month - 1] + words.noYear;
    }
    return {};
}

std::strong_ordering PartialDate::operator<=>(const PartialDate &other) const noexcept
{
    if (hasYear() != other.hasYear())
        return hasYear() ? std::strong_ordering::less : std::strong_ordering::greater;
    if (auto order = firstDayKey() <=> other.firstDayKey(); order != 0)
        return order;
    return rank(m_precision) <=> rank(other.m_precision);
}

std::string formatHumanRange(const PartialDate &start, const std::optional<PartialDate> &end,
                             DateLanguage language)
{
    if (!end || *end == start)
        return start.toHuman(language);
    using P = PartialDate::Precision;
    const DateWords &words = wordsFor(language);
    const char *dash = "\u2013";
    const bool sameYear = start.yearValue() == end->yearValue();
    if (start.precision() == end->precision()) {
        // Appending (rather than " " + string) sidesteps a false -Wrestrict in GCC 12.
        const auto suffix = [&](const PartialDate &d) {
            std::string text = d.hasYear() ? " " : words.noYear;
            if (d.hasYear())
                text += std::to_string(d.yearValue()) + words.yearSuffix;
            return text;
        };
        if ((start.precision() == P::Day || start.precision() == P::DayOfYear) && sameYear &&
            start.monthValue() == end->monthValue())
            return std::to_string(start.dayValue()) + dash + std::to_string(end->dayValue()) + " " +
                   words.dayMonths[start.monthValue() - 1] + suffix(start);
        if (start.precision() == P::Year)
            return std::to_string(start.yearValue()) + dash + std::to_string(end->yearValue()) +
                   words.yearsSuffix;
        if (start.precision() == P::Month && sameYear)
            return std::string(words.soloMonths[start.monthValue() - 1]) + " " + dash + " " +
                   words.soloMonths[end->monthValue() - 1] + " " +
                   std::to_string(start.yearValue()) + words.yearSuffix;
    }
    return start.toHuman(language) + " " + dash + " " + end->toHuman(language);
}

} // namespace csto
