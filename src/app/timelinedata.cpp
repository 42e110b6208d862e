// SPDX-License-Identifier: MIT
#include "timelinedata.h"

#include <QCoreApplication>

#include <map>

namespace csto::app {
namespace {

// Most specific first: an event goes to the lane of the first of these among its participants.
constexpr EntityKind kLanePriority[] = {
    EntityKind::Operation, EntityKind::Exercise,     EntityKind::Force, EntityKind::Body,
    EntityKind::Document,  EntityKind::Organisation, EntityKind::State, EntityKind::Person};

// lupdate files the tr() calls of free functions under their namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("csto::app", text);
}

QString laneNameForKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Operation:
    case EntityKind::Exercise:
        return tr("Operations and exercises");
    case EntityKind::Force:
        return tr("Forces");
    case EntityKind::Body:
    case EntityKind::Organisation:
        return tr("Councils and bodies");
    case EntityKind::Document:
        return tr("Documents");
    case EntityKind::State:
    case EntityKind::Person:
        return tr("States and people");
    }
    return {};
}

EntityKind laneKind(unsigned participantKinds)
{
    for (const auto kind : kLanePriority) {
        if (participantKinds & (1u << static_cast<unsigned>(kind)))
            return kind;
    }
    return EntityKind::State;
}

} // namespace

TimelineData loadTimelineData(KnowledgeBase &kb, LaneMode mode, const std::atomic_bool &cancelled)
{
    TimelineData data;
    data.counts = kb.counts();
    data.items.reserve(static_cast<std::size_t>(data.counts.events));
    std::map<QString, int> laneIndex;
    const auto lane = [&](const QString &name) {
        const auto [it, inserted] = laneIndex.emplace(name, static_cast<int>(data.lanes.size()));
        if (inserted)
            data.lanes << name;
        return it->second;
    };
    std::map<std::int64_t, QString> operationNames;
    const QString otherEvents = tr("Other events");
    kb.forEachTimelineRow([&](const TimelineRow &row) {
        render::TimelineItem item{row.rowId, row.date, row.end, QString::fromStdString(row.title),
                                  0};
        if (mode == LaneMode::ByKind) {
            item.lane = lane(laneNameForKind(laneKind(row.participantKinds)));
        } else if (row.operationRowId) {
            auto [it, inserted] = operationNames.try_emplace(*row.operationRowId);
            if (inserted)
                it->second = QString::fromStdString(kb.entity(*row.operationRowId)->name);
            item.lane = lane(it->second);
        } else {
            item.lane = lane(otherEvents);
        }
        data.items.push_back(std::move(item));
        return !cancelled.load(std::memory_order_relaxed);
    });
    if (mode == LaneMode::ByKind) {
        // Lanes in a fixed order (most specific first), only those that hold events.
        QStringList ordered;
        for (const auto kind : kLanePriority) {
            const QString name = laneNameForKind(kind);
            if (data.lanes.contains(name) && !ordered.contains(name))
                ordered << name;
        }
        std::vector<int> remap(static_cast<std::size_t>(data.lanes.size()));
        for (qsizetype i = 0; i < data.lanes.size(); ++i)
            remap[static_cast<std::size_t>(i)] = static_cast<int>(ordered.indexOf(data.lanes[i]));
        for (auto &item : data.items)
            item.lane = remap[static_cast<std::size_t>(item.lane)];
        data.lanes = ordered;
    }
    return data;
}

} // namespace csto::app
