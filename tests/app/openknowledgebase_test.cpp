// SPDX-License-Identifier: MIT
// How the window opens its knowledge base: a file it refuses stays as it was and the user is
// asked for another; one in a read-only folder opens read-only.
#include "support/bundledkb.h"

#include <core/database.h>

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <catch2/catch.hpp>

#include <app/mainwindow.h>
#include <app/openknowledgebase.h>

using csto::app::openKnowledgeBase;
using csto::test::readFile;
using csto::test::TempDir;

TEST_CASE("The window refuses a file untouched and asks for another", "[window][open]")
{
    csto::test::BundledCopy good;
    TempDir dir;
    const auto empty = dir.write("empty.db", "");
    const auto tableless = dir.write("one-byte.db", "x");
    const auto negative = dir / "negative.db";
    std::filesystem::copy_file(CSTO_BUNDLED_DB, negative);
    csto::Database(negative, csto::Database::Mode::ReadWrite).setUserVersion(-1);
    const auto negativeBefore = readFile(negative);

    std::vector<std::filesystem::path> asked;
    std::vector<QString> problems;
    std::vector<std::filesystem::path> answers = {tableless, negative, good.path()};
    auto opened = openKnowledgeBase(
        empty,
        [&](const QString &problem,
            const std::filesystem::path &refused) -> std::optional<std::filesystem::path> {
            asked.push_back(refused);
            problems.push_back(problem);
            auto next = answers.front();
            answers.erase(answers.begin());
            return next;
        });
    REQUIRE(opened);
    CHECK(opened->path == good.path());
    CHECK(opened->kb->counts().events > 0);
    REQUIRE(asked.size() == 3);
    CHECK(asked == std::vector<std::filesystem::path>{empty, tableless, negative});
    CHECK(problems[0].contains("not a CSTO Atlas knowledge base"));
    CHECK(problems[0].contains("empty file of 0 bytes"));
    CHECK(problems[2].contains("schema version -1"));
    CHECK(readFile(empty).empty());
    CHECK(readFile(tableless) == "x");
    CHECK(readFile(negative) == negativeBefore);
    CHECK(dir.fileCount() == 3);

    // Giving up opens nothing.
    CHECK_FALSE(
        openKnowledgeBase(dir / "missing.db", [](const QString &, const std::filesystem::path &) {
            return std::optional<std::filesystem::path>();
        }));
    CHECK_FALSE(std::filesystem::exists(dir / "missing.db"));
}

TEST_CASE("The refusal says what is wrong and offers another file", "[window][open]")
{
    QString shownText;
    QStringList buttons;
    QTimer::singleShot(0, [&] {
        QMessageBox *box = nullptr;
        for (auto *widget : QApplication::topLevelWidgets())
            if (auto *candidate = qobject_cast<QMessageBox *>(widget);
                candidate && candidate->isVisible())
                box = candidate;
        if (!box)
            return; // the test fails below: nothing was shown
        shownText = box->text();
        for (auto *button : box->buttons())
            buttons << button->text();
        for (auto *button : box->buttons())
            if (button->text().contains("Quit"))
                button->click();
    });
    const auto chosen =
        csto::app::askForAnotherFile(nullptr, "kb.db: the file is broken", "/tmp/kb.db");
    CHECK_FALSE(chosen);
    CHECK(shownText == "kb.db: the file is broken");
    CHECK(buttons.contains("&Open Another File\u2026"));
    CHECK(buttons.contains("&Quit"));
}

TEST_CASE("The window opens a knowledge base in a read-only folder read-only", "[window][open]")
{
    TempDir dir;
    std::filesystem::create_directories(dir / "shelf");
    const auto path = dir / "shelf/kb.db";
    std::filesystem::copy_file(CSTO_BUNDLED_DB, path);
    const auto before = readFile(path);
    const auto readAndExecute =
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
        std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
        std::filesystem::perms::others_read | std::filesystem::perms::others_exec;
    std::filesystem::permissions(dir / "shelf", readAndExecute);
    {
        auto opened =
            openKnowledgeBase(path, [](const QString &problem, const std::filesystem::path &) {
                FAIL(problem.toStdString());
                return std::optional<std::filesystem::path>();
            });
        REQUIRE(opened);
        REQUIRE(opened->kb->isReadOnly());
        CHECK(csto::app::readOnlyNotice(*opened->kb).contains("is not writable"));
        csto::app::MainWindow window(std::move(opened->kb), opened->path);
        window.show();
        CHECK(window.windowTitle().contains("read-only"));
        CHECK(window.navigate("atlas:entity/collective-security-council"));
    }
    CHECK(readFile(path) == before);
    std::filesystem::permissions(dir / "shelf", std::filesystem::perms::owner_all);
    CHECK(dir.fileCount() == 1);
}
