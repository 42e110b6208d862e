// SPDX-License-Identifier: MIT
#include "newentities.h"

#include "../utf8.h"
#include "statenames.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace csto::extract {
namespace {

// ---- Words --------------------------------------------------------------------------------------

// A word (letters and digits of Latin or Cyrillic, with inner hyphens and apostrophes) or one
// punctuation character; offsets are bytes into the sentence.
struct Token
{
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string_view text;
    bool word = false;
    [[nodiscard]] std::size_t end() const { return offset + length; }
};

bool isLetterOrDigit(char32_t c)
{
    if (c < 0x80)
        return std::isalnum(static_cast<int>(c)) != 0;
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x400 && c <= 0x4FF);
}

bool isJoiner(char32_t c)
{
    return c == '-' || c == '\'' || c == 0x2019;
}

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto d = utf8::decode(s.substr(i));
        if (d.codePoint == ' ' || d.codePoint == '\t' || d.codePoint == '\n' ||
            d.codePoint == '\r' || d.codePoint == 0xA0) {
            i += d.length;
            continue;
        }
        if (!isLetterOrDigit(d.codePoint)) {
            tokens.push_back({i, d.length, s.substr(i, d.length), false});
            i += d.length;
            continue;
        }
        std::size_t end = i + d.length;
        while (end < s.size()) {
            const auto next = utf8::decode(s.substr(end));
            if (isLetterOrDigit(next.codePoint)) {
                end += next.length;
                continue;
            }
            // A hyphen or apostrophe inside a word ("Kassym-Jomart", "Interaction-2019").
            if (isJoiner(next.codePoint) && end + next.length < s.size() &&
                isLetterOrDigit(utf8::decode(s.substr(end + next.length)).codePoint)) {
                end += next.length;
                continue;
            }
            break;
        }
        tokens.push_back({i, end - i, s.substr(i, end - i), true});
        i = end;
    }
    return tokens;
}

char32_t firstCodePoint(std::string_view word)
{
    return word.empty() ? 0 : utf8::decode(word).codePoint;
}

