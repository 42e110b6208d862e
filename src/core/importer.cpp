// SPDX-License-Identifier: MIT
#include "importer.h"

#include "datasetstore.h"
#include "error.h"
#include "jsontext.h"
#include "searchquery.h"
#include "sha256.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace csto {
namespace {

using Json = nlohmann::json;

std::string slugify(std::string_view text, std::size_t maxWords)
{
    std::string slug;
    std::size_t words = 0;
    bool dash = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            if (dash && !slug.empty()) {
                if (++words >= maxWords)
                    break;
                slug += '-';
            }
            dash = false;
            slug += static_cast<char>(std::tolower(u));
        } else {
            dash = true;
        }
    }
    return slug.empty() ? std::string("item") : slug;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

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
    rebuildGazetteer();
}

void Importer::rebuildGazetteer()
{
    m_gazetteer = extract::Gazetteer();
    const auto names = m_kb.allNames();
    for (const auto &[name, rowId] : names)
        m_gazetteer.add(name, rowId);
    m_gazetteer.build();
    m_duplicates.emplace(m_kb, names);
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
        const std::string &text = decoded.text;
        report.note = decoded.note;
        const std::string hash = sha256Hex(text);
        Database &db = m_kb.database();
        Transaction transaction(db);

        // The same text again: recognised by its hash, skipped.
        std::optional<std::int64_t> sourceRowId;
        auto existing = db.prepare("SELECT s.id, s.slug, s.title, s.publisher, s.published, "
                                   "a.source_id IS NOT NULL FROM sources s LEFT JOIN articles a "
                                   "ON a.source_id = s.id WHERE s.sha256 = ?");
        existing.bind(1, hash);
        if (existing.step()) {
            report.sourceId = existing.text(1);
            report.title = existing.text(2);
            report.publisher = existing.text(3);
            if (!existing.isNull(4))
                report.published = PartialDate::tryParse(existing.text(4));
            if (existing.integer(5) != 0) {
                report.status = ImportReport::Status::Duplicate;
                return report;
            }
            sourceRowId = existing.int64(0);
        }

        const auto analysis = extract::analyseArticle(text, m_gazetteer, options.published);
        // A curated source may give the year the text does not.
        if (!sourceRowId || !report.published || !report.published->hasYear())
            report.yearNote = analysis.yearNote;
        if (!sourceRowId) {
            report.sourceId = "imported-" + hash.substr(0, 12);
            report.title = analysis.title.empty() ? std::filesystem::path(fileName).stem().string()
                                                  : analysis.title;
            report.publisher = analysis.publisher.value_or("unknown outlet");
            report.published = analysis.published;
            SourceRecord source{report.sourceId,
                                report.publisher,
                                report.published,
                                report.title,
                                languageOf(text),
                                hash,
                                std::filesystem::path(fileName).filename().string(),
                                {}};
            sourceRowId = insertSource(db, source);
        }
        insertArticleText(db, *sourceRowId, report.title, report.publisher, text, utcNow());

        const auto slugOf = [&](std::int64_t rowId) { return m_kb.entity(rowId)->id; };
        auto mention = db.prepare("INSERT INTO article_mentions(source_id, entity_id, byte_offset, "
                                  "byte_length) VALUES (?, ?, ?, ?)");
        for (const auto &m : analysis.mentions) {
            mention.bind(1, *sourceRowId)
                .bind(2, m.entityRowId)
                .bind(3, static_cast<std::int64_t>(m.offset))
                .bind(4, static_cast<std::int64_t>(m.length))
                .run();
            report.mentions.push_back(
                {slugOf(m.entityRowId), text.substr(m.offset, m.length), m.offset, m.length});
        }

        auto proposal = db.prepare("INSERT INTO proposals(source_id, kind, payload, byte_offset, "
                                   "byte_length) VALUES (?, ?, ?, ?, ?)");
        for (const auto &e : analysis.events) {
            ImportReport::Event event{0, e.date, e.end, e.title, e.place, {}, e.evidence, {}, {}};
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
            event.sameAs = m_duplicates->knownEvent(e.date, event.participants);
            if (event.sameAs)
                payload["same_as"] = sameAsJson(*event.sameAs);
            proposal.bind(1, *sourceRowId)
                .bind(2, "event")
                .bind(3, payload.dump())
                .bind(4, static_cast<std::int64_t>(e.evidence.offset))
                .bind(5, static_cast<std::int64_t>(e.evidence.length))
                .run();
            event.proposalId = db.lastInsertRowId();
            report.events.push_back(std::move(event));
        }
        for (const auto &e : analysis.entities) {
            Json payload = {{"name", e.name}, {"kind", toString(e.kind)}};
            auto sameAs = m_duplicates->knownEntity(e.name);
            if (sameAs)
                payload["same_as"] = sameAsJson(*sameAs);
            proposal.bind(1, *sourceRowId)
                .bind(2, "entity")
                .bind(3, payload.dump())
                .bind(4, static_cast<std::int64_t>(e.evidence.offset))
                .bind(5, static_cast<std::int64_t>(e.evidence.length))
                .run();
            report.entities.push_back(
                {db.lastInsertRowId(), e.name, e.kind, e.evidence, std::move(sameAs)});
        }
        if (options.acceptAll) {
            // Entities first, so that accepted events could name them in a later import.
            for (const auto &e : report.entities)
                acceptInTransaction(e.proposalId);
            for (const auto &e : report.events)
                acceptInTransaction(e.proposalId);
        }
        transaction.commit();
        report.status = ImportReport::Status::Imported;
        if (options.acceptAll && !report.entities.empty())
            rebuildGazetteer();
    } catch (const DataError &error) {
        report.status = ImportReport::Status::Error;
        report.error = error.problem();
    } catch (const Error &error) {
        report.status = ImportReport::Status::Error;
        report.error = error.what();
    }
    return report;
}

