// SPDX-License-Identifier: MIT
#include "support/runcli.h"

#include <catch2/catch.hpp>

#include <regex>

using csto::test::commandOutput;
using csto::test::runCli;
using csto::test::shellQuote;
using csto::test::TempDir;

namespace {

const std::string kDb = CSTO_BUNDLED_DB;

struct Pdf
{
    std::string text;  // pdftotext, whitespace collapsed
    std::string info;  // pdfinfo
    std::string fonts; // pdffonts
    int pages = 0;
};

Pdf makeReport(const TempDir &dir, std::vector<std::string> args)
{
    const auto file = (dir / "report.pdf").string();
    args.insert(args.begin(), {"--db", kDb, "report"});
    args.insert(args.end(), {"-o", file});
    const auto result = runCli(args);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::StartsWith("wrote " + file));
    Pdf pdf;
    // Line breaks are the layout's, not the content's: compare text with whitespace collapsed.
    pdf.text = std::regex_replace(commandOutput("pdftotext " + shellQuote(file) + " -"),
                                  std::regex("\\s+"), " ");
    pdf.info = commandOutput("pdfinfo " + shellQuote(file));
    pdf.fonts = commandOutput("pdffonts " + shellQuote(file));
    std::smatch match;
    if (std::regex_search(pdf.info, match, std::regex("Pages:\\s+(\\d+)")))
        pdf.pages = std::stoi(match[1]);
    REQUIRE_FALSE(pdf.text.empty()); // poppler-utils must be installed (tools/setup does)
    return pdf;
}

void checkFontsEmbedded(const Pdf &pdf)
{
    // pdffonts: two header lines, then one line per font with "emb" as the 5th-from-last field.
    std::istringstream lines(pdf.fonts);
    std::string line;
    int fonts = 0;
    std::getline(lines, line);
    std::getline(lines, line);
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        ++fonts;
        INFO(line);
        CHECK(std::regex_search(line,
                                std::regex("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$")));
    }
    CHECK(fonts >= 1);
}

} // namespace

TEST_CASE("Report: operation history of Mercenary", "[report]")
{
    TempDir dir;
    const auto pdf = makeReport(dir, {"--entity", "Mercenary"});
    for (const char *expected :
         {"Mercenary", "Operation history", "Purpose", "Who runs it", "History", "Sources",
          "Nayomnik", "Наёмник", "17 June, year not stated", "BelTA", "Page 1 of"})
        CHECK_THAT(pdf.text, Catch::Contains(expected));
    CHECK(pdf.pages >= 1);
    CHECK(pdf.pages <= 6);
    CHECK_THAT(pdf.info, Catch::Contains("A4"));
    checkFontsEmbedded(pdf);
}

TEST_CASE("Report: profile of the Collective Security Council", "[report]")
{
    TempDir dir;
    const auto pdf = makeReport(dir, {"--entity", "Collective Security Council"});
    for (const char *expected : {"Profile of a body", "Where it sits", "What it decided",
                                 "Collective Security Treaty Organization", "2 December 2020",
                                 "Anti-Drug Strategy for 2021-2025", "Events", "Sources",
                                 "Совет коллективной безопасности"})
        CHECK_THAT(pdf.text, Catch::Contains(expected));
    CHECK(pdf.pages <= 10);
    checkFontsEmbedded(pdf);
}

TEST_CASE("Report: an entity's profile words its period as the card does", "[report]")
{
    TempDir dir;
    // A source says the CSTO exists as of the latest sources.
    const auto csto = makeReport(dir, {"--entity", "csto"});
    CHECK_THAT(csto.text,
               Catch::Contains("since 14 May 2002, current (sources up to December 2020)"));
    // No source says the Collective Rapid Deployment Forces still exist.
    const auto crdf = makeReport(dir, {"--entity", "collective-rapid-deployment-forces"});
    CHECK_THAT(crdf.text, Catch::Contains("from 25 May 2001, end not stated"));
    CHECK_THAT(crdf.text, !Catch::Contains("since 25 May 2001"));
    // A document: the date it was adopted, no end clause.
    const auto charter = makeReport(dir, {"--entity", "csto-charter"});
    CHECK_THAT(charter.text,
               Catch::Contains("Profile of a document \u00b7 charter \u00b7 7 October 2002"));
}

TEST_CASE("Report: profile of a state, on Letter paper", "[report]")
{
    TempDir dir;
    const auto pdf = makeReport(dir, {"--entity", "Armenia", "--page-size", "Letter"});
    for (const char *expected : {"Profile of a state", "Membership history", "14 May 2002",
                                 "15 May 1992", "Republic of Armenia", "Nikol Pashinyan"})
        CHECK_THAT(pdf.text, Catch::Contains(expected));
    CHECK_THAT(pdf.info, Catch::Contains("612 x 792"));
}

TEST_CASE("Report: a timeline brief holds the range and nothing outside it", "[report]")
{
    TempDir dir;
    const auto pdf = makeReport(dir, {"--timeline", "--from", "2014", "--to", "2020"});
    for (const char *expected : {"Timeline brief", "Events from 2014 to 2020", "November 2014",
                                 "22 December 2014", "22 May 2019", "2 December 2020", "Sources"})
        CHECK_THAT(pdf.text, Catch::Contains(expected));
    for (const char *outside : {"15 May 1992", "14 May 2002", "4 February 2009", "year not stated"})
        CHECK_THAT(pdf.text, !Catch::Contains(outside));
    CHECK(pdf.pages >= 2);
    CHECK(pdf.pages <= 10);
    checkFontsEmbedded(pdf);
}

TEST_CASE("Report: a failed write reports the error and leaves no file", "[report]")
{
    TempDir dir;
    const auto blocker = dir.write("not-a-folder", "a file, so nothing can be created inside");
    const auto target = (blocker / "report.pdf").string();
    const auto result = runCli({"--db", kDb, "report", "--entity", "Mercenary", "-o", target});
    CHECK(result.exitCode == 5);
    CHECK_THAT(result.err, Catch::Contains("cannot write"));
    CHECK(dir.fileCount() == 1);

    // An existing report is left as it was when a new one cannot be written over it.
    const auto kept = dir.write("kept.pdf", "previous report");
    CHECK(runCli({"--db", kDb, "report", "--entity", "No such thing", "-o", kept.string()})
              .exitCode == 1);
    CHECK(csto::test::readFile(kept) == "previous report");
}

TEST_CASE("Report: usage errors", "[report]")
{
    CHECK(runCli({"--db", kDb, "report", "--entity", "Mercenary"}).exitCode == 2);
    CHECK(runCli({"--db", kDb, "report", "-o", "/tmp/x.pdf"}).exitCode == 2);
    CHECK(runCli({"--db", kDb, "report", "--entity", "Mercenary", "--page-size", "A3", "-o",
                  "/tmp/x.pdf"})
              .exitCode == 2);
    CHECK(runCli({"--db", kDb, "report", "--entity", "Mercenary", "--from", "2014", "-o",
                  "/tmp/x.pdf"})
              .exitCode == 2);
}
