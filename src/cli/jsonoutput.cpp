// SPDX-License-Identifier: MIT
#include "jsonoutput.h"

#include <core/datasetjson.h>

namespace csto::cli::json {
namespace {

Json dateOrNull(const std::optional<PartialDate> &date)
{
    return date ? Json(date->toIso()) : Json(nullptr);
}

// A proposal's probable match in the knowledge base: {"id", "reason"}, or null.
Json sameAsOrNull(const std::optional<SameAs> &sameAs)
{
    if (!sameAs)
        return nullptr;
    return {{"id", sameAs->id}, {"reason", sameAs->reason}};
}

Json stringOrNull(const std::optional<std::string> &text)
{
    return text ? Json(*text) : Json(nullptr);
}

Json entityRef(const EntityHeader &e)
{
    return {{"id", e.id}, {"name", e.name}, {"kind", toString(e.kind)}};
}

Json eventRef(const EventHeader &e)
{
    return {{"id", e.id},
            {"date", e.date.toIso()},
            {"end", dateOrNull(e.end)},
            {"date_text", formatHumanRange(e.date, e.end)},
            {"title", e.title}};
}

Json sourceList(const std::vector<SourceInfo> &sources)
{
    Json list = Json::array();
    for (const auto &s : sources)
        list.push_back({{"id", s.id},
                        {"publisher", s.publisher},
                        {"published", dateOrNull(s.published)},
                        {"title", s.title},
                        {"language", s.language}});
    return list;
}

// JSON the store keeps as text (a journal record, a proposal's payload): null when empty, and
// the text as it is should it not parse.
Json jsonFromText(const std::string &text)
{
    if (text.empty())
        return nullptr;
    auto parsed = Json::parse(text, nullptr, false);
    return parsed.is_discarded() ? Json(text) : parsed;
}

// The export format's writer is the one authority on its shape: a one-record dataset is written
// and the record read back from it.
Json exported(Dataset dataset, const char *list)
{
    return Json::parse(serialiseDataset(dataset)).at(list).at(0);
}

} // namespace

Json entityCard(const EntityCard &card)
{
    Json children = Json::array();
    for (const auto &child : card.children)
        children.push_back(entityRef(child));
    Json relations = Json::array();
    for (const auto &r : card.relations)
        relations.push_back({{"id", "relation-" + std::to_string(r.rowId)},
                             {"type", r.type},
                             {"from", entityRef(r.from)},
                             {"to", entityRef(r.to)},
                             {"start", dateOrNull(r.start)},
                             {"end", dateOrNull(r.end)},
                             {"ongoing", r.ongoing},
                             {"role", stringOrNull(r.role)},
                             {"summary", stringOrNull(r.summary)},
                             {"sources", r.sources}});
    Json events = Json::array();
    for (const auto &e : card.events)
        events.push_back(eventRef(e));
    return {{"type", "entity"},
            {"id", card.header.id},
            {"kind", toString(card.header.kind)},
            {"category", stringOrNull(card.header.category)},
            {"name", card.header.name},
            {"aliases", card.aliases},
            {"parent", card.parent ? entityRef(*card.parent) : Json(nullptr)},
            {"children", children},
            {"summary", card.summary},
            {"start", dateOrNull(card.start)},
            {"end", dateOrNull(card.end)},
            {"relations", relations},
            {"events", events},
            {"sources", sourceList(card.sources)}};
}

Json eventCard(const EventCard &card)
{
    Json participants = Json::array();
    for (const auto &p : card.participants) {
        Json ref = entityRef(p.entity);
        ref["role"] = stringOrNull(p.role);
        participants.push_back(ref);
    }
    Json result = {{"type", "event"}};
    result.update(eventRef(card.header));
    result["summary"] = card.summary;
    result["place"] = stringOrNull(card.place);
    result["participants"] = participants;
    result["sources"] = sourceList(card.sources);
    return result;
}

Json timeline(std::span<const EventHeader> events)
{
    Json list = Json::array();
    for (const auto &e : events)
        list.push_back(eventRef(e));
    return {{"events", list}};
}

Json searchHits(const std::string &query, std::span<const SearchHit> hits)
{
    Json list = Json::array();
    for (const auto &h : hits) {
        list.push_back({{"type", toString(h.type)},
                        {"id", h.id},
                        {"title", h.title},
                        {"kind", h.kind ? Json(toString(*h.kind)) : Json(nullptr)},
                        {"date", dateOrNull(h.date)},
                        {"matched", h.matchedName ? "name" : "text"}});
    }
    return {{"query", query}, {"hits", list}};
}

Json importReports(std::span<const ImportReport> reports)
{
    Json articles = Json::array();
    for (const auto &r : reports) {
        Json mentions = Json::array();
        for (const auto &m : r.mentions)
            mentions.push_back({{"entity", m.entity},
                                {"text", m.text},
                                {"offset", m.offset},
                                {"length", m.length}});
        Json events = Json::array();
        for (const auto &e : r.events)
            events.push_back(
                {{"date", e.date.toIso()},
                 {"end", dateOrNull(e.end)},
                 {"title", e.title},
                 {"participants", e.participants},
                 {"evidence", {{"offset", e.evidence.offset}, {"length", e.evidence.length}}},
                 {"place", stringOrNull(e.place)},
                 {"proposal", e.proposalId},
                 {"year_note", stringOrNull(e.yearNote)},
                 {"same_as", sameAsOrNull(e.sameAs)},
                 {"new_participants", e.proposedParticipants},
                 {"reason", e.reason.empty() ? Json(nullptr) : Json(e.reason)}});
        Json entities = Json::array();
        for (const auto &e : r.entities)
            entities.push_back(
                {{"name", e.name},
                 {"kind", toString(e.kind)},
                 {"evidence", {{"offset", e.evidence.offset}, {"length", e.evidence.length}}},
                 {"proposal", e.proposalId},
                 {"same_as", sameAsOrNull(e.sameAs)},
                 {"reason", e.reason}});
        const bool error = r.status == ImportReport::Status::Error;
        articles.push_back({{"file", r.file},
                            {"source", error ? Json(nullptr) : Json(r.sourceId)},
                            {"title", error ? Json(nullptr) : Json(r.title)},
                            {"publisher", error ? Json(nullptr) : Json(r.publisher)},
                            {"published", dateOrNull(r.published)},
                            {"status", toString(r.status)},
                            {"error", error ? Json(r.error) : Json(nullptr)},
                            {"note", stringOrNull(r.note)},
                            {"year_note", stringOrNull(r.yearNote)},
                            {"mentions", mentions},
                            {"proposed_events", events},
                            {"proposed_entities", entities}});
    }
    return {{"articles", articles}};
}

Json counts(const Counts &counts, const std::string &databasePath)
{
    Json entities = Json::object();
    int total = 0;
    for (const auto kind : kAllEntityKinds) {
        const auto it = counts.entities.find(kind);
        const int n = it == counts.entities.end() ? 0 : it->second;
        entities[std::string(toString(kind))] = n;
        total += n;
    }
    entities["total"] = total;
    return {{"database", databasePath},
            {"sources", counts.sources},
            {"entities", entities},
            {"events", counts.events},
            {"relations", counts.relations}};
}

Json entityRecord(const EntityRecord &record)
{
    Dataset dataset;
    dataset.entities.push_back(record);
    return exported(std::move(dataset), "entities");
}

Json eventRecord(const EventRecord &record)
{
    Dataset dataset;
    dataset.events.push_back(record);
    return exported(std::move(dataset), "events");
}

Json relationRecord(const RelationRecord &record, const std::string &id)
{
    Dataset dataset;
    dataset.relations.push_back(record);
    Json result = {{"id", id}};
    result.update(exported(std::move(dataset), "relations"));
    return result;
}

Json journalRecord(const std::string &text)
{
    return jsonFromText(text);
}

Json change(const Change &change)
{
    return {{"id", change.id},
            {"time", change.time},
            {"user", change.user},
            {"action", change.action},
            {"record_type", change.recordType},
            {"record", change.recordId},
            {"label", change.label},
            {"before", journalRecord(change.before)},
            {"after", journalRecord(change.after)},
            {"reverts", change.reverts ? Json(*change.reverts) : Json(nullptr)}};
}

Json proposals(std::span<const Proposal> proposals)
{
    Json list = Json::array();
    for (const auto &p : proposals)
        list.push_back({{"id", p.id},
                        {"type", p.kind},
                        {"payload", jsonFromText(p.payload)},
                        {"source", p.sourceId},
                        {"source_title", p.sourceTitle},
                        {"evidence", {{"offset", p.offset}, {"length", p.length}}}});
    return {{"proposals", list}};
}

Json entityList(std::span<const EntityHeader> entities)
{
    Json list = Json::array();
    for (const auto &e : entities)
        list.push_back({{"id", e.id},
                        {"kind", toString(e.kind)},
                        {"category", stringOrNull(e.category)},
                        {"name", e.name}});
    return {{"entities", list}};
}

} // namespace csto::cli::json
