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

void Dataset::append(Dataset &&other)
{
    moveAppend(sources, other.sources);
    moveAppend(entities, other.entities);
    moveAppend(events, other.events);
    moveAppend(relations, other.relations);
}

} // namespace csto
