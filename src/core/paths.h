// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>

namespace csto {

// Where the user's knowledge base lives: $XDG_DATA_HOME/csto-atlas/csto-atlas.db (by default
// ~/.local/share/csto-atlas/csto-atlas.db), the same place Qt's AppDataLocation names for the
// window, so the window and csto-kb share one default database.
[[nodiscard]] std::filesystem::path defaultDatabasePath();

// The knowledge base built from data/kb: $CSTO_ATLAS_BUNDLED_DB if set, else
// <dir of the running program>/../share/csto-atlas/csto-atlas.db, which holds both in the build
// tree and in an installed tree.
[[nodiscard]] std::optional<std::filesystem::path> bundledDatabasePath();

// Returns the default database, first creating it as a copy of the bundled knowledge base if it
// does not exist yet. Throws Error if neither exists.
std::filesystem::path ensureDefaultDatabase();

} // namespace csto
