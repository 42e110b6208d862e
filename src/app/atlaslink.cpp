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
    }
    return {};
}

QString AtlasLink::article(const QString &sourceId)
{
    return QStringLiteral("atlas:article/") + sourceId;
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
        QStringLiteral("^atlas:(entity|event|article)/([a-z0-9-]+)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString kind = match.captured(1);
    const Target target = kind == QLatin1String("entity")  ? Target::Entity
                          : kind == QLatin1String("event") ? Target::Event
                                                           : Target::Article;
    return AtlasLink{target, match.captured(2)};
}

} // namespace csto::app
