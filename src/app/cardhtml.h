// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QString>

namespace csto::app {

// The detail cards as HTML for QTextBrowser. Every piece of text from the database is escaped
// here, so names, summaries or article text can never act as markup; links are atlas: links.
[[nodiscard]] QString entityCardHtml(const EntityCard &card);
[[nodiscard]] QString eventCardHtml(const EventCard &card);
// The card shown before anything is selected; `counts` is empty while a large file loads.
[[nodiscard]] QString welcomeHtml(const std::optional<Counts> &counts);

} // namespace csto::app
