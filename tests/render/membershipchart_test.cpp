// SPDX-License-Identifier: MIT
#include <render/membershipchart.h>

#include <QDate>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

#include <cmath>

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

// A period a source says is current as of its date; for a membership or treaty participation,
// a current membership (core's rule).
MembershipPeriod ongoing(MembershipPeriod p)
{
    p.ongoing = true;
    p.currentMembership = p.kind != PeriodKind::Chairmanship;
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

TEST_CASE("An ongoing period runs to the sources' date and keeps its arrow", "[membership]")
{
    auto layout = makeLayout(
        {ongoing(period("Russia", PeriodKind::Membership, "2002-05-14", nullptr)),
         ongoing(period("Tajikistan", PeriodKind::Chairmanship, "2020-12-02", nullptr))});
    const QRectF plot = layout.plotRect();
    // Without a date for the sources: up to today.
    CHECK(barOf(layout, 0).openEnd);
    CHECK(barOf(layout, 0).rect.right() == Approx(plot.right()));
    CHECK_FALSE(layout.sourcesUpToX());

    layout.setSourcesUpTo(PartialDate::parse("2020-12-03"));
    const auto &membership = barOf(layout, 0);
    CHECK(membership.openEnd);
    CHECK_FALSE(membership.endNotStated);
    REQUIRE(layout.sourcesUpToX());
    CHECK(*layout.sourcesUpToX() == Approx(layout.dayToX(day(2020, 12, 4))));
    CHECK(membership.rect.right() == Approx(*layout.sourcesUpToX()));
    CHECK(membership.rect.right() < layout.dayToX(day(2021, 6, 30)));
    const auto &chair = barOf(layout, 1);
    CHECK(chair.openEnd);
    CHECK(chair.rect.right() <= *layout.sourcesUpToX() + 2);
    CHECK(MembershipLayout::describe(layout.periods()[0], layout.sourcesUpTo())
              .contains(QStringLiteral("since 14 May 2002, current (sources up to December "
                                       "2020)")));
}

TEST_CASE("An end not stated fades out shortly after the last attested date", "[membership]")
{
    // Tajikistan's chairmanship "from December 2014": nothing says how long it lasted.
    auto layout = makeLayout({period("Tajikistan", PeriodKind::Chairmanship, "2014-12", nullptr),
                              period("Armenia", PeriodKind::Membership, "1992-05-15", nullptr)});
    layout.setSourcesUpTo(PartialDate::parse("2020-12-03"));
    const auto &bar = barOf(layout, 0);
    CHECK(bar.endNotStated);
    CHECK_FALSE(bar.openEnd);
    const double lastAttested = layout.dayToX(day(2015, 1, 1)); // the day after December 2014
    CHECK(bar.endFrom == Approx(lastAttested));
    CHECK(bar.endTo == Approx(lastAttested + MembershipLayout::kOpenFade));
    CHECK(bar.rect.right() == Approx(bar.endTo));
    // Not to today, nor to the sources' date, nor into the next year's chairmanships.
    CHECK(bar.rect.right() < layout.dayToX(day(2016, 1, 1)));
    CHECK(bar.rect.right() < *layout.sourcesUpToX());
    CHECK(MembershipLayout::describe(layout.periods()[0], layout.sourcesUpTo())
              .contains(QStringLiteral("from December 2014, end not stated")));
    // A membership with no end that no source calls current is not a current membership.
    CHECK_FALSE(layout.rows().front().current);
    CHECK_FALSE(layout.rows().back().current);
}

TEST_CASE("A start not stated fades in shortly before the first attested date", "[membership]")
{
    // Russia's chairmanship "until December 2014": not 22 years from 1992.
    const auto layout =
        makeLayout({period("Russia", PeriodKind::TreatyParty, "1992-05-15", nullptr),
                    period("Russia", PeriodKind::Chairmanship, nullptr, "2014-12")});
    const auto &bar = barOf(layout, 1);
    CHECK(bar.openStart);
    CHECK(bar.startTo == Approx(layout.dayToX(day(2014, 12, 1))));
    CHECK(bar.startFrom == Approx(bar.startTo - MembershipLayout::kOpenFade));
    CHECK(bar.rect.left() == Approx(bar.startFrom));
    CHECK(bar.rect.left() > layout.dayToX(day(2014, 1, 1)));
    CHECK(bar.rect.left() > layout.plotRect().left() + 100);
    CHECK(bar.rect.right() == Approx(layout.dayToX(day(2015, 1, 1))));
    CHECK(MembershipLayout::describe(layout.periods()[1], std::nullopt)
              .contains(QStringLiteral("until December 2014, start not stated")));
}

TEST_CASE("The painter fades an unstated end out and draws the sources' line", "[membership]")
{
    QFont font;
    font.setPixelSize(11);
    MembershipLayout layout;
    layout.setToday(QDate(2026, 12, 3));
    layout.setWidth(900);
    layout.setSourcesUpTo(PartialDate::parse("2020-12-03"));
    layout.setPeriods({period("Tajikistan", PeriodKind::Chairmanship, "2014-12", nullptr),
                       ongoing(period("Russia", PeriodKind::Membership, "2002-05-14", nullptr))});
    const MembershipChartPainter painter(font);
    painter.prepare(layout);
    QImage image(static_cast<int>(layout.width()), static_cast<int>(std::ceil(layout.height())),
                 QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        painter.paint(p, layout);
    }
    const auto &chair = barOf(layout, 0);
    const int y = static_cast<int>(chair.rect.center().y());
    const auto chairColour = MembershipChartPainter::colour(PeriodKind::Chairmanship);
    const auto distance = [&](int x) {
        const QColor c = image.pixelColor(x, y);
        return std::abs(c.red() - chairColour.red()) + std::abs(c.green() - chairColour.green()) +
               std::abs(c.blue() - chairColour.blue());
    };
    // Strong at the last attested day, fading towards the end; nothing of it in 2018.
    const int at = static_cast<int>(chair.endFrom);
    CHECK(distance(at) < distance(static_cast<int>(chair.endTo) - 2));
    CHECK(distance(static_cast<int>(layout.dayToX(day(2018, 6, 1)))) > 200);
    // The sources' line crosses the rows below the axis.
    const int lineX = static_cast<int>(std::round(*layout.sourcesUpToX()));
    bool lineSeen = false;
    for (int dx = -1; dx <= 1 && !lineSeen; ++dx) {
        for (int yy = static_cast<int>(MembershipLayout::kAxisHeight);
             yy < static_cast<int>(layout.plotRect().bottom()); ++yy) {
            const QColor c = image.pixelColor(lineX + dx, yy);
            if (c.blue() > c.green() + 30 && c.red() > c.green())
                lineSeen = true;
        }
    }
    CHECK(lineSeen);
}

TEST_CASE("Overlapping chairmanships of one state both stay visible", "[membership]")
{
    auto first = period("Tajikistan", PeriodKind::Chairmanship, "2014-12", "2016-06");
    auto second = ongoing(period("Tajikistan", PeriodKind::Chairmanship, "2020-12-02", nullptr));
    auto ofBody = period("Tajikistan", PeriodKind::Chairmanship, "2016", "2017");
    ofBody.body = QStringLiteral("Council of Ministers of Defence");
    auto member = ongoing(period("Tajikistan", PeriodKind::Membership, "2002-05-14", nullptr));
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
    CHECK(a.lane != c.lane);
    // The chairmanship of another body overlaps only the first; the second overlaps neither and
    // takes the first free lane.
    CHECK(b.lane == a.lane);
    // The membership keeps its own sub-row above the chairmanships.
    const auto &m = barOf(layout, 3);
    for (const auto *bar : {&a, &b, &c})
        CHECK(m.rect.bottom() < bar->rect.top());
}

TEST_CASE("Rows: current members first, then by the earliest date, then by name", "[membership]")
{
    const auto layout = makeLayout({
        period("Uzbekistan", PeriodKind::TreatyParty, "1992-05-15", "1999"),
        ongoing(period("Russia", PeriodKind::Membership, "2002-05-14", nullptr)),
        ongoing(period("Russia", PeriodKind::TreatyParty, "1992-05-15", nullptr)),
        ongoing(period("Belarus", PeriodKind::TreatyParty, "1993", nullptr)),
        ongoing(period("Armenia", PeriodKind::TreatyParty, "1992-05-15", nullptr)),
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
    CHECK(MembershipLayout::describe(noYear, std::nullopt)
              .contains(QStringLiteral("year not stated")));
    CHECK(MembershipLayout::describe(layout.periods()[0], std::nullopt)
              .contains(QStringLiteral("not stated")));
}

TEST_CASE("Hit-testing returns the bar's link and sources", "[membership]")
{
    auto armenia = ongoing(
        period("Armenia", PeriodKind::Membership, "2002-05-14", nullptr,
               {QStringLiteral("csto-mfa-2019-11-28"), QStringLiteral("belta-2020-12-03")}));
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
    layout.setPeriods(
        {ongoing(period("Russia", PeriodKind::Membership, "2002-05-14", nullptr, {"a"})),
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
