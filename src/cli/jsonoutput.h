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

// Records exactly as `csto-kb export` writes them; a relation gains its "id" (relation-<n>),
// first, so that `edit` and `delete` can address it.
[[nodiscard]] Json entityRecord(const EntityRecord &record);
[[nodiscard]] Json eventRecord(const EventRecord &record);
[[nodiscard]] Json relationRecord(const RelationRecord &record, const std::string &id);
// A journal entry: {"id", "time", "user", "action", "record_type", "record", "label", "before",
// "after", "reverts"}, with before and after as the records they hold (null where empty).
[[nodiscard]] Json change(const Change &change);
// A record the journal holds as text (Change::before/after): null when empty.
[[nodiscard]] Json journalRecord(const std::string &text);
// `csto-kb review --json`: {"proposals": [{"id", "type", "payload", "source", "source_title",
// "evidence": {"offset", "length"}}]}.
[[nodiscard]] Json proposals(std::span<const Proposal> proposals);
// `csto-kb list --json`: {"entities": [{"id", "kind", "category", "name"}]}.
[[nodiscard]] Json entityList(std::span<const EntityHeader> entities);

} // namespace csto::cli::json
