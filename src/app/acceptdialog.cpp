// SPDX-License-Identifier: MIT
#include "acceptdialog.h"

#include "recordpicker.h"

#include <render/labels.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace csto::app {

AcceptDialog::AcceptDialog(KnowledgeBase &kb, const ProposalModel::Row &row, QWidget *parent)
    : QDialog(parent), m_isEvent(row.isEvent),
      m_asNew(
          new QRadioButton(row.isEvent ? tr("Add as a &new event") : tr("Add as a &new entity"))),
      m_asSame(new QRadioButton(row.isEvent
                                    ? tr("The &same as a known event (the article is cited on it)")
                                    : tr("The &same as an existing entity (the name becomes an "
                                         "alias of it)"))),
      m_same(new RecordPicker(kb, row.isEvent ? SearchHit::Type::Event : SearchHit::Type::Entity)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Accept \u201c%1\u201d").arg(row.title));
    m_asNew->setObjectName(QStringLiteral("asNew"));
    m_asSame->setObjectName(QStringLiteral("asSame"));
    m_same->setObjectName(QStringLiteral("sameAsPicker"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(row.title);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(m_asNew);
    if (!row.isEvent) {
        m_kind = new QComboBox;
        m_kind->setObjectName(QStringLiteral("kind"));
        for (const auto kind : kAllEntityKinds)
            m_kind->addItem(render::kindLabel(kind), static_cast<int>(kind));
        if (row.entityKind)
            m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(*row.entityKind)));
        m_parent = new RecordPicker(kb, SearchHit::Type::Entity);
        m_parent->setObjectName(QStringLiteral("parent"));
        m_parent->setPlaceholderText(tr("No parent; type to search"));
        auto *form = new QFormLayout;
        form->setContentsMargins(24, 0, 0, 0);
        form->addRow(tr("&Kind:"), m_kind);
        form->addRow(tr("&Parent:"), m_parent);
        layout->addLayout(form);
    }
    layout->addWidget(m_asSame);
    auto *sameForm = new QFormLayout;
    sameForm->setContentsMargins(24, 0, 0, 0);
    sameForm->addRow(row.isEvent ? tr("&Event:") : tr("&Entity:"), m_same);
    if (!row.sameAsReason.isEmpty()) {
        auto *reason = new QLabel(tr("Probably: %1").arg(row.sameAsReason));
        reason->setTextFormat(Qt::PlainText);
        reason->setWordWrap(true);
        sameForm->addRow(QString(), reason);
    }
    layout->addLayout(sameForm);
    layout->addWidget(m_buttons);

    if (!row.sameAsId.isEmpty()) {
        m_same->setRecord(row.sameAsId, row.sameAsLabel);
        m_asSame->setChecked(true);
    } else {
        m_asNew->setChecked(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asSame, &QRadioButton::toggled, this, &AcceptDialog::validate);
    connect(m_same, &RecordPicker::textChanged, this, &AcceptDialog::validate);
    connect(m_same, &RecordPicker::recordChosen, this, [this] {
        m_asSame->setChecked(true);
        validate();
    });
    validate();
}

void AcceptDialog::validate()
{
    const bool valid = !m_asSame->isChecked() || !m_same->recordId().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

AcceptChoice AcceptDialog::choice() const
{
    AcceptChoice choice;
    if (m_asSame->isChecked()) {
        choice.sameAs = m_same->recordId().toStdString();
        return choice;
    }
    if (!m_isEvent) {
        choice.kind = static_cast<EntityKind>(m_kind->currentData().toInt());
        if (!m_parent->recordId().isEmpty())
            choice.parent = m_parent->recordId().toStdString();
    }
    return choice;
}

} // namespace csto::app
