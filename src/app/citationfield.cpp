// SPDX-License-Identifier: MIT
#include "citationfield.h"

#include "databaseguard.h"
#include "datefield.h"

#include <core/knowledgebase.h>
#include <render/labels.h>

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace csto::app {

CitationField::CitationField(KnowledgeBase &kb, DatabaseGuard *guard, QWidget *parent)
    : QWidget(parent), m_source(new QComboBox), m_note(new QWidget), m_noteText(new QPlainTextEdit),
      m_noteAuthor(new QLineEdit), m_noteDate(new DateField(DateField::Requirement::Required))
{
    m_source->setObjectName(QStringLiteral("citationSource"));
    // The note first: a correction by the analyst is the usual case in the window.
    m_source->addItem(tr("Analyst note"));
    std::vector<SourceInfo> sources;
    DatabaseGuard::run(guard, tr("Reading the sources"), [&] { sources = kb.sources(); });
    for (const auto &s : sources) {
        QString label = QString::fromStdString(s.publisher);
        if (s.published)
            label += QStringLiteral(", ") + render::humanDate(*s.published);
        label += QStringLiteral(": ") + QString::fromStdString(s.title);
        m_source->addItem(label, QString::fromStdString(s.id));
    }
    m_noteText->setPlaceholderText(tr("What you know and how you know it"));
    m_noteText->setTabChangesFocus(true);
    m_noteText->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_noteAuthor->setText(osUser());
    const QDate today = QDate::currentDate();
    m_noteDate->setDate(PartialDate::day(today.year(), today.month(), today.day()));

    auto *noteLayout = new QFormLayout(m_note);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addRow(tr("Note:"), m_noteText);
    noteLayout->addRow(tr("Author:"), m_noteAuthor);
    noteLayout->addRow(tr("Date:"), m_noteDate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_note);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_note->setVisible(isNote());
        emit changed();
    });
    connect(m_noteText, &QPlainTextEdit::textChanged, this, &CitationField::changed);
    connect(m_noteAuthor, &QLineEdit::textChanged, this, &CitationField::changed);
    connect(m_noteDate, &DateField::changed, this, &CitationField::changed);
}

QString CitationField::osUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // No login variables (a service, a container): the home folder is named after the user.
    return QDir::home().dirName();
}

bool CitationField::isNote() const
{
    return m_source->currentIndex() == 0;
}

Citation CitationField::citation() const
{
    Citation citation;
    if (isNote()) {
        AnalystNote note;
        note.text = m_noteText->toPlainText().trimmed().toStdString();
        note.author = m_noteAuthor->text().trimmed().toStdString();
        if (const auto date = m_noteDate->date())
            note.date = *date;
        citation.note = note;
    } else {
        citation.sourceId = m_source->currentData().toString().toStdString();
    }
    return citation;
}

QString CitationField::problem() const
{
    if (!isNote())
        return {};
    if (m_noteText->toPlainText().trimmed().isEmpty())
        return tr("The analyst note needs its text.");
    if (m_noteAuthor->text().trimmed().isEmpty())
        return tr("The analyst note needs an author.");
    if (!m_noteDate->isValid())
        return tr("The analyst note's date: %1").arg(m_noteDate->problem());
    return {};
}

} // namespace csto::app
