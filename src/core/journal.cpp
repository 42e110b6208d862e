// SPDX-License-Identifier: MIT
// The only file that uses SQLite's session extension: Debian's libsqlite3 is built with it, and
// its declarations in sqlite3.h are visible only with these two macros.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "journal.h"

#include "database.h"
#include "datasetstore.h"
#include "error.h"

#include <sqlite3.h>

#include <cstdlib>
#include <ctime>
#include <memory>
#include <pwd.h>
#include <set>
#include <unistd.h>
#include <utility>

namespace csto::journal {
namespace {

// The operating-system user making the change: the account of the effective user id, else
// $USER (a container without a passwd entry for its user).
std::string userName()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
        return entry->pw_name;
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    return "unknown";
}

// The tables a change is recorded in: every ordinary table but the journal itself. The search
// index is derived data, rewritten from the records after a change and after its revert; its
// shadow tables are ordinary tables to SQLite and are left out by name.
int recordsTable(void *, const char *table)
{
    const std::string_view name(table);
    return name != "journal" && !name.starts_with("search_index") && !name.starts_with("sqlite_");
}

struct SessionDeleter
{
    void operator()(sqlite3_session *session) const noexcept { sqlite3session_delete(session); }
};

// Records every row a write changes, from construction until changeset().
class Session
{
public:
    explicit Session(Database &db) : m_db(db)
    {
        sqlite3_session *session = nullptr;
        if (const int rc = sqlite3session_create(db.handle(), "main", &session); rc != SQLITE_OK)
            db.fail(rc, "recording a change");
        m_session.reset(session);
        sqlite3session_table_filter(session, &recordsTable, nullptr);
        if (const int rc = sqlite3session_attach(session, nullptr); rc != SQLITE_OK)
            db.fail(rc, "recording a change");
    }

    [[nodiscard]] std::string changeset()
    {
        int size = 0;
        void *data = nullptr;
        if (const int rc = sqlite3session_changeset(m_session.get(), &size, &data); rc != SQLITE_OK)
            m_db.fail(rc, "recording a change");
        std::string bytes(static_cast<const char *>(data), static_cast<std::size_t>(size));
        sqlite3_free(data);
        return bytes;
    }

private:
    Database &m_db;
    std::unique_ptr<sqlite3_session, SessionDeleter> m_session;
};

std::string inverted(Database &db, const std::string &changeset)
{
    int size = 0;
    void *data = nullptr;
    if (const int rc = sqlite3changeset_invert(static_cast<int>(changeset.size()),
                                               const_cast<char *>(changeset.data()), &size, &data);
        rc != SQLITE_OK)
        db.fail(rc, "reading a change of the journal");
    std::string bytes(static_cast<const char *>(data), static_cast<std::size_t>(size));
    sqlite3_free(data);
    return bytes;
}

// The entities, events and sources whose search rows a changeset may have changed: rows of their
// own tables and of the tables their search text comes from (aliases; an article's text). The
// first column of each of these tables is the owner's row id.
std::set<std::pair<SearchRef, std::int64_t>> touchedRecords(Database &db,
                                                            const std::string &changeset)
{
    std::set<std::pair<SearchRef, std::int64_t>> touched;
    sqlite3_changeset_iter *iterator = nullptr;
    if (const int rc = sqlite3changeset_start(&iterator, static_cast<int>(changeset.size()),
                                              const_cast<char *>(changeset.data()));
        rc != SQLITE_OK)
        db.fail(rc, "reading a change");
    const std::unique_ptr<sqlite3_changeset_iter, int (*)(sqlite3_changeset_iter *)> finalise(
        iterator, &sqlite3changeset_finalize);
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int operation = 0;
        int indirect = 0;
        sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect);
        const std::string_view name(table);
        std::optional<SearchRef> ref;
        if (name == "entities" || name == "aliases")
            ref = SearchRef::Entity;
        else if (name == "events" || name == "event_participants")
            ref = SearchRef::Event;
        else if (name == "sources" || name == "articles")
            ref = SearchRef::Source;
        if (!ref)
            continue;
        sqlite3_value *owner = nullptr;
        if (operation == SQLITE_INSERT)
            sqlite3changeset_new(iterator, 0, &owner);
        else
            sqlite3changeset_old(iterator, 0, &owner);
        if (owner)
            touched.emplace(*ref, sqlite3_value_int64(owner));
    }
    return touched;
}

void reindex(Database &db, const std::string &changeset)
{
    for (const auto &[ref, rowId] : touchedRecords(db, changeset))
        reindexSearchRow(db, ref, rowId);
}

