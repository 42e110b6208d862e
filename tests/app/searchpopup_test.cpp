// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

#include <app/searchpopup.h>

using csto::app::SearchPopup;

TEST_CASE("Search popup finds aliases and prefixes as the user types", "[search]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    QWidget window;
    SearchPopup popup(*kb, &window);

    popup.setQuery("kan");
    REQUIRE_FALSE(popup.resultLinks().isEmpty());
    CHECK(popup.resultLinks().first() == "atlas:entity/channel");
    CHECK(popup.resultGroups().first() == "Operations");

    popup.setQuery("nayom");
    REQUIRE_FALSE(popup.resultLinks().isEmpty());
    CHECK(popup.resultLinks().first() == "atlas:entity/mercenary");

    popup.setQuery(QString::fromUtf8("Наёмник"));
    REQUIRE_FALSE(popup.resultLinks().isEmpty());
    CHECK(popup.resultLinks().first() == "atlas:entity/mercenary");

    popup.setQuery("collective security council");
    REQUIRE_FALSE(popup.resultLinks().isEmpty());
    CHECK(popup.resultLinks().first() == "atlas:entity/collective-security-council");

    popup.setQuery("\"NEAR( AND *");
    CHECK_NOTHROW(popup.resultLinks());
    popup.setQuery("");
    CHECK(popup.resultLinks().isEmpty());
}

TEST_CASE("Search popup groups hits by kind, keyboard-driven", "[search]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    QWidget window;
    window.resize(900, 600);
    window.show();
    SearchPopup popup(*kb, &window);
    popup.showOver(window.geometry());
    popup.setQuery("council");
    const auto groups = popup.resultGroups();
    REQUIRE(groups.size() > 2);
    // Each group's hits are contiguous.
    QStringList seen;
    for (int i = 0; i < groups.size(); ++i) {
        if (i == 0 || groups[i] != groups[i - 1]) {
            CHECK_FALSE(seen.contains(groups[i]));
            seen << groups[i];
        }
    }
    QSignalSpy activated(&popup, &SearchPopup::linkActivated);
    const QString first = popup.currentLink();
    QTest::keyClick(popup.focusWidget(), Qt::Key_Down);
    const QString second = popup.currentLink();
    CHECK(second != first);
    CHECK(second == popup.resultLinks().at(1));
    QTest::keyClick(popup.focusWidget(), Qt::Key_Up);
    CHECK(popup.currentLink() == first);
    QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toString() == first);
    CHECK_FALSE(popup.isVisible());
}
