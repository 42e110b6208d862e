// SPDX-License-Identifier: MIT
#include "timelinelayout.h"

#include "labels.h"
#include "translation.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace csto::render {
namespace {

constexpr double kLaneLabelHeight = 16;
constexpr double kRowHeight = 17;
constexpr int kMaxRows = 4;
constexpr double kMinClusterWidth = 22;
constexpr double kMinUndatedSlotWidth = 60;
constexpr double kMinTickSpacing = 64;
constexpr double kMinPixelsPerDay = 1e-4;
constexpr double kMaxPixelsPerDay = 400;

double julianDay(int year, int month, int day)
{
    return static_cast<double>(QDate(year, month, day).toJulianDay());
}

double julianDayOfKey(int yyyymmdd)
{
    return julianDay(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

QDate dateOf(double day)
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(day)));
}

enum class TickUnit
{
    Decade,
    FiveYears,
    Year,
    Quarter,
    Month,
    Week,
    Day
};

double approximateDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return 3652.5;
    case TickUnit::FiveYears:
        return 1826.25;
    case TickUnit::Year:
        return 365.25;
    case TickUnit::Quarter:
        return 91.3;
    case TickUnit::Month:
        return 30.4;
    case TickUnit::Week:
        return 7;
    case TickUnit::Day:
        return 1;
    }
    return 365.25;
}

QDate firstTickOnOrBefore(const QDate &date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return {date.year() - ((date.year() % 10) + 10) % 10, 1, 1};
    case TickUnit::FiveYears:
        return {date.year() - ((date.year() % 5) + 5) % 5, 1, 1};
    case TickUnit::Year:
        return {date.year(), 1, 1};
    case TickUnit::Quarter:
        return {date.year(), (date.month() - 1) / 3 * 3 + 1, 1};
    case TickUnit::Month:
        return {date.year(), date.month(), 1};
    case TickUnit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TickUnit::Day:
        return date;
    }
    return date;
}

QDate nextTick(const QDate &date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return date.addYears(10);
    case TickUnit::FiveYears:
        return date.addYears(5);
    case TickUnit::Year:
        return date.addYears(1);
    case TickUnit::Quarter:
        return date.addMonths(3);
    case TickUnit::Month:
        return date.addMonths(1);
    case TickUnit::Week:
        return date.addDays(7);
    case TickUnit::Day:
        return date.addDays(1);
    }
    return date.addYears(1);
}

QString tickLabel(const QDate &date, TickUnit unit)
{
    // Month names in the interface's language (QLocale::c() is English).
    const QLocale c = uiLanguage() == QLocale::Russian ? QLocale(QLocale::Russian) : QLocale::c();
    if (date.month() == 1 && date.day() == 1)
        return QString::number(date.year());
    switch (unit) {
    case TickUnit::Quarter:
    case TickUnit::Month:
        return c.toString(date, QStringLiteral("MMM"));
    case TickUnit::Week:
    case TickUnit::Day:
        return date.day() == 1 ? c.toString(date, QStringLiteral("MMM yyyy"))
                               : c.toString(date, QStringLiteral("d MMM"));
    default:
        return QString::number(date.year());
    }
}

} // namespace

double TimelineLayout::startDay(const TimelineItem &item)
{
    return julianDayOfKey(item.start.firstDayKey());
}

double TimelineLayout::endDay(const TimelineItem &item)
{
    const PartialDate &last = item.end ? *item.end : item.start;
    return julianDayOfKey(last.lastDayKey()) + 1;
}

QString TimelineLayout::describe(const TimelineItem &item)
{
    return item.title + QLatin1Char('\n') + humanRange(item.start, item.end);
}

bool TimelineLayout::isUncertain(const TimelineItem &item)
{
    const auto vague = [](const PartialDate &date) {
        return date.hasYear() && date.precision() != PartialDate::Precision::Day;
    };
    return vague(item.start) || (item.end && vague(*item.end));
}

