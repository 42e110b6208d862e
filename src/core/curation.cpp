// SPDX-License-Identifier: MIT
// The store's write operations (KnowledgeBase's "Curation" part) and the field parsing of
// curation.h. Every write is one journal::record(): one transaction, one journal entry.
#include "curation.h"

#include "datasetjson.h"
#include "datasetstore.h"
#include "journal.h"
#include "sqliteknowledgebase.h"
#include "textkey.h"
#include "utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <set>

namespace csto {
namespace {

using Json = nlohmann::json;

// ---- Field values -------------------------------------------------------------------------

[[noreturn]] void failField(std::string_view field, const std::string &problem)
{
    throw CurationError(std::string(field) + ": " + problem);
}

PartialDate dateValue(std::string_view field, std::string_view value)
{
    try {
        return PartialDate::parse(value);
    } catch (const DateError &error) {
        failField(field, error.what());
    }
}

// An empty value clears an optional field.
std::optional<PartialDate> optionalDateValue(std::string_view field, std::string_view value)
{
    if (value.empty())
        return std::nullopt;
    return dateValue(field, value);
}

std::optional<std::string> optionalTextValue(std::string_view value)
{
    if (value.empty())
        return std::nullopt;
    return std::string(value);
}

bool boolValue(std::string_view field, std::string_view value)
{
    if (value == "true" || value == "yes" || value == "1")
        return true;
    if (value == "false" || value == "no" || value == "0" || value.empty())
        return false;
    failField(field, "\"" + std::string(value) + "\" is not true or false");
}

[[noreturn]] void unknownField(std::string_view field, std::string_view record,
                               std::string_view known)
{
    throw CurationError("unknown field \"" + std::string(field) + "\" of " + std::string(record) +
                        " (known: " + std::string(known) + ")");
}

} // namespace

void setField(EntityRecord &record, std::string_view field, std::string_view value)
{
    if (field == "name") {
        record.name = value;
    } else if (field == "kind") {
        const auto kind = entityKindFromString(value);
        if (!kind) {
            std::string allowed;
            for (const auto k : kAllEntityKinds)
                allowed += (allowed.empty() ? "" : ", ") + std::string(toString(k));
            failField(field, "unknown kind \"" + std::string(value) +
                                 "\" (expected one of: " + allowed + ")");
        }
        record.kind = *kind;
    } else if (field == "category") {
        record.category = optionalTextValue(value);
    } else if (field == "parent") {
        record.parent = optionalTextValue(value);
    } else if (field == "summary") {
        record.summary = value;
    } else if (field == "start") {
        record.start = optionalDateValue(field, value);
    } else if (field == "end") {
        record.end = optionalDateValue(field, value);
    } else if (field == "ongoing") {
        record.ongoing = boolValue(field, value);
    } else {
        unknownField(field, "an entity",
                     "name, kind, category, parent, summary, start, end, ongoing");
    }
}

void setField(EventRecord &record, std::string_view field, std::string_view value)
{
    if (field == "date")
        record.date = dateValue(field, value);
    else if (field == "end")
        record.end = optionalDateValue(field, value);
    else if (field == "title")
        record.title = value;
    else if (field == "summary")
        record.summary = value;
    else if (field == "place")
        record.place = optionalTextValue(value);
    else
        unknownField(field, "an event", "date, end, title, summary, place");
}

void setField(RelationRecord &record, std::string_view field, std::string_view value)
{
    if (field == "type")
        record.type = value;
    else if (field == "from")
        record.from = value;
    else if (field == "to")
        record.to = value;
    else if (field == "start")
        record.start = optionalDateValue(field, value);
    else if (field == "end")
        record.end = optionalDateValue(field, value);
    else if (field == "ongoing")
        record.ongoing = boolValue(field, value);
    else if (field == "role")
        record.role = optionalTextValue(value);
    else if (field == "summary")
        record.summary = optionalTextValue(value);
    else
        unknownField(field, "a relation", "type, from, to, start, end, ongoing, role, summary");
}

namespace {

// ---- Row ids --------------------------------------------------------------------------------

std::optional<std::int64_t> scalarRow(Database &db, const char *sql, std::string_view key)
{
    auto stmt = db.prepare(sql);
    stmt.bind(1, key);
    if (!stmt.step() || stmt.isNull(0))
        return std::nullopt;
    return stmt.int64(0);
}

// An entity's row by its id or by the id of an entity merged into it.
std::optional<std::int64_t> entityRow(Database &db, std::string_view id)
{
    if (auto row = scalarRow(db, "SELECT id FROM entities WHERE slug = ?", id))
        return row;
    return scalarRow(db, "SELECT entity_id FROM entity_redirects WHERE slug = ?", id);
}

// An entity's row by its name or an alias, ignoring case as search does.
std::optional<std::int64_t> entityRowByName(Database &db, std::string_view name)
{
    if (auto row = scalarRow(db, "SELECT id FROM entities WHERE name = ? COLLATE NOCASE", name))
        return row;
    return scalarRow(db, "SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE", name);
}

std::optional<std::int64_t> eventRow(Database &db, std::string_view id)
{
    return scalarRow(db, "SELECT id FROM events WHERE slug = ?", id);
}

std::optional<std::int64_t> sourceRow(Database &db, std::string_view id)
{
    return scalarRow(db, "SELECT id FROM sources WHERE slug = ?", id);
}

// "relation-12" -> 12 when such a relation exists.
std::optional<std::int64_t> relationRow(Database &db, std::string_view id)
{
    constexpr std::string_view kPrefix = "relation-";
    if (!id.starts_with(kPrefix))
        return std::nullopt;
    const auto digits = id.substr(kPrefix.size());
    std::int64_t rowId = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), rowId);
    if (error != std::errc() || end != digits.data() + digits.size() || digits.empty())
        return std::nullopt;
    auto stmt = db.prepare("SELECT id FROM relations WHERE id = ?");
    stmt.bind(1, rowId);
    if (!stmt.step())
        return std::nullopt;
    return rowId;
}

std::string relationId(std::int64_t rowId)
{
    return "relation-" + std::to_string(rowId);
}

std::string entitySlug(Database &db, std::int64_t rowId)
{
    auto stmt = db.prepare("SELECT slug FROM entities WHERE id = ?");
    stmt.bind(1, rowId);
    stmt.step();
    return stmt.text(0);
}

std::string entityName(Database &db, std::int64_t rowId)
{
    auto stmt = db.prepare("SELECT name FROM entities WHERE id = ?");
    stmt.bind(1, rowId);
    stmt.step();
    return stmt.text(0);
}

EntityKind entityKind(Database &db, std::int64_t rowId)
{
    auto stmt = db.prepare("SELECT kind FROM entities WHERE id = ?");
    stmt.bind(1, rowId);
    stmt.step();
    return entityKindFromString(stmt.text(0)).value_or(EntityKind::Organisation);
}

// The survivor's id for an entity id (itself unless merged); CurationError naming `field` if
// there is no such entity.
std::string canonicalEntity(Database &db, std::string_view field, const std::string &id)
{
    const auto row = entityRow(db, id);
    if (!row)
        failField(field, "unknown entity \"" + id + "\"");
    return entitySlug(db, *row);
}

