// SPDX-License-Identifier: MIT
#include "articleview.h"

#include "atlaslink.h"
#include "kindicons.h"

#include <core/knowledgebase.h>
#include <render/labels.h>

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace csto::app {
namespace {

// UTF-8 byte offsets of the stored text as positions in the QString shown (UTF-16).
class OffsetMap
{
public:
    explicit OffsetMap(const std::string &text) : m_text(text) {}
    [[nodiscard]] int position(std::size_t byteOffset) const
    {
        return static_cast<int>(QString::fromUtf8(m_text.data(), static_cast<qsizetype>(std::min(
                                                                     byteOffset, m_text.size())))
                                    .size());
    }

private:
    const std::string &m_text;
};

const QColor kHighlight(0xff, 0xe5, 0x8a);

// Marks are drawn over the text (extra selections), never written into the document's formats:
// setPlainText() gives the next article the character format at the cursor, so a mark written
// into the text spread over the whole of every later article.
QTextEdit::ExtraSelection mark(QPlainTextEdit *view, int from, int to,
                               const QTextCharFormat &format)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    return {cursor, format};
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_text(new QPlainTextEdit), m_mentions(new QListWidget)
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_mentions->setObjectName(QStringLiteral("articleMentions"));
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_text);
    splitter->addWidget(m_mentions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(splitter);
    connect(m_mentions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit linkActivated(item->data(Qt::UserRole).toString());
    });
}

void ArticleView::showArticle(const Article &article,
                              const std::vector<std::pair<std::size_t, std::size_t>> &highlights)
{
    QString title = QString::fromStdString(article.source.publisher);
    if (article.source.published)
        title += QStringLiteral(", ") + render::humanDate(*article.source.published);
    m_title->setText(title + QStringLiteral(": ") + QString::fromStdString(article.source.title));
    m_text->setPlainText(QString::fromStdString(article.text));
    const OffsetMap map(article.text);

    QTextCharFormat mentionFormat;
    mentionFormat.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    mentionFormat.setUnderlineColor(QColor(0x2f, 0x6f, 0xc4));
    m_mentions->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const auto &m : article.mentions) {
        marks << mark(m_text, map.position(m.offset), map.position(m.offset + m.length),
                      mentionFormat);
        const QString written = QString::fromStdString(article.text.substr(m.offset, m.length));
        auto *item = new QListWidgetItem(
            iconForKind(m.entity.kind),
            QString::fromStdString(m.entity.name) +
                (written == QString::fromStdString(m.entity.name)
                     ? QString()
                     : QStringLiteral(" \u2014 \u201c") + written + QStringLiteral("\u201d")),
            m_mentions);
        item->setData(Qt::UserRole, AtlasLink::entity(QString::fromStdString(m.entity.id)));
    }

    QTextCharFormat highlight;
    highlight.setBackground(kHighlight);
    m_highlighted.clear();
    for (const auto &[offset, length] : highlights) {
        const int from = map.position(offset);
        const int to = map.position(offset + length);
        marks << mark(m_text, from, to, highlight);
        m_highlighted += m_text->toPlainText().mid(from, to - from);
    }
    m_text->setExtraSelections(marks);
    if (!highlights.empty()) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(map.position(highlights.front().first));
        m_text->setTextCursor(cursor);
        // Centre it once the view has its final size (it may have just been shown).
        QTimer::singleShot(0, m_text, [text = m_text] { text->centerCursor(); });
    }
}

QString ArticleView::highlightedText() const
{
    return m_highlighted;
}

std::vector<std::pair<int, int>> ArticleView::highlightedRanges() const
{
    std::vector<std::pair<int, int>> ranges;
    for (auto block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto fragment = it.fragment();
            if (fragment.charFormat().background().color() == kHighlight)
                ranges.emplace_back(fragment.position(), fragment.position() + fragment.length());
        }
    }
    for (const auto &selection : m_text->extraSelections()) {
        if (selection.format.background().color() == kHighlight)
            ranges.emplace_back(selection.cursor.selectionStart(), selection.cursor.selectionEnd());
    }
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    return merged;
}

int ArticleView::mentionCount() const
{
    return m_mentions->count();
}

} // namespace csto::app
