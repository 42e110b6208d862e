// SPDX-License-Identifier: MIT
#include "integritycheck.h"

#include "database.h"
#include "error.h"
#include "partialdate.h"
#include "searchquery.h"
#include "textkey.h"
#include "utf8.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace csto {
namespace {

constexpr std::size_t kMaxFindingsPerCheck = 20;

// What one check found: the first kMaxFindingsPerCheck problems and how many there were.
class Findings
{
public:
    void add(const std::string &problem)
    {
        if (m_listed.size() < kMaxFindingsPerCheck)
            m_listed.push_back(sanitiseUtf8(problem));
        ++m_total;
    }
    // Qualifies a "passed" line: " skipped: the file is read-only", " (a sample of ...)".
    void note(std::string text) { m_note = std::move(text); }

    [[nodiscard]] const std::vector<std::string> &listed() const { return m_listed; }
    [[nodiscard]] std::size_t total() const { return m_total; }
    [[nodiscard]] const std::string &note() const { return m_note; }

private:
    std::vector<std::string> m_listed;
    std::size_t m_total = 0;
    std::string m_note;
};

// Runs one check. A check that cannot finish (a malformed page, a missing table) is a problem
// of that check, listed with what it found so far; the other checks still run.
void runCheck(CheckReport &report, const std::string &name,
              const std::function<void(Findings &)> &check)
{
    Findings findings;
    try {
        check(findings);
    } catch (const Error &error) {
        findings.add(std::string("could not be completed: ") + error.what());
    }
    if (findings.total() == 0) {
        report.passed.push_back(name + findings.note());
        return;
    }
    for (const auto &problem : findings.listed())
        report.problems.push_back({name, problem});
    if (findings.total() > findings.listed().size())
        report.problems.push_back(
            {name, "and " + std::to_string(findings.total() - findings.listed().size()) +
                       " more problems of this kind"});
}

// Every row `sql` returns is a problem, described by its first column.
void findRows(Database &db, Findings &findings, const char *sql)
{
    auto stmt = db.prepare(sql);
    while (stmt.step())
        findings.add(stmt.text(0));
}

void sqliteIntegrity(Database &db, Findings &findings)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    while (stmt.step()) {
        // A row may hold several lines, under a heading such as "*** in database main ***".
        const std::string text = stmt.text(0);
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto end = std::min(text.find('\n', start), text.size());
            const std::string line = text.substr(start, end - start);
            if (!line.empty() && line != "ok" && !line.starts_with("***"))
                findings.add(line);
            start = end + 1;
        }
    }
}

// FTS5's check needs a writable handle though it writes nothing: on a read-only connection, use
// a plain second one (no journal-mode change) inside a transaction that is rolled back. The
// first connection stays open meanwhile, so closing the second never checkpoints a WAL.
void ftsIntegrity(Database &db, Findings &findings)
{
    try {
        std::optional<Database> writable;
        if (db.isReadOnly())
            writable.emplace(db.path(), Database::Mode::ReadWrite);
        Database &target = writable ? *writable : db;
        Transaction transaction(target);
        target.prepare("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)")
            .run();
    } catch (const DatabaseError &error) {
        constexpr int kSqliteReadOnly = 8;
        constexpr int kSqliteCorrupt = 11;
        const int code = error.sqliteCode() & 0xff;
        if (code == kSqliteReadOnly)
            findings.note(" skipped: the file is read-only");
        else if (code == kSqliteCorrupt)
            findings.add(std::string("the index does not match the text it indexes (") +
                         error.what() + ")");
        else
            findings.add(error.what());
    }
}

// Tells whether a name has any word FTS5 indexes ("—" has none), by indexing it alone in a
// scratch database with the knowledge base's tokenizer (schema.cpp's search_index).
class WordProbe
{
public:
    WordProbe() : m_db(Database::inMemory())
    {
        m_db.execScript("CREATE VIRTUAL TABLE probe USING fts5(name, tokenize = 'unicode61 "
                        "remove_diacritics 2', prefix = '1 2 3');");
    }

    [[nodiscard]] bool hasWords(const std::string &name, const std::string &query)
    {
        m_db.execScript("DELETE FROM probe;");
        m_db.prepare("INSERT INTO probe(rowid, name) VALUES (1, ?)").bind(1, name).run();
        auto found = m_db.prepare("SELECT 1 FROM probe WHERE probe MATCH ?");
        found.bind(1, query);
        return found.step();
    }

private:
    Database m_db;
};

// The name as one FTS5 phrase: its words in order, tokenized as they were indexed. An exact
// phrase lets FTS5 seek to the one row id; a prefix query would merge every matching term's
// list for each record.
std::string namePhrase(const std::string &name)
{
    std::string query = "name : \"";
    for (const char c : name)
        query += c == '"' ? std::string("\"\"") : std::string(1, c);
    return query + "\"";
}

