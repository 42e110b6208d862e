// SPDX-License-Identifier: MIT
#include "recordpicker.h"

#include "databaseguard.h"

#include <render/labels.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace csto::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr std::size_t kHitLimit = 20;

} // namespace

RecordPicker::RecordPicker(KnowledgeBase &kb, SearchHit::Type type, QWidget *parent)
    : QLineEdit(parent), m_kb(kb), m_type(type), m_hits(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_hits, this))
{
    setPlaceholderText(type == SearchHit::Type::Event ? tr("Type to search the events")
                                                      : tr("Type to search the entities"));
    setClearButtonEnabled(true);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_recordId.clear();
        search(text);
        if (m_hits->rowCount() > 0)
            m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
}

void RecordPicker::setRecord(const QString &id, const QString &label)
{
    m_recordId = id;
    setText(id.isEmpty() ? QString() : label);
}

void RecordPicker::search(const QString &text)
{
    m_hits->clear();
    DatabaseGuard::run(nullptr, tr("Searching"), [&] {
        for (const auto &hit : m_kb.search(text.toStdString(), kHitLimit * 2)) {
            if (hit.type != m_type || m_hits->rowCount() >= static_cast<int>(kHitLimit))
                continue;
            QString label = QString::fromStdString(hit.title);
            if (hit.kind)
                label += QStringLiteral(" \u2014 ") + render::kindLabel(*hit.kind);
            else if (hit.date)
                label += QStringLiteral(" \u2014 ") + render::humanDate(*hit.date);
            auto *item = new QStandardItem(label);
            item->setData(QString::fromStdString(hit.id), kIdRole);
            item->setToolTip(label);
            m_hits->appendRow(item);
        }
    });
}

int RecordPicker::hitCount() const
{
    return m_hits->rowCount();
}

QString RecordPicker::hitLabel(int row) const
{
    const auto *item = m_hits->item(row);
    return item ? item->text() : QString();
}

void RecordPicker::choose(int row)
{
    const auto *item = m_hits->item(row);
    if (!item)
        return;
    const QString label = item->text().section(QStringLiteral(" \u2014 "), 0, 0);
    setRecord(item->data(kIdRole).toString(), label);
    emit recordChosen(m_recordId, label);
}

} // namespace csto::app
