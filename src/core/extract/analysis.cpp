// SPDX-License-Identifier: MIT
#include "analysis.h"

#include "patterns.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <tuple>

namespace csto::extract {
namespace {

constexpr std::size_t kMaxTitleBytes = 110;

// A sentence shortened to a title: whitespace collapsed, cut at a word boundary.
std::string titleFrom(std::string_view sentence)
{
    std::string title;
    bool space = false;
    for (const char c : sentence) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !title.empty();
            continue;
        }
        if (space)
            title += ' ';
        space = false;
        title += c;
    }
    if (title.size() <= kMaxTitleBytes)
        return title;
    std::size_t cut = title.rfind(' ', kMaxTitleBytes);
    if (cut == std::string::npos || cut < kMaxTitleBytes / 2)
        cut = kMaxTitleBytes;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80)
        --cut;
    return title.substr(0, cut) + "\u2026";
}

// Most sentences hold none of the words a rule needs; looking for those words first keeps the
// patterns for the sentences that might match.
template <typename Words> bool containsAny(std::string_view text, const Words &words)
{
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view word) { return text.find(word) != text.npos; });
}

// Spans sorted by offset and not overlapping (as the gazetteer finds mentions, and as datelines
// are found): their ends are sorted too, so a binary search finds the only candidate.
template <typename Span>
bool overlapsAny(std::size_t offset, std::size_t length, const std::vector<Span> &sorted)
{
    const auto candidate = std::partition_point(
        sorted.begin(), sorted.end(), [&](const Span &s) { return s.offset + s.length <= offset; });
    return candidate != sorted.end() && candidate->offset < offset + length;
}

// A sentence of a few words holding a dateline: the dateline and its publisher, no more.
bool isDatelineAlone(std::string_view text, const TextSpan &sentence,
                     const std::vector<TextSpan> &datelines)
{
    constexpr std::size_t kMaxWords = 6;
    const std::string_view words = text.substr(sentence.offset, sentence.length);
    return static_cast<std::size_t>(std::count(words.begin(), words.end(), ' ')) < kMaxWords &&
           overlapsAny(sentence.offset, sentence.length, datelines);
}

bool isCalendarWord(const std::string &word)
{
    static const std::set<std::string> words = {
        "January",   "February",  "March",   "April",    "May",      "June",   "July",
        "August",    "September", "October", "November", "December", "Monday", "Tuesday",
        "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday",   "The",    "This"};
    return words.contains(word);
}

std::optional<std::string> placeIn(std::string_view sentence, std::size_t base,
                                   const std::vector<Mention> &mentions)
{
    static const Pattern place("\\b(?:in|at)\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)");
    if (!containsAny(sentence, std::array<std::string_view, 2>{"in", "at"}))
        return std::nullopt;
    std::optional<std::string> found;
    place.forEachMatch(sentence, [&](const PatternMatch &match) {
        const std::string name(match.in(sentence, 1));
        const auto at = base + match.position(1);
        if (isCalendarWord(name.substr(0, name.find(' '))) ||
            overlapsAny(at, name.size(), mentions))
            return true;
        found = name;
        return false;
    });
    return found;
}

// The head nouns a definite description may use, and for each the entity of the latest mention
// whose text ends with it ("Collective Security Treaty" for "Treaty").
class LatestByHead
{
public:
    static constexpr std::array<std::string_view, 10> kHeads = {
        "Organisation", "Treaty",   "Council",     "Charter",    "Committee",
        "Agreement",    "Assembly", "Secretariat", "Commission", "Forces"};

    // "Organization" and "Organisation" are one head.
    static std::string_view spelling(std::string_view head)
    {
        return head == "Organization" ? "Organisation" : head;
    }

    void note(std::string_view text, const Mention &mention)
    {
        const std::string_view named = text.substr(mention.offset, mention.length);
        for (std::size_t i = 0; i < kHeads.size(); ++i) {
            if (named.ends_with(kHeads[i]) || (i == 0 && named.ends_with("Organization")))
                m_latest[i] = mention.entityRowId;
        }
    }

    [[nodiscard]] std::optional<std::int64_t> entityFor(std::string_view head) const
    {
        const auto it = std::find(kHeads.begin(), kHeads.end(), spelling(head));
        if (it == kHeads.end())
            return std::nullopt;
        return m_latest[static_cast<std::size_t>(it - kHeads.begin())];
    }

private:
    std::array<std::optional<std::int64_t>, kHeads.size()> m_latest{};
};

