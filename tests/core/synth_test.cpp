// SPDX-License-Identifier: MIT
// The synthetic knowledge base: deterministic, sound, and shaped like the real one at scale.
#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/integritycheck.h>
#include <core/sqliteknowledgebase.h>
#include <core/synth/articles.h>
#include <core/synth/synthesis.h>

#include <catch2/catch.hpp>

#include <set>
#include <support/tempdir.h>

using namespace csto;

namespace {

synth::SynthOptions smallOptions(std::uint64_t seed)
{
    synth::SynthOptions options;
    options.entities = 400;
    options.events = 3000;
    options.articles = 40;
    options.seed = seed;
    return options;
}

std::string exported(const std::filesystem::path &file)
{
    auto kb = SqliteKnowledgeBase(schema::open(file, schema::Access::ReadOnly));
    return serialiseDataset(loadDataset(kb.database()));
}

} // namespace

TEST_CASE("The same seed gives the same knowledge base; another seed another one", "[synth]")
{
    test::TempDir dir;
    synth::synthesise(smallOptions(3), dir / "a.db");
    synth::synthesise(smallOptions(3), dir / "b.db");
    synth::synthesise(smallOptions(4), dir / "c.db");
    CHECK(exported(dir / "a.db") == exported(dir / "b.db"));
    CHECK(exported(dir / "a.db") != exported(dir / "c.db"));
}

TEST_CASE("A synthetic knowledge base is sound and has the shape of the real one", "[synth]")
{
    test::TempDir dir;
    std::vector<std::string> phases;
    synth::synthesise(smallOptions(1), dir / "s.db",
                      [&](std::string_view phase, std::size_t, std::size_t) {
                          if (phases.empty() || phases.back() != phase)
                              phases.emplace_back(phase);
                      });
    CHECK(phases == std::vector<std::string>{"entities", "events", "articles"});
    auto kb = SqliteKnowledgeBase(schema::open(dir / "s.db", schema::Access::ReadOnly));
    CHECK(checkKnowledgeBase(kb.database()).ok());

    const auto counts = kb.counts();
    int entities = 0;
    for (const auto &[kind, n] : counts.entities)
        entities += n;
    CHECK(entities == 400);
    CHECK(counts.events == 3000);
    CHECK(counts.sources == 40);
    CHECK(counts.entities.at(EntityKind::Person) > 200); // one tree group with most entities

    const Dataset dataset = loadDataset(kb.database());
    std::set<PartialDate::Precision> precisions;
    bool ranges = false;
    for (const auto &e : dataset.events) {
        precisions.insert(e.date.precision());
        ranges = ranges || e.end.has_value();
        CHECK(e.sources.size() == 1);
        CHECK(!e.participants.empty());
    }
    CHECK(precisions.size() == 4);
    CHECK(ranges);

    // A deep hierarchy of bodies below the organisation.
    int deepest = 0;
    for (const auto &e : dataset.entities) {
        if (e.kind != EntityKind::Body)
            continue;
        int depth = 0;
        for (auto card = kb.findEntity(e.id); card;) {
            const auto full = kb.entityCard(card->rowId);
            if (!full->parent)
                break;
            card = full->parent;
            ++depth;
        }
        deepest = std::max(deepest, depth);
    }
    CHECK(deepest >= 4);

    // Cyrillic aliases are searchable, and articles are stored with their text.
    CHECK(!kb.search("Операция", 5).empty());
    REQUIRE(kb.article("synth-article-0000000"));
    CHECK(kb.article("synth-article-0000000")->text.size() > 500);
}

TEST_CASE("Synthetic articles are deterministic news-like text mentioning the names", "[synth]")
{
    const synth::ArticleWriter writer(9, {"Operation Kanal", "Collective Security Council"},
                                      {"Minsk", "Bishkek"});
    const auto first = writer.write(5);
    CHECK(first.text == writer.write(5).text);
    CHECK(first.text != writer.write(6).text);
    CHECK(first.text.find(first.title) != std::string::npos);
    CHECK(first.text.find(" /" + first.publisher + "/. ") != std::string::npos);
    CHECK((first.text.find("Operation Kanal") != std::string::npos ||
           first.text.find("Collective Security Council") != std::string::npos));
}
