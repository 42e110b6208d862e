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

// The tense of the sentence a date is in, as far as it decides the year of a date given without
// one: a past report of "November" in an article of March means last November, an announcement
// of "February" in an article of October means next February.
enum class Tense
{
    Unknown,
    Past,   // "was", "were", "had", "announced"
    Future, // "will", "is due to", "is expected to", "is scheduled"
};

// What a date without a year, or a relative one, is resolved against.
struct DateContext
{
    std::optional<PartialDate> published; // "today", "last month", "on Monday"
    std::optional<int> narrativeYear;     // the year the text was last talking about
    std::optional<int> textYear;          // the article's year chosen from its text, if any
    Tense tense = Tense::Unknown;         // of the sentence searched
    int narrativeMonth = 0;               // the month and day of the narrative's latest date,
    int narrativeDay = 0;                 // 0 where it names none
};

// Finds date expressions, longest first where they overlap:
//   absolute   "May 15, 1992", "15 May 1992", "14.05.2002", "2002-05-14", "the 1st of January 2020"
//   partial    "in 1993", "December 2014", "17 June", "in August", "in the autumn of 2021"
//              (its three months, 2021-09 to 2021-11; a winter by its year alone)
//   ranges     "October 21st-25th", "21-25 October 2020", "in 2021-2025"
//   relative   "today", "tomorrow", "yesterday", "this year", "last year", "next year",
//              "last month", "this month", "on Monday", "for the past three years";
//              "the following year", "the next year", "a year later" (the year after the last
//              year the text named, in the same sentence or before)
// A day and month without a year ("17 June", "in August") take the narrative year, else the
// publication year, else the year chosen from the text, else stay year-less ("--06-17"; a month
// alone is then dropped). A sentence in the future tense ignores the narrative year, which comes
// from the background a report looks back on ("chief from 2008 to 2016 ... are due to meet on
// November 8"), and a date earlier in the year than the narrative's month and day ("in the
// autumn of 2021 ... in early January" is more likely January 2022). With the publication year, a
// past-tense date later in the year than the publication is of the year before, a future-tense date
// earlier in the year than the publication of the year after; "on Monday" is the latest Monday on
// or before publication, in the future tense the next one after it. Relative expressions need the
// publication date to the precision they refer to and are dropped otherwise. Expressions introduced
// by "for", "till", "until", "by" or "to" name periods and deadlines ("strategy to 2025", "budget
// for 2021"), not event dates, and are skipped; so are years inside names ("Enduring Brotherhood
// 2020"). Without a tense, a month more than half a year after publication is of the year before
// ("31 December" in a report of 1 January); calendar::yearFor is the whole rule. Russian
// expressions («16 декабря 2025 года», «с 2 по 16 октября», «в прошлом году»; russiandates.h) are
// found in the same pass, the longest expression winning over both grammars.
[[nodiscard]] std::vector<DateMention> findDates(std::string_view text, const DateContext &context);

} // namespace csto::extract