// A slug from `text` no entity, redirect, event or source uses yet: "joint-staff", "joint-staff-2".
std::string uniqueSlug(Database &db, const char *table, std::string base, std::string_view fallback)
{
    const std::string exists = std::string("SELECT 1 FROM ") + table + " WHERE slug = ?1" +
                               (std::string_view(table) == "entities"
                                    ? " UNION ALL SELECT 1 FROM entity_redirects WHERE slug = ?1"
                                    : "");
    const auto taken = [&](const std::string &candidate) {
        auto stmt = db.prepare(exists);
        stmt.bind(1, candidate);
        return stmt.step();
    };
    if (base.empty()) {
        for (std::int64_t n = 1;; ++n) {
            const std::string candidate = std::string(fallback) + "-" + std::to_string(n);
            if (!taken(candidate))
                return candidate;
        }
    }
    std::string candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = base + "-" + std::to_string(n);
    return candidate;
}

// ---- Validation -------------------------------------------------------------------------------

// The record rules of the export format (datasetjson), as a CurationError naming the field.
template <typename Record> void checkFields(const Record &record)
{
    try {
        checkRecord(record);
    } catch (const DataError &error) {
        const std::string pointer = error.jsonPath();
        throw CurationError((pointer.empty() ? std::string("record") : pointer.substr(1)) + ": " +
                            error.problem());
    }
}

void checkSourcesExist(Database &db, const std::vector<std::string> &sources)
{
    for (const auto &source : sources) {
        if (!sourceRow(db, source))
            failField("sources", "unknown source \"" + source + "\"");
    }
}

// The survivor ids of the parent, with the chain above it checked for `self` (a cycle).
void resolveEntityReferences(Database &db, EntityRecord &record, std::optional<std::int64_t> self)
{
    if (!record.parent)
        return;
    const auto parentRow = entityRow(db, *record.parent);
    if (!parentRow)
        failField("parent", "unknown entity \"" + *record.parent + "\"");
    record.parent = entitySlug(db, *parentRow);
    if (!self)
        return;
    if (*parentRow == *self)
        failField("parent", "\"" + record.id + "\" cannot be part of itself");
    auto up = db.prepare("SELECT parent_id FROM entities WHERE id = ?");
    std::int64_t node = *parentRow;
    for (int steps = 0; steps < 100000; ++steps) {
        up.bind(1, node);
        const bool hasParent = up.step() && !up.isNull(0);
        const std::int64_t next = hasParent ? up.int64(0) : 0;
        up.reset();
        if (!hasParent)
            return;
        if (next == *self)
            failField("parent", "making \"" + record.id + "\" part of \"" + *record.parent +
                                    "\" would make a cycle: \"" + *record.parent +
                                    "\" is already part of \"" + record.id + "\"");
        node = next;
    }
}

void checkEntity(Database &db, EntityRecord &record, std::optional<std::int64_t> self)
{
    // Names are compared, stored and journalled in NFC.
    record.name = toNfc(record.name);
    for (auto &alias : record.aliases)
        alias = toNfc(alias);
    checkFields(record);
    checkSourcesExist(db, record.sources);
    resolveEntityReferences(db, record, self);
    if (!self)
        return;
    // A new kind must still fit the entity's relations.
    auto relations = db.prepare("SELECT r.id, r.type, r.from_id, r.to_id FROM relations r WHERE "
                                "r.from_id = ?1 OR r.to_id = ?1 ORDER BY r.id");
    relations.bind(1, *self);
    while (relations.step()) {
        const auto from =
            relations.int64(2) == *self ? record.kind : entityKind(db, relations.int64(2));
        const auto to =
            relations.int64(3) == *self ? record.kind : entityKind(db, relations.int64(3));
        if (const auto problem = relationEndsProblem(relations.text(1), from, to))
            failField("kind", "as a " + std::string(toString(record.kind)) + ", its " +
                                  relationId(relations.int64(0)) + " would not fit: " + *problem);
    }
}

void checkEvent(Database &db, EventRecord &record)
{
    checkFields(record);
    checkSourcesExist(db, record.sources);
    std::vector<std::string> participants;
    for (const auto &p : record.participants) {
        const auto id = canonicalEntity(db, "participants", p);
        if (std::find(participants.begin(), participants.end(), id) != participants.end())
            failField("participants", "\"" + p + "\" is listed twice");
        participants.push_back(id);
        for (auto &[who, role] : record.roles) {
            if (who == p)
                who = id;
        }
    }
    record.participants = std::move(participants);
}

void checkRelation(Database &db, RelationRecord &record, std::optional<std::int64_t> self)
{
    record.from = canonicalEntity(db, "from", record.from);
    record.to = canonicalEntity(db, "to", record.to);
    checkFields(record);
    checkSourcesExist(db, record.sources);
    const auto fromRow = *entityRow(db, record.from);
    const auto toRow = *entityRow(db, record.to);
    if (const auto problem =
            relationEndsProblem(record.type, entityKind(db, fromRow), entityKind(db, toRow)))
        failField("type", *problem);
    // The same relation twice would be refused by the next build (validateDataset).
    auto same = db.prepare("SELECT id FROM relations WHERE type = ? AND from_id = ? AND to_id = ? "
                           "AND coalesce(start_date, '') = ? AND coalesce(end_date, '') = ? AND "
                           "coalesce(role, '') = ? AND id != ?");
    same.bind(1, record.type)
        .bind(2, fromRow)
        .bind(3, toRow)
        .bind(4, record.start ? record.start->toIso() : "")
        .bind(5, record.end ? record.end->toIso() : "")
        .bind(6, record.role.value_or(""))
        .bind(7, self.value_or(0));
    if (same.step())
        throw CurationError("the same " + record.type + " relation from \"" + record.from +
                            "\" to \"" + record.to +
                            "\" with the same dates and role exists "
                            "already (" +
                            relationId(same.int64(0)) + ")");
}

// ---- Citations ----------------------------------------------------------------------------

bool mostlyCyrillic(std::string_view text)
{
    std::size_t latin = 0;
    std::size_t cyrillic = 0;
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view, bool) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            ++latin;
        else if (c >= 0x400 && c <= 0x4FF)
            ++cyrillic;
    });
    return cyrillic > latin;
}

// The first words of a note, for its source's title.
std::string firstWords(std::string_view text, std::size_t maxWords)
{
    std::string title;
    std::size_t words = 0;
    bool space = true;
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view bytes, bool valid) {
        if (words > maxWords || title.size() > 80)
            return;
        const bool isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (isSpace) {
            space = true;
            return;
        }
        if (space && ++words > maxWords)
            return;
        if (space && !title.empty())
            title += ' ';
        space = false;
        if (valid)
            title += bytes;
    });
    return title;
}

