// SPDX-License-Identifier: MIT
#include "reportdocument.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace csto::report {
namespace {

// The painter works in quarter points: fine enough that pixel-sized fonts scale smoothly.
constexpr double kUnitsPerPoint = 4;
constexpr double kPixelsToPoints = 72.0 / 96.0;
constexpr double kHeaderHeight = 28; // pt, running header band
constexpr double kFooterHeight = 22; // pt
constexpr double kCellPadding = 3;   // pt
constexpr double kParagraphGap = 5;  // pt
const QColor kText(0x1d, 0x24, 0x2e);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kAccent(0x2b, 0x4a, 0x7a);
const QColor kRule(0xc9, 0xd1, 0xdb);
const QColor kHeaderFill(0xe9, 0xee, 0xf4);

QFont fontOf(ReportDocument::TextStyle style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: text copied or extracted from a brief must read "fi", not "ﬁ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    double points = 10;
    switch (style) {
    case ReportDocument::TextStyle::Title:
        points = 20;
        font.setBold(true);
        break;
    case ReportDocument::TextStyle::Subtitle:
        points = 12.5;
        break;
    case ReportDocument::TextStyle::Heading:
        points = 13;
        font.setBold(true);
        break;
    case ReportDocument::TextStyle::Meta:
    case ReportDocument::TextStyle::Small:
        points = 8.5;
        break;
    case ReportDocument::TextStyle::SourceEntry:
        points = 9.5;
        font.setBold(true);
        break;
    case ReportDocument::TextStyle::Body:
        break;
    }
    font.setPixelSize(static_cast<int>(points * kUnitsPerPoint));
    return font;
}

QColor colorOf(ReportDocument::TextStyle style)
{
    switch (style) {
    case ReportDocument::TextStyle::Heading:
        return kAccent;
    case ReportDocument::TextStyle::Meta:
    case ReportDocument::TextStyle::Subtitle:
        return kMuted;
    default:
        return kText;
    }
}

double textHeight(const QFont &font, const QString &text, double width)
{
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text)
        .height();
}

struct Metrics
{
    double top = kHeaderHeight * kUnitsPerPoint;
    double gap = kParagraphGap * kUnitsPerPoint;
    double pad = kCellPadding * kUnitsPerPoint;
    QFont bodyFont = fontOf(ReportDocument::TextStyle::Body);
    QFont headerFont = [](QFont font) {
        font.setBold(true);
        return font;
    }(fontOf(ReportDocument::TextStyle::Body));
    QFont smallFont = fontOf(ReportDocument::TextStyle::Small);
};

double bottomOf(const QSizeF &page)
{
    return page.height() - kFooterHeight * kUnitsPerPoint;
}

std::vector<double> columnWidthsOf(const std::vector<double> &weights, double pageWidth)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> widths;
    for (const double w : weights)
        widths.push_back(pageWidth * w / total);
    return widths;
}

double rowHeightOf(const QStringList &cells, const std::vector<double> &widths, const QFont &font,
                   double pad)
{
    double height = 0;
    for (int i = 0; i < cells.size() && i < static_cast<int>(widths.size()); ++i)
        height = std::max(
            height, textHeight(font, cells[i], widths[static_cast<std::size_t>(i)] - 2 * pad));
    return height + 2 * pad;
}

} // namespace

void ReportDocument::setRunningHeader(QString left, QString right)
{
    m_headerLeft = std::move(left);
    m_headerRight = std::move(right);
}

void ReportDocument::addText(TextStyle style, QString text)
{
    m_blocks.emplace_back(Text{style, std::move(text)});
}

void ReportDocument::addTable(QStringList header, std::vector<QStringList> rows,
                              std::vector<double> weights)
{
    m_blocks.emplace_back(Table{std::move(header), std::move(rows), std::move(weights)});
}

void ReportDocument::addPicture(std::function<double(double)> heightFor,
                                std::function<void(QPainter &, const QRectF &)> paint)
{
    m_blocks.emplace_back(Picture{std::move(heightFor), std::move(paint)});
}

QSizeF ReportDocument::contentSize(const QPagedPaintDevice &device)
{
    const double pointsPerPixel = 72.0 / device.logicalDpiX();
    return {device.width() * pointsPerPixel, device.height() * pointsPerPixel};
}

