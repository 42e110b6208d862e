// SPDX-License-Identifier: MIT
#include "editactions.h"

#include "aliasdialog.h"
#include "atlaslink.h"
#include "databaseguard.h"
#include "detailview.h"
#include "entitydialog.h"
#include "eventdialog.h"
#include "mergedialog.h"
#include "orgtreemodel.h"
#include "relationdialog.h"
#include "timelineview.h"

#include <core/error.h>
#include <core/knowledgebase.h>

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoCommand>

#include <utility>

namespace csto::app {
namespace {

// SQLite's primary result codes for "another connection holds the lock" (sqlite3.h is core's
// private dependency; an extended code carries the primary one in its low byte).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
// The card lists this many of its subject's changes, newest first.
constexpr std::size_t kHistoryShown = 50;
// A Delete question lists this many dependants, then says how many more there are.
constexpr std::size_t kDependantsListed = 15;

QString quoted(const std::string &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(QString::fromStdString(name));
}

} // namespace

// One change on the undo stack. Undo and redo are the same step: revert the change now in
// effect (the original, then the revert of it, then the revert of that, ...).
class EditActions::Command final : public QUndoCommand
{
public:
    Command(EditActions &owner, std::int64_t changeId, const QString &label)
        : QUndoCommand(label), m_owner(owner), m_latest(changeId)
    {}
    void undo() override { step(); }
    void redo() override { step(); }

private:
    void step()
    {
        if (std::exchange(m_owner.m_skipNextStep, false))
            return;
        try {
            m_latest = m_owner.m_kb->revert(m_latest).changeId;
        } catch (...) {
            m_owner.m_stepFailure = std::current_exception();
        }
    }

    EditActions &m_owner;
    std::int64_t m_latest;
};

EditActions::EditActions(QWidget *window, DatabaseGuard *guard,
                         std::function<QString()> currentLink)
    : QObject(window), m_window(window), m_guard(guard), m_currentLink(std::move(currentLink)),
      m_runDialog([](CurationDialog &dialog) { return dialog.exec() == QDialog::Accepted; }),
      m_confirm([window](const QString &title, const QString &question) {
          QMessageBox box(QMessageBox::Question, title, question,
                          QMessageBox::Yes | QMessageBox::Cancel, window);
          box.setTextFormat(Qt::PlainText);
          box.setDefaultButton(QMessageBox::Cancel);
          return box.exec() == QMessageBox::Yes;
      }),
      m_warn([window](const QString &title, const QString &message) {
          QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, window);
          box.setTextFormat(Qt::PlainText);
          box.exec();
      }),
      m_newEntity(new QAction(tr("New &Entity\u2026"), this)),
      m_newEvent(new QAction(tr("New E&vent\u2026"), this)),
      m_newRelation(new QAction(tr("New &Relation\u2026"), this)),
      m_edit(new QAction(tr("&Edit\u2026"), this)), m_delete(new QAction(tr("&Delete"), this)),
      m_merge(new QAction(tr("&Merge Into\u2026"), this)),
      m_alias(new QAction(tr("Add &Alias\u2026"), this)), m_undo(new QAction(tr("&Undo"), this)),
      m_redo(new QAction(tr("Re&do"), this))
{
    connect(m_newEntity, &QAction::triggered, this, &EditActions::newEntity);
    connect(m_newEvent, &QAction::triggered, this, &EditActions::newEvent);
    connect(m_newRelation, &QAction::triggered, this, &EditActions::newRelation);
    connect(m_edit, &QAction::triggered, this, &EditActions::editCurrent);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteCurrent);
    connect(m_merge, &QAction::triggered, this, &EditActions::mergeCurrent);
    connect(m_alias, &QAction::triggered, this, &EditActions::addAliasToCurrent);
    connect(m_undo, &QAction::triggered, this, &EditActions::undo);
    connect(m_redo, &QAction::triggered, this, &EditActions::redo);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    // Del acts only where the focus is in the tree, the timeline or the card (the panes it is
    // added to in attachContextMenus): in a text box it deletes text.
    m_delete->setShortcut(QKeySequence(Qt::Key_Delete));
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(&m_stack, &QUndoStack::indexChanged, this, &EditActions::updateActions);
    connect(&m_stack, &QUndoStack::cleanChanged, this, &EditActions::updateActions);
    updateActions();
}

