// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <exception>
#include <functional>
#include <map>
#include <memory>

class QThread;

namespace csto::app {

// The window's work off the GUI thread (importing articles, loading a large timeline, checking
// the knowledge base), owned in one place so none outlives the window. Each job runs on a thread
// of its own with its own database connection (a connection belongs to one thread); it reads a
// stop flag at its steps. When it ends, its `done` runs on this object's thread. stopAll() (and
// the destructor) raises every job's stop flag and joins every thread, and no `done` runs after
// it: closing the window during an import or a check neither crashes nor leaves a thread behind.
class BackgroundJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJobs)

public:
    using Id = int;
    // The work, on the worker thread. It should stop soon after `stop` is raised; an exception
    // escaping it is caught here and given to `done`.
    using Work = std::function<void(const std::atomic_bool &stop)>;
    // On this object's thread after the work ended: the exception that escaped it, or null.
    // (DatabaseGuard::run can rethrow it to tell the user.)
    using Done = std::function<void(std::exception_ptr escaped)>;

    explicit BackgroundJobs(QObject *parent = nullptr);
    ~BackgroundJobs() override;

    // Starts `work` on a new thread. `name` says what it is (for diagnostics).
    Id start(const QString &name, Work work, Done done = {});
    // Raises the job's stop flag (it ends at its next step); `done` still runs.
    void cancel(Id id);
    // Raises the job's stop flag and waits for its thread; `done` does not run.
    void stop(Id id);
    // stop() for every job.
    void stopAll();
    [[nodiscard]] bool isRunning(Id id) const;
    [[nodiscard]] std::size_t runningCount() const { return m_jobs.size(); }

signals:
    // A job left the list: after its `done` ran, or when it was stopped (and `done` never runs).
    void jobEnded(int id);

private:
    struct Job
    {
        QString name;
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic_bool> stop;
        std::shared_ptr<std::exception_ptr> escaped;
        Done done;
    };
    void finish(Id id);
    static void join(Job &job);

    std::map<Id, Job> m_jobs;
    Id m_next = 1;
};

} // namespace csto::app
