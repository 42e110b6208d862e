// SPDX-License-Identifier: MIT
// The extraction pipeline on sentences of our own: every date form, furniture pattern, dateline
// and gazetteer rule the importer relies on.
#include <core/error.h>
#include <core/extract/analysis.h>
#include <core/sha256.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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

DateContext publishedOn(const char *date)
{
    return {PartialDate::parse(date), std::nullopt, std::nullopt};
}

} // namespace

TEST_CASE("Absolute dates in every common form", "[extract][dates]")
{
    CHECK(datesIn("The pact was signed on May 15, 1992 in the capital.") ==
          std::vector<std::string>{"1992-05-15"});
    CHECK(datesIn("It was signed on 15 May 1992.") == std::vector<std::string>{"1992-05-15"});
    CHECK(datesIn("Signed 14.05.2002 by all sides.") == std::vector<std::string>{"2002-05-14"});
    CHECK(datesIn("Recorded as 2002-05-14 in the register.") ==
          std::vector<std::string>{"2002-05-14"});
    CHECK(datesIn("The term starts from the 1st of January 2020.") ==
          std::vector<std::string>{"2020-01-01"});
    CHECK(datesIn("Decided on February 4 2009 by the council.") ==
          std::vector<std::string>{"2009-02-04"});
    CHECK(datesIn("The session was held on May, 22, 2019 in the capital.") ==
          std::vector<std::string>{"2019-05-22"});
    CHECK(datesIn("A ruling of Sept. 3, 2015 stands.") == std::vector<std::string>{"2015-09-03"});
    CHECK(datesIn("Nothing happened on February 30, 2021.").empty()); // not a date
}

TEST_CASE("Partial dates: a year, a month, a day without a year", "[extract][dates]")
{
    CHECK(datesIn("In 1993, three more states joined.") == std::vector<std::string>{"1993"});
    CHECK(datesIn("The talks of December 2014 ended well.") == std::vector<std::string>{"2014-12"});
    CHECK(datesIn("The panel met on 17 June to review it.") == std::vector<std::string>{"--06-17"});
    CHECK(datesIn("The panel met on 17 June.", publishedOn("2021-06-20")) ==
          std::vector<std::string>{"2021-06-17"});
    CHECK(datesIn("In August the delegation asked for a change.",
                  {std::nullopt, 2018, std::nullopt}) == std::vector<std::string>{"2018-08"});
    CHECK(datesIn("In August the delegation asked for a change.").empty()); // no year known
}

TEST_CASE("Ranges of days and of years", "[extract][dates]")
{
    CHECK(datesIn("A raid took place on October 21st-25th.") ==
          std::vector<std::string>{"--10-21..--10-25"});
    CHECK(datesIn("A raid took place on October 21st-25th.", publishedOn("2019-12")) ==
          std::vector<std::string>{"2019-10-21..2019-10-25"});
    CHECK(datesIn("Drills ran 21-25 October 2020 near the border.") ==
          std::vector<std::string>{"2020-10-21..2020-10-25"});
    CHECK(datesIn("Cooperation grew in 2021-2025 as planned.") ==
          std::vector<std::string>{"2021..2025"});
    CHECK(datesIn("Cooperation grew from 2021 to 2025.") == std::vector<std::string>{"2021..2025"});
    CHECK(datesIn("Drills ran 21\u201325 October 2020.") ==
          std::vector<std::string>{"2020-10-21..2020-10-25"});
}

TEST_CASE("Spacing and hyphens as news sites write them", "[extract][dates]")
{
    CHECK(datesIn("Signed on 15\u00a0May\u00a01992 in the capital.") ==
          std::vector<std::string>{"1992-05-15"});
    CHECK(datesIn("Talks resumed in mid-August.", {std::nullopt, 2019, std::nullopt}) ==
          std::vector<std::string>{"2019-08"});
    CHECK(datesIn("In May, 2020 and in May 15 are other forms; in May123 is none.").size() == 2);
    CHECK(datesIn("Code 2002-05-14x and 14.05.20021 are not dates.").empty());
}

