// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace csto::app {

// Picks an entity or event by search as you type (KnowledgeBase::search), never by a typed id:
// the hits drop down under the field, and choosing one sets recordId(). Typing again clears the
// choice until another hit is chosen.
class RecordPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPicker)

public:
    RecordPicker(KnowledgeBase &kb, SearchHit::Type type, QWidget *parent = nullptr);

    // The chosen record's id, empty when none is chosen.
    [[nodiscard]] const QString &recordId() const { return m_recordId; }
    // Shows `label` as the choice of `id` (an empty id clears it).
    void setRecord(const QString &id, const QString &label);

    // Runs the search for `text` as typing does (what the drop-down then lists).
    void search(const QString &text);
    [[nodiscard]] int hitCount() const;
    [[nodiscard]] QString hitLabel(int row) const;
    // Chooses the row-th hit of the last search.
    void choose(int row);

signals:
    void recordChosen(const QString &id, const QString &label);

private:
    KnowledgeBase &m_kb;
    SearchHit::Type m_type;
    QStandardItemModel *m_hits;
    QCompleter *m_completer;
    QString m_recordId;
};

} // namespace csto::app
