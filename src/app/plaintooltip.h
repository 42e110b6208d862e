// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QHelpEvent;
class QWidget;

namespace csto::app {

// Shows `text` (lines separated by \n) as the tooltip of a QEvent::ToolTip, or hides the tooltip
// when it is empty. The text is escaped and marked as rich text, so no name, summary or title
// from the knowledge base acts as markup.
void showPlainToolTip(const QHelpEvent &event, const QString &text, QWidget *widget);

} // namespace csto::app