// "the Treaty", "the Organization": a definite description naming an entity mentioned before.
// Resolved to the latest mention whose text ends with the same head noun.
void resolveDefiniteDescriptions(std::string_view text, const TextSpan &sentence,
                                 const LatestByHead &earlier, std::vector<Mention> &mentions)
{
    static const Pattern description(
        "\\b[Tt]he\\s+(Organi[sz]ation|Treaty|Council|Charter|Committee|Agreement|Assembly|"
        "Secretariat|Commission|Forces)\\b");
    const std::string_view words = text.substr(sentence.offset, sentence.length);
    static constexpr std::array<std::string_view, 10> kHeadStems = {
        "Organi",    "Treaty",   "Council",     "Charter",    "Committee",
        "Agreement", "Assembly", "Secretariat", "Commission", "Forces"};
    if (words.find("he ") == words.npos || !containsAny(words, kHeadStems))
        return;
    // Matches do not overlap one another, so only the gazetteer's mentions need checking.
    std::vector<Mention> resolved;
    description.forEachMatch(words, [&](const PatternMatch &match) {
        const std::size_t offset = sentence.offset + match.position(0);
        const std::size_t length = match.length(0);
        if (overlapsAny(offset, length, mentions))
            return true;
        if (const auto entity = earlier.entityFor(match.in(words, 1)))
            resolved.push_back({offset, length, *entity});
        return true;
    });
    const auto middle = mentions.insert(mentions.end(), resolved.begin(), resolved.end());
    std::inplace_merge(mentions.begin(), middle, mentions.end(),
                       [](const Mention &a, const Mention &b) { return a.offset < b.offset; });
}

// The tense of a sentence, as far as the year of a date without one depends on it (DateContext):
// future if it announces ("will", "is due to", "are expected to", "is scheduled"), else past if
// it reports ("was", "had", "said", "signed", "announced"), else unknown.
Tense tenseOf(std::string_view sentence)
{
    static const Pattern future("(?i)\\b(?:will|shall|won't|upcoming|(?:is|are)\\s+(?:due|expected|"
                                "scheduled|set|planned|going|to\\s+be))\\b");
    static const Pattern past("(?i)\\b(?:was|were|had|did|said|told|announced|signed|held|took|met|"
                              "adopted|approved|decided|agreed|suspended|joined|left|launched|"
                              "completed|started|began|ended|reported|stated|declared|became|"
                              "appointed|elected|visited|attended)\\b");
    if (future.occursIn(sentence))
        return Tense::Future;
    return past.occursIn(sentence) ? Tense::Past : Tense::Unknown;
}

// "He will assume his duties on 1 January", "These documents came into force on ...", "The
// agreement was signed on ...": a sentence that opens with a pronoun or a description ("the"
// and a common noun) speaks of what the sentence before named.
bool opensWithAnaphor(std::string_view sentence)
{
    static const Pattern pronoun("^\\W{0,3}(?:He|She|It|They|His|Her|Its|Their)\\b");
    static const Pattern description("^\\W{0,3}(?:The|This|These|That|Those|Both)\\s+[a-z]");
    return pronoun.search(sentence).has_value() || description.search(sentence).has_value();
}

// The lead of a report: the first sentence of at least a few words after the dateline (the
// article's first, without one), the title excepted. Datelines, agency tags ("MINSK.",
// "/TASS/.") and time stamps are shorter.
std::optional<std::size_t> leadSentence(std::string_view text,
                                        const std::vector<TextSpan> &sentences,
                                        const ArticleLayout &layout)
{
    constexpr std::size_t kMinWords = 6;
    const std::size_t after = layout.datelines.empty() ? 0 : layout.datelines.front().offset;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const TextSpan &sentence = sentences[i];
        if (sentence.end() <= after || (layout.title && sentence.offset == layout.title->offset))
            continue;
        const std::string_view words = text.substr(sentence.offset, sentence.length);
        std::size_t count = 0;
        bool space = true;
        for (const char c : words) {
            const bool isSpace = std::isspace(static_cast<unsigned char>(c)) != 0;
            // Words, not numbers or times: "Edited time: June 28, 2012 19:47" is no lead. A
            // word of any script counts: a byte from 0xC0 begins a non-ASCII letter.
            const auto byte = static_cast<unsigned char>(c);
            count += space && (std::isalpha(byte) || byte >= 0xC0) ? 1 : 0;
            space = isSpace;
        }
        if (count >= kMinWords)
            return i;
    }
    return std::nullopt;
}

