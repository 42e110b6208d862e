// SPDX-License-Identifier: MIT
#pragma once

#include "../partialdate.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace csto::extract {

// A date expression found in text, resolved to a (partial) date. Offsets are bytes into the
// text given to findDates.
struct DateMention
{
    std::size_t offset = 0;
    std::size_t length = 0;
    PartialDate date = PartialDate::year(2000);
    std::optional<PartialDate> end;
    bool hasExplicitYear = false; // the expression itself states the year
};

// What a date without a year, or a relative one, is resolved against.
struct DateContext
{
    std::optional<PartialDate> published; // "today", "last month", "on Monday"
    std::optional<int> narrativeYear;     // the year the text was last talking about
    std::optional<int> textYear;          // the article's year chosen from its text, if any
};

// Finds date expressions, longest first where they overlap:
//   absolute   "May 15, 1992", "15 May 1992", "14.05.2002", "2002-05-14", "the 1st of January 2020"
//   partial    "in 1993", "December 2014", "17 June", "in August"
//   ranges     "October 21st-25th", "21-25 October 2020", "in 2021-2025"
//   relative   "today", "tomorrow", "yesterday", "this year", "last year", "next year",
//              "last month", "this month", "on Monday", "for the past three years"
// A day and month without a year take the narrative year, else the publication year (the year
// before for a month more than half a year after publication: "31 December" in a report of
// 1 January), else the year chosen from the text, else stay year-less ("--06-17"); relative
// expressions need the publication date to the precision they refer to and are dropped
// otherwise. Expressions introduced by "for", "till", "until", "by" or "to" name periods and
// deadlines ("strategy to 2025", "budget for 2021"), not event dates, and are skipped; so are
// years inside names ("Enduring Brotherhood 2020"). Russian expressions («16 декабря 2025 года»,
// «с 2 по 16 октября», «в прошлом году»; russiandates.h) are found in the same pass, the longest
// expression winning over both grammars.
[[nodiscard]] std::vector<DateMention> findDates(std::string_view text, const DateContext &context);

} // namespace csto::extract
