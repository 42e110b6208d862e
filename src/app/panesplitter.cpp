// SPDX-License-Identifier: MIT
#include "panesplitter.h"

#include <algorithm>
#include <cmath>

namespace csto::app {
namespace {

int minimumWidthOf(const QWidget *widget)
{
    return std::max(widget->minimumWidth(), widget->minimumSizeHint().width());
}

} // namespace

PaneSplitter::PaneSplitter(QWidget *left, QWidget *centre, QWidget *right, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    addWidget(left);
    addWidget(centre);
    addWidget(right);
    setChildrenCollapsible(false);
    setPreferredSideWidths(left->sizeHint().width(), right->sizeHint().width());
    connect(this, &QSplitter::splitterMoved, this, [this] {
        const QList<int> widths = sizes();
        m_preferredLeft = widths[0];
        m_preferredRight = widths[2];
    });
}

void PaneSplitter::setPreferredSideWidths(int left, int right)
{
    m_preferredLeft = std::max(left, minimumWidthOf(widget(0)));
    m_preferredRight = std::max(right, minimumWidthOf(widget(2)));
    balance();
}

void PaneSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    balance();
}

void PaneSplitter::balance()
{
    const int available = width() - 2 * handleWidth();
    if (available <= 0)
        return;
    const int preferred = m_preferredLeft + m_preferredRight;
    const double share = std::min(1.0, (available / 2) / static_cast<double>(preferred));
    const int left =
        std::max(minimumWidthOf(widget(0)), static_cast<int>(std::lround(m_preferredLeft * share)));
    const int right = std::max(minimumWidthOf(widget(2)),
                               static_cast<int>(std::lround(m_preferredRight * share)));
    setSizes({left, available - left - right, right});
}

} // namespace csto::app
