// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QString>

#include <functional>

namespace csto::app {

// The detail cards as HTML for QTextBrowser. Every piece of text from the database is escaped
// here, so names, summaries or article text can never act as markup; links are atlas: links.
// How a linked entity is named (e.g. its Russian name in a Russian interface); empty: as stored.
using EntityNamer = std::function<QString(const EntityHeader &)>;
[[nodiscard]] QString entityCardHtml(const EntityCard &card, const EntityNamer &nameOf = {});
[[nodiscard]] QString eventCardHtml(const EventCard &card, const EntityNamer &nameOf = {});
// The card shown before anything is selected; `counts` is empty while a large file loads.
[[nodiscard]] QString welcomeHtml(const std::optional<Counts> &counts);

} // namespace csto::app
