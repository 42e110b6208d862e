// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace csto {

// The language PartialDate::toHuman() and formatHumanRange() write in. Core has no Qt and no
// translation machinery: the few words a date needs are here, and the caller (the window, the
// reports) passes the language of its interface.
enum class DateLanguage
{
    English, // "14 May 2002", "May 2002", "2002", "17 June, year not stated"
    Russian // "14 мая 2002 г.", "май 2002 г.", "2002 г.", "17 июня, год не указан"
};

// A calendar date known to the precision a source gives: ISO 8601 with reduced precision, plus a
// day and month whose year is not stated.
//
//   "2002"        -> Year      May 2002's year; covers 2002-01-01 .. 2002-12-31; "2002"
//   "2002-05"     -> Month     covers 2002-05-01 .. 2002-05-31;                   "May 2002"
//   "2002-05-14"  -> Day                                                         "14 May 2002"
//   "--06-17"     -> DayOfYear year not stated;                  "17 June, year not stated"
//
// Dates order by their earliest instant ("2002" before "2002-01-02", and before "2002-01-01" as
// the coarser of two equal starts); dates without a year sort after every dated one.
class PartialDate
{
public:
    enum class Precision
    {
        Year,
        Month,
        Day,
        DayOfYear
    };

    // Throws DateError naming the problem ("2021-02-30: February 2021 has 28 days").
    [[nodiscard]] static PartialDate parse(std::string_view text);
    [[nodiscard]] static std::optional<PartialDate> tryParse(std::string_view text) noexcept;

    [[nodiscard]] static PartialDate year(int year);
    [[nodiscard]] static PartialDate month(int year, int month);
    [[nodiscard]] static PartialDate day(int year, int month, int day);
    [[nodiscard]] static PartialDate dayOfYear(int month, int day);

    [[nodiscard]] Precision precision() const noexcept { return m_precision; }
    [[nodiscard]] bool hasYear() const noexcept { return m_precision != Precision::DayOfYear; }
    [[nodiscard]] int yearValue() const noexcept { return m_year; }   // 0 when not stated
    [[nodiscard]] int monthValue() const noexcept { return m_month; } // 0 when not known
    [[nodiscard]] int dayValue() const noexcept { return m_day; }     // 0 when not known

    // The first and last day covered, as yyyymmdd numbers (year 0 when the year is not stated).
    // They are what the database stores and sorts by.
    [[nodiscard]] int firstDayKey() const noexcept;
    [[nodiscard]] int lastDayKey() const noexcept;

    // True if every day this date may denote lies within `other`'s span. A date without a year is
    // contained only in dates without a year.
    [[nodiscard]] bool isWithin(const PartialDate &other) const noexcept;
    // True if the two spans share at least one day.
    [[nodiscard]] bool overlaps(const PartialDate &other) const noexcept;

    [[nodiscard]] std::string toIso() const;
    [[nodiscard]] std::string toHuman(DateLanguage language = DateLanguage::English) const;

    [[nodiscard]] std::strong_ordering operator<=>(const PartialDate &other) const noexcept;
    [[nodiscard]] bool operator==(const PartialDate &other) const noexcept = default;

    [[nodiscard]] static int daysInMonth(int year, int month) noexcept;

private:
    PartialDate(Precision precision, int year, int month, int day)
        : m_precision(precision), m_year(year), m_month(month), m_day(day)
    {}

    Precision m_precision;
    int m_year;
    int m_month;
    int m_day;
};

// "14–17 May 2002", "May – June 2002", "2021–2025", "21–25 October, year not stated";
// in Russian "14–17 мая 2002 г.", "май – июнь 2002 г.", "2021–2025 гг.",
// "21–25 октября, год не указан".
[[nodiscard]] std::string formatHumanRange(const PartialDate &start,
                                           const std::optional<PartialDate> &end,
                                           DateLanguage language = DateLanguage::English);

} // namespace csto
