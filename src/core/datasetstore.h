// SPDX-License-Identifier: MIT
#pragma once

#include "model.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace csto {

class Database;

// Writes validated records into an open knowledge base and keeps the search index current.
// References (parents, participants, relation ends, sources) resolve against the records of the
// same dataset and those already stored. The caller owns the transaction.
void insertDataset(Database &db, const Dataset &dataset);
// The search index's row id for an entity, event or source: 4 * its row id + a code for its
// table (schema version 4), so its search row is found without scanning the index.
enum class SearchRef
{
    Entity = 0,
    Event = 1,
    Source = 2
};
[[nodiscard]] constexpr std::int64_t searchRowId(SearchRef ref, std::int64_t rowId)
{
    return 4 * rowId + static_cast<std::int64_t>(ref);
}

// Inserts one source (and its search entry) and returns its row id.
std::int64_t insertSource(Database &db, const SourceRecord &source);

// Reads the whole knowledge base back as records, in the order they were stored: what
// `csto-kb export` prints.
[[nodiscard]] Dataset loadDataset(Database &db);

// One record by row id, read as loadDataset reads it; nullopt if there is none.
[[nodiscard]] std::optional<SourceRecord> loadSource(Database &db, std::int64_t rowId);
[[nodiscard]] std::optional<EntityRecord> loadEntity(Database &db, std::int64_t rowId);
[[nodiscard]] std::optional<EventRecord> loadEvent(Database &db, std::int64_t rowId);
[[nodiscard]] std::optional<RelationRecord> loadRelation(Database &db, std::int64_t rowId);

// Rewrites the search row of an entity, event or source from what is stored now, or removes it
// when the record is gone: what a change and its revert do for every record they touched.
void reindexSearchRow(Database &db, SearchRef ref, std::int64_t rowId);

// Builds a new knowledge-base file from `dataset`, all or nothing: it is written beside `target`
// under a temporary name and renamed over it only when complete, so an error leaves no file (and
// an existing `target` untouched).
void buildKnowledgeBaseFile(const Dataset &dataset, const std::filesystem::path &target);
// The same for a knowledge base written by `fill` (in one transaction), for data too large to
// hold as one Dataset.
void buildKnowledgeBaseFile(const std::filesystem::path &target,
                            const std::function<void(Database &)> &fill);

// Now, in UTC, as the journal and imported articles record it: "2026-12-03T14:20:05Z".
[[nodiscard]] std::string utcTimestamp();

// Stores an article's text for a source already inserted, and makes the text searchable with
// the source's title and publisher.
void insertArticleText(Database &db, std::int64_t sourceRowId, const std::string &title,
                       const std::string &publisher, std::string_view text,
                       const std::string &importedAt);

} // namespace csto
