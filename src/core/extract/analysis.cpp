// SPDX-License-Identifier: MIT
#include "analysis.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>

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

// std::regex runs at a few MB/s; most sentences hold none of the words a rule needs, and looking
// for those words first keeps the regex for the sentences that might match.
template <typename Words> bool containsAny(std::string_view text, const Words &words)
{
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view word) { return text.find(word) != text.npos; });
}

bool overlapsAny(std::size_t offset, std::size_t length, const std::vector<Mention> &mentions)
{
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention &m) {
        return offset < m.offset + m.length && m.offset < offset + length;
    });
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
    static const std::regex place("\\b(?:in|at)\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)");
    if (!containsAny(sentence, std::array<std::string_view, 2>{"in", "at"}))
        return std::nullopt;
    const std::string owned(sentence);
    for (auto it = std::sregex_iterator(owned.begin(), owned.end(), place);
         it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1].str();
        const auto at = base + static_cast<std::size_t>(it->position(1));
        if (isCalendarWord(name.substr(0, name.find(' '))) ||
            overlapsAny(at, name.size(), mentions))
            continue;
        return name;
    }
    return std::nullopt;
}

void proposeEntities(std::string_view text, const TextSpan &sentence,
                     const std::vector<Mention> &mentions, std::set<std::string> &seen,
                     std::vector<ProposedEntity> &out)
{
    struct Rule
    {
        std::regex pattern;
        int group;
        std::optional<EntityKind> kind;      // nullopt: decided by the last word
        std::vector<std::string_view> needs; // a match contains one of these
    };
    static const std::vector<Rule> rules = {
        {std::regex("((?:[A-Z][\\w'-]*\\s+(?:(?:of|for|on|the|and)\\s+)*){1,7}(?:Council|Committee|"
                    "Commission|Assembly|Secretariat|Centre|Center|Staff|Forces|Force|Unit|"
                    "Agreement|Strategy|Programme|Program|Declaration|Charter|Treaty))\\b"),
         1,
         std::nullopt,
         {"Council", "Committee", "Commission", "Assembly", "Secretariat", "Cent", "Staff", "Force",
          "Unit", "Agreement", "Strategy", "Program", "Declaration", "Charter", "Treaty"}},
        {std::regex("\\b[Oo]peration\\s+([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)"),
         1,
         EntityKind::Operation,
         {"peration"}},
        {std::regex("\\b([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)\\s+(?:joint\\s+)?[Ee]xercise\\b"),
         1,
         EntityKind::Exercise,
         {"xercise"}},
        {std::regex(
             "(?:President|Minister|Secretary General|Chairman|[Ss]pokesman|Prime "
             "Minister|Ambassador|General)\\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\\s+[A-Z][a-z]+"
             "(?:-[A-Z][a-z]+)?){1,2})"),
         1,
         EntityKind::Person,
         {"President", "Minister", "Secretary General", "Chairman", "pokesman", "Ambassador",
          "General"}},
    };
    const std::string owned(text.substr(sentence.offset, sentence.length));
    for (const auto &rule : rules) {
        if (!containsAny(owned, rule.needs))
            continue;
        for (auto it = std::sregex_iterator(owned.begin(), owned.end(), rule.pattern);
             it != std::sregex_iterator(); ++it) {
            std::string name = (*it)[rule.group].str();
            std::size_t offset =
                sentence.offset + static_cast<std::size_t>(it->position(rule.group));
            while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())))
                name.pop_back();
            if (name.starts_with("The ")) { // "The Council" names nothing new
                name.erase(0, 4);
                offset += 4;
            }
            // A name of at least two words, not a list or a post ("Minister of Defence and ...").
            const bool oneWord = name.find(' ') == std::string::npos;
            const bool post = name.find("Minister") != std::string::npos ||
                              name.find("Chairman") != std::string::npos ||
                              name.find("Secretary of") != std::string::npos;
            if ((oneWord && !rule.kind) || post || name.find(" and ") != std::string::npos ||
                name.size() < 4 || overlapsAny(offset, name.size(), mentions))
                continue;
            EntityKind kind = EntityKind::Body;
            if (rule.kind) {
                kind = *rule.kind;
            } else {
                const std::string last = name.substr(name.rfind(' ') + 1);
                if (last == "Forces" || last == "Force" || last == "Unit")
                    kind = EntityKind::Force;
                else if (last == "Agreement" || last == "Strategy" || last == "Programme" ||
                         last == "Program" || last == "Declaration" || last == "Charter" ||
                         last == "Treaty")
                    kind = EntityKind::Document;
            }
            std::string key = name;
            std::transform(key.begin(), key.end(), key.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (!seen.insert(key).second)
                continue;
            out.push_back({name, kind, {offset, name.size()}});
        }
    }
}

