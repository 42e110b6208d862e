// SPDX-License-Identifier: MIT
#pragma once

#include "model.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace csto {

inline constexpr std::string_view kFormatName = "csto-atlas/1";

// Parses one JSON document of the export format into records, checking every field: types,
// required fields, ids, kinds, categories and dates. Cross-record checks (dangling references,
// duplicates, cycles) are validateDataset's. Throws DataError naming `file`, the JSON pointer and
// the problem, e.g. "kb/bodies.json: /entities/3/start: 2021-02-30: February 2021 has 28 days".
[[nodiscard]] Dataset parseDataset(std::string_view jsonText, const std::string &file);

// Reads a JSON file, or every *.json file of a folder in name order, and validates the result.
[[nodiscard]] Dataset readDataset(const std::filesystem::path &fileOrFolder);

// Checks the records against each other: unique ids, every reference resolves, every fact has a
// source, no cycle in the tree. Throws DataError located at the offending record.
void validateDataset(const Dataset &dataset);

// The export format, pretty-printed with two-space indentation and a final newline. Every field
// is written, null where absent, so the output is stable for export -> build -> export.
[[nodiscard]] std::string serialiseDataset(const Dataset &dataset);

// One record as the export format writes it (one element of its array), on one line: what the
// journal keeps as a change's before and after.
[[nodiscard]] std::string serialiseRecord(const SourceRecord &record);
[[nodiscard]] std::string serialiseRecord(const EntityRecord &record);
[[nodiscard]] std::string serialiseRecord(const EventRecord &record);
[[nodiscard]] std::string serialiseRecord(const RelationRecord &record);

// Checks one record by exactly the rules parseDataset applies to it (ids, kinds, categories,
// lengths, control characters, dates in order, ongoing against an end, at least one source), so
// the store's write operations accept nothing the export could not read back. Throws DataError
// with an empty file and the field's pointer ("/start"). References are the caller's to check.
void checkRecord(const SourceRecord &record);
void checkRecord(const EntityRecord &record);
void checkRecord(const EventRecord &record);
void checkRecord(const RelationRecord &record);

} // namespace csto
