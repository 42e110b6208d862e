// SPDX-License-Identifier: MIT
// Dating English events on sentences of our own: the year of a date the text gives without one
// (tense, publication month, narrative), seasons, "the following year", the lead of a report and
// sentences that continue the one before.
#include <core/extract/analysis.h>

#include <catch2/catch.hpp>

using namespace csto;
using namespace csto::extract;

namespace {

// "iso[..iso]" of every date found.
std::vector<std::string> datesIn(const std::string &text, const DateContext &context = {})
{
    std::vector<std::string> found;
    for (const auto &d : findDates(text, context))
        found.push_back(d.date.toIso() + (d.end ? ".." + d.end->toIso() : ""));
    return found;
}

DateContext context(std::optional<PartialDate> published, std::optional<int> narrativeYear,
                    Tense tense)
{
    DateContext c;
    c.published = std::move(published);
    c.narrativeYear = narrativeYear;
    c.tense = tense;
    return c;
}

// "iso[..iso]:participants" of every event.
std::vector<std::string> eventsOf(const ArticleAnalysis &analysis)
{
    std::vector<std::string> events;
    for (const auto &e : analysis.events) {
        std::string event = e.date.toIso() + (e.end ? ".." + e.end->toIso() : "") + ":";
        for (const auto id : e.participants)
            event += std::to_string(id);
        events.push_back(event);
    }
    return events;
}

Gazetteer councilAndState()
{
    Gazetteer gazetteer;
    gazetteer.add("Defence Council", 1);
    gazetteer.add("Ruritania", 2);
    gazetteer.build();
    return gazetteer;
}

} // namespace

TEST_CASE("A sentence in the future tense does not take the narrative's year",
          "[extract][dates][tense]")
{
    // The narrative's 2016 comes from background ("chief from 2008 to 2016").
    CHECK(datesIn("The leaders are due to meet on November 8.",
                  context(std::nullopt, 2016, Tense::Future)) ==
          std::vector<std::string>{"--11-08"});
    CHECK(datesIn("The leaders met on November 8.", context(std::nullopt, 2016, Tense::Past)) ==
          std::vector<std::string>{"2016-11-08"});
    // With a publication year the future date still gets one.
    CHECK(datesIn("The leaders will meet on November 8.",
                  context(PartialDate::parse("2018-11-02"), 2016, Tense::Future)) ==
          std::vector<std::string>{"2018-11-08"});
}

TEST_CASE("A month or day without a year is placed against the publication date by tense",
          "[extract][dates][tense]")
{
    const auto december = PartialDate::parse("2024-12-04");
    const auto march = PartialDate::parse("2024-03-10");
    // Earlier in the year than the publication: the publication's year.
    CHECK(datesIn("In February, the minister announced a freeze.",
                  context(december, std::nullopt, Tense::Past)) ==
          std::vector<std::string>{"2024-02"});
    // A past report of a later month is of the year before.
    CHECK(datesIn("In November the council approved the plan.",
                  context(march, std::nullopt, Tense::Past)) ==
          std::vector<std::string>{"2023-11"});
    CHECK(datesIn("On December 20 they signed the protocol.",
                  context(PartialDate::parse("2022-12-04"), std::nullopt, Tense::Past)) ==
          std::vector<std::string>{"2021-12-20"});
    // An announcement of an earlier month is of the year after.
    CHECK(datesIn("The summit will be held in February.",
                  context(PartialDate::parse("2024-10-01"), std::nullopt, Tense::Future)) ==
          std::vector<std::string>{"2025-02"});
    // Tense unknown: the publication's year, unless the month is more than half a year after the
    // publication (news looks a few months ahead, not most of a year: calendar::yearFor).
    CHECK(datesIn("In June the council approves the plan.",
                  context(march, std::nullopt, Tense::Unknown)) ==
          std::vector<std::string>{"2024-06"});
    CHECK(datesIn("In November the council approves the plan.",
                  context(march, std::nullopt, Tense::Unknown)) ==
          std::vector<std::string>{"2023-11"});
}

