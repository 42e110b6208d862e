// SPDX-License-Identifier: MIT
// The gazetteer on Russian text: every case form of a name, whole inflected words with exact
// byte offsets, longest wins, no ordinary word taken for a name, state adjectives; and over the
// Russian news corpus, every article naming a state in any case gets a mention of it.
#include "support/corpus.h"

#include <core/datasetjson.h>
#include <core/extract/gazetteer.h>
#include <core/extract/wordforms.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

using namespace csto;
using namespace csto::extract;

namespace {

using Found = std::vector<std::pair<std::string, std::int64_t>>;

Found findIn(const Gazetteer &gazetteer, const std::string &text)
{
    Found found;
    for (const auto &m : gazetteer.find(text))
        found.emplace_back(text.substr(m.offset, m.length), m.entityRowId);
    return found;
}

Gazetteer russianNames()
{
    Gazetteer gazetteer;
    gazetteer.add("Казахстан", 1);
    gazetteer.add("Совет коллективной безопасности", 2);
    gazetteer.add("Коллективные силы оперативного реагирования", 3);
    gazetteer.add("ОДКБ", 4);
    gazetteer.add("Грузия", 5);
    gazetteer.add("Канал", 6);
    gazetteer.add("Россия", 7);
    gazetteer.add("Российская Федерация", 7);
    gazetteer.add("Касым-Жомарт Токаев", 8);
    gazetteer.add("Мир", 9);
    gazetteer.add("Совет Безопасности Республики Беларусь", 10);
    gazetteer.add("Беларусь", 11);
    gazetteer.add("Организация Договора о коллективной безопасности", 4);
    gazetteer.add("Нерушимое братство-2020", 12);
    gazetteer.build();
    return gazetteer;
}

// A Latin or Cyrillic letter (or digit) ends right before `at`, or starts right at it.
bool letterEndsAt(const std::string &text, std::size_t at)
{
    if (at == 0)
        return false;
    const auto last = static_cast<unsigned char>(text[at - 1]);
    if (last < 0x80)
        return std::isalnum(last) != 0;
    return at >= 2 && (text[at - 2] == '\xD0' || text[at - 2] == '\xD1');
}

bool letterStartsAt(const std::string &text, std::size_t at)
{
    if (at >= text.size())
        return false;
    const auto first = static_cast<unsigned char>(text[at]);
    return first < 0x80 ? std::isalnum(first) != 0 : first == 0xD0 || first == 0xD1;
}

} // namespace

TEST_CASE("Russian names are found in every case form", "[extract][gazetteer][wordforms]")
{
    const auto gazetteer = russianNames();
    for (const std::string form :
         {"Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане"}) {
        CAPTURE(form);
        CHECK(findIn(gazetteer, "Делегация прибыла: " + form + " ждёт.") == Found{{form, 1}});
    }
    for (const std::string form :
         {"Совет коллективной безопасности", "Совета коллективной безопасности",
          "Совету коллективной безопасности", "Советом коллективной безопасности",
          "Совете коллективной безопасности", "совета коллективной безопасности"}) {
        CAPTURE(form);
        CHECK(findIn(gazetteer, "Решение " + form + " принято.") == Found{{form, 2}});
    }
    for (const std::string form : {"Коллективные силы оперативного реагирования",
                                   "Коллективных сил оперативного реагирования",
                                   "Коллективным силам оперативного реагирования",
                                   "Коллективными силами оперативного реагирования",
                                   "коллективных силах оперативного реагирования"}) {
        CAPTURE(form);
        CHECK(findIn(gazetteer, "Учения " + form + " прошли.") == Found{{form, 3}});
    }
    CHECK(findIn(gazetteer, "Генсек Организации Договора о коллективной безопасности и ОДКБ") ==
          Found{{"Организации Договора о коллективной безопасности", 4}, {"ОДКБ", 4}});
    CHECK(findIn(gazetteer,
                 "Президент Касым-Жомарт Токаев; Касыма-Жомарта Токаева; "
                 "Касымом-Жомартом Токаевым") == Found{{"Касым-Жомарт Токаев", 8},
                                                       {"Касыма-Жомарта Токаева", 8},
                                                       {"Касымом-Жомартом Токаевым", 8}});
    CHECK(findIn(gazetteer, "Учение «Нерушимое братство-2020» и учения «Нерушимого "
                            "братства-2020»") ==
          Found{{"Нерушимое братство-2020", 12}, {"Нерушимого братства-2020", 12}});
}

