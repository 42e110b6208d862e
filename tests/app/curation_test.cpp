// SPDX-License-Identifier: MIT
// Curating in the window: every kind of edit made through the Edit menu's operations and their
// dialogs, undone and redone on the window's undo stack, compared byte for byte with the export
// (serialiseDataset(loadDataset(...))) before and after; refusals, a busy file, the card's history.
#include "support/bundledkb.h"

#include <core/datasetjson.h>
#include <core/datasetstore.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <app/aliasdialog.h>
#include <app/citationfield.h>
#include <app/datefield.h>
#include <app/detailview.h>
#include <app/editactions.h>
#include <app/entitydialog.h>
#include <app/entitypicker.h>
#include <app/eventdialog.h>
#include <app/mainwindow.h>
#include <app/mergedialog.h>
#include <app/relationdialog.h>
#include <functional>

using csto::app::CurationDialog;
using csto::app::EditActions;
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

void writeNote(csto::app::CitationField *citation, const char *text)
{
    citation->sourceBox()->setCurrentIndex(0);
    citation->noteText()->setPlainText(QString::fromUtf8(text));
    citation->noteAuthor()->setText(QStringLiteral("analyst"));
    type(citation->noteDate()->lineEdit(), QStringLiteral("2026-12-03"));
}

struct Curating
{
    csto::test::BundledCopy copy;
    std::unique_ptr<csto::KnowledgeBase> reference = copy.open();
    MainWindow window{copy.open(), copy.path()};
    EditActions *edit = window.editActions();
    QStringList warnings;
    QStringList questions;

    Curating()
    {
        edit->setWarn([this](const QString &, const QString &message) { warnings << message; });
        edit->setConfirm([this](const QString &, const QString &question) {
            questions << question;
            return true;
        });
        window.resize(1280, 800);
        window.show();
    }

    [[nodiscard]] std::string exported() const
    {
        return csto::serialiseDataset(reference->exportDataset());
    }

    // The next dialog is filled by `fill` and accepted if its OK is enabled (as a user can).
    template <typename Dialog> void answer(std::function<void(Dialog &)> fill)
    {
        edit->setDialogRunner([fill](CurationDialog &dialog) {
            auto *typed = dynamic_cast<Dialog *>(&dialog);
            CHECK(typed);
            if (!typed)
                return false;
            fill(*typed);
            CHECK(typed->shownProblem().toStdString() == "");
            return typed->okButton()->isEnabled();
        });
    }
};

struct Edit
{
    const char *name;
    const char *shown; // the link shown when the edit is made
    std::function<void(Curating &)> make;
};

std::vector<Edit> everyKindOfEdit()
{
    return {
        {"new entity", "atlas:entity/collective-rapid-reaction-forces",
         [](Curating &c) {
             c.answer<csto::app::EntityDialog>([](csto::app::EntityDialog &d) {
                 type(d.nameEdit(), "Interaction-2021");
                 d.kindBox()->setCurrentIndex(
                     d.kindBox()->findData(static_cast<int>(csto::EntityKind::Exercise)));
                 type(d.startField()->lineEdit(), "Sep 2021");
                 d.summaryEdit()->setPlainText("Joint exercise of the rapid reaction forces.");
                 writeNote(d.citationField(), "Held in Tajikistan in September 2021.");
             });
             c.edit->newEntity();
         }},
        {"edit entity", "atlas:entity/joint-staff",
         [](Curating &c) {
             c.answer<csto::app::EntityDialog>(
                 [](csto::app::EntityDialog &d) { type(d.startField()->lineEdit(), "may 2002"); });
             c.edit->editCurrent();
         }},
        {"alias", "atlas:entity/joint-staff",
         [](Curating &c) {
             c.answer<csto::app::AliasDialog>(
                 [](csto::app::AliasDialog &d) { type(d.aliasEdit(), "CSTO JS"); });
             c.edit->addAliasToCurrent();
         }},
        {"new event", "atlas:entity/armenia",
         [](Curating &c) {
             c.answer<csto::app::EventDialog>([](csto::app::EventDialog &d) {
                 type(d.titleEdit(), "Armenia hosts a council session");
                 type(d.dateField()->lineEdit(), "2021-09");
                 d.summaryEdit()->setPlainText("A council session in Yerevan.");
                 type(d.participantPicker()->lineEdit(), "Armenia");
                 writeNote(d.citationField(), "Announced by the Secretariat.");
             });
             c.edit->newEvent();
         }},
        {"edit event", "atlas:event/2014-12-tajikistan-presidency",
         [](Curating &c) {
             c.answer<csto::app::EventDialog>(
                 [](csto::app::EventDialog &d) { type(d.dateField()->lineEdit(), "2014-12-23"); });
             c.edit->editCurrent();
         }},
        {"new relation", "atlas:entity/armenia",
         [](Curating &c) {
             c.answer<csto::app::RelationDialog>([](csto::app::RelationDialog &d) {
                 d.typeBox()->setCurrentIndex(d.typeBox()->findData("member_of"));
                 type(d.toPicker()->lineEdit(), "Commonwealth of Independent States");
                 type(d.startField()->lineEdit(), "1991-12-21");
                 writeNote(d.citationField(), "Armenia is a founding member of the CIS.");
             });
             c.edit->newRelation();
         }},
        {"edit relation", "atlas:entity/armenia",
         [](Curating &c) {
             const auto armenia = c.reference->findEntity("armenia");
             const auto card = c.reference->entityCard(armenia->rowId);
             REQUIRE_FALSE(card->relations.empty());
             c.answer<csto::app::RelationDialog>([](csto::app::RelationDialog &d) {
                 type(d.endField()->lineEdit(), "");
                 type(d.startField()->lineEdit(), "1992");
             });
             c.edit->editRelation(QStringLiteral("relation-%1").arg(card->relations[0].rowId));
         }},
        {"delete event", "atlas:event/2018-12-06-foreign-ministers-milan",
         [](Curating &c) { c.edit->deleteCurrent(); }},
        {"delete entity with dependants", "atlas:entity/vladimir-zainetdinov",
         [](Curating &c) {
             c.edit->deleteCurrent();
             REQUIRE(c.questions.size() == 1);
             CHECK(c.questions[0].contains("These depend on it"));
         }},
        {"merge", "atlas:entity/state-duma",
         [](Curating &c) {
             c.answer<csto::app::MergeDialog>([](csto::app::MergeDialog &d) {
                 type(d.survivorPicker()->lineEdit(), "Parliamentary Assembly");
             });
             c.edit->mergeCurrent();
         }},
    };
}

} // namespace