std::optional<std::string> Importer::accept(std::int64_t proposalId)
{
    Transaction transaction(m_kb.database());
    auto id = acceptInTransaction(proposalId);
    transaction.commit();
    rebuildGazetteer();
    return id;
}

void Importer::reject(std::int64_t proposalId)
{
    m_kb.database()
        .prepare("UPDATE proposals SET status = 'rejected' WHERE id = ? AND status = 'pending'")
        .bind(1, proposalId)
        .run();
}

void Importer::editEvent(std::int64_t proposalId, const PartialDate &date,
                         const std::optional<PartialDate> &end, const std::string &title,
                         const std::vector<std::string> &participants)
{
    const std::string where = "proposal " + std::to_string(proposalId);
    if (end && (end->hasYear() != date.hasYear() || end->lastDayKey() < date.firstDayKey()))
        throw DataError(where, "/end", end->toIso() + " is before " + date.toIso());
    if (title.empty())
        throw DataError(where, "/title", "the title must not be empty");
    for (std::size_t i = 0; i < participants.size(); ++i) {
        if (!m_kb.findEntity(participants[i]))
            throw DataError(where, "/participants/" + std::to_string(i),
                            "unknown entity \"" + participants[i] + "\"");
    }
    auto stmt = m_kb.database().prepare("SELECT payload FROM proposals WHERE id = ? AND kind = "
                                        "'event' AND status = 'pending'");
    stmt.bind(1, proposalId);
    if (!stmt.step())
        throw DataError(where, "", "not a pending event proposal");
    Json payload = Json::parse(stmt.text(0));
    if (payload.at("date").get<std::string>() != date.toIso())
        payload.erase("year_note"); // the reviewer chose the date
    payload["date"] = date.toIso();
    payload["end"] = end ? Json(end->toIso()) : Json(nullptr);
    payload["title"] = title;
    std::vector<std::string> ids;
    for (const auto &p : participants)
        ids.push_back(m_kb.findEntity(p)->id);
    payload["participants"] = ids;
    m_kb.database()
        .prepare("UPDATE proposals SET payload = ? WHERE id = ?")
        .bind(1, payload.dump())
        .bind(2, proposalId)
        .run();
}

