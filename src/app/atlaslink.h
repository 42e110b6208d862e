// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace csto::app {

// Internal links between cards, tree and timeline: "atlas:entity/<id>", "atlas:event/<id>" and
// "atlas:article/<source id>" (an imported article's text); and the card's links that act
// rather than show: "atlas:relation/relation-<n>" (edit the relation) and "atlas:revert/<change>"
// (revert one change of the journal).
// Ids are slugs ([a-z0-9-]), so a link never needs escaping beyond what the card applies.
struct AtlasLink
{
    enum class Target
    {
        Entity,
        Event,
        Article,
        Relation,
        Revert
    };
    Target target = Target::Entity;
    QString id;

    [[nodiscard]] QString toString() const;
    // nullopt for anything else (http:, file:, malformed): such links are never followed.
    [[nodiscard]] static std::optional<AtlasLink> parse(const QString &text);
    [[nodiscard]] static QString entity(const QString &id);
    [[nodiscard]] static QString event(const QString &id);
    [[nodiscard]] static QString article(const QString &sourceId);
    [[nodiscard]] static QString relation(const QString &relationId);
    [[nodiscard]] static QString revert(qint64 changeId);

    bool operator==(const AtlasLink &) const = default;
};

} // namespace csto::app
