// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, which this include pulls in; it needs none
// of it, as the signal only carries a QString.
#ifndef Q_MOC_RUN
#include <render/membershipchart.h>
#endif

#include <QHash>
#include <QWidget>

#include <optional>
#include <string>

namespace csto {
class KnowledgeBase;
}

namespace csto::app {

// The membership and chairmanship chart: each state a row, its treaty participation, membership
// and chairmanships as bars over the years (render::MembershipLayout draws partial dates as the
// spans they may mean). Hovering a bar shows what it is and its sources; clicking it (or Enter on
// the bar chosen with the arrow keys) emits linkActivated with the state's "atlas:entity/<id>".
// Its height follows the number of states: put it in a QScrollArea where space is short.
class MembershipView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembershipView)

public:
    explicit MembershipView(QWidget *parent = nullptr);

    // Reads the periods of every state for the organisation `organisationId` from `kb` (nothing
    // when there is no such entity). Call again when the knowledge base has changed.
    void load(KnowledgeBase &kb, const std::string &organisationId = "csto");
    // `sourceLabels` maps a source id to what the tooltip shows for it.
    void setPeriods(std::vector<render::MembershipPeriod> periods,
                    QHash<QString, QString> sourceLabels);
    [[nodiscard]] const render::MembershipLayout &layout() const { return m_layout; }
    // Plain text: the bar's state, relation, dates, summary and sources; empty off the bars.
    [[nodiscard]] QString toolTipAt(QPointF point) const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return {360, 120}; }

signals:
    void linkActivated(const QString &link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    void setHovered(std::optional<std::size_t> bar);

    render::MembershipLayout m_layout;
    QHash<QString, QString> m_sourceLabels;
    std::optional<std::size_t> m_hovered; // the bar under the pointer or chosen by keyboard
    std::optional<QString> m_pressedLink;
};

} // namespace csto::app
