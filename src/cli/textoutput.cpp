// SPDX-License-Identifier: MIT
#include "textoutput.h"

#include <core/utf8.h>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace csto::cli::text {
namespace {

using Json = nlohmann::ordered_json;

// A JSON value on one line, for a terminal: text that is not UTF-8 is replaced, not thrown on.
std::string oneLine(const Json &value)
{
    return forTerminal(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::string hexEscape(const char *format, unsigned value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

std::string describe(const EntityHeader &e)
{
    return forTerminal(e.name) + " [" + forTerminal(e.id) + "]";
}

std::string period(const std::optional<PartialDate> &start, const std::optional<PartialDate> &end)
{
    if (start && end)
        return start->toHuman() + " \u2013 " + end->toHuman();
    if (start)
        return "from " + start->toHuman();
    if (end)
        return "until " + end->toHuman();
    return "";
}

// A relation's period says what the sources say of its open side: current as of them, or not
// stated.
std::string relationPeriod(const RelationView &r)
{
    if (r.start && !r.end)
        return "from " + r.start->toHuman() + (r.ongoing ? ", current" : ", end not stated");
    if (!r.start && r.end)
        return "until " + r.end->toHuman() + ", start not stated";
    return period(r.start, r.end);
}

// A document's start is the date it was adopted: with no end, a date, not a period.
bool isAdoptionDate(const EntityCard &card)
{
    return card.header.kind == EntityKind::Document && card.start && !card.end && !card.ongoing;
}

// An entity's own period, worded as the window's card words it: a document's date of adoption
// alone; "current" says as of which sources (to the month), and an open end no source calls
// current is "end not stated".
std::string entityPeriod(const EntityCard &card)
{
    if (isAdoptionDate(card))
        return card.start->toHuman();
    std::string current = "current (as its sources say)";
    if (const auto &latest = card.sourcesUpTo) {
        const auto month = latest->precision() == PartialDate::Precision::Day
                               ? PartialDate::month(latest->yearValue(), latest->monthValue())
                               : *latest;
        current = "current (sources up to " + month.toHuman() + ")";
    }
    if (card.start && !card.end)
        return "from " + card.start->toHuman() + ", " +
               (card.ongoing ? current : std::string("end not stated"));
    if (!card.start && card.end)
        return "until " + card.end->toHuman() + ", start not stated";
    if (!card.start && !card.end && card.ongoing)
        return current;
    return period(card.start, card.end);
}

void printSources(std::ostream &out, const std::vector<SourceInfo> &sources)
{
    out << "\nSources:\n";
    for (const auto &s : sources) {
        out << "  " << forTerminal(s.publisher);
        if (s.published)
            out << ", " << s.published->toHuman();
        out << ": " << forTerminal(s.title) << " [" << forTerminal(s.id) << "]\n";
    }
}

} // namespace

std::string forTerminal(std::string_view text, LineBreaks lineBreaks)
{
    std::string out;
    out.reserve(text.size());
    utf8::forEachCodePoint(text, [&](char32_t c, std::string_view bytes, bool valid) {
        if (!valid) {
            for (const char byte : bytes)
                out += hexEscape("\\x%02x", static_cast<unsigned char>(byte));
        } else if (c == '\n' || c == '\t') {
            if (lineBreaks == LineBreaks::Keep)
                out += static_cast<char>(c);
            else
                out += c == '\n' ? "\\n" : "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            out += hexEscape("\\x%02x", static_cast<unsigned>(c));
        } else if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            out += hexEscape("\\u%04x", static_cast<unsigned>(c));
        } else {
            out += bytes;
        }
    });
    return out;
}

void printEntityCard(std::ostream &out, const EntityCard &card)
{
    out << forTerminal(card.header.name) << "\n";
    out << toString(card.header.kind);
    if (card.header.category)
        out << " (" << forTerminal(*card.header.category) << ")";
    out << " [" << forTerminal(card.header.id) << "]\n";
    if (!card.aliases.empty()) {
        out << "Also known as: ";
        for (std::size_t i = 0; i < card.aliases.size(); ++i)
            out << (i ? ", " : "") << forTerminal(card.aliases[i]);
        out << "\n";
    }
    if (const auto p = entityPeriod(card); !p.empty())
        out << (isAdoptionDate(card) ? "Date: " : "Dates: ") << p << "\n";
    if (card.parent)
        out << "Part of: " << describe(*card.parent) << "\n";
    out << "\n" << forTerminal(card.summary, LineBreaks::Keep) << "\n";
    if (!card.children.empty()) {
        out << "\nParts:\n";
        for (const auto &child : card.children)
            out << "  " << describe(child) << "\n";
    }
    if (!card.relations.empty()) {
        out << "\nRelations:\n";
        for (const auto &r : card.relations) {
            out << "  " << forTerminal(r.from.name) << " " << forTerminal(r.type) << " "
                << forTerminal(r.to.name);
            if (r.role)
                out << " (" << forTerminal(*r.role) << ")";
            if (const auto p = relationPeriod(r); !p.empty())
                out << ", " << p;
            out << "\n";
        }
    }
    if (!card.events.empty()) {
        out << "\nEvents:\n";
        printTimeline(out, card.events);
    }
    printSources(out, card.sources);
}

void printEventCard(std::ostream &out, const EventCard &card)
{
    out << forTerminal(card.header.title) << "\n";
    out << formatHumanRange(card.header.date, card.header.end);
    if (card.place)
        out << ", " << forTerminal(*card.place);
    out << " [" << forTerminal(card.header.id) << "]\n\n"
        << forTerminal(card.summary, LineBreaks::Keep) << "\n";
    if (!card.participants.empty()) {
        out << "\nParticipants:\n";
        for (const auto &p : card.participants) {
            out << "  " << describe(p.entity);
            if (p.role)
                out << " \u2014 " << forTerminal(*p.role);
            out << "\n";
        }
    }
    printSources(out, card.sources);
}

void printTimeline(std::ostream &out, std::span<const EventHeader> events)
{
    for (const auto &e : events)
        out << "  " << formatHumanRange(e.date, e.end) << "  " << forTerminal(e.title) << " ["
            << forTerminal(e.id) << "]\n";
}

void printSearchHits(std::ostream &out, std::span<const SearchHit> hits)
{
    for (const auto &h : hits) {
        out << "  " << forTerminal(h.title) << "  (";
        if (h.kind)
            out << toString(*h.kind);
        else
            out << toString(h.type);
        if (h.date)
            out << ", " << h.date->toHuman();
        out << ") [" << forTerminal(h.id) << "]\n";
    }
}

void printCounts(std::ostream &out, const Counts &counts, const std::string &databasePath)
{
    out << "Knowledge base: " << forTerminal(databasePath) << "\n";
    int total = 0;
    for (const auto &[kind, n] : counts.entities)
        total += n;
    out << "  " << total << " entities:";
    for (const auto kind : kAllEntityKinds) {
        const auto it = counts.entities.find(kind);
        out << " " << (it == counts.entities.end() ? 0 : it->second) << " " << toString(kind);
    }
    out << "\n  " << counts.events << " events, " << counts.relations << " relations, "
        << counts.sources << " sources\n";
}

void printEntityList(std::ostream &out, std::span<const EntityHeader> entities)
{
    for (const auto &e : entities)
        out << "  " << forTerminal(e.name) << "  (" << toString(e.kind) << ") ["
            << forTerminal(e.id) << "]\n";
}

void printProposals(std::ostream &out, std::span<const Proposal> proposals)
{
    for (const auto &p : proposals) {
        const auto payload = Json::parse(p.payload, nullptr, false);
        const auto field = [&](const char *name) {
            return payload.is_object() && payload.contains(name) && payload[name].is_string()
                       ? payload[name].get<std::string>()
                       : std::string();
        };
        out << "  " << p.id << "  " << forTerminal(p.kind) << "  ";
        if (p.kind == "event") {
            out << forTerminal(field("date")) << "  " << forTerminal(field("title"));
            if (payload.is_object() && payload.contains("participants") &&
                payload["participants"].is_array()) {
                std::string ids;
                for (const auto &id : payload["participants"])
                    if (id.is_string())
                        ids += (ids.empty() ? "" : ", ") + id.get<std::string>();
                out << "  (participants: " << forTerminal(ids) << ")";
            }
        } else {
            out << forTerminal(field("name")) << "  (" << forTerminal(field("kind")) << ")";
        }
        out << "\n      from " << forTerminal(p.sourceTitle) << " [" << forTerminal(p.sourceId)
            << "]\n";
    }
}

void printHistory(std::ostream &out, std::span<const Change> changes)
{
    for (const auto &c : changes) {
        out << "change " << c.id << "  " << forTerminal(c.time) << "  " << forTerminal(c.user)
            << "  " << forTerminal(c.action) << " " << forTerminal(c.recordType) << " "
            << forTerminal(c.recordId);
        if (c.reverts)
            out << " (reverts change " << *c.reverts << ")";
        out << "\n";
        if (!c.label.empty())
            out << "    " << forTerminal(c.label) << "\n";
        // What an edit changed, field by field; an addition or deletion is its label.
        const auto before = Json::parse(c.before, nullptr, false);
        const auto after = Json::parse(c.after, nullptr, false);
        if (!before.is_object() || !after.is_object())
            continue;
        for (const auto &[field, value] : after.items()) {
            const auto old = before.contains(field) ? before[field] : Json();
            if (old != value)
                out << "    " << forTerminal(field) << ": " << oneLine(old) << " -> "
                    << oneLine(value) << "\n";
        }
        for (const auto &[field, value] : before.items())
            if (!after.contains(field))
                out << "    " << forTerminal(field) << ": " << oneLine(value) << " -> (none)\n";
    }
}

} // namespace csto::cli::text