void TimelineLayout::setItems(std::vector<TimelineItem> items)
{
    m_items = std::move(items);
    const std::size_t count = m_items.size();
    m_startDays.resize(count);
    m_endDays.resize(count);
    m_longestSpan = 0;
    m_hasUndated = false;
    for (std::size_t i = 0; i < count; ++i) {
        const auto &item = m_items[i];
        if (!item.start.hasYear()) {
            m_hasUndated = true;
            m_startDays[i] = item.start.firstDayKey();
            m_endDays[i] = m_startDays[i];
            continue;
        }
        m_startDays[i] = startDay(item);
        m_endDays[i] = endDay(item);
        m_longestSpan = std::max(m_longestSpan, m_endDays[i] - m_startDays[i]);
    }
    // Time order: dated items by first day, then those without a year by month and day. It is
    // also the order spans are packed in, so no layout needs to sort.
    m_order.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        m_order[i] = i;
    std::sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = m_items[a];
        const auto &y = m_items[b];
        return std::make_tuple(!x.start.hasYear(), m_startDays[a], x.lane, x.id) <
               std::make_tuple(!y.start.hasYear(), m_startDays[b], y.lane, y.id);
    });
    m_firstUndated = static_cast<std::size_t>(
        std::find_if(m_order.begin(), m_order.end(),
                     [&](std::size_t i) { return !m_items[i].start.hasYear(); }) -
        m_order.begin());
    m_positionOf.resize(count);
    for (std::size_t k = 0; k < count; ++k)
        m_positionOf[m_order[k]] = k;
    m_byId.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        m_byId[i] = {m_items[i].id, i};
    std::sort(m_byId.begin(), m_byId.end());
    invalidate();
}

void TimelineLayout::setLanes(QStringList lanes)
{
    m_lanes = std::move(lanes);
    invalidate();
}

void TimelineLayout::setViewport(QSizeF size)
{
    m_viewport = QSizeF(std::max(size.width(), 50.0), std::max(size.height(), 80.0));
    invalidate();
}

void TimelineLayout::setCharacterWidth(double width)
{
    m_characterWidth = std::max(width, 1.0);
    invalidate();
}

void TimelineLayout::setVisibleRange(double firstDay, double lastDay)
{
    if (lastDay <= firstDay)
        lastDay = firstDay + 1;
    m_firstDay = firstDay;
    m_pixelsPerDay =
        std::clamp(m_viewport.width() / (lastDay - firstDay), kMinPixelsPerDay, kMaxPixelsPerDay);
    invalidate();
}

void TimelineLayout::zoomAround(double x, double factor)
{
    const double day = xToDay(x);
    m_pixelsPerDay = std::clamp(m_pixelsPerDay * factor, kMinPixelsPerDay, kMaxPixelsPerDay);
    m_firstDay = day - x / m_pixelsPerDay;
    invalidate();
}

void TimelineLayout::panByPixels(double dx)
{
    m_firstDay -= dx / m_pixelsPerDay;
    invalidate();
}

void TimelineLayout::fitAll()
{
    if (m_firstUndated == 0) {
        showYears(1992, QDate::currentDate().year());
        return;
    }
    double last = std::numeric_limits<double>::lowest();
    for (std::size_t k = 0; k < m_firstUndated; ++k)
        last = std::max(last, m_endDays[m_order[k]]);
    const double first = m_startDays[m_order.front()];
    const double margin = std::max((last - first) * 0.04, 20.0);
    setVisibleRange(first - margin, last + margin);
}

bool TimelineLayout::fitTo(const QSet<qint64> &ids)
{
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (const qint64 id : ids) {
        const auto index = indexOf(id);
        if (!index || !m_items[*index].start.hasYear())
            continue;
        first = std::min(first, m_startDays[*index]);
        last = std::max(last, m_endDays[*index]);
    }
    if (first > last)
        return false;
    const double margin = std::max((last - first) * 0.04, 20.0);
    setVisibleRange(first - margin, last + margin);
    return true;
}

void TimelineLayout::showYears(int firstYear, int lastYear)
{
    setVisibleRange(julianDay(firstYear, 1, 1), julianDay(lastYear + 1, 1, 1));
}

bool TimelineLayout::hasUndatedItems() const
{
    return m_hasUndated;
}

QRectF TimelineLayout::undatedStripRect() const
{
    if (!hasUndatedItems())
        return {};
    return {0, m_viewport.height() - kUndatedStripHeight, m_viewport.width(), kUndatedStripHeight};
}

QRectF TimelineLayout::laneRect(int lane) const
{
    const int count = std::max<int>(1, static_cast<int>(m_lanes.size()));
    const double bottom = m_viewport.height() - (hasUndatedItems() ? kUndatedStripHeight : 0);
    const double height = std::max((bottom - kAxisHeight) / count, kLaneLabelHeight + kRowHeight);
    return {0, kAxisHeight + lane * height, m_viewport.width(), height};
}

