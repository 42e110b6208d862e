// SPDX-License-Identifier: MIT
// Issue 14's scenario in the window: import a seed article, accept the exercise it proposes
// under the right parent, merge a duplicate body, fix an event's date, undo twice, redo once.
// The final export must equal tests/app/golden/curation-scenario.json byte for byte (set
// CSTO_UPDATE_GOLDEN=1 to write it anew, then read it before committing it).
#include "support/articles.h"
#include "support/bundledkb.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <app/curationdialog.h>
#include <app/datefield.h>
#include <app/editactions.h>
#include <app/entitypicker.h>
#include <app/eventdialog.h>
#include <app/mainwindow.h>
#include <app/mergedialog.h>
#include <cstdlib>
#include <fstream>
#include <iterator>

using csto::app::CurationDialog;
using csto::app::MainWindow;

namespace {

void type(QLineEdit *box, const QString &text)
{
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Delete);
    // QTest types only ASCII keys; other text arrives as an input method would insert it.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(box, text);
    else
        box->insert(text);
}

// The pending proposal of an entity named `name`.
std::int64_t entityProposal(csto::KnowledgeBase &kb, const std::string &name)
{
    for (const auto &p : kb.pendingProposals()) {
        if (p.kind == "entity" && nlohmann::json::parse(p.payload).value("name", "") == name)
            return p.id;
    }
    FAIL("no pending proposal of the entity " << name);
    return 0;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("The curation scenario: import, accept, merge, fix a date, undo twice, redo once",
          "[window][curation][scenario]")
{
    csto::test::BundledCopy copy;
    auto reference = copy.open();
    // The knowledge base before the article about Russia's chairmanship was read: it does not
    // know the exercise the article names.
    reference->deleteRecord("enduring-brotherhood-2020", true);

    MainWindow window(copy.open(), copy.path());
    auto *edit = window.editActions();
    QStringList warnings;
    edit->setWarn([&](const QString &, const QString &message) { warnings << message; });
    window.show();
    const auto exported = [&] {
        return csto::serialiseDataset(reference->exportDataset());
    };

    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importArticles({QString::fromStdString(
        (csto::test::articlesDir() / "004_84b3daaceaf38c87.txt").string())});
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.first().at(0).toInt() == 1);

    // Accepted as the review pane accepts (through the store), then on the window's stack.
    csto::AcceptChoice exercise;
    exercise.kind = csto::EntityKind::Exercise;
    exercise.parent = "collective-peacekeeping-forces";
    const auto accepted = reference->acceptProposal(
        entityProposal(*reference, "Enduring Brotherhood"), exercise);
    edit->recordChange(accepted.changeId);
    csto::AcceptChoice body;
    body.parent = "csto";
    const auto council =
        reference->acceptProposal(entityProposal(*reference, "Coordinating Council"), body);
    edit->recordChange(council.changeId);
    window.refreshAfterChange();
    REQUIRE(reference->entityRecord(accepted.recordId)->parent == "collective-peacekeeping-forces");

    // "Coordinating Council" is the article's short name of the council for emergencies.
    REQUIRE(window.navigate("atlas:entity/" + QString::fromStdString(council.recordId)));
    edit->setDialogRunner([](CurationDialog &dialog) {
        auto &merge = dynamic_cast<csto::app::MergeDialog &>(dialog);
        type(merge.survivorPicker()->lineEdit(), "Coordinating Council for Emergency Situations");
        return merge.okButton()->isEnabled();
    });
    edit->mergeCurrent();
    REQUIRE(warnings.isEmpty());
    CHECK(window.currentLink() == "atlas:entity/coordinating-council-emergencies");

    // Tajikistan took over the presidency at the session of 23 December 2014.
    REQUIRE(window.navigate("atlas:event/2014-12-tajikistan-presidency"));
    edit->setDialogRunner([](CurationDialog &dialog) {
        auto &event = dynamic_cast<csto::app::EventDialog &>(dialog);
        type(event.dateField()->lineEdit(), "2014-12-23");
        return event.okButton()->isEnabled();
    });
    edit->editCurrent();
    REQUIRE(warnings.isEmpty());
    const std::string merged = exported();
    CHECK(reference->eventRecord("2014-12-tajikistan-presidency")->date ==
          csto::PartialDate::day(2014, 12, 23));

    edit->undo(); // the date
    edit->undo(); // the merge
    CHECK(reference->findEntity(council.recordId)->id == council.recordId);
    edit->redo(); // the merge again
    REQUIRE(warnings.isEmpty());
    CHECK(edit->undoStack()->redoText().contains("Tajikistan"));

    const std::string final = exported();
    CHECK(final != merged);
    CHECK(reference->eventRecord("2014-12-tajikistan-presidency")->date ==
          csto::PartialDate::month(2014, 12));
    CHECK(reference->findEntity(council.recordId)->id == "coordinating-council-emergencies");

    const std::filesystem::path golden =
        std::filesystem::path(CSTO_GOLDEN_DIR) / "curation-scenario.json";
    if (std::getenv("CSTO_UPDATE_GOLDEN")) {
        std::ofstream(golden, std::ios::binary) << final;
        WARN("wrote " << golden);
    }
    CHECK(final == readFile(golden));
}
