// SPDX-License-Identifier: MIT
#include "importer.h"

#include "datasetstore.h"
#include "error.h"
#include "jsontext.h"
#include "searchquery.h"
#include "sha256.h"
#include "textkey.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>

namespace csto {
namespace {

using Json = nlohmann::json;

// Latin or Cyrillic, by which letters dominate.
std::string languageOf(std::string_view text)
{
    std::size_t latin = 0;
    std::size_t cyrillic = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isalpha(c))
            ++latin;
        else if (c == 0xD0 || c == 0xD1)
            ++cyrillic;
    }
    return cyrillic > latin ? "ru" : "en";
}

Json sameAsJson(const SameAs &sameAs)
{
    return {{"id", sameAs.id}, {"reason", sameAs.reason}};
}

} // namespace

std::string_view toString(ImportReport::Status status) noexcept
{
    switch (status) {
    case ImportReport::Status::Imported:
        return "imported";
    case ImportReport::Status::Duplicate:
        return "duplicate";
    case ImportReport::Status::Error:
        return "error";
    }
    return "error";
}

Importer::Importer(KnowledgeBase &kb) : m_kb(kb)
{
    refreshGazetteer();
}

void Importer::refreshGazetteer()
{
    const auto latest = m_kb.history(std::nullopt, 1);
    const auto change = latest.empty() ? std::nullopt : std::make_optional(latest.front().id);
    if (m_gazetteerBuilt && change == m_gazetteerChange)
        return;
    m_gazetteerBuilt = true;
    m_gazetteerChange = change;
    m_gazetteer = extract::Gazetteer();
    const auto names = m_kb.allNames();
    for (const auto &[name, rowId] : names)
        m_gazetteer.add(name, rowId);
    m_gazetteer.build();
    m_duplicates.emplace(m_kb, names);
}

Importer::Batch Importer::importBatch(const std::vector<std::filesystem::path> &files,
                                      const ImportOptions &options,
                                      const std::function<bool()> &keepGoing,
                                      const std::function<void(std::size_t)> &done)
{
    Batch batch;
    const auto transaction = m_kb.beginBatch();
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!keepGoing())
            return batch;
        batch.reports.push_back(importFile(files[i], options));
        done(i + 1);
    }
    if (!keepGoing())
        return batch;
    transaction->commit();
    batch.committed = true;
    return batch;
}

ImportReport Importer::importFile(const std::filesystem::path &file, const ImportOptions &options)
{
    try {
        return importText(readTextFile(file, kMaxArticleBytes), file.string(), options);
    } catch (const DataError &error) {
        ImportReport report;
        report.file = file.string();
        report.error = error.problem();
        return report;
    }
}

