// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QRectF>
#include <QSet>
#include <QSizeF>

#include <optional>

class QPainter;

namespace csto::render {

class TimelineLayout;

// What to emphasise when painting: events in `highlighted` are drawn strong and the rest dimmed
// (when the set is not empty); `selected` is outlined.
struct TimelineEmphasis
{
    QSet<qint64> highlighted;
    std::optional<qint64> selected;
    bool focused = false;
};

// Paints a TimelineLayout with QPainter: on a widget, into an image, or into a PDF page. All text
// is drawn as plain text.
class TimelinePainter
{
public:
    explicit TimelinePainter(QFont font);
    void paint(QPainter &painter, const TimelineLayout &layout,
               const TimelineEmphasis &emphasis) const;
    // The key to the marks: an event dated to the day (its span is how long it lasted) and one
    // known only to the month or year (a faint span with a point-like core). On one line when it
    // fits in `maxWidth`, else one entry a line; never wider than `maxWidth` (a text too long
    // for it is elided). paintLegend lays the entries out as legendSize(area.width()) does.
    [[nodiscard]] QSizeF legendSize(double maxWidth) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;
    // Where a lane's name is drawn: at the top left of its band.
    [[nodiscard]] QRectF laneLabelRect(const TimelineLayout &layout, int lane) const;

private:
    QFont m_font;
};

} // namespace csto::render
