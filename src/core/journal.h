// SPDX-License-Identifier: MIT
#pragma once

#include "curation.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csto {
class Database;
}

// The journal of changes (schema version 7), for the store's write operations. Internal to core:
// callers see KnowledgeBase's operations and the Change records of curation.h.
namespace csto::journal {

// What one write says about itself, for its journal entry.
struct Entry
{
    std::string action;
    std::string recordType;
    std::string recordId;
    std::string label;
    std::string before;
    std::string after;
};

// Runs `write` as one change: in one transaction (a savepoint inside another), with every row it
// changes recorded (all tables but the journal and the search index's own); then rewrites the
// search rows of every entity, event and source it touched, and stores its journal entry with
// what it changed, so it can be reverted. An exception from `write` leaves nothing behind.
ChangeResult record(Database &db, const std::function<Entry()> &write);

// Newest first; only the entries whose record is `recordId` when given.
[[nodiscard]] std::vector<Change> history(Database &db, std::optional<std::string_view> recordId,
                                          std::size_t limit);
[[nodiscard]] std::optional<Change> change(Database &db, std::int64_t changeId);

// Undoes a change exactly as a new change (action "revert"). `snapshot` reads the reverted
// change's record as the export writes it ("" when it does not exist), for the new entry's
// before and after. Throws RevertConflictError, changing nothing, when the rows the change wrote
// are no longer as it left them; CurationError for an unknown change.
ChangeResult revert(Database &db, std::int64_t changeId,
                    const std::function<std::string(const Change &)> &snapshot);

} // namespace csto::journal