// The source a new fact cites: an existing one, or a new source made of an analyst's note (its
// text kept as the source's article, so it is shown and searched like one).
std::string citedSource(Database &db, const Citation &citation)
{
    if (citation.sourceId.has_value() == citation.note.has_value())
        throw CurationError("source: cite exactly one source: an existing source or an analyst "
                            "note");
    if (citation.sourceId) {
        if (!sourceRow(db, *citation.sourceId))
            failField("source", "unknown source \"" + *citation.sourceId + "\"");
        return *citation.sourceId;
    }
    const AnalystNote &note = *citation.note;
    bool blank = true;
    for (const char c : note.text)
        blank = blank && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    if (blank)
        failField("note", "must not be empty");
    if (note.text.size() > 20000)
        failField("note", "longer than 20000 bytes");
    if (utf8::firstInvalidByte(note.text))
        failField("note", "is not valid UTF-8");
    SourceRecord source;
    std::string title = firstWords(note.text, 8);
    if (title.size() < note.text.size())
        title += "…";
    if (!note.author.empty())
        title += " (" + note.author + ")";
    source.title = title;
    source.publisher = "Analyst note";
    source.published = note.date;
    source.language = mostlyCyrillic(note.text) ? "ru" : "en";
    const std::string datePart =
        note.date.hasYear() ? note.date.toIso() : "undated" + note.date.toIso().substr(1);
    source.id = uniqueSlug(db, "sources", "note-" + datePart, "note");
    try {
        checkRecord(source);
    } catch (const DataError &error) {
        failField(error.jsonPath() == "/title" ? "author" : "note", error.problem());
    }
    const auto rowId = insertSource(db, source);
    db.prepare("INSERT INTO articles(source_id, text, imported_at) VALUES (?, ?, "
               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")
        .bind(1, rowId)
        .bind(2, note.text)
        .run();
    return source.id;
}

void addSource(std::vector<std::string> &sources, const std::string &source)
{
    if (std::find(sources.begin(), sources.end(), source) == sources.end())
        sources.push_back(source);
}

// ---- Writing records -------------------------------------------------------------------------

std::optional<std::string> isoOrNull(const std::optional<PartialDate> &date)
{
    if (!date)
        return std::nullopt;
    return date->toIso();
}

void replaceSourceLinks(Database &db, const char *table, const char *owner, std::int64_t rowId,
                        const std::vector<std::string> &sources)
{
    db.prepare(std::string("DELETE FROM ") + table + " WHERE " + owner + " = ?")
        .bind(1, rowId)
        .run();
    auto insert = db.prepare(std::string("INSERT INTO ") + table + "(" + owner +
                             ", position, source_id) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < sources.size(); ++i)
        insert.bind(1, rowId)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, *sourceRow(db, sources[i]))
            .run();
}

// Aliases are stored in NFC with their text keys (schema version 8), as insertDataset stores them.
void replaceAliases(Database &db, std::int64_t rowId, const std::vector<std::string> &aliases)
{
    db.prepare("DELETE FROM aliases WHERE entity_id = ?").bind(1, rowId).run();
    auto insert = db.prepare(
        "INSERT INTO aliases(entity_id, position, alias, alias_key) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        const std::string alias = toNfc(aliases[i]);
        insert.bind(1, rowId)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, alias)
            .bind(4, textKey(alias))
            .run();
    }
}

void writeEntity(Database &db, std::int64_t rowId, const EntityRecord &record)
{
    const std::string name = toNfc(record.name);
    db.prepare("UPDATE entities SET kind = ?, category = ?, name = ?, name_key = ?, parent_id = ?, "
               "summary = ?, start_date = ?, end_date = ?, ongoing = ? WHERE id = ?")
        .bind(1, toString(record.kind))
        .bind(2, record.category)
        .bind(3, name)
        .bind(4, textKey(name))
        .bind(5, record.parent ? entityRow(db, *record.parent) : std::nullopt)
        .bind(6, record.summary)
        .bind(7, isoOrNull(record.start))
        .bind(8, isoOrNull(record.end))
        .bind(9, record.ongoing ? 1 : 0)
        .bind(10, rowId)
        .run();
    replaceAliases(db, rowId, record.aliases);
    replaceSourceLinks(db, "entity_sources", "entity_id", rowId, record.sources);
}

void writeEvent(Database &db, std::int64_t rowId, const EventRecord &record)
{
    const PartialDate &last = record.end ? *record.end : record.date;
    db.prepare("UPDATE events SET date = ?, end_date = ?, first_day = ?, last_day = ?, title = ?, "
               "summary = ?, place = ? WHERE id = ?")
        .bind(1, record.date.toIso())
        .bind(2, isoOrNull(record.end))
        .bind(3, record.date.firstDayKey())
        .bind(4, last.lastDayKey())
        .bind(5, record.title)
        .bind(6, record.summary)
        .bind(7, record.place)
        .bind(8, rowId)
        .run();
    db.prepare("DELETE FROM event_participants WHERE event_id = ?").bind(1, rowId).run();
    auto insert = db.prepare(
        "INSERT INTO event_participants(event_id, position, entity_id, role) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < record.participants.size(); ++i) {
        const auto &id = record.participants[i];
        std::optional<std::string> role;
        for (const auto &[who, what] : record.roles) {
            if (who == id)
                role = what;
        }
        insert.bind(1, rowId)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, *entityRow(db, id))
            .bind(4, role)
            .run();
    }
    replaceSourceLinks(db, "event_sources", "event_id", rowId, record.sources);
}

void writeRelation(Database &db, std::int64_t rowId, const RelationRecord &record)
{
    db.prepare("UPDATE relations SET type = ?, from_id = ?, to_id = ?, start_date = ?, end_date = "
               "?, role = ?, summary = ?, ongoing = ? WHERE id = ?")
        .bind(1, record.type)
        .bind(2, *entityRow(db, record.from))
        .bind(3, *entityRow(db, record.to))
        .bind(4, isoOrNull(record.start))
        .bind(5, isoOrNull(record.end))
        .bind(6, record.role)
        .bind(7, record.summary)
        .bind(8, record.ongoing ? 1 : 0)
        .bind(9, rowId)
        .run();
    replaceSourceLinks(db, "relation_sources", "relation_id", rowId, record.sources);
}

std::string inQuotes(const std::string &text)
{
    return "'" + text + "'";
}

std::string relationLabel(Database &db, const RelationRecord &record)
{
    return record.type + " relation from " + inQuotes(entityName(db, *entityRow(db, record.from))) +
           " to " + inQuotes(entityName(db, *entityRow(db, record.to)));
}

std::string entityJson(Database &db, std::int64_t rowId)
{
    const auto record = loadEntity(db, rowId);
    return record ? serialiseRecord(*record) : std::string();
}

std::string eventJson(Database &db, std::int64_t rowId)
{
    const auto record = loadEvent(db, rowId);
    return record ? serialiseRecord(*record) : std::string();
}

std::string relationJson(Database &db, std::int64_t rowId)
{
    const auto record = loadRelation(db, rowId);
    return record ? serialiseRecord(*record) : std::string();
}

// ---- Proposals ------------------------------------------------------------------------------

struct StoredProposal
{
    std::int64_t id = 0;
    std::string kind;
    std::string status;
    std::string payload;
    std::int64_t sourceRowId = 0;
    std::string sourceId;
    std::string sourceTitle;
    std::int64_t offset = 0;
    std::int64_t length = 0;
    std::string evidence;
};

std::optional<StoredProposal> loadProposal(Database &db, std::int64_t id)
{
    auto stmt = db.prepare("SELECT p.kind, p.status, p.payload, p.source_id, s.slug, s.title, "
                           "p.byte_offset, p.byte_length, substr(a.text, p.byte_offset + 1, "
                           "p.byte_length) FROM proposals p JOIN sources s ON s.id = p.source_id "
                           "LEFT JOIN articles a ON a.source_id = p.source_id WHERE p.id = ?");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return StoredProposal{id,
                          stmt.text(0),
                          stmt.text(1),
                          stmt.text(2),
                          stmt.int64(3),
                          stmt.text(4),
                          stmt.text(5),
                          stmt.int64(6),
                          stmt.int64(7),
                          stmt.optionalText(8).value_or("")};
}

