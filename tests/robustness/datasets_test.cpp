// SPDX-License-Identifier: MIT
// Counted set: mutated datasets through `csto-kb build`. The seeds are the test fixture's three
// JSON files; each case changes one of them in one way. Verdict: the build exits normally with 0
// or 3 (never 4 for bad input), a refusal names the file on stderr and leaves no output file,
// invalid data is refused, valid data is accepted, and nothing prints raw control characters.
#include "countedset.h"

#include <nlohmann/json.hpp>

#include <functional>

using namespace csto;
using namespace csto::robustness;
using Json = nlohmann::ordered_json;

namespace {

constexpr int kCases = 264;
constexpr const char *kSet = "datasets";

enum class Expect
{
    Refused,  // invalid: exit 3
    Accepted, // valid: exit 0
    Either    // noise that may or may not leave valid JSON
};

struct Mutation
{
    std::string kind;
    Expect expect = Expect::Either;
    std::string file;                         // the file that was changed
    std::map<std::string, std::string> texts; // every file of the dataset
};

struct Seed
{
    std::map<std::string, Json> files; // 01-sources.json, 02-entities.json, 03-events.json
};

const Seed &seedDataset()
{
    static const Seed seed = [] {
        Seed s;
        for (const char *name : {"01-sources.json", "02-entities.json", "03-events.json"})
            s.files[name] = Json::parse(
                test::readFile(std::filesystem::path(CSTO_FIXTURES_DIR) / "mini" / name));
        return s;
    }();
    return seed;
}

constexpr const char *kSources = "01-sources.json";
constexpr const char *kEntities = "02-entities.json";
constexpr const char *kEvents = "03-events.json";

// The seed's files as text, with `changed` in place of its own.
std::map<std::string, std::string> textsWith(const std::string &file, const std::string &changed)
{
    std::map<std::string, std::string> texts;
    for (const auto &[name, json] : seedDataset().files)
        texts[name] = name == file ? changed : json.dump(1);
    return texts;
}

Mutation structured(std::string kind, Expect expect, const std::string &file,
                    const std::function<void(Json &)> &change)
{
    Json json = seedDataset().files.at(file);
    change(json);
    return {std::move(kind), expect, file, textsWith(file, json.dump(1))};
}

// A record of `array` in `file`, chosen at random.
Json &anyRecord(Json &file, const char *array, Random &random)
{
    auto &records = file[array];
    return records[random.below(records.size())];
}

const std::vector<std::string> kBadStrings = {"\x1b[2J\x1b[31mred",
                                              "chair\x07",
                                              "",
                                              " ",
                                              "\t",
                                              "\n",
                                              "  \t ",
                                              std::string(1, '\0'),
                                              "line\r\nbreak",
                                              "\xc2\x9b"
                                              "6n"};

Mutation mutate(int caseNumber)
{
    Random random(seed(), kSet, caseNumber);
    const auto &seedFiles = seedDataset().files;
    switch (caseNumber % 24) {
    case 0: {
        // A key given twice in one object: the last value must not silently win.
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities, kEvents});
        Json json = seedFiles.at(file);
        const char *array = file == kSources    ? "sources"
                            : file == kEntities ? "entities"
                                                : "events";
        Json &record = anyRecord(json, array, random);
        std::vector<std::string> keys;
        for (const auto &item : record.items())
            if (item.value().is_string())
                keys.push_back(item.key());
        const auto key = random.pick(keys);
        record["zz-duplicate-marker"] = record[key].get<std::string>() == "x" ? "y" : "x";
        std::string text = json.dump(1);
        text.replace(text.find("\"zz-duplicate-marker\""), 21, "\"" + key + "\"");
        return {"duplicate key", Expect::Refused, file, textsWith(file, text)};
    }
    case 1:
        return structured("bad event role", Expect::Refused, kEvents, [&](Json &json) {
            Json &event = json["events"][0];
            const auto participant = event["participants"][0].get<std::string>();
            std::vector<std::string> roles = kBadStrings;
            roles.push_back(std::string(1 << 20, 'r'));
            event["roles"][participant] = random.pick(roles);
        });
    case 2:
        return structured("bad relation role", Expect::Refused, kEvents, [&](Json &json) {
            anyRecord(json, "relations", random)["role"] = random.pick(kBadStrings);
        });
    case 3:
        return structured("blank alias", Expect::Refused, kEntities, [&](Json &json) {
            anyRecord(json, "entities", random)["aliases"].push_back(
                random.pick(std::vector<std::string>{" ", "\t", "\n", "  \t", "\r"}));
        });
    case 4:
        return structured("duplicate relation", Expect::Refused, kEvents, [&](Json &json) {
            json["relations"].push_back(anyRecord(json, "relations", random));
        });
    case 5:
        return structured("same sha256 twice", Expect::Refused, kSources, [&](Json &json) {
            const std::string hash(64, "0123456789abcdef"[random.below(16)]);
            for (auto &source : json["sources"])
                source["sha256"] = hash;
        });
    case 6:
        return structured("duplicate id", Expect::Refused, kEntities, [&](Json &json) {
            Json copy = anyRecord(json, "entities", random);
            copy["name"] = "Another name";
            json["entities"].push_back(copy);
        });
    case 7: {
        const int where = static_cast<int>(random.below(4));
        const std::string ghost = "no-such-record";
        const auto file = where == 3 ? kEntities : kEvents;
        return structured("dangling reference", Expect::Refused, file, [&](Json &json) {
            if (where == 0)
                anyRecord(json, "events", random)["participants"].push_back(ghost);
            else if (where == 1)
                anyRecord(json, "relations", random)["to"] = ghost;
            else if (where == 2)
                anyRecord(json, "events", random)["sources"].push_back(ghost);
            else
                anyRecord(json, "entities", random)["parent"] = ghost;
        });
    }
    case 8: {
        const auto date = random.pick(std::vector<std::string>{
            "2021-02-30", "2021-02-29", "2021-13", "2021-00-10", "yesterday", "", "20211",
            "--02-30", "2021-1-5", "0000", "-2021", "2021-02-30T00:00"});
        const int where = static_cast<int>(random.below(4));
        const auto file = where == 0 ? kSources : where == 1 ? kEntities : kEvents;
        return structured("bad date", Expect::Refused, file, [&](Json &json) {
            if (where == 0)
                anyRecord(json, "sources", random)["published"] = date;
            else if (where == 1)
                anyRecord(json, "entities", random)["start"] = date;
            else if (where == 2)
                anyRecord(json, "events", random)["date"] = date;
            else
                anyRecord(json, "relations", random)["start"] = date;
        });
    }
    case 9:
        return structured("span ends before it starts", Expect::Refused, kEvents, [&](Json &json) {
            Json &relation = anyRecord(json, "relations", random);
            relation["start"] = "2015-06-01";
            relation["end"] = "2014";
        });
    case 10: {
        const std::map<std::string, std::vector<std::string>> required = {
            {kSources, {"id", "publisher", "title", "language"}},
            {kEntities, {"id", "kind", "name", "summary", "sources"}},
            {kEvents, {"id", "title", "summary", "sources"}}};
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities, kEvents});
        const auto field = random.pick(required.at(file));
        const Json value = random.pick(std::vector<Json>{42, true, Json::object(), 1.5, -1});
        return structured("wrong type", Expect::Refused, file, [&](Json &json) {
            const char *array = file == kSources    ? "sources"
                                : file == kEntities ? "entities"
                                                    : "events";
            anyRecord(json, array, random)[field] = value;
        });
    }
    case 11: {
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities});
        return structured("missing field", Expect::Refused, file, [&](Json &json) {
            if (file == kSources)
                anyRecord(json, "sources", random)
                    .erase(random.pick(
                        std::vector<std::string>{"id", "publisher", "title", "language"}));
            else
                anyRecord(json, "entities", random)
                    .erase(random.pick(
                        std::vector<std::string>{"id", "kind", "name", "summary", "sources"}));
        });
    }
    case 12:
        return structured("unknown field", Expect::Refused, kEntities, [&](Json &json) {
            anyRecord(json, "entities", random)[random.pick(
                std::vector<std::string>{"colour", "Name", "name ", "aliases2", ""})] = "x";
        });
    case 13:
        return structured("bad name", Expect::Refused, kEntities, [&](Json &json) {
            anyRecord(json, "entities", random)["name"] = random.pick(kBadStrings);
        });
    case 14: {
        // Raw bytes that are not UTF-8 inside a string value.
        std::string text = seedFiles.at(kEntities).dump(1);
        const auto at = text.find("\"name\": \"") + 9;
        text.insert(at, random.pick(std::vector<std::string>{"\xc3\x28", "\xff", "\xed\xa0\x80",
                                                             "\xf8\x88\x80\x80\x80", "\xc0\xaf"}));
        return {"invalid UTF-8", Expect::Refused, kEntities, textsWith(kEntities, text)};
    }
    case 15: {
        const std::size_t depth = random.between(65, 5000);
        std::string text = seedFiles.at(kEntities).dump(1);
        const auto at = text.find("\"summary\": ") + 11;
        const auto end = text.find('"', at + 1) + 1;
        text.replace(at, end - at, std::string(depth, '[') + std::string(depth, ']'));
        return {"deep nesting", Expect::Refused, kEntities, textsWith(kEntities, text)};
    }
    case 16: {
        std::string text = seedFiles.at(kEvents).dump(1);
        const auto at = text.find("\"date\": ") + 8;
        const auto end = text.find('"', at + 1) + 1;
        text.replace(at, end - at,
                     random.pick(std::vector<std::string>{"1e999", "-1e999", "18446744073709551616",
                                                          "NaN", "0x10", "2021"}));
        return {"number for a date", Expect::Refused, kEvents, textsWith(kEvents, text)};
    }
    case 17:
        return structured("parent cycle", Expect::Refused, kEntities, [&](Json &json) {
            json["entities"][0]["parent"] = json["entities"][1]["id"];
        });
    case 18: {
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities, kEvents});
        std::string text = seedFiles.at(file).dump(1);
        text.resize(random.below(text.rfind('}')));
        return {"truncated", Expect::Refused, file, textsWith(file, text)};
    }
    case 19: {
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities, kEvents});
        std::string text = seedFiles.at(file).dump(1);
        for (std::size_t n = random.between(1, 3); n > 0; --n)
            text[random.below(text.size())] ^= static_cast<char>(1 + random.below(255));
        return {"flipped bytes", Expect::Either, file, textsWith(file, text)};
    }
    case 20: {
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities, kEvents});
        std::string text = seedFiles.at(file).dump(1);
        const std::string tokens = "{}[]\":,\\0a- \n\x01";
        for (std::size_t n = random.between(1, 4); n > 0; --n)
            text.insert(random.below(text.size()), 1, tokens[random.below(tokens.size())]);
        return {"inserted JSON tokens", Expect::Either, file, textsWith(file, text)};
    }
    case 21: {
        const auto text = random.pick(std::vector<std::string>{
            "", "[]", "null", "{}x", "{\"format\": \"csto-atlas/2\"}", "\xef\xbb\xbf",
            "{\"format\": \"csto-atlas/1\", \"entities\": {}}", std::string(100000, '{')});
        const auto file = random.pick(std::vector<std::string>{kSources, kEntities, kEvents});
        return {"not a dataset", Expect::Refused, file, textsWith(file, text)};
    }
    case 22:
        return structured("blank text", Expect::Refused, kEvents, [&](Json &json) {
            anyRecord(json, "events",
                      random)[random.pick(std::vector<std::string>{"title", "summary", "place"})] =
                random.pick(std::vector<std::string>{" ", "\n\t", ""});
        });
    default:
        // Valid changes: must be accepted (the control of this set).
        return structured("valid change", Expect::Accepted, kEntities, [&](Json &json) {
            Json &entity = anyRecord(json, "entities", random);
            entity["name"] = random.pick(std::vector<std::string>{
                "Совет коллективной безопасности", "Ünïcödé Council", "Council 🛡", "C",
                "Council (2002–2020)", std::string(200, 'n')});
            entity["aliases"] = Json::array({"Alias " + std::to_string(random.below(1000))});
            entity["summary"] = "Summary with \"quotes\", <tags> & ampersands.";
        });
    }
}

} // namespace

