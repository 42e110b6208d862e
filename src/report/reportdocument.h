// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
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

    // One placed piece of a block: the whole block, or some rows of a table.
    struct Placement
    {
        std::size_t block;
        double y; // from the top of the content area, in the painter's units
        std::size_t firstRow = 0;
        std::size_t endRow = 0;
    };
    // Where every block goes on pages of one size: what the layout decided, to be painted
    // (all or the first pages) later, on any thread.
    struct Pages
    {
        QSizeF size; // the content area, in the painter's units
        std::vector<std::vector<Placement>> pages;
        [[nodiscard]] int count() const { return static_cast<int>(pages.size()); }
    };

    // Lays the blocks out on pages whose content area is `contentSize` points (a device's
    // paint rectangle); nullopt when `progress` (told 0 to 1) asked to stop. Safe on a worker
    // thread.
    [[nodiscard]] std::optional<Pages> layOut(QSizeF contentSize,
                                              const Progress &progress = {}) const;
    // Paints the first `pageLimit` of `pages` (laid out by layOut, for a device of the same
    // paint rectangle) on `device`, each saying "page N of" all of them; returns the number
    // painted, or 0 when the device cannot be painted on or `progress` (told 0 to 1) asked to
    // stop.
    int paint(QPagedPaintDevice &device, const Pages &pages, int pageLimit,
              const Progress &progress = {}) const;
    // Lays the blocks out on the device's pages and paints them all (laying out takes the first
    // half of `progress`, painting the second); returns the number of pages, or 0.
    int paint(QPagedPaintDevice &device, const Progress &progress = {}) const;
    // The content area of `device` in points: what layOut needs to lay out for it.
    [[nodiscard]] static QSizeF contentSize(const QPagedPaintDevice &device);
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
