// SPDX-License-Identifier: MIT
#include "atlaslink.h"

#include <QRegularExpression>

namespace csto::app {

QString AtlasLink::toString() const
{
    switch (target) {
    case Target::Entity:
        return entity(id);
    case Target::Event:
        return event(id);
    case Target::Article:
        return article(id);
    case Target::Relation:
        return relation(id);
    case Target::Revert:
        return QStringLiteral("atlas:revert/") + id;
    }
    return {};
}

QString AtlasLink::article(const QString &sourceId)
{
    return QStringLiteral("atlas:article/") + sourceId;
}

QString AtlasLink::relation(const QString &relationId)
{
    return QStringLiteral("atlas:relation/") + relationId;
}

QString AtlasLink::revert(qint64 changeId)
{
    return QStringLiteral("atlas:revert/") + QString::number(changeId);
}

QString AtlasLink::entity(const QString &id)
{
    return QStringLiteral("atlas:entity/") + id;
}

QString AtlasLink::event(const QString &id)
{
    return QStringLiteral("atlas:event/") + id;
}

std::optional<AtlasLink> AtlasLink::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^atlas:(entity|event|article|relation)/([a-z0-9-]+)$"));
    static const QRegularExpression revertPattern(
        QStringLiteral("^atlas:revert/([1-9][0-9]{0,17})$"));
    if (const auto revert = revertPattern.match(text); revert.hasMatch())
        return AtlasLink{Target::Revert, revert.captured(1)};
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString kind = match.captured(1);
    const Target target = kind == QLatin1String("entity")     ? Target::Entity
                          : kind == QLatin1String("event")    ? Target::Event
                          : kind == QLatin1String("relation") ? Target::Relation
                                                              : Target::Article;
    return AtlasLink{target, match.captured(2)};
}

} // namespace csto::app
