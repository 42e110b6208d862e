// SPDX-License-Identifier: MIT
#include "detailview.h"

#include "atlaslink.h"

namespace csto::app {

DetailView::DetailView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (AtlasLink::parse(link))
            emit linkActivated(link);
    });
}

QVariant DetailView::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace csto::app
