// SPDX-License-Identifier: MIT
#include "atlaslink.h"

#include <QRegularExpression>

namespace csto::app {

QString AtlasLink::toString() const
{
    return target == Target::Entity ? entity(id) : event(id);
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
    static const QRegularExpression pattern(QStringLiteral("^atlas:(entity|event)/([a-z0-9-]+)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return AtlasLink{match.captured(1) == QLatin1String("entity") ? Target::Entity : Target::Event,
                     match.captured(2)};
}

} // namespace csto::app
