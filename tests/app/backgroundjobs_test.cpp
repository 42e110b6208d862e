// SPDX-License-Identifier: MIT
// The window's background work (import, timeline loading, Check Knowledge Base) is owned by one
// object that stops and joins every worker on close, and a knowledge base busy with another
// writer is said to be busy, not damaged.
#include "support/articles.h"
#include "support/bundledkb.h"

#include <core/database.h>
#include <core/sqliteknowledgebase.h>
#include <core/error.h>
#include <core/synth/synthesis.h>

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <app/backgroundjobs.h>
#include <app/databaseguard.h>
#include <app/knowledgebasecheck.h>
#include <app/mainwindow.h>
#include <atomic>

using csto::app::BackgroundJobs;
using csto::app::DatabaseGuard;
using csto::app::KnowledgeBaseCheck;
using csto::app::MainWindow;

namespace {

std::filesystem::path syntheticKb(const csto::test::TempDir &dir, std::size_t events)
{
    csto::synth::SynthOptions options;
    options.entities = 400;
    options.events = events;
    options.articles = 40;
    options.seed = 11;
    const auto path = dir / "synthetic.db";
    csto::synth::synthesise(options, path);
    return path;
}

std::int64_t sourceCount(const std::filesystem::path &path)
{
    csto::Database db(path, csto::Database::Mode::ReadOnly);
    auto count = db.prepare("SELECT count(*) FROM sources");
    REQUIRE(count.step());
    return count.int64(0);
}

} // namespace

TEST_CASE("Background jobs: done runs on the owner's thread; stopAll joins and runs no done",
          "[window][jobs]")
{
    BackgroundJobs jobs;
    QThread *gui = QThread::currentThread();

    std::atomic_bool ranOnWorker{false};
    bool doneOnGui = false;
    std::exception_ptr escaped;
    QSignalSpy ended(&jobs, &BackgroundJobs::jobEnded);
    const auto throwing = jobs.start(
        QStringLiteral("throws"),
        [&](const std::atomic_bool &) {
            ranOnWorker = QThread::currentThread() != gui;
            throw csto::Error("no such table: events");
        },
        [&](std::exception_ptr error) {
            doneOnGui = QThread::currentThread() == gui;
            escaped = error;
        });
    REQUIRE(ended.wait(10000));
    CHECK(ended.first().first().toInt() == throwing);
    CHECK(ranOnWorker);
    CHECK(doneOnGui);
    REQUIRE(escaped);
    CHECK_THROWS_WITH(std::rethrow_exception(escaped), "no such table: events");
    CHECK(jobs.runningCount() == 0);

    // Two jobs that run until told to stop: stopAll raises both flags, joins both threads, and
    // neither's done runs, now or later.
    std::atomic_int running{0};
    bool doneRan = false;
    for (int i = 0; i < 2; ++i)
        jobs.start(
            QStringLiteral("endless"),
            [&](const std::atomic_bool &stop) {
                ++running;
                while (!stop)
                    QThread::msleep(1);
                --running;
            },
            [&](std::exception_ptr) { doneRan = true; });
    REQUIRE(QTest::qWaitFor([&] { return running == 2; }, 10000));
    CHECK(jobs.runningCount() == 2);
    jobs.stopAll();
    CHECK(running == 0);
    CHECK(jobs.runningCount() == 0);
    QTest::qWait(20); // the workers' queued "finished" signals arrive, and change nothing
    CHECK_FALSE(doneRan);
}

TEST_CASE("Check Knowledge Base runs on a worker and shows its report", "[window][jobs][check]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    window.show();
    auto *check = window.knowledgeBaseCheck();
    QSignalSpy finished(check, &KnowledgeBaseCheck::finished);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(1);
    check->start(copy.path());
    // start() returned before the check was done: it runs on a worker, and the window's
    // thread keeps turning meanwhile.
    CHECK(check->isRunning());
    CHECK(check->report() == nullptr);
    CHECK(window.backgroundJobs()->runningCount() == 1);
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toBool());
    CHECK(ticks > 0);
    REQUIRE(check->report());
    CHECK(check->report()->text() == QStringLiteral("The knowledge base is sound."));
    CHECK(check->report()->detailedText().contains(QStringLiteral("SQLite integrity check")));
    CHECK_FALSE(check->isRunning());
    check->report()->close();
}

