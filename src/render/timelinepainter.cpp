// SPDX-License-Identifier: MIT
#include "timelinepainter.h"

#include "labels.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace csto::render {
namespace {

const QColor kBackground(0xfb, 0xfc, 0xfd);
const QColor kLaneAlternate(0xf2, 0xf5, 0xf8);
const QColor kGrid(0xe1, 0xe6, 0xec);
const QColor kGridMajor(0xc9, 0xd1, 0xdb);
const QColor kAxisText(0x4b, 0x55, 0x63);
const QColor kLaneText(0x6b, 0x75, 0x82);
const QColor kSpan(0x2f, 0x6f, 0xc4);
const QColor kSpanStrong(0x1c, 0x4f, 0x9c);
const QColor kDimmed(0xc4, 0xcc, 0xd6);
const QColor kDimmedText(0x8e, 0x98, 0xa5);
const QColor kCluster(0x5b, 0x7f, 0xb0);
const QColor kSelection(0xe0, 0x8a, 0x1e);
const QColor kUndatedBand(0xf6, 0xf1, 0xe7);
const QColor kLegendBox(0xff, 0xff, 0xff, 235);

constexpr double kLegendSymbolWidth = 34;
constexpr double kLegendPadding = 6;

// `colour` mixed into the background: opaque, as PDF viewers do not all honour alpha.
QColor faded(const QColor &colour, double amount)
{
    const auto mix = [&](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(static_cast<float>(mix(kBackground.redF(), colour.redF())),
                            static_cast<float>(mix(kBackground.greenF(), colour.greenF())),
                            static_cast<float>(mix(kBackground.blueF(), colour.blueF())));
}

// A date known only to the month or year: a faint, hatched span over all it may be, with a
// point-like core, so it does not read as an event lasting the whole month or year.
void drawUncertain(QPainter &painter, const QRectF &rect, const QRectF &core, const QColor &colour)
{
    painter.setPen(QPen(faded(colour, 0.55), 0.8, Qt::DotLine));
    painter.setBrush(faded(colour, 0.16));
    painter.drawRoundedRect(rect, 3, 3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QBrush(faded(colour, 0.38), Qt::BDiagPattern));
    painter.drawRoundedRect(rect, 3, 3);
    painter.setBrush(colour);
    painter.drawRoundedRect(core, 2, 2);
}

QFont smallFontOf(const QFont &font)
{
    QFont small = font;
    // The font may be sized in points (a widget) or in pixels (a scaled page in a report).
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * 0.85)));
    return small;
}

QStringList legendTexts()
{
    return {QCoreApplication::translate("csto::render::TimelinePainter",
                                        "Dated to the day: the span it lasted"),
            QCoreApplication::translate("csto::render::TimelinePainter",
                                        "Month or year only: somewhere in the faint span")};
}

} // namespace

TimelinePainter::TimelinePainter(QFont font) : m_font(std::move(font)) {}

void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout,
                            const TimelineEmphasis &emphasis) const
{
    const QSizeF size = layout.viewport();
    const QRectF all(QPointF(0, 0), size);
    painter.save();
    painter.setClipRect(all);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(all, kBackground);

    const QFont small = smallFontOf(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF smallMetrics(small);

    // Lane bands, alternately shaded, each with its name.
    const int laneCount = std::max<int>(1, static_cast<int>(layout.lanes().size()));
    for (int lane = 0; lane < laneCount; ++lane) {
        const QRectF band = layout.laneRect(lane);
        if (lane % 2 == 1)
            painter.fillRect(band, kLaneAlternate);
    }
    const QRectF strip = layout.undatedStripRect();
    if (!strip.isEmpty())
        painter.fillRect(strip, kUndatedBand);

    // Grid lines and axis labels.
    const auto ticks = layout.ticks();
    painter.setFont(small);
    for (const auto &tick : ticks) {
        painter.setPen(QPen(tick.major ? kGridMajor : kGrid, 1));
        const double bottom = strip.isEmpty() ? size.height() : strip.top();
        painter.drawLine(QPointF(tick.x, TimelineLayout::kAxisHeight - 6), QPointF(tick.x, bottom));
        painter.setPen(kAxisText);
        painter.drawText(QPointF(tick.x + 3, TimelineLayout::kAxisHeight - 11), tick.label);
    }
    painter.setPen(QPen(kGridMajor, 1));
    painter.drawLine(QPointF(0, TimelineLayout::kAxisHeight - 0.5),
                     QPointF(size.width(), TimelineLayout::kAxisHeight - 0.5));

    painter.setPen(kLaneText);
    for (int lane = 0; lane < layout.lanes().size(); ++lane)
        painter.drawText(laneLabelRect(layout, lane), Qt::AlignLeft | Qt::AlignTop,
                         layout.lanes()[lane]);
    if (!strip.isEmpty()) {
        painter.setPen(kLaneText);
        painter.drawText(
            QPointF(6, strip.top() + smallMetrics.ascent() + 2),
            QCoreApplication::translate("csto::render::TimelinePainter", "Year not stated"));
    }

    // Spans and clusters.
    const bool emphasising = !emphasis.highlighted.isEmpty();
    const auto &items = layout.items();
    for (const auto &mark : layout.marks()) {
        bool strong = !emphasising;
        bool selected = false;
        for (const auto index : mark.items) {
            strong |= emphasis.highlighted.contains(items[index].id);
            selected |= emphasis.selected == items[index].id;
        }
        const QRectF rect = mark.rect;
        if (mark.isCluster()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(strong ? kCluster : kDimmed);
            painter.drawRoundedRect(rect, 4, 4);
            painter.setPen(Qt::white);
            painter.setFont(bold);
            painter.drawText(rect, Qt::AlignCenter, QString::number(mark.items.size()));
        } else {
            const auto &item = items[mark.items.front()];
            const QColor fill = strong ? (emphasising ? kSpanStrong : kSpan) : kDimmed;
            if (mark.uncertain) {
                drawUncertain(painter, rect, mark.core, fill);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(fill);
                painter.drawRoundedRect(rect, 3, 3);
            }
            // The title: inside the span when it fits (always, elided, in the strip of events
            // without a year), else after it, as far as the next span in its row allows.
            painter.setFont(small);
            const double baseline = rect.center().y() + smallMetrics.ascent() / 2 - 1;
            if (mark.undated) {
                // The strip already says the year is not stated: "21-25 October: title".
                const QString when =
                    humanRange(item.start, item.end).section(QLatin1Char(','), 0, 0);
                const QString label = smallMetrics.elidedText(
                    when + QStringLiteral(": ") + item.title, Qt::ElideRight, rect.width() - 8);
                painter.setPen(strong ? QColor(Qt::white) : kAxisText);
                painter.drawText(QPointF(rect.left() + 4, baseline), label);
            } else if (smallMetrics.horizontalAdvance(item.title) + 8 < rect.width()) {
                painter.setPen(mark.uncertain ? (strong ? kAxisText : kDimmedText)
                                              : QColor(Qt::white));
                painter.drawText(QPointF(rect.left() + 4, baseline), item.title);
            } else if (mark.labelRoom >= 30) {
                const QString title = smallMetrics.elidedText(
                    item.title, Qt::ElideRight,
                    std::min(mark.labelRoom, TimelineLayout::kMaxLabelWidth));
                painter.setPen(strong ? kAxisText : kDimmedText);
                painter.drawText(QPointF(rect.right() + 4, baseline), title);
            }
        }
        if (selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(kSelection, emphasis.focused ? 2.5 : 2));
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4);
        }
    }
    painter.restore();
}

