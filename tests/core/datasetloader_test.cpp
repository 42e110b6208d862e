// SPDX-License-Identifier: MIT
#include "support/tempdir.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>
#include <core/error.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace csto;
using csto::test::TempDir;
using Json = nlohmann::json;

namespace {

Json validDocument()
{
    return Json::parse(R"({
      "format": "csto-atlas/1",
      "sources": [{"id": "src", "publisher": "P", "published": "2020-12-03", "title": "T",
                   "language": "en"}],
      "entities": [
        {"id": "org", "kind": "organisation", "name": "Org", "summary": "S.", "sources": ["src"]},
        {"id": "council", "kind": "body", "name": "Council", "parent": "org", "summary": "S.",
         "sources": ["src"]},
        {"id": "state", "kind": "state", "name": "State", "summary": "S.", "sources": ["src"]}
      ],
      "events": [{"id": "ev", "date": "2020-12-02", "title": "E", "summary": "S.",
                  "participants": ["council"], "sources": ["src"]}],
      "relations": [{"type": "member_of", "from": "state", "to": "org", "start": "2002",
                     "sources": ["src"]}]
    })");
}

struct Outcome
{
    std::string message;
    std::string file;
    std::string pointer;
};

// Tries to build a knowledge base from `text` saved as data/kb.json; returns the error and checks
// that no database (or temporary file) was left beside the target.
Outcome buildFailsOnText(const std::string &text)
{
    TempDir dir;
    dir.write("data/kb.json", text);
    const auto target = dir / "kb.db";
    Outcome outcome;
    try {
        buildKnowledgeBaseFile(readDataset(dir / "data"), target);
        outcome.message = "built without error";
    } catch (const DataError &error) {
        outcome = {error.what(), error.file(), error.jsonPath()};
    }
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK(dir.fileCount() == 1);
    return outcome;
}

Outcome buildFails(const Json &document)
{
    return buildFailsOnText(document.dump());
}

} // namespace

TEST_CASE("The valid document builds", "[loader]")
{
    TempDir dir;
    dir.write("data/kb.json", validDocument().dump());
    buildKnowledgeBaseFile(readDataset(dir / "data"), dir / "kb.db");
    CHECK(std::filesystem::exists(dir / "kb.db"));
    CHECK(dir.fileCount() == 2);
}

TEST_CASE("Loader: unknown kind", "[loader]")
{
    auto doc = validDocument();
    doc["entities"][1]["kind"] = "committee";
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/entities/1/kind");
    CHECK_THAT(o.message, Catch::Contains("unknown kind \"committee\""));
    CHECK_THAT(o.message, Catch::Contains("kb.json"));
}

TEST_CASE("Loader: duplicate id", "[loader]")
{
    auto doc = validDocument();
    doc["entities"][2]["id"] = "council";
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/entities/2/id");
    CHECK_THAT(o.message, Catch::Contains("duplicate entity id \"council\""));
    CHECK_THAT(o.message, Catch::Contains("/entities/1"));
}

TEST_CASE("Loader: dangling parent", "[loader]")
{
    auto doc = validDocument();
    doc["entities"][1]["parent"] = "nowhere";
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/entities/1/parent");
    CHECK_THAT(o.message, Catch::Contains("unknown parent \"nowhere\""));
}

TEST_CASE("Loader: dangling participant", "[loader]")
{
    auto doc = validDocument();
    doc["events"][0]["participants"].push_back("ghost");
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/events/0/participants/1");
    CHECK_THAT(o.message, Catch::Contains("unknown participant \"ghost\""));
}

TEST_CASE("Loader: dangling relation end", "[loader]")
{
    auto doc = validDocument();
    doc["relations"][0]["to"] = "nato";
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/relations/0/to");
    CHECK_THAT(o.message, Catch::Contains("unknown entity \"nato\""));
}

TEST_CASE("Loader: dangling source", "[loader]")
{
    auto doc = validDocument();
    doc["events"][0]["sources"] = {"src", "tass"};
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/events/0/sources/1");
    CHECK_THAT(o.message, Catch::Contains("unknown source \"tass\""));
}

