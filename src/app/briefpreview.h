// SPDX-License-Identifier: MIT
#pragma once

#include <report/reportdocument.h>

#include <QDialog>
#include <QPageLayout>

#include <memory>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;

namespace csto::app {

// The print preview of a summary laid out beforehand (on a worker, by ExportDialog): it paints
// at most kPreviewPages pages, so even a brief of thousands of pages opens at once and the
// window's thread never paints them all. A longer brief says so in a banner above the pages,
// and offers to save the whole PDF; Print is offered only when the preview holds every page.
class BriefPreview final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefPreview)

public:
    // Pages painted at most. Each is painted on the window's thread when the preview opens:
    // a few dozen take well under a second.
    static constexpr int kPreviewPages = 50;
    // The dialog's result when the user asked to save the PDF instead.
    static constexpr int SaveRequested = 2;

    BriefPreview(std::shared_ptr<const report::ReportDocument> document,
                 report::ReportDocument::Pages pages, const QPageLayout &pageLayout,
                 const QString &title, QWidget *parent = nullptr);
    ~BriefPreview() override;

    [[nodiscard]] int totalPages() const { return m_pages.count(); }
    [[nodiscard]] int shownPages() const;
    // The pages the preview widget holds (what it painted).
    [[nodiscard]] int previewedPages() const;
    // The banner's text; empty when every page is shown.
    [[nodiscard]] QString notice() const;

private:
    void print();

    std::shared_ptr<const report::ReportDocument> m_document;
    report::ReportDocument::Pages m_pages;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QLabel *m_notice;
    QLabel *m_pageLabel;
};

} // namespace csto::app
