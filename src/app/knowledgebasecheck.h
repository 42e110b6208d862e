// SPDX-License-Identifier: MIT
#pragma once

#include "backgroundjobs.h"

#include <QObject>
#include <QPointer>

#include <filesystem>

class QMessageBox;
class QProgressDialog;
class QWidget;

namespace csto::app {

class DatabaseGuard;

// Tools > Check Knowledge Base: the checks of core's checkKnowledgeBase run on a worker (one of
// the window's BackgroundJobs, with its own read-only connection) behind a busy dialog whose
// Cancel stops them; then the report, in a window-modal message box that does not block.
class KnowledgeBaseCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBaseCheck)

public:
    // Failures to open the file go to `guard` (a busy file, a damaged one).
    KnowledgeBaseCheck(BackgroundJobs &jobs, DatabaseGuard *guard, QWidget *window);

    // Checks the knowledge base at `path`; returns at once. A check already running is not
    // started twice.
    void start(const std::filesystem::path &path);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_job != 0; }
    // The last report shown (for tests), or nullptr.
    [[nodiscard]] QMessageBox *report() const;

signals:
    // The report is shown (`completed`), or the check was cancelled or could not run.
    void finished(bool completed);

private:
    BackgroundJobs &m_jobs;
    DatabaseGuard *m_guard;
    QWidget *m_window;
    BackgroundJobs::Id m_job = 0;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_report;
};

} // namespace csto::app
