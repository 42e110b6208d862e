// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace csto::app {

// For benchmarks (bench/run): when CSTO_BENCH_LAUNCH_NS holds the CLOCK_MONOTONIC time at which
// the process was started, prints "first-paint-ms N" once `window` has first been painted, and
// quits. Does nothing otherwise. The bare reference window of the benchmarks uses it too, so
// both are timed the same way.
void installStartupProbe(QWidget *window);

// For the memory benchmark: prints "peak-memory-kib N", this process's peak resident set size
// (VmHWM). A parent's rusage cannot tell it: a child started with posix_spawn inherits the
// parent's high-water mark until it exceeds it.
void printPeakMemory();

} // namespace csto::app