TEST_CASE("Loader: bad date", "[loader]")
{
    auto doc = validDocument();
    doc["events"][0]["date"] = "2021-02-30";
    auto o = buildFails(doc);
    CHECK(o.pointer == "/events/0/date");
    CHECK_THAT(o.message, Catch::Contains("February 2021 has 28 days"));

    doc = validDocument();
    doc["relations"][0]["end"] = "1999";
    o = buildFails(doc);
    CHECK(o.pointer == "/relations/0/end");
    CHECK_THAT(o.message, Catch::Contains("1999 is before start 2002"));
}

TEST_CASE("Loader: cycle in the tree", "[loader]")
{
    auto doc = validDocument();
    doc["entities"][0]["parent"] = "council";
    const auto o = buildFails(doc);
    CHECK_THAT(o.pointer, Catch::StartsWith("/entities/"));
    CHECK_THAT(o.message, Catch::Contains("loops back"));
}

TEST_CASE("Loader: missing required field", "[loader]")
{
    for (const char *field : {"name", "summary", "sources", "kind", "id"}) {
        auto doc = validDocument();
        doc["entities"][2].erase(field);
        const auto o = buildFails(doc);
        CHECK(o.pointer == std::string("/entities/2/") + field);
        CHECK_THAT(o.message, Catch::Contains(std::string("missing required field \"") + field));
    }
    auto doc = validDocument();
    doc["events"][0].erase("date");
    CHECK_THAT(buildFails(doc).message, Catch::Contains("missing required field \"date\""));
    doc = validDocument();
    doc.erase("format");
    CHECK_THAT(buildFails(doc).message, Catch::Contains("missing required field \"format\""));
}

TEST_CASE("Loader: every fact needs a source", "[loader]")
{
    auto doc = validDocument();
    doc["relations"][0]["sources"] = Json::array();
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/relations/0/sources");
    CHECK_THAT(o.message, Catch::Contains("at least one"));
}

TEST_CASE("Loader: wrong types and unknown fields", "[loader]")
{
    auto doc = validDocument();
    doc["entities"][0]["aliases"] = "CSTO";
    auto o = buildFails(doc);
    CHECK(o.pointer == "/entities/0/aliases");
    CHECK_THAT(o.message, Catch::Contains("expected an array, found string"));

    doc = validDocument();
    doc["entities"][0]["sumary"] = "typo";
    o = buildFails(doc);
    CHECK(o.pointer == "/entities/0/sumary");
    CHECK_THAT(o.message, Catch::Contains("unknown field \"sumary\""));

    doc = validDocument();
    doc["events"] = Json::object();
    CHECK_THAT(buildFails(doc).message, Catch::Contains("expected an array, found object"));

    doc = validDocument();
    doc["entities"][1]["category"] = "treaty";
    CHECK_THAT(buildFails(doc).message, Catch::Contains("not a category of kind \"body\""));

    doc = validDocument();
    doc["entities"][1]["id"] = "Council Of Ministers";
    CHECK_THAT(buildFails(doc).message, Catch::Contains("not a valid id"));

    doc = validDocument();
    doc["relations"][0]["type"] = "likes";
    CHECK_THAT(buildFails(doc).message, Catch::Contains("unknown relation type \"likes\""));

    doc = validDocument();
    doc["format"] = "csto-atlas/9";
    CHECK_THAT(buildFails(doc).message, Catch::Contains("unsupported format"));
}

TEST_CASE("Loader: malformed JSON text", "[loader]")
{
    auto text = validDocument().dump();
    CHECK_THAT(buildFailsOnText(text.substr(0, text.size() / 2)).message,
               Catch::Contains("invalid JSON"));
    CHECK_THAT(buildFailsOnText("").message, Catch::Contains("empty"));
    CHECK_THAT(buildFailsOnText("[1, 2, 3]").message, Catch::Contains("expected a JSON object"));
    // Found by fuzzing: a number out of range threw past the loader.
    CHECK_THAT(buildFailsOnText("{\"format\": \"csto-atlas/1\", \"x\": 1e999}").message,
               Catch::Contains("number overflow"));
    CHECK_THAT(buildFailsOnText(std::string(100000, '[')).message,
               Catch::Contains("nested deeper than 64"));
    CHECK_THAT(buildFailsOnText("{\"format\": \"csto-atlas/1\", \"x\": \"\xff\xfe\"}").message,
               Catch::Contains("invalid JSON"));
    std::string binary(4096, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 7919) % 256);
    CHECK_THAT(buildFailsOnText(binary).message, Catch::Contains("invalid JSON"));
}

