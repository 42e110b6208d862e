// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include "cardhtml.h"

#include <core/curation.h>
#endif

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <utility>

class QAction;
class QMenu;
class QPoint;
class QTreeView;

namespace csto {
class KnowledgeBase;
struct EntityHeader;
} // namespace csto

namespace csto::app {

class CurationDialog;
class DatabaseGuard;
class DetailView;
class TimelineView;

// The window's curation: the Edit menu's New Entity…, New Event…, New Relation…, Edit…, Delete,
// Merge Into… and Add Alias…, the same in the context menus of the tree, the timeline and the
// card, and Undo/Redo over a QUndoStack of the changes made since the knowledge base was opened.
// Every write is one KnowledgeBase operation, journaled by the store; undo reverts the change and
// redo reverts the revert (KnowledgeBase::revert), so the stack and the journal always agree.
// The item acted on is the one the window shows (its current atlas: link).
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    // How a dialog is run (the default: exec(), true when accepted); tests fill and accept it.
    using DialogRunner = std::function<bool(CurationDialog &dialog)>;
    // Asks a yes/no question (the default: a message box); true for yes.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    // Tells the user a write was refused or failed (the default: a warning box).
    using Warn = std::function<void(const QString &title, const QString &message)>;

    EditActions(QWidget *window, DatabaseGuard *guard, std::function<QString()> currentLink);
    ~EditActions() override;

    // The knowledge base written to from now on; the undo stack starts empty with it.
    void setKnowledgeBase(KnowledgeBase &kb);

    // The curation entries, appended to the window's Edit menu.
    void addToMenu(QMenu *menu) const;
    // Right-click menus on the tree, the timeline and the card: the clicked item is shown first,
    // then the menu acts on it. Del is bound to these three panes only, so that in a text box
    // (the tree's filter) it deletes text.
    void attachContextMenus(QTreeView *tree, TimelineView *timeline, DetailView *card);

    // Handles the links of the card that act rather than show: "atlas:revert/<change>" and
    // "atlas:relation/<id>" (edits the relation). False for any other link.
    bool handleLink(const QString &link);

    // What the card of `recordId` shows for curating it: its history, and whether it may be
    // edited (Revert and edit links). Reads the journal: call inside a guard.
    [[nodiscard]] CardCuration cardCuration(const std::string &recordId);
    // Enables what can be done to the item shown now (the window calls it after each display).
    void updateActions();

    // A change made elsewhere in the window (e.g. accepting a proposal), so Undo takes it back.
    void recordChange(std::int64_t changeId);

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setWarn(Warn warn) { m_warn = std::move(warn); }

    [[nodiscard]] QUndoStack *undoStack() { return &m_stack; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }

    // The operations, acting on the current item. Each catches and reports every failure.
    void newEntity();
    void newEvent();
    void newRelation();
    void editCurrent();
    void deleteCurrent();
    void mergeCurrent();
    void addAliasToCurrent();
    void editRelation(const QString &relationId);
    void deleteRelation(const QString &relationId);
    // Reverts one change of the journal (the card's Revert link), as an undoable step.
    void revertChange(std::int64_t changeId);
    void undo();
    void redo();

signals:
    // The knowledge base changed: the panes reread it (MainWindow::refreshAfterChange).
    void changed();
    // Show this atlas: link (a new entity or event, the survivor of a merge).
    void navigateRequested(const QString &link);

private:
    class Command;
    friend class Command;

    // Runs one write: on success the change goes on the undo stack and the panes are told; any
    // failure is shown to the user (what was refused and why, or that the file is busy).
    std::optional<ChangeResult> perform(const QString &action,
                                        const std::function<ChangeResult()> &write);
    void report(const QString &action, std::exception_ptr error);
    // Runs the body of a slot: catches everything (an exception escaping a slot is undefined
    // behaviour) and reports it; does nothing before a knowledge base is set.
    template <typename Body> void guarded(const QString &action, Body &&body) noexcept
    {
        try {
            if (m_kb)
                std::forward<Body>(body)();
        } catch (...) {
            report(action, std::current_exception());
        }
    }
    // The entity or event shown now, from the current link.
    [[nodiscard]] std::optional<EntityHeader> currentEntity();
    [[nodiscard]] QString currentEventId() const;
    void showContextMenu(const QPoint &globalPos, const QString &relationId = {});

    QWidget *m_window;
    DatabaseGuard *m_guard;
    std::function<QString()> m_currentLink;
    KnowledgeBase *m_kb = nullptr;
    QUndoStack m_stack;
    // A command's next undo or redo does nothing: the change it stands for is already made
    // (when pushed) or was refused (so the stack steps back to where it was).
    bool m_skipNextStep = false;
    std::exception_ptr m_stepFailure;

    DialogRunner m_runDialog;
    Confirm m_confirm;
    Warn m_warn;

    QAction *m_newEntity;
    QAction *m_newEvent;
    QAction *m_newRelation;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_merge;
    QAction *m_alias;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace csto::app