// Searches for every indexed record by its name, so an index whose text is intact but whose
// inverted index lost rows (every search finding nothing) is seen. A search costs about a
// quarter of a millisecond, so a large index is checked on an evenly spread sample (damage to
// the index loses whole runs of rows); FTS5's integrity-check reads all of it.
void indexFindsRecords(Database &db, Findings &findings)
{
    constexpr std::int64_t kMaxSearches = 20000;
    auto count = db.prepare("SELECT count(*) FROM search_index");
    const std::int64_t total = count.step() ? count.int64(0) : 0;
    const std::int64_t every = (total + kMaxSearches - 1) / kMaxSearches;
    if (every > 1)
        findings.note(" (a sample of " + std::to_string((total + every - 1) / every) + " of " +
                      std::to_string(total) + " records, evenly spread)");
    std::int64_t position = 0;
    auto rows = db.prepare(
        "SELECT s.rowid, s.ref_type || ' ' || coalesce(CASE s.ref_type WHEN 'entity' THEN "
        "e.slug WHEN 'event' THEN v.slug ELSE o.slug END, s.ref_id), s.name FROM search_index s "
        "LEFT JOIN entities e ON s.ref_type = 'entity' AND e.id = s.ref_id LEFT JOIN events v ON "
        "s.ref_type = 'event' AND v.id = s.ref_id LEFT JOIN sources o ON s.ref_type = 'source' "
        "AND o.id = s.ref_id");
    auto find = db.prepare("SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ?");
    std::optional<WordProbe> probe;
    while (rows.step()) {
        if (position++ % every != 0)
            continue;
        const std::string name = rows.text(2);
        const std::string query = namePhrase(name);
        find.bind(1, query).bind(2, rows.int64(0));
        const bool found = find.step();
        find.reset();
        if (found)
            continue;
        if (!probe)
            probe.emplace();
        if (probe->hasWords(name, query))
            findings.add(rows.text(1) + " is not found by searching for its name");
    }
}

// Names, summaries and article text are shown and exported as Unicode: bytes that are not UTF-8
// (damage, or another program's writes) would be garbled on screen and stop `export`.
void storedTextIsUtf8(Database &db, Findings &findings)
{
    struct Table
    {
        const char *sql; // a description of the row, then the text columns
        std::vector<const char *> columns;
    };
    const Table tables[] = {
        {"SELECT 'source ' || id || ' (' || slug || ')', slug, publisher, published, title, "
         "language, sha256, file FROM sources",
         {"id", "publisher", "published", "title", "language", "sha256", "file"}},
        {"SELECT 'entity ' || id || ' (' || slug || ')', slug, kind, category, name, summary, "
         "start_date, end_date FROM entities",
         {"id", "kind", "category", "name", "summary", "start", "end"}},
        {"SELECT 'alias ' || position || ' of entity ' || entity_id, alias FROM aliases", {"text"}},
        {"SELECT 'event ' || id || ' (' || slug || ')', slug, date, end_date, title, summary, "
         "place FROM events",
         {"id", "date", "end", "title", "summary", "place"}},
        {"SELECT 'participant ' || position || ' of event ' || event_id, role FROM "
         "event_participants",
         {"role"}},
        {"SELECT 'relation ' || id, type, start_date, end_date, role, summary FROM relations",
         {"type", "start", "end", "role", "summary"}},
        {"SELECT 'article of source ' || source_id, text, imported_at FROM articles",
         {"text", "imported at"}},
        {"SELECT 'proposal ' || id, payload FROM proposals", {"payload"}},
        {"SELECT 'setting ' || key, key, value FROM meta", {"key", "value"}},
    };
    for (const auto &table : tables) {
        auto stmt = db.prepare(table.sql);
        while (stmt.step()) {
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                const int column = static_cast<int>(i) + 1;
                if (stmt.isNull(column))
                    continue;
                if (const auto at = utf8::firstInvalidByte(stmt.text(column)))
                    findings.add(stmt.text(0) + ": its " + table.columns[i] +
                                 " is not valid UTF-8 (byte " + std::to_string(*at) + ")");
            }
        }
    }
}

