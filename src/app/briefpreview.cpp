// SPDX-License-Identifier: MIT
#include "briefpreview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace csto::app {

BriefPreview::BriefPreview(std::shared_ptr<const report::ReportDocument> document,
                           report::ReportDocument::Pages pages, const QPageLayout &pageLayout,
                           const QString &title, QWidget *parent)
    : QDialog(parent), m_document(std::move(document)), m_pages(std::move(pages)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)), m_preview(nullptr),
      m_notice(new QLabel), m_pageLabel(new QLabel)
{
    setObjectName(QStringLiteral("briefPreview"));
    setWindowTitle(tr("Print Preview \u2014 %1").arg(title));
    m_printer->setPageLayout(pageLayout);
    m_printer->setDocName(title);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("briefPreviewPages"));
    // Only the pages shown are painted, each saying "Page N of" the whole brief.
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *printer) { m_document->paint(*printer, m_pages, shownPages()); });

    auto *tools = new QToolBar(this);
    tools->addAction(tr("Fit &Width"), m_preview, &QPrintPreviewWidget::fitToWidth);
    tools->addAction(tr("Fit &Page"), m_preview, &QPrintPreviewWidget::fitInView);
    tools->addAction(tr("Zoom &In"), m_preview, [this] { m_preview->zoomIn(); });
    tools->addAction(tr("Zoom &Out"), m_preview, [this] { m_preview->zoomOut(); });
    tools->addSeparator();
    tools->addAction(tr("P&revious Page"), m_preview, [this] {
        m_preview->setCurrentPage(std::max(1, m_preview->currentPage() - 1));
    });
    tools->addAction(tr("&Next Page"), m_preview, [this] {
        m_preview->setCurrentPage(std::min(m_preview->pageCount(), m_preview->currentPage() + 1));
    });
    tools->addWidget(m_pageLabel);
    m_pageLabel->setTextFormat(Qt::PlainText);
    m_pageLabel->setContentsMargins(8, 0, 0, 0);
    const auto showPage = [this] {
        m_pageLabel->setText(tr("Page %L1 of %L2").arg(m_preview->currentPage()).arg(totalPages()));
    };
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, showPage);

    m_notice->setObjectName(QStringLiteral("briefPreviewNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral(
        "background: #fff4d6; color: #4a3b00; border: 1px solid #e3c77a; padding: 6px;"));
    m_notice->setText(notice());
    m_notice->setVisible(!notice().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *save = buttons->addButton(tr("&Save PDF\u2026"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, [this] { done(SaveRequested); });
    if (shownPages() == totalPages()) {
        auto *printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
        connect(printButton, &QPushButton::clicked, this, &BriefPreview::print);
    } else {
        save->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_notice);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(820, 900);
}

BriefPreview::~BriefPreview() = default;

int BriefPreview::shownPages() const
{
    return std::min(totalPages(), kPreviewPages);
}

int BriefPreview::previewedPages() const
{
    return m_preview->pageCount();
}

QString BriefPreview::notice() const
{
    if (shownPages() == totalPages())
        return {};
    return tr("The preview shows the first %L1 of %L2 pages; save the PDF for all of them.")
        .arg(shownPages())
        .arg(totalPages());
}

void BriefPreview::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The printer's paper may differ from the preview's: laid out again for it (a brief short
    // enough to print from here is a few dozen pages at most).
    if (const auto pages = m_document->layOut(report::ReportDocument::contentSize(*m_printer)))
        m_document->paint(*m_printer, *pages, pages->count());
}

} // namespace csto::app
