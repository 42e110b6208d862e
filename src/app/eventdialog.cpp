// SPDX-License-Identifier: MIT
#include "eventdialog.h"

#include "citationfield.h"
#include "databaseguard.h"
#include "datefield.h"
#include "entitypicker.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csto::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

EventDialog::EventDialog(KnowledgeBase &kb, DatabaseGuard *guard,
                         const std::optional<EventRecord> &existing, QWidget *parent,
                         const std::optional<EntityHeader> &participantHint)
    : CurationDialog(parent), m_record(existing.value_or(EventRecord{})), m_title(new QLineEdit),
      m_date(new DateField(DateField::Requirement::Required)),
      m_end(new DateField(DateField::Requirement::Optional)), m_place(new QLineEdit),
      m_summary(new QPlainTextEdit), m_picker(new EntityPicker(kb, guard)),
      m_participants(new QTableWidget(0, 2))
{
    setWindowTitle(existing ? tr("Edit %1").arg(QString::fromStdString(m_record.title))
                            : tr("New Event"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_picker->setPlaceholderText(tr("Type to search, then pick to add"));
    m_participants->setHorizontalHeaderLabels({tr("Participant"), tr("Role")});
    m_participants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_participants->verticalHeader()->hide();
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setFixedHeight(fontMetrics().lineSpacing() * 6 + 12);
    auto *remove = new QPushButton(tr("&Remove Participant"));

    if (existing) {
        m_title->setText(QString::fromStdString(m_record.title));
        m_date->setDate(m_record.date);
        m_end->setDate(m_record.end);
        m_place->setText(QString::fromStdString(m_record.place.value_or(std::string())));
        m_summary->setPlainText(QString::fromStdString(m_record.summary));
        for (const auto &id : m_record.participants) {
            QString role;
            for (const auto &[who, what] : m_record.roles) {
                if (who == id)
                    role = QString::fromStdString(what);
            }
            DatabaseGuard::run(guard, tr("Reading the participants"), [&] {
                if (const auto entity = kb.findEntity(id))
                    addParticipant(*entity, role);
            });
        }
    } else if (participantHint) {
        addParticipant(*participantHint, QString());
    }

    auto *participants = new QVBoxLayout;
    participants->addWidget(m_picker);
    participants->addWidget(m_participants);
    participants->addWidget(remove, 0, Qt::AlignLeft);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Partic&ipants:"), participants);
    if (!existing) {
        m_citation = new CitationField(kb, guard);
        form->addRow(tr("S&ource:"), m_citation);
        connect(m_citation, &CitationField::changed, this, &EventDialog::revalidate);
    }
    setForm(form);

    connect(m_picker, &EntityPicker::picked, this, [this](const EntityHeader &entity) {
        addParticipant(entity, QString());
        m_picker->clear();
        revalidate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0)
            m_participants->removeRow(m_participants->currentRow());
        revalidate();
    });
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::revalidate);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &EventDialog::revalidate);
    connect(m_date, &DateField::changed, this, &EventDialog::revalidate);
    connect(m_end, &DateField::changed, this, &EventDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

void EventDialog::addParticipant(const EntityHeader &entity, const QString &role)
{
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        if (m_participants->item(row, 0)->data(kIdRole).toString().toStdString() == entity.id)
            return;
    }
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto *name = new QTableWidgetItem(QString::fromStdString(entity.name));
    name->setData(kIdRole, QString::fromStdString(entity.id));
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    m_participants->setItem(row, 0, name);
    m_participants->setItem(row, 1, new QTableWidgetItem(role));
}

QString EventDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("The title is empty.");
    if (m_summary->toPlainText().trimmed().isEmpty())
        return tr("The summary is empty: say in a sentence what happened.");
    if (!m_date->isValid())
        return tr("Date: %1").arg(m_date->problem());
    if (!m_end->isValid())
        return tr("End: %1").arg(m_end->problem());
    const auto date = m_date->date();
    const auto end = m_end->date();
    if (date && end && end->lastDayKey() < date->firstDayKey())
        return tr("The end is before the date.");
    if (m_participants->rowCount() == 0)
        return tr("An event needs at least one participant.");
    if (m_citation)
        return m_citation->problem();
    return {};
}

EventRecord EventDialog::record() const
{
    EventRecord record = m_record;
    record.title = m_title->text().trimmed().toStdString();
    if (const auto date = m_date->date())
        record.date = *date;
    record.end = m_end->date();
    const QString place = m_place->text().trimmed();
    record.place = place.isEmpty() ? std::nullopt : std::optional<std::string>(place.toStdString());
    record.summary = m_summary->toPlainText().trimmed().toStdString();
    record.participants.clear();
    record.roles.clear();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const std::string id = m_participants->item(row, 0)->data(kIdRole).toString().toStdString();
        record.participants.push_back(id);
        const auto *roleItem = m_participants->item(row, 1);
        const QString role = roleItem ? roleItem->text().trimmed() : QString();
        if (!role.isEmpty())
            record.roles.emplace_back(id, role.toStdString());
    }
    return record;
}

Citation EventDialog::citation() const
{
    return m_citation ? m_citation->citation() : Citation{};
}

} // namespace csto::app
