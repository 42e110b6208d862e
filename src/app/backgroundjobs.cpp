// SPDX-License-Identifier: MIT
#include "backgroundjobs.h"

#include <QThread>

#include <exception>
#include <utility>

namespace csto::app {

BackgroundJobs::BackgroundJobs(QObject *parent) : QObject(parent) {}

BackgroundJobs::~BackgroundJobs()
{
    // Whoever listens may be half destroyed by now (the window owning this): join, tell no one.
    blockSignals(true);
    stopAll();
}

BackgroundJobs::Id BackgroundJobs::start(const QString &name, Work work, Done done)
{
    const Id id = m_next++;
    Job job;
    job.name = name;
    job.stop = std::make_shared<std::atomic_bool>(false);
    job.escaped = std::make_shared<std::exception_ptr>();
    job.done = std::move(done);
    // An exception escaping a thread's function ends the program: caught at the worker's entry.
    job.thread = QThread::create(
        [work = std::move(work), stop = job.stop, escaped = job.escaped]() noexcept {
            try {
                work(*stop);
            } catch (...) {
                *escaped = std::current_exception();
            }
        });
    job.thread->setObjectName(name);
    // Queued to this object's thread; a job stopped (and forgotten) before the signal arrives
    // is no longer in m_jobs, and nothing runs for it.
    connect(
        job.thread, &QThread::finished, this, [this, id] { finish(id); }, Qt::QueuedConnection);
    QThread *thread = job.thread;
    m_jobs.emplace(id, std::move(job));
    thread->start();
    return id;
}

void BackgroundJobs::cancel(Id id)
{
    if (const auto it = m_jobs.find(id); it != m_jobs.end())
        *it->second.stop = true;
}

void BackgroundJobs::join(Job &job)
{
    *job.stop = true;
    job.thread->wait();
    delete job.thread;
    job.thread = nullptr;
}

void BackgroundJobs::stop(Id id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job job = std::move(it->second);
    m_jobs.erase(it);
    join(job);
    emit jobEnded(id);
}

void BackgroundJobs::stopAll()
{
    // Every flag first, so the workers wind down together rather than one after another.
    for (auto &[id, job] : m_jobs)
        *job.stop = true;
    auto jobs = std::exchange(m_jobs, {});
    for (auto &[id, job] : jobs)
        join(job);
    for (const auto &[id, job] : jobs)
        emit jobEnded(id);
}

bool BackgroundJobs::isRunning(Id id) const
{
    return m_jobs.count(id) != 0;
}

void BackgroundJobs::finish(Id id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job job = std::move(it->second);
    m_jobs.erase(it);
    job.thread->wait();
    delete job.thread;
    job.thread = nullptr;
    if (job.done) {
        // `done` is the window's code on the window's thread: nothing may escape into Qt.
        try {
            job.done(*job.escaped);
        } catch (const std::exception &error) {
            qWarning("%s: %s", qUtf8Printable(job.name), error.what());
        } catch (...) {
            qWarning("%s: an unknown error", qUtf8Printable(job.name));
        }
    }
    emit jobEnded(id);
}

} // namespace csto::app