// Mentions, dates, events and entities of the sentences, with `analysis.published` and
// `textYear` as the context for dates without a year.
void analyseSentences(std::string_view text, const std::vector<TextSpan> &sentences,
                      const Gazetteer &gazetteer, std::optional<int> textYear,
                      ArticleAnalysis &analysis)
{
    analysis.mentions.clear();
    analysis.dates.clear();
    analysis.events.clear();
    analysis.entities.clear();
    DateContext context;
    context.published = analysis.published;
    context.textYear = textYear;
    NewEntityFinder newEntities;
    LatestByHead latestByHead;
    // Events already proposed, by date, end and participants: proposed once.
    std::set<std::tuple<std::string, std::string, std::vector<std::int64_t>>> proposed;
    // A report's lead tells the news of its date when it gives no date of its own.
    const bool datedToTheDay =
        analysis.published &&
        (analysis.published->precision() == PartialDate::Precision::Day ||
         analysis.published->precision() == PartialDate::Precision::DayOfYear);
    const auto lead = datedToTheDay ? leadSentence(text, sentences, analysis.layout) : std::nullopt;
    std::vector<std::int64_t> previousParticipants;
    for (std::size_t index = 0; index < sentences.size(); ++index) {
        const TextSpan &sentence = sentences[index];
        const std::string_view s = text.substr(sentence.offset, sentence.length);
        context.tense = tenseOf(s);
        auto mentions = gazetteer.find(s);
        for (auto &m : mentions)
            m.offset += sentence.offset;
        resolveDefiniteDescriptions(text, sentence, latestByHead, mentions);
        auto dates = findDates(s, context);
        // Dates inside entity names ("Enduring Brotherhood 2020") and datelines are not events.
        std::erase_if(dates, [&](DateMention &d) {
            d.offset += sentence.offset;
            return overlapsAny(d.offset, d.length, analysis.layout.datelines) ||
                   overlapsAny(d.offset, d.length, mentions);
        });
        for (const auto &d : dates) {
            if (!d.hasExplicitYear || !d.date.hasYear())
                continue;
            // The year the span ends in; the month and day it starts from in that year ("the
            // autumn of 2021" leaves October to 2021).
            const PartialDate &last = d.end ? *d.end : d.date;
            const PartialDate &from = d.date.yearValue() == last.yearValue() ? d.date : last;
            context.narrativeYear = last.yearValue();
            context.narrativeMonth =
                from.precision() == PartialDate::Precision::Year ? 0 : from.monthValue();
            context.narrativeDay =
                from.precision() == PartialDate::Precision::Day ? from.dayValue() : 0;
        }
        std::vector<std::int64_t> participants; // in order of first mention
        std::set<std::int64_t> named;
        for (const auto &m : mentions) {
            if (named.insert(m.entityRowId).second)
                participants.push_back(m.entityRowId);
        }
        if (participants.empty() && opensWithAnaphor(s))
            participants = previousParticipants;
        if (!participants.empty())
            previousParticipants = participants;
        if (index == lead && dates.empty() && !participants.empty()) {
            // The publication's year is stated unless it was chosen from the text.
            const bool yearStated = analysis.published->hasYear() && !analysis.yearNote;
            proposed.emplace(analysis.published->toIso(), "", participants);
            analysis.events.push_back({*analysis.published, std::nullopt, titleFrom(s),
                                       placeIn(s, sentence.offset, mentions), participants,
                                       sentence, yearStated});
        }
        std::vector<ProposedOccurrence> occurrences;
        newEntities.scan(text, sentence, mentions, dates, gazetteer, analysis.entities,
                         occurrences);
        // A year's occurrence of an exercise stands for the sentence's event at its date.
        std::set<std::pair<std::string, std::string>> occurrenceDates;
        for (auto &o : occurrences) {
            std::vector<std::int64_t> takingPart;
            if (o.knownEntity)
                takingPart.push_back(*o.knownEntity);
            for (const auto id : participants) {
                if (id != o.knownEntity)
                    takingPart.push_back(id);
            }
            occurrenceDates.emplace(o.date.toIso(), o.end ? o.end->toIso() : "");
            ProposedEvent event{
                o.date,     o.end,    o.title, placeIn(s, sentence.offset, mentions),
                takingPart, sentence, true};
            if (o.proposedEntity)
                event.proposedParticipants.push_back(*o.proposedEntity);
            event.reason = o.reason;
            analysis.events.push_back(std::move(event));
        }
        if (!participants.empty() && !dates.empty()) {
            // One title and place for the sentence, however many dates it holds.
            const std::string title = titleFrom(s);
            const auto place = placeIn(s, sentence.offset, mentions);
            for (const auto &d : dates) {
                if (occurrenceDates.contains({d.date.toIso(), d.end ? d.end->toIso() : ""}) ||
                    !proposed.emplace(d.date.toIso(), d.end ? d.end->toIso() : "", participants)
                         .second)
                    continue;
                analysis.events.push_back(
                    {d.date, d.end, title, place, participants, sentence, d.hasExplicitYear});
            }
        }
        for (const auto &m : mentions)
            latestByHead.note(text, m);
        analysis.mentions.insert(analysis.mentions.end(), mentions.begin(), mentions.end());
        analysis.dates.insert(analysis.dates.end(), dates.begin(), dates.end());
    }
}

