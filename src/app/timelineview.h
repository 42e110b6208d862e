// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, which this include pulls in; it needs none
// of it, as the signals only carry qint64.
#ifndef Q_MOC_RUN
#include <render/timelinelayout.h>
#endif

#include <QSet>
#include <QWidget>

#include <optional>
#include <utility>

namespace csto::app {

// The timeline pane: wheel zooms around the pointer, dragging pans, a click selects an event
// (a cluster zooms in on its events), a double click or Enter opens it; arrow keys move between
// events, + and - zoom, Home or 0 fits everything. Drawing and geometry are render's.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setItems(std::vector<render::TimelineItem> items);
    void setLanes(const QStringList &lanes);
    void setHighlighted(const QSet<qint64> &ids);
    // Shown in the middle of the view while it holds no events (e.g. while they load).
    void setPlaceholderText(const QString &text);
    // Outlines the event and scrolls it into view; does not emit eventSelected.
    void setSelected(std::optional<qint64> id);
    [[nodiscard]] std::optional<qint64> selected() const { return m_selected; }
    [[nodiscard]] const render::TimelineLayout &layout() const { return m_layout; }
    // The key to exact and uncertain dates: in a strip of its own along the bottom, below the
    // lanes and the "year not stated" strip (the layout's viewport ends above it), so no lane or
    // lane name is ever drawn under it.
    [[nodiscard]] QRectF legendRect() const;

    [[nodiscard]] QSize sizeHint() const override { return {900, 320}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {300, 180}; }

public slots:
    void fitAll();
    // Fits the highlighted events (the selection's), or everything when none is highlighted.
    void fitHighlighted();
    void zoomToYears(int firstYear, int lastYear);
    // Zooms around the selected event when it is in view (else the middle), keeping it in view.
    void zoomBy(double factor);

signals:
    void eventSelected(qint64 id);
    void eventActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The layout's viewport: the widget less the legend's strip.
    [[nodiscard]] QSizeF lanesSize() const;
    void select(qint64 id);
    void ensureVisible(qint64 id);
    // Where item `id` is drawn across the view (x of its first and after its last day); none
    // for an event whose year is not stated.
    [[nodiscard]] std::optional<std::pair<double, double>> spanOf(qint64 id) const;

    render::TimelineLayout m_layout;
    QSet<qint64> m_highlighted;
    std::optional<qint64> m_selected;
    QString m_placeholder;
    std::optional<QPointF> m_dragFrom;
    bool m_dragged = false;
};

} // namespace csto::app
