// SPDX-License-Identifier: MIT
#include "labels.h"

#include <QCoreApplication>

namespace csto::render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csto::render::Labels", text);
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
        {"member_of", QT_TRANSLATE_NOOP("csto::render::Labels", "member of")},
        {"party_to", QT_TRANSLATE_NOOP("csto::render::Labels", "party to")},
        {"observer_of", QT_TRANSLATE_NOOP("csto::render::Labels", "observer at")},
        {"partner_of", QT_TRANSLATE_NOOP("csto::render::Labels", "partner of")},
        {"chairs", QT_TRANSLATE_NOOP("csto::render::Labels", "chairs")},
        {"holds_office", QT_TRANSLATE_NOOP("csto::render::Labels", "holds office in")},
        {"conducts", QT_TRANSLATE_NOOP("csto::render::Labels", "conducts")},
        {"adopted", QT_TRANSLATE_NOOP("csto::render::Labels", "adopted")},
        {"signed", QT_TRANSLATE_NOOP("csto::render::Labels", "signed")},
        {"established", QT_TRANSLATE_NOOP("csto::render::Labels", "established")},
        {"participates_in", QT_TRANSLATE_NOOP("csto::render::Labels", "takes part in")},
        {"amends", QT_TRANSLATE_NOOP("csto::render::Labels", "amends")},
    };
    for (const auto &[key, phrase] : phrases) {
        if (type == key)
            return tr(phrase);
    }
    return QString::fromStdString(type).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace csto::render