TEST_CASE("Relative dates resolve against the publication date", "[extract][dates]")
{
    const auto monday = publishedOn("2014-12-22"); // a Monday
    CHECK(datesIn("The ministers met today.", monday) == std::vector<std::string>{"2014-12-22"});
    CHECK(datesIn("The leaders meet tomorrow.", monday) == std::vector<std::string>{"2014-12-23"});
    CHECK(datesIn("The envoy arrived yesterday.", monday) ==
          std::vector<std::string>{"2014-12-21"});
    CHECK(datesIn("A resolution passed last month.", monday) ==
          std::vector<std::string>{"2014-11"});
    CHECK(datesIn("This year the plan is set.", monday) == std::vector<std::string>{"2014"});
    CHECK(datesIn("Results of last year were good.", monday) == std::vector<std::string>{"2013"});
    CHECK(datesIn("A new chair comes next year.", monday) == std::vector<std::string>{"2015"});
    CHECK(datesIn("The ministers said so on Monday.", monday) ==
          std::vector<std::string>{"2014-12-22"});
    CHECK(datesIn("The deputies voted on Friday.", monday) ==
          std::vector<std::string>{"2014-12-19"});
    CHECK(datesIn("For the past three years the task force has worked.", monday) ==
          std::vector<std::string>{"2011..2014"});
    CHECK(datesIn("The leaders meet tomorrow.", publishedOn("--06-17")) ==
          std::vector<std::string>{"--06-18"});
    CHECK(datesIn("Plans for this year are ready.", publishedOn("--06-17")).empty());
    CHECK(datesIn("They met today.").empty()); // nothing to resolve against
}

TEST_CASE("Periods, deadlines and names are not event dates", "[extract][dates]")
{
    CHECK(datesIn("They approved the budget for 2021.").empty());
    CHECK(datesIn("The strategy runs to 2025 and the plan until 2030.").empty());
    CHECK(datesIn("A programme for 2021-2025 was adopted.").empty());
    CHECK(datesIn("Veterans of the 1941-1945 Great War were honoured.").empty());
}

TEST_CASE("Furniture is dropped; title, outlet and dateline are found", "[extract][layout]")
{
    const std::string page = "Menu\nAll news\nShare\nSubscribe to us\nThursday, 5 March 2015\n"
                             "Ministers agree on a common border plan\n"
                             "February 3, 2015, 10:15 UTC+3 ASTANA\n"
                             "ASTANA, February 3. /Agency/. The defence ministers agreed on "
                             "Tuesday on a common plan for the border. It runs for five years.\n"
                             "Show more\nIn other media\nPhoto by a staff reporter\n";
    const auto layout = analyseLayout(page);
    REQUIRE(layout.title);
    CHECK(page.substr(layout.title->offset, layout.title->length) ==
          "Ministers agree on a common border plan");
    CHECK(layout.publisher == "Agency");
    REQUIRE(layout.published);
    CHECK(layout.published->toIso() == "2015-02-03");
    CHECK(layout.body.size() == 2);
    CHECK(layout.furniture.size() >= 8);
    CHECK(layout.datelines.size() == 2);

    const auto belta = analyseLayout("MINSK, 9 July (BelTA) - Officials met in the capital.\n");
    CHECK(belta.publisher == "BelTA");
    REQUIRE(belta.published);
    CHECK(belta.published->toIso() == "--07-09");

    const auto clock =
        analyseLayout("News\n11 March 2021, 14:05\nA headline of several words here\n"
                      "The body follows with a full sentence of text here.\n");
    REQUIRE(clock.published);
    CHECK(clock.published->toIso() == "2021-03-11");
}

TEST_CASE("Sentences survive abbreviations, initials, decimals and quotes", "[extract][sentences]")
{
    const std::string text = "Mr. Ivanov met Dr. Petrova at 10 a.m. on Jan. 5. Growth was 3.5 "
                             "per cent. \"We agreed,\" V. Petrov said. “It is done.” The U.S. "
                             "delegation left.";
    const auto sentences = splitSentences(text, {{0, text.size()}});
    std::vector<std::string> parts;
    for (const auto &s : sentences)
        parts.push_back(text.substr(s.offset, s.length));
    CHECK(parts == std::vector<std::string>{"Mr. Ivanov met Dr. Petrova at 10 a.m. on Jan. 5.",
                                            "Growth was 3.5 per cent.",
                                            "\"We agreed,\" V. Petrov said.", "“It is done.”",
                                            "The U.S. delegation left."});
}