std::int64_t insertEntry(Database &db, const Entry &entry, const std::string &changeset,
                         std::optional<std::int64_t> reverts)
{
    db.prepare("INSERT INTO journal(time, user, action, record_type, record_id, label, \"before\", "
               "\"after\", changeset, reverts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, utcTimestamp())
        .bind(2, userName())
        .bind(3, entry.action)
        .bind(4, entry.recordType)
        .bind(5, entry.recordId)
        .bind(6, entry.label)
        .bind(7, entry.before)
        .bind(8, entry.after)
        .bindBlob(9, changeset)
        .bind(10, reverts)
        .run();
    return db.lastInsertRowId();
}

constexpr const char *kChangeColumns = "SELECT id, time, user, action, record_type, record_id, "
                                       "label, \"before\", \"after\", reverts FROM journal ";

Change readChange(const Statement &stmt)
{
    Change change;
    change.id = stmt.int64(0);
    change.time = stmt.text(1);
    change.user = stmt.text(2);
    change.action = stmt.text(3);
    change.recordType = stmt.text(4);
    change.recordId = stmt.text(5);
    change.label = stmt.text(6);
    change.before = stmt.text(7);
    change.after = stmt.text(8);
    if (!stmt.isNull(9))
        change.reverts = stmt.int64(9);
    return change;
}

// Foreign keys are checked by hand after a revert (below): applying a changeset with them on
// would let ON DELETE CASCADE remove rows the changeset itself deletes next, a false conflict.
// The pragma has no effect inside a transaction, so this wraps the revert's transaction.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db) : m_db(db)
    {
        m_db.execScript("PRAGMA foreign_keys = OFF;");
    }
    ~ForeignKeysOff()
    {
        sqlite3_exec(m_db.handle(), "PRAGMA foreign_keys = ON;", nullptr, nullptr, nullptr);
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
};

int abortOnConflict(void *conflicted, int, sqlite3_changeset_iter *)
{
    *static_cast<bool *>(conflicted) = true;
    return SQLITE_CHANGESET_ABORT;
}

[[noreturn]] void refuseRevert(Database &db, const Change &original, const std::string &why)
{
    std::optional<Change> later;
    if (!original.recordId.empty()) {
        auto stmt = db.prepare(std::string(kChangeColumns) +
                               "WHERE id > ? AND record_id = ? ORDER BY id DESC LIMIT 1");
        stmt.bind(1, original.id).bind(2, original.recordId);
        if (stmt.step())
            later = readChange(stmt);
    }
    const std::string what =
        "cannot revert change " + std::to_string(original.id) + " (" + original.label + "): ";
    if (later)
        throw RevertConflictError(what + "change " + std::to_string(later->id) + " (" +
                                      later->label + ", " + later->time + " by " + later->user +
                                      ") " + why + "; revert it first. Nothing was changed.",
                                  later->id);
    throw RevertConflictError(what + "a later change " + why + ". Nothing was changed.", 0);
}

} // namespace

ChangeResult record(Database &db, const std::function<Entry()> &write)
{
    Transaction transaction(db);
    std::string changeset;
    Entry entry;
    {
        Session session(db);
        entry = write();
        changeset = session.changeset();
    }
    reindex(db, changeset);
    const auto id = insertEntry(db, entry, changeset, std::nullopt);
    transaction.commit();
    return {id, entry.recordId};
}

std::vector<Change> history(Database &db, std::optional<std::string_view> recordId,
                            std::size_t limit)
{
    auto stmt = db.prepare(std::string(kChangeColumns) +
                           (recordId ? "WHERE record_id = ? " : "WHERE ?1 IS NULL ") +
                           "ORDER BY id DESC LIMIT ?2");
    if (recordId)
        stmt.bind(1, *recordId);
    else
        stmt.bind(1, std::nullopt);
    constexpr auto kMax = static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max());
    stmt.bind(2, static_cast<std::int64_t>(std::min(limit, kMax)));
    std::vector<Change> changes;
    while (stmt.step())
        changes.push_back(readChange(stmt));
    return changes;
}

std::optional<Change> change(Database &db, std::int64_t changeId)
{
    auto stmt = db.prepare(std::string(kChangeColumns) + "WHERE id = ?");
    stmt.bind(1, changeId);
    if (!stmt.step())
        return std::nullopt;
    return readChange(stmt);
}

ChangeResult revert(Database &db, std::int64_t changeId,
                    const std::function<std::string(const Change &)> &snapshot)
{
    const auto original = change(db, changeId);
    if (!original)
        throw CurationError("no change " + std::to_string(changeId) + " in the journal");
    if (sqlite3_get_autocommit(db.handle()) == 0)
        throw Error("a revert cannot run inside another transaction");
    std::string changeset;
    {
        auto stmt = db.prepare("SELECT changeset FROM journal WHERE id = ?");
        stmt.bind(1, changeId);
        stmt.step();
        changeset = inverted(db, stmt.text(0));
    }

    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    Entry entry{"revert",
                original->recordType,
                original->recordId,
                "Revert: " + original->label,
                snapshot(*original),
                ""};
    bool conflicted = false;
    const int rc = sqlite3changeset_apply(db.handle(), static_cast<int>(changeset.size()),
                                          changeset.data(), nullptr, &abortOnConflict, &conflicted);
    if (conflicted || rc == SQLITE_ABORT)
        refuseRevert(db, *original, "changed the same record since");
    if (rc != SQLITE_OK)
        db.fail(rc, "reverting change " + std::to_string(changeId));
    if (db.prepare("PRAGMA foreign_key_check").step())
        refuseRevert(db, *original, "refers to what it would remove");
    reindex(db, changeset);
    entry.after = snapshot(*original);
    const auto id = insertEntry(db, entry, changeset, changeId);
    transaction.commit();
    return {id, original->recordId};
}

} // namespace csto::journal
