// SPDX-License-Identifier: MIT
// 3. A timeline frame with 100,000 events in view, offscreen at 1920x1080, against plain
// QPainter drawing as many rectangles.
#include "measure.h"

#include <core/sqliteknowledgebase.h>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QFont>
#include <QImage>
#include <QPainter>

namespace csto::bench {

std::vector<Result> runTimelineFrame(const Context &context)
{
    const std::size_t wanted = context.quick ? 10000 : 100000;
    auto kb = SqliteKnowledgeBase(schema::open(context.synthFile, schema::Access::ReadOnly));
    auto stmt = kb.database().prepare("SELECT id, date, end_date, title FROM events WHERE "
                                      "first_day > 10000 ORDER BY first_day DESC LIMIT ?");
    stmt.bind(1, static_cast<std::int64_t>(wanted));
    std::vector<render::TimelineItem> items;
    while (stmt.step()) {
        items.push_back(
            {stmt.int64(0), PartialDate::parse(stmt.text(1)),
             stmt.isNull(2) ? std::nullopt : std::optional(PartialDate::parse(stmt.text(2))),
             QString::fromStdString(stmt.text(3)), static_cast<int>(stmt.int64(0) % 6)});
    }
    const std::size_t count = items.size();

    render::TimelineLayout layout;
    layout.setLanes({QStringLiteral("Operations"), QStringLiteral("Exercises"),
                     QStringLiteral("Bodies"), QStringLiteral("States"), QStringLiteral("People"),
                     QStringLiteral("Documents")});
    layout.setViewport(QSizeF(1920, 1080));
    layout.setItems(std::move(items));
    layout.fitAll();
    const render::TimelinePainter painter(QFont(QStringLiteral("DejaVu Sans"), 9));
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);

    const int frames = context.quick ? 20 : 120;
    std::vector<double> ours;
    for (int i = 0; i < frames; ++i) {
        // Each frame pans a little, as dragging does, so the layout is redone every time.
        layout.panByPixels(i % 2 ? 3 : -3);
        Stopwatch watch;
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p, layout, {});
        p.end();
        ours.push_back(watch.milliseconds());
    }

    std::vector<double> floor;
    for (int i = 0; i < frames; ++i) {
        Stopwatch watch;
        image.fill(Qt::white);
        QPainter p(&image);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(70, 110, 170));
        for (std::size_t k = 0; k < count; ++k) {
            const double x = static_cast<double>((k * 7919) % 1900);
            const double y = static_cast<double>((k * 104729) % 1060);
            p.drawRect(QRectF(x, y, 6, 14));
        }
        p.end();
        floor.push_back(watch.milliseconds());
    }
    Result result{"timeline frame, " + std::to_string(count) + " events in view (p95)",
                  quantile(ours, 0.95),
                  "ms",
                  quantile(floor, 0.95),
                  "< 8 ms",
                  false};
    result.ok = result.value < 8;
    return {result};
}

} // namespace csto::bench
