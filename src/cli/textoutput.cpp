// SPDX-License-Identifier: MIT
#include "textoutput.h"

namespace csto::cli::text {
namespace {

std::string describe(const EntityHeader &e)
{
    return e.name + " [" + e.id + "]";
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

void printSources(std::ostream &out, const std::vector<SourceInfo> &sources)
{
    out << "\nSources:\n";
    for (const auto &s : sources) {
        out << "  " << s.publisher;
        if (s.published)
            out << ", " << s.published->toHuman();
        out << ": " << s.title << " [" << s.id << "]\n";
    }
}

} // namespace

void printEntityCard(std::ostream &out, const EntityCard &card)
{
    out << card.header.name << "\n";
    out << toString(card.header.kind);
    if (card.header.category)
        out << " (" << *card.header.category << ")";
    out << " [" << card.header.id << "]\n";
    if (!card.aliases.empty()) {
        out << "Also known as: ";
        for (std::size_t i = 0; i < card.aliases.size(); ++i)
            out << (i ? ", " : "") << card.aliases[i];
        out << "\n";
    }
    if (const auto p = period(card.start, card.end); !p.empty())
        out << "Dates: " << p << "\n";
    if (card.parent)
        out << "Part of: " << describe(*card.parent) << "\n";
    out << "\n" << card.summary << "\n";
    if (!card.children.empty()) {
        out << "\nParts:\n";
        for (const auto &child : card.children)
            out << "  " << describe(child) << "\n";
    }
    if (!card.relations.empty()) {
        out << "\nRelations:\n";
        for (const auto &r : card.relations) {
            out << "  " << r.from.name << " " << r.type << " " << r.to.name;
            if (r.role)
                out << " (" << *r.role << ")";
            if (const auto p = period(r.start, r.end); !p.empty())
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
    out << card.header.title << "\n";
    out << formatHumanRange(card.header.date, card.header.end);
    if (card.place)
        out << ", " << *card.place;
    out << " [" << card.header.id << "]\n\n" << card.summary << "\n";
    if (!card.participants.empty()) {
        out << "\nParticipants:\n";
        for (const auto &p : card.participants) {
            out << "  " << describe(p.entity);
            if (p.role)
                out << " \u2014 " << *p.role;
            out << "\n";
        }
    }
    printSources(out, card.sources);
}

void printTimeline(std::ostream &out, std::span<const EventHeader> events)
{
    for (const auto &e : events)
        out << "  " << formatHumanRange(e.date, e.end) << "  " << e.title << " [" << e.id << "]\n";
}

void printSearchHits(std::ostream &out, std::span<const SearchHit> hits)
{
    for (const auto &h : hits) {
        out << "  " << h.title << "  (";
        if (h.kind)
            out << toString(*h.kind);
        else
            out << toString(h.type);
        if (h.date)
            out << ", " << h.date->toHuman();
        out << ") [" << h.id << "]\n";
    }
}

void printCounts(std::ostream &out, const Counts &counts, const std::string &databasePath)
{
    out << "Knowledge base: " << databasePath << "\n";
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

} // namespace csto::cli::text
