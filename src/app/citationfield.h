// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/curation.h>
#endif

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace csto {
class KnowledgeBase;
}

namespace csto::app {

class DatabaseGuard;
class DateField;

// Where a new fact comes from: one of the knowledge base's sources, or an analyst's note (its
// text, author — the operating-system user unless changed — and date, today unless changed),
// which becomes a source of its own.
class CitationField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationField)

public:
    CitationField(KnowledgeBase &kb, DatabaseGuard *guard, QWidget *parent = nullptr);

    [[nodiscard]] Citation citation() const;
    // Empty when the citation is complete.
    [[nodiscard]] QString problem() const;

    [[nodiscard]] QComboBox *sourceBox() const { return m_source; }
    [[nodiscard]] QPlainTextEdit *noteText() const { return m_noteText; }
    [[nodiscard]] QLineEdit *noteAuthor() const { return m_noteAuthor; }
    [[nodiscard]] DateField *noteDate() const { return m_noteDate; }

    // The operating system's name of the user: what a note's author defaults to.
    [[nodiscard]] static QString osUser();

signals:
    void changed();

private:
    [[nodiscard]] bool isNote() const;

    QComboBox *m_source;
    QWidget *m_note;
    QPlainTextEdit *m_noteText;
    QLineEdit *m_noteAuthor;
    DateField *m_noteDate;
};

} // namespace csto::app
