// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <ostream>
#include <span>
#include <string>
#include <string_view>

// The human-readable output of csto-kb, for a terminal. Every string from a database, an article
// or the command line goes through forTerminal(): a terminal obeys control characters, so a name
// holding ESC sequences could otherwise clear the screen, retitle the window or hide text.
namespace csto::cli::text {

enum class LineBreaks
{
    Escape, // one-line fields (names, titles, ids): a line break would forge another line
    Keep,   // summaries and messages of several lines
};

// `text` with every control character written as an escape ("\x1b", "\n", "\u009b"): C0
// controls (line breaks and tabs kept if asked), DEL, C1 controls, the bidirectional overrides
// that reorder what is shown, and bytes that are not UTF-8.
[[nodiscard]] std::string forTerminal(std::string_view text,
                                      LineBreaks lineBreaks = LineBreaks::Escape);

void printEntityCard(std::ostream &out, const EntityCard &card);
void printEventCard(std::ostream &out, const EventCard &card);
void printTimeline(std::ostream &out, std::span<const EventHeader> events);
void printSearchHits(std::ostream &out, std::span<const SearchHit> hits);
void printCounts(std::ostream &out, const Counts &counts, const std::string &databasePath);
// `list`: one entity a line, "  Name  (kind) [id]".
void printEntityList(std::ostream &out, std::span<const EntityHeader> entities);
// `review`: one pending proposal a line with its id, the article it comes from below.
void printProposals(std::ostream &out, std::span<const Proposal> proposals);
// `history`: each change with its id, time, user, action and record, its label, and for an
// edit the fields it changed ("  start: \"2002\" -> \"2002-05\"").
void printHistory(std::ostream &out, std::span<const Change> changes);

} // namespace csto::cli::text
