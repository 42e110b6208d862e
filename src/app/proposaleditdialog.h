// SPDX-License-Identifier: MIT
#pragma once

#include "proposalmodel.h"

#include <QDialog>

#include <string>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace csto::app {

class RecordPicker;

// Edits a proposal before it is accepted. An event: its date and end (each with a live reading of
// the partial date: "2020-12" reads "December 2020"), title and participants (added by search,
// removed from the list). An entity: its name and kind. OK is enabled only while the fields are
// valid; payload() is the proposal's payload with them.
class ProposalEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalEditDialog)

public:
    ProposalEditDialog(KnowledgeBase &kb, const ProposalModel::Row &row, QWidget *parent = nullptr);

    // The payload JSON with the edited fields (others, such as the place, kept).
    [[nodiscard]] std::string payload() const;

private:
    void validate();
    void addParticipant(const QString &id, const QString &name);

    KnowledgeBase &m_kb;
    bool m_isEvent;
    std::string m_original;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateReading = nullptr;
    QLineEdit *m_end = nullptr;
    QLabel *m_endReading = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_participants = nullptr;
    RecordPicker *m_participantPicker = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace csto::app
