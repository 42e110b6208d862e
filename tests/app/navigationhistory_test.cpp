// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <app/navigationhistory.h>

using csto::app::NavigationHistory;

TEST_CASE("History walks back and forward like a browser", "[history]")
{
    NavigationHistory history;
    CHECK_FALSE(history.canGoBack());
    CHECK_FALSE(history.back().has_value());
    history.visit("a");
    history.visit("b");
    history.visit("c");
    history.visit("c"); // revisiting the current place adds nothing
    CHECK(history.back() == QString("b"));
    CHECK(history.back() == QString("a"));
    CHECK_FALSE(history.back().has_value());
    CHECK(history.forward() == QString("b"));
    CHECK(history.canGoForward());
    history.visit("d"); // a new visit drops the forward part ("c")
    CHECK_FALSE(history.canGoForward());
    CHECK(history.current() == QString("d"));
    CHECK(history.back() == QString("b"));
    CHECK(history.back() == QString("a"));
    CHECK(history.forward() == QString("b"));
    CHECK(history.forward() == QString("d"));
    CHECK_FALSE(history.forward().has_value());
}

TEST_CASE("History keeps a bounded number of places", "[history]")
{
    NavigationHistory history;
    for (int i = 0; i < 2000; ++i)
        history.visit(QString::number(i));
    int steps = 0;
    while (history.back())
        ++steps;
    CHECK(steps == 499);
    CHECK(history.current() == QString("1500"));
}
