// SPDX-License-Identifier: MIT
#include "membershipchart.h"

#include "labels.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace csto::render {
namespace {

constexpr double kMinBarWidth = 3;
constexpr double kUndatedChipMargin = 8;
constexpr double kArrowLength = 7;

const QColor kBackground(0xfb, 0xfc, 0xfd);
const QColor kRowAlternate(0xf2, 0xf5, 0xf8);
const QColor kGrid(0xe6, 0xea, 0xef);
const QColor kGridMajor(0xc9, 0xd1, 0xdb);
const QColor kAxisText(0x4b, 0x55, 0x63);
const QColor kLabel(0x1f, 0x29, 0x37);
const QColor kFormerLabel(0x6b, 0x75, 0x82);
const QColor kUndatedBand(0xf6, 0xf1, 0xe7);
const QColor kLeft(0xb3, 0x26, 0x1e);
const QColor kHover(0x11, 0x18, 0x27);
const QColor kSourcesLine(0x6d, 0x4a, 0x9c);

double julianDay(int year, int month, int day)
{
    return static_cast<double>(QDate(year, month, day).toJulianDay());
}

double julianDayOfKey(int yyyymmdd)
{
    return julianDay(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

bool dated(const std::optional<PartialDate> &date)
{
    return date && date->hasYear();
}

bool exact(const PartialDate &date)
{
    return date.precision() == PartialDate::Precision::Day;
}

int yearOf(double julian)
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(julian))).year();
}

} // namespace

std::string relationType(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::TreatyParty:
        return "party_to";
    case PeriodKind::Membership:
        return "member_of";
    case PeriodKind::Chairmanship:
        return "chairs";
    }
    return "member_of";
}

double MembershipLayout::barHeight(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::TreatyParty:
        return 8;
    case PeriodKind::Membership:
        return 12;
    case PeriodKind::Chairmanship:
        return 10;
    }
    return 10;
}

double MembershipLayout::firstDayOf(const PartialDate &date)
{
    return date.hasYear() ? julianDayOfKey(date.firstDayKey()) : 0;
}

double MembershipLayout::dayAfter(const PartialDate &date)
{
    return date.hasYear() ? julianDayOfKey(date.lastDayKey()) + 1 : 0;
}

QString MembershipLayout::describe(const MembershipPeriod &period,
                                   const std::optional<PartialDate> &sourcesUpTo)
{
    QString text = period.state + QStringLiteral(" \u2014 ") +
                   relationPhrase(relationType(period.kind)) + QLatin1Char(' ') + period.body;
    QString when = humanPeriod(period.start, period.end, period.ongoing, sourcesUpTo);
    if (when.isEmpty())
        when = tr("dates not stated");
    text += QLatin1Char('\n') + when;
    if (!period.summary.isEmpty())
        text += QLatin1Char('\n') + period.summary;
    return text;
}

void MembershipLayout::setPeriods(std::vector<MembershipPeriod> periods)
{
    m_periods = std::move(periods);
    layOut();
}

void MembershipLayout::setWidth(double width)
{
    m_width = width;
    layOut();
}

void MembershipLayout::setToday(QDate today)
{
    m_today = today;
    layOut();
}

void MembershipLayout::setSourcesUpTo(std::optional<PartialDate> latest)
{
    m_sourcesUpTo = std::move(latest);
    layOut();
}

std::optional<double> MembershipLayout::sourcesUpToX() const
{
    if (!dated(m_sourcesUpTo))
        return std::nullopt;
    return dayToX(dayAfter(*m_sourcesUpTo));
}

void MembershipLayout::setLabelWidth(double width)
{
    m_labelWidth = width;
    layOut();
}

void MembershipLayout::setUndatedColumnWidth(double width)
{
    m_undatedWidth = width;
    layOut();
}

void MembershipLayout::setLegendHeight(double height)
{
    m_legendHeight = height;
    layOut();
}

double MembershipLayout::height() const
{
    return m_rowsBottom + kLegendGap + m_legendHeight;
}

