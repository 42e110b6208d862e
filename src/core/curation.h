// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"
#include "model.h"
#include "partialdate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The vocabulary of curation: what the store's write operations take and return, and the journal
// they keep. The operations themselves are KnowledgeBase's (knowledgebase.h).
namespace csto {

// An analyst's own statement, cited like an article: it becomes a source of its own.
struct AnalystNote
{
    std::string text;
    std::string author;
    PartialDate date = PartialDate::year(2000);
};

// Where a new fact comes from: an existing source (by id) or an analyst's note. Exactly one.
struct Citation
{
    std::optional<std::string> sourceId;
    std::optional<AnalystNote> note;
};

// One entry of the journal: one change, made in one transaction with it.
struct Change
{
    std::int64_t id = 0;
    std::string time;       // UTC, "2026-12-03T14:20:05Z"
    std::string user;       // the operating-system user who made it
    std::string action;     // add, edit, delete, merge, alias, accept, reject, revert
    std::string recordType; // entity, event, relation, source, proposal
    std::string recordId;   // an entity's or event's id, "relation-12", "proposal-7"
    std::string label;      // for menus and lists: "Merge 'CSTO Joint Staff' into 'Joint Staff'"
    std::string before;     // the record in the export format before; empty if it did not exist
    std::string after;      // ...and after; empty once deleted
    std::optional<std::int64_t> reverts; // the change this one undid
};

// What a write did: its journal entry and the record it made or changed.
struct ChangeResult
{
    std::int64_t changeId = 0;
    std::string recordId;
};

// How a proposal is accepted: as proposed, with its kind or parent chosen, or as the same as a
// known record (an entity proposal becomes an alias of `sameAs`; an event proposal cites its
// article on the known event `sameAs`).
struct AcceptChoice
{
    std::optional<EntityKind> kind;
    std::optional<std::string> parent;
    std::optional<std::string> sameAs;
};

// A record that refers to one about to be deleted.
struct Dependant
{
    std::string recordType; // entity, event, relation
    std::string recordId;
    std::string description; // "Joint Staff is part of it", "member_of relation from Armenia"
};

// Bad input to a write that the user can fix (unknown id or field, a bad date, a merge into
// itself, a cycle in the tree, a relation type that does not fit its ends). Nothing was changed.
class CurationError : public Error
{
public:
    using Error::Error;
};

// A delete refused because other records depend on the record; the message lists them.
class DependantsError : public CurationError
{
public:
    DependantsError(const std::string &message, std::vector<Dependant> dependants)
        : CurationError(message), m_dependants(std::move(dependants))
    {}
    [[nodiscard]] const std::vector<Dependant> &dependants() const noexcept { return m_dependants; }

private:
    std::vector<Dependant> m_dependants;
};

// A revert refused because a later change touched the same rows; the message names it.
class RevertConflictError : public CurationError
{
public:
    RevertConflictError(const std::string &message, std::int64_t laterChangeId)
        : CurationError(message), m_laterChangeId(laterChangeId)
    {}
    [[nodiscard]] std::int64_t laterChangeId() const noexcept { return m_laterChangeId; }

private:
    std::int64_t m_laterChangeId;
};

// The fields `csto-kb edit --set FIELD=VALUE` and the edit dialogs change, by name. Each throws
// CurationError naming the field for an unknown field or a value that does not parse ("start":
// not a date). Lists (aliases, participants, sources) are changed through their own operations.
void setField(EntityRecord &record, std::string_view field, std::string_view value);
void setField(EventRecord &record, std::string_view field, std::string_view value);
void setField(RelationRecord &record, std::string_view field, std::string_view value);

} // namespace csto
