// SPDX-License-Identifier: MIT
#include <core/error.h>
#include <core/partialdate.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using csto::DateError;
using csto::PartialDate;
using Precision = PartialDate::Precision;

TEST_CASE("PartialDate parses every precision", "[partialdate]")
{
    const auto year = PartialDate::parse("2002");
    CHECK(year.precision() == Precision::Year);
    CHECK(year.yearValue() == 2002);
    CHECK(year.toIso() == "2002");

    const auto month = PartialDate::parse("2002-05");
    CHECK(month.precision() == Precision::Month);
    CHECK(month.monthValue() == 5);
    CHECK(month.toIso() == "2002-05");

    const auto day = PartialDate::parse("2002-05-14");
    CHECK(day.precision() == Precision::Day);
    CHECK(day.dayValue() == 14);
    CHECK(day.toIso() == "2002-05-14");

    const auto noYear = PartialDate::parse("--06-17");
    CHECK(noYear.precision() == Precision::DayOfYear);
    CHECK_FALSE(noYear.hasYear());
    CHECK(noYear.toIso() == "--06-17");

    CHECK(PartialDate::parse("2020-02-29").dayValue() == 29);
    CHECK(PartialDate::parse("--02-29").dayValue() == 29); // some year may be a leap year
}

TEST_CASE("PartialDate rejects bad dates with a message naming the problem", "[partialdate]")
{
    const auto message = [](const char *text) {
        try {
            (void)PartialDate::parse(text);
        } catch (const DateError &error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    CHECK_THAT(message("2021-02-30"), Catch::Contains("February 2021 has 28 days"));
    CHECK_THAT(message("2021-02-29"), Catch::Contains("February 2021 has 28 days"));
    CHECK_THAT(message("1900-02-29"), Catch::Contains("28 days"));
    CHECK_THAT(message("2021-13"), Catch::Contains("month 13"));
    CHECK_THAT(message("2021-00-10"), Catch::Contains("month 0"));
    CHECK_THAT(message("2021-04-31"), Catch::Contains("April 2021 has 30 days"));
    CHECK_THAT(message("--04-31"), Catch::Contains("April has 30 days"));
    CHECK_THAT(message("0000"), Catch::Contains("year 0000"));
    CHECK_THAT(message(""), Catch::Contains("empty date"));
    for (const char *bad :
         {"02", "20021", "2002-5", "2002-05-1", "2002/05/14", "14.05.2002", "May 2002",
          "2002-05-14T00:00", " 2002", "--6-17", "--06", "-2002", "２００２", "2002-05-14 "})
        CHECK_THROWS_AS(PartialDate::parse(bad), DateError);
    CHECK_FALSE(PartialDate::tryParse("2021-02-30").has_value());
    CHECK(PartialDate::tryParse("2021-02-28").has_value());
}

TEST_CASE("PartialDate orders by earliest instant, coarser first, no year last", "[partialdate]")
{
    std::vector<PartialDate> dates;
    for (const char *text : {"--01-01", "2002-05-14", "2002", "2001-12-31", "2002-05", "2002-01",
                             "2002-01-01", "--06-17", "1992-05-15"})
        dates.push_back(PartialDate::parse(text));
    std::sort(dates.begin(), dates.end());
    std::vector<std::string> iso;
    for (const auto &d : dates)
        iso.push_back(d.toIso());
    CHECK(iso == std::vector<std::string>{"1992-05-15", "2001-12-31", "2002", "2002-01",
                                          "2002-01-01", "2002-05", "2002-05-14", "--01-01",
                                          "--06-17"});
    CHECK(PartialDate::parse("2002") == PartialDate::parse("2002"));
    CHECK(PartialDate::parse("2002") != PartialDate::parse("2002-01"));
}

TEST_CASE("PartialDate spans: containment and overlap", "[partialdate]")
{
    const auto p = [](const char *text) { return PartialDate::parse(text); };
    CHECK(p("2002-05-14").isWithin(p("2002-05")));
    CHECK(p("2002-05").isWithin(p("2002")));
    CHECK(p("2002").isWithin(p("2002")));
    CHECK_FALSE(p("2002").isWithin(p("2002-05")));
    CHECK_FALSE(p("2003-01-01").isWithin(p("2002")));
    CHECK(p("2002").overlaps(p("2002-12-31")));
    CHECK_FALSE(p("2002").overlaps(p("2003-01-01")));
    CHECK(p("2002-05").overlaps(p("2002")));
    CHECK_FALSE(p("--06-17").isWithin(p("2020")));
    CHECK_FALSE(p("--06-17").overlaps(p("2020-06")));
    CHECK(p("--06-17").isWithin(p("--06-17")));

    CHECK(p("2002").firstDayKey() == 20020101);
    CHECK(p("2002").lastDayKey() == 20021231);
    CHECK(p("2020-02").lastDayKey() == 20200229);
    CHECK(p("2021-02").lastDayKey() == 20210228);
    CHECK(p("--06-17").firstDayKey() == 617);
}

TEST_CASE("PartialDate prints as a person says it", "[partialdate]")
{
    CHECK(PartialDate::parse("2002").toHuman() == "2002");
    CHECK(PartialDate::parse("2002-05").toHuman() == "May 2002");
    CHECK(PartialDate::parse("2002-05-14").toHuman() == "14 May 2002");
    CHECK(PartialDate::parse("--06-17").toHuman() == "17 June, year not stated");

    using csto::formatHumanRange;
    const auto p = [](const char *text) { return PartialDate::parse(text); };
    CHECK(formatHumanRange(p("2021"), p("2025")) == "2021\u20132025");
    CHECK(formatHumanRange(p("--10-21"), p("--10-25")) == "21\u201325 October, year not stated");
    CHECK(formatHumanRange(p("2020-10-21"), p("2020-10-25")) == "21\u201325 October 2020");
    CHECK(formatHumanRange(p("2020-05"), p("2020-06")) == "May \u2013 June 2020");
    CHECK(formatHumanRange(p("2019-11-28"), p("2020-12-02")) ==
          "28 November 2019 \u2013 2 December 2020");
    CHECK(formatHumanRange(p("2002"), std::nullopt) == "2002");
}

TEST_CASE("PartialDate prints in Russian as a Russian reader says it", "[partialdate]")
{
    constexpr auto ru = csto::DateLanguage::Russian;
    const auto p = [](const char *text) { return PartialDate::parse(text); };
    // Every precision: a day takes the month in the genitive, a month alone the nominative.
    CHECK(p("2002").toHuman(ru) == "2002 г.");
    CHECK(p("2002-05").toHuman(ru) == "май 2002 г.");
    CHECK(p("2002-05-14").toHuman(ru) == "14 мая 2002 г.");
    CHECK(p("--06-17").toHuman(ru) == "17 июня, год не указан");
    CHECK(p("2020-03-01").toHuman(ru) == "1 марта 2020 г.");
    CHECK(p("1992-08").toHuman(ru) == "август 1992 г.");

    const char *genitive[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                              "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    const char *nominative[] = {"январь", "февраль", "март",     "апрель",  "май",    "июнь",
                                "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
    for (int month = 1; month <= 12; ++month) {
        CHECK(PartialDate::day(2002, month, 2).toHuman(ru) ==
              std::string("2 ") + genitive[month - 1] + " 2002 г.");
        CHECK(PartialDate::month(2002, month).toHuman(ru) ==
              std::string(nominative[month - 1]) + " 2002 г.");
        CHECK(PartialDate::dayOfYear(month, 3).toHuman(ru) ==
              std::string("3 ") + genitive[month - 1] + ", год не указан");
    }

    using csto::formatHumanRange;
    CHECK(formatHumanRange(p("2021"), p("2025"), ru) == "2021\u20132025 гг.");
    CHECK(formatHumanRange(p("--10-21"), p("--10-25"), ru) == "21\u201325 октября, год не указан");
    CHECK(formatHumanRange(p("2020-10-21"), p("2020-10-25"), ru) == "21\u201325 октября 2020 г.");
    CHECK(formatHumanRange(p("2020-05"), p("2020-06"), ru) == "май \u2013 июнь 2020 г.");
    CHECK(formatHumanRange(p("2019-11-28"), p("2020-12-02"), ru) ==
          "28 ноября 2019 г. \u2013 2 декабря 2020 г.");
    CHECK(formatHumanRange(p("2019"), p("2020-05"), ru) == "2019 г. \u2013 май 2020 г.");
    CHECK(formatHumanRange(p("2002"), std::nullopt, ru) == "2002 г.");
    // The default stays English.
    CHECK(formatHumanRange(p("2020-05"), p("2020-06")) == "May \u2013 June 2020");
}

TEST_CASE("PartialDate constructors validate like the parser", "[partialdate]")
{
    CHECK(PartialDate::year(992).toIso() == "0992");
    CHECK(PartialDate::day(2002, 5, 14) == PartialDate::parse("2002-05-14"));
    CHECK(PartialDate::dayOfYear(6, 17) == PartialDate::parse("--06-17"));
    CHECK_THROWS_AS(PartialDate::day(2021, 2, 29), DateError);
    CHECK_THROWS_AS(PartialDate::month(2021, 13), DateError);
    CHECK_THROWS_AS(PartialDate::year(0), DateError);
    CHECK_THROWS_AS(PartialDate::year(10000), DateError);
}
