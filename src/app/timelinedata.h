// SPDX-License-Identifier: MIT
#pragma once

#include <core/knowledgebase.h>
#include <render/timelinelayout.h>

#include <QStringList>

#include <atomic>
#include <vector>

namespace csto::app {

enum class LaneMode
{
    ByKind,     // an event goes to the lane of its most specific participant
    ByOperation // one lane per operation or exercise, the rest together
};

struct TimelineData
{
    QStringList lanes;
    std::vector<render::TimelineItem> items;
    Counts counts; // what the knowledge base holds, for the welcome card and the status bar
};

// The timeline's events and lanes, read from `kb` in one pass, and the counts. Safe on a worker
// thread with its own connection; returns early (with what it has) once `cancelled` is set.
[[nodiscard]] TimelineData loadTimelineData(KnowledgeBase &kb, LaneMode mode,
                                            const std::atomic_bool &cancelled);

} // namespace csto::app
