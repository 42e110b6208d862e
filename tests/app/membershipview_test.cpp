// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <QApplication>
#include <QDate>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

#include <app/membershipview.h>

using csto::app::MembershipView;
using csto::render::PeriodKind;

namespace {

const csto::render::MembershipBar *findBar(const MembershipView &view, const QString &state,
                                           PeriodKind kind)
{
    for (const auto &bar : view.layout().bars()) {
        const auto &period = view.layout().periods()[bar.period];
        if (period.rowKey == state && period.kind == kind)
            return &bar;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The membership chart shows the bundled states and opens them", "[membership]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    MembershipView view;
    view.load(*kb);
    view.resize(1000, view.heightForWidth(1000));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const auto &rows = view.layout().rows();
    REQUIRE(rows.size() >= 9);
    QStringList current;
    QStringList former;
    for (const auto &row : rows)
        (row.current ? current : former) << row.key;
    // Current members first, then those that left.
    CHECK(rows.front().current);
    CHECK_FALSE(rows.back().current);
    CHECK(current.contains("armenia"));
    CHECK(current.contains("russia"));
    CHECK(former.contains("uzbekistan"));
    CHECK(former.contains("georgia"));
    CHECK(view.height() >= view.layout().height() - 1);

    // Uzbekistan left the treaty in 1999: an end known to the year, drawn over the whole year.
    const auto *uzbekistan = findBar(view, "uzbekistan", PeriodKind::TreatyParty);
    REQUIRE(uzbekistan);
    CHECK(uzbekistan->endTo - uzbekistan->endFrom > 5);
    CHECK_FALSE(uzbekistan->openEnd);

    // Tajikistan's chairmanship from December 2014 has no stated end: it fades out in early
    // 2015 instead of running to today over the later chairmanships; the one from December 2020
    // is current as of the sources and ends in the arrow at their date.
    REQUIRE(view.layout().sourcesUpTo());
    CHECK(view.layout().sourcesUpTo()->toIso() == "2020-12-03");
    int tajikChairs = 0;
    for (const auto &bar : view.layout().bars()) {
        const auto &period = view.layout().periods()[bar.period];
        if (period.rowKey != "tajikistan" || period.kind != PeriodKind::Chairmanship)
            continue;
        ++tajikChairs;
        CHECK(bar.lane == 0);
        if (period.start->toIso() == "2014-12") {
            CHECK(bar.endNotStated);
            CHECK_FALSE(bar.openEnd);
            CHECK(bar.rect.right() <
                  view.layout().dayToX(static_cast<double>(QDate(2016, 1, 1).toJulianDay())));
        } else {
            CHECK(bar.openEnd);
            CHECK(bar.endTo == Approx(*view.layout().sourcesUpToX()));
            CHECK(bar.rect.right() < *view.layout().sourcesUpToX() + 3);
        }
    }
    CHECK(tajikChairs == 2);

    const auto *russia = findBar(view, "russia", PeriodKind::Membership);
    REQUIRE(russia);
    const QString tip = view.toolTipAt(russia->rect.center());
    CHECK(tip.startsWith("Russia"));
    CHECK(tip.contains("Sources:"));
    CHECK(tip.contains("BelTA"));

    QSignalSpy spy(&view, &MembershipView::linkActivated);
    QTest::mouseClick(&view, Qt::LeftButton, {}, russia->rect.center().toPoint());
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == "atlas:entity/russia");
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() / 2, 4));
    CHECK(spy.count() == 1); // the axis leads nowhere
}

TEST_CASE("Membership tooltips escape what the database says", "[membership]")
{
    MembershipView view;
    csto::render::MembershipPeriod period;
    period.rowKey = "x";
    period.state = "<b>State</b>";
    period.kind = PeriodKind::Membership;
    period.start = csto::PartialDate::parse("2002");
    period.body = "Org";
    period.summary = "<img src=\"file:///etc/passwd\">";
    period.link = "atlas:entity/x";
    period.sources = {"s"};
    view.setPeriods({period}, {{"s", "<i>Source</i>"}});
    view.resize(700, view.heightForWidth(700));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QPoint at = view.layout().bars().front().rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &help);
    const QString shown = QToolTip::text();
    CHECK(shown.contains("&lt;b&gt;State&lt;/b&gt;"));
    CHECK(shown.contains("&lt;img"));
    CHECK(shown.contains("&lt;i&gt;Source"));
    CHECK_FALSE(shown.contains("<img"));
    CHECK_FALSE(shown.contains("<b>"));
    QToolTip::hideText();
}
