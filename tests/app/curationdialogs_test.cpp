// SPDX-License-Identifier: MIT
// The curation dialogs check their input as it is typed: OK stays disabled, with the reason
// shown, until the input may be saved; dates read as people write them.
#include "support/bundledkb.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <app/aliasdialog.h>
#include <app/citationfield.h>
#include <app/datefield.h>
#include <app/entitydialog.h>
#include <app/entitypicker.h>
#include <app/eventdialog.h>
#include <app/mergedialog.h>
#include <app/relationdialog.h>

using csto::PartialDate;
using csto::app::DateField;

namespace {

// Types `text` into the box as a user does (replacing what is there).
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

void writeNote(csto::app::CitationField *citation)
{
    citation->sourceBox()->setCurrentIndex(0);
    citation->noteText()->setPlainText(QStringLiteral("Read in the 2002 charter."));
}

} // namespace

TEST_CASE("The date field reads the partial forms and says how it reads them", "[dialogs]")
{
    CHECK(DateField::read("2002").date == PartialDate::year(2002));
    CHECK(DateField::read("May 2002").date == PartialDate::month(2002, 5));
    CHECK(DateField::read("may 2002").date == PartialDate::month(2002, 5));
    CHECK(DateField::read("  MAY   2002 ").date == PartialDate::month(2002, 5));
    CHECK(DateField::read("2002-05").date == PartialDate::month(2002, 5));
    CHECK(DateField::read("2002-05-14").date == PartialDate::day(2002, 5, 14));
    CHECK(DateField::read("14 May 2002").date == PartialDate::day(2002, 5, 14));
    CHECK(DateField::read("--06-17").date == PartialDate::dayOfYear(6, 17));
    CHECK(DateField::read("").date == std::nullopt);
    CHECK(DateField::read("").problem.isEmpty());

    for (const char *bad : {"2021-02-30", "Mayday 2002", "2002-13", "May", "31 June 2002",
                            "yesterday", "2002 May 14"}) {
        INFO(bad);
        const auto reading = DateField::read(bad);
        CHECK_FALSE(reading.date);
        CHECK_FALSE(reading.problem.isEmpty());
    }
    CHECK(DateField::read("2021-02-30").problem.contains("28 days"));

    DateField field(DateField::Requirement::Required);
    type(field.lineEdit(), "may 2002");
    CHECK(field.isValid());
    CHECK(field.readingText() == "reads: May 2002");
    type(field.lineEdit(), "--06-17");
    CHECK(field.readingText() == "reads: 17 June, year not stated");
    type(field.lineEdit(), "");
    CHECK(field.problem() == "a date is needed");
    DateField optional(DateField::Requirement::Optional);
    CHECK(optional.isValid());
    CHECK(optional.readingText() == "not stated");
}

TEST_CASE("The entity picker finds by name and alias as one types; ids are not names", "[dialogs]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    csto::app::EntityPicker picker(*kb, nullptr);
    picker.show();
    QTest::keyClicks(picker.lineEdit(), "joint sta");
    CHECK_FALSE(picker.entity());
    REQUIRE(picker.resultNames().contains("Joint Staff"));
    // Five hits show at once, however tall the kind icons make a row.
    const auto *results = picker.results();
    CHECK(results->viewport()->height() >= 5 * results->sizeHintForRow(0));
    // Enter picks the highlighted hit.
    picker.results()->setCurrentRow(static_cast<int>(picker.resultNames().indexOf("Joint Staff")));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    REQUIRE(picker.entity());
    CHECK(picker.entity()->id == "joint-staff");
    // Typing again drops the pick; an alias typed in full picks at once.
    type(picker.lineEdit(), "ОДКБ");
    REQUIRE(picker.entity());
    CHECK(picker.entity()->id == "csto");
    type(picker.lineEdit(), "csto-joint");
    CHECK_FALSE(picker.entity());
    // The excluded entity (the one merged) is never offered.
    picker.setExcluded("joint-staff");
    type(picker.lineEdit(), "Joint Staff");
    CHECK_FALSE(picker.resultNames().contains("Joint Staff"));
    CHECK_FALSE(picker.entity());
}

