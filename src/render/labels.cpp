// SPDX-License-Identifier: MIT
#include "labels.h"

#include "translation.h"

#include <QCoreApplication>

namespace csto::render {
namespace {

// lupdate files the tr() calls of free functions under their namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("csto::render", text);
}

} // namespace

QString kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return tr("Organisation");
    case EntityKind::Body:
        return tr("Body");
    case EntityKind::Force:
        return tr("Force");
    case EntityKind::State:
        return tr("State");
    case EntityKind::Operation:
        return tr("Operation");
    case EntityKind::Exercise:
        return tr("Exercise");
    case EntityKind::Person:
        return tr("Person");
    case EntityKind::Document:
        return tr("Document");
    }
    return {};
}

QString kindPluralLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return tr("Organisations");
    case EntityKind::Body:
        return tr("Bodies");
    case EntityKind::Force:
        return tr("Forces");
    case EntityKind::State:
        return tr("States");
    case EntityKind::Operation:
        return tr("Operations");
    case EntityKind::Exercise:
        return tr("Exercises");
    case EntityKind::Person:
        return tr("People");
    case EntityKind::Document:
        return tr("Documents");
    }
    return {};
}

QString relationPhrase(const std::string &type)
{
    static const std::pair<const char *, const char *> phrases[] = {
        {"member_of", QT_TRANSLATE_NOOP("csto::render", "member of")},
        {"party_to", QT_TRANSLATE_NOOP("csto::render", "party to")},
        {"observer_of", QT_TRANSLATE_NOOP("csto::render", "observer at")},
        {"partner_of", QT_TRANSLATE_NOOP("csto::render", "partner of")},
        {"chairs", QT_TRANSLATE_NOOP("csto::render", "chairs")},
        {"holds_office", QT_TRANSLATE_NOOP("csto::render", "holds office in")},
        {"conducts", QT_TRANSLATE_NOOP("csto::render", "conducts")},
        {"adopted", QT_TRANSLATE_NOOP("csto::render", "adopted")},
        {"signed", QT_TRANSLATE_NOOP("csto::render", "signed")},
        {"established", QT_TRANSLATE_NOOP("csto::render", "established")},
        {"participates_in", QT_TRANSLATE_NOOP("csto::render", "takes part in")},
        {"amends", QT_TRANSLATE_NOOP("csto::render", "amends")},
    };
    for (const auto &[key, phrase] : phrases) {
        if (type == key)
            return tr(phrase);
    }
    return QString::fromStdString(type).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString categoryLabel(const std::string &category)
{
    // The categories of data/kb; each belongs to one kind, so an adjective agrees with that
    // kind's noun in languages that need it ("standing" operation, "statutory" body).
    static const std::pair<const char *, const char *> labels[] = {
        {"address", QT_TRANSLATE_NOOP("csto::render", "address")},
        {"agreement", QT_TRANSLATE_NOOP("csto::render", "agreement")},
        {"budget", QT_TRANSLATE_NOOP("csto::render", "budget")},
        {"centre", QT_TRANSLATE_NOOP("csto::render", "centre")},
        {"charter", QT_TRANSLATE_NOOP("csto::render", "charter")},
        {"collective", QT_TRANSLATE_NOOP("csto::render", "collective")},
        {"decision", QT_TRANSLATE_NOOP("csto::render", "decision")},
        {"declaration", QT_TRANSLATE_NOOP("csto::render", "declaration")},
        {"international", QT_TRANSLATE_NOOP("csto::render", "international")},
        {"list", QT_TRANSLATE_NOOP("csto::render", "list")},
        {"national", QT_TRANSLATE_NOOP("csto::render", "national")},
        {"plan", QT_TRANSLATE_NOOP("csto::render", "plan")},
        {"programme", QT_TRANSLATE_NOOP("csto::render", "programme")},
        {"protocol", QT_TRANSLATE_NOOP("csto::render", "protocol")},
        {"regulation", QT_TRANSLATE_NOOP("csto::render", "regulation")},
        {"resolution", QT_TRANSLATE_NOOP("csto::render", "resolution")},
        {"special", QT_TRANSLATE_NOOP("csto::render", "special")},
        {"standing", QT_TRANSLATE_NOOP("csto::render", "standing")},
        {"statement", QT_TRANSLATE_NOOP("csto::render", "statement")},
        {"statutory", QT_TRANSLATE_NOOP("csto::render", "statutory")},
        {"strategy", QT_TRANSLATE_NOOP("csto::render", "strategy")},
        {"subsidiary", QT_TRANSLATE_NOOP("csto::render", "subsidiary")},
        {"treaty", QT_TRANSLATE_NOOP("csto::render", "treaty")},
        {"unit", QT_TRANSLATE_NOOP("csto::render", "unit")},
        {"working", QT_TRANSLATE_NOOP("csto::render", "working")},
    };
    for (const auto &[key, label] : labels) {
        if (category == key)
            return tr(label);
    }
    return QString::fromStdString(category);
}

DateLanguage dateLanguage()
{
    return uiLanguage() == QLocale::Russian ? DateLanguage::Russian : DateLanguage::English;
}

QString humanDate(const PartialDate &date)
{
    return QString::fromStdString(date.toHuman(dateLanguage()));
}

QString humanRange(const PartialDate &start, const std::optional<PartialDate> &end)
{
    return QString::fromStdString(formatHumanRange(start, end, dateLanguage()));
}

namespace {

// The date as it reads after "с" or "до": only a month alone changes ("май" -> "мая"), and its
// genitive is the one core writes after a day ("1 мая 2002 г." without "1 ").
QString afterPreposition(const PartialDate &date)
{
    if (dateLanguage() == DateLanguage::Russian &&
        date.precision() == PartialDate::Precision::Month) {
        const auto first = PartialDate::day(date.yearValue(), date.monthValue(), 1);
        return QString::fromStdString(first.toHuman(DateLanguage::Russian)).mid(2);
    }
    return humanDate(date);
}

} // namespace

QString humanSince(const PartialDate &start)
{
    return tr("since %1").arg(afterPreposition(start));
}

QString humanUntil(const PartialDate &end)
{
    return tr("until %1").arg(afterPreposition(end));
}

QString humanSourcesUpTo(const PartialDate &latest)
{
    // To the month: a day would read as if the sources were checked on it.
    const auto month = latest.precision() == PartialDate::Precision::Day
                           ? PartialDate::month(latest.yearValue(), latest.monthValue())
                           : latest;
    return tr("sources up to %1").arg(afterPreposition(month));
}

QStringList humanPeriodParts(const std::optional<PartialDate> &start,
                             const std::optional<PartialDate> &end, bool ongoing)
{
    if (start && end)
        return {humanRange(*start, end)};
    if (end)
        return {humanUntil(*end), tr("start not stated")};
    if (start)
        return ongoing
                   ? QStringList{humanSince(*start), tr("current")}
                   : QStringList{tr("from %1").arg(afterPreposition(*start)), tr("end not stated")};
    return ongoing ? QStringList{tr("current")} : QStringList{};
}

QString humanPeriod(const std::optional<PartialDate> &start, const std::optional<PartialDate> &end,
                    bool ongoing, const std::optional<PartialDate> &sourcesUpTo)
{
    QStringList parts = humanPeriodParts(start, end, ongoing);
    if (ongoing && !end)
        parts.back() =
            tr("current (%1)")
                .arg(sourcesUpTo ? humanSourcesUpTo(*sourcesUpTo) : tr("as its sources say"));
    return parts.join(QStringLiteral(", "));
}

QString humanEntityPeriod(EntityKind kind, const std::optional<PartialDate> &start,
                          const std::optional<PartialDate> &end, bool ongoing,
                          const std::optional<PartialDate> &sourcesUpTo)
{
    if (kind == EntityKind::Document && start && !end && !ongoing)
        return humanDate(*start);
    return humanPeriod(start, end, ongoing, sourcesUpTo);
}

bool isMostlyCyrillic(const QString &text)
{
    int letters = 0;
    int cyrillic = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() == QChar::Script_Cyrillic)
            ++cyrillic;
    }
    return letters > 0 && cyrillic * 2 > letters;
}

