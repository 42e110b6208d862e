// SPDX-License-Identifier: MIT
#include "relationdialog.h"

#include "citationfield.h"
#include "databaseguard.h"
#include "datefield.h"
#include "entitypicker.h"

#include <render/labels.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace csto::app {

RelationDialog::RelationDialog(KnowledgeBase &kb, DatabaseGuard *guard,
                               const std::optional<RelationRecord> &existing, QWidget *parent,
                               const std::optional<EntityHeader> &fromHint)
    : CurationDialog(parent), m_record(existing.value_or(RelationRecord{})), m_type(new QComboBox),
      m_from(new EntityPicker(kb, guard)), m_to(new EntityPicker(kb, guard)),
      m_start(new DateField(DateField::Requirement::Optional)),
      m_end(new DateField(DateField::Requirement::Optional)),
      m_ongoing(new QCheckBox(tr("A source says it is current"))), m_role(new QLineEdit),
      m_summary(new QLineEdit)
{
    setWindowTitle(existing ? tr("Edit Relation") : tr("New Relation"));
    for (const std::string_view type : knownRelationTypes()) {
        const std::string name(type);
        m_type->addItem(QStringLiteral("%1 (%2)").arg(render::relationPhrase(name),
                                                      QString::fromStdString(name)),
                        QString::fromStdString(name));
    }
    if (existing) {
        int index = m_type->findData(QString::fromStdString(m_record.type));
        if (index < 0) {
            m_type->addItem(QString::fromStdString(m_record.type),
                            QString::fromStdString(m_record.type));
            index = m_type->count() - 1;
        }
        m_type->setCurrentIndex(index);
        DatabaseGuard::run(guard, tr("Reading the relation's ends"), [&] {
            m_from->setEntity(kb.findEntity(m_record.from));
            m_to->setEntity(kb.findEntity(m_record.to));
        });
        m_start->setDate(m_record.start);
        m_end->setDate(m_record.end);
        m_ongoing->setChecked(m_record.ongoing);
        m_role->setText(QString::fromStdString(m_record.role.value_or(std::string())));
        m_summary->setText(QString::fromStdString(m_record.summary.value_or(std::string())));
    } else if (fromHint) {
        m_from->setEntity(fromHint);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(QString(), m_ongoing);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("S&ummary:"), m_summary);
    if (!existing) {
        m_citation = new CitationField(kb, guard);
        form->addRow(tr("S&ource:"), m_citation);
        connect(m_citation, &CitationField::changed, this, &RelationDialog::revalidate);
    }
    setForm(form);

    connect(m_from, &EntityPicker::changed, this, &RelationDialog::revalidate);
    connect(m_to, &EntityPicker::changed, this, &RelationDialog::revalidate);
    connect(m_start, &DateField::changed, this, &RelationDialog::revalidate);
    connect(m_end, &DateField::changed, this, &RelationDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

QString RelationDialog::problem() const
{
    if (!m_from->entity())
        return tr("Pick the entity the relation is from.");
    if (!m_to->entity())
        return tr("Pick the entity the relation is to.");
    if (m_from->entity()->id == m_to->entity()->id)
        return tr("A relation joins two different entities.");
    if (!m_start->isValid())
        return tr("Start: %1").arg(m_start->problem());
    if (!m_end->isValid())
        return tr("End: %1").arg(m_end->problem());
    const auto start = m_start->date();
    const auto end = m_end->date();
    if (start && end && end->lastDayKey() < start->firstDayKey())
        return tr("The end is before the start.");
    if (m_citation)
        return m_citation->problem();
    return {};
}

RelationRecord RelationDialog::record() const
{
    RelationRecord record = m_record;
    record.type = m_type->currentData().toString().toStdString();
    if (m_from->entity())
        record.from = m_from->entity()->id;
    if (m_to->entity())
        record.to = m_to->entity()->id;
    record.start = m_start->date();
    record.end = m_end->date();
    record.ongoing = m_ongoing->isChecked();
    const QString role = m_role->text().trimmed();
    record.role = role.isEmpty() ? std::nullopt : std::optional<std::string>(role.toStdString());
    const QString summary = m_summary->text().trimmed();
    record.summary =
        summary.isEmpty() ? std::nullopt : std::optional<std::string>(summary.toStdString());
    return record;
}

Citation RelationDialog::citation() const
{
    return m_citation ? m_citation->citation() : Citation{};
}

} // namespace csto::app
