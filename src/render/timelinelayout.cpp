// SPDX-License-Identifier: MIT
#include "timelinelayout.h"

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
    const QLocale c = QLocale::c();
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
    return item.title + QLatin1Char('\n') +
           QString::fromStdString(formatHumanRange(item.start, item.end));
}

void TimelineLayout::setItems(std::vector<TimelineItem> items)
{
    m_items = std::move(items);
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
    QSet<qint64> all;
    for (const auto &item : m_items)
        all.insert(item.id);
    if (!fitTo(all))
        showYears(1992, QDate::currentDate().year());
}

bool TimelineLayout::fitTo(const QSet<qint64> &ids)
{
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (const auto &item : m_items) {
        if (!item.start.hasYear() || !ids.contains(item.id))
            continue;
        first = std::min(first, startDay(item));
        last = std::max(last, endDay(item));
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
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const TimelineItem &item) { return !item.start.hasYear(); });
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
    std::vector<std::size_t> undated;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const auto &item = m_items[i];
        if (!item.start.hasYear()) {
            undated.push_back(i);
            continue;
        }
        const double x0 = dayToX(startDay(item));
        const double x1 = std::max(dayToX(endDay(item)), x0 + kMinItemWidth);
        if (x1 < 0 || x0 > width)
            continue; // outside the view: nothing to draw or hit
        const int lane = std::clamp(item.lane, 0, laneCount - 1);
        byLane[static_cast<std::size_t>(lane)].push_back({i, x0, x1});
    }

    for (int lane = 0; lane < laneCount; ++lane) {
        auto &spans = byLane[static_cast<std::size_t>(lane)];
        std::sort(spans.begin(), spans.end(), [&](const Span &a, const Span &b) {
            return a.x0 != b.x0 ? a.x0 < b.x0 : m_items[a.index].id < m_items[b.index].id;
        });
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
                    lastInRow[row] = m_marks.size();
                    m_marks.push_back(std::move(mark));
                }
            }
            runStart = runEnd;
        }
    }

    if (!undated.empty()) {
        std::sort(undated.begin(), undated.end(), [&](std::size_t a, std::size_t b) {
            const int ka = m_items[a].start.firstDayKey();
            const int kb = m_items[b].start.firstDayKey();
            return ka != kb ? ka < kb : m_items[a].id < m_items[b].id;
        });
        const QRectF strip = undatedStripRect();
        const double slot = std::min(220.0, (width - 8) / static_cast<double>(undated.size()));
        for (std::size_t i = 0; i < undated.size(); ++i) {
            TimelineMark mark;
            mark.undated = true;
            mark.lane = laneCount;
            mark.items = {undated[i]};
            mark.rect = QRectF(4 + static_cast<double>(i) * slot + 2, strip.top() + 20, slot - 4,
                               kRowHeight + 1);
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
    QStringList lines{QStringLiteral("%1 events (zoom in to separate)").arg(m.items.size())};
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
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::optional<qint64> TimelineLayout::neighbour(std::optional<qint64> id, Direction direction) const
{
    if (m_items.empty())
        return std::nullopt;
    // Time order: dated items by first day, then those without a year by month and day.
    std::vector<std::size_t> order(m_items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto sortKey = [&](std::size_t i) {
        const auto &item = m_items[i];
        return std::make_tuple(!item.start.hasYear(),
                               item.start.hasYear() ? startDay(item)
                                                    : item.start.firstDayKey() * 1.0,
                               item.lane, item.id);
    };
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return sortKey(a) < sortKey(b); });
    const auto current = id ? indexOf(*id) : std::nullopt;
    if (!current)
        return m_items[order.front()].id;
    const auto position =
        static_cast<std::size_t>(std::find(order.begin(), order.end(), *current) - order.begin());

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
    const double here = std::get<1>(sortKey(*current));
    for (int lane = laneOf(*current) + step; lane >= 0 && lane <= laneCount; lane += step) {
        std::optional<std::size_t> best;
        double bestDistance = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (laneOf(i) != lane)
                continue;
            const bool sameKind = m_items[i].start.hasYear() == m_items[*current].start.hasYear();
            const double distance =
                sameKind ? std::abs(std::get<1>(sortKey(i)) - here) : static_cast<double>(i);
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
