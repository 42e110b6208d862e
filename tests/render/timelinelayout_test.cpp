// SPDX-License-Identifier: MIT
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QDate>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using csto::PartialDate;
using csto::render::TimelineItem;
using csto::render::TimelineLayout;

namespace {

TimelineItem item(std::int64_t id, const char *start, const char *end = nullptr, int lane = 0)
{
    return {id, PartialDate::parse(start),
            end ? std::optional(PartialDate::parse(end)) : std::nullopt,
            QStringLiteral("Event %1").arg(id), lane};
}

double day(int y, int m, int d)
{
    return static_cast<double>(QDate(y, m, d).toJulianDay());
}

TimelineLayout makeLayout(std::vector<TimelineItem> items, int lanes = 1)
{
    TimelineLayout layout;
    layout.setViewport(QSizeF(1000, 400));
    QStringList names;
    for (int i = 0; i < lanes; ++i)
        names << QStringLiteral("Lane %1").arg(i);
    layout.setLanes(names);
    layout.setItems(std::move(items));
    return layout;
}

} // namespace

TEST_CASE("Zooming around a point keeps that point fixed", "[timeline]")
{
    auto layout = makeLayout({item(1, "2002")});
    layout.showYears(1990, 2020);
    for (const double x : {0.0, 123.0, 500.0, 999.0}) {
        for (const double factor : {2.0, 0.5, 7.3}) {
            const double before = layout.xToDay(x);
            layout.zoomAround(x, factor);
            CHECK(layout.xToDay(x) == Approx(before).epsilon(1e-9));
        }
    }
    layout.showYears(1990, 2020);
    const double ppd = layout.pixelsPerDay();
    layout.zoomAround(100, 2);
    CHECK(layout.pixelsPerDay() == Approx(ppd * 2));
    for (int i = 0; i < 100; ++i)
        layout.zoomAround(100, 10); // zoom is bounded: a day never grows past 400 px
    CHECK(layout.pixelsPerDay() <= 400);
}

TEST_CASE("Partial dates are drawn as spans over what they cover", "[timeline]")
{
    auto layout = makeLayout({item(1, "2002"), item(2, "2005-05"), item(3, "2010-03-04"),
                              item(4, "2012-10-21", "2012-10-25")});
    layout.showYears(2000, 2013);
    const auto rect = [&](qint64 id) { return *layout.rectOf(id); };
    CHECK(rect(1).left() == Approx(layout.dayToX(day(2002, 1, 1))));
    CHECK(rect(1).right() == Approx(layout.dayToX(day(2003, 1, 1))));
    CHECK(rect(2).left() == Approx(layout.dayToX(day(2005, 5, 1))));
    CHECK(rect(2).right() == Approx(layout.dayToX(day(2005, 6, 1))));
    // A single day is at least the minimum width, so it can be seen and clicked.
    CHECK(rect(3).width() == Approx(TimelineLayout::kMinItemWidth));
    layout.showYears(2012, 2012);
    CHECK(rect(4).left() == Approx(layout.dayToX(day(2012, 10, 21))));
    CHECK(rect(4).right() == Approx(layout.dayToX(day(2012, 10, 26))));
}

TEST_CASE("Events without a year go to their own strip, not to the axis", "[timeline]")
{
    auto layout = makeLayout({item(1, "2002"), item(2, "--10-21", "--10-25"), item(3, "--06-17")});
    layout.fitAll();
    REQUIRE(layout.hasUndatedItems());
    const QRectF strip = layout.undatedStripRect();
    const auto undated = *layout.rectOf(2);
    const auto june = *layout.rectOf(3);
    CHECK(strip.contains(undated));
    CHECK(strip.contains(june));
    CHECK(june.left() < undated.left()); // ordered by month and day
    CHECK_FALSE(strip.intersects(*layout.rectOf(1)));
    // fitAll looks at dated events only: the undated ones made up no year.
    CHECK(layout.firstVisibleDay() < day(2002, 1, 1));
    CHECK(layout.lastVisibleDay() < day(2004, 1, 1));
}

