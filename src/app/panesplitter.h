// SPDX-License-Identifier: MIT
#pragma once

#include <QSplitter>

#include <utility>

namespace csto::app {

// The window's three panes side by side, the timeline in the middle getting the room first: it
// always has at least half the width (so it is the widest pane), and the side panes take their
// preferred widths from the rest, shrinking in proportion toward their minimum widths in a
// narrow window. Dragging a handle makes the side panes' new widths the preferred ones.
class PaneSplitter final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneSplitter)

public:
    PaneSplitter(QWidget *left, QWidget *centre, QWidget *right, QWidget *parent = nullptr);

    void setPreferredSideWidths(int left, int right);
    [[nodiscard]] std::pair<int, int> preferredSideWidths() const
    {
        return {m_preferredLeft, m_preferredRight};
    }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void balance();

    int m_preferredLeft = 0;
    int m_preferredRight = 0;
};

} // namespace csto::app