TEST_CASE("An inflected mention covers its words whole, with byte offsets into the text",
          "[extract][gazetteer][wordforms]")
{
    const auto gazetteer = russianNames();
    // «ё», capitals and a line break between the words: offsets stay those of the original.
    const std::string text = "ВСТРЕЧА В КАЗАХСТАНЕ. Заседание Совета\nколлективной "
                             "безопасности; в Казахстане-то.";
    const auto mentions = gazetteer.find(text);
    REQUIRE(mentions.size() == 3);
    CHECK(mentions[0].offset == text.find("КАЗАХСТАНЕ"));
    CHECK(mentions[0].length == std::string("КАЗАХСТАНЕ").size());
    CHECK(mentions[1].offset == text.find("Совета"));
    CHECK(text.substr(mentions[1].offset, mentions[1].length) ==
          "Совета\nколлективной безопасности");
    CHECK(mentions[2].offset == text.rfind("Казахстане"));
    CHECK(mentions[2].length == std::string("Казахстане").size());
}

TEST_CASE("Word forms take no ordinary word for a name", "[extract][gazetteer][wordforms]")
{
    const auto gazetteer = russianNames();
    // Cargo is not Georgia, a channel not operation Channel, peace not a three-letter name,
    // part of a word not the word.
    CHECK(findIn(gazetteer, "Груз доставлен, грузы и грузом, но Грузия и Грузии.") ==
          Found{{"Грузия", 5}, {"Грузии", 5}});
    CHECK(findIn(gazetteer, "По каналу связи и по каналам, операция «Канал», итоги «Канала».") ==
          Found{{"Канал", 6}, {"Канала", 6}});
    CHECK(findIn(gazetteer, "Мира и миру мир; Мир.") == Found{{"Мир", 9}});
    CHECK(findIn(gazetteer, "Казахстанец, Казахстаника, ОДКБшный, Советник коллективной "
                            "безопасности, силы оперативного реагирования")
              .empty());
    // Acronyms stay exact; short stems stay exact.
    CHECK(findIn(gazetteer, "ОДКБа и ОДКБ") == Found{{"ОДКБ", 4}});
    CHECK(findIn(gazetteer, "Касым Жомарт Токаев").empty());
}

TEST_CASE("The longest name wins over the inflected names inside it",
          "[extract][gazetteer][wordforms]")
{
    const auto gazetteer = russianNames();
    CHECK(findIn(gazetteer, "Заседание Совета Безопасности Республики Беларусь и Беларуси.") ==
          Found{{"Совета Безопасности Республики Беларусь", 10}, {"Беларуси", 11}});
    CHECK(findIn(gazetteer, "Делегация Российской Федерации и России.") ==
          Found{{"Российской Федерации", 7}, {"России", 7}});
}

TEST_CASE("The Russian adjective of a state stands for the state",
          "[extract][gazetteer][wordforms]")
{
    const auto gazetteer = russianNames();
    CHECK(findIn(gazetteer,
                 "Российский министр, российские военные и российской стороны; "
                 "казахстанские и белорусской делегации.") == Found{{"Российский", 7},
                                                                    {"российские", 7},
                                                                    {"российской", 7},
                                                                    {"казахстанские", 1},
                                                                    {"белорусской", 11}});
    // Only states the gazetteer knows: no Armenia added, no mention of it.
    CHECK(findIn(gazetteer, "армянская сторона").empty());
    CHECK(stateAdjectiveForms("армения").size() > 5);
    CHECK(stateAdjectiveForms("совет").empty());
}

