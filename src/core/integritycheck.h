// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace csto {

class Database;

// The health of a knowledge-base file: SQLite's integrity check, foreign keys, the FTS5 index
// (its own integrity-check, one index row per entity, event and source and none for anything
// gone, and a search by name finding each record), evidence that points at a missing fact or
// outside its article, stored text that is not UTF-8, and dates that do not parse. Each check
// runs on its own: one that cannot finish (a malformed page, a missing table) is listed as a
// problem and the others still run. Reads only.
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