TEST_CASE("A date earlier in the year than the narrative's date is not given its year",
          "[extract][dates]")
{
    DateContext autumn;
    autumn.narrativeYear = 2021;
    autumn.narrativeMonth = 9;
    CHECK(datesIn("Protests began in early January.", autumn).empty());
    CHECK(datesIn("Protests began on January 6.", autumn) == std::vector<std::string>{"--01-06"});
    CHECK(datesIn("Protests began in October.", autumn) == std::vector<std::string>{"2021-10"});
    autumn.narrativeDay = 15;
    CHECK(datesIn("They met again on September 20.", autumn) ==
          std::vector<std::string>{"2021-09-20"});
    CHECK(datesIn("They had met on September 10.", autumn) == std::vector<std::string>{"--09-10"});
}

TEST_CASE("Seasons are dated by their months, winter by its year", "[extract][dates]")
{
    CHECK(datesIn("In the autumn of 2021, the chair passed to Yerevan.") ==
          std::vector<std::string>{"2021-09..2021-11"});
    CHECK(datesIn("During the spring of 2019 drills resumed.") ==
          std::vector<std::string>{"2019-03..2019-05"});
    CHECK(datesIn("In summer 2015 the centre opened.") ==
          std::vector<std::string>{"2015-06..2015-08"});
    CHECK(datesIn("In the winter of 2008 talks stalled.") == std::vector<std::string>{"2008"});
    CHECK(datesIn("The fall of the wall changed everything.").empty());
}

TEST_CASE("'The following year' is the year after the one named before it", "[extract][dates]")
{
    CHECK(datesIn("The pact was formed in 1992, and three states joined the following year.") ==
          std::vector<std::string>{"1992", "1993"});
    DateContext narrative;
    narrative.narrativeYear = 2004;
    CHECK(datesIn("A year later it was renewed.", narrative) == std::vector<std::string>{"2005"});
    CHECK(datesIn("The next year brought a crisis.", narrative) ==
          std::vector<std::string>{"2005"});
    CHECK(datesIn("A year later it was renewed.").empty()); // no year to count from
}