TEST_CASE("Loader: a failed rebuild leaves the existing file untouched", "[loader]")
{
    TempDir dir;
    dir.write("data/kb.json", validDocument().dump());
    const auto target = dir / "kb.db";
    buildKnowledgeBaseFile(readDataset(dir / "data"), target);
    const auto before = csto::test::readFile(target);
    auto broken = validDocument();
    broken["events"][0]["participants"] = {"ghost"};
    dir.write("data/kb.json", broken.dump());
    CHECK_THROWS_AS(buildKnowledgeBaseFile(readDataset(dir / "data"), target), DataError);
    CHECK(csto::test::readFile(target) == before);
    CHECK(dir.fileCount() == 2);
}

TEST_CASE("Loader: files of a folder merge in name order, errors name the file", "[loader]")
{
    TempDir dir;
    auto doc = validDocument();
    Json sources = {{"format", "csto-atlas/1"}, {"sources", doc["sources"]}};
    doc.erase("sources");
    dir.write("data/a-sources.json", sources.dump());
    dir.write("data/b-rest.json", doc.dump());
    dir.write("data/readme.txt", "not json, ignored");
    const auto dataset = readDataset(dir / "data");
    CHECK(dataset.sources.size() == 1);
    CHECK(dataset.entities.size() == 3);

    doc["entities"][0]["kind"] = "club";
    dir.write("data/b-rest.json", doc.dump());
    try {
        (void)readDataset(dir / "data");
        FAIL("accepted an unknown kind");
    } catch (const DataError &error) {
        CHECK_THAT(error.file(), Catch::EndsWith("b-rest.json"));
        CHECK(error.jsonPath() == "/entities/0/kind");
    }
    CHECK_THROWS_WITH(readDataset(dir / "nothing-here"), Catch::Contains("no such file"));
}

TEST_CASE("Loader: a key given twice in one object", "[loader]")
{
    // The parser would keep the last value and lose the first name without a word.
    auto o = buildFailsOnText(R"({"format": "csto-atlas/1", "entities": [
        {"id": "a", "kind": "state", "name": "A", "summary": "S.", "sources": ["s"]},
        {"id": "b", "kind": "state", "name": "B", "summary": "S.", "name": "C", "sources": ["s"]}]})");
    CHECK(o.pointer == "/entities/1/name");
    CHECK_THAT(o.message, Catch::Contains("kb.json: /entities/1/name: the key \"name\" is given "
                                          "twice in one object"));

    o = buildFailsOnText(R"({"format": "csto-atlas/1", "format": "csto-atlas/1"})");
    CHECK(o.pointer == "/format");

    // Escapes spell the same key; "/" and "~" are escaped in the pointer.
    o = buildFailsOnText(R"({"format": "csto-atlas/1", "x": [[], {"a/b": 1, "a\u002fb": 2}]})");
    CHECK(o.pointer == "/x/1/a~1b");

    // The same key in different objects is fine.
    auto doc = validDocument();
    CHECK_NOTHROW(parseDataset(doc.dump(), "kb.json"));
}

TEST_CASE("Loader: event roles obey the rules of relation roles", "[loader]")
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"\x1b[31mchair\x1b[0m", "contains a control character"},
        {"chair\xc2\x9b", "contains a control character"},
        {"", "must not be empty or only spaces"},
        {"   ", "must not be empty or only spaces"},
        {"\t\n", "must not be empty or only spaces"},
        {std::string(1 << 20, 'r'), "longer than 500 bytes"}};
    for (const auto &[role, problem] : cases) {
        auto doc = validDocument();
        doc["events"][0]["roles"] = {{"council", role}};
        const auto o = buildFails(doc);
        CHECK(o.pointer == "/events/0/roles/council");
        CHECK_THAT(o.message, Catch::Contains(problem));

        doc = validDocument();
        doc["relations"][0]["role"] = role;
        CHECK_THAT(buildFails(doc).message, Catch::Contains(problem));
    }
    auto doc = validDocument();
    doc["events"][0]["roles"] = {{"council", 7}};
    CHECK_THAT(buildFails(doc).message, Catch::Contains("expected a string, found number"));
}

