// SPDX-License-Identifier: MIT
#include "curationcommands.h"

#include "commands.h"
#include "commandsupport.h"
#include "jsonoutput.h"
#include "textoutput.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <ostream>
#include <pwd.h>
#include <unistd.h>

namespace csto::cli {
namespace {

const OptionSpec kAddEntityOptions = {{"--kind", "--name", "--category", "--parent", "--alias",
                                       "--summary", "--start", "--end", "--source", "--note",
                                       "--note-author", "--note-date"},
                                      {"--json"}};
const OptionSpec kAddEventOptions = {{"--date", "--end", "--title", "--summary", "--place",
                                      "--participant", "--source", "--note", "--note-author",
                                      "--note-date"},
                                     {"--json"}};
const OptionSpec kAddRelationOptions = {{"--type", "--from", "--to", "--start", "--end", "--role",
                                         "--source", "--note", "--note-author", "--note-date"},
                                        {"--json"}};

// Every entity has a summary in the export format; --summary is optional on the command line, as
// in the window, for a fact recorded before it is described.
constexpr const char *kNotDescribedYet = "Not described yet.";

// The operating-system user: who an analyst's note is by unless --note-author says otherwise
// (the journal records the same user).
std::string operatingSystemUser()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return entry->pw_name;
    for (const char *variable : {"USER", "LOGNAME"}) {
        if (const char *value = std::getenv(variable); value && *value)
            return value;
    }
    return "unknown";
}

PartialDate today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return PartialDate::day(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string requiredValue(const Arguments &args, const std::string &name, const char *what)
{
    auto value = args.value(name);
    if (!value)
        throw UsageError(args.command() + " " + what + " needs " + name + " (see csto-kb " +
                         args.command() + " --help)");
    return *value;
}

// --source ID or --note TEXT (with --note-author, --note-date): exactly one.
Citation citationOf(const Arguments &args)
{
    const auto source = args.value("--source");
    const auto note = args.value("--note");
    if (source.has_value() == note.has_value())
        throw UsageError("a new fact cites --source ID or --note TEXT (exactly one of them)");
    if (source) {
        if (args.value("--note-author") || args.value("--note-date"))
            throw UsageError("--note-author and --note-date go with --note");
        return {.sourceId = *source, .note = std::nullopt};
    }
    AnalystNote analystNote;
    analystNote.text = *note;
    analystNote.author = args.value("--note-author").value_or(operatingSystemUser());
    analystNote.date = inputDateOption(args, "--note-date").value_or(today());
    return {.sourceId = std::nullopt, .note = std::move(analystNote)};
}

std::string kindNames()
{
    std::string names;
    for (const auto kind : kAllEntityKinds)
        names += (names.empty() ? "" : ", ") + std::string(toString(kind));
    return names;
}

// Records are told apart as `show` does: "relation-<n>" is a relation, else an event id, else an
// entity id (a merged entity's id resolves to its survivor).
enum class RecordType
{
    Entity,
    Event,
    Relation
};

bool isRelationId(std::string_view id)
{
    return id.starts_with("relation-");
}

std::optional<RecordType> recordTypeOf(KnowledgeBase &kb, std::string_view id)
{
    if (isRelationId(id))
        return kb.relationRecord(id) ? std::optional(RecordType::Relation) : std::nullopt;
    if (kb.eventRecord(id))
        return RecordType::Event;
    if (kb.entityRecord(id))
        return RecordType::Entity;
    return std::nullopt;
}

// The record as it is now, in the export format; nullopt once it is gone.
std::optional<json::Json> currentRecord(KnowledgeBase &kb, std::string_view id)
{
    if (isRelationId(id)) {
        if (const auto relation = kb.relationRecord(id))
            return json::relationRecord(*relation, std::string(id));
        return std::nullopt;
    }
    if (const auto event = kb.eventRecord(id))
        return json::eventRecord(*event);
    if (const auto entity = kb.entityRecord(id))
        return json::entityRecord(*entity);
    return std::nullopt;
}

InvalidInputError unknownRecord(KnowledgeBase &kb, const std::string &id)
{
    std::string message = "no entity, event or relation with id \"" + id + "\"";
    // Names are not ids here (a name may change; an id does not), but say which id was meant.
    if (const auto named = kb.findEntity(id))
        message += "; the entity named so has id \"" + named->id + "\"";
    return InvalidInputError(message);
}

// What a write prints: the changed record in the export format with "change": its journal
// entry's id (a record that is gone is the one it was, with "deleted": true), or for a
// terminal one line with the change's id and label.
int printChange(KnowledgeBase &kb, const ChangeResult &result, const Arguments &args,
                std::ostream &out)
{
    const auto change = kb.change(result.changeId);
    if (!args.flag("--json")) {
        out << "change " << result.changeId << ": "
            << text::forTerminal(change && !change->label.empty()
                                     ? change->label
                                     : args.command() + " " + result.recordId)
            << "\n";
        return kSuccess;
    }
    json::Json record = json::Json::object();
    if (auto current = currentRecord(kb, result.recordId)) {
        record = std::move(*current);
    } else if (change) {
        const bool gone = change->after.empty();
        auto kept = json::journalRecord(gone ? change->before : change->after);
        record = {{"id", result.recordId}};
        if (kept.is_object())
            record.update(kept);
        if (gone)
            record["deleted"] = true;
    } else {
        record["id"] = result.recordId;
    }
    record["change"] = result.changeId;
    printJson(out, record);
    return kSuccess;
}

std::int64_t positiveNumber(const std::string &text, std::string_view prefix, const char *what)
{
    std::string_view digits = text;
    if (digits.starts_with(prefix))
        digits.remove_prefix(prefix.size());
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || value < 1)
        throw UsageError(std::string(what) + " is a number, not \"" + text + "\"");
    return value;
}

// A pending proposal by "7" or "proposal-7", as `review` lists them.
Proposal pendingProposal(KnowledgeBase &kb, const std::string &text)
{
    const std::int64_t id = positiveNumber(text, "proposal-", "PROPOSAL");
    const auto pending = kb.pendingProposals();
    const auto it =
        std::find_if(pending.begin(), pending.end(), [&](const Proposal &p) { return p.id == id; });
    if (it == pending.end())
        throw InvalidInputError("no pending proposal " + std::to_string(id) +
                                " (csto-kb review lists them)");
    return *it;
}

int addEntity(const Arguments &args, KnowledgeBase &kb, std::ostream &out)
{
    args.checkAllowed(kAddEntityOptions);
    EntityRecord record;
    const std::string kind = requiredValue(args, "--kind", "entity");
    const auto parsedKind = entityKindFromString(kind);
    if (!parsedKind)
        throw InvalidInputError("--kind: unknown kind \"" + kind + "\" (" + kindNames() + ")");
    record.kind = *parsedKind;
    record.name = requiredValue(args, "--name", "entity");
    record.category = args.value("--category");
    record.parent = args.value("--parent");
    record.aliases = args.values("--alias");
    record.summary = args.value("--summary").value_or(kNotDescribedYet);
    record.start = inputDateOption(args, "--start");
    record.end = inputDateOption(args, "--end");
    const Citation citation = citationOf(args);
    return printChange(kb, kb.addEntity(std::move(record), citation), args, out);
}

int addEvent(const Arguments &args, KnowledgeBase &kb, std::ostream &out)
{
    args.checkAllowed(kAddEventOptions);
    EventRecord record;
    requiredValue(args, "--date", "event");
    record.date = *inputDateOption(args, "--date");
    record.end = inputDateOption(args, "--end");
    record.title = requiredValue(args, "--title", "event");
    record.summary = args.value("--summary").value_or(record.title);
    record.place = args.value("--place");
    record.participants = args.values("--participant");
    if (record.participants.empty())
        throw UsageError("add event needs at least one --participant ID");
    const Citation citation = citationOf(args);
    return printChange(kb, kb.addEvent(std::move(record), citation), args, out);
}

int addRelation(const Arguments &args, KnowledgeBase &kb, std::ostream &out)
{
    args.checkAllowed(kAddRelationOptions);
    RelationRecord record;
    record.type = requiredValue(args, "--type", "relation");
    record.from = requiredValue(args, "--from", "relation");
    record.to = requiredValue(args, "--to", "relation");
    record.start = inputDateOption(args, "--start");
    record.end = inputDateOption(args, "--end");
    record.role = args.value("--role");
    const Citation citation = citationOf(args);
    return printChange(kb, kb.addRelation(std::move(record), citation), args, out);
}

// FIELD=VALUE of --set; the value may hold '=' and may be empty (clearing the field).
std::pair<std::string, std::string> fieldAssignment(const std::string &text)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw UsageError("--set expects FIELD=VALUE, not \"" + text + "\"");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

void changeAliases(EntityRecord &record, const std::vector<std::string> &add,
                   const std::vector<std::string> &remove)
{
    for (const auto &alias : remove) {
        const auto it = std::find(record.aliases.begin(), record.aliases.end(), alias);
        if (it == record.aliases.end())
            throw InvalidInputError("--remove-alias: \"" + alias + "\" is not an alias of " +
                                    record.id);
        record.aliases.erase(it);
    }
    for (const auto &alias : add) {
        if (std::find(record.aliases.begin(), record.aliases.end(), alias) != record.aliases.end())
            throw InvalidInputError("--add-alias: \"" + alias + "\" is already an alias of " +
                                    record.id);
        record.aliases.push_back(alias);
    }
}

} // namespace

