// SPDX-License-Identifier: MIT
#include "plaintooltip.h"

#include <QHelpEvent>
#include <QToolTip>

namespace csto::app {

void showPlainToolTip(const QHelpEvent &event, const QString &text, QWidget *widget)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event.globalPos(),
                       QStringLiteral("<qt>") +
                           text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                           QStringLiteral("</qt>"),
                       widget);
}

} // namespace csto::app
