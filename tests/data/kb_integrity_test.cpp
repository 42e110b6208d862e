// SPDX-License-Identifier: MIT
// The bundled knowledge base (data/kb) is data the whole program stands on: these tests hold it
// to its rules. Reference, source, date and tree checks are the loader's (readDataset), so a
// successful read already proves them; the rest is checked here.
#include "support/articles.h"
#include "support/tempdir.h"

#include <core/datasetjson.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

using namespace csto;

namespace {

const Dataset &knowledgeBase()
{
    static const Dataset dataset = readDataset(CSTO_KB_DATA_DIR);
    return dataset;
}

// Lower-cased words of Latin or Cyrillic letters and digits, as the copy check compares them.
std::vector<std::string> words(const std::string &text)
{
    std::vector<std::string> result;
    std::string word;
    const auto flush = [&] {
        if (!word.empty())
            result.push_back(std::move(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c)) {
            word += static_cast<char>(std::tolower(c));
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size()) {
            word += text.substr(i, 2); // a Cyrillic letter, kept as it is
            ++i;
        } else {
            flush();
        }
    }
    flush();
    return result;
}

std::vector<std::string> allText(const Dataset &d)
{
    std::vector<std::string> texts;
    for (const auto &s : d.sources)
        texts.push_back(s.title);
    for (const auto &e : d.entities) {
        texts.push_back(e.name);
        texts.insert(texts.end(), e.aliases.begin(), e.aliases.end());
        texts.push_back(e.summary);
    }
    for (const auto &e : d.events) {
        texts.push_back(e.title);
        texts.push_back(e.summary);
    }
    for (const auto &r : d.relations) {
        if (r.summary)
            texts.push_back(*r.summary);
    }
    return texts;
}

} // namespace

TEST_CASE("data/kb loads and validates", "[data]")
{
    REQUIRE_NOTHROW(knowledgeBase());
    const auto &kb = knowledgeBase();
    CHECK(kb.sources.size() == 5);
    std::set<EntityKind> kinds;
    for (const auto &e : kb.entities)
        kinds.insert(e.kind);
    CHECK(kinds.size() == std::size(kAllEntityKinds));
    CHECK(kb.events.size() >= 30);
    CHECK(kb.relations.size() >= 40);
}

TEST_CASE("data/kb: every article is a source and is cited", "[data]")
{
    const auto &kb = knowledgeBase();
    std::multiset<std::string> cited;
    for (const auto &e : kb.entities)
        cited.insert(e.sources.begin(), e.sources.end());
    for (const auto &e : kb.events)
        cited.insert(e.sources.begin(), e.sources.end());
    for (const auto &r : kb.relations)
        cited.insert(r.sources.begin(), r.sources.end());
    for (const auto &source : kb.sources) {
        INFO(source.id);
        CHECK(cited.count(source.id) >= 3);
        CHECK(source.sha256.has_value());
        REQUIRE(source.file.has_value());
        CHECK(std::filesystem::exists(test::articlesDir() / *source.file));
    }
}

TEST_CASE("data/kb: organisational entities sit in the tree, states are linked", "[data]")
{
    const auto &kb = knowledgeBase();
    std::unordered_set<std::string> related;
    for (const auto &r : kb.relations) {
        related.insert(r.from);
        related.insert(r.to);
    }
    for (const auto &e : kb.events)
        related.insert(e.participants.begin(), e.participants.end());
    for (const auto &e : kb.entities) {
        INFO(e.id);
        if ((e.kind == EntityKind::Body && e.category != "national") || e.kind == EntityKind::Force)
            CHECK(e.parent.has_value());
        if (e.kind == EntityKind::State)
            CHECK(related.contains(e.id));
        CHECK(e.summary.size() >= 20);
    }
}