OptionSpec addOptions()
{
    OptionSpec all;
    for (const auto *spec : {&kAddEntityOptions, &kAddEventOptions, &kAddRelationOptions}) {
        all.withValue.insert(spec->withValue.begin(), spec->withValue.end());
        all.flags.insert(spec->flags.begin(), spec->flags.end());
    }
    return all;
}

int runAdd(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    const std::string what = singlePositional(args, "of entity, event or relation");
    if (what == "entity")
        return addEntity(args, *kb, out);
    if (what == "event")
        return addEvent(args, *kb, out);
    if (what == "relation")
        return addRelation(args, *kb, out);
    throw UsageError("add entity, add event or add relation, not add \"" + what + "\"");
}

int runEdit(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    const std::string id = singlePositional(args, "ID");
    std::vector<std::pair<std::string, std::string>> assignments;
    for (const auto &text : args.values("--set"))
        assignments.push_back(fieldAssignment(text));
    const auto addAliases = args.values("--add-alias");
    const auto removeAliases = args.values("--remove-alias");
    if (assignments.empty() && addAliases.empty() && removeAliases.empty())
        throw UsageError("edit needs --set FIELD=VALUE, --add-alias A or --remove-alias A");
    const auto type = recordTypeOf(*kb, id);
    if (!type)
        throw unknownRecord(*kb, id);
    if (*type != RecordType::Entity && (!addAliases.empty() || !removeAliases.empty()))
        throw InvalidInputError(id + " is not an entity: only entities have aliases");
    const auto setAll = [&](auto &record) {
        for (const auto &[field, value] : assignments)
            setField(record, field, value);
    };
    ChangeResult result;
    switch (*type) {
    case RecordType::Entity: {
        auto record = *kb->entityRecord(id);
        setAll(record);
        changeAliases(record, addAliases, removeAliases);
        result = kb->updateEntity(id, record);
        break;
    }
    case RecordType::Event: {
        auto record = *kb->eventRecord(id);
        setAll(record);
        result = kb->updateEvent(id, record);
        break;
    }
    case RecordType::Relation: {
        auto record = *kb->relationRecord(id);
        setAll(record);
        result = kb->updateRelation(id, record);
        break;
    }
    }
    return printChange(*kb, result, args, out);
}