TEST_CASE("Loader: blank aliases", "[loader]")
{
    for (const char *alias : {" ", "\t", "\n", "\xc2\xa0"}) {
        auto doc = validDocument();
        doc["entities"][1]["aliases"] = {"CM", alias};
        const auto o = buildFails(doc);
        CHECK(o.pointer == "/entities/1/aliases/1");
        CHECK_THAT(o.message, Catch::Contains("must not be empty or only spaces"));
    }
}

TEST_CASE("Loader: the same relation twice", "[loader]")
{
    auto doc = validDocument();
    auto copy = doc["relations"][0];
    copy["summary"] = "Said again.";
    doc["relations"].push_back(copy);
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/relations/1");
    CHECK_THAT(o.message, Catch::Contains("the same member_of relation from \"state\" to \"org\""));
    CHECK_THAT(o.message, Catch::Contains("at /relations/0"));

    // A second period of the same membership is another relation.
    doc = validDocument();
    copy = doc["relations"][0];
    copy["start"] = "2006";
    doc["relations"].push_back(copy);
    doc["relations"][0]["end"] = "2004";
    TempDir dir;
    dir.write("data/kb.json", doc.dump());
    CHECK_NOTHROW(buildKnowledgeBaseFile(readDataset(dir / "data"), dir / "kb.db"));
}

TEST_CASE("Loader: two sources with the same sha256", "[loader]")
{
    const std::string hash(64, 'a');
    auto doc = validDocument();
    doc["sources"][0]["sha256"] = hash;
    auto second = doc["sources"][0];
    second["id"] = "src-again";
    doc["sources"].push_back(second);
    const auto o = buildFails(doc);
    CHECK(o.pointer == "/sources/1/sha256");
    CHECK_THAT(o.message, Catch::Contains("source \"src-again\" has the same sha256 as source "
                                          "\"src\""));
}

TEST_CASE("Loader: \"ongoing\" is a boolean and excludes an end", "[loader]")
{
    auto doc = validDocument();
    doc["relations"][0]["ongoing"] = "yes";
    auto o = buildFails(doc);
    CHECK(o.pointer == "/relations/0/ongoing");
    CHECK_THAT(o.message, Catch::Contains("expected true or false, found string"));

    doc = validDocument();
    doc["relations"][0]["ongoing"] = true;
    doc["relations"][0]["end"] = "2014-12";
    o = buildFails(doc);
    CHECK(o.pointer == "/relations/0/ongoing");
    CHECK_THAT(o.message, Catch::Contains("it has an end (2014-12)"));

    doc = validDocument();
    doc["relations"][0]["ongoing"] = true;
    CHECK(parseDataset(doc.dump(), "kb.json").relations.at(0).ongoing);
    doc["relations"][0]["ongoing"] = false;
    CHECK_FALSE(parseDataset(doc.dump(), "kb.json").relations.at(0).ongoing);
    doc["relations"][0].erase("ongoing");
    CHECK_FALSE(parseDataset(doc.dump(), "kb.json").relations.at(0).ongoing);
}

TEST_CASE("Loader: an entity's \"ongoing\" is a boolean and excludes an end", "[loader]")
{
    auto doc = validDocument();
    doc["entities"][0]["ongoing"] = 1;
    auto o = buildFails(doc);
    CHECK(o.pointer == "/entities/0/ongoing");
    CHECK_THAT(o.message, Catch::Contains("expected true or false"));

    doc = validDocument();
    doc["entities"][0]["ongoing"] = true;
    doc["entities"][0]["end"] = "2014";
    o = buildFails(doc);
    CHECK(o.pointer == "/entities/0/ongoing");
    CHECK_THAT(o.message, Catch::Contains("it has an end (2014)"));

    doc = validDocument();
    doc["entities"][0]["ongoing"] = true;
    CHECK(parseDataset(doc.dump(), "kb.json").entities.at(0).ongoing);
    doc["entities"][0].erase("ongoing");
    CHECK_FALSE(parseDataset(doc.dump(), "kb.json").entities.at(0).ongoing);
}
