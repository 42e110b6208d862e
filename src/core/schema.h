// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace csto {

class Database;

// The on-disk format of a knowledge base. A file carries the application id 'CSTO' and its schema
// version in PRAGMA user_version; migrations run forward, as cumulative steps in one transaction.
namespace schema {

inline constexpr int kApplicationId = 0x4353544F; // "CSTO"
inline constexpr int kCurrentVersion = 5;

// Opens a knowledge base for use: refuses files that are not SQLite, belong to another program or
// come from a newer version (IncompatibleDatabaseError, nothing written); creates the schema in an
// empty file; upgrades an older file (after a backup beside it, removed once the upgrade is
// committed). Read-only opens refuse files that would need an upgrade.
enum class Access
{
    ReadOnly,
    ReadWrite,
    Create
};
[[nodiscard]] Database open(const std::filesystem::path &path, Access access);

// Brings a writable database to kCurrentVersion. Exposed for tests of old -> new.
void migrate(Database &db);
// Creates the schema of exactly `version` in an empty database. Exposed for migration tests.
void createAtVersion(Database &db, int version);

} // namespace schema
} // namespace csto
