// SPDX-License-Identifier: MIT
#include <render/membershipchart.h>

#include <QDate>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using csto::PartialDate;
using csto::render::MembershipBar;
using csto::render::MembershipChartPainter;
using csto::render::MembershipLayout;
using csto::render::MembershipPeriod;
using csto::render::PeriodKind;

namespace {

std::optional<PartialDate> date(const char *text)
{
    return text ? std::optional(PartialDate::parse(text)) : std::nullopt;
}

MembershipPeriod period(const char *state, PeriodKind kind, const char *start, const char *end,
                        QStringList sources = {})
{
    MembershipPeriod p;
    p.rowKey = QString::fromLatin1(state).toLower();
    p.state = QString::fromLatin1(state);
    p.kind = kind;
    p.start = date(start);
    p.end = date(end);
    p.body = QStringLiteral("Collective Security Treaty Organization");
    p.link = QStringLiteral("atlas:entity/") + p.rowKey;
    p.sources = std::move(sources);
    return p;
}

double day(int y, int m, int d)
{
    return static_cast<double>(QDate(y, m, d).toJulianDay());
}

MembershipLayout makeLayout(std::vector<MembershipPeriod> periods)
{
    MembershipLayout layout;
    layout.setToday(QDate(2021, 6, 30));
    layout.setWidth(1000);
    layout.setLabelWidth(120);
    layout.setPeriods(std::move(periods));
    return layout;
}

const MembershipBar &barOf(const MembershipLayout &layout, std::size_t period)
{
    for (const auto &bar : layout.bars()) {
        if (bar.period == period)
            return bar;
    }
    FAIL("no bar for period " << period);
    return layout.bars().front();
}

QStringList rowLabels(const MembershipLayout &layout)
{
    QStringList labels;
    for (const auto &row : layout.rows())
        labels << row.label;
    return labels;
}

} // namespace

TEST_CASE("The chart runs from the first stated year to today", "[membership]")
{
    const auto layout =
        makeLayout({period("Armenia", PeriodKind::Membership, "2002-05-14", nullptr)});
    CHECK(layout.firstDay() == day(2002, 1, 1));
    CHECK(layout.endDay() == day(2021, 7, 1)); // the day after today
    const QRectF plot = layout.plotRect();
    CHECK(plot.left() == 120);
    CHECK(plot.right() == Approx(1000 - MembershipLayout::kPlotMargin));
    CHECK(layout.dayToX(day(2002, 1, 1)) == Approx(plot.left()));
    CHECK(layout.dayToX(day(2021, 7, 1)) == Approx(plot.right()));
    REQUIRE(!layout.ticks().empty());
    CHECK(layout.ticks().front().year == 2002);
    CHECK(layout.ticks().front().x == Approx(plot.left()));
    CHECK(layout.ticks().back().year == 2021);
    CHECK(layout.undatedColumnRect().isEmpty());
}

TEST_CASE("A period known to the day has exact edges", "[membership]")
{
    const auto layout =
        makeLayout({period("Georgia", PeriodKind::Membership, "2002-05-14", "2010-03-01"),
                    period("Armenia", PeriodKind::Membership, "1995", nullptr)});
    const auto &bar = barOf(layout, 0);
    CHECK(bar.rect.left() == Approx(layout.dayToX(day(2002, 5, 14))));
    CHECK(bar.startFrom == bar.startTo);
    // The end day is included: the bar ends where the next day begins.
    CHECK(bar.rect.right() == Approx(layout.dayToX(day(2010, 3, 2))));
    CHECK(bar.endFrom == bar.endTo);
    CHECK_FALSE(bar.openStart);
    CHECK_FALSE(bar.openEnd);
    CHECK(bar.rect.height() == MembershipLayout::barHeight(PeriodKind::Membership));
}

TEST_CASE("A start known to the year spans the whole year as uncertain", "[membership]")
{
    const auto layout =
        makeLayout({period("Belarus", PeriodKind::TreatyParty, "1993", "1999"),
                    period("Russia", PeriodKind::Membership, "1992-05-15", nullptr)});
    const auto &bar = barOf(layout, 0);
    CHECK(bar.startFrom == Approx(layout.dayToX(day(1993, 1, 1))));
    CHECK(bar.startTo == Approx(layout.dayToX(day(1994, 1, 1))));
    CHECK(bar.rect.left() == Approx(bar.startFrom));
    // ...and an end known to the year, likewise.
    CHECK(bar.endFrom == Approx(layout.dayToX(day(1999, 1, 1))));
    CHECK(bar.endTo == Approx(layout.dayToX(day(2000, 1, 1))));
    CHECK(bar.rect.right() == Approx(bar.endTo));
}