TEST_CASE("Word forms follow the paradigm of the name's ending", "[extract][wordforms]")
{
    const auto has = [](const std::vector<std::string> &forms, const std::string &form) {
        return std::find(forms.begin(), forms.end(), form) != forms.end();
    };
    const auto kazakhstan = russianWordForms("казахстан", false);
    CHECK(kazakhstan.front() == "казахстан");
    CHECK(has(kazakhstan, "казахстаном"));
    CHECK_FALSE(has(kazakhstan, "казахстания"));
    const auto georgia = russianWordForms("грузия", false);
    CHECK(has(georgia, "грузией"));
    CHECK_FALSE(has(georgia, "груз"));
    CHECK_FALSE(has(georgia, "грузы"));
    CHECK(has(russianWordForms("силы", true), "сил"));
    CHECK(russianWordForms("силы", false) == std::vector<std::string>{"силы"});
    CHECK(russianWordForms("мир", false) == std::vector<std::string>{"мир"});
    CHECK(russianWordForms("csto", false) == std::vector<std::string>{"csto"});
    CHECK(has(russianWordForms("лавров", true), "лавровым"));
    CHECK(has(russianWordForms("коллективной", true), "коллективная"));
}

TEST_CASE("Over the Russian corpus, every article naming a state in any case mentions it",
          "[extract][gazetteer][wordforms][corpus]")
{
    const auto dataset = readDataset(CSTO_KB_DATA_DIR);
    Gazetteer gazetteer;
    for (std::size_t i = 0; i < dataset.entities.size(); ++i) {
        gazetteer.add(dataset.entities[i].name, static_cast<std::int64_t>(i));
        for (const auto &alias : dataset.entities[i].aliases)
            gazetteer.add(alias, static_cast<std::int64_t>(i));
    }
    gazetteer.build();

    // The states with a one-word Russian name, and that name's case forms written out here
    // independently of the gazetteer: a consonant («Казахстан»), «-ия» and «-ь» declension.
    struct State
    {
        std::int64_t row;
        std::vector<std::string> forms;
    };
    std::vector<State> states;
    for (std::size_t i = 0; i < dataset.entities.size(); ++i) {
        if (dataset.entities[i].kind != EntityKind::State)
            continue;
        for (const auto &alias : dataset.entities[i].aliases) {
            if (alias.find(' ') != std::string::npos || alias.size() < 8 ||
                static_cast<unsigned char>(alias[0]) != 0xD0)
                continue;
            std::vector<std::string> forms;
            if (alias.ends_with("ия")) {
                const auto stem = alias.substr(0, alias.size() - 4);
                for (const char *ending : {"ия", "ии", "ию", "ией"})
                    forms.push_back(stem + ending);
            } else if (alias.ends_with("ь")) {
                const auto stem = alias.substr(0, alias.size() - 2);
                for (const char *ending : {"ь", "и", "ью"})
                    forms.push_back(stem + ending);
            } else if (alias.ends_with("й")) {
                const auto stem = alias.substr(0, alias.size() - 2);
                for (const char *ending : {"й", "я", "ю", "ем", "е"})
                    forms.push_back(stem + ending);
            } else {
                for (const char *ending : {"", "а", "у", "ом", "е"})
                    forms.push_back(alias + ending);
            }
            states.push_back({static_cast<std::int64_t>(i), forms});
        }
    }
    REQUIRE(states.size() >= 10);

    std::size_t articles = 0;
    std::size_t checked = 0;
    for (const auto &entry : std::filesystem::directory_iterator(test::corpusDir() / "ru")) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();
        ++articles;
        const auto mentions = gazetteer.find(text);
        std::map<std::int64_t, std::size_t> mentioned;
        for (const auto &m : mentions) {
            ++mentioned[m.entityRowId];
            // Whole words: no letter glued to either end.
            CHECK_FALSE(letterEndsAt(text, m.offset));
            CHECK_FALSE(letterStartsAt(text, m.offset + m.length));
        }
        for (const auto &state : states) {
            // A form standing as a whole word (followed by a space or punctuation).
            const bool named = std::any_of(state.forms.begin(), state.forms.end(), [&](auto &f) {
                for (auto at = text.find(f); at != std::string::npos; at = text.find(f, at + 1)) {
                    if (!letterEndsAt(text, at) && !letterStartsAt(text, at + f.size()))
                        return true;
                }
                return false;
            });
            if (!named)
                continue;
            ++checked;
            CAPTURE(entry.path().filename().string(), state.forms.front());
            CHECK(mentioned[state.row] > 0);
        }
    }
    CHECK(articles == 20);
    // Kazakhstan, Russia, Belarus, Armenia and others are named across the corpus.
    CHECK(checked >= 20);
}
