// SPDX-License-Identifier: MIT
#include "duplicates.h"

#include "knowledgebase.h"
#include "utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>
#include <tuple>

namespace csto {
namespace {

// Words this long or longer are compared by their spelling skeleton, within an edit allowance;
// shorter ones (acronyms such as CSC and CSSC, "air", "sea") only as they are.
constexpr std::size_t kLongWord = 5;
constexpr std::size_t kLettersPerEdit = 5;

// Russian, Belarusian, Ukrainian, Kazakh and Tajik letters in a plain Latin spelling; the
// skeleton then evens out the variants between transliteration systems. The hard and soft signs
// are written as nothing; nullopt for a letter not listed.
std::optional<std::string_view> cyrillicToLatin(char32_t c)
{
    static constexpr std::array<std::string_view, 32> kBasic = {
        "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "i",    "k", "l", "m", "n", "o",  "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};
    if (c >= 0x430 && c <= 0x44F)
        return kBasic[c - 0x430];
    if (c >= 0x410 && c <= 0x42F)
        return kBasic[c - 0x410];
    switch (c) {
    case 0x401:
    case 0x451:
        return "e"; // ё
    case 0x406:
    case 0x456:
        return "i"; // і
    case 0x407:
    case 0x457:
        return "yi"; // ї
    case 0x404:
    case 0x454:
        return "ye"; // є
    case 0x40E:
    case 0x45E:
        return "u"; // ў
    case 0x490:
    case 0x491:
        return "g"; // ґ
    case 0x4D8:
    case 0x4D9:
        return "a"; // ә
    case 0x492:
    case 0x493:
        return "g"; // ғ
    case 0x49A:
    case 0x49B:
        return "k"; // қ
    case 0x4A2:
    case 0x4A3:
        return "n"; // ң
    case 0x4E8:
    case 0x4E9:
        return "o"; // ө
    case 0x4B0:
    case 0x4B1:
        return "u"; // ұ
    case 0x4AE:
    case 0x4AF:
        return "u"; // ү
    case 0x4BA:
    case 0x4BB:
        return "h"; // һ
    case 0x4B2:
    case 0x4B3:
        return "h"; // ҳ
    case 0x4B6:
    case 0x4B7:
        return "j"; // ҷ
    case 0x4E2:
    case 0x4E3:
        return "i"; // ӣ
    case 0x4EE:
    case 0x4EF:
        return "u"; // ӯ
    default:
        return std::nullopt;
    }
}

// Latin letters with accents as the plain letters they are written with (č, š, ž as the
// digraphs Russian names are transliterated with).
std::string_view latinWithoutAccent(char32_t c)
{
    static constexpr std::array<std::string_view, 64> kLatin1 = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    if (c >= 0xC0 && c <= 0xFF)
        return kLatin1[c - 0xC0];
    switch (c) {
    case 0x10C:
    case 0x10D:
        return "ch";
    case 0x160:
    case 0x161:
    case 0x15E:
    case 0x15F:
        return "sh";
    case 0x17D:
    case 0x17E:
        return "zh";
    case 0x18F:
    case 0x259:
        return "a"; // ə
    default:
        break;
    }
    struct Range
    {
        char32_t first;
        char32_t last;
        std::string_view letter;
    };
    static constexpr std::array<Range, 21> kExtendedA = {
        {{0x100, 0x105, "a"}, {0x106, 0x10B, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
         {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
         {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
         {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x15D, "s"},
         {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
         {0x179, 0x17F, "z"}}};
    for (const auto &range : kExtendedA) {
        if (c >= range.first && c <= range.last)
            return range.letter;
    }
    return {};
}

bool isSeparator(char32_t c)
{
    if (c < 0x80)
        return !std::isalnum(static_cast<unsigned char>(c));
    return c < 0xC0 || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFF20) || c == 0xFFFD;
}

bool isFunctionWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 14> kWords = {
        "the", "of", "for", "and", "on", "in", "to", "at", "by", "an", "po", "na", "dlya", "dlia"};
    return word.size() <= 1 || std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool isNumber(std::string_view word)
{
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The spelling skeleton of a long word (see nameWords()).
std::string skeleton(std::string_view word)
{
    struct Variant
    {
        std::string_view written;
        std::string_view read;
    };
    static constexpr std::array<Variant, 13> kVariants = {{{"shch", "sh"},
                                                           {"sch", "sh"},
                                                           {"dzh", "j"},
                                                           {"zh", "j"},
                                                           {"dj", "j"},
                                                           {"kh", "h"},
                                                           {"ph", "f"},
                                                           {"ck", "k"},
                                                           {"x", "ks"},
                                                           {"w", "v"},
                                                           {"q", "k"},
                                                           {"y", "i"},
                                                           {"c", "k"}}};
    std::string spelled;
    for (std::size_t i = 0; i < word.size();) {
        const auto rest = word.substr(i);
        const auto *variant = std::find_if(kVariants.begin(), kVariants.end(), [&](const auto &v) {
            if (!rest.starts_with(v.written))
                return false;
            // c reads as k except before e, i, y (centre, cyber) and in ch.
            return v.written != "c" || rest.size() == 1 ||
                   std::string_view("eiyh").find(rest[1]) == std::string_view::npos;
        });
        if (variant != kVariants.end()) {
            spelled += variant->read;
            i += variant->written.size();
        } else {
            spelled += word[i++];
        }
    }
    spelled.erase(std::unique(spelled.begin(), spelled.end()), spelled.end());
    return spelled;
}

// The words of a name lower-cased and transliterated, without function words; with their
// skeletons when `spellingVariants`.
std::vector<std::string> wordsOf(std::string_view name, bool spellingVariants)
{
    std::vector<std::string> words;
    std::string word;
    const auto finish = [&] {
        if (!isFunctionWord(word))
            words.push_back(spellingVariants && word.size() >= kLongWord && !isNumber(word)
                                ? skeleton(word)
                                : word);
        word.clear();
    };
    utf8::forEachCodePoint(name, [&](char32_t c, std::string_view bytes, bool valid) {
        if (!valid || isSeparator(c)) {
            finish();
        } else if (c < 0x80) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (const auto cyrillic = cyrillicToLatin(c)) {
            word += *cyrillic;
        } else if (const auto latin = latinWithoutAccent(c); !latin.empty()) {
            word += latin;
        } else {
            word += bytes;
        }
    });
    finish();
    return words;
}

bool hasCyrillic(std::string_view text)
{
    bool found = false;
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view, bool) {
        found = found || (c >= 0x400 && c <= 0x4FF);
    });
    return found;
}

std::size_t levenshtein(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The edits between two words of names, or nullopt when they are different words.
std::optional<int> wordDistance(std::string_view a, std::string_view b)
{
    if (a == b)
        return 0;
    const std::size_t shorter = std::min(a.size(), b.size());
    if (shorter < kLongWord || isNumber(a) || isNumber(b) || a.front() != b.front())
        return std::nullopt;
    const std::size_t edits = levenshtein(a, b);
    if (edits > shorter / kLettersPerEdit)
        return std::nullopt;
    return static_cast<int>(edits);
}

// Pairs the words (already as nameWords gives them): equal words first, then each remaining word
// with its closest unpaired one. Returns the total edits, or nullopt when a word has no partner.
std::optional<int> pairWords(const std::vector<std::string> &a, std::vector<std::string> b)
{
    if (a.empty() || a.size() != b.size())
        return std::nullopt;
    std::vector<std::string_view> unpaired;
    for (const auto &word : a) {
        const auto same = std::find(b.begin(), b.end(), word);
        if (same != b.end())
            b.erase(same);
        else
            unpaired.push_back(word);
    }
    int total = 0;
    for (const auto word : unpaired) {
        std::optional<int> best;
        auto bestAt = b.end();
        for (auto it = b.begin(); it != b.end(); ++it) {
            const auto edits = wordDistance(word, *it);
            if (edits && (!best || *edits < *best)) {
                best = edits;
                bestAt = it;
            }
        }
        if (!best)
            return std::nullopt;
        total += *best;
        b.erase(bestAt);
    }
    return total;
}

std::string initialsOf(const std::vector<std::string> &words)
{
    std::string initials;
    for (const auto &word : words)
        initials += word.front();
    std::sort(initials.begin(), initials.end());
    return initials;
}

std::string inQuotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

int precisionRank(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return 0;
    case PartialDate::Precision::Month:
        return 1;
    case PartialDate::Precision::Day:
    case PartialDate::Precision::DayOfYear:
        return 2;
    }
    return 2;
}

} // namespace

bool datesCompatible(const PartialDate &a, const PartialDate &b) noexcept
{
    return a.isWithin(b) || b.isWithin(a);
}

std::vector<std::string> nameWords(std::string_view name)
{
    return wordsOf(name, true);
}

std::optional<int> nameDistance(std::string_view a, std::string_view b)
{
    return pairWords(nameWords(a), nameWords(b));
}

void NameIndex::add(std::string_view name, std::int64_t entityRowId)
{
    auto words = nameWords(name);
    if (words.empty())
        return;
    m_byInitials[initialsOf(words)].push_back(m_entries.size());
    m_entries.push_back({std::string(name), std::move(words), entityRowId});
}

std::vector<NameIndex::Match> NameIndex::matches(std::string_view name) const
{
    const auto words = nameWords(name);
    if (words.empty())
        return {};
    const auto group = m_byInitials.find(initialsOf(words));
    if (group == m_byInitials.end())
        return {};
    std::vector<Match> found;
    for (const auto index : group->second) {
        const auto &entry = m_entries[index];
        if (const auto edits = pairWords(words, entry.words))
            found.push_back({entry.entityRowId, entry.name, *edits});
    }
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        return std::tie(a.edits, a.entityRowId, a.name) < std::tie(b.edits, b.entityRowId, b.name);
    });
    return found;
}

DuplicateFinder::DuplicateFinder(KnowledgeBase &kb) : DuplicateFinder(kb, kb.allNames()) {}

DuplicateFinder::DuplicateFinder(KnowledgeBase &kb,
                                 const std::vector<std::pair<std::string, std::int64_t>> &names)
    : m_kb(kb)
{
    for (const auto &[name, rowId] : names)
        m_names.add(name, rowId);
}

std::optional<SameAs> DuplicateFinder::knownEntity(std::string_view name) const
{
    const auto found = m_names.matches(name);
    if (found.empty())
        return std::nullopt;
    const auto &match = found.front();
    const auto entity = m_kb.entity(match.entityRowId);
    if (!entity)
        return std::nullopt;
    std::string how;
    if (hasCyrillic(name) != hasCyrillic(match.name))
        how = " is a transliteration of ";
    else if (pairWords(wordsOf(name, false), wordsOf(match.name, false)) == 0)
        how = " has the words of ";
    else
        how = " is a near spelling of ";
    std::string reason = inQuotes(name) + how + inQuotes(match.name);
    if (match.name != entity->name)
        reason += ", a name of " + entity->name;
    return SameAs{entity->id, reason};
}

std::optional<SameAs>
DuplicateFinder::knownEvent(const PartialDate &date,
                            const std::vector<std::string> &participants) const
{
    struct Candidate
    {
        EventHeader event;
        std::vector<std::string> shared; // the participants' names
    };
    std::map<std::int64_t, Candidate> candidates;
    for (const auto &participant : participants) {
        const auto entity = m_kb.findEntity(participant);
        if (!entity)
            continue;
        TimelineFilter filter;
        if (date.hasYear()) {
            filter.from = date;
            filter.to = date;
        }
        filter.entityRowId = entity->rowId;
        filter.includeDescendants = false;
        for (auto &event : m_kb.timeline(filter)) {
            if (!datesCompatible(event.date, date))
                continue;
            auto &candidate = candidates[event.rowId];
            if (candidate.shared.empty())
                candidate.event = std::move(event);
            if (std::find(candidate.shared.begin(), candidate.shared.end(), entity->name) ==
                candidate.shared.end())
                candidate.shared.push_back(entity->name);
        }
    }
    if (candidates.empty())
        return std::nullopt;
    const auto rank = [&](const Candidate &c) {
        return std::make_tuple(-static_cast<int>(c.shared.size()), c.event.date != date,
                               std::abs(precisionRank(c.event.date) - precisionRank(date)),
                               c.event.date, c.event.rowId);
    };
    const auto best =
        std::min_element(candidates.begin(), candidates.end(), [&](const auto &a, const auto &b) {
            return rank(a.second) < rank(b.second);
        });
    const auto &[event, shared] = best->second;
    std::string reason = event.date == date ? "same date (" + date.toHuman() + ")"
                                            : "compatible date (" + date.toHuman() + " and " +
                                                  event.date.toHuman() + ")";
    reason += shared.size() == 1 ? " and participant " : " and participants ";
    for (std::size_t i = 0; i < shared.size(); ++i)
        reason += (i == 0 ? "" : ", ") + shared[i];
    return SameAs{event.id, reason};
}

std::string DuplicateFinder::withSameAs(std::string_view kind, const std::string &payload) const
{
    auto json = nlohmann::json::parse(payload);
    const auto sameAs = kind == "event"
                            ? knownEvent(PartialDate::parse(json.at("date").get<std::string>()),
                                         json.at("participants").get<std::vector<std::string>>())
                            : knownEntity(json.at("name").get<std::string>());
    if (sameAs)
        json["same_as"] = {{"id", sameAs->id}, {"reason", sameAs->reason}};
    else
        json.erase("same_as");
    return json.dump();
}

} // namespace csto
