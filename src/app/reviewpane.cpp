// SPDX-License-Identifier: MIT
#include "reviewpane.h"

#include "databaseguard.h"

#include <core/error.h>
#include <core/importer.h>
#include <core/knowledgebase.h>
#include <render/labels.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace csto::app {
namespace {

constexpr int kProposalRole = Qt::UserRole + 1;
constexpr int kSourceRole = Qt::UserRole + 2;
constexpr int kOffsetRole = Qt::UserRole + 3;
constexpr int kLengthRole = Qt::UserRole + 4;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

ReviewPane::ReviewPane(KnowledgeBase &kb, QWidget *parent, DatabaseGuard *guard)
    : QWidget(parent), m_kb(kb), m_guard(guard), m_list(new QTreeWidget),
      m_accept(new QPushButton(tr("&Accept"))), m_edit(new QPushButton(tr("&Edit\u2026"))),
      m_reject(new QPushButton(tr("&Reject"))), m_acceptAll(new QPushButton(tr("Accept A&ll")))
{
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setHeaderLabels(
        {tr("Kind"), tr("Date"), tr("Proposal"), tr("Participants"), tr("Article")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *buttons = new QHBoxLayout;
    for (auto *button : {m_accept, m_edit, m_reject})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_acceptAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    const auto guarded = [this](const QString &action, void (ReviewPane::*work)()) {
        return
            [this, action, work] { DatabaseGuard::run(m_guard, action, [&] { (this->*work)(); }); };
    };
    connect(m_accept, &QPushButton::clicked, this,
            guarded(tr("Accepting the proposal"), &ReviewPane::acceptCurrent));
    connect(m_reject, &QPushButton::clicked, this,
            guarded(tr("Rejecting the proposal"), &ReviewPane::rejectCurrent));
    connect(m_edit, &QPushButton::clicked, this,
            guarded(tr("Editing the proposal"), &ReviewPane::editCurrent));
    connect(m_acceptAll, &QPushButton::clicked, this,
            guarded(tr("Accepting the proposals"), &ReviewPane::acceptAll));
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        if (item)
            emit evidenceSelected(item->data(0, kSourceRole).toString(),
                                  item->data(0, kOffsetRole).value<std::size_t>(),
                                  item->data(0, kLengthRole).value<std::size_t>());
    });
    DatabaseGuard::run(m_guard, tr("Reading the proposals"), [this] { reload(); });
}

void ReviewPane::reload()
{
    m_list->clear();
    for (const auto &p : m_kb.pendingProposals()) {
        const auto payload = nlohmann::json::parse(p.payload);
        QStringList columns;
        if (p.kind == "event") {
            const auto date = PartialDate::parse(payload.at("date").get<std::string>());
            std::optional<PartialDate> end;
            if (!payload.at("end").is_null())
                end = PartialDate::parse(payload.at("end").get<std::string>());
            QStringList participants;
            for (const auto &id : payload.at("participants")) {
                const auto entity = m_kb.findEntity(id.get<std::string>());
                participants << (entity ? q(entity->name) : q(id.get<std::string>()));
            }
            columns = {tr("Event"), render::humanRange(date, end),
                       q(payload.at("title").get<std::string>()),
                       participants.join(QStringLiteral(", ")), q(p.sourceTitle)};
        } else {
            const std::string kind = payload.at("kind").get<std::string>();
            const auto known = entityKindFromString(kind);
            columns = {tr("New %1").arg(known ? render::kindLabel(*known).toLower() : q(kind)),
                       QString(), q(payload.at("name").get<std::string>()), QString(),
                       q(p.sourceTitle)};
        }
        auto *item = new QTreeWidgetItem(m_list, columns);
        item->setData(0, kProposalRole, QVariant::fromValue<qint64>(p.id));
        item->setData(0, kSourceRole, q(p.sourceId));
        item->setData(0, kOffsetRole, QVariant::fromValue<qulonglong>(p.offset));
        item->setData(0, kLengthRole, QVariant::fromValue<qulonglong>(p.length));
        item->setToolTip(2, QStringLiteral("<qt>%1</qt>").arg(columns[2].toHtmlEscaped()));
    }
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

void ReviewPane::showFirst()
{
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        selectRow(0);
}

int ReviewPane::pendingCount() const
{
    return m_list->topLevelItemCount();
}

void ReviewPane::selectRow(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

std::int64_t ReviewPane::currentProposal() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(0, kProposalRole).value<qint64>() : 0;
}

void ReviewPane::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_accept->setEnabled(selected);
    m_reject->setEnabled(selected);
    m_edit->setEnabled(selected && m_list->currentItem()->text(0) == tr("Event"));
    m_acceptAll->setEnabled(m_list->topLevelItemCount() > 0);
}

void ReviewPane::acceptCurrent()
{
    if (const auto id = currentProposal()) {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        Importer(m_kb).accept(id);
        reload();
        selectRow(std::min(row, m_list->topLevelItemCount() - 1));
        emit knowledgeBaseChanged();
    }
}

void ReviewPane::rejectCurrent()
{
    if (const auto id = currentProposal()) {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        Importer(m_kb).reject(id);
        reload();
        selectRow(std::min(row, m_list->topLevelItemCount() - 1));
    }
}

void ReviewPane::acceptAll()
{
    m_kb.acceptAllProposals();
    reload();
    emit knowledgeBaseChanged();
}

void ReviewPane::editCurrent()
{
    const auto id = currentProposal();
    if (!id)
        return;
    std::string payloadText;
    for (const auto &p : m_kb.pendingProposals()) {
        if (p.id == id)
            payloadText = p.payload;
    }
    const auto payload = nlohmann::json::parse(payloadText);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Proposed Event"));
    auto *date = new QLineEdit(q(payload.at("date").get<std::string>()));
    auto *end = new QLineEdit(
        payload.at("end").is_null() ? QString() : q(payload.at("end").get<std::string>()));
    auto *title = new QLineEdit(q(payload.at("title").get<std::string>()));
    QStringList ids;
    for (const auto &p : payload.at("participants"))
        ids << q(p.get<std::string>());
    auto *participants = new QLineEdit(ids.join(QStringLiteral(", ")));
    participants->setToolTip(tr("Entity ids, names or aliases, separated by commas"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Date (2020, 2020-05, 2020-05-14, --06-17):"), date);
    form->addRow(tr("E&nd (optional):"), end);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Participants:"), participants);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            std::vector<std::string> list;
            for (const auto &p : participants->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                list.push_back(p.trimmed().toStdString());
            std::optional<PartialDate> endDate;
            if (!end->text().trimmed().isEmpty())
                endDate = PartialDate::parse(end->text().trimmed().toStdString());
            Importer(m_kb).editEvent(id, PartialDate::parse(date->text().trimmed().toStdString()),
                                     endDate, title->text().trimmed().toStdString(), list);
            const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
            reload();
            selectRow(row);
            return;
        } catch (const Error &error) {
            QMessageBox::warning(&dialog, tr("Cannot change the proposal"),
                                 QString::fromStdString(error.what()));
        }
    }
}

} // namespace csto::app
