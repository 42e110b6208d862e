// SPDX-License-Identifier: MIT
// The review pane on its model of proposals: the rows and their probable matches, accepting into
// the match (an alias, a citation on the known event), Accept As…, editing before accepting, and
// the change each step announces for the undo stack.
#include "support/articles.h"
#include "support/bundledkb.h"

#include <core/importer.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>

#include <app/acceptdialog.h>
#include <app/proposaleditdialog.h>
#include <app/proposalmodel.h>
#include <app/recordpicker.h>
#include <app/reviewpane.h>

using csto::app::ProposalModel;
using csto::app::ReviewPane;

namespace {

// The bundled knowledge base with the article of 3 December 2020 imported again (its session is
// known) and a text naming the Secretary General as "Stanislaw Zas".
struct Imported
{
    csto::test::BundledCopy copy;
    std::unique_ptr<csto::KnowledgeBase> kb = copy.open();

    Imported()
    {
        csto::Importer importer(*kb);
        REQUIRE(importer.importFile(csto::test::articlesDir() / "003_398e8fc282813d65.txt", {})
                    .status == csto::ImportReport::Status::Imported);
        REQUIRE(importer
                    .importText("MINSK, 3 December (BelTA) - CSTO Secretary General Stanislaw "
                                "Zas spoke in Minsk.\n",
                                "zas.txt", {})
                    .status == csto::ImportReport::Status::Imported);
    }

    // The row whose proposal column reads `title`, or -1.
    static int rowTitled(const QAbstractItemModel &model, const QString &title)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ProposalModel::ProposalColumn).data().toString() == title)
                return row;
        }
        return -1;
    }
    static int firstRow(const QAbstractItemModel &model, bool event, bool withMatch)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto index = model.index(row, 0);
            if (index.data(ProposalModel::IsEventRole).toBool() == event &&
                index.data(ProposalModel::SameAsIdRole).toString().isEmpty() != withMatch)
                return row;
        }
        return -1;
    }
};

// Runs `fill` on the next modal dialog as soon as it is shown.
template <typename Dialog, typename Fill> void onNextDialog(Fill fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        // No REQUIRE here: an exception must not unwind through the dialog's event loop.
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog)
            fill(*dialog);
    });
}

} // namespace

TEST_CASE_METHOD(Imported, "The proposal model: a row per pending proposal with its probable match",
                 "[window][review]")
{
    ProposalModel model(*kb);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    const auto pending = kb->pendingProposals();
    REQUIRE(model.rowCount() == static_cast<int>(pending.size()));
    CHECK(model.columnCount() == ProposalModel::ColumnCount);
    CHECK(model.headerData(ProposalModel::SameAsColumn, Qt::Horizontal, Qt::DisplayRole) ==
          "Probably the same as");

    const int zas = rowTitled(model, "Stanislaw Zas");
    REQUIRE(zas >= 0);
    CHECK(model.index(zas, ProposalModel::KindColumn).data() == "New person");
    CHECK(model.index(zas, ProposalModel::SameAsColumn).data() == "Stanislav Zas");
    CHECK(model.index(zas, 0).data(ProposalModel::SameAsIdRole) == "stanislav-zas");
    CHECK(model.index(zas, ProposalModel::SameAsColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains("near spelling"));

    // The video session of 2 December 2020 is known: its proposals say so, with its title.
    int sessions = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ProposalModel::SameAsIdRole) ==
            "2020-12-02-csc-video-session") {
            ++sessions;
            CHECK(model.index(row, ProposalModel::DateColumn).data() == "2 December 2020");
            CHECK(model.index(row, ProposalModel::SameAsColumn)
                      .data()
                      .toString()
                      .endsWith("(2 December 2020)"));
            CHECK_FALSE(
                model.index(row, ProposalModel::ParticipantsColumn).data().toString().isEmpty());
        }
    }
    CHECK(sessions > 0);
    // Rows carry what the article viewer needs.
    const auto first = model.index(0, 0);
    CHECK(first.data(ProposalModel::ProposalIdRole).value<qint64>() == pending.front().id);
    CHECK(first.data(ProposalModel::SourceIdRole).toString().toStdString() ==
          pending.front().sourceId);
    CHECK_FALSE(model.index(model.rowCount(), 0).isValid());
}

