// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace csto::app {

// Internal links between cards, tree and timeline: "atlas:entity/<id>", "atlas:event/<id>" and
// "atlas:article/<source id>" (an imported article's text).
// Ids are slugs ([a-z0-9-]), so a link never needs escaping beyond what the card applies.
struct AtlasLink
{
    enum class Target
    {
        Entity,
        Event,
        Article
    };
    Target target = Target::Entity;
    QString id;

    [[nodiscard]] QString toString() const;
    // nullopt for anything else (http:, file:, malformed): such links are never followed.
    [[nodiscard]] static std::optional<AtlasLink> parse(const QString &text);
    [[nodiscard]] static QString entity(const QString &id);
    [[nodiscard]] static QString event(const QString &id);
    [[nodiscard]] static QString article(const QString &sourceId);

    bool operator==(const AtlasLink &) const = default;
};

} // namespace csto::app
