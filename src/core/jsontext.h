// SPDX-License-Identifier: MIT
#pragma once

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

} // namespace csto
