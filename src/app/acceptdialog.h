// SPDX-License-Identifier: MIT
#pragma once

#include "proposalmodel.h"

#include <core/curation.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QRadioButton;

namespace csto::app {

class RecordPicker;

// Accept As…: how a proposal enters the knowledge base. An entity as a new one with its kind and
// parent chosen (the parent picked by search), or as the same as an existing entity (its name
// becomes an alias); an event as a new one, or as the same as a known event (the article is cited
// on it). A proposal with a probable match starts on "the same as" it.
class AcceptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptDialog)

public:
    AcceptDialog(KnowledgeBase &kb, const ProposalModel::Row &row, QWidget *parent = nullptr);

    [[nodiscard]] AcceptChoice choice() const;

private:
    void validate();

    bool m_isEvent;
    QRadioButton *m_asNew;
    QRadioButton *m_asSame;
    QComboBox *m_kind = nullptr;
    RecordPicker *m_parent = nullptr;
    RecordPicker *m_same;
    QDialogButtonBox *m_buttons;
};

} // namespace csto::app