EditActions::~EditActions()
{
    // The stack empties itself as it is destroyed, after the window it asks about is gone.
    disconnect(&m_stack, nullptr, this, nullptr);
}

void EditActions::setKnowledgeBase(KnowledgeBase &kb)
{
    m_kb = &kb; // first: emptying the stack asks the knowledge base what may be done
    m_stack.clear();
    updateActions();
}

void EditActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_newEntity);
    menu->addAction(m_newEvent);
    menu->addAction(m_newRelation);
    menu->addSeparator();
    menu->addAction(m_edit);
    menu->addAction(m_delete);
    menu->addAction(m_merge);
    menu->addAction(m_alias);
}

void EditActions::attachContextMenus(QTreeView *tree, TimelineView *timeline, DetailView *card)
{
    for (QWidget *pane : std::initializer_list<QWidget *>{tree, timeline, card}) {
        pane->addAction(m_delete);
        pane->setContextMenuPolicy(Qt::CustomContextMenu);
    }
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &pos) {
        const QString id = tree->indexAt(pos).data(OrgTreeModel::EntityIdRole).toString();
        if (!id.isEmpty())
            emit navigateRequested(AtlasLink::entity(id));
        showContextMenu(tree->viewport()->mapToGlobal(pos));
    });
    connect(timeline, &QWidget::customContextMenuRequested, this,
            [this, timeline](const QPoint &pos) {
                if (const auto rowId = timeline->layout().itemAt(pos); rowId && m_kb) {
                    QString link;
                    DatabaseGuard::run(m_guard, tr("Showing the event"), [&] {
                        if (const auto eventCard = m_kb->eventCard(*rowId))
                            link = AtlasLink::event(QString::fromStdString(eventCard->header.id));
                    });
                    if (!link.isEmpty())
                        emit navigateRequested(link);
                }
                showContextMenu(timeline->mapToGlobal(pos));
            });
    connect(card, &QWidget::customContextMenuRequested, this, [this, card](const QPoint &pos) {
        const auto anchor = AtlasLink::parse(card->anchorAt(pos));
        if (anchor && anchor->target == AtlasLink::Target::Relation) {
            showContextMenu(card->viewport()->mapToGlobal(pos), anchor->id);
            return;
        }
        // The card's own Copy and Select All, then what can be done to what it shows.
        QMenu *menu = card->createStandardContextMenu(pos);
        menu->addSeparator();
        for (QAction *action : {m_edit, m_delete, m_merge, m_alias})
            menu->addAction(action);
        menu->addSeparator();
        for (QAction *action : {m_newEntity, m_newEvent, m_newRelation})
            menu->addAction(action);
        menu->exec(card->viewport()->mapToGlobal(pos));
        delete menu;
    });
}

void EditActions::showContextMenu(const QPoint &globalPos, const QString &relationId)
{
    QMenu menu(m_window);
    if (!relationId.isEmpty()) {
        menu.addAction(tr("&Edit Relation\u2026"), this,
                       [this, relationId] { editRelation(relationId); });
        menu.addAction(tr("&Delete Relation"), this,
                       [this, relationId] { deleteRelation(relationId); });
    } else {
        for (QAction *action : {m_edit, m_delete, m_merge, m_alias})
            menu.addAction(action);
        menu.addSeparator();
        for (QAction *action : {m_newEntity, m_newEvent, m_newRelation})
            menu.addAction(action);
    }
    menu.exec(globalPos);
}