TEST_CASE("A start known to the month spans the month", "[membership]")
{
    const auto layout =
        makeLayout({period("Tajikistan", PeriodKind::Chairmanship, "2014-12", "2015-11-10")});
    const auto &bar = barOf(layout, 0);
    CHECK(bar.startFrom == Approx(layout.dayToX(day(2014, 12, 1))));
    CHECK(bar.startTo == Approx(layout.dayToX(day(2015, 1, 1))));
    CHECK(bar.endFrom == Approx(layout.dayToX(day(2015, 11, 11))));
}

TEST_CASE("The spans of uncertainty are cut to what both dates allow", "[membership]")
{
    // Chaired from some day of 2019 until 28 November 2019: the start cannot be later.
    const auto layout =
        makeLayout({period("Kyrgyzstan", PeriodKind::Chairmanship, "2019", "2019-11-28")});
    const auto &bar = barOf(layout, 0);
    CHECK(bar.startFrom == Approx(layout.dayToX(day(2019, 1, 1))));
    CHECK(bar.startTo == Approx(layout.dayToX(day(2019, 11, 29))));
    CHECK(bar.rect.right() == Approx(layout.dayToX(day(2019, 11, 29))));
}

TEST_CASE("An open end reaches the right edge; a start not stated, the left", "[membership]")
{
    const auto layout =
        makeLayout({period("Russia", PeriodKind::Membership, "2002-05-14", nullptr),
                    period("Russia", PeriodKind::Chairmanship, nullptr, "2014-12")});
    const QRectF plot = layout.plotRect();
    const auto &open = barOf(layout, 0);
    CHECK(open.openEnd);
    CHECK(open.rect.right() == Approx(plot.right()));
    const auto &unknownStart = barOf(layout, 1);
    CHECK(unknownStart.openStart);
    CHECK(unknownStart.rect.left() == Approx(plot.left()));
    CHECK(unknownStart.rect.right() == Approx(layout.dayToX(day(2015, 1, 1))));
    // Nothing of it is certain: the start may be as late as the end.
    CHECK(unknownStart.startTo == Approx(unknownStart.endFrom));
}

TEST_CASE("Overlapping chairmanships of one state both stay visible", "[membership]")
{
    auto first = period("Tajikistan", PeriodKind::Chairmanship, "2014-12", nullptr);
    auto second = period("Tajikistan", PeriodKind::Chairmanship, "2020-12-02", nullptr);
    auto ofBody = period("Tajikistan", PeriodKind::Chairmanship, "2016", "2017");
    ofBody.body = QStringLiteral("Council of Ministers of Defence");
    auto member = period("Tajikistan", PeriodKind::Membership, "2002-05-14", nullptr);
    const auto layout = makeLayout({first, second, ofBody, member});
    REQUIRE(layout.rows().size() == 1);
    const auto &a = barOf(layout, 0);
    const auto &b = barOf(layout, 1);
    const auto &c = barOf(layout, 2);
    for (const auto *bar : {&a, &b, &c}) {
        CHECK(bar->rect.width() > 10);
        CHECK(bar->rect.height() > 5);
        CHECK(layout.rows().front().rect.contains(bar->rect));
    }
    CHECK_FALSE(a.rect.intersects(b.rect));
    CHECK_FALSE(a.rect.intersects(c.rect));
    CHECK_FALSE(b.rect.intersects(c.rect));
    CHECK(a.lane != b.lane);
    CHECK(a.lane != c.lane);
    // The chairmanship of another body overlaps only the first: it shares the second's lane,
    // ending before the second begins.
    CHECK(c.lane == b.lane);
    // The membership keeps its own sub-row above the chairmanships.
    const auto &m = barOf(layout, 3);
    for (const auto *bar : {&a, &b, &c})
        CHECK(m.rect.bottom() < bar->rect.top());
}

TEST_CASE("Rows: current members first, then by the earliest date, then by name", "[membership]")
{
    const auto layout = makeLayout({
        period("Uzbekistan", PeriodKind::TreatyParty, "1992-05-15", "1999"),
        period("Russia", PeriodKind::Membership, "2002-05-14", nullptr),
        period("Russia", PeriodKind::TreatyParty, "1992-05-15", nullptr),
        period("Belarus", PeriodKind::TreatyParty, "1993", nullptr),
        period("Armenia", PeriodKind::TreatyParty, "1992-05-15", nullptr),
        period("Georgia", PeriodKind::TreatyParty, "1993", "1999"),
        period("Azerbaijan", PeriodKind::TreatyParty, "1993", "1999"),
        period("Kazakhstan", PeriodKind::Chairmanship, nullptr, nullptr),
    });
    CHECK(rowLabels(layout) == QStringList{"Armenia", "Russia", "Belarus", "Uzbekistan",
                                           "Azerbaijan", "Georgia", "Kazakhstan"});
    CHECK(layout.rows()[2].current);
    CHECK_FALSE(layout.rows()[3].current);
    // Rows stack from the axis down without gaps.
    double y = MembershipLayout::kAxisHeight;
    for (const auto &row : layout.rows()) {
        CHECK(row.rect.top() == Approx(y));
        CHECK(row.rect.height() >= MembershipLayout::kMinRowHeight);
        y = row.rect.bottom();
    }
    CHECK(layout.legendRect().top() > y);
    CHECK(layout.height() == Approx(layout.legendRect().bottom()));
}