TEST_CASE("A sentence that opens with a pronoun or a description takes the sentence before's "
          "participants",
          "[extract][analysis]")
{
    const auto gazetteer = councilAndState();
    const auto analysis = analyseArticle(
        "The Defence Council adopted a charter. It entered into force on 3 March 2016. These "
        "documents were registered on 4 May 2016. Weather was fine on 5 May 2016.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(analysis) == std::vector<std::string>{"2016-03-03:1", "2016-05-04:1"});
}

TEST_CASE("The lead of a dated report is an event of its date when it gives none",
          "[extract][analysis]")
{
    const auto gazetteer = councilAndState();
    const auto undated = analyseArticle(
        "Patrols agreed\nCAPITAL, 3 March (Agency) - The Defence Council of Ruritania agreed "
        "on joint border patrols. The patrols start in spring.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(undated) == std::vector<std::string>{"--03-03:12"});

    const auto dated = analyseArticle(
        "Patrols agreed\nCAPITAL, 3 March 2016 (Agency) - The Defence Council of Ruritania "
        "agreed on joint border patrols.",
        gazetteer, std::nullopt);
    REQUIRE(dated.events.size() == 1);
    CHECK(dated.events[0].date.toIso() == "2016-03-03");
    CHECK(dated.events[0].yearStated);

    // Words of any script make a lead.
    Gazetteer cyrillic;
    cyrillic.add("Руритании", 2);
    cyrillic.build();
    const auto russian = analyseArticle("Patrols agreed\nCAPITAL, 3 March 2016 (Agency) - Совет "
                                        "обороны Руритании согласовал совместное патрулирование.",
                                        cyrillic, std::nullopt);
    CHECK(eventsOf(russian) == std::vector<std::string>{"2016-03-03:2"});

    // A lead with a date of its own is dated by it, and no later sentence is a lead.
    const auto ownDate = analyseArticle(
        "Patrols agreed\nCAPITAL, 3 March 2016 (Agency) - The Defence Council met on 1 March "
        "and agreed on joint border patrols. Ruritania will send two companies.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(ownDate) == std::vector<std::string>{"2016-03-01:1"});
}

TEST_CASE("Year choice: a year named only later in the year than an undated date is in doubt",
          "[extract][analysis][dates]")
{
    const auto gazetteer = councilAndState();
    const auto doubt = analyseArticle(
        "In the autumn of 2021, Ruritania took the chair of the Defence Council. The Defence "
        "Council met online on January 10.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(doubt) == std::vector<std::string>{"2021-09..2021-11:21", "--01-10:1"});
    // A month within the season's year follows the narrative.
    const auto within = analyseArticle(
        "In the autumn of 2021, Ruritania took the chair of the Defence Council. The Defence "
        "Council met in October and in early January.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(within) == std::vector<std::string>{"2021-09..2021-11:21", "2021-10:1"});
    REQUIRE(doubt.yearNote);
    CHECK_THAT(*doubt.yearNote, Catch::Contains("later in the year"));

    const auto sure = analyseArticle(
        "Ruritania took the chair of the Defence Council on January 1, 2023. The Defence "
        "Council met on February 20.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(sure) == std::vector<std::string>{"2023-01-01:21", "2023-02-20:1"});

    // A future sentence is not dated by the background year before it.
    const auto future = analyseArticle(
        "Ruritania chaired the Defence Council from 2008 to 2016. The Defence Council is due to "
        "meet on November 8.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(future) == std::vector<std::string>{"2008..2016:21", "--11-08:1"});
}

TEST_CASE("A year named only inside a quotation does not date the article",
          "[extract][analysis][dates]")
{
    const auto gazetteer = councilAndState();
    const auto quoted = analyseArticle(
        "The Defence Council met in the capital on November 23.\n\n\u201cRuritania asks for the "
        "withdrawal of troops to their positions of May 11, 2021.\n\n\u201cSuch a position is "
        "important,\u201d he said.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(quoted) == std::vector<std::string>{"--11-23:1", "2021-05-11:2"});
    REQUIRE(quoted.yearNote);
    CHECK_THAT(*quoted.yearNote, Catch::Contains("in a quotation"));

    const auto reported = analyseArticle(
        "The Defence Council met in the capital on November 23.\n\nRuritania asks for the "
        "withdrawal of troops to their positions of May 11, 2021.",
        gazetteer, std::nullopt);
    CHECK(eventsOf(reported) == std::vector<std::string>{"2021-11-23:1", "2021-05-11:2"});
}

TEST_CASE("A 'Published time' line dates the article; an edited time does not", "[extract][layout]")
{
    const std::string text = "Ruritania leaves the defence pact for now\nPublished time: June 28, "
                             "2012 15:47\nEdited time: June 29, 2012 19:47\nRuritania has informed "
                             "the Defence Council that it suspends its membership.";
    const auto layout = analyseLayout(text);
    REQUIRE(layout.published);
    CHECK(layout.published->toIso() == "2012-06-28");
    // The time stamps are no lead: the first sentence of words is, dated by the publication.
    const auto analysis = analyseArticle(text, councilAndState(), std::nullopt);
    CHECK(eventsOf(analysis) == std::vector<std::string>{"2012-06-28:21"});
}

TEST_CASE("A weekday in an announcement is the next one after publication", "[extract][dates]")
{
    const auto sunday = PartialDate::parse("2022-12-04");
    CHECK(datesIn("A joint session will be held on Monday.",
                  context(sunday, std::nullopt, Tense::Future)) ==
          std::vector<std::string>{"2022-12-05"});
    CHECK(datesIn("The speakers are due to meet on Sunday.",
                  context(sunday, std::nullopt, Tense::Future)) ==
          std::vector<std::string>{"2022-12-11"});
    CHECK(datesIn("The speakers met on Monday.", context(sunday, std::nullopt, Tense::Past)) ==
          std::vector<std::string>{"2022-11-28"});
}