bool EditActions::handleLink(const QString &link)
{
    const auto target = AtlasLink::parse(link);
    if (!target)
        return false;
    if (target->target == AtlasLink::Target::Revert) {
        revertChange(target->id.toLongLong());
        return true;
    }
    if (target->target == AtlasLink::Target::Relation) {
        editRelation(target->id);
        return true;
    }
    return false;
}

void EditActions::updateActions()
{
    const auto link = AtlasLink::parse(m_currentLink ? m_currentLink() : QString());
    bool writable = false;
    DatabaseGuard::run(m_guard, tr("Reading the knowledge base"),
                       [&] { writable = m_kb && !m_kb->isReadOnly(); });
    const bool entity = link && link->target == AtlasLink::Target::Entity;
    const bool event = link && link->target == AtlasLink::Target::Event;
    for (QAction *action : {m_newEntity, m_newEvent, m_newRelation})
        action->setEnabled(writable);
    m_edit->setEnabled(writable && (entity || event));
    m_delete->setEnabled(writable && (entity || event));
    m_merge->setEnabled(writable && entity);
    m_alias->setEnabled(writable && entity);
    m_undo->setEnabled(writable && m_stack.canUndo());
    m_redo->setEnabled(writable && m_stack.canRedo());
    m_undo->setText(m_stack.canUndo() ? tr("&Undo %1").arg(m_stack.undoText()) : tr("&Undo"));
    m_redo->setText(m_stack.canRedo() ? tr("Re&do %1").arg(m_stack.redoText()) : tr("Re&do"));
}

CardCuration EditActions::cardCuration(const std::string &recordId)
{
    CardCuration curation;
    if (!m_kb)
        return curation;
    curation.editable = !m_kb->isReadOnly();
    curation.history = m_kb->history(recordId, kHistoryShown);
    return curation;
}

std::optional<EntityHeader> EditActions::currentEntity()
{
    const auto link = AtlasLink::parse(m_currentLink());
    if (!link || link->target != AtlasLink::Target::Entity || !m_kb)
        return std::nullopt;
    return m_kb->findEntity(link->id.toStdString());
}

QString EditActions::currentEventId() const
{
    const auto link = AtlasLink::parse(m_currentLink());
    return link && link->target == AtlasLink::Target::Event ? link->id : QString();
}

std::optional<ChangeResult> EditActions::perform(const QString &action,
                                                 const std::function<ChangeResult()> &write)
{
    std::optional<ChangeResult> result;
    try {
        result = write();
        QString label = action;
        if (const auto change = m_kb->change(result->changeId); change && !change->label.empty())
            label = QString::fromStdString(change->label);
        m_skipNextStep = true; // push() redoes the command: the change is already made
        m_stack.push(new Command(*this, result->changeId, label));
    } catch (...) {
        report(action, std::current_exception());
    }
    if (result)
        emit changed();
    return result;
}