QRectF MembershipLayout::plotRect() const
{
    const double right =
        std::max(m_labelWidth + 10, m_width - kPlotMargin - (m_hasUndated ? m_undatedWidth : 0));
    return {QPointF(m_labelWidth, kAxisHeight), QPointF(right, m_rowsBottom)};
}

QRectF MembershipLayout::undatedColumnRect() const
{
    if (!m_hasUndated)
        return {};
    return {QPointF(m_width - m_undatedWidth, kAxisHeight), QPointF(m_width, m_rowsBottom)};
}

QRectF MembershipLayout::legendRect() const
{
    return {0, m_rowsBottom + kLegendGap, m_width, m_legendHeight};
}

double MembershipLayout::dayToX(double julianDay) const
{
    const QRectF plot = plotRect();
    return plot.left() + (julianDay - m_firstDay) * plot.width() / (m_endDay - m_firstDay);
}

void MembershipLayout::layOut()
{
    m_rows.clear();
    m_bars.clear();
    m_ticks.clear();

    // The years shown: from the first stated year to today, or to the latest stated date.
    const double todayDay = static_cast<double>(m_today.toJulianDay());
    std::optional<int> firstYear;
    double endDay = todayDay + 1;
    if (dated(m_sourcesUpTo))
        endDay = std::max(endDay, dayAfter(*m_sourcesUpTo));
    m_hasUndated = false;
    for (const auto &period : m_periods) {
        for (const auto *date : {&period.start, &period.end}) {
            if (!dated(*date))
                continue;
            firstYear = std::min(firstYear.value_or((*date)->yearValue()), (*date)->yearValue());
            endDay = std::max(endDay, dayAfter(**date));
        }
        if (!dated(period.start) && !dated(period.end) && !period.ongoing)
            m_hasUndated = true;
    }
    m_firstDay = julianDay(firstYear.value_or(m_today.year()), 1, 1);
    m_endDay = std::max(endDay, m_firstDay + 1);
    // Where ongoing periods stop: what they are current as of.
    const double horizonDay = dated(m_sourcesUpTo) ? dayAfter(*m_sourcesUpTo) : m_endDay;

    // Rows: one per key, current members first, then by the earliest date, then by name.
    struct RowInfo
    {
        MembershipRow row;
        std::optional<double> earliest;
        std::vector<std::size_t> periods;
    };
    std::vector<RowInfo> infos;
    std::map<QString, std::size_t> rowOfKey;
    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        const auto &period = m_periods[i];
        auto [it, added] = rowOfKey.emplace(period.rowKey, infos.size());
        if (added)
            infos.push_back({{period.rowKey, period.state, period.link, {}, false}, {}, {}});
        auto &info = infos[it->second];
        info.periods.push_back(i);
        if (period.currentMembership)
            info.row.current = true;
        const auto &first = dated(period.start) ? period.start : period.end;
        if (dated(first))
            info.earliest =
                std::min(info.earliest.value_or(firstDayOf(*first)), firstDayOf(*first));
    }
    std::stable_sort(infos.begin(), infos.end(), [](const RowInfo &a, const RowInfo &b) {
        if (a.row.current != b.row.current)
            return a.row.current;
        if (a.earliest.has_value() != b.earliest.has_value())
            return a.earliest.has_value();
        if (a.earliest && *a.earliest != *b.earliest)
            return *a.earliest < *b.earliest;
        const int byName = a.row.label.compare(b.row.label, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.row.key < b.row.key;
    });

    // Horizontal extents, then lanes within each row and kind, then the rows' heights.
    const QRectF plot = plotRect();
    const QRectF column(QPointF(m_width - m_undatedWidth, 0), QPointF(m_width, 0));
    const double fadeDays = kOpenFade * (m_endDay - m_firstDay) / std::max(1.0, plot.width());
    double y = kAxisHeight;
    for (std::size_t r = 0; r < infos.size(); ++r) {
        std::vector<MembershipBar> bars;
        for (const auto index : infos[r].periods) {
            const auto &period = m_periods[index];
            MembershipBar bar;
            bar.period = index;
            bar.row = static_cast<int>(r);
            double left = 0;
            double right = 0;
            if (!dated(period.start) && !dated(period.end) && !period.ongoing) {
                bar.undated = true;
                left = column.left() + kUndatedChipMargin;
                right = column.right() - kUndatedChipMargin;
                bar.startFrom = bar.startTo = left;
                bar.endFrom = bar.endTo = right;
            } else {
                double endFrom = horizonDay;
                double endTo = horizonDay;
                if (dated(period.end)) {
                    endFrom = exact(*period.end) ? dayAfter(*period.end) : firstDayOf(*period.end);
                    endTo = dayAfter(*period.end);
                } else if (period.ongoing) {
                    bar.openEnd = true;
                } else {
                    // Nothing says how long it lasted: it fades out just after the last day
                    // attested, the start (dated here, or the period would be a chip).
                    bar.endNotStated = true;
                    endFrom = dayAfter(*period.start);
                    endTo = std::min(endFrom + fadeDays, m_endDay);
                }
                double startFrom = 0;
                double startTo = 0;
                if (dated(period.start)) {
                    startFrom = firstDayOf(*period.start);
                    startTo = exact(*period.start) ? startFrom : dayAfter(*period.start);
                } else {
                    // It fades in just before the first day attested: the end's (or the
                    // sources' date, for an ongoing period).
                    bar.openStart = true;
                    startTo = endFrom;
                    startFrom = std::max(startTo - fadeDays, m_firstDay);
                }
                // A start lies before the end it leads to: the spans of uncertainty are cut to
                // what both dates allow (and inconsistent data still gives a well-formed bar).
                endTo = std::max(endTo, startFrom);
                startTo = std::clamp(startTo, startFrom, endTo);
                endFrom = std::clamp(endFrom, startFrom, endTo);
                bar.startFrom = dayToX(startFrom);
                bar.startTo = dayToX(startTo);
                bar.endFrom = dayToX(endFrom);
                bar.endTo = dayToX(endTo);
                left = bar.startFrom;
                right = bar.endTo;
                if (right - left < kMinBarWidth) {
                    const double middle = (left + right) / 2;
                    left = middle - kMinBarWidth / 2;
                    right = middle + kMinBarWidth / 2;
                }
            }
            bar.rect = QRectF(left, 0, right - left, barHeight(period.kind));
            bars.push_back(bar);
        }
        std::sort(bars.begin(), bars.end(), [this](const auto &a, const auto &b) {
            const auto ka = m_periods[a.period].kind;
            const auto kb = m_periods[b.period].kind;
            if (ka != kb)
                return ka < kb;
            if (a.rect.left() != b.rect.left())
                return a.rect.left() < b.rect.left();
            return a.period < b.period;
        });
        // Lanes: each bar goes to the first lane of its kind where it does not touch another.
        std::array<std::vector<double>, kPeriodKindCount> laneEnds;
        for (auto &bar : bars) {
            auto &ends = laneEnds[static_cast<std::size_t>(m_periods[bar.period].kind)];
            const auto free = std::find_if(ends.begin(), ends.end(),
                                           [&](double end) { return end + 2 <= bar.rect.left(); });
            bar.lane = static_cast<int>(free - ends.begin());
            if (free == ends.end())
                ends.push_back(bar.rect.right());
            else
                *free = bar.rect.right();
        }
        std::array<double, kPeriodKindCount> kindTop{};
        double content = 0;
        for (int kind = 0; kind < kPeriodKindCount; ++kind) {
            kindTop[static_cast<std::size_t>(kind)] = content;
            const auto lanes = laneEnds[static_cast<std::size_t>(kind)].size();
            content +=
                static_cast<double>(lanes) * (barHeight(static_cast<PeriodKind>(kind)) + kLaneGap);
        }
        content = std::max(0.0, content - kLaneGap);
        const double height = std::max(kMinRowHeight, content + 2 * kRowPadding);
        const double top = y + (height - content) / 2;
        for (auto &bar : bars) {
            const auto kind = m_periods[bar.period].kind;
            bar.rect.moveTop(top + kindTop[static_cast<std::size_t>(kind)] +
                             bar.lane * (barHeight(kind) + kLaneGap));
            m_bars.push_back(bar);
        }
        infos[r].row.rect = QRectF(0, y, m_width, height);
        m_rows.push_back(infos[r].row);
        y += height;
    }
    m_rowsBottom = m_rows.empty() ? kAxisHeight + kMinRowHeight : y;

    // Year ticks: a grid line each year, a label every `step` years.
    const double pixelsPerYear = 365.25 * plot.width() / (m_endDay - m_firstDay);
    int step = 100;
    for (const int candidate : {1, 2, 5, 10, 20, 25, 50}) {
        if (candidate * pixelsPerYear >= kMinTickSpacing) {
            step = candidate;
            break;
        }
    }
    for (int year = yearOf(m_firstDay); year <= yearOf(m_endDay); ++year) {
        const double x = dayToX(julianDay(year, 1, 1));
        if (x >= plot.left() - 0.01 && x <= plot.right() + 0.01)
            m_ticks.push_back({x, year, year % step == 0});
    }
}

