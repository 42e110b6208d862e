// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/curation.h>
#include <core/knowledgebase.h>
#endif

#include "curationdialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace csto::app {

class CitationField;
class DatabaseGuard;
class DateField;
class EntityPicker;

// New Event… and Edit… of an event: title, date and end (partial dates), place, summary and the
// participants, each picked by search and given an optional role; a new event cites its source.
class EventDialog final : public CurationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    // `existing`: the record to edit; nullopt for a new event (with `participantHint`, if any,
    // as its first participant).
    EventDialog(KnowledgeBase &kb, DatabaseGuard *guard, const std::optional<EventRecord> &existing,
                QWidget *parent, const std::optional<EntityHeader> &participantHint = std::nullopt);

    [[nodiscard]] QString problem() const override;
    [[nodiscard]] EventRecord record() const;
    [[nodiscard]] Citation citation() const;

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] DateField *dateField() const { return m_date; }
    [[nodiscard]] DateField *endField() const { return m_end; }
    [[nodiscard]] EntityPicker *participantPicker() const { return m_picker; }
    [[nodiscard]] QTableWidget *participantTable() const { return m_participants; }
    [[nodiscard]] QPlainTextEdit *summaryEdit() const { return m_summary; }
    [[nodiscard]] CitationField *citationField() const { return m_citation; }

private:
    void addParticipant(const EntityHeader &entity, const QString &role);

    EventRecord m_record;
    QLineEdit *m_title;
    DateField *m_date;
    DateField *m_end;
    QLineEdit *m_place;
    QPlainTextEdit *m_summary;
    EntityPicker *m_picker;
    QTableWidget *m_participants;
    CitationField *m_citation = nullptr;
};

} // namespace csto::app