TEST_CASE("Dense stretches cluster, and zooming in splits them", "[timeline]")
{
    std::vector<TimelineItem> items;
    for (int i = 0; i < 8; ++i)
        items.push_back(item(i + 1, QStringLiteral("2010-03-%1")
                                        .arg(i + 1, 2, 10, QLatin1Char('0'))
                                        .toLatin1()
                                        .constData()));
    auto layout = makeLayout(items);
    layout.showYears(1990, 2020);
    REQUIRE(layout.marks().size() == 1);
    CHECK(layout.marks().front().isCluster());
    CHECK(layout.marks().front().items.size() == 8);
    CHECK_FALSE(layout.itemAt(layout.marks().front().rect.center()).has_value());
    CHECK_THAT(layout.toolTipAt(layout.marks().front().rect.center()).toStdString(),
               Catch::StartsWith("8 events"));

    layout.setVisibleRange(day(2010, 2, 20), day(2010, 3, 15));
    CHECK(layout.marks().size() == 8);
    for (const auto &mark : layout.marks())
        CHECK_FALSE(mark.isCluster());

    // Three close events fit in the lane's rows: no cluster below the minimum run length.
    auto few = makeLayout({item(1, "2010-03-01"), item(2, "2010-03-02"), item(3, "2010-03-03")});
    few.showYears(1990, 2020);
    CHECK(few.marks().size() == 3);
}

TEST_CASE("Axis ticks adapt to the zoom and keep apart", "[timeline]")
{
    auto layout = makeLayout({item(1, "2002")});
    const auto labels = [&] {
        QStringList result;
        for (const auto &tick : layout.ticks())
            result << tick.label;
        return result;
    };
    const auto checkSpacing = [&] {
        const auto ticks = layout.ticks();
        for (std::size_t i = 1; i < ticks.size(); ++i)
            CHECK(ticks[i].x - ticks[i - 1].x >= 60);
    };
    layout.showYears(1990, 2020);
    CHECK(labels().contains("2000"));
    CHECK_FALSE(labels().contains("Apr"));
    checkSpacing();
    layout.showYears(2019, 2020);
    CHECK(labels().contains("2020"));
    CHECK(labels().contains("Apr"));
    checkSpacing();
    layout.setVisibleRange(day(2020, 3, 1), day(2020, 3, 15));
    CHECK(labels().contains("3 Mar"));
    checkSpacing();
}

TEST_CASE("Hit testing and tooltips", "[timeline]")
{
    auto layout = makeLayout({item(7, "2002-05-14")});
    layout.showYears(2002, 2002);
    const auto rect = *layout.rectOf(7);
    CHECK(layout.itemAt(rect.center()) == 7);
    CHECK_FALSE(layout.itemAt(QPointF(rect.right() + 50, rect.center().y())).has_value());
    CHECK(layout.toolTipAt(rect.center()) == "Event 7\n14 May 2002");
}

TEST_CASE("Keyboard order: time left and right, lanes up and down", "[timeline]")
{
    auto layout = makeLayout({item(1, "2001", nullptr, 0), item(2, "2003", nullptr, 1),
                              item(3, "2002", nullptr, 0), item(4, "--06-17")},
                             2);
    using D = TimelineLayout::Direction;
    CHECK(layout.neighbour(std::nullopt, D::Later) == 1);
    CHECK(layout.neighbour(1, D::Later) == 3);
    CHECK(layout.neighbour(3, D::Later) == 2);
    CHECK(layout.neighbour(2, D::Later) == 4);
    CHECK_FALSE(layout.neighbour(4, D::Later).has_value());
    CHECK(layout.neighbour(2, D::Earlier) == 3);
    CHECK(layout.neighbour(3, D::LaneDown) == 2);
    CHECK(layout.neighbour(2, D::LaneUp) == 3);
    CHECK(layout.neighbour(2, D::LaneDown) == 4);
    CHECK_FALSE(layout.neighbour(1, D::LaneUp).has_value());
}