TEST_CASE("counted set: mutated datasets through csto-kb build", "[robustness]")
{
    Tally tally(kSet);
    forEachCase(kCases, tally, [&](int caseNumber) {
        const auto mutation = mutate(caseNumber);
        tally.ran(mutation.kind);
        const auto fail = [&](const std::string &what) {
            tally.mishandled(caseNumber, mutation.kind, what);
        };
        test::TempDir dir;
        for (const auto &[name, text] : mutation.texts)
            dir.write("data/" + name, text);
        std::filesystem::create_directories(dir / "out");
        const auto run = runProcess({CSTO_KB_BINARY, "build", "--data", (dir / "data").string(),
                                     "--out", (dir / "out" / "kb.db").string()},
                                    {}, dir / "run", std::chrono::seconds(60));
        if (const auto crashed = crash(run)) {
            fail(*crashed);
            return;
        }
        if (run.exitCode != 0 && run.exitCode != 3)
            fail("exit " + std::to_string(run.exitCode) +
                 " (bad input needs 3): " + excerpt(run.err));
        if (run.exitCode != 0 && !hasMessage(run.err))
            fail("exit " + std::to_string(run.exitCode) + " without a message");
        if (run.exitCode != 0 && run.err.find(mutation.file) == std::string::npos)
            fail("the message does not name the file " + mutation.file + ": " + excerpt(run.err));
        if (mutation.expect == Expect::Refused && run.exitCode == 0)
            fail("invalid data accepted");
        if (mutation.expect == Expect::Accepted && run.exitCode != 0)
            fail("valid data refused: " + excerpt(run.err));
        if (run.exitCode != 0 && !std::filesystem::is_empty(dir / "out"))
            fail("refused, but left a file in the output folder");
        if (const auto control = rawControlCharacter(run.out + run.err))
            fail("prints a " + *control + " to the terminal");
    });
    tally.report();
}