// "the Treaty", "the Organization": a definite description naming an entity mentioned before.
// Resolved to the latest mention whose text ends with the same head noun.
void resolveDefiniteDescriptions(std::string_view text, const TextSpan &sentence,
                                 const std::vector<Mention> &earlier,
                                 std::vector<Mention> &mentions)
{
    static const std::regex description(
        "\\b[Tt]he\\s+(Organi[sz]ation|Treaty|Council|Charter|Committee|Agreement|Assembly|"
        "Secretariat|Commission|Forces)\\b");
    const std::string_view words = text.substr(sentence.offset, sentence.length);
    static constexpr std::array<std::string_view, 10> kHeads = {
        "Organi",    "Treaty",   "Council",     "Charter",    "Committee",
        "Agreement", "Assembly", "Secretariat", "Commission", "Forces"};
    if (words.find("he ") == words.npos || !containsAny(words, kHeads))
        return;
    const std::string owned(words);
    for (auto it = std::sregex_iterator(owned.begin(), owned.end(), description);
         it != std::sregex_iterator(); ++it) {
        const std::size_t offset = sentence.offset + static_cast<std::size_t>(it->position(0));
        const std::size_t length = static_cast<std::size_t>(it->length(0));
        if (overlapsAny(offset, length, mentions))
            continue;
        std::string head = (*it)[1].str();
        std::replace(head.begin(), head.end(), 'z', 's');
        for (auto m = earlier.rbegin(); m != earlier.rend(); ++m) {
            std::string named(text.substr(m->offset, m->length));
            std::replace(named.begin(), named.end(), 'z', 's');
            if (named.size() >= head.size() &&
                named.compare(named.size() - head.size(), head.size(), head) == 0) {
                mentions.push_back({offset, length, m->entityRowId});
                break;
            }
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.offset < b.offset; });
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
        analysis.title = titleFrom(text.substr(sentences.front().offset, sentences.front().length));
    }

    DateContext context;
    context.published = analysis.published;
    std::set<std::string> seenEntities;
    for (const auto &sentence : sentences) {
        const std::string_view s = text.substr(sentence.offset, sentence.length);
        auto mentions = gazetteer.find(s);
        for (auto &m : mentions)
            m.offset += sentence.offset;
        resolveDefiniteDescriptions(text, sentence, analysis.mentions, mentions);
        auto dates = findDates(s, context);
        // Dates inside entity names ("Enduring Brotherhood 2020") and datelines are not events.
        std::erase_if(dates, [&](DateMention &d) {
            d.offset += sentence.offset;
            const bool dateline =
                std::any_of(analysis.layout.datelines.begin(), analysis.layout.datelines.end(),
                            [&](const TextSpan &t) {
                                return d.offset < t.end() && t.offset < d.offset + d.length;
                            });
            return dateline || overlapsAny(d.offset, d.length, mentions);
        });
        for (const auto &d : dates) {
            if (d.hasExplicitYear && d.date.hasYear())
                context.narrativeYear = (d.end ? *d.end : d.date).yearValue();
        }
        std::vector<std::int64_t> participants;
        for (const auto &m : mentions) {
            if (std::find(participants.begin(), participants.end(), m.entityRowId) ==
                participants.end())
                participants.push_back(m.entityRowId);
        }
        if (!participants.empty()) {
            for (const auto &d : dates) {
                ProposedEvent event{d.date,       d.end,
                                    titleFrom(s), placeIn(s, sentence.offset, mentions),
                                    participants, sentence};
                const bool duplicate = std::any_of(
                    analysis.events.begin(), analysis.events.end(), [&](const ProposedEvent &e) {
                        return e.date == event.date && e.end == event.end &&
                               e.participants == event.participants;
                    });
                if (!duplicate)
                    analysis.events.push_back(std::move(event));
            }
        }
        proposeEntities(text, sentence, mentions, seenEntities, analysis.entities);
        analysis.mentions.insert(analysis.mentions.end(), mentions.begin(), mentions.end());
        analysis.dates.insert(analysis.dates.end(), dates.begin(), dates.end());
    }
    return analysis;
}

} // namespace csto::extract
