// SPDX-License-Identifier: MIT
#include "database.h"

#include "error.h"

#include <sqlite3.h>

namespace csto {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// A path as the path part of a file: URI, every byte but unreserved ones and '/' percent-encoded.
std::string uriPath(const std::filesystem::path &path)
{
    constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri;
    for (const unsigned char c : std::filesystem::absolute(path).string()) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.' || c == '_' ||
                           c == '~';
        if (plain) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0xf];
        }
    }
    return uri;
}

} // namespace

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const noexcept
{
    sqlite3_finalize(stmt);
}

Statement::Statement(Database &db, std::string_view sql) : m_db(db)
{
    sqlite3_stmt *raw = nullptr;
    const char *tail = nullptr;
    const int rc =
        sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), 0, &raw, &tail);
    m_stmt.reset(raw);
    if (rc != SQLITE_OK)
        db.fail(rc, "preparing SQL");
    // One statement per Statement: trailing SQL would be silently ignored otherwise.
    for (const char *p = tail; p && p < sql.data() + sql.size(); ++p) {
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != ';')
            throw DatabaseError("more than one SQL statement given to prepare", SQLITE_MISUSE);
    }
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt.get(), index, value); rc != SQLITE_OK)
        m_db.fail(rc, "binding a parameter");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt.get(), index, value); rc != SQLITE_OK)
        m_db.fail(rc, "binding a parameter");
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_db.fail(rc, "binding a parameter");
    return *this;
}

Statement &Statement::bind(int index, std::nullopt_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt.get(), index); rc != SQLITE_OK)
        m_db.fail(rc, "binding a parameter");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(rc, "running SQL");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    const int rc =
        sqlite3_bind_blob64(m_stmt.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc, "binding a parameter");
    return *this;
}

std::string Statement::text(int column) const
{
    const auto *data = sqlite3_column_text(m_stmt.get(), column);
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return data ? std::string(reinterpret_cast<const char *>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

void Database::Closer::operator()(sqlite3 *db) const noexcept
{
    // close_v2 defers the close until every statement is finalized instead of failing with BUSY.
    sqlite3_close_v2(db);
}

Database::Database(const std::filesystem::path &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnlyUnlocked:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    if (mode != Mode::Create && !std::filesystem::exists(path))
        throw IncompatibleDatabaseError(path.string() + ": no such file");
    const std::string name =
        mode == Mode::ReadOnlyUnlocked ? "file:" + uriPath(path) + "?immutable=1" : path.string();
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
    m_handle.reset(raw);
    if (rc != SQLITE_OK)
        throw DatabaseError(
            path.string() + ": cannot open: " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
            rc);
    m_readOnly = mode == Mode::ReadOnly || mode == Mode::ReadOnlyUnlocked;
    configure();
}

Database Database::inMemory()
{
    Database db;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                       SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                                   nullptr);
    db.m_handle.reset(raw);
    if (rc != SQLITE_OK)
        throw DatabaseError("cannot open an in-memory database", rc);
    db.m_path = ":memory:";
    db.configure();
    return db;
}

void Database::configure()
{
    sqlite3 *db = m_handle.get();
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // Files come from users: never let a crafted schema run functions through views or triggers,
    // and refuse writes that could corrupt the file by other means than SQL.
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Nothing is written here: the schema version is checked (Schema) before WAL is switched on.
    execScript("PRAGMA foreign_keys = ON;");
}

void Database::execScript(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle.get(), sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw DatabaseError(m_path.string() + ": " + text + readOnlyNote(rc), rc);
    }
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle.get());
}

int Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    return stmt.step() ? stmt.integer(0) : 0;
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no parameters; the value is an int we produced, not user text.
    execScript(("PRAGMA user_version = " + std::to_string(version) + ";").c_str());
}

void Database::backupTo(const std::filesystem::path &target)
{
    sqlite3 *raw = nullptr;
    int rc =
        sqlite3_open_v2(target.c_str(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<sqlite3, Closer> destination(raw);
    if (rc != SQLITE_OK)
        throw DatabaseError(target.string() + ": cannot create: " + sqlite3_errstr(rc), rc);
    sqlite3_backup *backup = sqlite3_backup_init(raw, "main", m_handle.get(), "main");
    if (!backup)
        throw DatabaseError(target.string() + ": cannot copy: " + sqlite3_errmsg(raw),
                            sqlite3_errcode(raw));
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw DatabaseError(target.string() + ": copy failed: " + sqlite3_errstr(rc), rc);
}

void Database::fail(int code, std::string_view context) const
{
    std::string message = m_path.string() + ": " + std::string(context) + ": " +
                          sqlite3_errmsg(m_handle.get()) + readOnlyNote(code);
    throw DatabaseError(message, code);
}

std::string Database::readOnlyNote(int code) const
{
    if ((code & 0xff) != SQLITE_READONLY || m_readOnlyReason.empty())
        return {};
    return " (the knowledge base was opened read-only: " + m_readOnlyReason + ")";
}

Transaction::Transaction(Database &db)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.execScript(m_nested ? "SAVEPOINT nested;" : "BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO nested; RELEASE nested;", nullptr, nullptr,
                     nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.execScript(m_nested ? "RELEASE nested;" : "COMMIT;");
    m_done = true;
}

} // namespace csto
