// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace csto::report {

struct PdfResult
{
    int pages = 0;
    QString error;          // empty on success, else names the file and the problem
    bool cancelled = false; // the progress callback stopped it; no file was written
};

// Writes `document` as a PDF through QSaveFile: the file appears complete or not at all (an
// error or a stop asked by `progress` leaves no half-written file and an existing one
// untouched). Safe on a worker thread: nothing here touches the GUI's objects.
[[nodiscard]] PdfResult writePdf(const ReportDocument &document, const QString &fileName,
                                 QPageSize::PageSizeId pageSize, const QString &title,
                                 const ReportDocument::Progress &progress = {});

// The page layout every report uses, for printing as well as for files.
[[nodiscard]] QPageLayout reportPageLayout(QPageSize::PageSizeId pageSize);

} // namespace csto::report
