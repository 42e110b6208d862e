// SPDX-License-Identifier: MIT
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

namespace csto::test {

// Damages knowledge-base files the way tools and accidents do, through a plain SQLite connection:
// the program's own connections are defensive and refuse to write FTS5's shadow tables.
class RawDatabase
{
public:
    explicit RawDatabase(const std::filesystem::path &path)
    {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        m_db.reset(raw);
        if (rc != SQLITE_OK)
            throw std::runtime_error("cannot open " + path.string());
    }

    void exec(const std::string &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : "unknown error";
            sqlite3_free(message);
            throw std::runtime_error(sql + ": " + text);
        }
    }

    // The first column of the first row of `sql`, as an integer; `text` is bound to its
    // parameter, if it has one.
    long long number(const std::string &sql, const std::string &text = {})
    {
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db.get()));
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
        if (sqlite3_bind_parameter_count(raw) > 0)
            sqlite3_bind_text(raw, 1, text.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(raw) != SQLITE_ROW)
            throw std::runtime_error(sql + ": no row");
        return sqlite3_column_int64(raw, 0);
    }

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const noexcept { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> m_db;
};

// Scribbles over the root page of `table` (its only page in a small table), as a disk error
// would: SQLite reports "database disk image is malformed" when the table is read.
inline void corruptRootPage(const std::filesystem::path &path, const std::string &table)
{
    long long pageSize = 0;
    long long rootPage = 0;
    {
        RawDatabase db(path);
        pageSize = db.number("PRAGMA page_size");
        rootPage = db.number("SELECT rootpage FROM sqlite_schema WHERE name = ?", table);
    }
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>((rootPage - 1) * pageSize));
    const std::string junk(static_cast<std::size_t>(pageSize), '\x5a');
    file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
}

} // namespace csto::test