bool isUpper(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0x410 && c <= 0x42F) || c == 0x401 ||
           (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool isCapitalised(std::string_view word)
{
    return isUpper(firstCodePoint(word));
}

bool isCyrillic(std::string_view word)
{
    const char32_t c = firstCodePoint(word);
    return c >= 0x400 && c <= 0x4FF;
}

// "CSTO", "ОДКБ", "ВС": two or more letters, every one a capital.
bool isAcronym(std::string_view word)
{
    std::size_t letters = 0;
    bool allUpper = true;
    utf8::forEachCodePoint(word, [&](char32_t c, std::string_view, bool) {
        if (!isLetterOrDigit(c) || (c >= '0' && c <= '9'))
            return;
        ++letters;
        allUpper = allUpper && isUpper(c);
    });
    return letters >= 2 && allUpper;
}

bool isYear(std::string_view word)
{
    return word.size() == 4 && (word.starts_with("19") || word.starts_with("20")) &&
           std::all_of(word.begin(), word.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string lower(std::string_view word)
{
    return foldCase(word);
}

bool isOneOf(std::string_view folded, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), folded) != words.end();
}

bool startsWithAny(std::string_view folded, std::initializer_list<std::string_view> stems)
{
    return std::any_of(stems.begin(), stems.end(),
                       [&](std::string_view stem) { return folded.starts_with(stem); });
}

std::string joinWords(const std::vector<std::string> &words)
{
    std::string joined;
    for (const auto &w : words)
        joined += (joined.empty() ? "" : " ") + w;
    return joined;
}

// Words that are capitalised for a reason other than being a name: calendar words, and the
// words that begin sentences and headings.
bool isCommonCapitalised(std::string_view folded)
{
    return isOneOf(
        folded, {"january",   "february",  "march",   "april",    "may",      "june",   "july",
                 "august",    "september", "october", "november", "december", "monday", "tuesday",
                 "wednesday", "thursday",  "friday",  "saturday", "sunday",   "spring", "summer",
                 "autumn",    "winter",    "the",     "this",     "that",     "these",  "those",
                 "in",        "on",        "at",      "by",       "for",      "from",   "since",
                 "until",     "till",      "to",      "of",       "and",      "or",     "a",
                 "an",        "as",        "after",   "before",   "during",   "last",   "next",
                 "early",     "late",      "mid",     "year",     "it",       "he",     "she",
                 "they",      "we",        "our",     "its",      "his",      "her",    "their",
                 "all",       "some",      "seven",   "six",      "five",     "four",   "three",
                 "two",       "one",       "first",   "second",   "third",    "new",    "former",
                 "joint",     "во",        "в",       "с",        "со",       "по",     "до",
                 "на",        "к",         "от",      "за",       "из",       "и",      "а",
                 "но",        "как",       "об",      "о",        "при",      "для",    "это",
                 "этот",      "эти",       "его",     "ее",       "их",       "год",    "году",
                 "января",    "февраля",   "марта",   "апреля",   "мая",      "июня",   "июля",
                 "августа",   "сентября",  "октября", "ноября",   "декабря",  "январь", "февраль",
                 "март",      "апрель",    "май",     "июнь",     "июль",     "август", "сентябрь",
                 "октябрь",   "ноябрь",    "декабрь"});
}

// ---- Exercises and operations -------------------------------------------------------------------

// The kind a word says a named thing is: "drills" an exercise, «операции» an operation.
std::optional<EntityKind> triggerKind(std::string_view word)
{
    const std::string folded = lower(word);
    if (isOneOf(folded, {"exercise", "exercises", "drill", "drills", "maneuvers", "manoeuvres",
                         "wargames", "кшу"}) ||
        startsWithAny(folded, {"учени", "тренировк", "маневр", "манёвр"}))
        return EntityKind::Exercise;
    if (isOneOf(folded, {"operation", "operations"}) || folded.starts_with("операци"))
        return EntityKind::Operation;
    return std::nullopt;
}

// Words that introduce a name: "dubbed Channel-2011", «под названием "Поиск-2016"».
bool isNamingWord(std::string_view word)
{
    return isOneOf(lower(word), {"dubbed", "codenamed", "code-named", "named", "called",
                                 "названием", "наименованием"});
}

bool isOpeningQuote(std::string_view p)
{
    return p == "\"" || p == "\u00AB" || p == "\u201C" || p == "\u201E";
}

bool isClosingQuote(std::string_view p)
{
    return p == "\"" || p == "\u00BB" || p == "\u201D" || p == "\u201C";
}

// ---- People -------------------------------------------------------------------------------------

// An office title in English, longest first, as folded words.
constexpr std::array<std::string_view, 33> kEnglishTitles = {
    "deputy secretary general",
    "deputy secretary-general",
    "secretary general",
    "secretary-general",
    "chief of staff",
    "prime minister",
    "defense minister",
    "defence minister",
    "foreign minister",
    "deputy minister",
    "minister",
    "president",
    "vice president",
    "chairman",
    "chairwoman",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "state secretary",
    "ambassador",
    "commander",
    "presidential aide",
    "aide",
    "chief",
    "director",
    "head",
    "envoy",
    "colonel general",
    "lieutenant general",
    "major general",
    "general",
};

// A Russian office: the stem of its head noun, the noun's nominative, and how it declines.
enum class Declension
{
    HardNoun, // министр, министра, министру, министром, министре
    SoftNoun, // секретарь, секретаря, секретарю, секретарём, секретаре
    Adjective, // командующий, командующего, командующему, командующим
    Fixed      // замглавы: no case to read
};

struct RussianTitle
{
    std::string_view stem;
    std::string_view nominative;
    Declension declension;
};

constexpr std::array<RussianTitle, 19> kRussianTitles = {{
    {"премьер-министр", "премьер-министр", Declension::HardNoun},
    {"министр", "министр", Declension::HardNoun},
    {"президент", "президент", Declension::HardNoun},
    {"вице-президент", "вице-президент", Declension::HardNoun},
    {"премьер", "премьер", Declension::HardNoun},
    {"генсек", "генсек", Declension::HardNoun},
    {"начальник", "начальник", Declension::HardNoun},
    {"помощник", "помощник", Declension::HardNoun},
    {"советник", "советник", Declension::HardNoun},
    {"спикер", "спикер", Declension::HardNoun},
    {"командир", "командир", Declension::HardNoun},
    {"секретар", "секретарь", Declension::SoftNoun},
    {"пресс-секретар", "пресс-секретарь", Declension::SoftNoun},
    {"заместител", "заместитель", Declension::SoftNoun},
    {"председател", "председатель", Declension::SoftNoun},
    {"руководител", "руководитель", Declension::SoftNoun},
    {"представител", "представитель", Declension::SoftNoun},
    {"командующ", "командующий", Declension::Adjective},
    {"замглавы", "замглавы", Declension::Fixed},
}};

// The case a Russian title's ending shows, or nullopt if the word is not that title.
std::optional<RussianCase> titleCase(std::string_view folded, const RussianTitle &title)
{
    if (!folded.starts_with(title.stem))
        return std::nullopt;
    const std::string_view ending = folded.substr(title.stem.size());
    using C = RussianCase;
    struct Ending
    {
        std::string_view text;
        C grammaticalCase;
    };
    static const std::vector<Ending> hard = {{"", C::Nominative},
                                             {"а", C::Genitive},
                                             {"у", C::Dative},
                                             {"ом", C::Instrumental},
                                             {"е", C::Prepositional}};
    static const std::vector<Ending> soft = {{"ь", C::Nominative},    {"я", C::Genitive},
                                             {"ю", C::Dative},        {"ем", C::Instrumental},
                                             {"ём", C::Instrumental}, {"е", C::Prepositional}};
    static const std::vector<Ending> adjective = {{"ий", C::Nominative},
                                                  {"его", C::Genitive},
                                                  {"ему", C::Dative},
                                                  {"им", C::Instrumental},
                                                  {"ем", C::Prepositional}};
    static const std::vector<Ending> fixed = {{"", C::Nominative}};
    const auto &endings = title.declension == Declension::HardNoun    ? hard
                          : title.declension == Declension::SoftNoun  ? soft
                          : title.declension == Declension::Adjective ? adjective
                                                                      : fixed;
    for (const auto &e : endings) {
        if (ending == e.text)
            return e.grammaticalCase;
    }
    return std::nullopt;
}

bool isRank(std::string_view word)
{
    const std::string folded = lower(word);
    return isOneOf(folded, {"col",
                            "gen",
                            "lt",
                            "maj",
                            "colonel",
                            "general",
                            "lieutenant",
                            "major",
                            "admiral",
                            "rear",
                            "vice",
                            "major-general",
                            "lieutenant-general",
                            "colonel-general",
                            "col-gen",
                            "lt-gen",
                            "maj-gen",
                            "retired",
                            "полковник",
                            "адмирал"}) ||
           folded == "генерал" || folded.starts_with("генерал-");
}

// Words that name institutions and places rather than people.
bool isInstitutionWord(std::string_view folded)
{
    return isOneOf(folded,
                   {"council",      "committee",    "commission", "assembly",  "secretariat",
                    "republic",     "federation",   "ministry",   "service",   "forces",
                    "force",        "troops",       "staff",      "state",     "duma",
                    "organization", "organisation", "university", "agency",    "office",
                    "region",       "bloc",         "union",      "security",  "defense",
                    "defence",      "affairs",      "army",       "guard",     "national",
                    "general",      "armed",        "parliament", "government"});
}

bool isPatronymic(std::string_view folded)
{
    for (const std::string_view stem : {"вич", "вн", "ич", "ичн"}) {
        const auto at = folded.rfind(stem);
        if (at == std::string_view::npos || at < 4)
            continue;
        const std::string_view ending = folded.substr(at + stem.size());
        if (isOneOf(ending, {"", "а", "у", "ем", "е", "ы", "ой"}) &&
            (stem != "ич" || isOneOf(ending, {"", "а", "у", "ем", "е"})))
            return true;
    }
    return false;
}

// Words with an adjective's ending: not a name («Вооруженных», «Генерального»).
bool hasAdjectiveEnding(std::string_view folded)
{
    // Not -ая: a man's name in the genitive ends so («Николая»).
    for (const std::string_view e :
         {"ых", "их", "ого", "его", "ому", "ему", "ыми", "ими", "ое", "ее", "ые", "ие", "ую",
          "ская", "цкая", "ской", "цкой", "ной", "ная"}) {
        if (folded.ends_with(e) && folded.size() > e.size() + 4)
            return true;
    }
    return false;
}

// ---- Russian word forms -------------------------------------------------------------------------

bool endsWithAny(std::string_view word, std::initializer_list<std::string_view> endings)
{
    return std::any_of(endings.begin(), endings.end(),
                       [&](std::string_view e) { return word.ends_with(e); });
}

// `word` without `ending` plus `replacement`, if it ends so.
std::optional<std::string> replaceEnding(std::string_view word, std::string_view ending,
                                         std::string_view replacement, std::size_t minStem = 4)
{
    if (!word.ends_with(ending) || word.size() < ending.size() + minStem)
        return std::nullopt;
    return std::string(word.substr(0, word.size() - ending.size())) + std::string(replacement);
}

// The first rule that applies: pairs of (ending, replacement).
std::string applyFirst(std::string_view word,
                       std::initializer_list<std::pair<std::string_view, std::string_view>> rules)
{
    for (const auto &[ending, replacement] : rules) {
        if (auto changed = replaceEnding(word, ending, replacement))
            return *changed;
    }
    return std::string(word);
}

bool endsWithConsonant(std::string_view word)
{
    return !endsWithAny(word, {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ь", "й"});
}

// Whether the stem before the last letter ends in г, к, х, ж, ш, ч or щ (Ольги, Бордюжи).
bool softAfterVelar(std::string_view word, std::size_t endingBytes)
{
    if (word.size() < endingBytes + 2)
        return false;
    const std::string_view stem = word.substr(0, word.size() - endingBytes);
    return endsWithAny(stem, {"г", "к", "х", "ж", "ш", "ч", "щ"});
}

enum class Gender
{
    Male,
    Female,
    Unknown
};

// A man's or woman's name, as the surname's ending (else the first name's) shows in the case.
Gender genderOf(const std::string &first, const std::string &surname, RussianCase c)
{
    const auto surnameEnds = [&](std::initializer_list<std::string_view> e) {
        return endsWithAny(surname, e);
    };
    const auto firstEnds = [&](std::initializer_list<std::string_view> e) {
        return endsWithAny(first, e);
    };
    switch (c) {
    case RussianCase::Nominative:
        return Gender::Unknown;
    case RussianCase::Genitive:
        if (surnameEnds({"овой", "евой", "иной", "ыной", "ской", "цкой"}))
            return Gender::Female;
        if (surnameEnds({"ова", "ева", "ёва", "ина", "ына", "ого", "его"}))
            return Gender::Male;
        // The accusative of a woman's name: «Анну Светлову».
        if (surnameEnds({"ову", "еву", "ину", "ыну"}) || firstEnds({"ии", "у", "ю"}))
            return Gender::Female;
        return firstEnds({"а", "я"}) ? Gender::Male : Gender::Unknown;
    case RussianCase::Dative:
        if (surnameEnds({"овой", "евой", "иной", "ыной", "ской", "цкой"}))
            return Gender::Female;
        if (surnameEnds({"ову", "еву", "ину", "ыну", "ому", "ему"}))
            return Gender::Male;
        return firstEnds({"у", "ю"}) ? Gender::Male : Gender::Unknown;
    case RussianCase::Instrumental:
        if (surnameEnds({"овой", "евой", "иной", "ыной", "ской", "цкой"}))
            return Gender::Female;
        if (surnameEnds({"ым", "им", "ом", "ем"}))
            return Gender::Male;
        return firstEnds({"ом", "ем", "ём"}) ? Gender::Male : Gender::Unknown;
    case RussianCase::Prepositional:
        if (surnameEnds({"овой", "евой", "иной", "ыной", "ской", "цкой"}))
            return Gender::Female;
        return surnameEnds({"е"}) || (firstEnds({"е"}) && !firstEnds({"ии"})) ? Gender::Male
                                                                              : Gender::Unknown;
    }
    return Gender::Unknown;
}

std::string maleFirstName(std::string_view word, RussianCase c)
{
    switch (c) {
    case RussianCase::Nominative:
        return std::string(word);
    case RussianCase::Genitive:
        if (endsWithAny(word, {"ея", "ия", "ая", "уя"}))
            return *replaceEnding(word, "я", "й", 2);
        if (auto soft = replaceEnding(word, "я", "ь", 2))
            return *soft;
        return applyFirst(word, {{"а", ""}});
    case RussianCase::Dative:
        if (endsWithAny(word, {"ею", "ию", "аю", "ую"}))
            return *replaceEnding(word, "ю", "й", 2);
        return applyFirst(word, {{"ю", "ь"}, {"у", ""}});
    case RussianCase::Instrumental:
        return applyFirst(
            word,
            {{"еем", "ей"}, {"ием", "ий"}, {"аем", "ай"}, {"ем", "ь"}, {"ём", "ь"}, {"ом", ""}});
    case RussianCase::Prepositional:
        return applyFirst(word, {{"ее", "ей"}, {"ии", "ий"}, {"ае", "ай"}, {"е", ""}});
    }
    return std::string(word);
}

std::string femaleFirstName(std::string_view word, RussianCase c)
{
    switch (c) {
    case RussianCase::Nominative:
        return std::string(word);
    case RussianCase::Genitive:
        if (word.ends_with("ии"))
            return *replaceEnding(word, "и", "я", 2);
        if (word.ends_with("и"))
            return *replaceEnding(word, "и", softAfterVelar(word, 2) ? "а" : "я", 2);
        return applyFirst(word, {{"ы", "а"}, {"ю", "я"}, {"у", "а"}});
    case RussianCase::Dative:
    case RussianCase::Prepositional:
        return applyFirst(word, {{"ии", "ия"}, {"е", "а"}});
    case RussianCase::Instrumental:
        return applyFirst(word, {{"ией", "ия"}, {"ой", "а"}, {"ей", "я"}});
    }
    return std::string(word);
}

std::string maleSurname(std::string_view word, RussianCase c)
{
    switch (c) {
    case RussianCase::Nominative:
        return std::string(word);
    case RussianCase::Genitive:
        if (endsWithAny(word, {"ского", "цкого"}))
            return *replaceEnding(word, "ого", "ий", 2);
        if (word.ends_with("ого"))
            return *replaceEnding(word, "ого", "ый", 2);
        if (auto consonantA = replaceEnding(word, "а", "", 3);
            consonantA && endsWithConsonant(*consonantA))
            return *consonantA; // Масадыкова, Пашиняна
        if (word.ends_with("я") && !endsWithAny(word, {"ия", "ея", "ая"}))
            return *replaceEnding(word, "я", "ь", 3); // Зася
        if (word.ends_with("ы"))
            return *replaceEnding(word, "ы", "а", 3); // Бородины -> Бородина
        if (word.ends_with("и") && softAfterVelar(word, 2))
            return *replaceEnding(word, "и", "а", 3); // Бордюжи
        return std::string(word);
    case RussianCase::Dative:
        if (endsWithAny(word, {"скому", "цкому"}))
            return *replaceEnding(word, "ому", "ий", 2);
        // Not after г, к, х, ж, ш, ч, щ: «Шойгу» does not decline.
        if (auto consonantU = replaceEnding(word, "у", "", 3);
            consonantU && endsWithConsonant(*consonantU) && !softAfterVelar(word, 2))
            return *consonantU;
        if (word.ends_with("ю") && !endsWithAny(word, {"ию", "ею", "аю"}))
            return *replaceEnding(word, "ю", "ь", 3);
        return std::string(word);
    case RussianCase::Instrumental:
        if (endsWithAny(word, {"ским", "цким"}))
            return *replaceEnding(word, "им", "ий", 2);
        if (endsWithAny(word, {"овым", "евым", "ёвым", "иным", "ыным"}))
            return *replaceEnding(word, "ым", "", 3);
        if (auto consonantOm = replaceEnding(word, "ом", "", 3);
            consonantOm && endsWithConsonant(*consonantOm))
            return *consonantOm;
        if (word.ends_with("ем") && !endsWithAny(word, {"ием", "еем"}))
            return *replaceEnding(word, "ем", "ь", 3);
        if (word.ends_with("ой") && softAfterVelar(word, 4))
            return *replaceEnding(word, "ой", "а", 3);
        return std::string(word);
    case RussianCase::Prepositional:
        if (auto consonantE = replaceEnding(word, "е", "", 3);
            consonantE && endsWithConsonant(*consonantE))
            return *consonantE;
        return std::string(word);
    }
    return std::string(word);
}

std::string femaleSurname(std::string_view word, RussianCase c)
{
    if (c == RussianCase::Nominative)
        return std::string(word);
    return applyFirst(word, {{"ской", "ская"},
                             {"цкой", "цкая"},
                             {"ой", "а"},
                             {"ову", "ова"},
                             {"еву", "ева"},
                             {"ину", "ина"}});
}

// ---- Russian organisation names -----------------------------------------------------------------

// The head nouns of Russian names of bodies and organisations, with their grammatical gender.
struct RussianHead
{
    std::string_view stem;
    std::string_view nominative;
    bool feminine;
    EntityKind kind;
};

constexpr std::array<RussianHead, 12> kRussianHeads = {{
    {"совет", "совет", false, EntityKind::Body},
    {"комитет", "комитет", false, EntityKind::Body},
    {"центр", "центр", false, EntityKind::Body},
    {"штаб", "штаб", false, EntityKind::Body},
    {"секретариат", "секретариат", false, EntityKind::Body},
    {"союз", "союз", false, EntityKind::Organisation},
    {"ассамбле", "ассамблея", true, EntityKind::Body},
    {"комисси", "комиссия", true, EntityKind::Body},
    {"групп", "группа", true, EntityKind::Organisation},
    {"организаци", "организация", true, EntityKind::Organisation},
    {"служб", "служба", true, EntityKind::Body},
    {"академи", "академия", true, EntityKind::Body},
}};

// The head noun a word is a singular form of, or nullptr.
const RussianHead *russianHead(std::string_view word)
{
    const std::string folded = lower(word);
    for (const auto &head : kRussianHeads) {
        if (!folded.starts_with(head.stem))
            continue;
        const std::string_view ending = std::string_view(folded).substr(head.stem.size());
        const bool singular = head.feminine ? (head.nominative.ends_with("ия")
                                                   ? isOneOf(ending, {"я", "и", "ю", "ей"})
                                                   : isOneOf(ending, {"а", "ы", "е", "у", "ой"}))
                                            : isOneOf(ending, {"", "а", "у", "ом", "е"});
        if (singular)
            return &head;
    }
    return nullptr;
}

// Whether `folded` is an adjective in the case of the head noun `headWord` («Государственного
// таможенного комитета», not «Решением Совета»).
bool agreesWithHead(std::string_view folded, std::string_view headWord, const RussianHead &head)
{
    const std::string headFolded = lower(headWord);
    const std::string_view ending = std::string_view(headFolded).substr(head.stem.size());
    if (head.feminine) {
        if (isOneOf(ending, {"а", "я"}))
            return endsWithAny(folded, {"ая", "яя"});
        if (isOneOf(ending, {"у", "ю"}))
            return endsWithAny(folded, {"ую", "юю"});
        return endsWithAny(folded, {"ой", "ей"});
    }
    if (ending.empty())
        return endsWithAny(folded, {"ый", "ий", "ой"});
    if (ending == "а")
        return endsWithAny(folded, {"ого", "его"});
    if (ending == "у")
        return endsWithAny(folded, {"ому", "ему"});
    if (ending == "ом")
        return endsWithAny(folded, {"ым", "им"});
    return endsWithAny(folded, {"ом", "ем"});
}

// An adjective agreeing with a head noun, put in the nominative singular.
std::string nominativeAdjective(std::string_view word, bool feminine)
{
    const bool velar = [&] {
        for (const std::string_view e : {"ого", "ому", "ым", "ом", "ой", "ую"}) {
            if (word.ends_with(e))
                return softAfterVelar(word, e.size());
        }
        return false;
    }();
    if (feminine)
        return applyFirst(
            word,
            {{"ая", "ая"}, {"яя", "яя"}, {"ой", "ая"}, {"ую", "ая"}, {"ей", "яя"}, {"юю", "яя"}});
    if (endsWithAny(word, {"ый", "ий", "ой"}))
        return std::string(word);
    if (endsWithAny(word, {"его", "ему", "им", "ем"}))
        return applyFirst(word, {{"его", "ий"}, {"ему", "ий"}, {"им", "ий"}, {"ем", "ий"}});
    return applyFirst(word, {{"ого", velar ? "ий" : "ый"},
                             {"ому", velar ? "ий" : "ый"},
                             {"ым", velar ? "ий" : "ый"},
                             {"ом", velar ? "ий" : "ый"}});
}

// The head noun in the nominative, keeping the capital it was written with.
std::string nominativeHead(std::string_view word, const RussianHead &head)
{
    const std::size_t stemBytes = head.stem.size();
    return std::string(word.substr(0, stemBytes)) + std::string(head.nominative.substr(stemBytes));
}

// A word that ends a Russian name: a verb's ending, or a word that joins clauses.
bool endsRussianName(std::string_view folded)
{
    return isOneOf(folded, {"и",  "а",     "но",      "в",       "на",      "с",     "со",
                            "к",  "что",   "который", "которая", "которые", "также", "уже",
                            "не", "будет", "был",     "была",    "было",    "были",  "от",
                            "до", "за",    "из",      "под",     "над",     "между"}) ||
           // Short words with such endings are nouns («сил», «дел»); «был» is listed above.
           (folded.size() > 6 &&
            endsWithAny(folded, {"ет", "ют", "ит", "ат", "ят", "ил", "ыл", "ал", "ял", "ла", "ли",
                                 "ло", "ть", "ся", "сь"}));
}

} // namespace

// ---- Russian personal names ---------------------------------------------------------------------

std::string russianNominativeName(const std::vector<std::string> &words,
                                  RussianCase grammaticalCase)
{
    if (words.size() < 2)
        return joinWords(words);
    std::string first;
    std::string surname;
    const std::size_t n = words.size();
    if (n >= 3 && isPatronymic(lower(words[n - 1]))) { // Семерикова Валерия Анатольевича
        surname = words[n - 3];
        first = words[n - 2];
    } else if (n >= 3 && isPatronymic(lower(words[n - 2]))) { // Николай Николаевич Бордюжа
        first = words[n - 3];
        surname = words[n - 1];
    } else {
        first = words[n - 2];
        surname = words[n - 1];
    }
    const Gender gender = genderOf(lower(first), lower(surname), grammaticalCase);
    // A double first name declines in its last part only: «Касым-Жомарта».
    const auto declineFirst = [&](const std::string &name) {
        const auto hyphen = name.rfind('-');
        const std::string head = hyphen == std::string::npos ? "" : name.substr(0, hyphen + 1);
        const std::string last = hyphen == std::string::npos ? name : name.substr(hyphen + 1);
        return head + (gender == Gender::Female ? femaleFirstName(last, grammaticalCase)
                                                : maleFirstName(last, grammaticalCase));
    };
    if (gender == Gender::Unknown)
        return first + " " + surname;
    return declineFirst(first) + " " +
           (gender == Gender::Female ? femaleSurname(surname, grammaticalCase)
                                     : maleSurname(surname, grammaticalCase));
}

// ---- The finder ---------------------------------------------------------------------------------

namespace {

// The sentence as the rules see it: its tokens, which of them the gazetteer knows, and the
// helpers every rule needs.
class SentenceView
{
public:
    SentenceView(std::string_view text, const TextSpan &sentence,
                 const std::vector<Mention> &mentions)
        : m_base(sentence.offset), m_words(text.substr(sentence.offset, sentence.length)),
          m_tokens(tokenize(m_words))
    {
        // Tokens and mentions are both in text order: one sweep pairs them.
        m_mentionOf.assign(m_tokens.size(), -1);
        std::size_t m = 0;
        for (std::size_t t = 0; t < m_tokens.size(); ++t) {
            const std::size_t start = m_base + m_tokens[t].offset;
            while (m < mentions.size() && mentions[m].offset + mentions[m].length <= start)
                ++m;
            if (m < mentions.size() && mentions[m].offset < start + m_tokens[t].length)
                m_mentionOf[t] = static_cast<int>(m);
            if (m_tokens[t].word) {
                if (const auto kind = triggerKind(m_tokens[t].text))
                    m_triggers.push_back({t, *kind});
            }
        }
        m_mentions = &mentions;
        // "Allied Staff Holds Joint Drills In Tajikistan": a heading in title case has
        // no lower-case word but short ones such as "of" and "in".
        std::size_t words = 0;
        bool longLowerCaseWord = false;
        for (const auto &t : m_tokens) {
            if (!t.word || !std::isalpha(static_cast<unsigned char>(t.text[0])))
                continue;
            ++words;
            longLowerCaseWord = longLowerCaseWord || (!isCapitalised(t.text) && t.length > 4);
        }
        m_titleCase = words >= 4 && !longLowerCaseWord;
    }

    [[nodiscard]] const std::vector<Token> &tokens() const { return m_tokens; }
    [[nodiscard]] std::size_t size() const { return m_tokens.size(); }
    [[nodiscard]] const Token &operator[](std::size_t i) const { return m_tokens[i]; }
    [[nodiscard]] bool isWord(std::size_t i) const { return i < size() && m_tokens[i].word; }
    [[nodiscard]] bool inMention(std::size_t i) const { return m_mentionOf[i] >= 0; }
    [[nodiscard]] std::int64_t entityAt(std::size_t i) const
    {
        return (*m_mentions)[static_cast<std::size_t>(m_mentionOf[i])].entityRowId;
    }
    // The last token of the mention token i is in.
    [[nodiscard]] std::size_t mentionEnd(std::size_t i) const
    {
        std::size_t j = i;
        while (j + 1 < size() && m_mentionOf[j + 1] == m_mentionOf[i])
            ++j;
        return j;
    }
    [[nodiscard]] bool titleCase() const { return m_titleCase; }
    [[nodiscard]] std::size_t absolute(std::size_t tokenOffset) const
    {
        return m_base + tokenOffset;
    }
    [[nodiscard]] std::string_view span(std::size_t from, std::size_t to) const
    {
        return m_words.substr(m_tokens[from].offset, m_tokens[to].end() - m_tokens[from].offset);
    }
    [[nodiscard]] TextSpan evidence(std::size_t from, std::size_t to) const
    {
        return {absolute(m_tokens[from].offset), m_tokens[to].end() - m_tokens[from].offset};
    }
    // Whether any token from..to is part of a known name.
    [[nodiscard]] bool anyMention(std::size_t from, std::size_t to) const
    {
        for (std::size_t i = from; i <= to; ++i) {
            if (inMention(i))
                return true;
        }
        return false;
    }
    // The known entity whose mention covers exactly the tokens from..to.
    [[nodiscard]] std::optional<std::int64_t> exactMention(std::size_t from, std::size_t to) const
    {
        if (!inMention(from) || m_mentionOf[from] != m_mentionOf[to])
            return std::nullopt;
        const auto &m = (*m_mentions)[static_cast<std::size_t>(m_mentionOf[from])];
        if (m.offset != absolute(m_tokens[from].offset) ||
            m.offset + m.length != absolute(m_tokens[to].end()))
            return std::nullopt;
        return m.entityRowId;
    }

    // The known entity whose mention is exactly the bytes [offset, offset + length) of the text.
    [[nodiscard]] std::optional<std::int64_t> mentionOfSpan(std::size_t offset,
                                                            std::size_t length) const
    {
        const Mention *m = mentionReaching(offset);
        if (m && m->offset == offset && m->length == length)
            return m->entityRowId;
        return std::nullopt;
    }
    // Whether a known name covers the bytes and more: they are part of that name.
    [[nodiscard]] bool insideLongerMention(std::size_t offset, std::size_t length) const
    {
        const Mention *m = mentionReaching(offset);
        return m && m->offset <= offset && offset + length <= m->offset + m->length &&
               m->length > length;
    }

    // A word that says what a name is ("drills", «операции»), by its token, in order.
    struct Trigger
    {
        std::size_t token;
        EntityKind kind;
    };
    // The trigger nearest to tokens from..to, outside them.
    [[nodiscard]] std::optional<Trigger> nearestTrigger(std::size_t from, std::size_t to) const
    {
        const auto after = std::partition_point(m_triggers.begin(), m_triggers.end(),
                                                [&](const Trigger &t) { return t.token <= to; });
        const auto before = std::partition_point(m_triggers.begin(), m_triggers.end(),
                                                 [&](const Trigger &t) { return t.token < from; });
        std::optional<Trigger> best;
        if (before != m_triggers.begin())
            best = *std::prev(before);
        if (after != m_triggers.end() && (!best || after->token - to < from - best->token))
            best = *after;
        return best;
    }

private:
    // The first mention (sorted, not overlapping) that ends after `offset`.
    [[nodiscard]] const Mention *mentionReaching(std::size_t offset) const
    {
        const auto it =
            std::partition_point(m_mentions->begin(), m_mentions->end(),
                                 [&](const Mention &m) { return m.offset + m.length <= offset; });
        return it == m_mentions->end() ? nullptr : &*it;
    }

    std::size_t m_base;
    std::string_view m_words;
    std::vector<Token> m_tokens;
    std::vector<int> m_mentionOf;
    std::vector<Trigger> m_triggers;
    const std::vector<Mention> *m_mentions = nullptr;
    bool m_titleCase = false;
};

// Whether the gazetteer knows `name` as a whole (any alias, any spelling it matches).
std::optional<std::int64_t> knownName(const Gazetteer &gazetteer, std::string_view name)
{
    for (const auto &m : gazetteer.find(name)) {
        if (m.offset == 0 && m.length == name.size())
            return m.entityRowId;
    }
    return std::nullopt;
}

// Whether a known name begins `name` ("Совет министров иностранных дел ОДКБ").
bool startsWithKnownName(const Gazetteer &gazetteer, std::string_view name)
{
    const auto found = gazetteer.find(name);
    return !found.empty() && found.front().offset == 0;
}

struct Finds
{
    const Gazetteer &gazetteer;
    std::set<std::string> &seenNames;
    std::vector<ProposedEntity> &entities;
    std::size_t sentenceStart = 0; // the first of `entities` proposed in this sentence

    // Whether the span is part of a name proposed in this sentence ("Eurasian Group" of
    // "Eurasian Group on Combating Money Laundering").
    [[nodiscard]] bool withinProposed(const TextSpan &span) const
    {
        return std::any_of(entities.begin() + static_cast<std::ptrdiff_t>(sentenceStart),
                           entities.end(), [&](const ProposedEntity &e) {
                               return e.evidence.offset <= span.offset &&
                                      span.end() <= e.evidence.end();
                           });
    }

    // Adds the proposal unless the gazetteer knows the name or it was proposed already.
    bool propose(ProposedEntity entity)
    {
        if (entity.name.size() < 3 || knownName(gazetteer, entity.name))
            return false;
        if (!seenNames.insert(lower(entity.name)).second)
            return false;
        entities.push_back(std::move(entity));
        return true;
    }
};

// ---- Rule: exercises and operations -------------------------------------------------------------

// The occurrence's date: the sentence's date in that year, if it gives one, else the year.
void dateOccurrence(ProposedOccurrence &occurrence, int year, const std::vector<DateMention> &dates)
{
    occurrence.date = PartialDate::year(year);
    for (const auto &d : dates) {
        if (d.date.hasYear() && d.date.yearValue() == year &&
            d.date.precision() != PartialDate::Precision::Year) {
            occurrence.date = d.date;
            occurrence.end = d.end;
            return;
        }
    }
}

struct NamedThing
{
    std::size_t from = 0; // tokens of the name without the year
    std::size_t to = 0;
    std::string name;
    std::optional<int> year;
    std::string written; // the name with its year, as written
    std::string how;     // "with a year", "in quotes"
};

void proposeExerciseOrOperation(const SentenceView &s, const NamedThing &thing, EntityKind kind,
                                std::string_view reasonWord, const std::vector<DateMention> &dates,
                                Finds &finds, std::set<std::string> &seenOccurrences,
                                std::vector<ProposedOccurrence> &occurrences,
                                const std::optional<std::string> &alias)
{
    const std::size_t offset = s.absolute(s[thing.from].offset);
    std::optional<std::int64_t> known = s.mentionOfSpan(offset, thing.name.size());
    if (!known && s.insideLongerMention(offset, thing.name.size()))
        return; // part of a known name, not a name of its own
    if (!known)
        known = knownName(finds.gazetteer, thing.name);
    bool proposed = false;
    if (!known) {
        ProposedEntity entity{thing.name,
                              kind,
                              s.evidence(thing.from, thing.to),
                              std::string(toString(kind)) + " named " + thing.how + ": " +
                                  thing.written + " (\"" + std::string(reasonWord) + "\")",
                              {},
                              {}};
        if (alias)
            entity.aliases.push_back(*alias);
        finds.propose(std::move(entity));
        proposed = finds.seenNames.contains(lower(thing.name));
    }
    if (!thing.year || (!known && !proposed) ||
        !seenOccurrences.insert(lower(thing.written)).second)
        return;
    ProposedOccurrence occurrence;
    occurrence.title = thing.written;
    dateOccurrence(occurrence, *thing.year, dates);
    if (known)
        occurrence.knownEntity = *known;
    else
        occurrence.proposedEntity = thing.name;
    occurrence.reason = "a year's occurrence of the " + std::string(toString(kind)) + " " +
                        thing.name + ": " + thing.written;
    occurrences.push_back(std::move(occurrence));
}

// A translation in brackets right after a name: "Grom 2021 [Thunder]".
std::optional<std::string> bracketedTranslation(const SentenceView &s, std::size_t after)
{
    if (after + 2 >= s.size() || (s[after].text != "[" && s[after].text != "("))
        return std::nullopt;
    std::size_t close = after + 1;
    while (close < s.size() && s.isWord(close) && isCapitalised(s[close].text) &&
           close - after <= 3)
        ++close;
    if (close == after + 1 || close >= s.size() ||
        s[close].text != (s[after].text == "[" ? "]" : ")") || isAcronym(s[after + 1].text))
        return std::nullopt;
    return std::string(s.span(after + 1, close - 1));
}

// "Interaction-2019", "Enduring Brotherhood 2014", «Поиск-2016», «Канал-Западный заслон»,
// "exercise Cobalt", «учение "Поиск"».
void findExercisesAndOperations(const SentenceView &s, const std::vector<DateMention> &dates,
                                Finds &finds, std::set<std::string> &seenOccurrences,
                                std::vector<ProposedOccurrence> &occurrences,
                                std::optional<EntityKind> &lastTrigger)
{
    const auto sentenceTrigger = s.nearestTrigger(s.size(), s.size());
    std::vector<bool> used(s.size(), false);
    const auto propose = [&](const NamedThing &thing, bool needsNearbyTrigger,
                             std::optional<std::string> alias) {
        const auto trigger = s.nearestTrigger(thing.from, thing.to);
        std::optional<EntityKind> kind;
        std::string word;
        if (trigger) {
            kind = trigger->kind;
            word = s[trigger->token].text;
        } else if (!needsNearbyTrigger && lastTrigger) {
            kind = lastTrigger;
            word = "an earlier sentence";
        }
        if (!kind)
            return;
        proposeExerciseOrOperation(s, thing, *kind, word, dates, finds, seenOccurrences,
                                   occurrences, alias);
    };

    // Names in quotes.
    for (std::size_t open = 0; open + 2 < s.size(); ++open) {
        if (s.isWord(open) || !isOpeningQuote(s[open].text))
            continue;
        std::size_t close = open + 1;
        while (close < s.size() && close - open <= 7 && !isClosingQuote(s[close].text) &&
               !isOpeningQuote(s[close].text))
            ++close;
        if (close >= s.size() || close - open > 7 || !isClosingQuote(s[close].text) ||
            !s.isWord(open + 1) || !isCapitalised(s[open + 1].text))
            continue;
        const std::size_t last = close - 1;
        NamedThing thing{open + 1, last, {}, {}, std::string(s.span(open + 1, last)), "in quotes"};
        if (!s.isWord(last))
            continue;
        // The year: "Кобальт-2010" or "Kobalt 2018".
        const std::string_view lastWord = s[last].text;
        if (lastWord.size() > 5 && isYear(lastWord.substr(lastWord.size() - 4)) &&
            lastWord[lastWord.size() - 5] == '-') {
            thing.year = std::stoi(std::string(lastWord.substr(lastWord.size() - 4)));
            thing.name = std::string(s.span(open + 1, last));
            thing.name.resize(thing.name.size() - 5);
        } else if (isYear(lastWord) && last > open + 1) {
            thing.year = std::stoi(std::string(lastWord));
            thing.to = last - 1;
            thing.name = std::string(s.span(open + 1, last - 1));
        } else {
            thing.name = thing.written;
        }
        for (std::size_t i = open; i <= close; ++i)
            used[i] = true;
        // Without a year, the name must follow the word that says what it is: «учение
        // "Поиск"», not «на полигоне "Матыбулак"».
        bool introduced = thing.year.has_value();
        if (!introduced && open > 0) {
            std::size_t before = open - 1;
            if (s.isWord(before) && (isAcronym(s[before].text) || s.inMention(before)) &&
                before > 0)
                --before;
            introduced = s.isWord(before) &&
                         (triggerKind(s[before].text).has_value() || isNamingWord(s[before].text));
        }
        if (!introduced || std::any_of(thing.name.begin(), thing.name.end(),
                                       [](char c) { return c == ',' || c == '.' || c == ':'; }))
            continue;
        if ((thing.year && thing.to < thing.from) || isAcronym(s[thing.from].text))
            continue; // «КОБАЛЬТ-2010» in a heading: the running text names it again
        propose(thing, !thing.year, std::nullopt);
    }

    // Names with a year, unquoted: "Interaction-2019", "Nerushimoye Bratstvo 2021".
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (used[i] || !s.isWord(i))
            continue;
        std::optional<int> year;
        std::size_t last = i;
        std::string_view word = s[i].text;
        std::size_t yearToken = i;
        if (word.size() > 5 && isYear(word.substr(word.size() - 4)) &&
            word[word.size() - 5] == '-' && isCapitalised(word)) {
            year = std::stoi(std::string(word.substr(word.size() - 4)));
        } else if (isYear(word) && i > 0 && s.isWord(i - 1) && isCapitalised(s[i - 1].text) &&
                   !used[i - 1]) {
            year = std::stoi(std::string(word));
            last = i - 1;
        }
        if (!year)
            continue;
        // Up to two more capitalised words before it belong to the name.
        std::size_t first = last;
        const auto nameWord = [&](std::size_t t) {
            return s.isWord(t) && !used[t] && isCapitalised(s[t].text) &&
                   !isCommonCapitalised(lower(s[t].text)) && !isAcronym(s[t].text) &&
                   !triggerKind(s[t].text) && !isYear(s[t].text);
        };
        if (!nameWord(last) && last != i)
            continue;
        while (first > 0 && last - first < 2 && nameWord(first - 1) &&
               s.inMention(first - 1) == s.inMention(last) && !isCyrillic(s[first - 1].text))
            --first;
        if (isCommonCapitalised(lower(s[first].text)) || isAcronym(s[first].text))
            continue;
        NamedThing thing;
        thing.from = first;
        thing.to = last;
        thing.year = year;
        thing.written = std::string(s.span(first, yearToken));
        thing.name = last == i ? thing.written.substr(0, thing.written.size() - 5)
                               : std::string(s.span(first, last));
        thing.how = "with a year";
        for (std::size_t t = first; t <= yearToken; ++t)
            used[t] = true;
        propose(thing, false, bracketedTranslation(s, yearToken + 1));
    }

    // A name right after the word that says what it is: "exercise Cobalt", "Operation Thunder".
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (!s.isWord(i) || !triggerKind(s[i].text) || isCyrillic(s[i].text))
            continue;
        std::size_t last = i + 1;
        const auto nameWord = [&](std::size_t t) {
            return t < s.size() && s.isWord(t) && !used[t] && isCapitalised(s[t].text) &&
                   !isCommonCapitalised(lower(s[t].text)) && !isAcronym(s[t].text) &&
                   !isYear(s[t].text) && !triggerKind(s[t].text) && !s.inMention(t);
        };
        if (!nameWord(last) || s.titleCase())
            continue;
        while (last + 1 < s.size() && last - i < 2 && nameWord(last + 1))
            ++last;
        NamedThing thing{i + 1,
                         last,
                         std::string(s.span(i + 1, last)),
                         std::nullopt,
                         std::string(s.span(i + 1, last)),
                         "after \"" + std::string(s[i].text) + "\""};
        propose(thing, true, std::nullopt);
    }
    if (sentenceTrigger)
        lastTrigger = sentenceTrigger->kind;
}

// ---- Rule: people by office and name ------------------------------------------------------------

struct OfficeTitle
{
    std::size_t from = 0; // tokens of the title
    std::size_t to = 0;
    std::string role;
    bool russian = false;
    RussianCase grammaticalCase = RussianCase::Nominative;
};

// The office title that starts at token i, if any (the longest).
std::optional<OfficeTitle> officeTitleAt(const SentenceView &s, std::size_t i)
{
    if (!s.isWord(i))
        return std::nullopt;
    std::string folded = lower(s[i].text);
    if (folded.starts_with("экс-")) // «экс-президента»: a former office names a person as well
        folded.erase(0, std::string_view("экс-").size());
    if (isCyrillic(s[i].text)) {
        for (const auto &title : kRussianTitles) {
            const auto c = titleCase(folded, title);
            if (!c)
                continue;
            OfficeTitle office{i, i, std::string(title.nominative), true, *c};
            // «генеральный секретарь», «генерального секретаря»: the adjective belongs to it.
            if (i > 0 && s.isWord(i - 1) &&
                startsWithAny(lower(s[i - 1].text),
                              {"генеральн", "ответственн", "государственн"})) {
                const std::string adjective = lower(s[i - 1].text);
                office.from = i - 1;
                office.role = nominativeAdjective(adjective, false) + " " + office.role;
            }
            return office;
        }
        return std::nullopt;
    }
    for (const auto title : kEnglishTitles) {
        std::size_t t = i;
        std::size_t at = 0;
        bool matches = true;
        while (at < title.size()) {
            const auto space = title.find(' ', at);
            const std::string_view part =
                title.substr(at, space == std::string_view::npos ? title.npos : space - at);
            if (t >= s.size() || !s.isWord(t) || lower(s[t].text) != part) {
                matches = false;
                break;
            }
            ++t;
            at = space == std::string_view::npos ? title.size() : space + 1;
        }
        if (matches)
            return OfficeTitle{i, t - 1, std::string(s.span(i, t - 1)), false,
                               RussianCase::Nominative};
    }
    return std::nullopt;
}

bool isNameWord(const SentenceView &s, std::size_t t, bool russian)
{
    if (!s.isWord(t) || !isCapitalised(s[t].text) || isAcronym(s[t].text) ||
        isCyrillic(s[t].text) != russian)
        return false;
    const std::string folded = lower(s[t].text);
    if (isCommonCapitalised(folded) || isInstitutionWord(folded) || isRank(s[t].text) ||
        folded.ends_with("'s") || folded.ends_with("\u2019s") ||
        std::any_of(folded.begin(), folded.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return false;
    if (russian && (hasAdjectiveEnding(folded) || russianHead(s[t].text) ||
                    startsWithAny(folded, {"федерац", "республик", "королевств", "министерств",
                                           "войск", "сил", "правительств", "администрац"})))
        return false;
    return utf8::decode(s[t].text).length < s[t].text.size(); // more than one letter
}

bool isEnglishStateName(std::string_view word)
{
    const auto states = unMemberStates();
    return std::any_of(states.begin(), states.end(),
                       [&](const StateName &state) { return state.english == word; });
}

// "Deputy Secretary General Valery Semerikov", "Chief of the Joint Staff Col.-Gen. Anatoly
// Sidorov", «министра обороны Сергея Шойгу», «генеральный секретарь ОДКБ Имангали Тасмагамбетов».
void findPeople(const SentenceView &s, Finds &finds)
{
    constexpr std::size_t kWindow = 14;
    if (s.titleCase())
        return; // "CSTO Chief Relieved Of Duties After Being Charged"
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto title = officeTitleAt(s, i);
        if (!title)
            continue;
        // The office is held where the sentence says: "CSTO Secretary General", "of the CSTO".
        std::optional<std::int64_t> heldIn;
        if (title->from > 0 && s.inMention(title->from - 1))
            heldIn = s.entityAt(title->from - 1);
        std::vector<std::size_t> run;
        std::size_t t = title->to + 1;
        bool named = false;
        std::string roleTail;
        for (; t < s.size() && t <= title->to + kWindow; ++t) {
            const bool nameWord = isNameWord(s, t, title->russian);
            if (nameWord && !s.inMention(t)) {
                run.push_back(t);
                continue;
            }
            // A name ends where the capitals end: "Airborne Assault Troops" is no name.
            if (run.size() >= 2 && !(s.isWord(t) && isCapitalised(s[t].text))) {
                named = true;
                break;
            }
            run.clear();
            if (s.inMention(t)) {
                const std::size_t end = s.mentionEnd(t);
                // A known name where the person's name would be: a known person, nothing new.
                const bool personLike = end > t && isCapitalised(s[t].text) &&
                                        !isAcronym(s[t].text) &&
                                        (end + 1 >= s.size() || !s.isWord(end + 1) ||
                                         !isCapitalised(s[end + 1].text)) &&
                                        (end + 1 >= s.size() || s[end + 1].text != "(");
                if (personLike)
                    break;
                if (!heldIn)
                    heldIn = s.entityAt(t);
                t = end;
                continue;
            }
            if (!s.isWord(t)) {
                const std::string_view p = s[t].text;
                // "Commander of the Troops, Major-General Almaz Dzhumakeyev".
                const bool rankFollows = p == "," && s.isWord(t + 1) && isRank(s[t + 1].text);
                if (p == "(" || p == ")" || p == "-" || p == "\u2013" || p == "\u2014" ||
                    (p == "." && t > 0 && isRank(s[t - 1].text)) || rankFollows)
                    continue;
                break;
            }
            if (const auto other = officeTitleAt(s, t); other && !title->russian) {
                title = other; // "SCO Secretary General Secretary General Bolat Nurgaliyev"
                t = other->to;
                continue;
            }
            if (isRank(s[t].text) || isAcronym(s[t].text))
                continue;
            const std::string folded = lower(s[t].text);
            if (title->russian) {
                if (isCapitalised(s[t].text) || !endsRussianName(folded)) {
                    if (!isCapitalised(s[t].text) && heldIn == std::nullopt)
                        roleTail += " " + std::string(s[t].text);
                    continue;
                }
                break;
            }
            if (isOneOf(folded, {"of", "the"}) || isCapitalised(s[t].text) ||
                (t > title->to + 1 && lower(s[title->to + 1].text) == "of" &&
                 std::all_of(s[t].text.begin(), s[t].text.end(), [](char c) {
                     return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
                 })))
                continue;
            break;
        }
        if (!named && run.size() >= 2)
            named = true;
        if (!named || run.size() > 4) {
            i = title->to;
            continue;
        }
        std::vector<std::string> words;
        for (const auto r : run)
            words.emplace_back(s[r].text);
        std::string name;
        if (title->russian) {
            name = russianNominativeName(words, title->grammaticalCase);
        } else {
            // "President of Serbia Aleksandar Vucic": a state before the name is not part of it.
            while (words.size() > 2 && (isEnglishStateName(words.front()) || words.size() > 3))
                words.erase(words.begin());
            name = joinWords(words);
        }
        ProposedEntity person{name,
                              EntityKind::Person,
                              s.evidence(title->from, run.back()),
                              "office title before a name: " + title->role,
                              {},
                              {}};
        if (heldIn)
            person.office = ProposedOffice{title->role + roleTail, *heldIn};
        finds.propose(std::move(person));
        i = run.back();
    }
}

// «президенты Казахстана - Нурсултан Назарбаев, России - Дмитрий Медведев»: a plural office
// title, then pairs of where the office is held and who holds it.
void findPeopleInTitledLists(const SentenceView &s, Finds &finds)
{
    for (std::size_t i = 0; i + 4 < s.size(); ++i) {
        if (!s.isWord(i) || !isCyrillic(s[i].text))
            continue;
        const std::string folded = lower(s[i].text);
        const auto title =
            std::find_if(kRussianTitles.begin(), kRussianTitles.end(), [&](const RussianTitle &t) {
                const std::string_view plural = t.declension == Declension::HardNoun   ? "ы"
                                                : t.declension == Declension::SoftNoun ? "и"
                                                                                       : "";
                return !plural.empty() && folded.starts_with(t.stem) &&
                       std::string_view(folded).substr(t.stem.size()) == plural;
            });
        if (title == kRussianTitles.end())
            continue;
        std::size_t t = i + 1;
        while (t + 3 < s.size()) {
            // Where: one or two capitalised words, or a known name; then a dash.
            const std::size_t where = t;
            while (t < s.size() && s.isWord(t) && isCapitalised(s[t].text) && t - where < 2)
                t = s.inMention(t) ? s.mentionEnd(t) + 1 : t + 1;
            if (t == where || t >= s.size() ||
                (s[t].text != "-" && s[t].text != "\u2013" && s[t].text != "\u2014"))
                break;
            const std::size_t first = ++t;
            // A known person in the list: nothing to propose, the list goes on.
            if (first < s.size() && s.inMention(first)) {
                t = s.mentionEnd(first) + 1;
                if (t >= s.size() || s[t].text != ",")
                    break;
                ++t;
                continue;
            }
            while (t < s.size() && t - first < 3 && isNameWord(s, t, true) && !s.inMention(t))
                ++t;
            if (t - first < 2)
                break;
            std::vector<std::string> words;
            for (std::size_t w = first; w < t; ++w)
                words.emplace_back(s[w].text);
            ProposedEntity person{russianNominativeName(words, RussianCase::Nominative),
                                  EntityKind::Person,
                                  s.evidence(where, t - 1),
                                  "office title before a list of names: " +
                                      std::string(title->nominative),
                                  {},
                                  {}};
            if (s.inMention(where))
                person.office = ProposedOffice{std::string(title->nominative), s.entityAt(where)};
            finds.propose(std::move(person));
            if (t >= s.size() || s[t].text != ",")
                break;
            ++t;
        }
        i = t > i ? t - 1 : i;
    }
}

// "Ivan Petrov has been named the new Secretary General of the bloc", «Юрий
// Хачатуров назначен генеральным секретарём»: a name, a verb of appointment, an office title.
void findPeopleBeforeTitles(const SentenceView &s, Finds &finds)
{
    if (s.titleCase())
        return;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const auto title = officeTitleAt(s, i);
        if (!title)
            continue;
        std::size_t j = title->from;
        const auto skipBack = [&](std::initializer_list<std::string_view> words) {
            while (j > 0 && s.isWord(j - 1) && isOneOf(lower(s[j - 1].text), words))
                --j;
        };
        skipBack({"the", "new", "acting", "as", "a", "its", "временно", "исполняющим"});
        if (j == 0 || !s.isWord(j - 1) ||
            !isOneOf(lower(s[j - 1].text),
                     {"appointed", "named", "elected", "serves", "served", "became", "becomes",
                      "назначен", "назначена", "избран", "избрана", "стал", "стала"}))
            continue;
        --j;
        skipBack({"has", "have", "been", "was", "is", "currently", "will", "be", "now", "уже"});
        std::size_t first = j;
        while (first > 0 && j - first < 3 && isNameWord(s, first - 1, title->russian) &&
               !s.inMention(first - 1))
            --first;
        if (j - first < 2 || (first > 0 && s.isWord(first - 1) && isCapitalised(s[first - 1].text)))
            continue;
        std::vector<std::string> words;
        for (std::size_t t = first; t < j; ++t)
            words.emplace_back(s[t].text);
        ProposedEntity person{title->russian ? russianNominativeName(words, RussianCase::Nominative)
                                             : joinWords(words),
                              EntityKind::Person,
                              s.evidence(first, title->to),
                              "name before an office title: " + title->role,
                              {},
                              {}};
        // "... Secretary General of the CSTO", «генеральным секретарём ОДКБ».
        std::size_t k = title->to + 1;
        while (k < s.size() && s.isWord(k) && isOneOf(lower(s[k].text), {"of", "the"}))
            ++k;
        if (k < s.size() && s.inMention(k))
            person.office = ProposedOffice{title->role, s.entityAt(k)};
        finds.propose(std::move(person));
    }
}

// ---- Rule: organisations and bodies -------------------------------------------------------------

EntityKind kindOfEnglishName(const std::vector<std::string> &words)
{
    for (auto it = words.rbegin(); it != words.rend(); ++it) {
        const std::string w = lower(*it);
        if (isOneOf(w, {"council", "committee", "commission", "assembly", "secretariat", "centre",
                        "center", "staff", "service", "bureau", "office"}))
            return EntityKind::Body;
        if (isOneOf(w, {"forces", "force", "unit", "troops"}))
            return EntityKind::Force;
        if (isOneOf(w, {"agreement", "strategy", "programme", "program", "declaration", "charter",
                        "treaty", "protocol", "memorandum"}))
            return EntityKind::Document;
        if (isOneOf(w, {"group", "organisation", "organization", "union", "community", "alliance",
                        "bank", "fund"}))
            return EntityKind::Organisation;
    }
    return EntityKind::Organisation;
}

// The first letter of a word, folded: what an acronym's letter stands for.
std::string initialOf(std::string_view word)
{
    return lower(word.substr(0, utf8::decode(word).length));
}

// "Eurasian Group on Combating Money Laundering (EAG)": the name before a bracketed acronym
// whose first letter is the name's. English names run back over capitalised words and the
// small words between them; Russian ones back to a capitalised word with the acronym's first
// letter, with an organisation noun in the name, put in the nominative.
void findDefinedAcronyms(const SentenceView &s, Finds &finds)
{
    if (s.titleCase())
        return;
    for (std::size_t i = 2; i + 2 < s.size(); ++i) {
        if (s[i].text != "(" || !s.isWord(i + 1) || !isAcronym(s[i + 1].text) ||
            s[i + 2].text != ")" || !s.isWord(i - 1))
            continue;
        const std::string_view acronym = s[i + 1].text;
        const bool russian = isCyrillic(acronym);
        std::size_t first = i;
        std::vector<std::string> words;
        if (!russian) {
            std::size_t t = i;
            while (t > 0 && i - t < 10) {
                const std::size_t prev = t - 1;
                if (!s.isWord(prev))
                    break;
                const std::string folded = lower(s[prev].text);
                if (isCapitalised(s[prev].text) && !isAcronym(s[prev].text))
                    first = prev;
                else if (!isOneOf(folded, {"of", "on", "for", "the", "and", "in", "to"}))
                    break;
                t = prev;
            }
        } else {
            for (std::size_t t = i; t > 0 && i - t < 10; --t) {
                if (!s.isWord(t - 1))
                    break;
                if (isCapitalised(s[t - 1].text) && initialOf(s[t - 1].text) == initialOf(acronym))
                    first = t - 1;
            }
        }
        // "The Eurasian Group ... (EAG)": the name starts at a word with the acronym's letter.
        while (first < i && (initialOf(s[first].text) != initialOf(acronym) ||
                             isCommonCapitalised(lower(s[first].text))))
            ++first;
        if (first >= i || i - first < 2 || s.anyMention(first, i + 1))
            continue;
        for (std::size_t t = first; t < i; ++t)
            words.emplace_back(s[t].text);
        std::string name;
        EntityKind kind = EntityKind::Organisation;
        if (russian) {
            // The first organisation noun is the head; adjectives before it agree with it.
            std::size_t head = words.size();
            for (std::size_t w = 0; w < words.size() && head == words.size(); ++w) {
                if (russianHead(words[w]))
                    head = w;
            }
            if (head == words.size())
                continue;
            const RussianHead &noun = *russianHead(words[head]);
            kind = noun.kind;
            for (std::size_t w = 0; w < words.size(); ++w) {
                std::string word = words[w];
                if (w < head)
                    word = nominativeAdjective(word, noun.feminine);
                else if (w == head)
                    word = nominativeHead(word, noun);
                name += (name.empty() ? "" : " ") + word;
            }
            if (startsWithKnownName(finds.gazetteer, name))
                continue;
        } else {
            name = joinWords(words);
            kind = kindOfEnglishName(words);
        }
        ProposedEntity entity{name,
                              kind,
                              s.evidence(first, i + 2),
                              "acronym defined in the text: " + std::string(acronym),
                              {std::string(acronym)},
                              {}};
        if (knownName(finds.gazetteer, acronym))
            continue; // the acronym names a known entity already
        finds.propose(std::move(entity));
    }
}

// «Государственного таможенного комитета Российской Федерации» -> «Государственный таможенный
// комитет Российской Федерации»: a capitalised name built on an organisation noun, the noun
// and the adjectives before it put in the nominative, the words after it kept as written.
void findRussianOrganisations(const SentenceView &s, Finds &finds)
{
    for (std::size_t h = 0; h < s.size(); ++h) {
        if (!s.isWord(h) || !isCyrillic(s[h].text) || s.inMention(h))
            continue;
        const RussianHead *head = russianHead(s[h].text);
        if (!head)
            continue;
        if (isAcronym(s[h].text))
            continue; // a heading in capitals
        std::size_t first = h;
        while (first > 0 && s.isWord(first - 1) && isCyrillic(s[first - 1].text) &&
               !s.inMention(first - 1) &&
               agreesWithHead(lower(s[first - 1].text), s[h].text, *head) &&
               !isAcronym(s[first - 1].text))
            --first;
        while (first < h && !isCapitalised(s[first].text))
            ++first;
        if (!isCapitalised(s[first].text))
            continue;
        std::size_t last = h;
        bool generic = false;
        for (std::size_t t = h + 1; t < s.size() && t - h <= 9; ++t) {
            if (!s.isWord(t) || !isCyrillic(s[t].text))
                break;
            const std::string folded = lower(s[t].text);
            // «Совет безопасности страны»: a description of some country's council.
            if (isOneOf(folded, {"страны", "государства", "республики", "региона", "города"})) {
                generic = true;
                break;
            }
            if (isOneOf(folded, {"по", "при", "о", "об"}))
                continue;
            if (endsRussianName(folded) || russianHead(s[t].text) || isCommonCapitalised(folded) ||
                isRank(s[t].text))
                break;
            last = t;
        }
        if (generic || (last == h && first == h))
            continue; // a lone «Совет»
        std::string name;
        for (std::size_t t = first; t <= last; ++t) {
            const std::string_view word = s[t].text;
            std::string normal = t < h    ? nominativeAdjective(word, head->feminine)
                                 : t == h ? nominativeHead(word, *head)
                                          : std::string(word);
            name += (name.empty() ? "" : " ") + normal;
        }
        if (!startsWithKnownName(finds.gazetteer, name) &&
            !finds.withinProposed(s.evidence(first, last)))
            finds.propose({name,
                           head->kind,
                           s.evidence(first, last),
                           "organisation word in a name: " + std::string(head->nominative),
                           {},
                           {}});
        h = last;
    }
}

// "Eurasian Group", "Patrol Coordination Committee": capitalised words ending in an
// organisation word (a document's or a force's word gives those kinds).
void findEnglishOrganisations(const SentenceView &s, Finds &finds)
{
    if (s.titleCase())
        return;
    for (std::size_t h = 1; h < s.size(); ++h) {
        if (!s.isWord(h) || !isCapitalised(s[h].text) || s.inMention(h))
            continue;
        const std::string headWord = lower(s[h].text);
        if (!isOneOf(headWord,
                     {"council",  "committee", "commission",   "assembly",     "secretariat",
                      "centre",   "center",    "staff",        "forces",       "force",
                      "unit",     "group",     "organisation", "organization", "agreement",
                      "strategy", "programme", "program",      "declaration",  "charter",
                      "treaty"}))
            continue;
        std::size_t first = h;
        std::size_t t = h;
        while (t > 0 && h - t < 8) {
            const std::size_t prev = t - 1;
            if (!s.isWord(prev) || s.inMention(prev) || isAcronym(s[prev].text))
                break;
            const std::string folded = lower(s[prev].text);
            if (isCapitalised(s[prev].text) && !isCommonCapitalised(folded) &&
                !officeTitleAt(s, prev) &&
                !isOneOf(folded, {"secretary", "deputy", "member", "members", "head"}))
                first = prev;
            else if (!isOneOf(folded, {"of", "on", "for", "and"}) || first != t)
                break;
            t = prev;
        }
        if (first == h)
            continue; // a lone "Council"
        std::vector<std::string> words;
        for (std::size_t w = first; w <= h; ++w)
            words.emplace_back(s[w].text);
        const std::string name = joinWords(words);
        if (name.find(" and ") != std::string::npos || name.find("Minister") != std::string::npos)
            continue;
        // "Security Council", "Peacekeeping Force", "General Staff": a generic word and the
        // organisation word describe a body of whoever the sentence is about; they name none.
        if (words.size() == 2 &&
            isOneOf(lower(words.front()),
                    {"security",      "general",  "joint",   "peacekeeping", "permanent",
                     "national",      "military", "defence", "defense",      "executive",
                     "supreme",       "state",    "central", "main",         "special",
                     "international", "regional", "federal", "armed",        "collective"}))
            continue;
        // "Collective Rapid Reaction Force" for the known "... Forces".
        if (knownName(finds.gazetteer, name + "s") ||
            (name.ends_with('s') && knownName(finds.gazetteer, name.substr(0, name.size() - 1))))
            continue;
        if (finds.withinProposed(s.evidence(first, h)))
            continue;
        finds.propose({name,
                       kindOfEnglishName({std::string(s[h].text)}),
                       s.evidence(first, h),
                       "organisation word in a name: " + std::string(s[h].text),
                       {},
                       {}});
    }
}

// Case forms of a one-word Russian state name: «Сербия, Сербии, Сербию, Сербией».
bool isRussianFormOf(std::string_view word, std::string_view nominative)
{
    if (word == nominative)
        return true;
    if (nominative.find(' ') != std::string_view::npos || nominative.size() < 8)
        return false;
    const auto formOf = [&](std::string_view drop,
                            std::initializer_list<std::string_view> endings) {
        if (!nominative.ends_with(drop))
            return false;
        const std::string_view stem = nominative.substr(0, nominative.size() - drop.size());
        if (!word.starts_with(stem))
            return false;
        return isOneOf(word.substr(stem.size()), endings);
    };
    if (nominative.ends_with("ия"))
        return formOf("я", {"и", "ю", "ей"});
    if (nominative.ends_with("а"))
        return formOf("а", {"ы", "и", "е", "у", "ой"});
    if (endsWithConsonant(nominative))
        return formOf("", {"а", "у", "ом", "е"});
    return false;
}

// "Serbia’s" -> "Serbia".
std::string_view withoutPossessive(std::string_view word)
{
    for (const std::string_view ending : {"'s", "\u2019s"}) {
        if (word.ends_with(ending))
            return word.substr(0, word.size() - ending.size());
    }
    return word;
}

// States of the UN's member list the knowledge base does not know.
void findStates(const SentenceView &s, Finds &finds)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!s.isWord(i) || !isCapitalised(s[i].text) || s.inMention(i))
            continue;
        const bool russian = isCyrillic(s[i].text);
        for (const auto &state : unMemberStates()) {
            const std::string_view name = russian ? state.russian : state.english;
            // The name's words against the tokens from i.
            std::size_t t = i;
            std::size_t at = 0;
            bool matches = true;
            while (at < name.size()) {
                const auto space = name.find(' ', at);
                const std::string_view part =
                    name.substr(at, space == std::string_view::npos ? name.npos : space - at);
                const bool same = t < s.size() && s.isWord(t) && !s.inMention(t) &&
                                  (russian && space == std::string_view::npos && at == 0
                                       ? isRussianFormOf(s[t].text, part)
                                       : withoutPossessive(s[t].text) == part);
                if (!same) {
                    matches = false;
                    break;
                }
                ++t;
                at = space == std::string_view::npos ? name.size() : space + 1;
            }
            if (!matches)
                continue;
            finds.propose({std::string(name),
                           EntityKind::State,
                           s.evidence(i, t - 1),
                           "state name in the list of UN member states: " + std::string(name),
                           {},
                           {}});
            i = t - 1;
            break;
        }
    }
}

} // namespace

void NewEntityFinder::scan(std::string_view text, const TextSpan &sentence,
                           const std::vector<Mention> &mentions,
                           const std::vector<DateMention> &dates, const Gazetteer &gazetteer,
                           std::vector<ProposedEntity> &entities,
                           std::vector<ProposedOccurrence> &occurrences)
{
    const SentenceView s(text, sentence, mentions);
    const std::size_t before = entities.size();
    Finds finds{gazetteer, m_seenNames, entities, before};
    findExercisesAndOperations(s, dates, finds, m_seenOccurrences, occurrences, m_lastTriggerKind);
    findPeople(s, finds);
    findPeopleBeforeTitles(s, finds);
    findPeopleInTitledLists(s, finds);
    findDefinedAcronyms(s, finds);
    findRussianOrganisations(s, finds);
    findEnglishOrganisations(s, finds);
    findStates(s, finds);
    // In the order the sentence names them, whichever rule found them.
    std::stable_sort(entities.begin() + static_cast<std::ptrdiff_t>(before), entities.end(),
                     [](const ProposedEntity &a, const ProposedEntity &b) {
                         return a.evidence.offset < b.evidence.offset;
                     });
}

} // namespace csto::extract
