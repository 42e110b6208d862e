// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace csto {
class KnowledgeBase;
}

namespace csto::app {

class DatabaseGuard;

// Search as you type (Ctrl+K / Ctrl+F): a popup with a query field and the ranked hits grouped
// by kind, driven from the keyboard: Up/Down move, Enter opens, Escape closes.
class SearchPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPopup)

public:
    // A search the knowledge base cannot answer (a damaged file) is reported to `guard`.
    SearchPopup(KnowledgeBase &kb, QWidget *parent, DatabaseGuard *guard = nullptr);

    // Shows the popup below the top edge of `area` (global coordinates), query selected.
    void showOver(const QRect &area);
    void setQuery(const QString &query);
    [[nodiscard]] QString query() const;

    // The hits as shown: atlas: links in display order, and the group heading of each.
    [[nodiscard]] QStringList resultLinks() const;
    [[nodiscard]] QStringList resultGroups() const;
    [[nodiscard]] QString currentLink() const;

signals:
    void linkActivated(const QString &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateResults();
    void moveCurrent(int step);
    void activate(QTreeWidgetItem *item);

    KnowledgeBase &m_kb;
    DatabaseGuard *m_guard;
    QLineEdit *m_query;
    QTreeWidget *m_results;
};

} // namespace csto::app
