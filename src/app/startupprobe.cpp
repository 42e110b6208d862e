// SPDX-License-Identifier: MIT
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace csto::app {
namespace {

class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QWidget *window, long long launchNanoseconds)
        : QObject(window), m_window(window), m_launch(launchNanoseconds)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            // Queued: it runs once this paint, and the rest of the window's, has finished.
            QTimer::singleShot(0, this, [this] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                const long long elapsed = now.tv_sec * 1000000000LL + now.tv_nsec - m_launch;
                std::printf("first-paint-ms %.3f\n", static_cast<double>(elapsed) / 1e6);
                printPeakMemory();
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    long long m_launch;
    bool m_seen = false;
};

} // namespace

void printPeakMemory()
{
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return;
    char line[256];
    while (std::fgets(line, sizeof line, status)) {
        long long kib = 0;
        if (std::sscanf(line, "VmHWM: %lld kB", &kib) == 1)
            std::printf("peak-memory-kib %lld\n", kib);
    }
    std::fclose(status);
    std::fflush(stdout);
}

void installStartupProbe(QWidget *window)
{
    const char *launch = std::getenv("CSTO_BENCH_LAUNCH_NS");
    if (!launch || !*launch)
        return;
    QCoreApplication::instance()->installEventFilter(
        new FirstPaintFilter(window, std::strtoll(launch, nullptr, 10)));
}

} // namespace csto::app
