// SPDX-License-Identifier: MIT
#include "pdfexport.h"

#include "reportdocument.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace csto::report {

QPageLayout reportPageLayout(QPageSize::PageSizeId pageSize)
{
    return QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16),
                       QPageLayout::Millimeter);
}

PdfResult writePdf(const ReportDocument &document, const QString &fileName,
                   QPageSize::PageSizeId pageSize, const QString &title,
                   const ReportDocument::Progress &progress)
{
    const auto cannotWrite = [&](const QString &reason) {
        return PdfResult{0, QCoreApplication::translate("csto::report", "%1: cannot write: %2")
                                .arg(fileName, reason)};
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    int pages = 0;
    bool stopped = false;
    const ReportDocument::Progress watched = [&](double done) {
        stopped = progress && !progress(done);
        return !stopped;
    };
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CSTO Atlas"));
        writer.setPageLayout(reportPageLayout(pageSize));
        pages = document.paint(writer, watched);
    }
    if (stopped) {
        file.cancelWriting();
        return PdfResult{0, {}, true};
    }
    if (pages == 0) {
        file.cancelWriting();
        return cannotWrite(
            QCoreApplication::translate("csto::report", "the report could not be drawn"));
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {pages, {}};
}

} // namespace csto::report