void TimelineLayout::markUncertain(TimelineMark &mark, const TimelineItem &item) const
{
    mark.uncertain = true;
    // What is certain of a range between vague dates: from the last day its start may be to the
    // first day its end may be ("2019-05" to "2019-08": June and July). A single vague date has
    // no certain part: a point in the middle of what it may be.
    double from = 0;
    double to = 0;
    if (item.end) {
        from = julianDayOfKey(item.start.lastDayKey()) + 1;
        to = julianDayOfKey(item.end->firstDayKey());
        if (item.start.precision() == PartialDate::Precision::Day)
            from = julianDayOfKey(item.start.firstDayKey());
        if (item.end->precision() == PartialDate::Precision::Day)
            to = julianDayOfKey(item.end->lastDayKey()) + 1;
    }
    double left = dayToX(from);
    double right = dayToX(to);
    if (!item.end || right - left < kPointCoreWidth) {
        const double middle =
            item.end && right > left ? (left + right) / 2 : mark.rect.center().x();
        left = middle - kPointCoreWidth / 2;
        right = middle + kPointCoreWidth / 2;
    }
    left = std::max(left, mark.rect.left());
    right = std::min(right, mark.rect.right());
    mark.core = QRectF(left, mark.rect.top(), std::max(0.0, right - left), mark.rect.height());
}

const std::vector<TimelineMark> &TimelineLayout::marks() const
{
    if (m_dirty)
        layOut();
    return m_marks;
}