std::string proposalJson(Database &db, std::int64_t id)
{
    const auto proposal = loadProposal(db, id);
    if (!proposal)
        return {};
    nlohmann::ordered_json json = {{"id", "proposal-" + std::to_string(id)},
                                   {"kind", proposal->kind},
                                   {"status", proposal->status},
                                   {"source", proposal->sourceId},
                                   {"payload", Json::parse(proposal->payload, nullptr, false)}};
    return json.dump();
}

StoredProposal pendingProposal(Database &db, std::int64_t id)
{
    auto proposal = loadProposal(db, id);
    if (!proposal)
        throw CurationError("unknown proposal " + std::to_string(id));
    if (proposal->status != "pending")
        throw CurationError("proposal " + std::to_string(id) + " was already " + proposal->status);
    return std::move(*proposal);
}

} // namespace

// ---- KnowledgeBase: reading records ---------------------------------------------------------

std::optional<EntityRecord> SqliteKnowledgeBase::entityRecord(std::string_view id)
{
    const auto row = entityRow(m_db, id);
    return row ? loadEntity(m_db, *row) : std::nullopt;
}

std::optional<EventRecord> SqliteKnowledgeBase::eventRecord(std::string_view id)
{
    const auto row = eventRow(m_db, id);
    return row ? loadEvent(m_db, *row) : std::nullopt;
}

std::optional<RelationRecord> SqliteKnowledgeBase::relationRecord(std::string_view id)
{
    const auto row = relationRow(m_db, id);
    return row ? loadRelation(m_db, *row) : std::nullopt;
}

// ---- Adding -------------------------------------------------------------------------------------

ChangeResult SqliteKnowledgeBase::addEntity(EntityRecord record, const Citation &citation)
{
    return journal::record(m_db, [&] {
        addSource(record.sources, citedSource(m_db, citation));
        if (record.id.empty())
            record.id = uniqueSlug(m_db, "entities", latinSlug(record.name, 8), "entity");
        else if (entityRow(m_db, record.id))
            failField("id", "\"" + record.id + "\" is taken by another entity");
        checkEntity(m_db, record, std::nullopt);
        insertDataset(m_db, Dataset{{}, {record}, {}, {}});
        return journal::Entry{"add",     "entity",
                              record.id, "Add " + inQuotes(record.name),
                              "",        entityJson(m_db, *entityRow(m_db, record.id))};
    });
}

ChangeResult SqliteKnowledgeBase::addEvent(EventRecord record, const Citation &citation)
{
    return journal::record(m_db, [&] {
        addSource(record.sources, citedSource(m_db, citation));
        if (record.id.empty()) {
            const std::string datePart = record.date.hasYear()
                                             ? record.date.toIso()
                                             : "undated" + record.date.toIso().substr(1);
            const std::string words = latinSlug(record.title, 6);
            record.id =
                uniqueSlug(m_db, "events", words.empty() ? datePart : datePart + "-" + words, "");
        } else if (eventRow(m_db, record.id)) {
            failField("id", "\"" + record.id + "\" is taken by another event");
        }
        checkEvent(m_db, record);
        insertDataset(m_db, Dataset{{}, {}, {record}, {}});
        return journal::Entry{"add",     "event",
                              record.id, "Add " + inQuotes(record.title),
                              "",        eventJson(m_db, *eventRow(m_db, record.id))};
    });
}

ChangeResult SqliteKnowledgeBase::addRelation(RelationRecord record, const Citation &citation)
{
    return journal::record(m_db, [&] {
        addSource(record.sources, citedSource(m_db, citation));
        checkRelation(m_db, record, std::nullopt);
        insertDataset(m_db, Dataset{{}, {}, {}, {record}});
        auto last = m_db.prepare("SELECT max(id) FROM relations");
        last.step();
        const auto rowId = last.int64(0);
        return journal::Entry{"add",
                              "relation",
                              relationId(rowId),
                              "Add " + relationLabel(m_db, record),
                              "",
                              relationJson(m_db, rowId)};
    });
}

// ---- Editing ----------------------------------------------------------------------------------

ChangeResult SqliteKnowledgeBase::updateEntity(std::string_view id, const EntityRecord &changed)
{
    const auto row = entityRow(m_db, id);
    if (!row)
        throw CurationError("unknown entity \"" + std::string(id) + "\"");
    EntityRecord record = changed;
    record.id = entitySlug(m_db, *row);
    checkEntity(m_db, record, *row);
    return journal::record(m_db, [&] {
        const std::string before = entityJson(m_db, *row);
        writeEntity(m_db, *row, record);
        return journal::Entry{"edit",    "entity",
                              record.id, "Edit " + inQuotes(record.name),
                              before,    entityJson(m_db, *row)};
    });
}

ChangeResult SqliteKnowledgeBase::updateEvent(std::string_view id, const EventRecord &changed)
{
    const auto row = eventRow(m_db, id);
    if (!row)
        throw CurationError("unknown event \"" + std::string(id) + "\"");
    EventRecord record = changed;
    record.id = std::string(id);
    checkEvent(m_db, record);
    return journal::record(m_db, [&] {
        const std::string before = eventJson(m_db, *row);
        writeEvent(m_db, *row, record);
        return journal::Entry{"edit",    "event",
                              record.id, "Edit " + inQuotes(record.title),
                              before,    eventJson(m_db, *row)};
    });
}

ChangeResult SqliteKnowledgeBase::updateRelation(std::string_view id, const RelationRecord &changed)
{
    const auto row = relationRow(m_db, id);
    if (!row)
        throw CurationError("unknown relation \"" + std::string(id) + "\"");
    RelationRecord record = changed;
    checkRelation(m_db, record, *row);
    return journal::record(m_db, [&] {
        const std::string before = relationJson(m_db, *row);
        writeRelation(m_db, *row, record);
        return journal::Entry{"edit",           "relation",
                              relationId(*row), "Edit " + relationLabel(m_db, record),
                              before,           relationJson(m_db, *row)};
    });
}

ChangeResult SqliteKnowledgeBase::addAlias(std::string_view entityId, const std::string &alias)
{
    const auto row = entityRow(m_db, entityId);
    if (!row)
        throw CurationError("unknown entity \"" + std::string(entityId) + "\"");
    EntityRecord record = *loadEntity(m_db, *row);
    const std::string stored = toNfc(alias);
    if (std::find(record.aliases.begin(), record.aliases.end(), stored) != record.aliases.end())
        failField("alias", "\"" + stored + "\" is already an alias of \"" + record.id + "\"");
    record.aliases.push_back(stored);
    checkFields(record);
    return journal::record(m_db, [&] {
        const std::string before = entityJson(m_db, *row);
        replaceAliases(m_db, *row, record.aliases);
        return journal::Entry{
            "alias",   "entity",
            record.id, "Add alias " + inQuotes(stored) + " to " + inQuotes(record.name),
            before,    entityJson(m_db, *row)};
    });
}

