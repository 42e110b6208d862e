// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace csto::app {

// The detail card pane. It follows only atlas: links (reported through linkActivated) and loads
// no resource at all: no images, no files, no network, whatever the HTML asks for.
class DetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void linkActivated(const QString &link);
};

} // namespace csto::app