TEST_CASE("Periods without dates go to their own column", "[membership]")
{
    auto noYear = period("Belarus", PeriodKind::Chairmanship, "--06-17", nullptr);
    const auto layout =
        makeLayout({period("Belarus", PeriodKind::Chairmanship, nullptr, nullptr), noYear,
                    period("Belarus", PeriodKind::Membership, "2002-05-14", nullptr)});
    const QRectF column = layout.undatedColumnRect();
    REQUIRE_FALSE(column.isEmpty());
    CHECK(column.right() == 1000);
    CHECK(layout.plotRect().right() < column.left());
    for (const std::size_t i : {0u, 1u}) {
        const auto &bar = barOf(layout, i);
        CHECK(bar.undated);
        CHECK(column.contains(bar.rect.center()));
    }
    CHECK_FALSE(barOf(layout, 0).rect.intersects(barOf(layout, 1).rect));
    CHECK(MembershipLayout::describe(noYear).contains(QStringLiteral("year not stated")));
    CHECK(MembershipLayout::describe(layout.periods()[0]).contains(QStringLiteral("not stated")));
}

TEST_CASE("Hit-testing returns the bar's link and sources", "[membership]")
{
    auto armenia =
        period("Armenia", PeriodKind::Membership, "2002-05-14", nullptr,
               {QStringLiteral("csto-mfa-2019-11-28"), QStringLiteral("belta-2020-12-03")});
    auto chair = period("Armenia", PeriodKind::Chairmanship, "2016", "2017-06-30",
                        {QStringLiteral("tass-2014-12-22")});
    chair.link = QStringLiteral("atlas:entity/collective-security-council");
    const auto layout = makeLayout({armenia, chair});
    const auto &member = barOf(layout, 0);
    const auto hit = layout.linkAt(member.rect.center());
    REQUIRE(hit);
    CHECK(hit->link == QStringLiteral("atlas:entity/armenia"));
    CHECK(hit->sources == armenia.sources);
    CHECK(hit->period == 0u);
    // Just past the end, on the arrow of an open end: still the bar.
    CHECK(layout.linkAt(QPointF(member.rect.right() + 3, member.rect.center().y())));

    const auto chairHit = layout.linkAt(barOf(layout, 1).rect.center());
    REQUIRE(chairHit);
    CHECK(chairHit->link == QStringLiteral("atlas:entity/collective-security-council"));
    CHECK(chairHit->sources == QStringList{QStringLiteral("tass-2014-12-22")});

    // The row's name opens the first period's link; empty space, nothing.
    const auto name = layout.linkAt(QPointF(20, layout.rows().front().rect.center().y()));
    REQUIRE(name);
    CHECK(name->link == QStringLiteral("atlas:entity/armenia"));
    CHECK_FALSE(name->period);
    CHECK_FALSE(layout.linkAt(QPointF(layout.dayToX(day(1999, 1, 1)), 5)));
    CHECK_FALSE(layout.linkAt(QPointF(500, layout.height() + 20)));
}

TEST_CASE("The painter draws bars in their kind's colour", "[membership]")
{
    QFont font;
    font.setPixelSize(11);
    MembershipLayout layout;
    layout.setToday(QDate(2021, 6, 30));
    layout.setWidth(700);
    layout.setPeriods({period("Russia", PeriodKind::Membership, "2002-05-14", nullptr, {"a"}),
                       period("Russia", PeriodKind::Chairmanship, "2019-11-28", "2020-12-02"),
                       period("Belarus", PeriodKind::Chairmanship, nullptr, nullptr)});
    const MembershipChartPainter painter(font);
    painter.prepare(layout);
    CHECK(layout.labelWidth() >= 60);
    CHECK(layout.legendRect().height() > 10);
    QImage image(static_cast<int>(layout.width()), static_cast<int>(std::ceil(layout.height())),
                 QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        painter.paint(p, layout, 0);
    }
    const auto &member = barOf(layout, 0);
    const QPoint inside(static_cast<int>(member.rect.center().x()),
                        static_cast<int>(member.rect.center().y()));
    CHECK(image.pixelColor(inside) == MembershipChartPainter::colour(PeriodKind::Membership));
}