// ---- Deleting ---------------------------------------------------------------------------------

std::vector<Dependant> SqliteKnowledgeBase::dependants(std::string_view id)
{
    std::vector<Dependant> result;
    const auto row = entityRow(m_db, id);
    if (!row)
        return result;
    auto children = m_db.prepare("SELECT slug, name FROM entities WHERE parent_id = ? ORDER BY id");
    children.bind(1, *row);
    while (children.step())
        result.push_back({"entity", children.text(0), children.text(1) + " is part of it"});
    auto relations =
        m_db.prepare("SELECT r.id, r.type, r.from_id = ?1, f.name, t.name FROM relations r JOIN "
                     "entities f ON f.id = r.from_id JOIN entities t ON t.id = r.to_id WHERE "
                     "r.from_id = ?1 OR r.to_id = ?1 ORDER BY r.id");
    relations.bind(1, *row);
    while (relations.step())
        result.push_back(
            {"relation", relationId(relations.int64(0)),
             relations.text(1) + (relations.integer(2) ? " relation to " + relations.text(4)
                                                       : " relation from " + relations.text(3))});
    auto events = m_db.prepare("SELECT DISTINCT e.id, e.slug, e.title FROM event_participants p "
                               "JOIN events e ON e.id = p.event_id WHERE p.entity_id = ? ORDER BY "
                               "e.id");
    events.bind(1, *row);
    while (events.step())
        result.push_back({"event", events.text(1), "takes part in " + inQuotes(events.text(2))});
    return result;
}

namespace {

void deleteRelationRows(Database &db, std::int64_t rowId)
{
    db.prepare("DELETE FROM relation_sources WHERE relation_id = ?").bind(1, rowId).run();
    db.prepare("DELETE FROM evidence WHERE fact_type = 'relation' AND fact_id = ?")
        .bind(1, rowId)
        .run();
    db.prepare("DELETE FROM relations WHERE id = ?").bind(1, rowId).run();
}

void deleteEventRows(Database &db, std::int64_t rowId)
{
    db.prepare("DELETE FROM event_participants WHERE event_id = ?").bind(1, rowId).run();
    db.prepare("DELETE FROM event_sources WHERE event_id = ?").bind(1, rowId).run();
    db.prepare("DELETE FROM evidence WHERE fact_type = 'event' AND fact_id = ?")
        .bind(1, rowId)
        .run();
    db.prepare("DELETE FROM events WHERE id = ?").bind(1, rowId).run();
}

// Removes an entity and everything that needs it: its relations, its participations, its
// children's link to it, its aliases, sources, mentions, evidence and the ids redirected to it.
void deleteEntityRows(Database &db, std::int64_t rowId)
{
    std::vector<std::int64_t> relations;
    auto stmt = db.prepare("SELECT id FROM relations WHERE from_id = ?1 OR to_id = ?1");
    stmt.bind(1, rowId);
    while (stmt.step())
        relations.push_back(stmt.int64(0));
    for (const auto relation : relations)
        deleteRelationRows(db, relation);
    for (const char *sql :
         {"DELETE FROM event_participants WHERE entity_id = ?",
          "UPDATE entities SET parent_id = NULL WHERE parent_id = ?",
          "DELETE FROM aliases WHERE entity_id = ?",
          "DELETE FROM entity_sources WHERE entity_id = ?",
          "DELETE FROM article_mentions WHERE entity_id = ?",
          "DELETE FROM evidence WHERE fact_type = 'entity' AND fact_id = ?",
          "DELETE FROM entity_redirects WHERE entity_id = ?", "DELETE FROM entities WHERE id = ?"})
        db.prepare(sql).bind(1, rowId).run();
}

} // namespace

ChangeResult SqliteKnowledgeBase::deleteRecord(std::string_view id, bool force)
{
    if (const auto row = relationRow(m_db, id)) {
        const auto record = *loadRelation(m_db, *row);
        return journal::record(m_db, [&] {
            const std::string before = relationJson(m_db, *row);
            const std::string label = "Delete " + relationLabel(m_db, record);
            deleteRelationRows(m_db, *row);
            return journal::Entry{"delete", "relation", relationId(*row), label, before, ""};
        });
    }
    if (const auto row = entityRow(m_db, id)) {
        const auto record = *loadEntity(m_db, *row);
        if (const auto found = dependants(id); !found.empty() && !force) {
            std::string list;
            for (const auto &d : found)
                list += (list.empty() ? "" : "; ") + d.description + " (" + d.recordId + ")";
            throw DependantsError("\"" + record.id + "\" (" + record.name + ") has " +
                                      std::to_string(found.size()) +
                                      (found.size() == 1 ? " dependant: " : " dependants: ") +
                                      list + ". Delete with force to remove them with it.",
                                  found);
        }
        return journal::record(m_db, [&] {
            const std::string before = entityJson(m_db, *row);
            deleteEntityRows(m_db, *row);
            return journal::Entry{"delete", "entity", record.id, "Delete " + inQuotes(record.name),
                                  before,   ""};
        });
    }
    if (const auto row = eventRow(m_db, id)) {
        const auto record = *loadEvent(m_db, *row);
        return journal::record(m_db, [&] {
            const std::string before = eventJson(m_db, *row);
            deleteEventRows(m_db, *row);
            return journal::Entry{"delete", "event", record.id, "Delete " + inQuotes(record.title),
                                  before,   ""};
        });
    }
    throw CurationError("unknown id \"" + std::string(id) + "\" (no entity, event or relation)");
}

// ---- Merging ----------------------------------------------------------------------------------