TEST_CASE("The gazetteer: whole words, longest match, Cyrillic, acronyms as written",
          "[extract][gazetteer]")
{
    Gazetteer gazetteer;
    gazetteer.add("Collective Security Council", 1);
    gazetteer.add("Council", 2);
    gazetteer.add("Security Council of Ruritania", 3);
    gazetteer.add("CIS", 4);
    gazetteer.add("Канал", 5);
    gazetteer.add("Наёмник", 6);
    gazetteer.build();
    const std::string text = "The Collective Security Council met. The council’s chair spoke. "
                             "The Security Council of Ruritania agreed, the CIS too, not the "
                             "cis-gender Councils. Операция «Канал» и «НАЕМНИК».";
    std::vector<std::pair<std::string, std::int64_t>> found;
    for (const auto &m : gazetteer.find(text))
        found.emplace_back(text.substr(m.offset, m.length), m.entityRowId);
    CHECK(found ==
          std::vector<std::pair<std::string, std::int64_t>>{{"Collective Security Council", 1},
                                                            {"council", 2},
                                                            {"Security Council of Ruritania", 3},
                                                            {"CIS", 4},
                                                            {"Канал", 5},
                                                            {"НАЕМНИК", 6}});
}

TEST_CASE("Text that is not UTF-8 is refused with the byte offset, or converted when declared",
          "[extract][encoding]")
{
    const std::string cp1251 = "ok \xCA\xE0\xED\xE0\xEB"; // "ok Канал" in Windows-1251
    try {
        (void)decodeArticle(cp1251, Encoding::Utf8, "a.txt");
        FAIL("accepted invalid UTF-8");
    } catch (const DataError &error) {
        CHECK(error.problem().starts_with("not valid UTF-8 at byte 3"));
    }
    const auto decoded = decodeArticle(cp1251, Encoding::Windows1251, "a.txt");
    CHECK(decoded.text == "ok Канал");
    CHECK(decoded.note == "converted from Windows-1251 to UTF-8");
    CHECK(decodeArticle("caf\xE9", Encoding::Latin1, "b.txt").text == "café");
    CHECK_THROWS_WITH(decodeArticle("  \n ", Encoding::Utf8, "c.txt"), Catch::Contains("empty"));
    CHECK_THROWS_WITH(decodeArticle(std::string("ab\0cd", 5), Encoding::Utf8, "d.txt"),
                      Catch::Contains("binary"));
    CHECK(decodeArticle("\xEF\xBB\xBFtext", Encoding::Utf8, "e.txt").text == "text");
}

TEST_CASE("SHA-256 matches the standard test vectors", "[extract][sha256]")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("Candidate events need a date and a known entity", "[extract][analysis]")
{
    Gazetteer gazetteer;
    gazetteer.add("Defence Council", 1);
    gazetteer.add("Ruritania", 2);
    gazetteer.build();
    const std::string text =
        "Border talks conclude in the capital\nCAPITAL, 3 March 2016 (Agency) - The Defence "
        "Council met in Strelsau on 2 March and agreed on patrols. Weather "
        "was fine on 1 March. Ruritania joined the Patrol Coordination "
        "Committee, and Minister Rudolf Rassendyll signed. The council "
        "approved the budget for 2017.";
    const auto analysis = analyseArticle(text, gazetteer, std::nullopt);
    CHECK(analysis.title == "Border talks conclude in the capital");
    CHECK(analysis.publisher == "Agency");
    REQUIRE(analysis.events.size() == 1);
    CHECK(analysis.events[0].date.toIso() == "2016-03-02");
    CHECK(analysis.events[0].place == "Strelsau");
    CHECK(analysis.events[0].participants == std::vector<std::int64_t>{1});
    std::vector<std::string> names;
    for (const auto &e : analysis.entities)
        names.push_back(std::string(toString(e.kind)) + ":" + e.name);
    CHECK(names == std::vector<std::string>{"body:Patrol Coordination Committee",
                                            "person:Rudolf Rassendyll"});
}

TEST_CASE("An exercise named with its year is proposed without it, the year as its occurrence",
          "[extract][analysis]")
{
    Gazetteer gazetteer;
    gazetteer.build();
    const std::string text = "Peacekeeping plans\nMOSCOW, 3 March 2019 (Agency) - The Enduring "
                             "Brotherhood 2020 joint exercise will test the new staff plans.";
    const auto analysis = analyseArticle(text, gazetteer, std::nullopt);
    std::vector<std::string> names;
    for (const auto &e : analysis.entities)
        names.push_back(std::string(toString(e.kind)) + ":" + e.name);
    CHECK(names == std::vector<std::string>{"exercise:Enduring Brotherhood"});
    REQUIRE(analysis.events.size() == 1);
    CHECK(analysis.events[0].title == "Enduring Brotherhood 2020");
    CHECK(analysis.events[0].date.toIso() == "2020");
    CHECK(analysis.events[0].proposedParticipants ==
          std::vector<std::string>{"Enduring Brotherhood"});
}