std::optional<std::size_t> MembershipLayout::barAt(QPointF point) const
{
    std::optional<std::size_t> best;
    double bestDistance = 0;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const QRectF &rect = m_bars[i].rect;
        const double reach = m_bars[i].openEnd ? kArrowLength : 0;
        if (!rect.adjusted(-1, -2, 1 + reach, 2).contains(point))
            continue;
        const double distance = std::abs(point.y() - rect.center().y());
        if (!best || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<MembershipHit> MembershipLayout::linkAt(QPointF point) const
{
    if (const auto bar = barAt(point)) {
        const auto &period = m_periods[m_bars[*bar].period];
        return MembershipHit{period.link, period.sources, m_bars[*bar].period};
    }
    for (const auto &row : m_rows) {
        if (point.x() < m_labelWidth && row.rect.contains(point) && !row.link.isEmpty())
            return MembershipHit{row.link, {}, std::nullopt};
    }
    return std::nullopt;
}

// --- painting ---------------------------------------------------------------------------------

namespace {

enum LegendSymbol
{
    SymbolTreaty,
    SymbolMembership,
    SymbolChair,
    SymbolUncertain,
    SymbolOpenEnd,
    SymbolEndNotStated,
    SymbolStartNotStated,
    SymbolLeft,
    SymbolSourcesLine,
    SymbolUndated
};

constexpr double kSymbolWidth = 24;

void drawArrow(QPainter &painter, const QRectF &bar, const QColor &colour)
{
    const double y = bar.center().y();
    const double half = bar.height() / 2 + 1.5;
    const QPointF arrow[] = {
        {bar.right(), y - half}, {bar.right() + kArrowLength, y}, {bar.right(), y + half}};
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(arrow, 3);
}

// Where a period ended (left, withdrew): a line at an exact end, a bracket over the days an
// end known to the month or year may be.
void drawLeft(QPainter &painter, const QRectF &bar, double from, double to)
{
    painter.setBrush(Qt::NoBrush);
    if (to - from < 1.5) {
        painter.setPen(QPen(kLeft, 2, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(to, bar.top() - 2), QPointF(to, bar.bottom() + 2));
        return;
    }
    painter.setPen(QPen(kLeft, 1.4, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    const QPointF bracket[] = {{from, bar.top() - 1},
                               {from, bar.bottom() + 2},
                               {to, bar.bottom() + 2},
                               {to, bar.top() - 1}};
    painter.drawPolyline(bracket, 4);
}

void drawBar(QPainter &painter, const MembershipBar &bar, const QColor &colour)
{
    const QRectF rect = bar.rect;
    if (bar.undated) {
        QColor fill = colour;
        fill.setAlpha(45);
        painter.setBrush(fill);
        painter.setPen(QPen(colour, 1.2, Qt::DashLine));
        painter.drawRoundedRect(rect, 3, 3);
        return;
    }
    // One gradient across the bar: faint where a date may or may not be, solid where the
    // period certainly ran.
    const auto at = [&](double x) {
        return rect.width() > 0 ? std::clamp((x - rect.left()) / rect.width(), 0.0, 1.0) : 0.0;
    };
    // Opaque stops, mixed with the background: PDF viewers do not all honour a gradient's alpha.
    const auto mixed = [&](double amount) {
        return QColor::fromRgbF(
            static_cast<float>(kBackground.redF() + (colour.redF() - kBackground.redF()) * amount),
            static_cast<float>(kBackground.greenF() +
                               (colour.greenF() - kBackground.greenF()) * amount),
            static_cast<float>(kBackground.blueF() +
                               (colour.blueF() - kBackground.blueF()) * amount));
    };
    // An unstated start or end fades to nothing; a date known to the month or year, to a tint.
    const QColor faint = mixed(bar.openStart ? 0.0 : 0.2);
    const QColor faintEnd = mixed(bar.endNotStated ? 0.0 : 0.2);
    double solidFrom = at(bar.startTo);
    double solidTo = at(bar.endFrom);
    if (solidFrom > solidTo)
        solidFrom = solidTo = (solidFrom + solidTo) / 2;
    QLinearGradient gradient(rect.left(), 0, rect.right(), 0);
    gradient.setColorAt(0, bar.startTo - bar.startFrom > 0.5 ? faint : colour);
    gradient.setColorAt(solidFrom, colour);
    gradient.setColorAt(solidTo, colour);
    gradient.setColorAt(1, bar.endTo - bar.endFrom > 0.5 ? faintEnd : colour);
    painter.setBrush(gradient);
    if (bar.openStart || bar.endNotStated) {
        painter.setPen(Qt::NoPen);
    } else {
        // The outline shows all the period may cover, the faded parts included.
        QColor outline = colour;
        outline.setAlpha(120);
        painter.setPen(QPen(outline, 0.8));
    }
    painter.drawRoundedRect(rect, 2, 2);
    if (bar.openEnd)
        drawArrow(painter, rect, colour);
}

} // namespace

MembershipChartPainter::MembershipChartPainter(QFont font) : m_font(std::move(font)) {}

QColor MembershipChartPainter::colour(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::TreatyParty:
        return {0x3f, 0x8f, 0x7f};
    case PeriodKind::Membership:
        return {0x2f, 0x6f, 0xc4};
    case PeriodKind::Chairmanship:
        return {0xd9, 0x7a, 0x16};
    }
    return {0x2f, 0x6f, 0xc4};
}

QFont MembershipChartPainter::smallFont() const
{
    QFont small = m_font;
    // The font may be sized in points (a widget) or in pixels (a scaled page in a report).
    if (m_font.pointSizeF() > 0)
        small.setPointSizeF(m_font.pointSizeF() * 0.85);
    else
        small.setPixelSize(std::max(1, static_cast<int>(m_font.pixelSize() * 0.85)));
    return small;
}

std::vector<MembershipChartPainter::LegendEntry>
MembershipChartPainter::legend(const MembershipLayout &layout, double width) const
{
    std::vector<LegendEntry> entries{
        {SymbolTreaty, tr("Party to the treaty"), {}},
        {SymbolMembership, tr("Member"), {}},
        {SymbolChair, tr("Chair"), {}},
        {SymbolUncertain, tr("Faded: date known only to the month or year"), {}},
        {SymbolOpenEnd, tr("Current as of the sources"), {}},
        {SymbolEndNotStated, tr("End not stated"), {}},
        {SymbolStartNotStated, tr("Start not stated"), {}},
        {SymbolLeft, tr("Left or withdrew"), {}},
    };
    if (layout.sourcesUpToX()) {
        QString upTo = humanSourcesUpTo(*layout.sourcesUpTo());
        upTo[0] = upTo[0].toUpper();
        entries.push_back({SymbolSourcesLine, upTo, {}});
    }
    if (!layout.undatedColumnRect().isEmpty())
        entries.push_back({SymbolUndated, tr("Dates not stated"), {}});
    const QFontMetricsF metrics(smallFont());
    const double lineHeight = std::max(14.0, metrics.height() + 4);
    double x = 6;
    double y = 0;
    for (auto &entry : entries) {
        const double entryWidth = kSymbolWidth + 5 + metrics.horizontalAdvance(entry.text);
        if (x > 6 && x + entryWidth > width - 6) {
            x = 6;
            y += lineHeight;
        }
        entry.rect = QRectF(x, y, entryWidth, lineHeight);
        x += entryWidth + 16;
    }
    return entries;
}

void MembershipChartPainter::prepare(MembershipLayout &layout) const
{
    const QFontMetricsF metrics(m_font);
    double labelWidth = 60;
    for (const auto &period : layout.periods())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(period.state) + 16);
    layout.setLabelWidth(std::min(labelWidth, std::max(60.0, layout.width() * 0.3)));
    const QFontMetricsF small(smallFont());
    layout.setUndatedColumnWidth(
        std::max(72.0, small.horizontalAdvance(tr("Dates not stated")) + 12));
    double bottom = 0;
    for (const auto &entry : legend(layout, layout.width()))
        bottom = std::max(bottom, entry.rect.bottom());
    layout.setLegendHeight(bottom);
}

void MembershipChartPainter::paint(QPainter &painter, const MembershipLayout &layout,
                                   std::optional<std::size_t> hoveredBar) const
{
    const QRectF all(0, 0, layout.width(), layout.height());
    painter.save();
    painter.setClipRect(all);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(all, kBackground);

    const QFont small = smallFont();
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF smallMetrics(small);
    const QRectF plot = layout.plotRect();
    const QRectF column = layout.undatedColumnRect();
    const auto &rows = layout.rows();

    // Rows, alternately shaded; a firmer line where the former members begin.
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1)
            painter.fillRect(rows[r].rect, kRowAlternate);
    }
    if (!column.isEmpty())
        painter.fillRect(column, kUndatedBand);

    // Year grid and axis labels; the plot ends at today.
    painter.setFont(small);
    const double labelBaseline = MembershipLayout::kAxisHeight - 9;
    double lastLabelRight = -1;
    for (const auto &tick : layout.ticks()) {
        painter.setPen(QPen(tick.labelled ? kGridMajor : kGrid, 1));
        painter.drawLine(QPointF(tick.x, tick.labelled ? MembershipLayout::kAxisHeight - 5
                                                       : MembershipLayout::kAxisHeight),
                         QPointF(tick.x, plot.bottom()));
        if (!tick.labelled)
            continue;
        const QString label = QString::number(tick.year);
        const double labelWidth = smallMetrics.horizontalAdvance(label);
        if (tick.x + 3 + labelWidth > plot.right() + MembershipLayout::kPlotMargin)
            continue;
        painter.setPen(kAxisText);
        painter.drawText(QPointF(tick.x + 3, labelBaseline), label);
        lastLabelRight = tick.x + 3 + labelWidth;
    }
    painter.setPen(QPen(kGridMajor, 1, Qt::DashLine));
    painter.drawLine(QPointF(plot.right(), MembershipLayout::kAxisHeight - 5),
                     QPointF(plot.right(), plot.bottom()));
    const QString today = tr("today");
    const double todayWidth = smallMetrics.horizontalAdvance(today);
    if (plot.right() - todayWidth - 3 > lastLabelRight + 4) {
        painter.setPen(kAxisText);
        painter.drawText(QPointF(plot.right() - todayWidth - 3, labelBaseline), today);
    }
    // What "current" is as of: the newest source, a line of its own with a legend entry.
    if (const auto x = layout.sourcesUpToX()) {
        painter.setPen(QPen(kSourcesLine, 1.4, Qt::DashDotLine));
        painter.drawLine(QPointF(*x, MembershipLayout::kAxisHeight - 5),
                         QPointF(*x, plot.bottom()));
    }
    if (!column.isEmpty()) {
        painter.setPen(kAxisText);
        painter.drawText(
            QRectF(column.left() + 2, 0, column.width() - 4, MembershipLayout::kAxisHeight - 4),
            Qt::AlignHCenter | Qt::AlignBottom,
            smallMetrics.elidedText(tr("Dates not stated"), Qt::ElideRight, column.width() - 4));
    }
    painter.setPen(QPen(kGridMajor, 1));
    painter.drawLine(QPointF(0, MembershipLayout::kAxisHeight - 0.5),
                     QPointF(layout.width(), MembershipLayout::kAxisHeight - 0.5));

    // State names.
    painter.setFont(m_font);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto &row = rows[r];
        if (r > 0 && rows[r - 1].current && !row.current) {
            painter.setPen(QPen(kGridMajor, 1.5));
            painter.drawLine(QPointF(0, row.rect.top()), QPointF(layout.width(), row.rect.top()));
        }
        painter.setPen(row.current ? kLabel : kFormerLabel);
        painter.drawText(QPointF(8, row.rect.center().y() + metrics.ascent() / 2 - 1.5),
                         metrics.elidedText(row.label, Qt::ElideRight, layout.labelWidth() - 12));
    }
    if (rows.empty()) {
        painter.setPen(kAxisText);
        painter.drawText(QRectF(0, MembershipLayout::kAxisHeight, layout.width(),
                                MembershipLayout::kMinRowHeight),
                         Qt::AlignCenter,
                         tr("No membership, treaty participation or chairmanship recorded."));
    }

    // Bars, then where memberships ended, then the notes (citations) beside them.
    const auto &bars = layout.bars();
    const auto &periods = layout.periods();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto &bar = bars[i];
        const auto kind = periods[bar.period].kind;
        drawBar(painter, bar, colour(kind));
        if (kind != PeriodKind::Chairmanship && !bar.openEnd && !bar.endNotStated && !bar.undated)
            drawLeft(painter, bar.rect, bar.endFrom, bar.endTo);
        if (hoveredBar == i) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(kHover, 1.5));
            painter.drawRoundedRect(bar.rect.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
        }
    }
    painter.setFont(small);
    for (const auto &bar : bars) {
        const QString &note = periods[bar.period].note;
        if (note.isEmpty())
            continue;
        const double noteWidth = smallMetrics.horizontalAdvance(note) + 4;
        // The room after the bar, up to the next bar in its lane or the end of its column.
        double limit = bar.undated ? column.right() : plot.right() + MembershipLayout::kPlotMargin;
        double previous = bar.undated ? column.left() : plot.left();
        for (const auto &other : bars) {
            if (&other == &bar || other.row != bar.row || other.lane != bar.lane ||
                periods[other.period].kind != periods[bar.period].kind)
                continue;
            if (other.rect.left() >= bar.rect.right() - 0.5)
                limit = std::min(limit, other.rect.left());
            else if (other.rect.right() <= bar.rect.left() + 0.5)
                previous = std::max(previous, other.rect.right());
        }
        const double after = bar.rect.right() + (bar.openEnd ? kArrowLength + 2 : 3);
        const double baseline = bar.rect.center().y() + smallMetrics.ascent() / 2 - 1;
        std::optional<double> x;
        bool badge = false;
        if (!bar.undated && limit - after >= noteWidth) {
            x = after;
        } else if (bar.rect.width() >= noteWidth + 6) {
            x = bar.undated ? bar.rect.center().x() - noteWidth / 2
                            : bar.rect.right() - noteWidth - 3;
            badge = true;
        } else if (bar.rect.left() - 3 - noteWidth >= previous) {
            x = bar.rect.left() - 3 - noteWidth;
        } else {
            x = after; // no room anywhere: still cited, over whatever follows
            badge = true;
        }
        if (badge) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 225));
            painter.drawRoundedRect(QRectF(*x, bar.rect.center().y() - smallMetrics.height() / 2,
                                           noteWidth, smallMetrics.height()),
                                    2, 2);
        }
        painter.setPen(kAxisText);
        painter.drawText(QPointF(*x + 2, baseline), note);
    }

    // The legend.
    const QRectF legendArea = layout.legendRect();
    for (const auto &entry : legend(layout, layout.width())) {
        const QRectF rect = entry.rect.translated(legendArea.topLeft());
        const double cy = rect.center().y();
        const QRectF symbol(rect.left(), cy - 5, kSymbolWidth, 10);
        const QColor member = colour(PeriodKind::Membership);
        switch (entry.symbol) {
        case SymbolTreaty:
        case SymbolMembership:
        case SymbolChair: {
            const auto kind = static_cast<PeriodKind>(entry.symbol - SymbolTreaty);
            const double h = MembershipLayout::barHeight(kind);
            MembershipBar bar;
            bar.rect = QRectF(symbol.left(), cy - h / 2, kSymbolWidth, h);
            bar.startFrom = bar.startTo = bar.rect.left();
            bar.endFrom = bar.endTo = bar.rect.right();
            drawBar(painter, bar, colour(kind));
            break;
        }
        case SymbolUncertain: {
            MembershipBar bar;
            bar.rect = symbol;
            bar.startFrom = symbol.left();
            bar.startTo = symbol.left() + symbol.width() * 0.6;
            bar.endFrom = bar.endTo = symbol.right();
            drawBar(painter, bar, member);
            break;
        }
        case SymbolOpenEnd: {
            MembershipBar bar;
            bar.rect = symbol.adjusted(0, 0, -kArrowLength, 0);
            bar.startFrom = bar.startTo = bar.rect.left();
            bar.endFrom = bar.endTo = bar.rect.right();
            bar.openEnd = true;
            drawBar(painter, bar, member);
            break;
        }
        case SymbolEndNotStated:
        case SymbolStartNotStated: {
            MembershipBar bar;
            bar.rect = symbol;
            const bool end = entry.symbol == SymbolEndNotStated;
            bar.endNotStated = end;
            bar.openStart = !end;
            bar.startFrom = symbol.left();
            bar.startTo = end ? symbol.left() : symbol.left() + symbol.width() * 0.6;
            bar.endFrom = end ? symbol.left() + symbol.width() * 0.4 : symbol.right();
            bar.endTo = symbol.right();
            drawBar(painter, bar, member);
            break;
        }
        case SymbolLeft: {
            MembershipBar bar;
            bar.rect = symbol;
            bar.startFrom = bar.startTo = symbol.left();
            bar.endFrom = symbol.left() + symbol.width() * 0.55;
            bar.endTo = symbol.right();
            drawBar(painter, bar, member);
            drawLeft(painter, symbol, bar.endFrom, bar.endTo);
            break;
        }
        case SymbolSourcesLine:
            painter.setPen(QPen(kSourcesLine, 1.4, Qt::DashDotLine));
            painter.drawLine(QPointF(symbol.center().x(), rect.top() + 1),
                             QPointF(symbol.center().x(), rect.bottom() - 1));
            break;
        case SymbolUndated: {
            MembershipBar bar;
            bar.rect = symbol;
            bar.undated = true;
            drawBar(painter, bar, colour(PeriodKind::Chairmanship));
            break;
        }
        default:
            break;
        }
        painter.setPen(kAxisText);
        painter.drawText(QPointF(rect.left() + kSymbolWidth + 5,
                                 cy + smallMetrics.ascent() / 2 - smallMetrics.descent() / 2),
                         entry.text);
    }
    painter.restore();
}

} // namespace csto::render
