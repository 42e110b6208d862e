// SPDX-License-Identifier: MIT
#include "orgchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace csto::render {
namespace {

constexpr double kBoxHeight = 34;
constexpr double kGap = 14;
constexpr double kChildWidth = 150;
const QColor kLine(0x9a, 0xa6, 0xb5);
const QColor kBox(0xee, 0xf2, 0xf7);
const QColor kBoxText(0x23, 0x2b, 0x36);
const QColor kEntityBox(0x1c, 0x4f, 0x9c);

void drawBox(QPainter &painter, const QRectF &box, const QString &text, bool strong)
{
    painter.setPen(QPen(strong ? kEntityBox : kLine, 1));
    painter.setBrush(strong ? kEntityBox : kBox);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(strong ? QColor(Qt::white) : kBoxText);
    const QFontMetricsF metrics(painter.font());
    // Two lines at most, elided: boxes keep one size.
    const QRectF inner = box.adjusted(6, 2, -6, -2);
    QString shown = text;
    if (metrics.boundingRect(inner, Qt::TextWordWrap, text).height() > inner.height())
        shown = metrics.elidedText(text, Qt::ElideRight, inner.width() * 1.8);
    painter.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, shown);
}

} // namespace

OrgChart::OrgChart(OrgChartExcerpt excerpt, QFont font)
    : m_excerpt(std::move(excerpt)), m_font(std::move(font))
{}

int OrgChart::childColumns(double width) const
{
    return std::max(1, static_cast<int>((width + kGap) / (kChildWidth + kGap)));
}

double OrgChart::heightFor(double width) const
{
    const auto levels = static_cast<double>(m_excerpt.ancestors.size() + 1);
    double height = levels * kBoxHeight + (levels - 1) * kGap;
    if (!m_excerpt.children.isEmpty()) {
        const auto rows =
            std::ceil(static_cast<double>(m_excerpt.children.size()) / childColumns(width));
        height += kGap * 1.5 + rows * kBoxHeight + (rows - 1) * (kGap / 2);
    }
    return height;
}

void OrgChart::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const double boxWidth = std::min(area.width(), 300.0);
    const double centre = area.center().x();
    double y = area.top();
    QPointF previousBottom;
    const auto chain = m_excerpt.ancestors + QStringList{m_excerpt.entity};
    for (int i = 0; i < chain.size(); ++i) {
        const QRectF box(centre - boxWidth / 2, y, boxWidth, kBoxHeight);
        if (i > 0) {
            painter.setPen(QPen(kLine, 1));
            painter.drawLine(previousBottom, QPointF(centre, box.top()));
        }
        drawBox(painter, box, chain[i], i == chain.size() - 1);
        previousBottom = QPointF(centre, box.bottom());
        y = box.bottom() + kGap;
    }
    if (!m_excerpt.children.isEmpty()) {
        const int columns = childColumns(area.width());
        const int count = static_cast<int>(m_excerpt.children.size());
        const double busY = previousBottom.y() + kGap * 0.75;
        painter.setPen(QPen(kLine, 1));
        painter.drawLine(previousBottom, QPointF(centre, busY));
        y = previousBottom.y() + kGap * 1.5;
        for (int row = 0; row * columns < count; ++row) {
            const int inRow = std::min(columns, count - row * columns);
            const double rowWidth = inRow * kChildWidth + (inRow - 1) * kGap;
            double x = centre - rowWidth / 2;
            if (row == 0 && inRow > 1) {
                painter.setPen(QPen(kLine, 1));
                painter.drawLine(QPointF(x + kChildWidth / 2, busY),
                                 QPointF(x + rowWidth - kChildWidth / 2, busY));
            }
            for (int i = 0; i < inRow; ++i) {
                const QRectF box(x, y, kChildWidth, kBoxHeight);
                if (row == 0) {
                    painter.setPen(QPen(kLine, 1));
                    painter.drawLine(QPointF(box.center().x(), busY), QPointF(box.center().x(), y));
                }
                drawBox(painter, box, m_excerpt.children[row * columns + i], false);
                x += kChildWidth + kGap;
            }
            y += kBoxHeight + kGap / 2;
        }
    }
    painter.restore();
}

} // namespace csto::render