TEST_CASE_METHOD(Imported, "Accept merges a probable duplicate: the name becomes an alias",
                 "[window][review]")
{
    ReviewPane pane(*kb);
    QSignalSpy changes(&pane, &ReviewPane::changeMade);
    const auto entitiesBefore = kb->counts().entities;
    const int row = rowTitled(*pane.model(), "Stanislaw Zas");
    REQUIRE(row >= 0);
    const int pending = pane.pendingCount();
    pane.selectRow(row);
    pane.acceptCurrent();

    CHECK(pane.pendingCount() == pending - 1);
    CHECK(kb->counts().entities == entitiesBefore); // nothing new
    const auto found = kb->findEntity("Stanislaw Zas");
    REQUIRE(found);
    CHECK(found->id == "stanislav-zas");
    REQUIRE(changes.size() == 1);
    const auto result = changes.first().at(0).value<csto::ChangeResult>();
    CHECK(result.changeId > 0);
    CHECK(changes.first().at(1).toString() == "Accept \u2018Stanislaw Zas\u2019 as \u2018Stanislav "
                                              "Zas\u2019");
}

TEST_CASE_METHOD(Imported, "Accept cites the article on the known event instead of adding one",
                 "[window][review]")
{
    ReviewPane pane(*kb);
    const int row = firstRow(*pane.model(), true, true);
    REQUIRE(row >= 0);
    const auto known =
        pane.model()->index(row, 0).data(ProposalModel::SameAsIdRole).toString().toStdString();
    const auto source = pane.model()->index(row, 0).data(ProposalModel::SourceIdRole).toString();
    const auto eventsBefore = kb->counts().events;
    pane.selectRow(row);
    pane.acceptCurrent();
    CHECK(kb->counts().events == eventsBefore);
    const auto card = kb->eventCard(kb->findEvent(known)->rowId);
    REQUIRE(card);
    CHECK(std::any_of(card->sources.begin(), card->sources.end(),
                      [&](const auto &s) { return QString::fromStdString(s.id) == source; }));
}

TEST_CASE_METHOD(Imported,
                 "Accept As: a proposed entity with its kind and a parent found by search",
                 "[window][review]")
{
    ReviewPane pane(*kb);
    QSignalSpy changes(&pane, &ReviewPane::changeMade);
    const int row = rowTitled(*pane.model(), "Stanislaw Zas");
    REQUIRE(row >= 0);
    pane.selectRow(row);
    onNextDialog<csto::app::AcceptDialog>([](csto::app::AcceptDialog &dialog) {
        // It starts on its probable match; the reviewer decides it is someone new.
        CHECK(dialog.findChild<QRadioButton *>("asSame")->isChecked());
        dialog.findChild<QRadioButton *>("asNew")->setChecked(true);
        auto *kind = dialog.findChild<QComboBox *>("kind");
        CHECK(kind->currentText() == "Person");
        auto *parent = dialog.findChild<csto::app::RecordPicker *>("parent");
        parent->search("Secretar");
        CHECK(parent->hitCount() > 0);
        CHECK(parent->hitLabel(0).startsWith("Secretariat"));
        parent->choose(0);
        CHECK(parent->recordId() == "secretariat");
        dialog.accept();
    });
    pane.acceptCurrentAs();
    REQUIRE(changes.size() == 1);
    const auto id = changes.first().at(0).value<csto::ChangeResult>().recordId;
    const auto added = kb->findEntity(id);
    REQUIRE(added);
    CHECK(added->id != "stanislav-zas");
    CHECK(added->kind == csto::EntityKind::Person);
    const auto card = kb->entityCard(added->rowId);
    REQUIRE(card->parent);
    CHECK(card->parent->id == "secretariat");
}

TEST_CASE_METHOD(Imported, "Edit a proposed event, with a live reading of its date, then accept it",
                 "[window][review]")
{
    ReviewPane pane(*kb);
    QSignalSpy changes(&pane, &ReviewPane::changeMade);
    const int row = firstRow(*pane.model(), true, true);
    REQUIRE(row >= 0);
    const auto proposalId =
        pane.model()->index(row, 0).data(ProposalModel::ProposalIdRole).value<qint64>();
    pane.selectRow(row);
    onNextDialog<csto::app::ProposalEditDialog>([](csto::app::ProposalEditDialog &dialog) {
        auto *date = dialog.findChild<QLineEdit *>("date");
        auto *reading = dialog.findChild<QLabel *>("dateReading");
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        date->setText("2020-13");
        CHECK(reading->text().startsWith("not a date"));
        CHECK_FALSE(ok->isEnabled());
        date->setText("2021-05");
        CHECK(reading->text() == "May 2021");
        CHECK(ok->isEnabled());
        dialog.findChild<QLineEdit *>("title")->setText("Session planned for May 2021");
        auto *participants = dialog.findChild<QListWidget *>("participants");
        participants->clear();
        auto *picker = dialog.findChild<csto::app::RecordPicker *>("participantPicker");
        picker->search("Armen");
        CHECK(picker->hitCount() > 0);
        picker->choose(0);
        CHECK(participants->count() == 1);
        CHECK(participants->findItems("Armenia", Qt::MatchExactly).size() == 1);
        dialog.accept();
    });
    pane.editCurrent();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().at(1).toString().startsWith("Edit Proposal"));
    // The edited proposal matches no known event any more, and is accepted as a new one.
    const int edited = pane.model()->rowOf(proposalId);
    REQUIRE(edited >= 0);
    CHECK(pane.model()->index(edited, ProposalModel::ProposalColumn).data() ==
          "Session planned for May 2021");
    CHECK(pane.model()->index(edited, ProposalModel::DateColumn).data() == "May 2021");
    CHECK(pane.model()->index(edited, ProposalModel::SameAsColumn).data().toString().isEmpty());
    const auto eventsBefore = kb->counts().events;
    pane.selectRow(edited);
    pane.acceptCurrent();
    CHECK(kb->counts().events == eventsBefore + 1);
    const auto id = changes.last().at(0).value<csto::ChangeResult>().recordId;
    const auto event = kb->findEvent(id);
    REQUIRE(event);
    CHECK(event->title == "Session planned for May 2021");
    CHECK(event->date == csto::PartialDate::month(2021, 5));
}