TEST_CASE("Closing the window during a long Check stops and joins it", "[window][jobs][check]")
{
    csto::test::TempDir dir;
    const auto path = syntheticKb(dir, 20000);
    bool shown = false;
    {
        MainWindow window(csto::KnowledgeBase::open(path, csto::schema::Access::ReadWrite), path);
        window.show();
        QSignalSpy finished(window.knowledgeBaseCheck(), &KnowledgeBaseCheck::finished);
        window.knowledgeBaseCheck()->start(path);
        REQUIRE(window.knowledgeBaseCheck()->isRunning());
        QTest::qWait(50); // the worker has opened the file and is checking
        REQUIRE(window.close());
        CHECK(window.backgroundJobs()->runningCount() == 0);
        CHECK_FALSE(window.knowledgeBaseCheck()->isRunning());
        QTest::qWait(20);
        CHECK(finished.isEmpty());
        shown = window.knowledgeBaseCheck()->report() != nullptr;
    }
    CHECK_FALSE(shown);
}

TEST_CASE("Closing the window during an import rolls it back and joins the worker",
          "[window][jobs][import]")
{
    csto::test::BundledCopy copy;
    const auto before = sourceCount(copy.path());
    QStringList files;
    for (const auto &entry : std::filesystem::directory_iterator(csto::test::articlesDir())) {
        if (entry.path().extension() == ".txt")
            files << QString::fromStdString(entry.path().string());
    }
    REQUIRE(files.size() == 5);
    {
        MainWindow window(copy.open(), copy.path());
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importArticles(files);
        CHECK(window.backgroundJobs()->runningCount() >= 1);
        REQUIRE(window.close());
        CHECK(window.backgroundJobs()->runningCount() == 0);
        QTest::qWait(20);
        CHECK(finished.isEmpty()); // stopped, not finished: nothing to report to a closed window
    }
    // The batch is one transaction: closing in the middle of it added nothing.
    CHECK(sourceCount(copy.path()) == before);
}

TEST_CASE("A knowledge base busy with another writer is said to be busy, not damaged",
          "[window][jobs][busy]")
{
    csto::test::BundledCopy copy;
    csto::SqliteKnowledgeBase kb(csto::schema::open(copy.path(), csto::schema::Access::ReadWrite));
    // Wait 20 ms for the lock, not the usual seconds.
    sqlite3_busy_timeout(kb.database().handle(), 20);
    // Another program holds a write transaction.
    csto::Database other(copy.path(), csto::Database::Mode::ReadWrite);
    csto::Transaction holding(other);

    QWidget window;
    DatabaseGuard guard(&window);
    QStringList prompts;
    guard.setPrompt([&](QWidget *, const QString &problem) {
        prompts << problem;
        return DatabaseGuard::Choice::KeepBrowsing;
    });
    QStringList notices;
    guard.setBusyNotice([&](QWidget *, const QString &action, const QString &message) {
        notices << action + QStringLiteral(" | ") + message;
    });
    QStringList reported;
    QObject::connect(&guard, &DatabaseGuard::problemReported,
                     [&](const QString &message) { reported << message; });

    const QString busy = QStringLiteral(
        "The knowledge base is busy: another program is writing to it. Try again in a moment.");
    CHECK(DatabaseGuard::busyMessage() == busy);
    const bool wrote = guard.run(QStringLiteral("Accepting the proposal"), [&] {
        const auto edit = kb.beginBatch();
        edit->commit();
    });
    CHECK_FALSE(wrote);
    REQUIRE(QTest::qWaitFor([&] { return !notices.isEmpty(); }, 5000));
    CHECK(notices == QStringList{QStringLiteral("Accepting the proposal | ") + busy});
    REQUIRE(reported.size() == 1);
    CHECK(reported.first() == QStringLiteral("Accepting the proposal: ") + busy);
    QTest::qWait(20);
    CHECK(prompts.isEmpty()); // not the damaged-file question

    // The same error described for a worker's message (an import's failure).
    try {
        const auto edit = kb.beginBatch();
        FAIL("the write lock was free");
    } catch (const csto::DatabaseError &error) {
        CHECK(DatabaseGuard::isBusy(error));
        CHECK(DatabaseGuard::describe(error) == busy);
    }
    // Any other failure is still the damaged-file question.
    CHECK_FALSE(DatabaseGuard::isBusy(csto::DatabaseError("database disk image is malformed", 11)));

    // Once the other program has committed, the write goes through.
    holding.commit();
    CHECK(guard.run(QStringLiteral("Accepting the proposal"), [&] {
        const auto edit = kb.beginBatch();
        edit->commit();
    }));
}