void EditActions::report(const QString &action, std::exception_ptr error)
{
    QString message;
    try {
        std::rethrow_exception(std::move(error));
    } catch (const RevertConflictError &e) {
        message = tr("%1 cannot be done: a later change depends on it. %2")
                      .arg(action, QString::fromUtf8(e.what()));
    } catch (const DependantsError &e) {
        message = tr("%1 was refused: %2").arg(action, QString::fromUtf8(e.what()));
    } catch (const CurationError &e) {
        message = tr("%1 was refused: %2").arg(action, QString::fromUtf8(e.what()));
    } catch (const DatabaseError &e) {
        const int primary = e.sqliteCode() & 0xff;
        message = primary == kSqliteBusy || primary == kSqliteLocked
                      ? tr("The knowledge base is busy: another program is writing to it. "
                           "Nothing was changed; try again in a moment.")
                      : tr("%1 failed: %2. Nothing was changed.")
                            .arg(action, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        message = tr("%1 failed: %2").arg(action, QString::fromUtf8(e.what()));
    } catch (...) {
        message = tr("%1 failed for an unknown reason.").arg(action);
    }
    m_warn(action, message);
}

void EditActions::newEntity()
{
    guarded(tr("New entity"), [&] {
        EntityDialog dialog(*m_kb, m_guard, std::nullopt, m_window, currentEntity());
        if (!m_runDialog(dialog))
            return;
        const auto record = dialog.record();
        if (const auto done = perform(tr("Adding %1").arg(quoted(record.name)),
                                      [&] { return m_kb->addEntity(record, dialog.citation()); }))
            emit navigateRequested(AtlasLink::entity(QString::fromStdString(done->recordId)));
    });
}

void EditActions::newEvent()
{
    guarded(tr("New event"), [&] {
        EventDialog dialog(*m_kb, m_guard, std::nullopt, m_window, currentEntity());
        if (!m_runDialog(dialog))
            return;
        const auto record = dialog.record();
        if (const auto done = perform(tr("Adding %1").arg(quoted(record.title)),
                                      [&] { return m_kb->addEvent(record, dialog.citation()); }))
            emit navigateRequested(AtlasLink::event(QString::fromStdString(done->recordId)));
    });
}

void EditActions::newRelation()
{
    guarded(tr("New relation"), [&] {
        RelationDialog dialog(*m_kb, m_guard, std::nullopt, m_window, currentEntity());
        if (!m_runDialog(dialog))
            return;
        const auto record = dialog.record();
        perform(tr("Adding a relation"),
                [&] { return m_kb->addRelation(record, dialog.citation()); });
    });
}

void EditActions::editCurrent()
{
    guarded(tr("Editing"), [&] {
        if (const auto entity = currentEntity()) {
            const auto record = m_kb->entityRecord(entity->id);
            if (!record)
                return;
            EntityDialog dialog(*m_kb, m_guard, record, m_window);
            if (!m_runDialog(dialog))
                return;
            const auto changed = dialog.record();
            perform(tr("Editing %1").arg(quoted(record->name)),
                    [&] { return m_kb->updateEntity(record->id, changed); });
        } else if (const QString eventId = currentEventId(); !eventId.isEmpty()) {
            const auto record = m_kb->eventRecord(eventId.toStdString());
            if (!record)
                return;
            EventDialog dialog(*m_kb, m_guard, record, m_window);
            if (!m_runDialog(dialog))
                return;
            const auto changed = dialog.record();
            perform(tr("Editing %1").arg(quoted(record->title)),
                    [&] { return m_kb->updateEvent(record->id, changed); });
        }
    });
}

void EditActions::editRelation(const QString &relationId)
{
    guarded(tr("Editing the relation"), [&] {
        const std::string id = relationId.toStdString();
        const auto record = m_kb->relationRecord(id);
        if (!record)
            return;
        RelationDialog dialog(*m_kb, m_guard, record, m_window);
        if (!m_runDialog(dialog))
            return;
        const auto changed = dialog.record();
        perform(tr("Editing the relation"), [&] { return m_kb->updateRelation(id, changed); });
    });
}

void EditActions::deleteCurrent()
{
    guarded(tr("Deleting"), [&] {
        std::string id;
        QString name;
        if (const auto entity = currentEntity()) {
            id = entity->id;
            name = quoted(entity->name);
        } else if (const QString eventId = currentEventId(); !eventId.isEmpty()) {
            const auto event = m_kb->findEvent(eventId.toStdString());
            if (!event)
                return;
            id = event->id;
            name = quoted(event->title);
        } else {
            return;
        }
        QString question = tr("Delete %1?").arg(name);
        const auto dependants = m_kb->dependants(id);
        if (!dependants.empty()) {
            question += QStringLiteral("\n\n") +
                        tr("These depend on it and are deleted or unlinked with it:");
            for (std::size_t i = 0; i < dependants.size() && i < kDependantsListed; ++i)
                question +=
                    QStringLiteral("\n\u2022 ") + QString::fromStdString(dependants[i].description);
            if (dependants.size() > kDependantsListed)
                question += QStringLiteral("\n") +
                            tr("\u2026 and %n more.", nullptr,
                               static_cast<int>(dependants.size() - kDependantsListed));
        }
        question += QStringLiteral("\n\n") + tr("Undo brings it back.");
        if (!m_confirm(tr("Delete"), question))
            return;
        perform(tr("Deleting %1").arg(name), [&] { return m_kb->deleteRecord(id, true); });
    });
}

void EditActions::deleteRelation(const QString &relationId)
{
    guarded(tr("Deleting the relation"), [&] {
        const std::string id = relationId.toStdString();
        if (!m_kb->relationRecord(id))
            return;
        if (!m_confirm(tr("Delete"), tr("Delete this relation?") + QStringLiteral("\n\n") +
                                         tr("Undo brings it back.")))
            return;
        perform(tr("Deleting the relation"), [&] { return m_kb->deleteRecord(id, true); });
    });
}

void EditActions::mergeCurrent()
{
    guarded(tr("Merging"), [&] {
        const auto merged = currentEntity();
        if (!merged)
            return;
        MergeDialog dialog(*m_kb, m_guard, *merged, m_window);
        if (!m_runDialog(dialog))
            return;
        const auto survivor = dialog.survivor();
        if (!survivor)
            return;
        if (perform(tr("Merging %1 into %2").arg(quoted(merged->name), quoted(survivor->name)),
                    [&] { return m_kb->mergeEntity(merged->id, survivor->id); }))
            emit navigateRequested(AtlasLink::entity(QString::fromStdString(survivor->id)));
    });
}

void EditActions::addAliasToCurrent()
{
    guarded(tr("Adding an alias"), [&] {
        const auto entity = currentEntity();
        if (!entity)
            return;
        std::vector<std::string> names = m_kb->aliases(entity->rowId);
        names.push_back(entity->name);
        AliasDialog dialog(*entity, std::move(names), m_window);
        if (!m_runDialog(dialog))
            return;
        const std::string alias = dialog.alias().toStdString();
        perform(tr("Adding an alias to %1").arg(quoted(entity->name)),
                [&] { return m_kb->addAlias(entity->id, alias); });
    });
}

void EditActions::revertChange(std::int64_t changeId)
{
    guarded(tr("Reverting"), [&] {
        const auto change = m_kb->change(changeId);
        if (!change)
            return;
        perform(tr("Revert %1").arg(QString::fromStdString(change->label)),
                [&] { return m_kb->revert(changeId); });
    });
}

void EditActions::recordChange(std::int64_t changeId)
{
    guarded(tr("Recording the change"), [&] {
        const auto change = m_kb->change(changeId);
        m_skipNextStep = true;
        m_stack.push(new Command(*this, changeId,
                                 change ? QString::fromStdString(change->label) : QString()));
    });
}

void EditActions::undo()
{
    guarded(tr("Undo"), [&] {
        if (!m_stack.canUndo())
            return;
        const QString action = tr("Undo %1").arg(m_stack.undoText());
        m_stepFailure = nullptr;
        m_stack.undo();
        if (auto failure = std::exchange(m_stepFailure, nullptr)) {
            // Nothing was changed: step the stack back to the change, still in effect.
            m_skipNextStep = true;
            m_stack.redo();
            report(action, failure);
            return;
        }
        emit changed();
    });
}

void EditActions::redo()
{
    guarded(tr("Redo"), [&] {
        if (!m_stack.canRedo())
            return;
        const QString action = tr("Redo %1").arg(m_stack.redoText());
        m_stepFailure = nullptr;
        m_stack.redo();
        if (auto failure = std::exchange(m_stepFailure, nullptr)) {
            m_skipNextStep = true;
            m_stack.undo();
            report(action, failure);
            return;
        }
        emit changed();
    });
}

} // namespace csto::app
