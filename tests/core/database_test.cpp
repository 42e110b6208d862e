// SPDX-License-Identifier: MIT
#include <core/database.h>
#include <core/error.h>

#include <catch2/catch.hpp>

using csto::Database;
using csto::DatabaseError;
using csto::Transaction;

namespace {

int countRows(Database &db)
{
    auto stmt = db.prepare("SELECT count(*) FROM t");
    return stmt.step() ? stmt.integer(0) : -1;
}

} // namespace

TEST_CASE("Statement binds and reads every type", "[database]")
{
    auto db = Database::inMemory();
    db.execScript("CREATE TABLE t(i INTEGER, r REAL, s TEXT, n TEXT);");
    db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        .bind(1, std::int64_t{1} << 40)
        .bind(2, 2.5)
        .bind(3, std::string_view("text with 'quotes' and \0 inside", 31))
        .bind(4, std::nullopt)
        .run();
    auto stmt = db.prepare("SELECT i, r, s, n FROM t");
    REQUIRE(stmt.step());
    CHECK(stmt.int64(0) == std::int64_t{1} << 40);
    CHECK(stmt.real(1) == 2.5);
    CHECK(stmt.text(2).size() == 31);
    CHECK(stmt.isNull(3));
    CHECK_FALSE(stmt.optionalText(3).has_value());
    CHECK_FALSE(stmt.step());
}

TEST_CASE("prepare refuses more than one statement", "[database]")
{
    auto db = Database::inMemory();
    db.execScript("CREATE TABLE t(x);");
    CHECK_THROWS_AS(db.prepare("SELECT 1; DROP TABLE t"), DatabaseError);
    CHECK_NOTHROW(db.prepare("SELECT 1;  \n"));
    CHECK_THROWS_AS(db.prepare("SELEC 1"), DatabaseError);
}

TEST_CASE("Transaction rolls back unless committed", "[database]")
{
    auto db = Database::inMemory();
    db.execScript("CREATE TABLE t(x);");
    {
        Transaction transaction(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
    }
    CHECK(countRows(db) == 0);
    try {
        Transaction transaction(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        throw std::runtime_error("failure half-way");
    } catch (const std::runtime_error &) {
    }
    CHECK(countRows(db) == 0);
    {
        Transaction transaction(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        transaction.commit();
    }
    CHECK(countRows(db) == 1);
}

TEST_CASE("Foreign keys are enforced", "[database]")
{
    auto db = Database::inMemory();
    db.execScript("CREATE TABLE p(id INTEGER PRIMARY KEY);"
                  "CREATE TABLE c(p INTEGER REFERENCES p(id));");
    CHECK_THROWS_AS(db.prepare("INSERT INTO c VALUES (42)").run(), DatabaseError);
}