QString displayName(const std::string &name, const std::vector<std::string> &aliases,
                    QLocale::Language language)
{
    if (language == QLocale::Russian) {
        QString abbreviation;
        for (const auto &alias : aliases) {
            const QString text = QString::fromStdString(alias);
            if (!isMostlyCyrillic(text))
                continue;
            if (text != text.toUpper())
                return text;
            if (abbreviation.isEmpty())
                abbreviation = text;
        }
        if (!abbreviation.isEmpty())
            return abbreviation;
    }
    return QString::fromStdString(name);
}

QString displayName(const std::string &name, const std::vector<std::string> &aliases)
{
    return displayName(name, aliases, uiLanguage());
}

QStringList otherNames(const std::string &name, const std::vector<std::string> &aliases,
                       const QString &title)
{
    QStringList names;
    if (title != QString::fromStdString(name))
        names << QString::fromStdString(name);
    for (const auto &alias : aliases) {
        if (QString::fromStdString(alias) != title)
            names << QString::fromStdString(alias);
    }
    return names;
}

QString displayName(KnowledgeBase &kb, const EntityHeader &entity)
{
    if (uiLanguage() != QLocale::Russian)
        return QString::fromStdString(entity.name);
    return displayName(entity.name, kb.aliases(entity.rowId), QLocale::Russian);
}

} // namespace csto::render
