// SPDX-License-Identifier: MIT
// A knowledge base damaged while the window runs (or before it opens): every read after start-up
// is caught, and the user is told what is wrong and offered another file, never an abort.
#include "support/bundledkb.h"

#include <core/knowledgebase.h>
#include <core/database.h>
#include <core/synth/synthesis.h>

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <app/databaseguard.h>
#include <app/mainwindow.h>
#include <app/searchpopup.h>
#include <fstream>

using csto::app::DatabaseGuard;
using csto::app::MainWindow;

namespace {

// What another program (or a disk) does to the file behind the window's back.
void damage(const std::filesystem::path &file, const char *sql)
{
    csto::Database db(file, csto::Database::Mode::ReadWrite);
    db.execScript(sql);
}

// Replaces the window's message box: records what it would say and answers `choice`.
struct RecordedPrompts
{
    QStringList problems;
    DatabaseGuard::Choice choice = DatabaseGuard::Choice::KeepBrowsing;

    void install(MainWindow &window)
    {
        window.databaseGuard()->setPrompt([this](QWidget *, const QString &problem) {
            problems << problem;
            return choice;
        });
    }
    bool waitForOne()
    {
        return QTest::qWaitFor([this] { return !problems.isEmpty(); }, 10000);
    }
};

} // namespace

TEST_CASE("A table dropped while the window runs: the card says which, no abort",
          "[window][damaged]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    RecordedPrompts prompts;
    prompts.install(window);
    window.show();
    REQUIRE(window.navigate("atlas:entity/mercenary"));

    damage(copy.path(), "DROP TABLE event_participants;");
    CHECK_FALSE(window.navigate("atlas:entity/csto"));
    REQUIRE(prompts.waitForOne());
    CHECK(prompts.problems.front().contains("no such table: event_participants"));
    CHECK(prompts.problems.front().contains(QString::fromStdString(copy.path().string())));
    // Kept browsing: later failures go to the status bar, not to one dialog after another.
    CHECK_FALSE(window.navigate("atlas:entity/mercenary"));
    QTest::qWait(50);
    CHECK(prompts.problems.size() == 1);
}

TEST_CASE("A stored impossible date (2021-02-30): the event and the timeline say so, no abort",
          "[window][damaged]")
{
    csto::test::BundledCopy copy;
    auto reference = copy.open();
    MainWindow window(copy.open(), copy.path());
    RecordedPrompts prompts;
    prompts.install(window);
    window.show();
    const auto events = reference->timeline({});
    REQUIRE(!events.empty());
    const std::string slug = events.front().id;

    damage(copy.path(), "UPDATE events SET date = '2021-02-30' WHERE id = (SELECT min(id) FROM "
                        "events);");
    CHECK_FALSE(window.navigate(QString::fromStdString("atlas:event/" + slug)));
    REQUIRE(prompts.waitForOne());
    CHECK(prompts.problems.front().contains("2021-02-30"));
    // The window noticed the other writer and reloaded its timeline: caught as well.
    QTest::qWait(1500);
    CHECK(window.isVisible());
}

TEST_CASE("Damaged before the window opens: a missing table is refused, a bad date on the "
          "timeline worker is reported, the window stays",
          "[window][damaged]")
{
    SECTION("missing relations table: refused when opened, naming the table")
    {
        // Since the opening probe checks the tables a version must have, such a file never
        // reaches the window; the window's refusal dialog is tested in openknowledgebase_test.
        csto::test::BundledCopy copy;
        damage(copy.path(), "DROP TABLE relations;");
        CHECK_THROWS_WITH(copy.open(), Catch::Contains("lacks table relations"));
    }
    SECTION("a bad date in a file large enough to load its timeline on a worker")
    {
        csto::test::TempDir dir;
        csto::synth::SynthOptions options;
        options.entities = 200;
        options.events = 2500;
        options.articles = 10;
        csto::synth::synthesise(options, dir / "big.db");
        damage(dir / "big.db", "UPDATE events SET date = '2019-13-01' WHERE id = 77;");
        MainWindow window(csto::KnowledgeBase::open(dir / "big.db", csto::schema::Access::ReadWrite),
                          dir / "big.db");
        RecordedPrompts prompts;
        prompts.install(window);
        window.show();
        REQUIRE(prompts.waitForOne());
        CHECK(prompts.problems.front().contains("2019-13-01"));
        CHECK_FALSE(window.timelineLoading());
    }
}

TEST_CASE("Corrupt pages behind the window: searching and reading articles report it",
          "[window][damaged]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    RecordedPrompts prompts;
    prompts.install(window);
    window.show();
    {
        // Every page after the first third: garbage (pages the window has not read yet
        // are read from the file, and SQLite finds them malformed).
        std::fstream file(copy.path(), std::ios::in | std::ios::out | std::ios::binary);
        file.seekg(0, std::ios::end);
        const auto size = static_cast<std::size_t>(file.tellg());
        const std::size_t page = 4096;
        const std::string garbage(page, '\xA5');
        for (std::size_t at = (size / page / 3) * page; at + page <= size; at += page) {
            file.seekp(static_cast<std::streamoff>(at));
            file.write(garbage.data(), static_cast<std::streamsize>(page));
        }
    }
    window.openSearch();
    for (const char *query : {"treaty", "council", "exercise", "moscow", "peace"})
        window.searchPopup()->setQuery(QString::fromLatin1(query));
    for (const char *place : {"atlas:entity/csto", "atlas:entity/mercenary", "atlas:entity/russia",
                              "atlas:entity/collective-security-council"})
        window.navigate(QString::fromLatin1(place));
    REQUIRE(prompts.waitForOne());
    // What SQLite says depends on the page it trips over first ("database disk image is
    // malformed", "vtable constructor failed: search_index"): the message carries it, with what
    // was being done and the file.
    const QString &problem = prompts.problems.front();
    INFO(problem.toStdString());
    CHECK((problem.startsWith("Searching: ") || problem.startsWith("Showing ")));
    CHECK(problem.contains(QString::fromStdString(copy.path().string())));
    CHECK(window.isVisible());
}

TEST_CASE("The message offers another file, and opening it recovers the window",
          "[window][damaged]")
{
    csto::test::BundledCopy copy;
    csto::test::BundledCopy healthy;
    MainWindow window(copy.open(), copy.path());
    window.show();
    damage(copy.path(), "DROP TABLE event_participants;");

    // The real message box: what it says, then Open Another…, then the file dialog.
    QString text;
    QString informative;
    bool chose = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal);
            box && box->objectName() == "databaseProblem") {
            text = box->text();
            informative = box->informativeText();
            for (auto *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            dialog->selectFile(QString::fromStdString(healthy.path().string()));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
            chose = true;
        }
    });
    poll.start();
    CHECK_FALSE(window.navigate("atlas:entity/csto"));
    REQUIRE(QTest::qWaitFor([&] { return chose; }, 10000));
    poll.stop();
    CHECK(text.contains("no such table: event_participants"));
    CHECK(informative.contains("csto-kb check"));
    // The file dialog returned into openDatabase before the wait saw `chose`: the window now
    // reads the healthy copy, where the card the damaged one could not show is there.
    CHECK(window.navigate("atlas:entity/csto"));
}

TEST_CASE("Close in the message closes the window", "[window][damaged]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    RecordedPrompts prompts;
    prompts.choice = DatabaseGuard::Choice::Close;
    prompts.install(window);
    window.show();
    damage(copy.path(), "DROP TABLE event_participants;");
    window.navigate("atlas:entity/csto");
    REQUIRE(prompts.waitForOne());
    CHECK(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000));
}
