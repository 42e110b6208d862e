// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "briefpreview.h"
#include "databaseguard.h"

#include <core/error.h>
#include <core/knowledgebase.h>
#include <render/labels.h>
#include <report/pdfexport.h>
#include <report/summaryreport.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <cmath>
#include <memory>

namespace csto::app {
namespace {

enum Kind
{
    Profile,
    Brief
};

// Measured on A4 briefs (bundled knowledge base: 28 events, 5 pages; synthetic: 96 events, 9
// pages; 926, 69; 3,903, 263): a page holds about 14 events with their participants, and the
// title and the list of sources add about two.
constexpr double kEventsPerPage = 14;
constexpr int kFixedPages = 2;

std::optional<PartialDate> dateField(const QLineEdit *field, const QString &name, QString &problem)
{
    const std::string text = field->text().trimmed().toStdString();
    if (text.empty())
        return std::nullopt;
    try {
        return PartialDate::parse(text);
    } catch (const DateError &error) {
        problem = ExportDialog::tr("%1: %2").arg(name, QString::fromStdString(error.what()));
        return std::nullopt;
    }
}

} // namespace

ExportDialog::ExportDialog(KnowledgeBase &kb, Subject subject, QWidget *parent)
    : QDialog(parent), m_kb(kb), m_subject(std::move(subject)), m_kind(new QComboBox),
      m_from(new QLineEdit), m_to(new QLineEdit), m_entityOnly(new QCheckBox),
      m_pageSize(new QComboBox), m_problem(new QLabel)
{
    setWindowTitle(tr("Export Summary"));
    setMinimumWidth(460);
    if (m_subject.entityRowId)
        m_kind->addItem(tr("Profile of %1").arg(m_subject.entityName), Profile);
    m_kind->addItem(tr("Timeline brief"), Brief);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_entityOnly->setObjectName(QStringLiteral("exportEntityOnly"));
    m_from->setText(QString::fromStdString(m_subject.from.toIso()));
    m_to->setText(QString::fromStdString(m_subject.to.toIso()));
    const QString dateHint = tr("e.g. 2014, 2014-05 or 2014-05-08; empty: no limit");
    m_from->setPlaceholderText(dateHint);
    m_to->setPlaceholderText(dateHint);
    m_from->setToolTip(dateHint);
    m_to->setToolTip(dateHint);
    m_entityOnly->setText(m_subject.entityRowId
                              ? tr("Only events of %1 and its parts").arg(m_subject.entityName)
                              : tr("Only events of the selected entity and its parts"));
    m_entityOnly->setEnabled(m_subject.entityRowId.has_value());
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    const QString remembered = QSettings().value(QStringLiteral("report/pageSize")).toString();
    m_pageSize->setCurrentIndex(remembered == QLatin1String("Letter") ? 1 : 0);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_entityOnly);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *previewButton = buttons->addButton(tr("Pre&view\u2026"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("&Save PDF\u2026"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    const auto clearProblem = [this] { m_problem->hide(); };
    connect(m_from, &QLineEdit::textEdited, this, clearProblem);
    connect(m_to, &QLineEdit::textEdited, this, clearProblem);
    updateFields();
}

void ExportDialog::chooseFileAndSave()
{
    QString problem;
    if (isBrief() && !briefFilter(problem)) {
        m_problem->setText(problem);
        m_problem->show();
        adjustSize();
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save Summary as PDF"),
        folder + QLatin1Char('/') + suggestedFileName(reportTitle()), tr("PDF files (*.pdf)"));
    if (!file.isEmpty() && saveAs(file))
        accept();
}

void ExportDialog::updateFields()
{
    const bool brief = isBrief();
    m_from->setEnabled(brief);
    m_to->setEnabled(brief);
    m_entityOnly->setEnabled(brief && m_subject.entityRowId.has_value());
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

int ExportDialog::estimatedPages(std::int64_t events)
{
    return kFixedPages + static_cast<int>(std::ceil(static_cast<double>(events) / kEventsPerPage));
}

bool ExportDialog::isBrief() const
{
    return m_kind->currentData().toInt() == Brief;
}

bool ExportDialog::letter() const
{
    return m_pageSize->currentData().toString() == QLatin1String("Letter");
}

std::optional<TimelineFilter> ExportDialog::briefFilter(QString &problem) const
{
    TimelineFilter filter;
    filter.from = dateField(m_from, tr("From"), problem);
    if (!problem.isEmpty())
        return std::nullopt;
    filter.to = dateField(m_to, tr("To"), problem);
    if (!problem.isEmpty())
        return std::nullopt;
    if (filter.from && filter.to && filter.to->lastDayKey() < filter.from->firstDayKey()) {
        problem = tr("To (%1) is before From (%2).")
                      .arg(render::humanDate(*filter.to), render::humanDate(*filter.from));
        return std::nullopt;
    }
    if (m_entityOnly->isChecked() && m_subject.entityRowId) {
        filter.entityRowId = m_subject.entityRowId;
        filter.includeDescendants = true;
    }
    return filter;
}

QString ExportDialog::reportTitle() const
{
    if (!isBrief())
        return m_subject.entityName;
    const QString from = m_from->text().trimmed();
    const QString to = m_to->text().trimmed();
    QString title = tr("Timeline brief");
    if (!from.isEmpty() || !to.isEmpty())
        title = tr("Timeline brief %1 to %2").arg(from, to);
    if (m_entityOnly->isChecked() && m_subject.entityRowId)
        title += QLatin1Char(' ') + m_subject.entityName;
    return title;
}

bool ExportDialog::confirmRequest(std::optional<TimelineFilter> &filter, bool askBeforeLong)
{
    QSettings().setValue(QStringLiteral("report/pageSize"), m_pageSize->currentData());
    if (!isBrief())
        return true;
    QString problem;
    filter = briefFilter(problem);
    if (!filter) {
        m_problem->setText(problem);
        m_problem->show();
        adjustSize();
        QMessageBox::warning(this, tr("Cannot export the summary"), problem);
        return false;
    }
    std::int64_t events = 0;
    try {
        events = m_kb.timelineCount(*filter);
    } catch (const std::exception &error) {
        QMessageBox::critical(
            this, tr("Cannot export the summary"),
            tr("The knowledge base cannot be read: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
    const int pages = estimatedPages(events);
    if (!askBeforeLong || pages <= kPagesBeforeWarning)
        return true;
    QMessageBox question(QMessageBox::Question, tr("A long brief"),
                         tr("This brief lists %L1 events: about %L2 pages. Writing it takes a "
                            "while; narrowing the dates or choosing one entity gives a shorter "
                            "one.")
                             .arg(events)
                             .arg(pages),
                         QMessageBox::NoButton, this);
    question.setTextFormat(Qt::PlainText);
    question.setObjectName(QStringLiteral("longBriefWarning"));
    auto *write = question.addButton(tr("Write %L1 Pages").arg(pages), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == write;
}

report::ReportDocument
ExportDialog::buildDocument(KnowledgeBase &kb, const std::optional<TimelineFilter> &filter,
                            const report::ReportDocument::Progress &progress) const
{
    if (!filter)
        return report::entityReport(kb, *m_subject.entityRowId);
    return report::timelineBrief(kb, *filter, progress);
}

report::ReportDocument::Progress ExportDialog::stage(double from, double share)
{
    return [this, from, share](double done) {
        const int percent = static_cast<int>((from + share * done) * 100);
        if (m_reported.exchange(percent) != percent)
            emit exportProgress(percent);
        return !m_cancel;
    };
}

QString ExportDialog::runOnWorker(const QString &label,
                                  const std::function<void(KnowledgeBase &)> &work)
{
    m_cancel = false;
    m_reported = -1;
    QString failure;
    // The worker reads through its own read-only connection: a connection belongs to one
    // thread, and the window keeps answering (and reading) while the brief is made. This
    // thread touches nothing the worker uses until it has ended.
    const std::filesystem::path database = m_kb.path();
    const std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            const auto kb = KnowledgeBase::open(database, schema::Access::ReadOnly);
            work(*kb);
        } catch (const std::exception &error) {
            failure = DatabaseGuard::describe(error);
        } catch (...) {
            failure = tr("an unknown error");
        }
    }));

    QProgressDialog progress(label, tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export Summary"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);
    connect(this, &ExportDialog::exportProgress, &progress, &QProgressDialog::setValue,
            Qt::QueuedConnection);
    connect(&progress, &QProgressDialog::canceled, this, [this, &progress] {
        m_cancel = true;
        progress.setLabelText(tr("Cancelling\u2026"));
    });
    QEventLoop waiting;
    connect(worker.get(), &QThread::finished, &waiting, &QEventLoop::quit);
    worker->start();
    waiting.exec();
    worker->wait();
    return failure;
}

void ExportDialog::preview()
{
    if (m_busy)
        return;
    std::optional<TimelineFilter> filter;
    // No question before a long brief: the preview paints its first pages whatever its length.
    if (!confirmRequest(filter, false))
        return;
    m_busy = true;
    const QPageLayout pageLayout =
        report::reportPageLayout(letter() ? QPageSize::Letter : QPageSize::A4);
    const QSizeF contentSize = pageLayout.paintRect(QPageLayout::Point).size();
    const QString title = reportTitle();
    auto document = std::make_shared<report::ReportDocument>();
    std::optional<report::ReportDocument::Pages> pages;
    // Reading the events takes the first part of the bar, laying out every page (the preview
    // says "page N of" all of them) the rest.
    const QString failure =
        runOnWorker(tr("Preparing the preview of %1\u2026").arg(title), [&](KnowledgeBase &kb) {
            *document = buildDocument(kb, filter, stage(0, 0.4));
            if (!m_cancel)
                pages = document->layOut(contentSize, stage(0.4, 0.6));
        });
    m_busy = false;
    if (!failure.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot preview the summary"),
                              tr("The knowledge base cannot be read: %1").arg(failure));
        return;
    }
    if (m_cancel || !pages)
        return;
    BriefPreview dialog(std::move(document), std::move(*pages), pageLayout, title, this);
    if (dialog.exec() == BriefPreview::SaveRequested)
        chooseFileAndSave();
}

bool ExportDialog::saveAs(const QString &fileName)
{
    if (m_busy)
        return false;
    std::optional<TimelineFilter> filter;
    if (!confirmRequest(filter, true))
        return false;
    m_busy = true;
    const auto pageSize = letter() ? QPageSize::Letter : QPageSize::A4;
    const QString title = reportTitle();
    report::PdfResult result;
    // Reading the events takes the first third of the bar, laying out and writing the rest;
    // either stops at the next step after Cancel.
    const QString failure = runOnWorker(tr("Writing %1\u2026").arg(title), [&](KnowledgeBase &kb) {
        const report::ReportDocument document = buildDocument(kb, filter, stage(0, 0.3));
        if (m_cancel) {
            result.cancelled = true;
            return;
        }
        result = report::writePdf(document, fileName, pageSize, title, stage(0.3, 0.7));
    });
    m_busy = false;

    if (!failure.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save the summary"),
                              tr("%1: cannot write: %2").arg(fileName, failure));
        return false;
    }
    // A Cancel after the last page came too late to stop anything: the brief is written.
    if (result.cancelled)
        return false;
    if (!result.error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save the summary"), result.error);
        return false;
    }
    return true;
}

} // namespace csto::app
