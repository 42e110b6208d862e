// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QString>

#include <functional>
#include <vector>

namespace csto::app {

// The detail cards as HTML for QTextBrowser. Every piece of text from the database is escaped
// here, so names, summaries or article text can never act as markup; links are atlas: links.
// How a linked entity is named (e.g. its Russian name in a Russian interface); empty: as stored.
using EntityNamer = std::function<QString(const EntityHeader &)>;
// What a card shows for curating its subject: its history (KnowledgeBase::history, newest
// first), and, when the knowledge base may be written, a Revert link per change
// ("atlas:revert/<change>") and an edit link per relation ("atlas:relation/relation-<n>").
struct CardCuration
{
    bool editable = false;
    std::vector<Change> history;
};
[[nodiscard]] QString entityCardHtml(const EntityCard &card, const EntityNamer &nameOf = {},
                                     const CardCuration &curation = {});
[[nodiscard]] QString eventCardHtml(const EventCard &card, const EntityNamer &nameOf = {},
                                    const CardCuration &curation = {});
// The card shown before anything is selected; `counts` is empty while a large file loads.
[[nodiscard]] QString welcomeHtml(const std::optional<Counts> &counts);

} // namespace csto::app
