// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace csto {

class Database;

// One prepared statement. Binding is 1-based (SQLite's convention); columns are 0-based.
class Statement
{
public:
    Statement(Database &db, std::string_view sql);

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    Statement &bind(int index, std::nullopt_t);
    // Binds bytes as a BLOB (text() reads them back unchanged).
    Statement &bindBlob(int index, std::string_view bytes);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    // Advances to the next row: true while a row is available, false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *stmt) const noexcept;
    };
    Database &m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

// An open SQLite connection with the project's settings: foreign keys on, a busy timeout, and
// (for files opened for writing) WAL and defensive mode. Opening checks that the file is a
// CSTO Atlas database the program understands before anything is written to it.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite, // the file must exist
        Create,    // created if missing
        // Read-only without locks or a -shm file (SQLite's immutable=1), for a file in a folder
        // this process cannot write, where a WAL-mode file cannot be read otherwise. Only for a
        // file with no -wal or -journal beside it: one nobody here can be changing.
        ReadOnlyUnlocked,
    };

    Database(const std::filesystem::path &path, Mode mode);
    // A private in-memory database (for tests and scratch work).
    [[nodiscard]] static Database inMemory();

    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;

    [[nodiscard]] Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    // Runs one or more statements of trusted, constant SQL (schema scripts); no parameters.
    void execScript(const char *sql);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] bool isReadOnly() const noexcept { return m_readOnly; }
    // Why a knowledge base the user opened for writing was opened read-only (the file or its
    // folder is not writable); empty otherwise. Errors of writes name it.
    [[nodiscard]] const std::string &readOnlyReason() const noexcept { return m_readOnlyReason; }
    void setReadOnlyReason(std::string reason) { m_readOnlyReason = std::move(reason); }
    [[nodiscard]] const std::filesystem::path &path() const noexcept { return m_path; }

    // Copies the whole database to `target` with SQLite's online backup, so a live database is
    // copied consistently.
    void backupTo(const std::filesystem::path &target);

    [[nodiscard]] sqlite3 *handle() const noexcept { return m_handle.get(); }

    // Throws DatabaseError with SQLite's message for `code`.
    [[noreturn]] void fail(int code, std::string_view context) const;

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const noexcept;
    };
    Database() = default;
    void configure();
    [[nodiscard]] std::string readOnlyNote(int code) const;

    std::unique_ptr<sqlite3, Closer> m_handle;
    std::filesystem::path m_path;
    bool m_readOnly = false;
    std::string m_readOnlyReason;
};

// A write transaction: begins (IMMEDIATE, so a writer waits for the lock up front rather than
// failing half-way) in the constructor and rolls back in the destructor unless commit() was
// called. The destructor never throws. Inside another transaction it is a savepoint, so a batch
// (an import of many articles that may be cancelled) can hold its parts all or nothing.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace csto
