// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csto {

enum class EntityKind
{
    Organisation,
    Body,
    Force,
    State,
    Operation,
    Exercise,
    Person,
    Document
};
inline constexpr EntityKind kAllEntityKinds[] = {
    EntityKind::Organisation, EntityKind::Body,     EntityKind::Force,  EntityKind::State,
    EntityKind::Operation,    EntityKind::Exercise, EntityKind::Person, EntityKind::Document};

[[nodiscard]] std::string_view toString(EntityKind kind) noexcept;
[[nodiscard]] std::optional<EntityKind> entityKindFromString(std::string_view text) noexcept;
// The categories that refine a kind ("statutory" bodies, "treaty" documents); empty if none.
[[nodiscard]] std::span<const std::string_view> categoriesOf(EntityKind kind) noexcept;

// Relation types are open text in the store; these are the ones the data may use.
[[nodiscard]] std::span<const std::string_view> knownRelationTypes() noexcept;
// Why a relation of `type` cannot join an entity of kind `from` to one of kind `to` (an unknown
// type, or kinds data/README.md's relation table does not allow), or nullopt if it can.
[[nodiscard]] std::optional<std::string> relationEndsProblem(std::string_view type, EntityKind from,
                                                             EntityKind to);

// Where a record came from, for error messages: a file and an RFC 6901 JSON pointer.
struct Location
{
    std::string file;
    std::string pointer;
};

struct SourceRecord
{
    std::string id;
    std::string publisher;
    std::optional<PartialDate> published;
    std::string title;
    std::string language;
    std::optional<std::string> sha256;
    std::optional<std::string> file;
    Location where;
};

struct EntityRecord
{
    std::string id;
    EntityKind kind = EntityKind::Organisation;
    std::optional<std::string> category;
    std::string name;
    std::vector<std::string> aliases;
    std::optional<std::string> parent;
    std::string summary;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    // A source says it still exists as of its date (see RelationRecord::ongoing).
    bool ongoing = false;
    std::vector<std::string> sources;
    Location where;
};

struct EventRecord
{
    std::string id;
    PartialDate date = PartialDate::year(2000);
    std::optional<PartialDate> end;
    std::string title;
    std::string summary;
    std::optional<std::string> place;
    std::vector<std::string> participants;
    // Participant id -> role in the event, in the order given.
    std::vector<std::pair<std::string, std::string>> roles;
    std::vector<std::string> sources;
    Location where;
};

struct RelationRecord
{
    std::string type;
    std::string from;
    std::string to;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    // A source says the state of affairs is current as of its date ("ongoing"). False with no
    // end: the end is not stated, which claims nothing about whether the period still runs.
    bool ongoing = false;
    std::optional<std::string> role;
    std::optional<std::string> summary;
    std::vector<std::string> sources;
    Location where;
};

// A whole knowledge base (or part of one) as plain records, in the order they were read.
struct Dataset
{
    std::vector<SourceRecord> sources;
    std::vector<EntityRecord> entities;
    std::vector<EventRecord> events;
    std::vector<RelationRecord> relations;

    void append(Dataset &&other);
};

} // namespace csto
