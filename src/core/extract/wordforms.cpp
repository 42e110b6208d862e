// SPDX-License-Identifier: MIT
#include "wordforms.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace csto::extract {
namespace {

// A paradigm: the ending a word of a name has, and every ending a form of it may have.
struct Paradigm
{
    std::string_view ending;
    std::initializer_list<std::string_view> endings;
    bool longerNameOnly = false;
};

// Checked in order, so longer endings come before their tails ("ие" before "е", "ия" before
// "я"). Adjectives take every ending of their number (the gender of a name's adjective never
// changes, so a wrong-gender form is no other word); nouns take their declension's.
// clang-format off
const std::array<Paradigm, 28> kParadigms = {{
    // Adjectives and adjectival plurals.
    {"ые", {"ые", "ых", "ым", "ыми"}},
    {"ых", {"ых", "ые", "ым", "ыми"}},
    {"их", {"их", "ие", "им", "ими"}},
    {"ый", {"ый", "ого", "ому", "ым", "ом", "ые", "ых", "ыми"}},
    {"ой", {"ой", "ого", "ому", "ым", "ом", "ая", "ую", "ою", "ые", "ых", "ыми"}},
    {"ая", {"ая", "ой", "ую", "ою", "ые", "ых", "ым", "ыми"}},
    {"яя", {"яя", "ей", "юю", "ею"}},
    {"ое", {"ое", "ого", "ому", "ым", "ом"}},
    {"ее", {"ее", "его", "ему", "им", "ем"}},
    {"ого", {"ого", "ый", "ое", "ому", "ым", "ом"}},
    {"его", {"его", "ий", "ее", "ему", "им", "ем"}},
    // "-ий" is a soft or velar adjective («российский») or a noun («Дмитрий»); "-ие" a plural
    // adjective («миротворческие») or a neuter noun («учение»).
    {"ий", {"ий", "его", "ему", "им", "ем", "ого", "ому", "ия", "ию", "ием", "ии", "ие", "их",
            "ими"}},
    {"ие", {"ие", "их", "им", "ими", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"}},
    // Nouns.
    {"ия", {"ия", "ии", "ию", "ией", "иею", "ий", "иям", "иями", "иях"}},
    {"я", {"я", "и", "е", "ю", "ей", "ею", "ям", "ями", "ях"}},
    {"а", {"а", "ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"}},
    {"ь", {"ь", "и", "ью", "я", "ю", "ем", "е", "ей", "ям", "ями", "ях"}},
    {"й", {"й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"}},
    {"о", {"о", "а", "у", "ом", "е"}},
    {"ы", {"ы", "", "ам", "ами", "ах", "ов"}, true},
    {"и", {"и", "", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "ов"}, true},
    // Surnames in -ов/-ев/-ин/-ын take "-ым" where other nouns take "-ом".
    {"ов", {"ов", "ова", "ову", "овым", "овом", "ове", "овы"}},
    {"ев", {"ев", "ева", "еву", "евым", "евом", "еве", "евы"}},
    {"ин", {"ин", "ина", "ину", "иным", "ином", "ине", "ины"}},
    {"ын", {"ын", "ына", "ыну", "ыным", "ыном", "ыне", "ыны"}},
    // Indeclinable endings: a word ending in a vowel not above is taken as written.
    {"у", {}},
    {"ю", {}},
    {"е", {}},
}};
// clang-format on

// Any other final letter: a consonant, as in «Казахстан», «Совет», «штаб».
constexpr std::array<std::string_view, 12> kConsonantEndings = {"",  "а",  "у",  "ом", "е",   "ы",
                                                                "и", "ов", "ей", "ам", "ами", "ах"};

constexpr std::size_t kMinimumLetters = 4;
constexpr std::size_t kMinimumStemLetters = 3;

// Lower-case Cyrillic letters only (two bytes each: а–п D0 B0–BF, р–я D1 80–8F).
bool isFoldedCyrillicWord(std::string_view word)
{
    if (word.empty() || word.size() % 2 != 0)
        return false;
    for (std::size_t i = 0; i < word.size(); i += 2) {
        const auto lead = static_cast<unsigned char>(word[i]);
        const auto trail = static_cast<unsigned char>(word[i + 1]);
        const bool aToP = lead == 0xD0 && trail >= 0xB0 && trail <= 0xBF;
        const bool rToYa = lead == 0xD1 && trail >= 0x80 && trail <= 0x8F;
        if (!aToP && !rToYa)
            return false;
    }
    return true;
}

std::size_t letters(std::string_view cyrillic)
{
    return cyrillic.size() / 2;
}

std::vector<std::string> withEndings(std::string_view word, std::string_view stem,
                                     const auto &endings)
{
    std::vector<std::string> forms{std::string(word)};
    for (const std::string_view ending : endings) {
        std::string form = std::string(stem) + std::string(ending);
        if (std::find(forms.begin(), forms.end(), form) == forms.end())
            forms.push_back(std::move(form));
    }
    return forms;
}

// A state's adjective stem and the Russian name (as the knowledge base writes it, folded) it
// stands for.
struct StateAdjective
{
    std::string_view stem;
    std::string_view state;
};

constexpr std::array<StateAdjective, 14> kStateAdjectives = {{
    {"российск", "россия"},
    {"казахстанск", "казахстан"},
    {"белорусск", "беларусь"},
    {"армянск", "армения"},
    {"кыргызск", "кыргызстан"},
    {"киргизск", "кыргызстан"},
    {"таджикск", "таджикистан"},
    {"узбекск", "узбекистан"},
    {"азербайджанск", "азербайджан"},
    {"грузинск", "грузия"},
    {"афганск", "афганистан"},
    {"китайск", "китай"},
    {"иранск", "иран"},
    {"сирийск", "сирия"},
}};

// Every case, gender and number of an adjective with a velar stem ("-ский").
constexpr std::array<std::string_view, 13> kVelarAdjectiveEndings = {
    "ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "ою"};

} // namespace

std::vector<std::string> russianWordForms(std::string_view folded, bool partOfLongerName)
{
    if (!isFoldedCyrillicWord(folded) || letters(folded) < kMinimumLetters)
        return {std::string(folded)};
    for (const auto &paradigm : kParadigms) {
        if (!folded.ends_with(paradigm.ending))
            continue;
        const std::string_view stem = folded.substr(0, folded.size() - paradigm.ending.size());
        if ((paradigm.longerNameOnly && !partOfLongerName) || letters(stem) < kMinimumStemLetters)
            return {std::string(folded)};
        return withEndings(folded, stem, paradigm.endings);
    }
    return withEndings(folded, folded, kConsonantEndings);
}

std::vector<std::string> stateAdjectiveForms(std::string_view foldedName)
{
    std::vector<std::string> forms;
    for (const auto &adjective : kStateAdjectives) {
        if (adjective.state != foldedName)
            continue;
        for (const std::string_view ending : kVelarAdjectiveEndings)
            forms.push_back(std::string(adjective.stem) + std::string(ending));
    }
    return forms;
}

} // namespace csto::extract
