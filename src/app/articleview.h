// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <cstddef>
#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace csto {
struct Article;
}

namespace csto::app {

// An imported article as plain text (nothing in it can act as markup), the entity mentions found
// in it listed beside and marked in the text, and the passages behind a fact highlighted.
class ArticleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);

    // `highlights` are byte ranges of the stored UTF-8 text; the first is scrolled into view.
    void showArticle(const Article &article,
                     const std::vector<std::pair<std::size_t, std::size_t>> &highlights);
    [[nodiscard]] QString highlightedText() const;
    // The character ranges [from, to) of the text drawn with the highlight's background, whatever
    // draws them (overlapping and touching ranges joined).
    [[nodiscard]] std::vector<std::pair<int, int>> highlightedRanges() const;
    [[nodiscard]] int mentionCount() const;

signals:
    void linkActivated(const QString &link);

private:
    QLabel *m_title;
    QPlainTextEdit *m_text;
    QListWidget *m_mentions;
    QString m_highlighted;
};

} // namespace csto::app