// "2002, 2016", at most five years and an ellipsis.
std::string joinYears(const std::set<int> &years)
{
    constexpr std::size_t kShown = 5;
    std::string list;
    std::size_t shown = 0;
    for (const int year : years) {
        if (shown++ == kShown)
            return list + ", \u2026";
        list += (list.empty() ? "" : ", ") + std::to_string(year);
    }
    return list;
}

std::size_t occurrences(std::string_view text, std::string_view what)
{
    std::size_t count = 0;
    for (auto at = text.find(what); at != text.npos; at = text.find(what, at + what.size()))
        ++count;
    return count;
}

// Whether a position of the text lies inside a quotation of its paragraph: after more opening
// than closing curly quotes or guillemets, or after an odd number of straight ones. A paragraph
// that opens a quotation without closing it is quoted to its end, as a quotation running over
// paragraphs is written.
bool insideQuotation(std::string_view text, const std::vector<TextSpan> &paragraphs,
                     std::size_t offset)
{
    const auto paragraph = std::partition_point(
        paragraphs.begin(), paragraphs.end(), [&](const TextSpan &p) { return p.end() <= offset; });
    if (paragraph == paragraphs.end() || paragraph->offset > offset)
        return false;
    const std::string_view before = text.substr(paragraph->offset, offset - paragraph->offset);
    const std::size_t opening = occurrences(before, "\u201C") + occurrences(before, "\u00AB");
    const std::size_t closing = occurrences(before, "\u201D") + occurrences(before, "\u00BB");
    return opening > closing || occurrences(before, "\"") % 2 == 1;
}

// The year for an article whose publication date gives none, when the text leaves no doubt:
// the year with which the text repeats the dateline's day and month, else the only year the text
// names outside quotations (a speaker's "positions of May 11, 2021" look back), unless a date
// without a year comes earlier in the year than the text's first date in that year ("In the
// autumn of 2021 Armenia took the chair ... On January 10" is January 2022).
// `note` says how it was chosen, or why none was.
struct YearChoice
{
    std::optional<int> year;
    std::string note;
};

