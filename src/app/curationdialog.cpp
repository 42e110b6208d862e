// SPDX-License-Identifier: MIT
#include "curationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csto::app {

CurationDialog::CurationDialog(QWidget *parent)
    : QDialog(parent), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(palette);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *CurationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CurationDialog::shownProblem() const
{
    return m_problem->text();
}

void CurationDialog::setForm(QLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

void CurationDialog::revalidate()
{
    const QString reason = problem();
    m_problem->setText(reason);
    okButton()->setEnabled(reason.isEmpty());
}

} // namespace csto::app