TEST_CASE("The painter draws spans, clusters, highlight and selection", "[timeline]")
{
    std::vector<TimelineItem> items;
    for (int i = 0; i < 6; ++i)
        items.push_back(item(i + 1, "2020-12-02"));
    items.push_back(item(10, "2002"));
    items.push_back(item(11, "--06-17"));
    auto layout = makeLayout(items, 2);
    layout.setViewport(QSizeF(1200, 400));
    layout.showYears(1995, 2021);
    QImage image(1200, 400, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    csto::render::TimelinePainter(QFont()).paint(painter, layout, {{10}, 10, true});
    painter.end();
    // The background was painted, and the highlighted span is in its strong colour.
    CHECK(image.pixelColor(600, 200) != QColor(Qt::black));
    const auto rect = *layout.rectOf(10);
    CHECK(image.pixelColor(rect.center().toPoint()) == QColor(0x1c, 0x4f, 0x9c));
}

TEST_CASE("A date known only to the year or month is uncertain, with a point-like core",
          "[timeline]")
{
    auto layout = makeLayout({item(1, "2002"), item(2, "2005-05"), item(3, "2010-03-04"),
                              item(4, "2012-10-21", "2012-10-31"), item(5, "2008-05", "2008-09")});
    layout.showYears(2000, 2013);
    const auto markOf = [&](qint64 id) -> const csto::render::TimelineMark & {
        for (const auto &mark : layout.marks()) {
            if (mark.items.size() == 1 && layout.items()[mark.items.front()].id == id)
                return mark;
        }
        FAIL("no mark of its own for " << id);
        return layout.marks().front();
    };
    // 2002: the faint span is the whole year, the core a point inside it.
    const auto &year = markOf(1);
    CHECK(year.uncertain);
    CHECK(year.rect.left() == Approx(layout.dayToX(day(2002, 1, 1))));
    CHECK(year.rect.right() == Approx(layout.dayToX(day(2003, 1, 1))));
    CHECK(year.core.width() == Approx(TimelineLayout::kPointCoreWidth));
    CHECK(year.core.width() < year.rect.width() / 5);
    CHECK(year.rect.contains(year.core));
    // May 2005: the month, likewise.
    const auto &month = markOf(2);
    CHECK(month.uncertain);
    CHECK(month.core.width() <= TimelineLayout::kPointCoreWidth + 1e-9);
    // A real span of days, and a single day, are what they say.
    layout.showYears(2012, 2012);
    const auto &tenDays = markOf(4);
    CHECK_FALSE(tenDays.uncertain);
    CHECK(tenDays.core == tenDays.rect);
    CHECK(tenDays.rect.left() == Approx(layout.dayToX(day(2012, 10, 21))));
    CHECK(tenDays.rect.right() == Approx(layout.dayToX(day(2012, 11, 1))));
    layout.showYears(2000, 2013);
    CHECK_FALSE(markOf(3).uncertain);
    // From some day of May to some day of September 2008: certainly June to August.
    layout.showYears(2008, 2008);
    const auto &range = markOf(5);
    CHECK(range.uncertain);
    CHECK(range.core.left() == Approx(layout.dayToX(day(2008, 6, 1))));
    CHECK(range.core.right() == Approx(layout.dayToX(day(2008, 9, 1))));
}

TEST_CASE("The painter draws an uncertain date faint around its core, with a legend", "[timeline]")
{
    auto layout = makeLayout({item(1, "2002")});
    layout.setViewport(QSizeF(1000, 300));
    layout.showYears(2000, 2005);
    QImage image(1000, 300, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    const csto::render::TimelinePainter timelinePainter(QFont{});
    timelinePainter.paint(painter, layout, {});
    const QSizeF legend = timelinePainter.legendSize(980);
    CHECK(legend.width() > 100);
    timelinePainter.paintLegend(painter, QRectF(QPointF(10, 250), legend));
    painter.end();
    const auto &mark = layout.marks().front();
    REQUIRE(mark.uncertain);
    const QColor core = image.pixelColor(mark.core.center().toPoint());
    CHECK(core == QColor(0x2f, 0x6f, 0xc4));
    // Away from the core (and from the title at its left) the span is faint: much lighter than
    // the core, between the hatch lines.
    int lightest = 0;
    for (int dx = 3; dx <= 9; ++dx)
        lightest =
            std::max(lightest, image
                                   .pixelColor(QPoint(static_cast<int>(mark.rect.right()) - dx,
                                                      static_cast<int>(mark.rect.center().y())))
                                   .lightness());
    CHECK(lightest > core.lightness() + 60);
    CHECK(image.pixelColor(QPoint(12, 260)) != QColor(Qt::black)); // the legend's box
}

TEST_CASE("The legend goes on one line when it fits, else one entry a line, never wider",
          "[timeline]")
{
    const csto::render::TimelinePainter timelinePainter(QFont{});
    const QSizeF wide = timelinePainter.legendSize(5000);
    const QSizeF narrow = timelinePainter.legendSize(wide.width() - 1);
    CHECK(narrow.width() <= wide.width() - 1);
    CHECK(narrow.height() > wide.height() * 1.5);
    CHECK(timelinePainter.legendSize(120).width() <= 120);
}