YearChoice chooseYear(const std::optional<PartialDate> &published,
                      const std::vector<DateMention> &dates, std::string_view text,
                      const std::vector<TextSpan> &paragraphs)
{
    std::set<int> named;
    std::set<int> namedOutsideQuotations;
    std::set<int> withDatelineDay;
    // Month and day as one number (a month alone as its day 0, a year alone as 0): the earliest
    // point in its year that a dated expression names, and the earliest date without a year.
    const auto dayKey = [](const PartialDate &date) {
        if (date.precision() == PartialDate::Precision::Year)
            return 0;
        const bool day = date.precision() == PartialDate::Precision::Day ||
                         date.precision() == PartialDate::Precision::DayOfYear;
        return date.monthValue() * 100 + (day ? date.dayValue() : 0);
    };
    int earliestNamed = 1300;
    int earliestYearless = published ? dayKey(*published) : 1300;
    for (const auto &d : dates) {
        if (!d.date.hasYear())
            earliestYearless = std::min(earliestYearless, dayKey(d.date));
        if (!d.hasExplicitYear || !d.date.hasYear())
            continue;
        earliestNamed = std::min(earliestNamed, dayKey(d.date));
        named.insert(d.date.yearValue());
        if (!insideQuotation(text, paragraphs, d.offset))
            namedOutsideQuotations.insert(d.date.yearValue());
        if (d.end && d.end->hasYear())
            named.insert(d.end->yearValue());
        if (published && published->precision() == PartialDate::Precision::DayOfYear &&
            d.date.precision() == PartialDate::Precision::Day &&
            d.date.monthValue() == published->monthValue() &&
            d.date.dayValue() == published->dayValue())
            withDatelineDay.insert(d.date.yearValue());
    }
    const std::string undated =
        published ? "the dateline gives " + published->toHuman() : "no publication date";
    // The dateline's day in the chosen year: 29 February is only in leap years.
    const auto fitsDateline = [&](int year) {
        return !published ||
               published->dayValue() <= PartialDate::daysInMonth(year, published->monthValue());
    };
    if (withDatelineDay.size() == 1) {
        const int year = *withDatelineDay.begin();
        return {
            year,
            "year " + std::to_string(year) + " chosen from the text: " + undated +
                "; the text gives " +
                PartialDate::day(year, published->monthValue(), published->dayValue()).toHuman()};
    }
    if (named.size() == 1 && namedOutsideQuotations.size() == 1 && fitsDateline(*named.begin()) &&
        earliestYearless >= earliestNamed) {
        const int year = *named.begin();
        return {year, "year " + std::to_string(year) + " chosen from the text: " + undated + "; " +
                          std::to_string(year) + " is the only year the text names"};
    }
    if (named.empty())
        return {std::nullopt, "year not stated: " + undated + "; the text names no year"};
    return {std::nullopt,
            "year not stated: " + undated + "; the text names " +
                (named.size() == 1 ? "only " : "several years: ") + joinYears(named) +
                (named.size() != 1                  ? ""
                 : namedOutsideQuotations.empty()   ? ", in a quotation"
                 : earliestYearless < earliestNamed ? ", later in the year than a "
                                                      "date the text gives without one"
                                                    : ", not a year with that day")};
}

} // namespace

ArticleAnalysis analyseArticle(std::string_view text, const Gazetteer &gazetteer,
                               const std::optional<PartialDate> &published)
{
    ArticleAnalysis analysis;
    analysis.layout = analyseLayout(text);
    analysis.publisher = analysis.layout.publisher;
    analysis.published = published ? published : analysis.layout.published;
    const auto sentences = splitSentences(text, analysis.layout.body);
    if (analysis.layout.title) {
        analysis.title =
            titleFrom(text.substr(analysis.layout.title->offset, analysis.layout.title->length));
    } else if (!sentences.empty()) {
        // A dateline standing as a sentence ("ЕРЕВАН, 1 янв — Sputnik.", "MOSCOW, August 18.
        // /TASS/.") tells no story: the title is the sentence after it and its publisher.
        std::size_t chosen = 0;
        if (sentences.size() > 1 &&
            isDatelineAlone(text, sentences.front(), analysis.layout.datelines)) {
            chosen = 1;
            while (chosen + 1 < sentences.size() &&
                   text.substr(sentences[chosen].offset, sentences[chosen].length).find(' ') ==
                       std::string_view::npos)
                ++chosen;
        }
        const TextSpan &first = sentences[chosen];
        analysis.title = titleFrom(text.substr(first.offset, first.length));
    }
    analyseSentences(text, sentences, gazetteer, std::nullopt, analysis);
    if (analysis.published && analysis.published->hasYear())
        return analysis;

    // The publication date gives no year: the text may, and the dates are read again with it.
    const bool needsYear =
        analysis.published || std::any_of(analysis.dates.begin(), analysis.dates.end(),
                                          [](const DateMention &d) { return !d.date.hasYear(); });
    if (!needsYear)
        return analysis;
    const YearChoice choice =
        chooseYear(analysis.published, analysis.dates, text, analysis.layout.body);
    analysis.yearNote = choice.note;
    if (!choice.year)
        return analysis;
    if (analysis.published)
        analysis.published = PartialDate::day(*choice.year, analysis.published->monthValue(),
                                              analysis.published->dayValue());
    analyseSentences(text, sentences, gazetteer, choice.year, analysis);
    return analysis;
}

} // namespace csto::extract