std::optional<std::string> Importer::acceptInTransaction(std::int64_t proposalId)
{
    Database &db = m_kb.database();
    auto stmt = db.prepare("SELECT p.kind, p.payload, p.byte_offset, p.byte_length, s.slug, "
                           "s.title, p.source_id, substr(a.text, p.byte_offset + 1, "
                           "p.byte_length) FROM proposals p JOIN sources s ON s.id = p.source_id "
                           "LEFT JOIN articles a ON a.source_id = p.source_id WHERE p.id = ? AND "
                           "p.status = 'pending'");
    stmt.bind(1, proposalId);
    if (!stmt.step())
        return std::nullopt;
    const std::string kind = stmt.text(0);
    const Json payload = Json::parse(stmt.text(1));
    const auto offset = stmt.int64(2);
    const auto length = stmt.int64(3);
    const std::string source = stmt.text(4);
    const std::string sourceTitle = stmt.text(5);
    const std::int64_t sourceRowId = stmt.int64(6);
    const std::string evidence = stmt.text(7);
    const Location where{"proposal " + std::to_string(proposalId), ""};

    const auto uniqueId = [&](const char *table, std::string base) {
        std::string candidate = base;
        for (int n = 2;; ++n) {
            auto exists = db.prepare(std::string("SELECT 1 FROM ") + table + " WHERE slug = ?");
            exists.bind(1, candidate);
            if (!exists.step())
                return candidate;
            candidate = base + "-" + std::to_string(n);
        }
    };

    std::string newId;
    std::string factType;
    if (kind == "event") {
        EventRecord event;
        event.date = PartialDate::parse(payload.at("date").get<std::string>());
        if (!payload.at("end").is_null())
            event.end = PartialDate::parse(payload.at("end").get<std::string>());
        event.title = payload.at("title").get<std::string>();
        event.summary = evidence.empty() ? event.title : evidence;
        if (!payload.at("place").is_null())
            event.place = payload.at("place").get<std::string>();
        event.participants = payload.at("participants").get<std::vector<std::string>>();
        event.sources = {source};
        event.where = where;
        const std::string datePart =
            event.date.hasYear() ? event.date.toIso() : "undated" + event.date.toIso().substr(1);
        event.id = uniqueId("events", datePart + "-" + slugify(event.title, 6));
        newId = event.id;
        factType = "event";
        insertDataset(db, Dataset{{}, {}, {event}, {}});
    } else {
        EntityRecord entity;
        entity.name = payload.at("name").get<std::string>();
        entity.kind =
            entityKindFromString(payload.at("kind").get<std::string>()).value_or(EntityKind::Body);
        entity.summary = "Named in \"" + sourceTitle + "\"; not described yet.";
        entity.sources = {source};
        entity.where = where;
        entity.id = uniqueId("entities", slugify(entity.name, 8));
        newId = entity.id;
        factType = "entity";
        insertDataset(db, Dataset{{}, {entity}, {}, {}});
    }
    auto fact = db.prepare(factType == "event" ? "SELECT id FROM events WHERE slug = ?"
                                               : "SELECT id FROM entities WHERE slug = ?");
    fact.bind(1, newId);
    fact.step();
    const std::int64_t factRowId = fact.int64(0);
    db.prepare("INSERT INTO evidence(source_id, fact_type, fact_id, byte_offset, byte_length) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind(1, sourceRowId)
        .bind(2, factType)
        .bind(3, factRowId)
        .bind(4, offset)
        .bind(5, length)
        .run();
    db.prepare("UPDATE proposals SET status = 'accepted' WHERE id = ?").bind(1, proposalId).run();
    return newId;
}

} // namespace csto
