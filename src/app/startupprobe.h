// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace csto::app {

// For benchmarks (bench/run): when CSTO_BENCH_LAUNCH_NS holds the CLOCK_MONOTONIC time at which
// the process was started, prints "first-paint-ms N" once `window` has first been painted, and
// quits. Does nothing otherwise. The bare reference window of the benchmarks uses it too, so
// both are timed the same way.
void installStartupProbe(QWidget *window);

} // namespace csto::app
