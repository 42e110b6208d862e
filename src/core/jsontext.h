// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace csto {

// Limits on JSON the program reads from users. nlohmann/json parses very deep nesting but crashes
// copying or printing it, so depth is checked before parsing.
inline constexpr std::size_t kMaxJsonBytes = 256u * 1024u * 1024u;
inline constexpr int kMaxJsonDepth = 64;

// Reads a whole file of at most `maxBytes`; throws DataError(file, "", problem) if it cannot.
[[nodiscard]] std::string readTextFile(const std::filesystem::path &path, std::size_t maxBytes);

// Throws DataError(file, "", "nested deeper than 64 levels at byte N") when `text` nests too deep.
void checkJsonDepth(std::string_view text, const std::string &file);

// Parses a JSON document a user gave, after checkJsonDepth. Throws DataError naming `file`, the
// JSON pointer where one is known, and the problem: "the file is empty", "invalid JSON: ..." (a
// syntax error, invalid UTF-8, a number out of range), or a key given twice in one object, which
// JSON parsers otherwise resolve silently by keeping the last value:
//
//   {"name": "A", "name": "B"}        -> /name: the key "name" is given twice in one object
//   {"x": [{}, {"id": 1, "id": 2}]}   -> /x/1/id: the key "id" is given twice in one object
[[nodiscard]] nlohmann::json parseJsonText(std::string_view text, const std::string &file);

} // namespace csto
