// SPDX-License-Identifier: MIT
#include "entitydialog.h"

#include "citationfield.h"
#include "databaseguard.h"
#include "datefield.h"
#include "entitypicker.h"

#include <render/labels.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace csto::app {

EntityDialog::EntityDialog(KnowledgeBase &kb, DatabaseGuard *guard,
                           const std::optional<EntityRecord> &existing, QWidget *parent,
                           const std::optional<EntityHeader> &parentHint)
    : CurationDialog(parent), m_record(existing.value_or(EntityRecord{})), m_isNew(!existing),
      m_name(new QLineEdit), m_kind(new QComboBox), m_category(new QComboBox),
      m_parent(new EntityPicker(kb, guard)), m_aliases(new QPlainTextEdit),
      m_summary(new QPlainTextEdit), m_start(new DateField(DateField::Requirement::Optional)),
      m_end(new DateField(DateField::Requirement::Optional)),
      m_ongoing(new QCheckBox(tr("A source says it still exists")))
{
    setWindowTitle(m_isNew ? tr("New Entity")
                           : tr("Edit %1").arg(QString::fromStdString(m_record.name)));
    for (const EntityKind kind : kAllEntityKinds)
        m_kind->addItem(render::kindLabel(kind), static_cast<int>(kind));
    m_parent->setExcluded(m_record.id);
    m_parent->setPlaceholderText(tr("None, or type to search"));
    m_aliases->setPlaceholderText(tr("One name a line"));
    m_aliases->setTabChangesFocus(true);
    m_summary->setTabChangesFocus(true);
    const int line = fontMetrics().lineSpacing();
    m_aliases->setFixedHeight(line * 3 + 12);
    m_summary->setFixedHeight(line * 4 + 12);

    m_name->setText(QString::fromStdString(m_record.name));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_record.kind)));
    fillCategories(m_record.category);
    std::optional<EntityHeader> parentEntity = parentHint;
    if (m_record.parent)
        DatabaseGuard::run(guard, tr("Reading the parent"),
                           [&] { parentEntity = kb.findEntity(*m_record.parent); });
    if (m_isNew || m_record.parent)
        m_parent->setEntity(parentEntity);
    QStringList aliases;
    for (const auto &alias : m_record.aliases)
        aliases << QString::fromStdString(alias);
    m_aliases->setPlainText(aliases.join(QLatin1Char('\n')));
    m_summary->setPlainText(QString::fromStdString(m_record.summary));
    m_start->setDate(m_record.start);
    m_end->setDate(m_record.end);
    m_ongoing->setChecked(m_record.ongoing);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Part of:"), m_parent);
    form->addRow(tr("&Other names:"), m_aliases);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(QString(), m_ongoing);
    if (m_isNew) {
        m_citation = new CitationField(kb, guard);
        form->addRow(tr("S&ource:"), m_citation);
        connect(m_citation, &CitationField::changed, this, &EntityDialog::revalidate);
    }
    setForm(form);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillCategories(std::nullopt);
        revalidate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &EntityDialog::revalidate);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &EntityDialog::revalidate);
    connect(m_parent, &EntityPicker::changed, this, &EntityDialog::revalidate);
    connect(m_start, &DateField::changed, this, &EntityDialog::revalidate);
    connect(m_end, &DateField::changed, this, &EntityDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

void EntityDialog::fillCategories(const std::optional<std::string> &current)
{
    m_category->clear();
    m_category->addItem(tr("None"));
    const auto kind = static_cast<EntityKind>(m_kind->currentData().toInt());
    for (const std::string_view category : categoriesOf(kind)) {
        const std::string name(category);
        m_category->addItem(render::categoryLabel(name), QString::fromStdString(name));
    }
    if (current) {
        int index = m_category->findData(QString::fromStdString(*current));
        if (index < 0) {
            m_category->addItem(QString::fromStdString(*current), QString::fromStdString(*current));
            index = m_category->count() - 1;
        }
        m_category->setCurrentIndex(index);
    }
}

QString EntityDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The name is empty.");
    if (m_summary->toPlainText().trimmed().isEmpty())
        return tr("The summary is empty: say in a sentence what it is.");
    if (!m_parent->lineEdit()->text().trimmed().isEmpty() && !m_parent->entity())
        return tr("Pick the parent from the list, or empty the box.");
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

EntityRecord EntityDialog::record() const
{
    EntityRecord record = m_record;
    record.name = m_name->text().trimmed().toStdString();
    record.kind = static_cast<EntityKind>(m_kind->currentData().toInt());
    const QString category = m_category->currentData().toString();
    record.category =
        category.isEmpty() ? std::nullopt : std::optional<std::string>(category.toStdString());
    record.parent =
        m_parent->entity() ? std::optional<std::string>(m_parent->entity()->id) : std::nullopt;
    record.aliases.clear();
    for (const QString &alias : m_aliases->toPlainText().split(QLatin1Char('\n'))) {
        if (!alias.trimmed().isEmpty())
            record.aliases.push_back(alias.trimmed().toStdString());
    }
    record.summary = m_summary->toPlainText().trimmed().toStdString();
    record.start = m_start->date();
    record.end = m_end->date();
    record.ongoing = m_ongoing->isChecked();
    return record;
}

Citation EntityDialog::citation() const
{
    return m_citation ? m_citation->citation() : Citation{};
}

} // namespace csto::app