namespace {

// Moves what refers to entity `from` to `into`, keeping the data valid for the export: an event
// lists a participant once; a relation given twice becomes one with the sources of both; a
// relation between the two becomes meaningless and goes.
void moveReferences(Database &db, std::int64_t from, std::int64_t into, const std::string &fromId,
                    const std::string &intoId)
{
    // Participations: where both take part, `into` keeps its row (with from's role if it had none).
    auto both = db.prepare("SELECT f.event_id, f.position, f.role, i.position, i.role FROM "
                           "event_participants f JOIN event_participants i ON i.event_id = "
                           "f.event_id AND i.entity_id = ?2 WHERE f.entity_id = ?1");
    both.bind(1, from).bind(2, into);
    std::vector<std::tuple<std::int64_t, std::int64_t, std::optional<std::string>, std::int64_t,
                           std::optional<std::string>>>
        shared;
    while (both.step())
        shared.emplace_back(both.int64(0), both.int64(1), both.optionalText(2), both.int64(3),
                            both.optionalText(4));
    for (const auto &[event, fromPosition, fromRole, intoPosition, intoRole] : shared) {
        db.prepare("DELETE FROM event_participants WHERE event_id = ? AND position = ?")
            .bind(1, event)
            .bind(2, fromPosition)
            .run();
        if (!intoRole && fromRole)
            db.prepare("UPDATE event_participants SET role = ? WHERE event_id = ? AND position = ?")
                .bind(1, fromRole)
                .bind(2, event)
                .bind(3, intoPosition)
                .run();
    }
    db.prepare("UPDATE event_participants SET entity_id = ?2 WHERE entity_id = ?1")
        .bind(1, from)
        .bind(2, into)
        .run();

    // Relations between the two would point from the survivor to itself.
    std::vector<std::int64_t> between;
    auto selfRelations = db.prepare("SELECT id FROM relations WHERE (from_id = ?1 AND to_id = ?2) "
                                    "OR (from_id = ?2 AND to_id = ?1)");
    selfRelations.bind(1, from).bind(2, into);
    while (selfRelations.step())
        between.push_back(selfRelations.int64(0));
    for (const auto relation : between)
        deleteRelationRows(db, relation);
    db.prepare("UPDATE relations SET from_id = ?2 WHERE from_id = ?1")
        .bind(1, from)
        .bind(2, into)
        .run();
    db.prepare("UPDATE relations SET to_id = ?2 WHERE to_id = ?1")
        .bind(1, from)
        .bind(2, into)
        .run();
    // The same relation twice: the first keeps the sources of both.
    auto duplicates = db.prepare(
        "SELECT a.id, b.id FROM relations a JOIN relations b ON b.type = a.type AND b.from_id = "
        "a.from_id AND b.to_id = a.to_id AND coalesce(b.start_date, '') = coalesce(a.start_date, "
        "'') AND coalesce(b.end_date, '') = coalesce(a.end_date, '') AND coalesce(b.role, '') = "
        "coalesce(a.role, '') AND b.id > a.id WHERE ?1 IN (a.from_id, a.to_id) AND NOT EXISTS "
        "(SELECT 1 FROM relations c WHERE c.type = a.type AND c.from_id = a.from_id AND c.to_id = "
        "a.to_id AND coalesce(c.start_date, '') = coalesce(a.start_date, '') AND "
        "coalesce(c.end_date, '') = coalesce(a.end_date, '') AND coalesce(c.role, '') = "
        "coalesce(a.role, '') AND c.id < a.id) ORDER BY b.id");
    duplicates.bind(1, into);
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    while (duplicates.step())
        pairs.emplace_back(duplicates.int64(0), duplicates.int64(1));
    for (const auto &[keep, drop] : pairs) {
        auto kept = *loadRelation(db, keep);
        const auto dropped = *loadRelation(db, drop);
        for (const auto &source : dropped.sources)
            addSource(kept.sources, source);
        replaceSourceLinks(db, "relation_sources", "relation_id", keep, kept.sources);
        deleteRelationRows(db, drop);
    }

    for (const char *sql :
         {"UPDATE entities SET parent_id = ?2 WHERE parent_id = ?1",
          "UPDATE article_mentions SET entity_id = ?2 WHERE entity_id = ?1",
          "UPDATE evidence SET fact_id = ?2 WHERE fact_type = 'entity' AND fact_id = ?1",
          "UPDATE entity_redirects SET entity_id = ?2 WHERE entity_id = ?1"})
        db.prepare(sql).bind(1, from).bind(2, into).run();

    // Proposals name participants by id.
    auto proposals = db.prepare("SELECT id, payload FROM proposals WHERE kind = 'event'");
    std::vector<std::pair<std::int64_t, std::string>> changedPayloads;
    while (proposals.step()) {
        Json payload = Json::parse(proposals.text(1), nullptr, false);
        if (!payload.is_object() || !payload.contains("participants") ||
            !payload["participants"].is_array())
            continue;
        Json participants = Json::array();
        bool changed = false;
        for (const auto &p : payload["participants"]) {
            const bool isFrom = p.is_string() && p.get<std::string>() == fromId;
            changed = changed || isFrom;
            const Json id = isFrom ? Json(intoId) : p;
            if (std::find(participants.begin(), participants.end(), id) == participants.end())
                participants.push_back(id);
        }
        if (!changed)
            continue;
        payload["participants"] = participants;
        changedPayloads.emplace_back(proposals.int64(0), payload.dump());
    }
    for (const auto &[id, payload] : changedPayloads)
        db.prepare("UPDATE proposals SET payload = ? WHERE id = ?")
            .bind(1, payload)
            .bind(2, id)
            .run();
}

} // namespace

ChangeResult SqliteKnowledgeBase::mergeEntity(std::string_view from, std::string_view into)
{
    const auto fromRow = entityRow(m_db, from);
    if (!fromRow)
        failField("from", "unknown entity \"" + std::string(from) + "\"");
    const auto intoRow = entityRow(m_db, into);
    if (!intoRow)
        failField("into", "unknown entity \"" + std::string(into) + "\"");
    const EntityRecord merged = *loadEntity(m_db, *fromRow);
    EntityRecord survivor = *loadEntity(m_db, *intoRow);
    if (*fromRow == *intoRow)
        throw CurationError("cannot merge \"" + merged.id + "\" into itself");
    for (auto up = survivor.parent; up;) {
        if (*up == merged.id)
            throw CurationError("cannot merge \"" + merged.id + "\" into \"" + survivor.id +
                                "\", which is part of it");
        up = loadEntity(m_db, *entityRow(m_db, *up))->parent;
    }
    // The merged name and aliases become the survivor's aliases; its sources are cited too.
    const auto addAliasOnce = [&](const std::string &alias) {
        if (alias != survivor.name && std::find(survivor.aliases.begin(), survivor.aliases.end(),
                                                alias) == survivor.aliases.end())
            survivor.aliases.push_back(alias);
    };
    addAliasOnce(merged.name);
    for (const auto &alias : merged.aliases)
        addAliasOnce(alias);
    for (const auto &source : merged.sources)
        addSource(survivor.sources, source);
    checkFields(survivor);

    return journal::record(m_db, [&] {
        const std::string before = entityJson(m_db, *intoRow);
        moveReferences(m_db, *fromRow, *intoRow, merged.id, survivor.id);
        for (const char *sql : {"DELETE FROM aliases WHERE entity_id = ?",
                                "DELETE FROM entity_sources WHERE entity_id = ?",
                                "DELETE FROM entities WHERE id = ?"})
            m_db.prepare(sql).bind(1, *fromRow).run();
        replaceAliases(m_db, *intoRow, survivor.aliases);
        replaceSourceLinks(m_db, "entity_sources", "entity_id", *intoRow, survivor.sources);
        m_db.prepare("INSERT INTO entity_redirects(slug, entity_id) VALUES (?, ?)")
            .bind(1, merged.id)
            .bind(2, *intoRow)
            .run();
        return journal::Entry{
            "merge",     "entity",
            survivor.id, "Merge " + inQuotes(merged.name) + " into " + inQuotes(survivor.name),
            before,      entityJson(m_db, *intoRow)};
    });
}

// ---- Proposals ----------------------------------------------------------------------------------

