// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace csto {

// The core's error policy: everything it throws derives from Error. "Not found" is never an
// exception (queries return std::optional); bad input that the user can fix is a DataError or a
// DateError, whose message names what is wrong; a DatabaseError carries SQLite's result code.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class DatabaseError : public Error
{
public:
    DatabaseError(const std::string &message, int sqliteCode)
        : Error(message), m_sqliteCode(sqliteCode)
    {}
    [[nodiscard]] int sqliteCode() const noexcept { return m_sqliteCode; }

private:
    int m_sqliteCode;
};

// A database file this program must not use: not SQLite, another program's, or a newer schema.
class IncompatibleDatabaseError : public Error
{
public:
    using Error::Error;
};

// An output file could not be written (nothing was left behind).
class WriteError : public Error
{
public:
    using Error::Error;
};

class DateError : public Error
{
public:
    using Error::Error;
};

// Invalid data in a JSON file: names the file, the JSON path (RFC 6901 pointer) and the problem.
class DataError : public Error
{
public:
    DataError(std::string file, std::string jsonPath, std::string problem)
        : Error(file + ": " + (jsonPath.empty() ? std::string("/") : jsonPath) + ": " + problem),
          m_file(std::move(file)), m_jsonPath(std::move(jsonPath)), m_problem(std::move(problem))
    {}
    [[nodiscard]] const std::string &file() const noexcept { return m_file; }
    [[nodiscard]] const std::string &jsonPath() const noexcept { return m_jsonPath; }
    [[nodiscard]] const std::string &problem() const noexcept { return m_problem; }

private:
    std::string m_file;
    std::string m_jsonPath;
    std::string m_problem;
};

} // namespace csto
