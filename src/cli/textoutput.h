// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <ostream>
#include <span>

// The human-readable output of csto-kb, for a terminal.
namespace csto::cli::text {

void printEntityCard(std::ostream &out, const EntityCard &card);
void printEventCard(std::ostream &out, const EventCard &card);
void printTimeline(std::ostream &out, std::span<const EventHeader> events);
void printSearchHits(std::ostream &out, std::span<const SearchHit> hits);
void printCounts(std::ostream &out, const Counts &counts, const std::string &databasePath);

} // namespace csto::cli::text
