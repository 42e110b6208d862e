// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include <core/error.h>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace csto::app {

ImportDialog::ImportDialog(QStringList files, QWidget *parent)
    : QDialog(parent), m_files(std::move(files)), m_date(new QLineEdit), m_problem(new QLabel)
{
    setWindowTitle(tr("Import Articles"));
    setMinimumWidth(440);
    auto *what = new QLabel(m_files.size() == 1
                                ? QFileInfo(m_files.front()).fileName()
                                : tr("%Ln articles", nullptr, static_cast<int>(m_files.size())));
    what->setTextFormat(Qt::PlainText);
    m_date->setObjectName(QStringLiteral("importPublished"));
    m_date->setPlaceholderText(tr("as the article's dateline says"));
    m_date->setToolTip(tr("For articles that do not print their date: 2019, 2019-11 or "
                          "2019-11-28. Empty: each article's dateline."));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Import:"), what);
    form->addRow(tr("&Published on:"), m_date);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textEdited, m_problem, &QWidget::hide);
}

void ImportDialog::setPublishedText(const QString &text)
{
    m_date->setText(text);
}

void ImportDialog::accept()
{
    const std::string text = m_date->text().trimmed().toStdString();
    m_published.reset();
    if (!text.empty()) {
        try {
            m_published = PartialDate::parse(text);
        } catch (const DateError &error) {
            m_problem->setText(tr("Publication date: %1").arg(QString::fromUtf8(error.what())));
            m_problem->show();
            adjustSize(); // room for the wrapped reason
            m_date->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace csto::app
