// SPDX-License-Identifier: MIT
#include "integritycheck.h"

#include "database.h"
#include "error.h"
#include "partialdate.h"

#include <optional>

namespace csto {
namespace {

constexpr int kMaxFindingsPerCheck = 20;

// Runs `sql`; every row it returns is a problem, described by its first column.
void findRows(Database &db, CheckReport &report, const std::string &check, const char *sql)
{
    auto stmt = db.prepare(sql);
    int found = 0;
    while (stmt.step() && found < kMaxFindingsPerCheck) {
        report.problems.push_back({check, stmt.text(0)});
        ++found;
    }
    if (found == 0)
        report.passed.push_back(check);
}

} // namespace

CheckReport checkKnowledgeBase(Database &db)
{
    CheckReport report;
    {
        auto stmt = db.prepare("PRAGMA integrity_check");
        std::vector<std::string> lines;
        while (stmt.step())
            lines.push_back(stmt.text(0));
        if (lines.size() == 1 && lines.front() == "ok")
            report.passed.push_back("SQLite integrity check");
        else
            for (const auto &line : lines)
                report.problems.push_back({"SQLite integrity check", line});
    }
    findRows(db, report, "foreign keys",
             "SELECT \"table \" || \"table\" || \" row \" || rowid || \" refers to a missing \" || "
             "parent FROM pragma_foreign_key_check");
    // FTS5's check needs a writable handle though it writes nothing: on a read-only connection,
    // use a plain second one (no journal-mode change) inside a transaction that is rolled back.
    const std::string ftsCheck = "search index (FTS5 integrity-check)";
    try {
        std::optional<Database> writable;
        if (db.isReadOnly())
            writable.emplace(db.path(), Database::Mode::ReadWrite);
        Database &target = writable ? *writable : db;
        Transaction transaction(target);
        target.prepare("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)")
            .run();
        report.passed.push_back(ftsCheck);
    } catch (const DatabaseError &error) {
        const bool readOnlyFile = (error.sqliteCode() & 0xff) == 8; // SQLITE_READONLY
        if (readOnlyFile)
            report.passed.push_back(ftsCheck + " skipped: the file is read-only");
        else
            report.problems.push_back({ftsCheck, error.what()});
    }
    // Search rows sit at 4 * row id + 0 (entity), 1 (event) or 2 (source): each lookup is by row
    // id.
    findRows(db, report, "every entity, event and source is searchable",
             "SELECT 'entity ' || slug || ' is missing from the search index' FROM entities e "
             "WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = 4 * e.id AND "
             "s.ref_type = 'entity') UNION ALL SELECT 'event ' || slug || ' is missing from the "
             "search index' FROM events v WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE "
             "s.rowid = 4 * v.id + 1 AND s.ref_type = 'event') UNION ALL SELECT 'source ' || slug "
             "|| ' is missing from the search index' FROM sources o WHERE NOT EXISTS (SELECT 1 "
             "FROM search_index s WHERE s.rowid = 4 * o.id + 2 AND s.ref_type = 'source')");
    findRows(db, report, "the search index holds nothing stale",
             "SELECT s.ref_type || ' ' || s.ref_id || ' is indexed but does not exist' FROM "
             "search_index s WHERE (s.ref_type = 'entity' AND NOT EXISTS (SELECT 1 FROM entities "
             "WHERE id = s.ref_id)) OR (s.ref_type = 'event' AND NOT EXISTS (SELECT 1 FROM events "
             "WHERE id = s.ref_id)) OR (s.ref_type = 'source' AND NOT EXISTS (SELECT 1 FROM "
             "sources WHERE id = s.ref_id)) OR s.ref_type NOT IN ('entity', 'event', 'source') OR "
             "s.rowid != 4 * s.ref_id + CASE s.ref_type WHEN 'entity' THEN 0 WHEN 'event' THEN 1 "
             "ELSE 2 END");
    findRows(db, report, "evidence points at existing facts inside their articles",
             "SELECT 'evidence ' || v.id || ' (' || v.fact_type || ' ' || v.fact_id || ') ' || "
             "CASE WHEN a.source_id IS NULL THEN 'cites an article whose text is missing' "
             "WHEN v.byte_offset + v.byte_length > length(CAST(a.text AS BLOB)) THEN 'lies outside "
             "its article' ELSE 'points at a missing fact' END FROM evidence v LEFT JOIN articles "
             "a ON a.source_id = v.source_id WHERE a.source_id IS NULL OR v.byte_offset + "
             "v.byte_length > length(CAST(a.text AS BLOB)) OR (v.fact_type = 'entity' AND NOT "
             "EXISTS (SELECT 1 FROM entities WHERE id = v.fact_id)) OR (v.fact_type = 'event' AND "
             "NOT EXISTS (SELECT 1 FROM events WHERE id = v.fact_id)) OR (v.fact_type = "
             "'relation' AND NOT EXISTS (SELECT 1 FROM relations WHERE id = v.fact_id))");

    int badDates = 0;
    for (const char *sql :
         {"SELECT 'event ' || slug, date FROM events UNION ALL SELECT 'event ' || slug, end_date "
          "FROM events WHERE end_date IS NOT NULL",
          "SELECT 'entity ' || slug, start_date FROM entities WHERE start_date IS NOT NULL UNION "
          "ALL SELECT 'entity ' || slug, end_date FROM entities WHERE end_date IS NOT NULL",
          "SELECT 'relation ' || id, start_date FROM relations WHERE start_date IS NOT NULL UNION "
          "ALL SELECT 'relation ' || id, end_date FROM relations WHERE end_date IS NOT NULL",
          "SELECT 'source ' || slug, published FROM sources WHERE published IS NOT NULL"}) {
        auto stmt = db.prepare(sql);
        while (stmt.step()) {
            if (!PartialDate::tryParse(stmt.text(1)) && badDates++ < kMaxFindingsPerCheck)
                report.problems.push_back(
                    {"dates", stmt.text(0) + " has the invalid date \"" + stmt.text(1) + "\""});
        }
    }
    if (badDates == 0)
        report.passed.push_back("dates");
    return report;
}

} // namespace csto