void TimelineLayout::layOut() const
{
    m_dirty = false;
    m_marks.clear();
    const double width = m_viewport.width();
    const int laneCount = std::max<int>(1, static_cast<int>(m_lanes.size()));

    struct Span
    {
        std::size_t index;
        double x0;
        double x1;
    };
    std::vector<std::vector<Span>> byLane(static_cast<std::size_t>(laneCount));
    // Only items that can reach the view: those starting before its end and no earlier than the
    // longest span (or the narrowest mark) before its start. They come in time order.
    const double reachBack = std::max(m_longestSpan, kMinItemWidth / m_pixelsPerDay);
    const auto begin = std::lower_bound(
        m_order.begin(), m_order.begin() + static_cast<std::ptrdiff_t>(m_firstUndated),
        m_firstDay - reachBack, [&](std::size_t i, double day) { return m_startDays[i] < day; });
    for (auto it = begin; it != m_order.begin() + static_cast<std::ptrdiff_t>(m_firstUndated);
         ++it) {
        const std::size_t i = *it;
        const double x0 = dayToX(m_startDays[i]);
        if (x0 > width)
            break;
        const double x1 = std::max(dayToX(m_endDays[i]), x0 + kMinItemWidth);
        if (x1 < 0)
            continue; // outside the view: nothing to draw or hit
        const int lane = std::clamp(m_items[i].lane, 0, laneCount - 1);
        byLane[static_cast<std::size_t>(lane)].push_back({i, x0, x1});
    }
    const std::vector<std::size_t> undated(
        m_order.begin() + static_cast<std::ptrdiff_t>(m_firstUndated), m_order.end());

    for (int lane = 0; lane < laneCount; ++lane) {
        const auto &spans = byLane[static_cast<std::size_t>(lane)];
        const QRectF band = laneRect(lane);
        const int rows = std::clamp(
            static_cast<int>((band.height() - kLaneLabelHeight - 2) / kRowHeight), 1, kMaxRows);
        const double rowsTop = band.top() + kLaneLabelHeight;

        // Each row remembers its last mark, whose title may use the space up to the next one.
        std::vector<std::optional<std::size_t>> lastInRow(static_cast<std::size_t>(rows));
        std::vector<double> rowEnds(static_cast<std::size_t>(rows),
                                    std::numeric_limits<double>::lowest());
        const auto closeRow = [&](std::size_t row, double nextX0) {
            if (lastInRow[row]) {
                auto &previous = m_marks[*lastInRow[row]];
                previous.labelRoom =
                    std::min(previous.labelRoom, nextX0 - previous.rect.right() - 6);
            }
        };

        // Runs of spans that touch or nearly touch; long runs become clusters.
        std::size_t runStart = 0;
        while (runStart < spans.size()) {
            std::size_t runEnd = runStart + 1;
            double reach = spans[runStart].x1;
            while (runEnd < spans.size() && spans[runEnd].x0 <= reach + kClusterGap) {
                reach = std::max(reach, spans[runEnd].x1);
                ++runEnd;
            }
            // A run becomes a cluster when it is long and its spans cannot share the lane's rows
            // without overlapping.
            bool crowded = false;
            if (runEnd - runStart >= kClusterMin) {
                std::vector<double> ends(static_cast<std::size_t>(rows),
                                         std::numeric_limits<double>::lowest());
                for (std::size_t i = runStart; i < runEnd && !crowded; ++i) {
                    const auto free = std::find_if(ends.begin(), ends.end(), [&](double end) {
                        return end + kClusterGap <= spans[i].x0;
                    });
                    if (free == ends.end())
                        crowded = true;
                    else
                        *free = spans[i].x1;
                }
            }
            if (crowded) {
                TimelineMark cluster;
                cluster.lane = lane;
                const double x0 = spans[runStart].x0;
                cluster.rect = QRectF(x0, rowsTop, std::max(reach - x0, kMinClusterWidth),
                                      rows * kRowHeight - 3);
                cluster.core = cluster.rect;
                for (std::size_t i = runStart; i < runEnd; ++i)
                    cluster.items.push_back(spans[i].index);
                for (std::size_t row = 0; row < rowEnds.size(); ++row) {
                    closeRow(row, x0);
                    lastInRow[row].reset();
                    rowEnds[row] = cluster.rect.right();
                }
                m_marks.push_back(std::move(cluster));
            } else {
                for (std::size_t i = runStart; i < runEnd; ++i) {
                    const auto &span = spans[i];
                    const auto &title = m_items[span.index].title;
                    const double labelWidth = std::min(
                        kMaxLabelWidth, m_characterWidth * static_cast<double>(title.size()) + 8);
                    // A title that does not fit inside the span needs room after it.
                    const double extent =
                        span.x1 - span.x0 >= labelWidth ? span.x1 : span.x1 + labelWidth + 4;
                    std::size_t row = 0;
                    while (row < rowEnds.size() && rowEnds[row] + 2 > span.x0)
                        ++row;
                    if (row == rowEnds.size()) // no free row: share the least crowded
                        row = static_cast<std::size_t>(
                            std::min_element(rowEnds.begin(), rowEnds.end()) - rowEnds.begin());
                    closeRow(row, span.x0);
                    rowEnds[row] = extent;
                    TimelineMark mark;
                    mark.lane = lane;
                    mark.items = {span.index};
                    mark.rect = QRectF(span.x0, rowsTop + static_cast<double>(row) * kRowHeight,
                                       span.x1 - span.x0, kRowHeight - 3);
                    mark.labelRoom = width - span.x1 - 4;
                    mark.core = mark.rect;
                    if (isUncertain(m_items[span.index]))
                        markUncertain(mark, m_items[span.index]);
                    lastInRow[row] = m_marks.size();
                    m_marks.push_back(std::move(mark));
                }
            }
            runStart = runEnd;
        }
    }

    if (!undated.empty()) {
        // One slot per event while they fit; beyond that, runs of events share a slot as a
        // cluster, in month-and-day order.
        const QRectF strip = undatedStripRect();
        const auto slotCount =
            std::max<std::size_t>(1, static_cast<std::size_t>((width - 8) / kMinUndatedSlotWidth));
        const std::size_t perSlot = (undated.size() + slotCount - 1) / slotCount;
        const std::size_t used = (undated.size() + perSlot - 1) / perSlot;
        const double slot = std::min(220.0, (width - 8) / static_cast<double>(used));
        for (std::size_t s = 0; s < used; ++s) {
            TimelineMark mark;
            mark.undated = true;
            mark.lane = laneCount;
            const std::size_t first = s * perSlot;
            mark.items.assign(undated.begin() + static_cast<std::ptrdiff_t>(first),
                              undated.begin() + static_cast<std::ptrdiff_t>(
                                                    std::min(undated.size(), first + perSlot)));
            mark.rect = QRectF(4 + static_cast<double>(s) * slot + 2, strip.top() + 20, slot - 4,
                               kRowHeight + 1);
            mark.core = mark.rect;
            m_marks.push_back(std::move(mark));
        }
    }
}

