// SPDX-License-Identifier: MIT
#include "knowledgebasecheck.h"

#include "databaseguard.h"

#include <core/integritycheck.h>
#include <core/knowledgebase.h>

#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

#include <memory>
#include <optional>

namespace csto::app {
namespace {

// The checks of checkKnowledgeBase by name (core has no Qt), translated for the report.
QString checkName(const std::string &name)
{
    static const char *const kNames[] = {
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck", "SQLite integrity check"),
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck", "foreign keys"),
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck", "search index (FTS5 integrity-check)"),
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck",
                          "every entity, event and source is searchable"),
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck", "the search index holds nothing stale"),
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck",
                          "evidence points at existing facts inside their articles"),
        QT_TRANSLATE_NOOP("csto::app::KnowledgeBaseCheck", "dates")};
    for (const char *known : kNames) {
        if (name == known)
            return KnowledgeBaseCheck::tr(known);
    }
    return QString::fromStdString(name);
}

} // namespace

KnowledgeBaseCheck::KnowledgeBaseCheck(BackgroundJobs &jobs, DatabaseGuard *guard, QWidget *window)
    : QObject(window), m_jobs(jobs), m_guard(guard), m_window(window)
{
    // The window's jobs stop the check when the window closes; the busy dialog goes with it.
    connect(&m_jobs, &BackgroundJobs::jobEnded, this, [this](int id) {
        if (id != m_job)
            return;
        m_job = 0;
        if (m_progress)
            m_progress->deleteLater();
    });
}

void KnowledgeBaseCheck::start(const std::filesystem::path &path)
{
    if (isRunning())
        return;
    // A check reads every page of the file: seconds for a large one. Busy, not a percentage:
    // SQLite's integrity check does not say how far it has got.
    auto *progress =
        new QProgressDialog(tr("Checking the knowledge base\u2026"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("checkProgress"));
    progress->setWindowTitle(tr("Check Knowledge Base"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0); // starts the clock of minimumDuration
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, &KnowledgeBaseCheck::cancel);

    auto checked = std::make_shared<std::optional<CheckReport>>();
    m_job = m_jobs.start(
        QStringLiteral("Check Knowledge Base"),
        [path, checked](const std::atomic_bool &stop) {
            try {
                const auto kb = KnowledgeBase::open(path, schema::Access::ReadOnly);
                CheckReport report = kb->check(&stop);
                if (!stop)
                    checked->emplace(std::move(report));
            } catch (...) {
                if (!stop) // else it is the interrupted statement: nothing to tell
                    throw;
            }
        },
        [this, checked](std::exception_ptr escaped) {
            m_job = 0;
            if (m_progress)
                m_progress->deleteLater();
            if (escaped) {
                DatabaseGuard::run(m_guard, tr("Checking the knowledge base"),
                                   [&] { std::rethrow_exception(escaped); });
                emit finished(false);
                return;
            }
            if (!*checked) { // cancelled
                emit finished(false);
                return;
            }
            const CheckReport &report = **checked;
            QStringList lines;
            for (const auto &check : report.passed)
                lines << QStringLiteral("\u2713 ") + checkName(check);
            for (const auto &p : report.problems)
                lines << QStringLiteral("\u2717 ") + checkName(p.check) + QStringLiteral(": ") +
                             QString::fromStdString(p.problem);
            auto *box =
                new QMessageBox(report.ok() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Check Knowledge Base"),
                                report.ok() ? tr("The knowledge base is sound.")
                                            : tr("The knowledge base has problems."),
                                QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("checkReport"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setTextFormat(Qt::PlainText);
            box->setDetailedText(lines.join(QLatin1Char('\n')));
            m_report = box;
            box->open();
            emit finished(true);
        });
}

QMessageBox *KnowledgeBaseCheck::report() const
{
    return m_report;
}

void KnowledgeBaseCheck::cancel()
{
    if (!isRunning())
        return;
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling\u2026"));
    m_jobs.cancel(m_job);
}

} // namespace csto::app
