// SPDX-License-Identifier: MIT
// Counted set: hostile search strings, all through the core's search (KnowledgeBase::search on
// the bundled knowledge base) and a sample through `csto-kb search`. Verdict: no exception, no
// more hits than asked, a name typed with noise around it is still found; the command line exits
// normally with 0 or 1 (not found, with a message) and prints no raw control characters.
#include "countedset.h"

#include <core/sqliteknowledgebase.h>
#include <core/searchquery.h>

using namespace csto;
using namespace csto::robustness;

namespace {

constexpr int kCases = 1000;
constexpr int kCliEvery = 20; // every 20th string also through csto-kb: 50 runs
constexpr const char *kSet = "search strings";

struct Query
{
    std::string kind;
    std::string text;
    std::optional<std::string> mustFind; // the id of an entity the query names
};

const std::vector<std::string> kFragments = {"NEAR(",
                                             "NEAR(a b, 2)",
                                             "AND",
                                             "OR",
                                             "NOT",
                                             "*",
                                             "^",
                                             "\"",
                                             "\"\"",
                                             "'",
                                             "name:",
                                             "{name}:",
                                             "(",
                                             ")",
                                             "-",
                                             "+",
                                             "::",
                                             "'; DROP TABLE entities; --",
                                             "\" OR 1=1 --",
                                             "%",
                                             "_",
                                             "\\",
                                             "\x1b[31m",
                                             "\r",
                                             "\t",
                                             "\x7f",
                                             "\xc2\x9b",
                                             "😀",
                                             "e\u0301",
                                             "\u202e",
                                             "\u200b",
                                             "ё",
                                             "Ё",
                                             "ОДКБ",
                                             "Канал",
                                             "\xff",
                                             "\xc3",
                                             "\xed\xa0\x80",
                                             "\xf4\x90\x80\x80",
                                             "\xef\xbb\xbf",
                                             "rank:",
                                             "rowid",
                                             "bm25(",
                                             "MATCH",
                                             "GLOB",
                                             "LIKE",
                                             "ESCAPE",
                                             "search_index",
                                             "*\"*"};

const std::vector<std::pair<std::string, std::string>> kKnown = {
    {"Collective Security Council", "collective-security-council"},
    {"Mercenary", "mercenary"},
    {"Kanal", "channel"},
    {"ОДКБ", "csto"}};

Query makeQuery(int caseNumber)
{
    Random random(seed(), kSet, caseNumber);
    switch (caseNumber % 8) {
    case 0: {
        std::string text;
        for (std::size_t n = random.between(1, 12); n > 0; --n)
            text += random.pick(kFragments) + (random.chance(60) ? " " : "");
        return {"FTS5 and SQL syntax", text, std::nullopt};
    }
    case 1: {
        std::string text(random.between(1, 300), ' ');
        for (auto &c : text)
            c = random.byte();
        return {"random bytes", text, std::nullopt};
    }
    case 2: {
        std::string text;
        for (std::size_t n = random.between(1, 40); n > 0; --n) {
            const char32_t code = static_cast<char32_t>(random.between(0x20, 0x2FFF));
            if (code < 0x80) {
                text += static_cast<char>(code);
            } else if (code < 0x800) {
                text += static_cast<char>(0xC0 | (code >> 6));
                text += static_cast<char>(0x80 | (code & 0x3F));
            } else if (code < 0xD800 || code > 0xDFFF) {
                text += static_cast<char>(0xE0 | (code >> 12));
                text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                text += static_cast<char>(0x80 | (code & 0x3F));
            }
        }
        return {"random Unicode", text, std::nullopt};
    }
    case 3:
        return {"long",
                std::string(random.pick(std::vector<std::size_t>{257, 10000, 1 << 20}),
                            random.pick(std::vector<char>{'a', '"', '*', ' ', '('})),
                std::nullopt};
    case 4: {
        std::string text;
        for (std::size_t n = random.between(13, 200); n > 0; --n)
            text += random.pick(std::vector<std::string>{"a", "b*", "\"c", "NEAR", "x"}) + " ";
        return {"many terms", text, std::nullopt};
    }
    case 5: {
        // A known name with punctuation and operators around it: still found.
        const auto &[name, id] = random.pick(kKnown);
        const auto noise =
            random.pick(std::vector<std::string>{"\"", "(", ")", "*", "'", "-", ";", " "});
        return {"known name with noise", noise + name + noise, id};
    }
    case 6: {
        std::string text = random.pick(kKnown).first;
        text.insert(random.below(text.size()), random.pick(kFragments));
        return {"known name broken by syntax", text, std::nullopt};
    }
    default: {
        std::string text = random.pick(kFragments);
        text.insert(0, std::string(random.between(0, 3), '\0'));
        return {"control characters and NUL", text + random.pick(kFragments), std::nullopt};
    }
    }
}

} // namespace

TEST_CASE("counted set: hostile search strings through the core and csto-kb search", "[robustness]")
{
    Tally tally(kSet);
    auto kb = SqliteKnowledgeBase(schema::open(CSTO_BUNDLED_DB, schema::Access::ReadOnly));
    for (int caseNumber = 0; caseNumber < kCases; ++caseNumber) {
        if (!selected(caseNumber))
            continue;
        const auto query = makeQuery(caseNumber);
        tally.ran(query.kind);
        const auto fail = [&](const std::string &what) {
            tally.mishandled(caseNumber, query.kind, what);
        };
        constexpr std::size_t kLimit = 20;
        try {
            const auto hits = kb.search(query.text, kLimit);
            if (hits.size() > kLimit)
                fail(std::to_string(hits.size()) + " hits for a limit of 20");
            if (query.mustFind && std::none_of(hits.begin(), hits.end(), [&](const SearchHit &hit) {
                    return hit.id == *query.mustFind;
                }))
                fail("does not find " + *query.mustFind);
            if (toFtsPrefixQuery(query.text).size() > 4 * kMaxQueryBytes)
                fail("the FTS5 query grew past its bound");
        } catch (const std::exception &error) {
            fail(std::string("search threw: ") + error.what());
        }

        if (caseNumber % kCliEvery != 0)
            continue;
        // argv cannot hold NUL: the command line gets the text up to the first.
        const std::string argument = query.text.substr(0, query.text.find('\0'));
        if (argument.empty())
            continue;
        tally.ran("through csto-kb search");
        const auto cliFail = [&](const std::string &what) {
            tally.mishandled(caseNumber, "through csto-kb search", what);
        };
        test::TempDir dir;
        const auto run =
            runProcess({CSTO_KB_BINARY, "--db", CSTO_BUNDLED_DB, "search", "--", argument}, {},
                       dir / "run", std::chrono::seconds(60));
        if (const auto crashed = crash(run)) {
            cliFail(*crashed);
            continue;
        }
        if (run.exitCode != 0 && run.exitCode != 1)
            cliFail("exit " + std::to_string(run.exitCode) + ": " + excerpt(run.err));
        if (run.exitCode != 0 && !hasMessage(run.err))
            cliFail("exit " + std::to_string(run.exitCode) + " without a message");
        if (const auto control = rawControlCharacter(run.out + run.err))
            cliFail("prints a " + *control + " to the terminal");
    }
    tally.report();
}