TEST_CASE("New Entity: OK only with a name, good dates, a picked parent and a source", "[dialogs]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    csto::app::EntityDialog dialog(*kb, nullptr, std::nullopt, nullptr);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.shownProblem() == "The name is empty.");
    type(dialog.nameEdit(), "Exercise Interaction-2002");
    CHECK(dialog.shownProblem() == "The summary is empty: say in a sentence what it is.");
    dialog.summaryEdit()->setPlainText(QStringLiteral("A joint exercise."));
    CHECK(dialog.shownProblem() == "The analyst note needs its text.");
    writeNote(dialog.citationField());
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.shownProblem().isEmpty());

    type(dialog.startField()->lineEdit(), "May 2002");
    CHECK(dialog.startField()->readingText() == "reads: May 2002");
    CHECK(dialog.okButton()->isEnabled());
    type(dialog.startField()->lineEdit(), "2002-02-30");
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.shownProblem().startsWith("Start: "));
    type(dialog.startField()->lineEdit(), "2003");
    type(dialog.endField()->lineEdit(), "May 2002");
    CHECK(dialog.shownProblem() == "The end is before the start.");
    type(dialog.endField()->lineEdit(), "");
    CHECK(dialog.okButton()->isEnabled());

    // A parent typed but not picked.
    type(dialog.parentPicker()->lineEdit(), "Joint");
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.shownProblem() == "Pick the parent from the list, or empty the box.");
    type(dialog.parentPicker()->lineEdit(), "Joint Staff");
    CHECK(dialog.okButton()->isEnabled());
    const auto record = dialog.record();
    CHECK(record.name == "Exercise Interaction-2002");
    CHECK(record.parent == "joint-staff");
    CHECK(record.start == PartialDate::year(2003));
    CHECK(dialog.citation().note->text == "Read in the 2002 charter.");
    CHECK(dialog.citation().note->author == csto::app::CitationField::osUser().toStdString());
}

TEST_CASE("Edit of an entity starts from its record and needs no source", "[dialogs]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    const auto record = kb->entityRecord("joint-staff");
    REQUIRE(record);
    csto::app::EntityDialog dialog(*kb, nullptr, record, nullptr);
    CHECK(dialog.citationField() == nullptr);
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.nameEdit()->text() == "Joint Staff");
    CHECK(dialog.record().aliases == record->aliases);
    CHECK(dialog.record().parent == record->parent);
    type(dialog.nameEdit(), " ");
    CHECK_FALSE(dialog.okButton()->isEnabled());
}

TEST_CASE("New Event: a title, a date and a participant picked by search", "[dialogs]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    csto::app::EventDialog dialog(*kb, nullptr, std::nullopt, nullptr);
    type(dialog.titleEdit(), "Joint staff exercise");
    CHECK(dialog.shownProblem() == "The summary is empty: say in a sentence what happened.");
    dialog.summaryEdit()->setPlainText(QStringLiteral("A staff exercise."));
    CHECK(dialog.shownProblem() == "Date: a date is needed");
    type(dialog.dateField()->lineEdit(), "may 2002");
    CHECK(dialog.dateField()->readingText() == "reads: May 2002");
    CHECK(dialog.shownProblem() == "An event needs at least one participant.");
    type(dialog.participantPicker()->lineEdit(), "Armenia");
    CHECK(dialog.participantTable()->rowCount() == 1);
    CHECK(dialog.participantPicker()->lineEdit()->text().isEmpty());
    writeNote(dialog.citationField());
    CHECK(dialog.okButton()->isEnabled());
    type(dialog.endField()->lineEdit(), "2001");
    CHECK(dialog.shownProblem() == "The end is before the date.");
    type(dialog.endField()->lineEdit(), "--06-17");
    CHECK_FALSE(dialog.okButton()->isEnabled());
    type(dialog.endField()->lineEdit(), "2002-05-20");
    CHECK(dialog.okButton()->isEnabled());
    const auto record = dialog.record();
    CHECK(record.date == PartialDate::month(2002, 5));
    CHECK(record.participants == std::vector<std::string>{"armenia"});
}

TEST_CASE("New Relation: two different ends, picked", "[dialogs]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    csto::app::RelationDialog dialog(*kb, nullptr, std::nullopt, nullptr,
                                     kb->findEntity("armenia"));
    writeNote(dialog.citationField());
    CHECK(dialog.shownProblem() == "Pick the entity the relation is to.");
    type(dialog.toPicker()->lineEdit(), "Armenia");
    CHECK(dialog.shownProblem() == "A relation joins two different entities.");
    type(dialog.toPicker()->lineEdit(), "Collective Security Treaty Organization");
    CHECK(dialog.okButton()->isEnabled());
    type(dialog.startField()->lineEdit(), "1992-13-01");
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.record().from == "armenia");
}

TEST_CASE("Merge Into: the survivor is picked, never the merged entity itself", "[dialogs]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    const auto staff = kb->findEntity("joint-staff");
    REQUIRE(staff);
    csto::app::MergeDialog dialog(*kb, nullptr, *staff, nullptr);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.shownProblem() == "Pick the entity \u201cJoint Staff\u201d is merged into.");
    type(dialog.survivorPicker()->lineEdit(), "Joint Staff");
    CHECK_FALSE(dialog.okButton()->isEnabled());
    type(dialog.survivorPicker()->lineEdit(), "Secretariat");
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.survivor()->id == "secretariat");
}

TEST_CASE("Add Alias: not empty, not a name it has", "[dialogs]")
{
    csto::EntityHeader staff;
    staff.id = "joint-staff";
    staff.name = "Joint Staff";
    csto::app::AliasDialog dialog(staff, {"Joint Staff", "JS"}, nullptr);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    type(dialog.aliasEdit(), "js");
    CHECK(dialog.shownProblem() == "\u201cjs\u201d is already one of its names.");
    type(dialog.aliasEdit(), "CSTO Joint Staff");
    CHECK(dialog.okButton()->isEnabled());
}
