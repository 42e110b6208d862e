// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <render/timelinepainter.h>

#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <app/detailview.h>
#include <app/mainwindow.h>
#include <app/timelineview.h>

using csto::app::MainWindow;

namespace {

struct PaneWidths
{
    int tree = 0;
    int timeline = 0;
    int card = 0;
};

PaneWidths measure(MainWindow &window)
{
    QApplication::processEvents();
    const PaneWidths widths{window.treeView()->parentWidget()->width(),
                            window.timelineView()->width(), window.detailView()->width()};
    INFO("window " << window.width() << "x" << window.height() << ": tree " << widths.tree
                   << ", timeline " << widths.timeline << ", card " << widths.card);
    // The timeline gets the room first: the widest pane, at least half the window.
    CHECK(widths.timeline > widths.tree);
    CHECK(widths.timeline > widths.card);
    CHECK(widths.timeline >= window.width() * 45 / 100);
    // The side panes still show their content: the filter's hint, and card lines of a few words
    // (the card's title, "Collective Security Treaty Organization", on two lines at most).
    const auto *filter = window.findChild<QLineEdit *>(QStringLiteral("treeFilter"));
    REQUIRE(filter);
    CHECK(filter->width() > filter->fontMetrics().horizontalAdvance(filter->placeholderText()));
    const int character = window.fontMetrics().averageCharWidth();
    CHECK(widths.tree >= 24 * character);
    CHECK(widths.card >= 36 * character);
    return widths;
}

} // namespace

TEST_CASE("At 1024x700 the timeline is the widest pane, side panes keep their content",
          "[window][layout]")
{
    QSettings().clear();
    csto::test::BundledCopy copy;

    SECTION("opened at 1024x700")
    {
        MainWindow window(copy.open(), copy.path());
        window.resize(1024, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.navigate("atlas:entity/csto"));
        REQUIRE(window.width() == 1024);
        measure(window);
    }

    SECTION("made smaller, then larger again")
    {
        MainWindow window(copy.open(), copy.path());
        window.resize(1500, 880);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const auto large = measure(window);
        window.resize(1024, 700);
        const auto small = measure(window);
        CHECK(small.tree < large.tree);
        CHECK(small.card < large.card);
        // The side panes come back to their preferred widths when there is room again.
        window.resize(1500, 880);
        const auto again = measure(window);
        CHECK(again.tree == large.tree);
        CHECK(again.card == large.card);
    }
}

TEST_CASE("The timeline's legend has a strip of its own: no lane or lane name is under it, at "
          "every size",
          "[window][layout][timeline]")
{
    QSettings().clear();
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *timeline = window.timelineView();
    REQUIRE(QTest::qWaitFor([&] { return !timeline->layout().items().empty(); }, 10000));
    REQUIRE(timeline->layout().lanes().size() > 1);
    const csto::render::TimelinePainter painter(timeline->font());
    for (const QSize size : {QSize(1024, 700), QSize(1500, 880), QSize(1920, 1080), QSize(800, 560),
                             QSize(640, 480)}) {
        window.resize(size);
        QApplication::processEvents();
        timeline->fitAll();
        const QRectF legend = timeline->legendRect();
        const auto &layout = timeline->layout();
        INFO("window " << window.width() << "x" << window.height() << ", timeline "
                       << timeline->width() << "x" << timeline->height() << ", legend at "
                       << legend.x() << "," << legend.y() << " " << legend.width() << "x"
                       << legend.height());
        CHECK(QRectF(timeline->rect()).contains(legend));
        // The lanes and the "year not stated" strip end above the legend's strip.
        CHECK(layout.viewport().height() <= legend.top());
        CHECK(layout.viewport().width() == timeline->width());
        for (int lane = 0; lane < layout.lanes().size(); ++lane) {
            INFO("lane " << layout.lanes()[lane].toStdString());
            CHECK_FALSE(legend.intersects(painter.laneLabelRect(layout, lane)));
        }
        CHECK_FALSE(legend.intersects(layout.undatedStripRect()));
    }
}