int runDelete(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err)
{
    const std::string id = singlePositional(args, "ID");
    if (!recordTypeOf(*kb, id))
        throw unknownRecord(*kb, id);
    try {
        return printChange(*kb, kb->deleteRecord(id, args.flag("--force")), args, out);
    } catch (const DependantsError &error) {
        const auto &dependants = error.dependants();
        err << "csto-kb: " << text::forTerminal(id) << " was not deleted: " << dependants.size()
            << (dependants.size() == 1 ? " record depends" : " records depend")
            << " on it (--force deletes them too):\n";
        for (const auto &d : dependants)
            err << "  " << text::forTerminal(d.recordType) << " " << text::forTerminal(d.recordId)
                << ": " << text::forTerminal(d.description) << "\n";
        return kInvalidData;
    }
}

int runMerge(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    if (args.positionals().size() != 2)
        throw UsageError("merge needs FROM and INTO, two entity ids (see csto-kb merge --help)");
    const std::string &from = args.positionals()[0];
    const std::string &into = args.positionals()[1];
    for (const auto &id : {from, into}) {
        if (!kb->entityRecord(id))
            throw InvalidInputError("no entity with id \"" + id + "\"");
    }
    return printChange(*kb, kb->mergeEntity(from, into), args, out);
}

int runHistory(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &err)
{
    if (args.positionals().size() > 1)
        throw UsageError("history takes at most one ID (see csto-kb history --help)");
    std::optional<std::string> id;
    if (!args.positionals().empty())
        id = args.positionals().front();
    const auto limit = args.intValue("--limit", 1, std::numeric_limits<int>::max());
    const auto changes = kb->history(id ? std::optional<std::string_view>(*id) : std::nullopt,
                                     limit ? static_cast<std::size_t>(*limit)
                                           : std::numeric_limits<std::size_t>::max());
    // A record deleted since still has its history; an id that never was is not found.
    if (id && changes.empty() && !recordTypeOf(*kb, *id)) {
        err << "csto-kb: no entity, event or relation with id \"" << text::forTerminal(*id)
            << "\", and no change recorded for it\n";
        return kNotFound;
    }
    if (args.flag("--json")) {
        json::Json list = json::Json::array();
        for (const auto &c : changes)
            list.push_back(json::change(c));
        printJson(out, {{"changes", list}});
    } else {
        text::printHistory(out, changes);
    }
    return kSuccess;
}

