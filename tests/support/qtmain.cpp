// SPDX-License-Identifier: MIT
// The main of every Qt test binary: the application object must exist before any test, and
// without a display (CTest's discovery at build time, CI) Qt must use the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    // Settings and data of tests go to throwaway test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("csto-atlas-tests"));
    return Catch::Session().run(argc, argv);
}
