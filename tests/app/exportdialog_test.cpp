// SPDX-License-Identifier: MIT
#include "support/bundledkb.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <app/exportdialog.h>

using csto::app::ExportDialog;

TEST_CASE("Exported file names are sanitised", "[export]")
{
    CHECK(ExportDialog::suggestedFileName("Collective Security Council") ==
          "collective-security-council.pdf");
    CHECK(ExportDialog::suggestedFileName("../../etc/passwd") == "etc-passwd.pdf");
    CHECK(ExportDialog::suggestedFileName("Совет коллективной безопасности") ==
          QString::fromUtf8("совет-коллективной-безопасности.pdf"));
    CHECK(ExportDialog::suggestedFileName("<>:\"|?*") == "summary.pdf");
    CHECK(ExportDialog::suggestedFileName(QString(500, QLatin1Char('a'))).size() == 84);
}

TEST_CASE("The export dialog saves a PDF, or reports why not and leaves nothing", "[export]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    const auto entity = kb->findEntity("mercenary");
    REQUIRE(entity);
    ExportDialog dialog(*kb, {entity->rowId, "Mercenary", csto::PartialDate::year(2014),
                              csto::PartialDate::year(2020)});
    csto::test::TempDir dir;
    const QString file = QString::fromStdString((dir / "mercenary.pdf").string());
    REQUIRE(dialog.saveAs(file));
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    CHECK(written.size() > 5000);
}
