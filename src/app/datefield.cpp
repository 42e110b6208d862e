// SPDX-License-Identifier: MIT
#include "datefield.h"

#include <core/error.h>
#include <render/labels.h>

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace csto::app {
namespace {

// Month names as people type them: English in full or abbreviated, Russian in the nominative
// and the genitive ("май", "мая"); matched ignoring case.
int monthFromName(const QString &word)
{
    static const std::array<const char *, 12> english = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static const std::array<const char *, 12> russianNominative = {
        "январь", "февраль", "март",     "апрель",  "май",    "июнь",
        "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
    static const std::array<const char *, 12> russianGenitive = {
        "января", "февраля", "марта",    "апреля",  "мая",    "июня",
        "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    const QString lower = word.toLower();
    for (std::size_t i = 0; i < english.size(); ++i) {
        const QString name = QString::fromLatin1(english[i]);
        if (lower == name || (lower.size() >= 3 && name.startsWith(lower)) ||
            lower == QString::fromUtf8(russianNominative[i]) ||
            lower == QString::fromUtf8(russianGenitive[i]))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

bool isNumber(const QString &word)
{
    return !word.isEmpty() &&
           std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

DateField::Reading DateField::read(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return {};
    try {
        // "May 2002", "14 May 2002", "14 мая 2002 г.": words become the ISO form core parses,
        // so the day and month checks are core's.
        QStringList words = trimmed.split(QLatin1Char(' '));
        if (words.size() > 1 &&
            (words.last() == QStringLiteral("г.") || words.last() == QStringLiteral("г")))
            words.removeLast();
        QString iso = trimmed;
        if (words.size() == 2 && monthFromName(words[0]) > 0 && isNumber(words[1])) {
            iso = QStringLiteral("%1-%2").arg(words[1]).arg(monthFromName(words[0]), 2, 10,
                                                            QLatin1Char('0'));
        } else if (words.size() == 3 && isNumber(words[0]) && monthFromName(words[1]) > 0 &&
                   isNumber(words[2])) {
            iso = QStringLiteral("%1-%2-%3")
                      .arg(words[2])
                      .arg(monthFromName(words[1]), 2, 10, QLatin1Char('0'))
                      .arg(words[0].toInt(), 2, 10, QLatin1Char('0'));
        } else if (words.size() > 1) {
            return {std::nullopt,
                    tr("not a date: write 2002, May 2002, 2002-05-14 or --06-17 (no year)")};
        }
        return {PartialDate::parse(iso.toStdString()), QString()};
    } catch (const DateError &error) {
        return {std::nullopt, QString::fromUtf8(error.what())};
    }
}

DateField::DateField(Requirement requirement, QWidget *parent)
    : QWidget(parent), m_requirement(requirement), m_edit(new QLineEdit), m_reading(new QLabel)
{
    m_edit->setPlaceholderText(tr("2002, May 2002, 2002-05-14 or --06-17"));
    m_reading->setTextFormat(Qt::PlainText);
    m_reading->setObjectName(QStringLiteral("dateReading"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_reading);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        update();
        emit changed();
    });
    update();
}

void DateField::setDate(const std::optional<PartialDate> &date)
{
    m_edit->setText(date ? QString::fromStdString(date->toIso()) : QString());
}

std::optional<PartialDate> DateField::date() const
{
    return read(m_edit->text()).date;
}

QString DateField::problem() const
{
    const Reading reading = read(m_edit->text());
    if (!reading.problem.isEmpty())
        return reading.problem;
    if (!reading.date && m_requirement == Requirement::Required)
        return tr("a date is needed");
    return {};
}

QString DateField::readingText() const
{
    return m_reading->text();
}

void DateField::update()
{
    const Reading reading = read(m_edit->text());
    QPalette palette = m_reading->palette();
    palette.setColor(QPalette::WindowText, reading.problem.isEmpty() ? QColor(0x5b, 0x65, 0x72)
                                                                     : QColor(0xb0, 0x20, 0x20));
    m_reading->setPalette(palette);
    if (reading.date)
        m_reading->setText(tr("reads: %1").arg(render::humanDate(*reading.date)));
    else if (!reading.problem.isEmpty())
        m_reading->setText(reading.problem);
    else
        m_reading->setText(m_requirement == Requirement::Required ? tr("a date is needed")
                                                                  : tr("not stated"));
}

} // namespace csto::app
