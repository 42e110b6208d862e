// SPDX-License-Identifier: MIT
#pragma once

#include <core/curation.h>

#include <QString>
#include <QWidget>

#include <cstddef>
#include <cstdint>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace csto {
class KnowledgeBase;
}

namespace csto::app {

class DatabaseGuard;
class ProposalModel;

// The proposals of imports waiting for review, on a ProposalModel: the user accepts each (a
// proposal that is probably the same as a known record merges into it by default), accepts it
// as chosen (Accept As…: kind and parent, or the same as a record picked by search), edits it,
// rejects it, or accepts them all. Every one of these is one of the store's operations and
// announces its ChangeResult (changeMade) for the window's undo stack. Nothing proposed enters
// the knowledge base before that.
class ReviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPane)

public:
    // The buttons' reading and writing failures (a damaged file) are reported to `guard`.
    ReviewPane(KnowledgeBase &kb, QWidget *parent = nullptr, DatabaseGuard *guard = nullptr);

    // These throw what the store throws; the buttons catch and show it.
    void reload();
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] ProposalModel *model() const { return m_model; }
    void selectRow(int row);
    // Selects the first proposal if none is selected, so its evidence is shown.
    void showFirst();
    // Accepts the selected proposal: into its probable match if it has one, else as proposed.
    void acceptCurrent();
    void acceptCurrent(const AcceptChoice &choice);
    // Asks how (AcceptDialog), then accepts.
    void acceptCurrentAs();
    void rejectCurrent();
    void acceptAll();
    // Asks for the changes (ProposalEditDialog), then stores them.
    void editCurrent();

signals:
    // The evidence of the selected proposal, to show in the article viewer.
    void evidenceSelected(const QString &sourceId, std::size_t offset, std::size_t length);
    // Something was accepted: the tree, timeline and counts need refreshing.
    void knowledgeBaseChanged();
    // A change the store made and journaled, named for the Edit menu ("Accept 'Interaction-2019'"),
    // for the window's undo stack to push.
    void changeMade(csto::ChangeResult result, QString label);

private:
    [[nodiscard]] int currentRow() const;
    void updateButtons();
    // Runs a store operation on the selected proposal and announces it; `work` returns the
    // ChangeResult and the label. The selection stays on the same row.
    void change(const std::function<std::pair<ChangeResult, QString>()> &work, bool accepted);
    // The slot behind a button: runs `work`, shows a refused change (CurationError) as a
    // message and reports any other failure to the guard.
    void runGuarded(const QString &action, void (ReviewPane::*work)());

    KnowledgeBase &m_kb;
    DatabaseGuard *m_guard;
    ProposalModel *m_model;
    QTableView *m_list;
    QLabel *m_why; // why the current proposal was proposed
    QPushButton *m_accept;
    QPushButton *m_acceptAs;
    QPushButton *m_edit;
    QPushButton *m_reject;
    QPushButton *m_acceptAll;
};

} // namespace csto::app
