// SPDX-License-Identifier: MIT
// New entities through the importer: what the proposals carry (the reason, an acronym, an
// office, an exercise's occurrence), what accepting them creates, and a sanity check over the
// news corpus in both languages.
#include "support/corpus.h"
#include "support/tempdir.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/extract/gazetteer.h>
#include <core/importer.h>
#include <core/sqliteknowledgebase.h>
#include <core/utf8.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace csto;

namespace {

nlohmann::json payloadOf(KnowledgeBase &kb, std::int64_t proposalId)
{
    for (const auto &p : kb.pendingProposals()) {
        if (p.id == proposalId)
            return nlohmann::json::parse(p.payload);
    }
    FAIL("no pending proposal " << proposalId);
    return {};
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t wordCount(const std::string &name)
{
    return static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
}

bool startsUpperCase(const std::string &name)
{
    const char32_t c = utf8::decode(name).codePoint;
    return (c >= 'A' && c <= 'Z') || (c >= 0x410 && c <= 0x42F) || c == 0x401;
}

} // namespace

TEST_CASE("Accepting new entities creates their aliases, offices and occurrences",
          "[import][newentities]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), dir / "kb.db");
    SqliteKnowledgeBase kb(schema::open(dir / "kb.db", schema::Access::ReadWrite));
    Importer importer(kb);
    const std::string text =
        "Alliance news\nCAPITAL, 3 March 2021 (Agency) - Secretary General of the Treaty "
        "Organisation Ruslan Temirov opened the Steppe Shield-2021 drills in Ruritania on "
        "2 March. The Eurasian Group on Combating Money Laundering (EAG) sent observers.";
    const auto report = importer.importText(text, "new.txt", {});
    REQUIRE(report.status == ImportReport::Status::Imported);

    std::map<std::string, std::int64_t> proposalOf;
    for (const auto &e : report.entities) {
        CHECK_FALSE(e.reason.empty());
        proposalOf[e.name] = e.proposalId;
    }
    REQUIRE(proposalOf.contains("Ruslan Temirov"));
    REQUIRE(proposalOf.contains("Steppe Shield"));
    REQUIRE(proposalOf.contains("Eurasian Group on Combating Money Laundering"));
    const auto person = payloadOf(kb, proposalOf["Ruslan Temirov"]);
    CHECK(person["reason"] == "office title before a name: Secretary General");
    CHECK(person["office"] ==
          nlohmann::json({{"role", "Secretary General"}, {"of", "treaty-org"}}));
    CHECK(payloadOf(kb, proposalOf["Eurasian Group on Combating Money Laundering"])["aliases"] ==
          nlohmann::json::array({"EAG"}));
    const auto occurrence =
        std::find_if(report.events.begin(), report.events.end(),
                     [](const ImportReport::Event &e) { return e.title == "Steppe Shield-2021"; });
    REQUIRE(occurrence != report.events.end());
    CHECK(occurrence->date.toIso() == "2021-03-02");
    CHECK(payloadOf(kb, occurrence->proposalId)["new_participants"] ==
          nlohmann::json::array({"Steppe Shield"}));

    // Before its exercise is accepted, the occurrence is accepted without it...
    {
        test::TempDir earlyDir;
        buildKnowledgeBaseFile(readDataset(CSTO_FIXTURES_DIR "/mini"), earlyDir / "kb.db");
        SqliteKnowledgeBase early(schema::open(earlyDir / "kb.db", schema::Access::ReadWrite));
        Importer earlyImporter(early);
        const auto again = earlyImporter.importText(text, "new.txt", {});
        const auto event = std::find_if(
            again.events.begin(), again.events.end(),
            [](const ImportReport::Event &e) { return e.title == "Steppe Shield-2021"; });
        REQUIRE(event != again.events.end());
        const auto accepted = early.acceptProposal(event->proposalId);
        const auto record = early.eventRecord(accepted.recordId);
        REQUIRE(record);
        CHECK(record->participants == std::vector<std::string>{"treaty-org", "ruritania"});
    }
    // ... and after it, with it.
    kb.acceptAllProposals();
    const auto temirov = kb.findEntity("Ruslan Temirov");
    REQUIRE(temirov);
    const auto card = kb.entityCard(temirov->rowId);
    REQUIRE(card);
    REQUIRE(card->relations.size() == 1);
    CHECK(card->relations[0].type == "holds_office");
    CHECK(card->relations[0].to.id == "treaty-org");
    CHECK(card->relations[0].role == "Secretary General");
    const auto eag = kb.findEntity("EAG");
    REQUIRE(eag);
    CHECK(eag->name == "Eurasian Group on Combating Money Laundering");
    CHECK(eag->kind == EntityKind::Organisation);
    const auto shield = kb.findEntity("Steppe Shield");
    REQUIRE(shield);
    CHECK(shield->kind == EntityKind::Exercise);
    const auto events = kb.entityCard(shield->rowId)->events;
    REQUIRE(events.size() == 1);
    CHECK(events[0].title == "Steppe Shield-2021");
}

TEST_CASE("New entities over the news corpus: plausible names, each once, with a reason",
          "[import][newentities][corpus]")
{
    test::TempDir dir;
    buildKnowledgeBaseFile(readDataset(CSTO_KB_DATA_DIR), dir / "kb.db");
    for (const std::string language : {"en", "ru"}) {
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::directory_iterator(test::corpusDir() / language))
            files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        REQUIRE(files.size() >= 10);
        std::size_t entities = 0;
        std::size_t occurrences = 0;
        std::map<EntityKind, std::size_t> byKind;
        for (const auto &file : files) {
            // Each article into a fresh copy: what it proposes alone.
            test::TempDir work;
            std::filesystem::copy_file(dir / "kb.db", work / "kb.db");
            SqliteKnowledgeBase kb(schema::open(work / "kb.db", schema::Access::ReadWrite));
            Importer importer(kb);
            const std::string text = readFile(file);
            const auto report = importer.importText(text, file.filename().string(), {});
            INFO(file.filename().string());
            REQUIRE(report.status == ImportReport::Status::Imported);
            std::set<std::string> names;
            for (const auto &e : report.entities) {
                INFO(e.name << " (" << e.reason << ")");
                CHECK(startsUpperCase(e.name));
                CHECK(wordCount(e.name) <= 10);
                CHECK_FALSE(e.reason.empty());
                CHECK(names.insert(extract::foldCase(e.name)).second);
                CHECK(e.evidence.offset + e.evidence.length <= text.size());
                if (e.kind == EntityKind::Person) {
                    CHECK(wordCount(e.name) >= 2);
                    CHECK(wordCount(e.name) <= 3);
                    // Each word of the name begins as in the evidence, whatever its case there.
                    const std::string evidence = extract::foldCase(
                        std::string_view(text).substr(e.evidence.offset, e.evidence.length));
                    std::istringstream words(e.name);
                    for (std::string word; words >> word;)
                        CHECK(evidence.find(extract::foldCase(word.substr(0, 4))) !=
                              std::string::npos);
                }
                ++byKind[e.kind];
            }
            entities += report.entities.size();
            std::set<std::string> titles;
            for (const auto &e : report.events) {
                if (e.reason.empty())
                    continue;
                // An occurrence is titled with its year, and dated in it.
                INFO(e.title);
                CHECK(e.title.find(std::to_string(e.date.yearValue())) != std::string::npos);
                CHECK(titles.insert(e.title).second);
                ++occurrences;
            }
        }
        std::string kinds;
        for (const auto &[kind, count] : byKind)
            kinds += " " + std::string(toString(kind)) + " " + std::to_string(count);
        WARN(language << ": " << entities << " new entities proposed (" << kinds << "), "
                      << occurrences << " occurrences of exercises and operations");
        // Every kind the rules know turns up in twenty articles of either language.
        CHECK(entities >= 20);
        CHECK(byKind[EntityKind::Person] >= 5);
        CHECK(byKind[EntityKind::Exercise] >= 4);
        CHECK(occurrences >= 4);
    }
}