// Names are looked up by the text keys stored beside them (schema version 8): a name another
// program wrote without its key, or changed without it, is not found by `show` or the tree filter.
void textKeysCurrent(Database &db, Findings &findings)
{
    auto stmt = db.prepare("SELECT 'entity ' || slug, name, name_key FROM entities UNION ALL "
                           "SELECT 'alias ' || a.position || ' of entity ' || e.slug, a.alias, "
                           "a.alias_key FROM aliases a JOIN entities e ON e.id = a.entity_id");
    while (stmt.step()) {
        if (textKey(stmt.text(1)) != stmt.text(2))
            findings.add(stmt.text(0) + ": the stored lookup key \"" + sanitiseUtf8(stmt.text(2)) +
                         "\" is not that of its name");
    }
}

void datesParse(Database &db, Findings &findings)
{
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
            if (!PartialDate::tryParse(stmt.text(1)))
                findings.add(stmt.text(0) + " has the invalid date \"" + stmt.text(1) + "\"");
        }
    }
}

} // namespace

CheckReport checkKnowledgeBase(Database &db)
{
    CheckReport report;
    runCheck(report, "SQLite integrity check", [&](Findings &f) { sqliteIntegrity(db, f); });
    runCheck(report, "foreign keys", [&](Findings &f) {
        findRows(
            db, f,
            "SELECT \"table \" || \"table\" || \" row \" || rowid || \" refers to a missing \" "
            "|| parent FROM pragma_foreign_key_check");
    });
    runCheck(report, "search index (FTS5 integrity-check)",
             [&](Findings &f) { ftsIntegrity(db, f); });
    // Search rows sit at 4 * row id + 0 (entity), 1 (event) or 2 (source): each lookup is by row
    // id.
    runCheck(report, "every entity, event and source is searchable", [&](Findings &f) {
        findRows(db, f,
                 "SELECT 'entity ' || slug || ' is missing from the search index' FROM entities e "
                 "WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = 4 * e.id AND "
                 "s.ref_type = 'entity') UNION ALL SELECT 'event ' || slug || ' is missing from "
                 "the search index' FROM events v WHERE NOT EXISTS (SELECT 1 FROM search_index s "
                 "WHERE s.rowid = 4 * v.id + 1 AND s.ref_type = 'event') UNION ALL SELECT 'source "
                 "' || slug || ' is missing from the search index' FROM sources o WHERE NOT "
                 "EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = 4 * o.id + 2 AND "
                 "s.ref_type = 'source')");
    });
    runCheck(report, "the search index finds every record by its name",
             [&](Findings &f) { indexFindsRecords(db, f); });
    runCheck(report, "the search index holds nothing stale", [&](Findings &f) {
        findRows(db, f,
                 "SELECT s.ref_type || ' ' || s.ref_id || ' is indexed but does not exist' FROM "
                 "search_index s WHERE (s.ref_type = 'entity' AND NOT EXISTS (SELECT 1 FROM "
                 "entities WHERE id = s.ref_id)) OR (s.ref_type = 'event' AND NOT EXISTS (SELECT "
                 "1 FROM events WHERE id = s.ref_id)) OR (s.ref_type = 'source' AND NOT EXISTS "
                 "(SELECT 1 FROM sources WHERE id = s.ref_id)) OR s.ref_type NOT IN ('entity', "
                 "'event', 'source') OR s.rowid != 4 * s.ref_id + CASE s.ref_type WHEN 'entity' "
                 "THEN 0 WHEN 'event' THEN 1 ELSE 2 END");
    });
    runCheck(report, "evidence points at existing facts inside their articles", [&](Findings &f) {
        findRows(
            db, f,
            "SELECT 'evidence ' || v.id || ' (' || v.fact_type || ' ' || v.fact_id || ') ' || "
            "CASE WHEN a.source_id IS NULL THEN 'cites an article whose text is missing' "
            "WHEN v.byte_offset + v.byte_length > length(CAST(a.text AS BLOB)) THEN 'lies outside "
            "its article' ELSE 'points at a missing fact' END FROM evidence v LEFT JOIN articles "
            "a ON a.source_id = v.source_id WHERE a.source_id IS NULL OR v.byte_offset + "
            "v.byte_length > length(CAST(a.text AS BLOB)) OR (v.fact_type = 'entity' AND NOT "
            "EXISTS (SELECT 1 FROM entities WHERE id = v.fact_id)) OR (v.fact_type = 'event' AND "
            "NOT EXISTS (SELECT 1 FROM events WHERE id = v.fact_id)) OR (v.fact_type = "
            "'relation' AND NOT EXISTS (SELECT 1 FROM relations WHERE id = v.fact_id))");
    });
    runCheck(report, "stored text is valid UTF-8", [&](Findings &f) { storedTextIsUtf8(db, f); });
    runCheck(report, "dates", [&](Findings &f) { datesParse(db, f); });
    runCheck(report, "names are found by their lookup keys",
             [&](Findings &f) { textKeysCurrent(db, f); });
    return report;
}

} // namespace csto
