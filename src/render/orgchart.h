// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace csto::render {

// An excerpt of the organisation chart around one entity: the chain of parents above it, the
// entity itself, and its parts below.
struct OrgChartExcerpt
{
    QStringList ancestors; // from the top of the tree down to the entity's parent
    QString entity;
    QStringList children;
};

// Draws an OrgChartExcerpt as boxes joined by lines, within a given width; the height it needs
// depends on how many rows the children take.
class OrgChart
{
public:
    OrgChart(OrgChartExcerpt excerpt, QFont font);
    [[nodiscard]] double heightFor(double width) const;
    void paint(QPainter &painter, const QRectF &area) const;

private:
    [[nodiscard]] int childColumns(double width) const;

    OrgChartExcerpt m_excerpt;
    QFont m_font;
};

} // namespace csto::render