TEST_CASE_METHOD(Imported, "Accept All merges every probable duplicate and adds the rest",
                 "[window][review]")
{
    ReviewPane pane(*kb);
    QSignalSpy changes(&pane, &ReviewPane::changeMade);
    int newEvents = 0;
    int newEntities = 0;
    for (int row = 0; row < pane.pendingCount(); ++row) {
        const auto index = pane.model()->index(row, 0);
        if (index.data(ProposalModel::SameAsIdRole).toString().isEmpty())
            (index.data(ProposalModel::IsEventRole).toBool() ? newEvents : newEntities) += 1;
    }
    const auto before = kb->counts();
    int entitiesBefore = 0;
    for (const auto &[kind, n] : before.entities)
        entitiesBefore += n;
    pane.acceptAll();
    CHECK(pane.pendingCount() == 0);
    const auto after = kb->counts();
    int entitiesAfter = 0;
    for (const auto &[kind, n] : after.entities)
        entitiesAfter += n;
    CHECK(after.events == before.events + newEvents);
    CHECK(entitiesAfter == entitiesBefore + newEntities);
    CHECK(kb->findEntity("Stanislaw Zas")->id == "stanislav-zas");
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().at(1).toString().startsWith("Accept All"));
}

TEST_CASE("The review pane says why each proposal was made, for Russian text as for English",
          "[window][review]")
{
    csto::test::BundledCopy copy;
    auto kb = copy.open();
    csto::Importer importer(*kb);
    const std::string text = "МОСКВА, 3 декабря 2021 - Генеральный секретарь ОДКБ Руслан Темиров "
                             "открыл учения «Степной щит-2021» в Казахстане.\n";
    const auto report = importer.importText(text, "ru.txt", {});
    REQUIRE(report.status == csto::ImportReport::Status::Imported);

    ReviewPane pane(*kb);
    const auto &model = *pane.model();
    CHECK(model.headerData(ProposalModel::ReasonColumn, Qt::Horizontal, Qt::DisplayRole) ==
          "Why proposed");
    const int person = Imported::rowTitled(model, QStringLiteral("Руслан Темиров"));
    REQUIRE(person >= 0);
    CHECK(model.index(person, ProposalModel::KindColumn).data() == "New person");
    CHECK(model.index(person, ProposalModel::ReasonColumn).data() ==
          "office title before a name: генеральный секретарь");
    const QString why = model.index(person, 0).data(ProposalModel::WhyRole).toString();
    CHECK(why.contains("генеральный секретарь of Collective Security Treaty Organization"));
    const int occurrence = Imported::rowTitled(model, QStringLiteral("Степной щит-2021"));
    REQUIRE(occurrence >= 0);
    CHECK(model.index(occurrence, ProposalModel::ParticipantsColumn)
              .data()
              .toString()
              .contains("Степной щит (proposed)"));

    // Selecting the row shows why, and the evidence in the article's bytes is the Russian words.
    QSignalSpy evidence(&pane, &ReviewPane::evidenceSelected);
    pane.selectRow(person);
    REQUIRE(evidence.count() == 1);
    const auto offset = evidence.at(0).at(1).toULongLong();
    const auto length = evidence.at(0).at(2).toULongLong();
    CHECK(text.substr(offset, length) == "Генеральный секретарь ОДКБ Руслан Темиров");
    const auto *label = pane.findChild<QLabel *>(QStringLiteral("reviewWhy"));
    REQUIRE(label);
    CHECK(label->text() == why);
}