std::vector<TimelineTick> TimelineLayout::ticks() const
{
    TickUnit unit = TickUnit::Decade;
    for (const auto candidate : {TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter,
                                 TickUnit::Year, TickUnit::FiveYears, TickUnit::Decade}) {
        if (approximateDays(candidate) * m_pixelsPerDay >= kMinTickSpacing) {
            unit = candidate;
            break;
        }
    }
    std::vector<TimelineTick> result;
    const QDate last = dateOf(lastVisibleDay()).addDays(1);
    QDate date = firstTickOnOrBefore(dateOf(m_firstDay), unit);
    if (!date.isValid())
        return result;
    while (date.isValid() && date <= last && result.size() < 400) {
        const double x = dayToX(static_cast<double>(date.toJulianDay()));
        if (x >= 0)
            result.push_back({x, tickLabel(date, unit), date.month() == 1 && date.day() == 1});
        date = nextTick(date, unit);
    }
    return result;
}

std::optional<std::size_t> TimelineLayout::markAt(QPointF point) const
{
    const auto &all = marks();
    for (std::size_t i = all.size(); i-- > 0;) {
        if (all[i].rect.adjusted(-2, -2, 2, 2).contains(point))
            return i;
    }
    return std::nullopt;
}

std::optional<qint64> TimelineLayout::itemAt(QPointF point) const
{
    const auto mark = markAt(point);
    if (!mark || marks()[*mark].isCluster())
        return std::nullopt;
    return m_items[marks()[*mark].items.front()].id;
}

QString TimelineLayout::toolTipAt(QPointF point) const
{
    const auto mark = markAt(point);
    if (!mark)
        return {};
    const auto &m = marks()[*mark];
    if (!m.isCluster())
        return describe(m_items[m.items.front()]);
    const int count = static_cast<int>(m.items.size());
    const QString heading = QCoreApplication::translate(
        "csto::render::TimelineLayout", "%n events (zoom in to separate)", nullptr, count);
    QStringList lines{heading};
    for (std::size_t i = 0; i < m.items.size() && i < 8; ++i)
        lines << QStringLiteral("\u2022 ") + m_items[m.items[i]].title;
    if (m.items.size() > 8)
        lines << QStringLiteral("\u2026");
    return lines.join(QLatin1Char('\n'));
}

std::optional<QRectF> TimelineLayout::rectOf(qint64 id) const
{
    const auto index = indexOf(id);
    if (!index)
        return std::nullopt;
    for (const auto &mark : marks()) {
        if (std::find(mark.items.begin(), mark.items.end(), *index) != mark.items.end())
            return mark.rect;
    }
    return std::nullopt;
}

std::optional<std::size_t> TimelineLayout::indexOf(qint64 id) const
{
    const auto it =
        std::lower_bound(m_byId.begin(), m_byId.end(), std::pair<qint64, std::size_t>(id, 0));
    if (it == m_byId.end() || it->first != id)
        return std::nullopt;
    return it->second;
}

std::optional<qint64> TimelineLayout::neighbour(std::optional<qint64> id, Direction direction) const
{
    if (m_items.empty())
        return std::nullopt;
    const auto &order = m_order;
    const auto sortKey = [&](std::size_t i) { return m_startDays[i]; };
    const auto current = id ? indexOf(*id) : std::nullopt;
    if (!current)
        return m_items[order.front()].id;
    const std::size_t position = m_positionOf[*current];

    if (direction == Direction::Earlier)
        return position > 0 ? std::optional(m_items[order[position - 1]].id) : std::nullopt;
    if (direction == Direction::Later)
        return position + 1 < order.size() ? std::optional(m_items[order[position + 1]].id)
                                           : std::nullopt;

    // Up or down: the nearest item in time in the closest lane that has any; the strip of
    // items without a year counts as the lane below the last one.
    const int laneCount = std::max<int>(1, static_cast<int>(m_lanes.size()));
    const auto laneOf = [&](std::size_t i) {
        return m_items[i].start.hasYear() ? std::clamp(m_items[i].lane, 0, laneCount - 1)
                                          : laneCount;
    };
    const int step = direction == Direction::LaneUp ? -1 : 1;
    const double here = sortKey(*current);
    for (int lane = laneOf(*current) + step; lane >= 0 && lane <= laneCount; lane += step) {
        std::optional<std::size_t> best;
        double bestDistance = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (laneOf(i) != lane)
                continue;
            const bool sameKind = m_items[i].start.hasYear() == m_items[*current].start.hasYear();
            const double distance = sameKind ? std::abs(sortKey(i) - here) : static_cast<double>(i);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        if (best)
            return m_items[*best].id;
    }
    return std::nullopt;
}

} // namespace csto::render
