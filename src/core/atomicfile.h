// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string_view>

namespace csto {

// Writes `content` to a temporary file beside `target`, flushes it to disk and renames it over
// `target`: readers see the old file or the new one, never half of one. Throws Error on failure,
// leaving `target` as it was and no temporary file behind.
void writeFileAtomically(const std::filesystem::path &target, std::string_view content);

} // namespace csto
