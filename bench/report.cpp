// SPDX-License-Identifier: MIT
// 6. A timeline brief of about 100 pages to PDF, from the query to the closed file.
#include "measure.h"

#include <core/knowledgebase.h>
#include <report/pdfexport.h>
#include <report/summaryreport.h>

#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>

namespace csto::bench {
namespace {

report::PdfResult writeBrief(KnowledgeBase &kb, const PartialDate &from, const PartialDate &to,
                             const std::filesystem::path &file)
{
    TimelineFilter filter;
    filter.from = from;
    filter.to = to;
    const auto document = report::timelineBrief(kb, filter);
    return report::writePdf(document, QString::fromStdString(file.string()), QPageSize::A4,
                            QStringLiteral("Timeline brief"));
}

} // namespace

std::vector<Result> runReport(const Context &context)
{
    auto kb = KnowledgeBase::open(context.synthFile, schema::Access::ReadOnly);
    const auto file = context.workDir / "brief.pdf";
    // Find the range that makes the wanted number of pages: a few days first, then scaled.
    const int wanted = static_cast<int>(context.reportPages);
    int days = 3;
    report::PdfResult probe =
        writeBrief(kb, PartialDate::day(2024, 3, 1), PartialDate::day(2024, 3, days), file);
    if (!probe.error.isEmpty() || probe.pages == 0)
        throw std::runtime_error("the brief failed: " + probe.error.toStdString());
    days = std::clamp(days * wanted / probe.pages, 1, 365);
    const PartialDate from = PartialDate::day(2024, 1, 1);
    PartialDate to = from;
    {
        int month = 1;
        int remaining = days;
        while (remaining > PartialDate::daysInMonth(2024, month)) {
            remaining -= PartialDate::daysInMonth(2024, month);
            ++month;
        }
        to = PartialDate::day(2024, month, std::max(1, remaining));
    }

    std::vector<double> ours;
    int pages = 0;
    for (int i = 0; i < (context.quick ? 1 : 3); ++i) {
        Stopwatch watch;
        const auto result = writeBrief(kb, from, to, file);
        ours.push_back(watch.milliseconds());
        pages = result.pages;
    }

    // The floor: the same number of pages of plain text through QPdfWriter.
    std::vector<double> floor;
    for (int i = 0; i < (context.quick ? 1 : 3); ++i) {
        Stopwatch watch;
        QPdfWriter writer(QString::fromStdString((context.workDir / "floor.pdf").string()));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            for (int line = 0; line < 45; ++line)
                painter.drawText(QPointF(50, 80 + line * 90),
                                 QStringLiteral("14 May 2024  An event of the page %1, line %2")
                                     .arg(page)
                                     .arg(line));
        }
        painter.end();
        floor.push_back(watch.milliseconds());
    }
    std::filesystem::remove(file);
    std::filesystem::remove(context.workDir / "floor.pdf");
    Result result{"timeline brief to PDF, " + std::to_string(pages) + " pages",
                  median(ours),
                  "ms",
                  median(floor),
                  "< 2000 ms",
                  false};
    result.ok = result.value < 2000 && pages >= wanted * 9 / 10;
    return {result};
}

} // namespace csto::bench