std::optional<ReportDocument::Pages> ReportDocument::layOut(QSizeF contentSize,
                                                            const Progress &progress) const
{
    // Laying out counts table rows and other blocks. Asking every step would cost more than
    // the step for short rows.
    std::size_t layoutSteps = 0;
    for (const Block &block : m_blocks) {
        const auto *table = std::get_if<Table>(&block);
        layoutSteps += table ? table->rows.size() + 1 : 1;
    }
    std::size_t layoutDone = 0;
    const auto keepLayingOut = [&](std::size_t steps) {
        const std::size_t before = layoutDone;
        layoutDone += steps;
        if (!progress || before / 64 == layoutDone / 64)
            return true;
        return progress(static_cast<double>(layoutDone) /
                        static_cast<double>(std::max<std::size_t>(layoutSteps, 1)));
    };
    Pages result;
    result.size = contentSize * kUnitsPerPoint;
    const double pageWidth = result.size.width();
    const Metrics m;
    const double top = m.top;
    const double bottom = bottomOf(result.size);
    const double gap = m.gap;
    const auto columnWidths = [&](const Table &table) {
        return columnWidthsOf(table.weights, pageWidth);
    };
    const auto rowHeight = [&](const QStringList &cells, const std::vector<double> &widths,
                               const QFont &font) {
        return rowHeightOf(cells, widths, font, m.pad);
    };

    auto &pages = result.pages;
    pages.emplace_back();
    double y = top;
    const auto newPage = [&] {
        pages.emplace_back();
        y = top;
    };
    const auto pictureHeight = [&](const Picture &picture) {
        return picture.heightFor(pageWidth / kUnitsPerPoint / kPixelsToPoints) * kPixelsToPoints *
               kUnitsPerPoint;
    };
    // How much of a block must follow a heading on the same page: a text's first lines, a
    // table's header and first row, a whole picture.
    const auto leadHeight = [&](std::size_t b) -> double {
        if (b >= m_blocks.size())
            return 0;
        const Block &block = m_blocks[b];
        if (const auto *text = std::get_if<Text>(&block))
            return std::min(textHeight(fontOf(text->style), text->text, pageWidth),
                            3 * QFontMetricsF(m.bodyFont).lineSpacing());
        if (const auto *table = std::get_if<Table>(&block)) {
            const auto widths = columnWidths(*table);
            return rowHeight(table->header, widths, m.headerFont) +
                   (table->rows.empty() ? 0 : rowHeight(table->rows.front(), widths, m.smallFont));
        }
        return pictureHeight(std::get<Picture>(block));
    };
    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        const Block &block = m_blocks[b];
        if (const auto *text = std::get_if<Text>(&block)) {
            const double height = textHeight(fontOf(text->style), text->text, pageWidth);
            // A heading stays on the page of what it introduces.
            const double keep =
                text->style == TextStyle::Heading ? height + gap / 2 + leadHeight(b + 1) : height;
            if (y + keep > bottom && y > top)
                newPage();
            pages.back().push_back({b, y});
            y += height + (text->style == TextStyle::Heading ? gap / 2 : gap);
            if (!keepLayingOut(1))
                return std::nullopt;
        } else if (const auto *table = std::get_if<Table>(&block)) {
            const auto widths = columnWidths(*table);
            const double headerHeight = rowHeight(table->header, widths, m.headerFont);
            std::size_t row = 0;
            while (row < table->rows.size()) {
                const double first = rowHeight(table->rows[row], widths, m.smallFont);
                if (y + headerHeight + first > bottom && y > top)
                    newPage();
                Placement placement{b, y, row, row};
                y += headerHeight;
                while (row < table->rows.size()) {
                    const double height = rowHeight(table->rows[row], widths, m.smallFont);
                    if (y + height > bottom && row > placement.firstRow)
                        break;
                    y += height;
                    ++row;
                    if (!keepLayingOut(1))
                        return std::nullopt;
                }
                placement.endRow = row;
                pages.back().push_back(placement);
                if (row < table->rows.size())
                    newPage();
            }
            y += gap;
            if (!keepLayingOut(1))
                return std::nullopt;
        } else if (const auto *picture = std::get_if<Picture>(&block)) {
            const double height = pictureHeight(*picture);
            if (y + height > bottom && y > top)
                newPage();
            pages.back().push_back({b, y});
            y += height + gap;
            if (!keepLayingOut(1))
                return std::nullopt;
        }
    }
    return result;
}

