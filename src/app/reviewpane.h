// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <cstddef>
#include <cstdint>

class QPushButton;
class QTreeWidget;

namespace csto {
class KnowledgeBase;
}

namespace csto::app {

class DatabaseGuard;

// The proposals of imports waiting for review: the user accepts, edits (date, title,
// participants) or rejects each, or accepts them all. Nothing proposed enters the knowledge base
// before that.
class ReviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPane)

public:
    // The buttons' reading and writing failures (a damaged file) are reported to `guard`.
    ReviewPane(KnowledgeBase &kb, QWidget *parent = nullptr, DatabaseGuard *guard = nullptr);

    void reload();
    [[nodiscard]] int pendingCount() const;
    void selectRow(int row);
    // Selects the first proposal if none is selected, so its evidence is shown.
    void showFirst();
    void acceptCurrent();
    void rejectCurrent();
    void acceptAll();
    void editCurrent();

signals:
    // The evidence of the selected proposal, to show in the article viewer.
    void evidenceSelected(const QString &sourceId, std::size_t offset, std::size_t length);
    // Something was accepted: the tree, timeline and counts need refreshing.
    void knowledgeBaseChanged();

private:
    [[nodiscard]] std::int64_t currentProposal() const;
    void updateButtons();

    KnowledgeBase &m_kb;
    DatabaseGuard *m_guard;
    QTreeWidget *m_list;
    QPushButton *m_accept;
    QPushButton *m_edit;
    QPushButton *m_reject;
    QPushButton *m_acceptAll;
};

} // namespace csto::app
