// SPDX-License-Identifier: MIT
#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace csto::report {

class ReportDocument;

struct PdfResult
{
    int pages = 0;
    QString error; // empty on success, else names the file and the problem
};

// Writes `document` as a PDF through QSaveFile: the file appears complete or not at all (an
// error leaves no half-written file and an existing one untouched).
[[nodiscard]] PdfResult writePdf(const ReportDocument &document, const QString &fileName,
                                 QPageSize::PageSizeId pageSize, const QString &title);

// The page layout every report uses, for printing as well as for files.
[[nodiscard]] QPageLayout reportPageLayout(QPageSize::PageSizeId pageSize);

} // namespace csto::report
