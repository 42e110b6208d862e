// SPDX-License-Identifier: MIT
#include "aliasdialog.h"

#include <QFormLayout>
#include <QLineEdit>

namespace csto::app {

AliasDialog::AliasDialog(const EntityHeader &entity, std::vector<std::string> names,
                         QWidget *parent)
    : CurationDialog(parent), m_names(std::move(names)), m_alias(new QLineEdit)
{
    setWindowTitle(tr("Add Alias to %1").arg(QString::fromStdString(entity.name)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Alias:"), m_alias);
    setForm(form);
    connect(m_alias, &QLineEdit::textChanged, this, &AliasDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 50, 0)));
}

QString AliasDialog::problem() const
{
    const QString alias = this->alias();
    if (alias.isEmpty())
        return tr("The alias is empty.");
    for (const auto &name : m_names) {
        if (QString::fromStdString(name).compare(alias, Qt::CaseInsensitive) == 0)
            return tr("\u201c%1\u201d is already one of its names.").arg(alias);
    }
    return {};
}

QString AliasDialog::alias() const
{
    return m_alias->text().simplified();
}

} // namespace csto::app
