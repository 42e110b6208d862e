// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include <core/knowledgebase.h>
#include <render/labels.h>
#include <report/pdfexport.h>
#include <report/summaryreport.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace csto::app {
namespace {

enum Kind
{
    Profile,
    Brief
};

} // namespace

ExportDialog::ExportDialog(KnowledgeBase &kb, Subject subject, QWidget *parent)
    : QDialog(parent), m_kb(kb), m_subject(std::move(subject)), m_kind(new QComboBox),
      m_pageSize(new QComboBox)
{
    setWindowTitle(tr("Export Summary"));
    if (m_subject.entityRowId)
        m_kind->addItem(tr("Profile of %1").arg(m_subject.entityName), Profile);
    m_kind->addItem(tr("Timeline brief, %1 to %2")
                        .arg(render::humanDate(m_subject.from), render::humanDate(m_subject.to)),
                    Brief);
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    const QString remembered = QSettings().value(QStringLiteral("report/pageSize")).toString();
    m_pageSize->setCurrentIndex(remembered == QLatin1String("Letter") ? 1 : 0);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Page size:"), m_pageSize);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *previewButton = buttons->addButton(tr("Pre&view\u2026"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("&Save PDF\u2026"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save Summary as PDF"),
            folder + QLatin1Char('/') + suggestedFileName(reportTitle()), tr("PDF files (*.pdf)"));
        if (!file.isEmpty() && saveAs(file))
            accept();
    });
}

QString ExportDialog::suggestedFileName(const QString &title)
{
    QString name = title.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (name.isEmpty())
        name = QStringLiteral("summary");
    return name.left(80) + QStringLiteral(".pdf");
}

bool ExportDialog::letter() const
{
    return m_pageSize->currentData().toString() == QLatin1String("Letter");
}

QString ExportDialog::reportTitle() const
{
    return m_kind->currentData().toInt() == Profile
               ? m_subject.entityName
               : tr("Timeline brief %1 to %2")
                     .arg(QString::fromStdString(m_subject.from.toIso()),
                          QString::fromStdString(m_subject.to.toIso()));
}

report::ReportDocument ExportDialog::buildDocument() const
{
    QSettings().setValue(QStringLiteral("report/pageSize"), m_pageSize->currentData());
    if (m_kind->currentData().toInt() == Profile)
        return report::entityReport(m_kb, *m_subject.entityRowId);
    TimelineFilter filter;
    filter.from = m_subject.from;
    filter.to = m_subject.to;
    return report::timelineBrief(m_kb, filter);
}

void ExportDialog::preview()
{
    const report::ReportDocument document = buildDocument();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::reportPageLayout(letter() ? QPageSize::Letter : QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview \u2014 %1").arg(reportTitle()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { document.paint(*target); });
    dialog.exec();
}

bool ExportDialog::saveAs(const QString &fileName)
{
    const auto result = report::writePdf(
        buildDocument(), fileName, letter() ? QPageSize::Letter : QPageSize::A4, reportTitle());
    if (!result.error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save the summary"), result.error);
        return false;
    }
    return true;
}

} // namespace csto::app
