// SPDX-License-Identifier: MIT
#include "proposaleditdialog.h"

#include "recordpicker.h"

#include <core/error.h>
#include <render/labels.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <nlohmann/json.hpp>

namespace csto::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// How a date field reads: the date in words, or why it is not one. Empty text is allowed only
// where the date is optional.
std::optional<PartialDate> readDate(QLineEdit *field, QLabel *reading, bool optional)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty()) {
        reading->setText(optional ? ProposalEditDialog::tr("none")
                                  : ProposalEditDialog::tr("required"));
        return std::nullopt;
    }
    if (const auto date = PartialDate::tryParse(text.toStdString())) {
        reading->setText(render::humanDate(*date));
        return date;
    }
    reading->setText(
        ProposalEditDialog::tr("not a date: write 2020, 2020-05, 2020-05-14 or --06-17"));
    return std::nullopt;
}

QLabel *readingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ProposalEditDialog::ProposalEditDialog(KnowledgeBase &kb, const ProposalModel::Row &row,
                                       QWidget *parent)
    : QDialog(parent), m_kb(kb), m_isEvent(row.isEvent), m_original(row.proposal.payload)
{
    const auto payload = nlohmann::json::parse(m_original);
    auto *form = new QFormLayout(this);
    if (m_isEvent) {
        setWindowTitle(tr("Edit Proposed Event"));
        m_date = new QLineEdit(q(payload.at("date").get<std::string>()));
        m_date->setObjectName(QStringLiteral("date"));
        m_dateReading = readingLabel(QStringLiteral("dateReading"));
        const auto end = payload.value("end", nlohmann::json());
        m_end = new QLineEdit(end.is_string() ? q(end.get<std::string>()) : QString());
        m_end->setObjectName(QStringLiteral("end"));
        m_endReading = readingLabel(QStringLiteral("endReading"));
        m_title = new QLineEdit(q(payload.at("title").get<std::string>()));
        m_title->setObjectName(QStringLiteral("title"));
        m_participants = new QListWidget;
        m_participants->setObjectName(QStringLiteral("participants"));
        for (const auto &id : payload.at("participants")) {
            const auto entity = m_kb.findEntity(id.get<std::string>());
            addParticipant(q(id.get<std::string>()),
                           q(entity ? entity->name : id.get<std::string>()));
        }
        m_participantPicker = new RecordPicker(kb, SearchHit::Type::Entity);
        m_participantPicker->setObjectName(QStringLiteral("participantPicker"));
        auto *remove = new QPushButton(tr("Re&move"));
        connect(remove, &QPushButton::clicked, this, [this] {
            delete m_participants->currentItem();
            validate();
        });
        connect(m_participantPicker, &RecordPicker::recordChosen, this,
                [this](const QString &id, const QString &name) {
                    addParticipant(id, name);
                    m_participantPicker->setRecord({}, {});
                    validate();
                });
        auto *participantTools = new QHBoxLayout;
        participantTools->addWidget(m_participantPicker, 1);
        participantTools->addWidget(remove);

        form->addRow(tr("&Date:"), m_date);
        form->addRow(QString(), m_dateReading);
        form->addRow(tr("E&nd (optional):"), m_end);
        form->addRow(QString(), m_endReading);
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&Participants:"), m_participants);
        form->addRow(tr("&Add participant:"), participantTools);
        for (auto *field : {m_date, m_end, m_title})
            connect(field, &QLineEdit::textChanged, this, &ProposalEditDialog::validate);
    } else {
        setWindowTitle(tr("Edit Proposed Entity"));
        m_name = new QLineEdit(q(payload.at("name").get<std::string>()));
        m_name->setObjectName(QStringLiteral("name"));
        m_kind = new QComboBox;
        m_kind->setObjectName(QStringLiteral("kind"));
        for (const auto kind : kAllEntityKinds)
            m_kind->addItem(render::kindLabel(kind), q(std::string(toString(kind))));
        m_kind->setCurrentIndex(m_kind->findData(q(payload.at("kind").get<std::string>())));
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Kind:"), m_kind);
        connect(m_name, &QLineEdit::textChanged, this, &ProposalEditDialog::validate);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ProposalEditDialog::addParticipant(const QString &id, const QString &name)
{
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->data(kIdRole).toString() == id)
            return;
    }
    auto *item = new QListWidgetItem(name, m_participants);
    item->setData(kIdRole, id);
}

void ProposalEditDialog::validate()
{
    bool valid = true;
    if (m_isEvent) {
        const auto date = readDate(m_date, m_dateReading, false);
        const auto end = readDate(m_end, m_endReading, true);
        valid = date && (end || m_end->text().trimmed().isEmpty()) &&
                !m_title->text().trimmed().isEmpty() && m_participants->count() > 0;
        if (date && end &&
            (end->hasYear() != date->hasYear() || end->lastDayKey() < date->firstDayKey())) {
            m_endReading->setText(tr("%1 is before the date").arg(render::humanDate(*end)));
            valid = false;
        }
    } else {
        valid = !m_name->text().trimmed().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

std::string ProposalEditDialog::payload() const
{
    auto payload = nlohmann::json::parse(m_original);
    if (m_isEvent) {
        const auto date = PartialDate::parse(m_date->text().trimmed().toStdString());
        if (payload.at("date").get<std::string>() != date.toIso())
            payload.erase("year_note"); // the reviewer chose the date
        payload["date"] = date.toIso();
        const QString end = m_end->text().trimmed();
        payload["end"] = end.isEmpty()
                             ? nlohmann::json(nullptr)
                             : nlohmann::json(PartialDate::parse(end.toStdString()).toIso());
        payload["title"] = m_title->text().trimmed().toStdString();
        auto participants = nlohmann::json::array();
        for (int i = 0; i < m_participants->count(); ++i)
            participants.push_back(m_participants->item(i)->data(kIdRole).toString().toStdString());
        payload["participants"] = participants;
    } else {
        payload["name"] = m_name->text().trimmed().toStdString();
        payload["kind"] = m_kind->currentData().toString().toStdString();
    }
    return payload.dump();
}

} // namespace csto::app
