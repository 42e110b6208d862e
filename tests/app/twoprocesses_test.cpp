// SPDX-License-Identifier: MIT
// The window and csto-kb import on the same file at once: both work, nothing is lost, and the
// window notices the other process's changes.
#include "support/articles.h"
#include "support/bundledkb.h"
#include "support/runcli.h"

#include <QElapsedTimer>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

#include <app/mainwindow.h>
#include <app/reviewpane.h>
#include <future>

TEST_CASE("The window refreshes while csto-kb imports into the same file", "[window][processes]")
{
    csto::test::BundledCopy copy;
    csto::app::MainWindow window(copy.open(), copy.path());
    window.show();
    const int pendingBefore = window.reviewPane()->pendingCount();
    const int eventsBefore = copy.open()->counts().events;

    // Another process imports all five articles (accepting everything) while the window runs and
    // reads the same file.
    auto other = std::async(std::launch::async, [&] {
        return csto::test::runCli({"--db", copy.path().string(), "import",
                                   csto::test::articlesDir().string(), "--accept-all"});
    });
    while (other.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        QApplication::processEvents();
        (void)window.navigate(
            "atlas:entity/collective-security-council"); // the window keeps reading
    }
    const auto result = other.get();
    INFO(result.err);
    REQUIRE(result.exitCode == 0);

    const int eventsAfter = copy.open()->counts().events;
    CHECK(eventsAfter > eventsBefore);
    // Within a few seconds the window has noticed and refreshed.
    QElapsedTimer clock;
    clock.start();
    bool refreshed = false;
    while (!refreshed && clock.elapsed() < 10000) {
        QTest::qWait(100);
        refreshed = window.statusBar()->currentMessage().contains("another program");
    }
    CHECK(refreshed);
    CHECK(window.reviewPane()->pendingCount() == pendingBefore); // all accepted by the other
}
