// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace csto::report {

// A brief as a flow of blocks, laid out on pages by paint(): a title block, headings, paragraphs,
// tables whose rows never split across pages (the header repeats on each page) and vector
// pictures drawn by a callback. Every page carries the running header and "page N of M".
// Lengths are in points.
class ReportDocument
{
public:
    enum class TextStyle
    {
        Title,
        Subtitle,
        Meta,
        Heading,
        Body,
        Small,
        SourceEntry
    };

    void setRunningHeader(QString left, QString right);
    void addText(TextStyle style, QString text);
    void addHeading(QString text) { addText(TextStyle::Heading, std::move(text)); }
    void addParagraph(QString text) { addText(TextStyle::Body, std::move(text)); }
    // Column widths are relative weights.
    void addTable(QStringList header, std::vector<QStringList> rows, std::vector<double> weights);
    // A picture `width` points wide and heightFor(width) high, painted in a 1/96-inch unit
    // ("CSS pixels"), the unit the timeline and organisation chart are designed in.
    void addPicture(std::function<double(double width)> heightFor,
                    std::function<void(QPainter &, const QRectF &)> paint);

    // Told how far the work has got (0 to 1: laying out takes the first half, painting the
    // second); returns false to stop.
    using Progress = std::function<bool(double done)>;

    // Lays the blocks out on the device's pages and paints them; returns the number of pages,
    // or 0 when the device cannot be painted on or `progress` asked to stop.
    int paint(QPagedPaintDevice &device, const Progress &progress = {}) const;
    [[nodiscard]] bool isEmpty() const { return m_blocks.empty(); }

private:
    struct Text
    {
        TextStyle style;
        QString text;
    };
    struct Table
    {
        QStringList header;
        std::vector<QStringList> rows;
        std::vector<double> weights;
    };
    struct Picture
    {
        std::function<double(double)> heightFor;
        std::function<void(QPainter &, const QRectF &)> paint;
    };
    using Block = std::variant<Text, Table, Picture>;

    std::vector<Block> m_blocks;
    QString m_headerLeft;
    QString m_headerRight;
};

} // namespace csto::report
