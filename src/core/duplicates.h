// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// Probable duplicates: what an import proposes that the knowledge base probably knows already.
// A proposal keeps its match in its payload ("same_as"), and accepting it merges by default.
namespace csto {

class KnowledgeBase;

// A known entity or event a proposal is probably the same as, and why, in words:
// "same date (2 December 2020) and participant Belarus".
struct SameAs
{
    std::string id;
    std::string reason;

    bool operator==(const SameAs &) const = default;
};

// Two dates are compatible at their precision when every day one may denote lies within the
// other: 2020 and 2020-12-02 are, 2020-11 and 2020-12-02 are not, and --12-02 (year not stated)
// is compatible only with dates without a year.
[[nodiscard]] bool datesCompatible(const PartialDate &a, const PartialDate &b) noexcept;

// The words of a name as they are compared, by these rules (each is a transliteration or
// spelling variant, not a guess at meaning):
//  - Cyrillic is transliterated (Станислав Зась -> stanislav zas), accents dropped (Zaś -> zas),
//    letters lower-cased; anything that is not a letter or digit separates words;
//  - function words (the, of, for, and, on, in, to, at, by, a, an; по, на, для) and single letters
//    (initials) are dropped, and word order does not count: "Joint Staff of the CSTO" has the
//    words of "CSTO Joint Staff";
//  - in words of five letters or more, spelling variants read alike: w = v, x = ks, q = k,
//    ph = f, ck = k, c before a, o, u or a consonant = k, kh = h, shch and sch = sh,
//    dzh, dj and zh = j, y = i, and doubled letters count once.
// "Kassym-Jomart Tokayev" -> {"kasim", "jomart", "tokaiev"}.
[[nodiscard]] std::vector<std::string> nameWords(std::string_view name);

// Whether two names are probably spellings of one: the same number of words (nameWords), paired
// so that words of four letters or fewer and numbers are equal, and longer words begin with the
// same letter and differ by at most one edit per five letters (Levenshtein). Returns the edits
// needed, or nullopt when they do not match.
[[nodiscard]] std::optional<int> nameDistance(std::string_view a, std::string_view b);

// Every name and alias of the knowledge base, indexed so a proposed name finds its near
// spellings without comparing it with each: names are grouped by their words' first letters.
class NameIndex
{
public:
    struct Match
    {
        std::int64_t entityRowId = 0;
        std::string name; // the name or alias that matched, as written
        int edits = 0;
    };

    void add(std::string_view name, std::int64_t entityRowId);
    // The names that match `name` (nameDistance), the closest first.
    [[nodiscard]] std::vector<Match> matches(std::string_view name) const;

private:
    struct Entry
    {
        std::string name;
        std::vector<std::string> words;
        std::int64_t entityRowId = 0;
    };
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byInitials;
};

// Finds what a knowledge base probably knows of a proposal: an entity by its name (NameIndex
// over every name and alias) or an event by its date and participants.
class DuplicateFinder
{
public:
    // Reads every name and alias of `kb`.
    explicit DuplicateFinder(KnowledgeBase &kb);
    // With the names already read (KnowledgeBase::allNames()), as the importer has them.
    DuplicateFinder(KnowledgeBase &kb,
                    const std::vector<std::pair<std::string, std::int64_t>> &names);

    // A known entity whose name or alias is a near spelling or transliteration of `name`.
    [[nodiscard]] std::optional<SameAs> knownEntity(std::string_view name) const;
    // A known event whose date is compatible with `date` (datesCompatible) and that shares a
    // participant (entity ids) with it; of several, the one sharing most participants, then the
    // one whose date is the same, then the closest in precision, then the earliest.
    [[nodiscard]] std::optional<SameAs>
    knownEvent(const PartialDate &date, const std::vector<std::string> &participants) const;
    // A proposal's payload (Proposal::payload, of kind "event" or "entity") with its "same_as"
    // found again, or removed when nothing matches any more: after the reviewer edited it.
    [[nodiscard]] std::string withSameAs(std::string_view kind, const std::string &payload) const;

private:
    KnowledgeBase &m_kb;
    NameIndex m_names;
};

} // namespace csto
