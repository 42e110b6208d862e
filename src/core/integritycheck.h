// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace csto {

class Database;

// The health of a knowledge-base file: SQLite's integrity check, foreign keys, the FTS5 index
// (its own integrity-check, and one index row per entity, event and source, no row for
// anything gone), evidence that points at a missing fact or outside its article, and dates that
// do not parse. Reads only.
struct CheckReport
{
    struct Finding
    {
        std::string check;
        std::string problem;
    };
    std::vector<std::string> passed;
    std::vector<Finding> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

[[nodiscard]] CheckReport checkKnowledgeBase(Database &db);

} // namespace csto
