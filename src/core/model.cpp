// SPDX-License-Identifier: MIT
#include "model.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace csto {
namespace {

constexpr std::array<std::string_view, 8> kKindNames = {
    "organisation", "body", "force", "state", "operation", "exercise", "person", "document"};

constexpr std::string_view kOrganisationCategories[] = {"international"};
constexpr std::string_view kBodyCategories[] = {"statutory", "subsidiary", "working", "centre",
                                                "national"};
constexpr std::string_view kForceCategories[] = {"collective", "unit"};
constexpr std::string_view kOperationCategories[] = {"standing", "special"};
constexpr std::string_view kDocumentCategories[] = {
    "treaty",     "charter",   "protocol",    "strategy",   "plan",
    "programme",  "statement", "declaration", "decision",   "agreement",
    "resolution", "address",   "budget",      "regulation", "list"};

constexpr std::string_view kRelationTypes[] = {
    "member_of", "party_to", "observer_of", "partner_of",  "chairs",          "holds_office",
    "conducts",  "adopted",  "signed",      "established", "participates_in", "amends"};

constexpr unsigned bit(EntityKind kind)
{
    return 1u << static_cast<unsigned>(kind);
}
constexpr unsigned kAnyKind = 0xffu;

// Which kinds each relation type joins: data/README.md's relation table, widened where the curated
// data already uses more (an organisation adopts a document; a body is a partner of an
// organisation), so that editing an existing relation never has it refused.
struct RelationEnds
{
    std::string_view type;
    unsigned from;
    unsigned to;
};
using K = EntityKind;
constexpr RelationEnds kRelationEnds[] = {
    {"member_of", bit(K::State), bit(K::Organisation)},
    {"party_to", bit(K::State), bit(K::Document)},
    {"observer_of", bit(K::Organisation) | bit(K::State), bit(K::Organisation) | bit(K::Body)},
    {"partner_of", bit(K::Organisation) | bit(K::State) | bit(K::Body), bit(K::Organisation)},
    {"chairs", bit(K::State), bit(K::Organisation)},
    {"holds_office", bit(K::Person), bit(K::Body) | bit(K::State) | bit(K::Organisation)},
    {"conducts", bit(K::Body) | bit(K::Organisation), bit(K::Operation) | bit(K::Exercise)},
    {"adopted", bit(K::Body) | bit(K::Organisation), bit(K::Document)},
    {"signed", bit(K::State) | bit(K::Person), bit(K::Document)},
    {"established", bit(K::Body) | bit(K::Document),
     bit(K::Body) | bit(K::Force) | bit(K::Organisation)},
    {"participates_in", kAnyKind, bit(K::Operation) | bit(K::Exercise) | bit(K::Body)},
    {"amends", bit(K::Document), bit(K::Document)},
};
static_assert(std::size(kRelationEnds) == std::size(kRelationTypes));

std::string kindList(unsigned kinds)
{
    if (kinds == kAnyKind)
        return "any kind";
    std::string text;
    for (const auto kind : kAllEntityKinds) {
        if (kinds & bit(kind))
            text += (text.empty() ? "" : "/") + std::string(toString(kind));
    }
    return text;
}

template <typename Range> void moveAppend(Range &to, Range &from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

} // namespace

std::string_view toString(EntityKind kind) noexcept
{
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<EntityKind> entityKindFromString(std::string_view text) noexcept
{
    const auto it = std::find(kKindNames.begin(), kKindNames.end(), text);
    if (it == kKindNames.end())
        return std::nullopt;
    return static_cast<EntityKind>(std::distance(kKindNames.begin(), it));
}

std::span<const std::string_view> categoriesOf(EntityKind kind) noexcept
{
    switch (kind) {
    case EntityKind::Organisation:
        return kOrganisationCategories;
    case EntityKind::Body:
        return kBodyCategories;
    case EntityKind::Force:
        return kForceCategories;
    case EntityKind::Operation:
        return kOperationCategories;
    case EntityKind::Document:
        return kDocumentCategories;
    case EntityKind::State:
    case EntityKind::Exercise:
    case EntityKind::Person:
        break;
    }
    return {};
}

std::span<const std::string_view> knownRelationTypes() noexcept
{
    return kRelationTypes;
}

std::optional<std::string> relationEndsProblem(std::string_view type, EntityKind from,
                                               EntityKind to)
{
    const auto *ends = std::find_if(std::begin(kRelationEnds), std::end(kRelationEnds),
                                    [&](const RelationEnds &e) { return e.type == type; });
    if (ends == std::end(kRelationEnds))
        return "unknown relation type \"" + std::string(type) + "\"";
    if ((ends->from & bit(from)) && (ends->to & bit(to)))
        return std::nullopt;
    return "a " + std::string(type) + " relation joins " + kindList(ends->from) + " to " +
           kindList(ends->to) + ", not " + std::string(toString(from)) + " to " +
           std::string(toString(to));
}

void Dataset::append(Dataset &&other)
{
    moveAppend(sources, other.sources);
    moveAppend(entities, other.entities);
    moveAppend(events, other.events);
    moveAppend(relations, other.relations);
}

} // namespace csto
