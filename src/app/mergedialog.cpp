// SPDX-License-Identifier: MIT
#include "mergedialog.h"

#include "entitypicker.h"

#include <QFormLayout>
#include <QLabel>

namespace csto::app {

MergeDialog::MergeDialog(KnowledgeBase &kb, DatabaseGuard *guard, const EntityHeader &merged,
                         QWidget *parent)
    : CurationDialog(parent), m_merged(merged), m_survivor(new EntityPicker(kb, guard))
{
    const QString name = QString::fromStdString(merged.name);
    setWindowTitle(tr("Merge %1 Into\u2026").arg(name));
    m_survivor->setExcluded(merged.id);
    m_survivor->setPlaceholderText(tr("Type the name of the entity that stays"));
    auto *explanation =
        new QLabel(tr("\u201c%1\u201d will be merged into the entity picked here. Its other names, "
                      "relations, events, mentions, evidence, proposals and parts move there; "
                      "\u201c%1\u201d becomes another name of it, and links to \u201c%1\u201d "
                      "lead there. Undo takes it back.")
                       .arg(name));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(explanation);
    form->addRow(tr("Merge &into:"), m_survivor);
    setForm(form);
    connect(m_survivor, &EntityPicker::changed, this, &MergeDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

QString MergeDialog::problem() const
{
    if (!m_survivor->entity())
        return tr("Pick the entity \u201c%1\u201d is merged into.")
            .arg(QString::fromStdString(m_merged.name));
    return {};
}

std::optional<EntityHeader> MergeDialog::survivor() const
{
    return m_survivor->entity();
}

} // namespace csto::app
