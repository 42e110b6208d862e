// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/curation.h>
#include <core/knowledgebase.h>
#endif

#include "curationdialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace csto::app {

class CitationField;
class DatabaseGuard;
class DateField;
class EntityPicker;

// New Relation… and Edit… of a relation: its type, both ends picked by search, the period
// (partial dates, and whether a source says it is current), role and summary; a new relation
// cites its source.
class RelationDialog final : public CurationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationDialog)

public:
    // `existing`: the record to edit; nullopt for a new relation (from `fromHint`, if given).
    RelationDialog(KnowledgeBase &kb, DatabaseGuard *guard,
                   const std::optional<RelationRecord> &existing, QWidget *parent,
                   const std::optional<EntityHeader> &fromHint = std::nullopt);

    [[nodiscard]] QString problem() const override;
    [[nodiscard]] RelationRecord record() const;
    [[nodiscard]] Citation citation() const;

    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] EntityPicker *fromPicker() const { return m_from; }
    [[nodiscard]] EntityPicker *toPicker() const { return m_to; }
    [[nodiscard]] DateField *startField() const { return m_start; }
    [[nodiscard]] DateField *endField() const { return m_end; }
    [[nodiscard]] CitationField *citationField() const { return m_citation; }

private:
    RelationRecord m_record;
    QComboBox *m_type;
    EntityPicker *m_from;
    EntityPicker *m_to;
    DateField *m_start;
    DateField *m_end;
    QCheckBox *m_ongoing;
    QLineEdit *m_role;
    QLineEdit *m_summary;
    CitationField *m_citation = nullptr;
};

} // namespace csto::app