int ReportDocument::paint(QPagedPaintDevice &device, const Progress &progress) const
{
    const auto half = [&](double from) -> Progress {
        if (!progress)
            return {};
        return [&progress, from](double done) { return progress(from + 0.5 * done); };
    };
    const auto pages = layOut(contentSize(device), half(0));
    if (!pages)
        return 0;
    return paint(device, *pages, pages->count(), half(0.5));
}

int ReportDocument::paint(QPagedPaintDevice &device, const Pages &laidOut, int pageLimit,
                          const Progress &progress) const
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const double scale = device.logicalDpiX() / 72.0 / kUnitsPerPoint;
    painter.scale(scale, scale);
    const double pageWidth = laidOut.size.width();
    const double pageHeight = laidOut.size.height();
    const double bottom = bottomOf(laidOut.size);
    const Metrics m;
    const double pad = m.pad;
    const QFont &headerFont = m.headerFont;
    const QFont &smallFont = m.smallFont;

    const int pageCount = laidOut.count();
    const int painted = std::clamp(pageLimit, 0, pageCount);
    for (int p = 0; p < painted; ++p) {
        if (progress && !progress(static_cast<double>(p) / painted))
            return 0;
        if (p > 0)
            device.newPage();
        painter.setFont(smallFont);
        painter.setPen(kMuted);
        const double headerBaseline = (kHeaderHeight - 12) * kUnitsPerPoint;
        painter.drawText(QRectF(0, 0, pageWidth, headerBaseline), Qt::AlignLeft | Qt::AlignBottom,
                         m_headerLeft);
        painter.drawText(QRectF(0, 0, pageWidth, headerBaseline), Qt::AlignRight | Qt::AlignBottom,
                         m_headerRight);
        painter.setPen(QPen(kRule, kUnitsPerPoint * 0.5));
        painter.drawLine(QPointF(0, headerBaseline + 4 * kUnitsPerPoint),
                         QPointF(pageWidth, headerBaseline + 4 * kUnitsPerPoint));
        painter.setPen(kMuted);
        painter.drawText(
            QRectF(0, bottom, pageWidth, pageHeight - bottom), Qt::AlignHCenter | Qt::AlignBottom,
            QCoreApplication::translate("csto::report::ReportDocument", "Page %1 of %2")
                .arg(p + 1)
                .arg(pageCount));

        for (const auto &placement : laidOut.pages[static_cast<std::size_t>(p)]) {
            const Block &block = m_blocks[placement.block];
            if (const auto *text = std::get_if<Text>(&block)) {
                painter.setFont(fontOf(text->style));
                painter.setPen(colorOf(text->style));
                painter.drawText(QRectF(0, placement.y, pageWidth, bottom - placement.y),
                                 Qt::TextWordWrap, text->text);
            } else if (const auto *table = std::get_if<Table>(&block)) {
                const auto widths = columnWidthsOf(table->weights, pageWidth);
                double rowY = placement.y;
                const auto drawRow = [&](const QStringList &cells, const QFont &font, bool head) {
                    const double height = rowHeightOf(cells, widths, font, pad);
                    if (head)
                        painter.fillRect(QRectF(0, rowY, pageWidth, height), kHeaderFill);
                    painter.setFont(font);
                    painter.setPen(head ? kAccent : kText);
                    double x = 0;
                    for (std::size_t c = 0; c < widths.size(); ++c) {
                        const QString cell = static_cast<int>(c) < cells.size()
                                                 ? cells[static_cast<int>(c)]
                                                 : QString();
                        painter.drawText(
                            QRectF(x + pad, rowY + pad, widths[c] - 2 * pad, height - 2 * pad),
                            Qt::TextWordWrap, cell);
                        x += widths[c];
                    }
                    painter.setPen(QPen(kRule, kUnitsPerPoint * 0.4));
                    painter.drawLine(QPointF(0, rowY + height), QPointF(pageWidth, rowY + height));
                    rowY += height;
                };
                drawRow(table->header, headerFont, true);
                for (std::size_t r = placement.firstRow; r < placement.endRow; ++r)
                    drawRow(table->rows[r], smallFont, false);
            } else if (const auto *picture = std::get_if<Picture>(&block)) {
                // The picture's own unit is the CSS pixel: 3/4 of a point.
                const double unit = kPixelsToPoints * kUnitsPerPoint;
                const double width = pageWidth / unit;
                painter.save();
                painter.translate(0, placement.y);
                painter.scale(unit, unit);
                picture->paint(painter, QRectF(0, 0, width, picture->heightFor(width)));
                painter.restore();
            }
        }
    }
    painter.end();
    return painted;
}

} // namespace csto::report