ImportReport Importer::importText(std::string_view bytes, const std::string &fileName,
                                  const ImportOptions &options)
{
    ImportReport report;
    report.file = fileName;
    try {
        const auto decoded = extract::decodeArticle(bytes, options.encoding, fileName);
        // Stored, hashed and analysed in NFC, so offsets are bytes of the stored text and the
        // same article composed either way is recognised as the same.
        const std::string text = toNfc(decoded.text);
        report.note = decoded.note;
        const std::string hash = sha256Hex(text);
        const auto transaction = m_kb.beginBatch();

        // The same text again: recognised by its hash, skipped.
        const auto known = m_kb.sourceWithHash(hash);
        if (known) {
            report.sourceId = known->id;
            report.title = known->title;
            report.publisher = known->publisher;
            report.published = known->published;
            if (known->hasArticle) {
                report.status = ImportReport::Status::Duplicate;
                return report;
            }
        }

        refreshGazetteer();
        const auto analysis = extract::analyseArticle(text, m_gazetteer, options.published);
        // A curated source may give the year the text does not.
        if (!known || !report.published || !report.published->hasYear())
            report.yearNote = analysis.yearNote;
        ImportedArticle stored;
        if (!known) {
            report.sourceId = "imported-" + hash.substr(0, 12);
            report.title = analysis.title.empty() ? std::filesystem::path(fileName).stem().string()
                                                  : analysis.title;
            report.publisher = analysis.publisher.value_or("unknown outlet");
            report.published = analysis.published;
            stored.newSource = SourceRecord{report.sourceId,
                                            report.publisher,
                                            report.published,
                                            report.title,
                                            languageOf(text),
                                            hash,
                                            std::filesystem::path(fileName).filename().string(),
                                            {}};
        }
        stored.sourceId = report.sourceId;
        stored.title = report.title;
        stored.publisher = report.publisher;
        stored.text = text;
        stored.importedAt = utcTimestamp();

        const auto slugOf = [&](std::int64_t rowId) { return m_kb.entity(rowId)->id; };
        for (const auto &m : analysis.mentions) {
            stored.mentions.push_back({m.entityRowId, m.offset, m.length});
            report.mentions.push_back(
                {slugOf(m.entityRowId), text.substr(m.offset, m.length), m.offset, m.length});
        }

        for (const auto &e : analysis.events) {
            ImportReport::Event event{0,          e.date, e.end, e.title, e.place, {},
                                      e.evidence, {},     {},    {},      {}};
            for (const auto rowId : e.participants)
                event.participants.push_back(slugOf(rowId));
            if (!e.yearStated)
                event.yearNote = analysis.yearNote;
            Json payload = {{"date", e.date.toIso()},
                            {"end", e.end ? Json(e.end->toIso()) : Json(nullptr)},
                            {"title", e.title},
                            {"place", e.place ? Json(*e.place) : Json(nullptr)},
                            {"participants", event.participants}};
            if (event.yearNote)
                payload["year_note"] = *event.yearNote; // for the reviewer
            if (!e.reason.empty())
                payload["reason"] = e.reason;
            // Proposed entities taking part, by name: accepting resolves those accepted by then.
            if (!e.proposedParticipants.empty())
                payload["new_participants"] = e.proposedParticipants;
            event.reason = e.reason;
            event.proposedParticipants = e.proposedParticipants;
            event.sameAs = m_duplicates->knownEvent(e.date, event.participants);
            if (event.sameAs)
                payload["same_as"] = sameAsJson(*event.sameAs);
            stored.proposals.push_back(
                {"event", payload.dump(), e.evidence.offset, e.evidence.length});
            report.events.push_back(std::move(event));
        }
        for (const auto &e : analysis.entities) {
            Json payload = {{"name", e.name}, {"kind", toString(e.kind)}, {"reason", e.reason}};
            if (!e.aliases.empty())
                payload["aliases"] = e.aliases;
            if (e.office)
                payload["office"] = {{"role", e.office->role},
                                     {"of", slugOf(e.office->entityRowId)}};
            auto sameAs = m_duplicates->knownEntity(e.name);
            if (sameAs)
                payload["same_as"] = sameAsJson(*sameAs);
            stored.proposals.push_back(
                {"entity", payload.dump(), e.evidence.offset, e.evidence.length});
            report.entities.push_back(
                {0, e.name, e.kind, e.evidence, std::move(sameAs), e.reason});
        }
        const auto proposalIds = m_kb.storeImportedArticle(stored);
        auto nextId = proposalIds.begin();
        for (auto &event : report.events)
            event.proposalId = *nextId++;
        for (auto &entity : report.entities)
            entity.proposalId = *nextId++;
        if (options.acceptAll) {
            // Entities first, so that accepted events could name them in a later import. One
            // the store refuses (a name no record may have) stays pending for review. A
            // probable duplicate merges into what it probably is, as in the review.
            const auto acceptIfValid = [&](std::int64_t proposalId,
                                           const std::optional<SameAs> &sameAs) {
                AcceptChoice choice;
                if (sameAs)
                    choice.sameAs = sameAs->id;
                try {
                    m_kb.acceptProposal(proposalId, choice);
                } catch (const CurationError &) {
                }
            };
            for (const auto &e : report.entities)
                acceptIfValid(e.proposalId, e.sameAs);
            for (const auto &e : report.events)
                acceptIfValid(e.proposalId, e.sameAs);
        }
        transaction->commit();
        report.status = ImportReport::Status::Imported;
    } catch (const DataError &error) {
        report.status = ImportReport::Status::Error;
        report.error = error.problem();
    } catch (const Error &error) {
        report.status = ImportReport::Status::Error;
        report.error = error.what();
    }
    return report;
}

bool Importer::isPending(std::int64_t proposalId)
{
    const auto pending = m_kb.pendingProposals();
    return std::any_of(pending.begin(), pending.end(),
                       [&](const Proposal &p) { return p.id == proposalId; });
}

std::optional<std::string> Importer::accept(std::int64_t proposalId)
{
    if (!isPending(proposalId))
        return std::nullopt;
    return m_kb.acceptProposal(proposalId).recordId;
}

void Importer::reject(std::int64_t proposalId)
{
    if (isPending(proposalId))
        m_kb.rejectProposal(proposalId);
}

void Importer::editEvent(std::int64_t proposalId, const PartialDate &date,
                         const std::optional<PartialDate> &end, const std::string &title,
                         const std::vector<std::string> &participants)
{
    Json payload;
    for (const auto &p : m_kb.pendingProposals()) {
        if (p.id == proposalId && p.kind == "event")
            payload = Json::parse(p.payload);
    }
    if (payload.is_null())
        throw CurationError("proposal " + std::to_string(proposalId) +
                            " is not a pending event proposal");
    if (payload.value("date", std::string()) != date.toIso())
        payload.erase("year_note"); // the reviewer chose the date
    payload["date"] = date.toIso();
    payload["end"] = end ? Json(end->toIso()) : Json(nullptr);
    payload["title"] = title;
    std::vector<std::string> ids;
    for (const auto &p : participants) {
        const auto entity = m_kb.findEntity(p);
        ids.push_back(entity ? entity->id : p); // an unknown one is refused by name
    }
    payload["participants"] = ids;
    m_kb.editProposal(proposalId, payload.dump());
}

} // namespace csto
