// SPDX-License-Identifier: MIT
#include "reviewpane.h"

#include "acceptdialog.h"
#include "databaseguard.h"
#include "proposaleditdialog.h"
#include "proposalmodel.h"

#include <core/duplicates.h>
#include <core/error.h>
#include <core/knowledgebase.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csto::app {

ReviewPane::ReviewPane(KnowledgeBase &kb, QWidget *parent, DatabaseGuard *guard)
    : QWidget(parent), m_kb(kb), m_guard(guard), m_model(new ProposalModel(kb, this)),
      m_list(new QTableView), m_why(new QLabel), m_accept(new QPushButton(tr("&Accept"))),
      m_acceptAs(new QPushButton(tr("Accept A&s\u2026"))),
      m_edit(new QPushButton(tr("&Edit\u2026"))), m_reject(new QPushButton(tr("&Reject"))),
      m_acceptAll(new QPushButton(tr("Accept A&ll")))
{
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    // What is proposed and what it probably is share the room; the rest keep a readable width.
    auto *header = m_list->horizontalHeader();
    header->setSectionResizeMode(ProposalModel::ProposalColumn, QHeaderView::Stretch);
    header->resizeSection(ProposalModel::DateColumn, 120);
    header->resizeSection(ProposalModel::ParticipantsColumn, 130);
    header->resizeSection(ProposalModel::SameAsColumn, 190);
    header->resizeSection(ProposalModel::ArticleColumn, 100);
    header->resizeSection(ProposalModel::ReasonColumn, 220);
    m_why->setObjectName(QStringLiteral("reviewWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->setHighlightSections(false);
    m_accept->setToolTip(tr("Accept the proposal; one that is probably the same as a known "
                            "record is merged into it"));
    m_acceptAs->setToolTip(tr("Choose the kind and parent, or the known record it is the same as"));
    auto *buttons = new QHBoxLayout;
    for (auto *button : {m_accept, m_acceptAs, m_edit, m_reject})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_acceptAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addWidget(m_why);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] {
        runGuarded(tr("Accepting the proposal"), qOverload<>(&ReviewPane::acceptCurrent));
    });
    connect(m_acceptAs, &QPushButton::clicked, this,
            [this] { runGuarded(tr("Accepting the proposal"), &ReviewPane::acceptCurrentAs); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { runGuarded(tr("Rejecting the proposal"), &ReviewPane::rejectCurrent); });
    connect(m_edit, &QPushButton::clicked, this,
            [this] { runGuarded(tr("Editing the proposal"), &ReviewPane::editCurrent); });
    connect(m_acceptAll, &QPushButton::clicked, this,
            [this] { runGuarded(tr("Accepting the proposals"), &ReviewPane::acceptAll); });
    connect(m_list, &QTableView::doubleClicked, this,
            [this] { runGuarded(tr("Editing the proposal"), &ReviewPane::editCurrent); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPane::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateButtons();
                if (!current.isValid())
                    return;
                const auto index = current.siblingAtColumn(0);
                emit evidenceSelected(index.data(ProposalModel::SourceIdRole).toString(),
                                      index.data(ProposalModel::OffsetRole).value<qulonglong>(),
                                      index.data(ProposalModel::LengthRole).value<qulonglong>());
            });
    DatabaseGuard::run(m_guard, tr("Reading the proposals"), [this] { reload(); });
}

void ReviewPane::runGuarded(const QString &action, void (ReviewPane::*work)())
{
    try {
        DatabaseGuard::run(m_guard, action, [&] {
            try {
                (this->*work)();
            } catch (const CurationError &refused) {
                QMessageBox::warning(this, action, QString::fromStdString(refused.what()));
            } catch (const DateError &refused) {
                QMessageBox::warning(this, action, QString::fromStdString(refused.what()));
            }
        });
    } catch (...) {
        // DatabaseGuard::run catches everything; this is the slot's last line of defence.
    }
}

void ReviewPane::reload()
{
    m_model->reload();
    m_list->resizeColumnToContents(ProposalModel::KindColumn);
    updateButtons();
}

void ReviewPane::showFirst()
{
    if (currentRow() < 0 && m_model->rowCount() > 0)
        selectRow(0);
}

int ReviewPane::pendingCount() const
{
    return m_model->rowCount();
}

void ReviewPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->selectionModel()->clear();
        return;
    }
    m_list->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int ReviewPane::currentRow() const
{
    const auto current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReviewPane::updateButtons()
{
    const bool selected = m_model->row(currentRow()) != nullptr;
    for (auto *button : {m_accept, m_acceptAs, m_edit, m_reject})
        button->setEnabled(selected);
    m_why->setText(selected
                       ? m_model->index(currentRow(), 0).data(ProposalModel::WhyRole).toString()
                       : QString());
    m_acceptAll->setEnabled(m_model->rowCount() > 0);
}

void ReviewPane::change(const std::function<std::pair<ChangeResult, QString>()> &work,
                        bool accepted)
{
    const int row = currentRow();
    const auto [result, label] = work();
    reload();
    selectRow(std::min(row, m_model->rowCount() - 1));
    emit changeMade(result, label);
    if (accepted)
        emit knowledgeBaseChanged();
}

void ReviewPane::acceptCurrent()
{
    const auto *row = m_model->row(currentRow());
    if (!row)
        return;
    AcceptChoice choice;
    if (!row->sameAsId.isEmpty())
        choice.sameAs = row->sameAsId.toStdString();
    acceptCurrent(choice);
}

void ReviewPane::acceptCurrent(const AcceptChoice &choice)
{
    const auto *row = m_model->row(currentRow());
    if (!row)
        return;
    const auto id = row->proposal.id;
    QString label = tr("Accept \u2018%1\u2019").arg(row->title);
    if (choice.sameAs) {
        const auto entity = row->isEvent ? std::nullopt : m_kb.findEntity(*choice.sameAs);
        const auto event = row->isEvent ? m_kb.findEvent(*choice.sameAs) : std::nullopt;
        const std::string known = entity ? entity->name : event ? event->title : *choice.sameAs;
        label = tr("Accept \u2018%1\u2019 as \u2018%2\u2019")
                    .arg(row->title, QString::fromStdString(known));
    }
    change([&] { return std::pair(m_kb.acceptProposal(id, choice), label); }, true);
}

void ReviewPane::acceptCurrentAs()
{
    const auto *row = m_model->row(currentRow());
    if (!row)
        return;
    const auto id = row->proposal.id;
    AcceptDialog dialog(m_kb, *row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list may have been read again while the dialog was open (another program's import).
    selectRow(m_model->rowOf(id));
    if (currentRow() >= 0)
        acceptCurrent(dialog.choice());
}

void ReviewPane::rejectCurrent()
{
    const auto *row = m_model->row(currentRow());
    if (!row)
        return;
    const auto id = row->proposal.id;
    const QString label = tr("Reject \u2018%1\u2019").arg(row->title);
    change([&] { return std::pair(m_kb.rejectProposal(id), label); }, false);
}

void ReviewPane::acceptAll()
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const QString label = tr("Accept All (%n proposals)", nullptr, count);
    change([&] { return std::pair(m_kb.acceptAllProposals(), label); }, true);
}

void ReviewPane::editCurrent()
{
    const auto *row = m_model->row(currentRow());
    if (!row)
        return;
    const auto id = row->proposal.id;
    const std::string kind = row->proposal.kind;
    const QString label = tr("Edit Proposal \u2018%1\u2019").arg(row->title);
    ProposalEditDialog dialog(m_kb, *row, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            // The edited date, participants or name may match another known record, or none.
            const std::string payload = DuplicateFinder(m_kb).withSameAs(kind, dialog.payload());
            change([&] { return std::pair(m_kb.editProposal(id, payload), label); }, false);
            return;
        } catch (const CurationError &refused) {
            QMessageBox::warning(&dialog, tr("Cannot change the proposal"),
                                 QString::fromStdString(refused.what()));
        }
    }
}

} // namespace csto::app
