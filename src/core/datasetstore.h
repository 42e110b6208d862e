// SPDX-License-Identifier: MIT
#pragma once

#include "model.h"

#include <filesystem>

namespace csto {

class Database;

// Writes validated records into an open knowledge base and keeps the search index current.
// References (parents, participants, relation ends, sources) resolve against the records of the
// same dataset and those already stored. The caller owns the transaction.
void insertDataset(Database &db, const Dataset &dataset);

// Reads the whole knowledge base back as records, in the order they were stored: what
// `csto-kb export` prints.
[[nodiscard]] Dataset loadDataset(Database &db);

// Builds a new knowledge-base file from `dataset`, all or nothing: it is written beside `target`
// under a temporary name and renamed over it only when complete, so an error leaves no file (and
// an existing `target` untouched).
void buildKnowledgeBaseFile(const Dataset &dataset, const std::filesystem::path &target);

} // namespace csto
