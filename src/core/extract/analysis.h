// SPDX-License-Identifier: MIT
#pragma once

#include "../model.h"
#include "articletext.h"
#include "dates.h"
#include "gazetteer.h"
#include "newentities.h"

#include <optional>
#include <string>
#include <vector>

namespace csto::extract {

struct ProposedEvent
{
    PartialDate date = PartialDate::year(2000);
    std::optional<PartialDate> end;
    std::string title;
    std::optional<std::string> place;
    std::vector<std::int64_t> participants; // entity row ids, in order of mention
    TextSpan evidence;                      // the sentence
    bool yearStated = false;                // the date expression itself states the year
    // Entities proposed in the same article that take part (by name): an exercise's occurrence.
    std::vector<std::string> proposedParticipants;
    std::string reason; // why it was proposed, when a rule other than "a dated sentence" found it
};

// What the pipeline finds in one article.
struct ArticleAnalysis
{
    ArticleLayout layout;
    std::string title;
    std::optional<std::string> publisher;
    std::optional<PartialDate> published;
    // When the publication date gives no year: how the year was chosen from the text, or why
    // none was ("year 2021 chosen from the text: the dateline gives 17 June, year not stated;
    // 2021 is the only year the text names").
    std::optional<std::string> yearNote;
    std::vector<Mention> mentions;
    std::vector<DateMention> dates;
    std::vector<ProposedEvent> events;
    std::vector<ProposedEntity> entities;
};

// Runs the pipeline on UTF-8 text: furniture dropped, title, outlet and dateline found, sentences
// split, entity mentions (gazetteer) and date expressions found; then a candidate event for each
// date in a sentence that names at least one known entity, in English or Russian (participants
// are the sentence's entities, the place an English "in <Name>" that is not an entity; a Russian
// «в Минске» is inflected, so no place is read from it), and candidate new entities
// (NewEntityFinder: exercises and operations, with an event for a year's occurrence; people
// after an office title; organisations, bodies and states) that the gazetteer does not know.
// `published` overrides the date found in the article. When the publication date gives no year (a
// dateline of day and month, or none) and dates need one, the year is taken from the text if it
// leaves no doubt: the one year with which the text repeats the dateline's day and month, else the
// only year the text names; it completes the publication date and dates the day-and-month
// expressions; `yearNote` says how it was chosen, or why none was.
[[nodiscard]] ArticleAnalysis analyseArticle(std::string_view text, const Gazetteer &gazetteer,
                                             const std::optional<PartialDate> &published);

} // namespace csto::extract
