// SPDX-License-Identifier: MIT
#include "entitypicker.h"

#include "databaseguard.h"
#include "kindicons.h"

#include <render/labels.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace csto::app {
namespace {

constexpr std::size_t kHits = 30;
constexpr int kVisibleRows = 5;

} // namespace

EntityPicker::EntityPicker(KnowledgeBase &kb, DatabaseGuard *guard, QWidget *parent)
    : QWidget(parent), m_kb(kb), m_guard(guard), m_edit(new QLineEdit), m_results(new QListWidget)
{
    m_edit->setPlaceholderText(tr("Type a name or alias to search"));
    m_edit->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("pickerResults"));
    m_results->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &EntityPicker::search);
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { pickRow(m_results->row(item)); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pickRow(m_results->row(item)); });
}

void EntityPicker::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void EntityPicker::setEntity(const std::optional<EntityHeader> &entity)
{
    m_entity = entity;
    m_settingText = true;
    m_edit->setText(entity ? QString::fromStdString(entity->name) : QString());
    m_settingText = false;
    m_results->clear();
    m_results->hide();
    emit changed();
}

void EntityPicker::clear()
{
    setEntity(std::nullopt);
}

QStringList EntityPicker::resultNames() const
{
    QStringList names;
    for (const auto &hit : m_hits)
        names << QString::fromStdString(hit.name);
    return names;
}

void EntityPicker::search(const QString &text)
{
    if (m_settingText)
        return;
    m_entity.reset();
    m_hits.clear();
    m_results->clear();
    const std::string query = text.trimmed().toStdString();
    std::optional<EntityHeader> exact;
    DatabaseGuard::run(m_guard, tr("Searching"), [&] {
        if (query.empty())
            return;
        for (const auto &hit : m_kb.search(query, kHits)) {
            if (hit.type != SearchHit::Type::Entity || !hit.matchedName || hit.id == m_excluded)
                continue;
            if (const auto header = m_kb.entity(hit.rowId))
                m_hits.push_back(*header);
        }
        // A name or alias typed in full is a pick; an id typed is not (ids are not for people).
        if (const auto found = m_kb.findEntity(query);
            found && found->id != m_excluded && found->id != query)
            exact = found;
    });
    for (const auto &hit : m_hits) {
        auto *item =
            new QListWidgetItem(iconForKind(hit.kind), QStringLiteral("%1 \u2014 %2")
                                                           .arg(QString::fromStdString(hit.name),
                                                                render::kindLabel(hit.kind)));
        m_results->addItem(item);
    }
    if (!m_hits.empty())
        m_results->setCurrentRow(0);
    m_results->setVisible(!query.empty());
    if (m_hits.empty() && !query.empty())
        m_results->addItem(tr("No entity of that name"));
    // Rows are as tall as the kind icons make them, known only once a row is there.
    if (m_results->count() > 0)
        m_results->setFixedHeight(m_results->sizeHintForRow(0) * kVisibleRows +
                                  2 * m_results->frameWidth());
    if (exact) {
        m_entity = exact;
        emit picked(*exact);
    }
    emit changed();
}

void EntityPicker::pickRow(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_hits.size())
        return;
    pick(m_hits[static_cast<std::size_t>(row)]);
}

void EntityPicker::pick(const EntityHeader &entity)
{
    setEntity(entity);
    emit picked(entity);
}

bool EntityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = static_cast<int>(m_hits.size());
        if (key->key() == Qt::Key_Down && rows > 0) {
            m_results->setCurrentRow(std::min(m_results->currentRow() + 1, rows - 1));
            return true;
        }
        if (key->key() == Qt::Key_Up && rows > 0) {
            m_results->setCurrentRow(std::max(m_results->currentRow() - 1, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && rows > 0) {
            pickRow(m_results->currentRow());
            return true; // the pick, not the dialog's default button
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace csto::app
