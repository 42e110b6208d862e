// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/knowledgebase.h>
#endif

#include <QWidget>

#include <optional>
#include <string>

class QLineEdit;
class QListWidget;

namespace csto::app {

class DatabaseGuard;

// Picks an entity by searching as one types (names and aliases, KnowledgeBase::search), never by
// its id: the hits are listed below the box; a click, or Enter (the highlighted hit, Up/Down move
// it), picks one, and a name or alias typed in full picks its entity at once. Typing again after
// a pick drops the pick until another is made.
class EntityPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPicker)

public:
    EntityPicker(KnowledgeBase &kb, DatabaseGuard *guard, QWidget *parent = nullptr);

    void setEntity(const std::optional<EntityHeader> &entity);
    [[nodiscard]] const std::optional<EntityHeader> &entity() const { return m_entity; }
    // An entity that may not be picked (the one being edited or merged), by id.
    void setExcluded(const std::string &id) { m_excluded = id; }
    void setPlaceholderText(const QString &text);
    // Empties the box and the pick (after a participant was added from it).
    void clear();

    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QListWidget *results() const { return m_results; }
    // The names of the hits as listed.
    [[nodiscard]] QStringList resultNames() const;

signals:
    void changed();
    // A pick was made (by click, Enter or typing a full name).
    void picked(const csto::EntityHeader &entity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void pick(const EntityHeader &entity);
    void pickRow(int row);

    KnowledgeBase &m_kb;
    DatabaseGuard *m_guard;
    QLineEdit *m_edit;
    QListWidget *m_results;
    std::optional<EntityHeader> m_entity;
    std::vector<EntityHeader> m_hits;
    std::string m_excluded;
    bool m_settingText = false;
};

} // namespace csto::app