TEST_CASE("A byte-order mark with nothing or blanks after it is an empty article",
          "[extract][encoding]")
{
    for (const std::string text : {"\xEF\xBB\xBF", "\xEF\xBB\xBF  \r\n\t", "\xEF\xBB\xBF\xC2\xA0",
                                   "\xE2\x80\x83\xEF\xBB\xBF\n"})
        CHECK_THROWS_WITH(decodeArticle(text, Encoding::Utf8, "bom.txt"), Catch::Contains("empty"));
    CHECK_THROWS_WITH(decodeArticle("\xA0\xA0 ", Encoding::Windows1251, "nbsp.txt"),
                      Catch::Contains("empty"));
    CHECK(decodeArticle("\xEF\xBB\xBF"
                        "Text.",
                        Encoding::Utf8, "a.txt")
              .text == "Text.");
}

TEST_CASE("A year-less dateline takes the year the text leaves no doubt about, and says how",
          "[extract][analysis][dates]")
{
    Gazetteer gazetteer;
    gazetteer.add("Defence Council", 1);
    gazetteer.build();
    const auto eventDates = [](const ArticleAnalysis &analysis) {
        std::vector<std::string> dates;
        for (const auto &e : analysis.events)
            dates.push_back(e.date.toIso());
        return dates;
    };

    // The only year the text names.
    const auto single = analyseArticle(
        "MINSK, 17 June (Agency) - The Defence Council met on 16 June. Its plan for the "
        "region was first drafted in 2021 by the Defence Council.",
        gazetteer, std::nullopt);
    REQUIRE(single.published);
    CHECK(single.published->toIso() == "2021-06-17");
    CHECK(eventDates(single) == std::vector<std::string>{"2021-06-16", "2021"});
    REQUIRE(single.yearNote);
    CHECK_THAT(*single.yearNote, Catch::Contains("2021") && Catch::Contains("only year"));
    CHECK_FALSE(single.events[0].yearStated);
    CHECK(single.events[1].yearStated);

    // Several years, but only one with the dateline's day and month.
    const auto repeated = analyseArticle(
        "MINSK, 17 June (Agency) - The Defence Council, founded in 2002, met on 17 June 2021 "
        "and again on 18 June.",
        gazetteer, std::nullopt);
    REQUIRE(repeated.published);
    CHECK(repeated.published->toIso() == "2021-06-17");
    REQUIRE(repeated.yearNote);
    CHECK_THAT(*repeated.yearNote, Catch::Contains("17 June 2021"));

    // No dateline at all: the year dates the day-and-month expressions, the publication date
    // stays unknown.
    const auto undated = analyseArticle(
        "The Defence Council met on 3 March. The Defence Council was set up in 2016.", gazetteer,
        std::nullopt);
    CHECK_FALSE(undated.published);
    CHECK(eventDates(undated) == std::vector<std::string>{"2016-03-03", "2016"});
    REQUIRE(undated.yearNote);
    CHECK_THAT(*undated.yearNote, Catch::Contains("no publication date"));

    // Two years and no day to tell them apart: nothing is guessed, and the note says why.
    const auto ambiguous = analyseArticle(
        "MINSK, 17 June (Agency) - The Defence Council met on 16 June. It was set up in 2002 and "
        "reformed in 2016.",
        gazetteer, std::nullopt);
    REQUIRE(ambiguous.published);
    CHECK(ambiguous.published->toIso() == "--06-17");
    CHECK(eventDates(ambiguous).front() == "--06-16");
    REQUIRE(ambiguous.yearNote);
    CHECK_THAT(*ambiguous.yearNote, Catch::Contains("several years: 2002, 2016"));

    // A stated publication year is never second-guessed.
    const auto stated = analyseArticle(
        "The Defence Council met on 3 March. The Defence Council was set up in 2016.", gazetteer,
        PartialDate::parse("2020-03-05"));
    CHECK(eventDates(stated).front() == "2020-03-03");
    CHECK_FALSE(stated.yearNote);
}

TEST_CASE("No std::regex in the program's sources: it recurses per character on untrusted text",
          "[extract][hostile]")
{
    std::vector<std::string> offenders;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(CSTO_SOURCE_DIR)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path());
        std::string line;
        for (int number = 1; std::getline(in, line); ++number) {
            const auto code = line.find_first_not_of(" \t");
            if (code == std::string::npos || line.compare(code, 2, "//") == 0)
                continue; // comments may say why
            if (line.find("<regex>") != std::string::npos ||
                line.find("std::regex") != std::string::npos ||
                line.find("std::sregex") != std::string::npos)
                offenders.push_back(entry.path().string() + ":" + std::to_string(number));
        }
    }
    CHECK(offenders.empty());
}
