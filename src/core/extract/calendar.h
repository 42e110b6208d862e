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

// The next such weekday after publication ("will be held on Monday"). Needs a publication day
// with its year.
inline std::optional<PartialDate> nextWeekday(const std::optional<PartialDate> &published,
                                              int weekday)
{
    if (!published || published->precision() != PartialDate::Precision::Day)
        return std::nullopt;
    const int ahead = (weekday - weekdayOf(*published) + 6) % 7 + 1;
    return shiftDays(*published, ahead);
}

// The year of a day or month whose expression states none (`day` 0 for a month alone):
//  - the year the text was last talking about, unless the sentence is in the future tense (the
//    narrative is then background a report looks back on) or the date falls earlier in the year
//    than the narrative's own date ("in the autumn of 2021 ... in early January");
//  - else the publication's: a past-tense date later in the year than the publication is of the
//    year before, a future-tense date earlier in the year of the year after, and without a tense
//    a month more than half a year after publication is of the year before («31 декабря» in a
//    report of 1 January);
//  - else the one chosen from the text.
inline std::optional<int> yearFor(const DateContext &context, int month, int day)
{
    constexpr int kMonthsAhead = 6; // announcements look a few months ahead, not most of a year
    const bool future = context.tense == Tense::Future;
    // Month and day as one number, so that "later in the year" is a comparison; a month alone
    // compares by month only.
    const auto key = [](int m, int d) { return m * 100 + d; };
    const bool narrativeDays = day > 0 && context.narrativeDay > 0;
    const bool notBeforeNarrative =
        key(month, narrativeDays ? day : 0) >=
        key(context.narrativeMonth, narrativeDays ? context.narrativeDay : 0);
    if (context.narrativeYear && !future)
        return notBeforeNarrative ? context.narrativeYear : std::nullopt;
    if (!context.published || !context.published->hasYear())
        return context.textYear;
    const PartialDate &published = *context.published;
    const int year = published.yearValue();
    if (published.precision() == PartialDate::Precision::Year)
        return year;
    const int publishedDay =
        published.precision() == PartialDate::Precision::Day ? published.dayValue() : 0;
    const bool bothDays = day > 0 && publishedDay > 0;
    const int date = key(month, bothDays ? day : 0);
    const int publication = key(published.monthValue(), bothDays ? publishedDay : 0);
    if (context.tense == Tense::Past && date > publication)
        return year - 1;
    if (future && date < publication)
        return year + 1;
    if (context.tense == Tense::Unknown && month - published.monthValue() > kMonthsAhead)
        return year - 1;
    return year;
}

} // namespace csto::extract::calendar
