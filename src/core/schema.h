// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace csto {

class Database;

// The on-disk format of a knowledge base. A file carries the application id 'CSTO' and its schema
// version in PRAGMA user_version; migrations run forward, as cumulative steps in one transaction.
namespace schema {

inline constexpr int kApplicationId = 0x4353544F; // "CSTO"
inline constexpr int kCurrentVersion = 8;

// Opens a knowledge base. Every existing file is first looked at through a read-only connection:
// a file that is not SQLite, belongs to another program, has a schema version this program never
// wrote (negative, zero, newer) or tables that do not match its version is refused with an
// IncompatibleDatabaseError and left byte for byte as it was, its -wal and -journal included.
// - ReadOnly: an existing knowledge base of the current version, read-only.
// - ReadWrite: an existing knowledge base, upgraded if older (after a backup beside it, removed
//   once the upgrade has committed or rolled back). It opens read-only, with
//   Database::readOnlyReason() saying why, when the file or its folder is not writable. A write
//   interrupted by a killed process (a hot journal) is rolled back first, as SQLite does.
// - Create: a new knowledge base if the file does not exist (as `build` asks);
//   an existing file is opened as with ReadWrite, never overwritten.
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
