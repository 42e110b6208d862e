// SPDX-License-Identifier: MIT
#pragma once

#include <core/partialdate.h>

#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace csto::render {

// One event on the timeline.
struct TimelineItem
{
    std::int64_t id = 0; // the event's row id
    PartialDate start = PartialDate::year(2000);
    std::optional<PartialDate> end;
    QString title;
    int lane = 0; // index into the lane names
};

// What is drawn for one or more items: a span, or a cluster of items too close to tell apart at
// this zoom (drawn as one box with a count, split again by zooming in).
struct TimelineMark
{
    QRectF rect;
    std::vector<std::size_t> items; // indexes into TimelineLayout::items()
    int lane = 0;
    bool undated = false; // in the "year not stated" strip
    // A single event whose date is known only to the month or year: `rect` is all it may
    // cover, drawn faint; `core` is a point-like mark inside it, so it does not read as an
    // event that lasted the whole month or year. For other marks core == rect.
    bool uncertain = false;
    QRectF core;
    // Free width after the span for its title when the title does not fit inside.
    double labelRoom = 0;
    [[nodiscard]] bool isCluster() const { return items.size() > 1; }
};

struct TimelineTick
{
    double x = 0;
    QString label;
    bool major = false; // a year boundary
};

// The geometry of the timeline, with no painting: time runs left to right in days (Julian day
// numbers), lanes are horizontal bands, events whose year is not stated sit in their own strip
// at the bottom, never at a made-up year. A partial date is a span over all it may mean (a
// year-only event spans its year). Shared by the window and the PDF reports.
class TimelineLayout
{
public:
    static constexpr double kAxisHeight = 30;
    static constexpr double kUndatedStripHeight = 44;
    static constexpr double kMinItemWidth = 6;
    static constexpr double kClusterGap = 4;      // px: items closer than this run together...
    static constexpr std::size_t kClusterMin = 4; // ...and runs this long that do not fit in the
                                                  // lane's rows become a cluster
    static constexpr double kMaxLabelWidth = 200; // titles beside a span, at most this wide
    static constexpr double kPointCoreWidth = 6;  // the core of an event of uncertain date

    void setItems(std::vector<TimelineItem> items);
    void setLanes(QStringList lanes);
    void setViewport(QSizeF size);
    // Average character width of the label font, to keep room for titles when packing rows.
    void setCharacterWidth(double width);

    [[nodiscard]] const std::vector<TimelineItem> &items() const { return m_items; }
    [[nodiscard]] const QStringList &lanes() const { return m_lanes; }
    [[nodiscard]] QSizeF viewport() const { return m_viewport; }

    // The view: which days are visible across the width.
    void setVisibleRange(double firstDay, double lastDay);
    [[nodiscard]] double firstVisibleDay() const { return m_firstDay; }
    [[nodiscard]] double lastVisibleDay() const { return xToDay(m_viewport.width()); }
    [[nodiscard]] double pixelsPerDay() const { return m_pixelsPerDay; }
    [[nodiscard]] double dayToX(double day) const { return (day - m_firstDay) * m_pixelsPerDay; }
    [[nodiscard]] double xToDay(double x) const { return m_firstDay + x / m_pixelsPerDay; }

    // Zooms by `factor` (> 1 zooms in) keeping the day under `x` where it is.
    void zoomAround(double x, double factor);
    void panByPixels(double dx);
    void fitAll();
    // Fits the dated items among `ids`; false (and no change) if there are none.
    bool fitTo(const QSet<qint64> &ids);
    void showYears(int firstYear, int lastYear);

    [[nodiscard]] const std::vector<TimelineMark> &marks() const;
    [[nodiscard]] std::vector<TimelineTick> ticks() const;
    [[nodiscard]] QRectF laneRect(int lane) const;
    [[nodiscard]] QRectF undatedStripRect() const;
    [[nodiscard]] bool hasUndatedItems() const;

    // The mark under `point`, and the item when the mark holds just one.
    [[nodiscard]] std::optional<std::size_t> markAt(QPointF point) const;
    [[nodiscard]] std::optional<qint64> itemAt(QPointF point) const;
    [[nodiscard]] QString toolTipAt(QPointF point) const;
    // The rectangle drawn for item `id` (its own span, or the cluster holding it).
    [[nodiscard]] std::optional<QRectF> rectOf(qint64 id) const;

    enum class Direction
    {
        Earlier,
        Later,
        LaneUp,
        LaneDown
    };
    // The item next to `id` in time (Earlier/Later) or in the nearest lane above or below; the
    // first item when `id` is nullopt.
    [[nodiscard]] std::optional<qint64> neighbour(std::optional<qint64> id,
                                                  Direction direction) const;

    // Julian day numbers of the first day covered and the day after the last.
    [[nodiscard]] static double startDay(const TimelineItem &item);
    [[nodiscard]] static double endDay(const TimelineItem &item);
    [[nodiscard]] static QString describe(const TimelineItem &item);
    // True when its start or end is known only to the month or year (and has a year): a span of
    // uncertainty, not of duration.
    [[nodiscard]] static bool isUncertain(const TimelineItem &item);

private:
    void invalidate() { m_dirty = true; }
    void layOut() const;
    void markUncertain(TimelineMark &mark, const TimelineItem &item) const;
    [[nodiscard]] std::optional<std::size_t> indexOf(qint64 id) const;

    std::vector<TimelineItem> m_items;
    // Derived from the items once, so a layout touches only what can be in view.
    std::vector<double> m_startDays; // Julian days (month-day keys for items without a year)
    std::vector<double> m_endDays;
    std::vector<std::size_t> m_order;                   // item indexes in time order, undated last
    std::vector<std::size_t> m_positionOf;              // item index -> position in m_order
    std::size_t m_firstUndated = 0;                     // position in m_order
    std::vector<std::pair<qint64, std::size_t>> m_byId; // sorted, for indexOf
    double m_longestSpan = 0;                           // days
    bool m_hasUndated = false;
    QStringList m_lanes;
    QSizeF m_viewport{800, 300};
    double m_firstDay = 2448000; // about 1990
    double m_pixelsPerDay = 0.1;
    double m_characterWidth = 6.5;

    mutable bool m_dirty = true;
    mutable std::vector<TimelineMark> m_marks;
};

} // namespace csto::render