namespace {

// The passage an accepted event is summarised by, made fit for a summary: control characters
// (a carriage return of the article) become spaces, and it is cut to the longest summary.
std::string summaryFromEvidence(const std::string &evidence, const std::string &fallback)
{
    std::string text;
    utf8::forEachCodePoint(evidence, [&](char32_t c, std::string_view bytes, bool valid) {
        const bool control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
        text += (!valid || control) ? std::string_view(" ") : bytes;
    });
    text = std::string(utf8::truncate(text, 20000));
    if (text.find_first_not_of(" \n\t") == std::string::npos)
        return fallback;
    return text;
}

std::string payloadString(const Json &payload, const char *key)
{
    const auto it = payload.find(key);
    if (it == payload.end() || !it->is_string())
        failField(key, "missing or not a string");
    return it->get<std::string>();
}

std::optional<std::string> payloadOptionalString(const Json &payload, const char *key)
{
    const auto it = payload.find(key);
    if (it == payload.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        failField(key, "not a string");
    return it->get<std::string>();
}

// The event a proposal describes, checked like any new event.
EventRecord proposedEvent(Database &db, const Json &payload, const std::string &source,
                          const std::string &evidence)
{
    if (!payload.is_object())
        throw CurationError("payload: expected a JSON object");
    for (const auto &[key, unused] : payload.items()) {
        if (key != "date" && key != "end" && key != "title" && key != "place" &&
            key != "participants" && key != "year_note" && key != "same_as" && key != "reason" &&
            key != "new_participants")
            failField(key, "unknown field of an event proposal");
    }
    EventRecord event;
    event.date = dateValue("date", payloadString(payload, "date"));
    if (const auto end = payloadOptionalString(payload, "end"))
        event.end = dateValue("end", *end);
    event.title = payloadString(payload, "title");
    event.place = payloadOptionalString(payload, "place");
    if (const auto it = payload.find("participants"); it != payload.end() && !it->is_null()) {
        if (!it->is_array())
            failField("participants", "expected an array of entity ids");
        for (const auto &p : *it) {
            if (!p.is_string())
                failField("participants", "expected an array of entity ids");
            event.participants.push_back(p.get<std::string>());
        }
    }
    // Entities proposed in the same article, by name: those accepted by now take part; the
    // others (rejected, or still waiting) do not.
    if (const auto it = payload.find("new_participants"); it != payload.end() && !it->is_null()) {
        if (!it->is_array())
            failField("new_participants", "expected an array of names");
        for (const auto &name : *it) {
            if (!name.is_string())
                failField("new_participants", "expected an array of names");
            const auto row = entityRowByName(db, name.get<std::string>());
            if (!row)
                continue;
            const std::string id = entitySlug(db, *row);
            if (std::find(event.participants.begin(), event.participants.end(), id) ==
                event.participants.end())
                event.participants.push_back(id);
        }
    }
    event.summary = summaryFromEvidence(evidence, event.title);
    event.sources = {source};
    event.id = "proposal";
    checkEvent(db, event);
    return event;
}

EntityRecord proposedEntity(const Json &payload, const std::string &source,
                            const std::string &sourceTitle)
{
    if (!payload.is_object())
        throw CurationError("payload: expected a JSON object");
    for (const auto &[key, unused] : payload.items()) {
        if (key != "name" && key != "kind" && key != "same_as" && key != "reason" &&
            key != "aliases" && key != "office")
            failField(key, "unknown field of an entity proposal");
    }
    EntityRecord entity;
    entity.name = payloadString(payload, "name");
    const std::string kind = payloadString(payload, "kind");
    const auto parsed = entityKindFromString(kind);
    if (!parsed)
        failField("kind", "unknown kind \"" + kind + "\"");
    entity.kind = *parsed;
    if (const auto it = payload.find("aliases"); it != payload.end() && !it->is_null()) {
        if (!it->is_array())
            failField("aliases", "expected an array of names");
        for (const auto &alias : *it) {
            if (!alias.is_string())
                failField("aliases", "expected an array of names");
            if (alias.get<std::string>() != entity.name)
                entity.aliases.push_back(alias.get<std::string>());
        }
    }
    entity.summary = "Named in \"" + sourceTitle + "\"; not described yet.";
    entity.sources = {source};
    entity.id = "proposal";
    return entity;
}

void addEvidence(Database &db, const StoredProposal &proposal, const char *factType,
                 std::int64_t factRowId)
{
    db.prepare("INSERT INTO evidence(source_id, fact_type, fact_id, byte_offset, byte_length) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind(1, proposal.sourceRowId)
        .bind(2, factType)
        .bind(3, factRowId)
        .bind(4, proposal.offset)
        .bind(5, proposal.length)
        .run();
}

// The office an accepted person proposal names ("office": {"role", "of"}), as a holds_office
// relation from the article; none when the body it is held in is gone or the reviewer chose a
// kind the relation does not join.
void addProposedOffice(Database &db, const Json &payload, const EntityRecord &entity,
                       const std::string &source)
{
    const auto office = payload.find("office");
    if (office == payload.end() || !office->is_object())
        return;
    const Json role = office->value("role", Json());
    const Json of = office->value("of", Json());
    if (!role.is_string() || !of.is_string())
        failField("office", "expected {\"role\": text, \"of\": entity id}");
    const auto to = entityRow(db, of.get<std::string>());
    if (!to || relationEndsProblem("holds_office", entity.kind, entityKind(db, *to)))
        return;
    RelationRecord relation;
    relation.type = "holds_office";
    relation.from = entity.id;
    relation.to = of.get<std::string>();
    relation.role = role.get<std::string>();
    relation.sources = {source};
    checkRelation(db, relation, std::nullopt);
    insertDataset(db, Dataset{{}, {}, {}, {relation}});
}

// Accepts one pending proposal inside the caller's change; returns its journal entry.
journal::Entry acceptOne(Database &db, const StoredProposal &proposal, const AcceptChoice &choice)
{
    const Json payload = Json::parse(proposal.payload, nullptr, false);
    journal::Entry entry;
    entry.action = "accept";
    if (proposal.kind == "entity") {
        EntityRecord entity = proposedEntity(payload, proposal.sourceId, proposal.sourceTitle);
        if (choice.sameAs) {
            const auto row = entityRow(db, *choice.sameAs);
            if (!row)
                failField("same as", "unknown entity \"" + *choice.sameAs + "\"");
            EntityRecord known = *loadEntity(db, *row);
            entry.before = serialiseRecord(known);
            if (entity.name != known.name && std::find(known.aliases.begin(), known.aliases.end(),
                                                       entity.name) == known.aliases.end())
                known.aliases.push_back(entity.name);
            addSource(known.sources, proposal.sourceId);
            checkFields(known);
            replaceAliases(db, *row, known.aliases);
            replaceSourceLinks(db, "entity_sources", "entity_id", *row, known.sources);
            addEvidence(db, proposal, "entity", *row);
            entry.recordType = "entity";
            entry.recordId = known.id;
            entry.label =
                "Accept " + inQuotes(entity.name) + " as the same as " + inQuotes(known.name);
            entry.after = entityJson(db, *row);
        } else {
            if (choice.kind)
                entity.kind = *choice.kind;
            entity.parent = choice.parent;
            entity.id = uniqueSlug(db, "entities", latinSlug(entity.name, 8), "entity");
            checkEntity(db, entity, std::nullopt);
            insertDataset(db, Dataset{{}, {entity}, {}, {}});
            const auto row = *entityRow(db, entity.id);
            addEvidence(db, proposal, "entity", row);
            addProposedOffice(db, payload, entity, proposal.sourceId);
            entry.recordType = "entity";
            entry.recordId = entity.id;
            entry.label = "Accept " + inQuotes(entity.name);
            entry.after = serialiseRecord(entity); // as stored: read back it is the same
        }
    } else {
        if (choice.kind || choice.parent)
            throw CurationError("an event proposal has no kind or parent to choose");
        EventRecord event = proposedEvent(db, payload, proposal.sourceId, proposal.evidence);
        if (choice.sameAs) {
            const auto row = eventRow(db, *choice.sameAs);
            if (!row)
                failField("same as", "unknown event \"" + *choice.sameAs + "\"");
            EventRecord known = *loadEvent(db, *row);
            entry.before = serialiseRecord(known);
            addSource(known.sources, proposal.sourceId);
            replaceSourceLinks(db, "event_sources", "event_id", *row, known.sources);
            addEvidence(db, proposal, "event", *row);
            entry.recordType = "event";
            entry.recordId = known.id;
            entry.label =
                "Accept " + inQuotes(event.title) + " as the same as " + inQuotes(known.title);
            entry.after = eventJson(db, *row);
        } else {
            const std::string datePart = event.date.hasYear()
                                             ? event.date.toIso()
                                             : "undated" + event.date.toIso().substr(1);
            const std::string words = latinSlug(event.title, 6);
            event.id =
                uniqueSlug(db, "events", words.empty() ? datePart : datePart + "-" + words, "");
            insertDataset(db, Dataset{{}, {}, {event}, {}});
            const auto row = *eventRow(db, event.id);
            addEvidence(db, proposal, "event", row);
            entry.recordType = "event";
            entry.recordId = event.id;
            entry.label = "Accept " + inQuotes(event.title);
            entry.after = serialiseRecord(event); // as stored: read back it is the same
        }
    }
    db.prepare("UPDATE proposals SET status = 'accepted' WHERE id = ?").bind(1, proposal.id).run();
    return entry;
}

// What Accept All does with a proposal: merges it into the known record the import found it
// probably is (the payload's "same_as", see duplicates.h) while that record still exists, else
// accepts it as proposed.
AcceptChoice probableMatch(Database &db, const StoredProposal &proposal)
{
    const Json payload = Json::parse(proposal.payload, nullptr, false);
    if (!payload.is_object() || !payload.contains("same_as") || !payload["same_as"].is_object())
        return {};
    const Json id = payload["same_as"].value("id", Json());
    if (!id.is_string())
        return {};
    const std::string known = id.get<std::string>();
    const bool exists = proposal.kind == "event" ? eventRow(db, known).has_value()
                                                 : entityRow(db, known).has_value();
    if (!exists)
        return {};
    AcceptChoice choice;
    choice.sameAs = known;
    return choice;
}

} // namespace

ChangeResult SqliteKnowledgeBase::acceptProposal(std::int64_t proposalId, const AcceptChoice &choice)
{
    const StoredProposal proposal = pendingProposal(m_db, proposalId);
    return journal::record(m_db, [&] { return acceptOne(m_db, proposal, choice); });
}

ChangeResult SqliteKnowledgeBase::acceptAllProposals()
{
    std::vector<std::int64_t> ids;
    for (const char *kind : {"entity", "event"}) {
        auto stmt = m_db.prepare("SELECT id FROM proposals WHERE status = 'pending' AND kind = ? "
                                 "ORDER BY source_id, id");
        stmt.bind(1, kind);
        while (stmt.step())
            ids.push_back(stmt.int64(0));
    }
    if (ids.empty())
        throw CurationError("no proposal is waiting for review");
    return journal::record(m_db, [&] {
        std::string after = "[";
        for (const auto id : ids) {
            try {
                const auto proposal = pendingProposal(m_db, id);
                const auto entry = acceptOne(m_db, proposal, probableMatch(m_db, proposal));
                after += (after.size() > 1 ? "," : "") + entry.after;
            } catch (const CurationError &error) {
                throw CurationError("proposal " + std::to_string(id) + ": " + error.what());
            }
        }
        after += "]";
        return journal::Entry{"accept", "proposal",
                              "",       "Accept all " + std::to_string(ids.size()) + " proposals",
                              "",       after};
    });
}

ChangeResult SqliteKnowledgeBase::rejectProposal(std::int64_t proposalId)
{
    const StoredProposal proposal = pendingProposal(m_db, proposalId);
    const std::string id = "proposal-" + std::to_string(proposalId);
    return journal::record(m_db, [&] {
        const std::string before = proposalJson(m_db, proposalId);
        m_db.prepare("UPDATE proposals SET status = 'rejected' WHERE id = ?")
            .bind(1, proposalId)
            .run();
        const Json payload = Json::parse(proposal.payload, nullptr, false);
        const std::string name =
            payload.is_object() ? payload.value("title", payload.value("name", id)) : id;
        return journal::Entry{"reject", "proposal",
                              id,       "Reject " + inQuotes(name),
                              before,   proposalJson(m_db, proposalId)};
    });
}

ChangeResult SqliteKnowledgeBase::editProposal(std::int64_t proposalId, const std::string &payloadText)
{
    const StoredProposal proposal = pendingProposal(m_db, proposalId);
    const Json payload = Json::parse(payloadText, nullptr, false);
    if (payload.is_discarded())
        throw CurationError("payload: not valid JSON");
    Json stored = payload;
    std::string name;
    if (proposal.kind == "event") {
        const EventRecord event = proposedEvent(m_db, payload, proposal.sourceId, "");
        stored["participants"] = event.participants; // the survivors' ids
        name = event.title;
    } else {
        const EntityRecord entity =
            proposedEntity(payload, proposal.sourceId, proposal.sourceTitle);
        checkFields(entity);
        name = entity.name;
    }
    const std::string id = "proposal-" + std::to_string(proposalId);
    return journal::record(m_db, [&] {
        const std::string before = proposalJson(m_db, proposalId);
        m_db.prepare("UPDATE proposals SET payload = ? WHERE id = ?")
            .bind(1, stored.dump())
            .bind(2, proposalId)
            .run();
        return journal::Entry{"edit", "proposal",
                              id,     "Edit proposal " + inQuotes(name),
                              before, proposalJson(m_db, proposalId)};
    });
}

// ---- The journal ------------------------------------------------------------------------------

std::vector<Change> SqliteKnowledgeBase::history(std::optional<std::string_view> recordId,
                                           std::size_t limit)
{
    if (recordId) {
        // A merged entity's id names its survivor.
        if (const auto row = entityRow(m_db, *recordId)) {
            const std::string survivor = entitySlug(m_db, *row);
            return journal::history(m_db, survivor, limit);
        }
    }
    return journal::history(m_db, recordId, limit);
}

std::optional<Change> SqliteKnowledgeBase::change(std::int64_t changeId)
{
    return journal::change(m_db, changeId);
}

ChangeResult SqliteKnowledgeBase::revert(std::int64_t changeId)
{
    return journal::revert(m_db, changeId, [this](const Change &change) -> std::string {
        if (change.recordType == "entity") {
            const auto row =
                scalarRow(m_db, "SELECT id FROM entities WHERE slug = ?", change.recordId);
            return row ? entityJson(m_db, *row) : std::string();
        }
        if (change.recordType == "event") {
            const auto row = eventRow(m_db, change.recordId);
            return row ? eventJson(m_db, *row) : std::string();
        }
        if (change.recordType == "relation") {
            const auto row = relationRow(m_db, change.recordId);
            return row ? relationJson(m_db, *row) : std::string();
        }
        if (change.recordType == "proposal" && change.recordId.starts_with("proposal-"))
            return proposalJson(m_db, std::stoll(change.recordId.substr(9)));
        return {};
    });
}

} // namespace csto