TEST_CASE("Each kind of edit, undone and redone in the window, gives the export before and "
          "after byte for byte",
          "[window][curation]")
{
    for (const auto &kind : everyKindOfEdit()) {
        DYNAMIC_SECTION(kind.name)
        {
            Curating c;
            REQUIRE(c.window.navigate(kind.shown));
            const std::string before = c.exported();
            kind.make(c);
            CHECK(c.warnings.join("\n").toStdString() == "");
            const std::string after = c.exported();
            REQUIRE(after != before);
            REQUIRE(c.edit->undoStack()->canUndo());
            CHECK(c.edit->undoAction()->text().startsWith("&Undo "));

            c.edit->undo();
            CHECK(c.warnings.join("\n").toStdString() == "");
            CHECK(c.exported() == before);
            CHECK(c.edit->undoStack()->canRedo());
            c.edit->redo();
            CHECK(c.exported() == after);
            // And once more: undo after a redo reverts the redo.
            c.edit->undo();
            CHECK(c.exported() == before);
            CHECK(c.warnings.join("\n").toStdString() == "");
        }
    }
}

TEST_CASE("The Edit menu names the change to undo", "[window][curation]")
{
    Curating c;
    REQUIRE(c.window.navigate("atlas:entity/state-duma"));
    c.answer<csto::app::MergeDialog>([](csto::app::MergeDialog &d) {
        type(d.survivorPicker()->lineEdit(), "Parliamentary Assembly");
    });
    c.edit->mergeCurrent();
    const QString label = c.edit->undoStack()->undoText();
    CHECK(label.contains("State Duma"));
    CHECK(label.contains("Parliamentary Assembly"));
    CHECK(c.edit->undoAction()->text() == "&Undo " + label);
    // The survivor is shown; the merged id still leads to it.
    CHECK(c.window.currentLink() == "atlas:entity/parliamentary-assembly");
    CHECK(c.reference->findEntity("state-duma")->id == "parliamentary-assembly");
    c.edit->undo();
    CHECK(c.edit->redoAction()->text() == "Re&do " + label);
    CHECK(c.edit->undoAction()->text() == "&Undo");
}

TEST_CASE("A refused undo says why and leaves the stack and the file as they were",
          "[window][curation]")
{
    Curating c;
    REQUIRE(c.window.navigate("atlas:entity/joint-staff"));
    c.answer<csto::app::EntityDialog>(
        [](csto::app::EntityDialog &d) { type(d.startField()->lineEdit(), "2002"); });
    c.edit->editCurrent();
    REQUIRE(c.warnings.isEmpty());
    // Another program changes the same field afterwards: undoing the first edit would lose it.
    auto record = *c.reference->entityRecord("joint-staff");
    record.start = csto::PartialDate::year(2005);
    c.reference->updateEntity("joint-staff", record);
    const std::string before = c.exported();
    const int index = c.edit->undoStack()->index();

    c.edit->undo();
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].contains("a later change depends on it"));
    CHECK(c.edit->undoStack()->index() == index);
    CHECK(c.edit->undoStack()->canUndo());
    CHECK_FALSE(c.edit->undoStack()->canRedo());
    CHECK(c.exported() == before);
}

TEST_CASE("A busy knowledge base is reported as busy, and nothing changes", "[window][curation]")
{
    Curating c;
    REQUIRE(c.window.navigate("atlas:entity/joint-staff"));
    const std::string before = c.exported();
    {
        // Another writer holds the file's write lock for longer than the busy timeout.
        const auto other = c.reference->beginBatch();
        c.answer<csto::app::AliasDialog>(
            [](csto::app::AliasDialog &d) { type(d.aliasEdit(), "JS"); });
        c.edit->addAliasToCurrent();
    }
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].startsWith("The knowledge base is busy"));
    CHECK_FALSE(c.edit->undoStack()->canUndo());
    CHECK(c.exported() == before);
}