int runRevert(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    const std::int64_t changeId = positiveNumber(singlePositional(args, "CHANGE"), "", "CHANGE");
    if (!kb->change(changeId))
        throw InvalidInputError("no change " + std::to_string(changeId) +
                                " in the journal (csto-kb history lists them)");
    return printChange(*kb, kb->revert(changeId), args, out);
}

int runList(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    if (!args.positionals().empty())
        throw UsageError("list takes no arguments (use --kind KIND)");
    std::vector<EntityKind> kinds(std::begin(kAllEntityKinds), std::end(kAllEntityKinds));
    if (const auto kind = args.value("--kind")) {
        const auto parsed = entityKindFromString(*kind);
        if (!parsed)
            throw UsageError("--kind: unknown kind \"" + *kind + "\" (" + kindNames() + ")");
        kinds = {*parsed};
    }
    std::vector<EntityHeader> entities;
    for (const auto kind : kinds) {
        auto ofKind = kb->entitiesOfKind(kind);
        entities.insert(entities.end(), std::make_move_iterator(ofKind.begin()),
                        std::make_move_iterator(ofKind.end()));
    }
    if (args.flag("--json"))
        printJson(out, json::entityList(entities));
    else
        text::printEntityList(out, entities);
    return kSuccess;
}

int runReview(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    if (!args.positionals().empty())
        throw UsageError("review takes no arguments");
    const auto proposals = kb->pendingProposals();
    if (args.flag("--json"))
        printJson(out, json::proposals(proposals));
    else
        text::printProposals(out, proposals);
    return kSuccess;
}

int runAccept(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    const Proposal proposal = pendingProposal(*kb, singlePositional(args, "PROPOSAL"));
    AcceptChoice choice;
    choice.parent = args.value("--parent");
    choice.sameAs = args.value("--as-alias-of");
    return printChange(*kb, kb->acceptProposal(proposal.id, choice), args, out);
}

int runReject(const Arguments &args, KnowledgeBase *kb, std::ostream &out, std::ostream &)
{
    const Proposal proposal = pendingProposal(*kb, singlePositional(args, "PROPOSAL"));
    return printChange(*kb, kb->rejectProposal(proposal.id), args, out);
}

} // namespace csto::cli