TEST_CASE("data/kb: years are never made up for dates the articles leave open", "[data]")
{
    // An article printed without a year cannot alone date an event to a year.
    const auto &kb = knowledgeBase();
    std::set<std::string> undatedSources;
    for (const auto &s : kb.sources) {
        if (!s.published || !s.published->hasYear())
            undatedSources.insert(s.id);
    }
    REQUIRE_FALSE(undatedSources.empty());
    for (const auto &e : kb.events) {
        const bool onlyUndated = std::all_of(e.sources.begin(), e.sources.end(),
                                             [&](auto &id) { return undatedSources.contains(id); });
        if (onlyUndated && e.date.hasYear()) {
            INFO(e.id << " is dated " << e.date.toIso()
                      << " from undated articles only; its summary must say how the year "
                         "was derived");
            CHECK_THAT(e.summary, Catch::Contains("year", Catch::CaseSensitive::No));
        }
    }
}

TEST_CASE("data/kb: only periods a source calls current are ongoing", "[data]")
{
    const auto &kb = knowledgeBase();
    const auto find = [&](std::string_view type, std::string_view from, std::string_view to,
                          std::optional<std::string> start) -> const RelationRecord * {
        for (const auto &r : kb.relations) {
            if (r.type == type && r.from == from && r.to == to &&
                (r.start ? std::optional(r.start->toIso()) : std::nullopt) == start)
                return &r;
        }
        return nullptr;
    };
    // "Tajikistan has taken over the presidency" (December 2014): a later article shows others
    // chairing, and none says when it ended. Russia's before it: no start given.
    const auto *tajikistan2014 = find("chairs", "tajikistan", "csto", "2014-12");
    REQUIRE(tajikistan2014);
    CHECK_FALSE(tajikistan2014->ongoing);
    CHECK_FALSE(tajikistan2014->end);
    const auto *russiaUntil2014 = find("chairs", "russia", "csto", std::nullopt);
    REQUIRE(russiaUntil2014);
    CHECK_FALSE(russiaUntil2014->ongoing);
    // The December 2020 article: Tajikistan takes over, the six members meet, Zas reports.
    const auto *tajikistan2020 = find("chairs", "tajikistan", "csto", "2020-12-02");
    REQUIRE(tajikistan2020);
    CHECK(tajikistan2020->ongoing);
    for (const char *state :
         {"armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"}) {
        INFO(state);
        const auto *membership = find("member_of", state, "csto", "2002-05-14");
        REQUIRE(membership);
        CHECK(membership->ongoing);
    }
    const auto *secretaryGeneral = find("holds_office", "stanislav-zas", "csto", "2020-01-01");
    REQUIRE(secretaryGeneral);
    CHECK(secretaryGeneral->ongoing);
    // Offices seen only in older articles are not claimed current as of the newest ones.
    const auto *lavrov = find("holds_office", "sergey-lavrov", "russia", std::nullopt);
    REQUIRE(lavrov);
    CHECK_FALSE(lavrov->ongoing);
    const auto *tasmagambetov =
        find("holds_office", "imangali-tasmagambetov", "csto", std::nullopt);
    REQUIRE(tasmagambetov);
    CHECK_FALSE(tasmagambetov->ongoing);
    for (const auto &r : kb.relations) {
        INFO(r.type << " " << r.from << " -> " << r.to);
        CHECK_FALSE((r.ongoing && r.end)); // the loader refuses it; the data must not need it
    }
}

TEST_CASE("data/kb copies no sentence from the articles", "[data]")
{
    // Any run of ten words shared with an article is a copy, names and aliases included: the
    // articles' README asks for titles in the project's own words too.
    constexpr std::size_t n = 10;
    std::unordered_set<std::string> articleRuns;
    for (const auto &entry : std::filesystem::directory_iterator(test::articlesDir())) {
        if (entry.path().extension() != ".txt")
            continue;
        const std::string text = test::readFile(entry.path());
        const auto lower = words(text);
        for (std::size_t i = 0; i + n <= lower.size(); ++i) {
            std::string run;
            for (std::size_t j = i; j < i + n; ++j)
                run += lower[j] + ' ';
            articleRuns.insert(run);
        }
    }
    REQUIRE(articleRuns.size() > 1000);

    for (const auto &text : allText(knowledgeBase())) {
        const auto w = words(text);
        for (std::size_t i = 0; i + n <= w.size(); ++i) {
            std::string run;
            for (std::size_t j = i; j < i + n; ++j)
                run += w[j] + ' ';
            INFO(text);
            CHECK_FALSE(articleRuns.contains(run));
        }
    }
}
