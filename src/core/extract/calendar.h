// SPDX-License-Identifier: MIT
#pragma once

// Calendar arithmetic the date grammars of every language resolve their expressions with.

#include "../error.h"
#include "../partialdate.h"
#include "dates.h"

#include <ctime>
#include <optional>

namespace csto::extract::calendar {

// A day, or a day and month without a year; nullopt for a day the calendar lacks (30 February).
inline std::optional<PartialDate> makeDay(std::optional<int> year, int month, int day)
{
    try {
        if (year)
            return PartialDate::day(*year, month, day);
        return PartialDate::dayOfYear(month, day);
    } catch (const DateError &) {
        return std::nullopt;
    }
}

// The day `days` later (earlier when negative); nullopt unless `date` is a day.
inline std::optional<PartialDate> shiftDays(const PartialDate &date, int days)
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

// 0 = Sunday .. 6 = Saturday, of a day with its year.
inline int weekdayOf(const PartialDate &day)
{
    std::tm tm{};
    tm.tm_year = day.yearValue() - 1900;
    tm.tm_mon = day.monthValue() - 1;
    tm.tm_mday = day.dayValue();
    tm.tm_hour = 12;
    timegm(&tm);
    return tm.tm_wday;
}

// The latest such weekday on or before publication ("on Monday", «в понедельник»): news reports
// the past week. Needs a publication day with its year.
inline std::optional<PartialDate> latestWeekday(const std::optional<PartialDate> &published,
                                                int weekday)
{
    if (!published || published->precision() != PartialDate::Precision::Day)
        return std::nullopt;
    const int back = (weekdayOf(*published) - weekday + 7) % 7;
    return shiftDays(*published, -back);
}

// The year of a day or month whose expression states none: the year the text was last talking
// about, else the publication's (the year before when the month is more than half a year after
// publication: «31 декабря» in a report of 1 January is last December), else the one chosen from
// the text.
inline std::optional<int> fallbackYear(const DateContext &context, int month)
{
    constexpr int kMonthsAhead = 6; // announcements look a few months ahead, not most of a year
    if (context.narrativeYear)
        return context.narrativeYear;
    if (context.published && context.published->hasYear()) {
        const int published = context.published->yearValue();
        const int publishedMonth = context.published->monthValue();
        return publishedMonth > 0 && month - publishedMonth > kMonthsAhead ? published - 1
                                                                           : published;
    }
    return context.textYear;
}

} // namespace csto::extract::calendar