QRectF TimelinePainter::laneLabelRect(const TimelineLayout &layout, int lane) const
{
    const QFontMetricsF metrics(smallFontOf(m_font));
    const QRectF band = layout.laneRect(lane);
    const QString name = lane < layout.lanes().size() ? layout.lanes()[lane] : QString();
    return {6, band.top() + 1, metrics.horizontalAdvance(name), metrics.height()};
}

namespace {

// One entry of the legend: its symbol and its text, from the entry's left edge.
struct LegendLine
{
    double width = 0;
    double height = 0;
    bool stacked = false; // one entry a line
};

LegendLine legendLine(const QFontMetricsF &metrics, const QStringList &texts, double maxWidth)
{
    const double lineHeight = std::max(metrics.height(), 12.0);
    double oneLine = 0;
    double widestEntry = 0;
    for (const auto &text : texts) {
        const double entry = kLegendSymbolWidth + 5 + metrics.horizontalAdvance(text);
        oneLine += entry + (oneLine > 0 ? 14 : 0);
        widestEntry = std::max(widestEntry, entry);
    }
    if (oneLine + 2 * kLegendPadding <= maxWidth)
        return {oneLine + 2 * kLegendPadding, lineHeight + 2 * kLegendPadding, false};
    const auto count = static_cast<double>(texts.size());
    return {std::min(widestEntry + 2 * kLegendPadding, std::max(maxWidth, 0.0)),
            count * lineHeight + (count - 1) * 2 + 2 * kLegendPadding, true};
}

} // namespace

QSizeF TimelinePainter::legendSize(double maxWidth) const
{
    const auto line = legendLine(QFontMetricsF(smallFontOf(m_font)), legendTexts(), maxWidth);
    return {line.width, line.height};
}

void TimelinePainter::paintLegend(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(area.adjusted(-1, -1, 1, 1));
    const QFont small = smallFontOf(m_font);
    const QFontMetricsF metrics(small);
    painter.setFont(small);
    painter.setPen(QPen(kGridMajor, 1));
    painter.setBrush(kLegendBox);
    painter.drawRoundedRect(area, 4, 4);
    const auto texts = legendTexts();
    const auto line = legendLine(metrics, texts, area.width());
    const double lineHeight = std::max(metrics.height(), 12.0);
    double x = area.left() + kLegendPadding;
    double cy = line.stacked ? area.top() + kLegendPadding + lineHeight / 2 : area.center().y();
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF symbol(x, cy - 6, kLegendSymbolWidth, 12);
        if (i == 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kSpan);
            painter.drawRoundedRect(symbol, 3, 3);
        } else {
            drawUncertain(painter, symbol,
                          QRectF(symbol.center().x() - TimelineLayout::kPointCoreWidth / 2,
                                 symbol.top(), TimelineLayout::kPointCoreWidth, symbol.height()),
                          kSpan);
        }
        painter.setPen(kAxisText);
        const double textLeft = symbol.right() + 5;
        const QString text =
            metrics.elidedText(texts[i], Qt::ElideRight, area.right() - kLegendPadding - textLeft);
        painter.drawText(QPointF(textLeft, cy + metrics.ascent() / 2 - 1), text);
        if (line.stacked) {
            cy += lineHeight + 2;
        } else {
            x = textLeft + metrics.horizontalAdvance(texts[i]) + 14;
        }
    }
    painter.restore();
}

} // namespace csto::render
