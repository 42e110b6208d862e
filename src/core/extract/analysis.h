// SPDX-License-Identifier: MIT
#pragma once

#include "../model.h"
#include "articletext.h"
#include "dates.h"
#include "gazetteer.h"

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
};

struct ProposedEntity
{
    std::string name;
    EntityKind kind = EntityKind::Body;
    TextSpan evidence;
};

// What the pipeline finds in one article.
struct ArticleAnalysis
{
    ArticleLayout layout;
    std::string title;
    std::optional<std::string> publisher;
    std::optional<PartialDate> published;
    std::vector<Mention> mentions;
    std::vector<DateMention> dates;
    std::vector<ProposedEvent> events;
    std::vector<ProposedEntity> entities;
};

// Runs the pipeline on UTF-8 text: furniture dropped, title, outlet and dateline found, sentences
// split, entity mentions (gazetteer) and date expressions found; then a candidate event for each
// date in a sentence that names at least one known entity (participants are the sentence's
// entities, the place an "in <Name>" that is not an entity), and candidate new entities for
// names of councils, committees, operations, exercises, forces, documents and people (after a
// title such as "Minister") that the gazetteer does not know. `published` overrides the date
// found in the article.
[[nodiscard]] ArticleAnalysis analyseArticle(std::string_view text, const Gazetteer &gazetteer,
                                             const std::optional<PartialDate> &published);

} // namespace csto::extract