TEST_CASE("A refused edit names the problem and changes nothing", "[window][curation]")
{
    Curating c;
    // Joint Staff made a part of itself through its child: a cycle in the tree.
    const auto parentOfStaff = c.reference->entityRecord("joint-staff")->parent;
    REQUIRE(parentOfStaff);
    REQUIRE(c.window.navigate("atlas:entity/" + QString::fromStdString(*parentOfStaff)));
    const std::string before = c.exported();
    c.answer<csto::app::EntityDialog>(
        [](csto::app::EntityDialog &d) { type(d.parentPicker()->lineEdit(), "Joint Staff"); });
    c.edit->editCurrent();
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].contains("was refused"));
    CHECK_FALSE(c.edit->undoStack()->canUndo());
    CHECK(c.exported() == before);
}

TEST_CASE("The card lists the changes of its subject, newest first, each with a Revert link",
          "[window][curation]")
{
    Curating c;
    REQUIRE(c.window.navigate("atlas:entity/joint-staff"));
    const std::string original = c.exported();
    c.answer<csto::app::EntityDialog>(
        [](csto::app::EntityDialog &d) { type(d.startField()->lineEdit(), "may 2002"); });
    c.edit->editCurrent();
    c.answer<csto::app::AliasDialog>(
        [](csto::app::AliasDialog &d) { type(d.aliasEdit(), "<b>JS</b>"); });
    c.edit->addAliasToCurrent();
    REQUIRE(c.warnings.isEmpty());

    const auto history = c.reference->history(std::string_view("joint-staff"), 10);
    REQUIRE(history.size() == 2);
    const QString html = c.window.detailView()->toHtml();
    const QString text = c.window.detailView()->toPlainText();
    CHECK(text.contains("History"));
    const auto newest = text.indexOf(QString::fromStdString(history[0].label));
    const auto older = text.indexOf(QString::fromStdString(history[1].label));
    CHECK(newest >= 0);
    CHECK(older > newest);
    CHECK(text.contains("start: \u2014 \u2192 2002-05"));
    // Names from the database are text, never markup.
    CHECK(text.contains("<b>JS</b>"));
    CHECK(html.contains("atlas:revert/" + QString::number(history[0].id)));
    CHECK(html.contains("atlas:revert/" + QString::number(history[1].id)));

    // Following the Revert link of the older change, once the newer one is undone.
    c.edit->undo();
    emit c.window.detailView()->linkActivated("atlas:revert/" + QString::number(history[1].id));
    CHECK(c.warnings.join("\n").toStdString() == "");
    CHECK(c.exported() == original);
    CHECK(c.edit->undoStack()->undoText().contains("Revert"));
}

TEST_CASE("After a change the panes keep the selection, the open branches and the scroll",
          "[window][curation]")
{
    Curating c;
    auto *tree = c.window.treeView();
    c.window.resize(900, 420);
    REQUIRE(c.window.navigate("atlas:entity/armenia"));
    tree->expandAll();
    QApplication::processEvents();
    tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 2);
    const int treeScroll = tree->verticalScrollBar()->value();
    REQUIRE(treeScroll > 0);
    int expanded = 0;
    for (QModelIndex i = tree->model()->index(0, 0); i.isValid(); i = tree->indexBelow(i))
        expanded += tree->isExpanded(i);
    c.answer<csto::app::AliasDialog>(
        [](csto::app::AliasDialog &d) { type(d.aliasEdit(), "Hayastan"); });
    c.edit->addAliasToCurrent();
    REQUIRE(c.warnings.isEmpty());

    CHECK(c.window.currentLink() == "atlas:entity/armenia");
    CHECK(tree->currentIndex().data(Qt::DisplayRole).toString() == "Armenia");
    CHECK(tree->verticalScrollBar()->value() == treeScroll);
    int expandedAfter = 0;
    for (QModelIndex i = tree->model()->index(0, 0); i.isValid(); i = tree->indexBelow(i))
        expandedAfter += tree->isExpanded(i);
    CHECK(expandedAfter == expanded);
    CHECK(c.window.detailView()->toPlainText().contains("Hayastan"));
}

TEST_CASE("Opening another knowledge base empties the undo stack", "[window][curation]")
{
    Curating c;
    REQUIRE(c.window.navigate("atlas:entity/joint-staff"));
    c.answer<csto::app::AliasDialog>([](csto::app::AliasDialog &d) { type(d.aliasEdit(), "JS"); });
    c.edit->addAliasToCurrent();
    REQUIRE(c.edit->undoStack()->canUndo());
    csto::test::BundledCopy other;
    REQUIRE(c.window.openDatabase(other.path()));
    CHECK_FALSE(c.edit->undoStack()->canUndo());
    CHECK(c.edit->undoAction()->text() == "&Undo");
}
