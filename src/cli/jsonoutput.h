// SPDX-License-Identifier: MIT
#pragma once

#include <core/importer.h>
#include <core/knowledgebase.h>

#include <nlohmann/json.hpp>

#include <span>
#include <string>

// The machine-readable shapes `--json` prints. Field names are part of the command-line contract.
namespace csto::cli::json {

using Json = nlohmann::ordered_json;

[[nodiscard]] Json entityCard(const EntityCard &card);
[[nodiscard]] Json eventCard(const EventCard &card);
[[nodiscard]] Json timeline(std::span<const EventHeader> events);
[[nodiscard]] Json searchHits(const std::string &query, std::span<const SearchHit> hits);
// The import output contract: {"articles": [{"file", "source", "title", "publisher",
// "published", "status", "error", "mentions", "proposed_events", "proposed_entities"}]}.
[[nodiscard]] Json importReports(std::span<const ImportReport> reports);
[[nodiscard]] Json counts(const Counts &counts, const std::string &databasePath);

} // namespace csto::cli::json
