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
class QPlainTextEdit;

namespace csto::app {

class CitationField;
class DatabaseGuard;
class DateField;
class EntityPicker;

// New Entity… and Edit… of an entity: name, kind and category, the parent (picked by search),
// other names one a line, summary, start and end (partial dates) and whether it still exists;
// a new entity also cites its source.
class EntityDialog final : public CurationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityDialog)

public:
    // `existing`: the record to edit; nullopt for a new entity (then `parentHint` is offered as
    // its parent).
    EntityDialog(KnowledgeBase &kb, DatabaseGuard *guard,
                 const std::optional<EntityRecord> &existing, QWidget *parent,
                 const std::optional<EntityHeader> &parentHint = std::nullopt);

    [[nodiscard]] QString problem() const override;
    // The record as edited (an existing one keeps its id and sources).
    [[nodiscard]] EntityRecord record() const;
    [[nodiscard]] Citation citation() const;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] EntityPicker *parentPicker() const { return m_parent; }
    [[nodiscard]] DateField *startField() const { return m_start; }
    [[nodiscard]] DateField *endField() const { return m_end; }
    [[nodiscard]] QPlainTextEdit *summaryEdit() const { return m_summary; }
    [[nodiscard]] CitationField *citationField() const { return m_citation; }

private:
    void fillCategories(const std::optional<std::string> &current);

    EntityRecord m_record;
    bool m_isNew;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_category;
    EntityPicker *m_parent;
    QPlainTextEdit *m_aliases;
    QPlainTextEdit *m_summary;
    DateField *m_start;
    DateField *m_end;
    QCheckBox *m_ongoing;
    CitationField *m_citation = nullptr;
};

} // namespace csto::app
