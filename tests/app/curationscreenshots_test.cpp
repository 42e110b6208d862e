// SPDX-License-Identifier: MIT
// Not a check: the curation screenshots the README's Curating section is judged by (the edit
// dialog reading a partial date, the merge dialog searching, the card's history, the Edit menu
// naming the undo). Hidden from the suite; run by hand:
//   CSTO_SCREENSHOT_DIR=docs/screenshots build/debug/tests/app_tests '[.screenshots]'
#include "support/bundledkb.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <app/aliasdialog.h>
#include <app/datefield.h>
#include <app/editactions.h>
#include <app/entitydialog.h>
#include <app/entitypicker.h>
#include <app/mainwindow.h>
#include <app/mergedialog.h>

using csto::app::CurationDialog;
using csto::app::MainWindow;

namespace {

QString shotPath(const char *name)
{
    const QString folder = qEnvironmentVariable("CSTO_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    return folder + QLatin1Char('/') + QLatin1String(name);
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

} // namespace

TEST_CASE("Curation screenshots", "[.screenshots]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    MainWindow window(copy.open(), copy.path());
    auto *edit = window.editActions();
    window.resize(1500, 880);
    window.show();
    settle();
    REQUIRE(window.navigate("atlas:entity/joint-staff"));

    // The edit dialog with a partial date typed the way people write it.
    edit->setDialogRunner([](CurationDialog &dialog) {
        auto &entity = dynamic_cast<csto::app::EntityDialog &>(dialog);
        entity.show();
        entity.startField()->lineEdit()->setText(QStringLiteral("may 2002"));
        settle();
        CHECK(entity.grab().save(shotPath("curation-edit-dialog.png")));
        return entity.okButton()->isEnabled();
    });
    edit->editCurrent();
    edit->setDialogRunner([](CurationDialog &dialog) {
        auto &alias = dynamic_cast<csto::app::AliasDialog &>(dialog);
        alias.aliasEdit()->setText(QStringLiteral("CSTO JS"));
        return alias.okButton()->isEnabled();
    });
    edit->addAliasToCurrent();
    settle();
    // The card's history, scrolled to its end.
    window.grab().save(shotPath("curation-card-history.png"));

    // The Edit menu naming what Undo takes back.
    QMenu *menu = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == QLatin1String("&Edit"))
            menu = action->menu();
    }
    REQUIRE(menu);
    menu->popup(window.mapToGlobal(QPoint(60, 30)));
    settle();
    CHECK(menu->grab().save(shotPath("curation-edit-menu.png")));
    menu->hide();

    // The merge dialog, the survivor being searched for.
    REQUIRE(window.navigate("atlas:entity/state-duma"));
    edit->setDialogRunner([](CurationDialog &dialog) {
        auto &merge = dynamic_cast<csto::app::MergeDialog &>(dialog);
        merge.show();
        QTest::keyClicks(merge.survivorPicker()->lineEdit(), QStringLiteral("parl"));
        settle();
        CHECK(merge.grab().save(shotPath("curation-merge-dialog.png")));
        return false;
    });
    edit->mergeCurrent();
}
