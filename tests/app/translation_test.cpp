// SPDX-License-Identifier: MIT
// The window in Russian: with the Russian translation installed (as main() does on a Russian
// system or when Settings say so), menus, card and dates speak Russian; and the Settings dialog
// stores what it shows.
#include "support/bundledkb.h"

#include <render/translation.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTextBlock>

#include <catch2/catch.hpp>

#include <app/detailview.h>
#include <app/mainwindow.h>
#include <app/settingsdialog.h>
#include <app/timelinedata.h>

using csto::app::MainWindow;

namespace {

// Installs Russian for one test and puts English back however the test ends.
struct RussianInterface
{
    RussianInterface()
    {
        REQUIRE(csto::render::installTranslations(*qApp, csto::render::UiLanguage::Russian) ==
                QLocale::Russian);
    }
    ~RussianInterface() { csto::render::removeTranslations(*qApp); }
    RussianInterface(const RussianInterface &) = delete;
    RussianInterface &operator=(const RussianInterface &) = delete;
};

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (auto *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("With the Russian translation the window speaks Russian", "[window][translations]")
{
    csto::test::BundledCopy copy;
    const RussianInterface russian;
    MainWindow window(copy.open(), copy.path());
    window.show();

    const QStringList titles = menuTitles(window);
    CHECK(titles.contains(QStringLiteral("&Файл")));
    CHECK(titles.contains(QStringLiteral("&Правка")));
    CHECK(titles.contains(QStringLiteral("Спр&авка")));
    CHECK_FALSE(titles.contains(QStringLiteral("&File")));

    // The card: the Russian name from the aliases, Russian headings and dates.
    REQUIRE(window.navigate("atlas:entity/collective-security-council"));
    auto *document = window.detailView()->document();
    CHECK(document->firstBlock().text() == QStringLiteral("Совет коллективной безопасности"));
    const QString card = document->toPlainText();
    CHECK(card.contains(QStringLiteral("Collective Security Council"))); // among the other names
    CHECK(card.contains(QStringLiteral("События")));
    CHECK(card.contains(QStringLiteral(" г.")));
    // Linked entities by their Russian names too: the organisation it is part of.
    CHECK(card.contains(QStringLiteral("Организация Договора о коллективной безопасности")));
}

TEST_CASE("Without a translation the window stays English", "[window][translations]")
{
    csto::test::BundledCopy copy;
    MainWindow window(copy.open(), copy.path());
    CHECK(menuTitles(window).contains(QStringLiteral("&File")));
}

TEST_CASE("The Settings dialog stores language, knowledge base, lanes and page size", "[settings]")
{
    QSettings().clear();
    {
        csto::app::SettingsDialog dialog(csto::app::LaneMode::ByKind);
        auto combos = dialog.findChildren<QComboBox *>();
        REQUIRE(combos.size() == 3);   // language, lanes, page size, in that order
        combos[0]->setCurrentIndex(2); // Русский
        combos[1]->setCurrentIndex(1); // by operation
        combos[2]->setCurrentIndex(1); // Letter
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("/tmp/other.db"));
        dialog.accept();
        CHECK(dialog.laneMode() == csto::app::LaneMode::ByOperation);
    }
    CHECK(csto::render::storedUiLanguage() == csto::render::UiLanguage::Russian);
    CHECK(csto::app::SettingsDialog::defaultDatabase() == "/tmp/other.db");
    const QSettings settings;
    CHECK(settings.value(QStringLiteral("timeline/lanes")).toString() == "operation");
    CHECK(settings.value(QStringLiteral("report/pageSize")).toString() == "Letter");

    // Shown again, it shows what was stored; "System" and an empty path remove the keys.
    {
        csto::app::SettingsDialog dialog(csto::app::LaneMode::ByOperation);
        auto combos = dialog.findChildren<QComboBox *>();
        CHECK(combos[0]->currentIndex() == 2);
        CHECK(combos[2]->currentIndex() == 1);
        combos[0]->setCurrentIndex(0);
        dialog.findChild<QLineEdit *>()->clear();
        dialog.accept();
    }
    CHECK(csto::render::storedUiLanguage() == csto::render::UiLanguage::System);
    CHECK(csto::app::SettingsDialog::defaultDatabase().empty());
    QSettings().clear();
}
