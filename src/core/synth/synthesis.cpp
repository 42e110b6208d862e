// SPDX-License-Identifier: MIT
#include "synthesis.h"

#include "../database.h"
#include "../datasetstore.h"
#include "../sha256.h"
#include "articles.h"
#include "names.h"

#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace csto::synth {
namespace {

constexpr std::size_t kBatch = 20000;
constexpr int kFirstYear = 1992;
constexpr int kLastYear = 2026;

struct BodyType
{
    const char *english;
    const char *russian;
    const char *category;
};

constexpr std::array<BodyType, 7> kBodyTypes = {{
    {"Council", "Совет", "statutory"},
    {"Committee", "Комитет", "subsidiary"},
    {"Commission", "Комиссия", "subsidiary"},
    {"Working Group", "Рабочая группа", "working"},
    {"Centre", "Центр", "centre"},
    {"Directorate", "Управление", "national"},
    {"Secretariat", "Секретариат", "statutory"},
}};

constexpr std::array<const char *, 6> kDocumentTypes = {"Protocol", "Agreement", "Declaration",
                                                        "Decision", "Programme", "Statement"};

std::string padded(std::size_t n)
{
    std::string digits = std::to_string(n);
    return std::string(digits.size() < 7 ? 7 - digits.size() : 0, '0') + digits;
}

// How many of `total` entities are of each kind; people take over half.
struct KindPlan
{
    std::size_t organisations, states, bodies, forces, operations, exercises, documents, people;

    explicit KindPlan(std::size_t total)
    {
        const auto share = [&](double fraction, std::size_t minimum) {
            return std::max(minimum,
                            static_cast<std::size_t>(static_cast<double>(total) * fraction));
        };
        organisations = share(0.005, 2);
        states = std::min<std::size_t>(share(0.01, 4), 400);
        bodies = share(0.15, 4);
        forces = share(0.02, 1);
        operations = share(0.02, 1);
        exercises = share(0.03, 1);
        documents = share(0.17, 1);
        const std::size_t used =
            organisations + states + bodies + forces + operations + exercises + documents;
        people = total > used ? total - used : 1;
    }
};

PartialDate randomDate(Random &random, PartialDate::Precision precision)
{
    // More events in later years, as the organisation grew.
    const int span = kLastYear - kFirstYear + 1;
    const int year = kFirstYear + static_cast<int>(std::sqrt(random.unit()) * span);
    const int month = 1 + static_cast<int>(random.below(12));
    const int day = 1 + static_cast<int>(random.below(28));
    switch (precision) {
    case PartialDate::Precision::Year:
        return PartialDate::year(year);
    case PartialDate::Precision::Month:
        return PartialDate::month(year, month);
    case PartialDate::Precision::DayOfYear:
        return PartialDate::dayOfYear(month, day);
    case PartialDate::Precision::Day:
        break;
    }
    return PartialDate::day(year, month, day);
}

class Generator
{
public:
    Generator(const SynthOptions &options, const SynthProgress &progress)
        : m_options(options), m_progress(progress), m_random(options.seed), m_plan(options.entities)
    {}

    void write(Database &db)
    {
        // The file grows to gigabytes in one transaction: a larger page cache saves re-reading
        // the FTS5 index's pages for every article (a profile showed a fifth of the time in pread).
        db.execScript("PRAGMA cache_size = -262144");
        writeSources(db);
        writeEntities(db);
        writeEvents(db);
        writeArticles(db);
    }

private:
    void report(std::string_view phase, std::size_t done, std::size_t total)
    {
        if (m_progress)
            m_progress(phase, done, total);
    }

    std::string sourceFor(std::size_t n) { return m_sourceIds[n % m_sourceIds.size()]; }
    std::string randomSource() { return sourceFor(m_random.below(m_sourceIds.size())); }

    void writeSources(Database &db)
    {
        Dataset dataset;
        const std::size_t count = std::max<std::size_t>(m_options.articles, 1);
        for (std::size_t i = 0; i < count; ++i) {
            m_sourceIds.push_back("synth-article-" + padded(i));
            // Titles, publishers and dates are filled in with the article text.
            dataset.sources.push_back({m_sourceIds.back(),
                                       "Synthetic",
                                       std::nullopt,
                                       "Synthetic article " + std::to_string(i),
                                       "en",
                                       std::nullopt,
                                       std::nullopt,
                                       {}});
        }
        insertDataset(db, dataset);
    }

    EntityRecord entity(std::string id, EntityKind kind, Name name, std::string summary)
    {
        EntityRecord e;
        e.id = std::move(id);
        e.kind = kind;
        e.name = std::move(name.latin);
        e.aliases.push_back(std::move(name.cyrillic));
        e.summary = std::move(summary);
        e.sources.push_back(randomSource());
        return e;
    }

    void flush(Database &db, Dataset &dataset, std::string_view phase, std::size_t done,
               std::size_t total)
    {
        insertDataset(db, dataset);
        dataset = Dataset{};
        report(phase, done, total);
    }

    void writeEntities(Database &db)
    {
        Dataset dataset;
        std::size_t written = 0;
        const std::size_t total = m_options.entities;
        const auto add = [&](EntityRecord record) {
            m_entityIds.push_back(record.id);
            m_entityNames.push_back(record.name);
            dataset.entities.push_back(std::move(record));
            if (++written % kBatch == 0)
                flush(db, dataset, "entities", written, total);
        };

        add(entity("csto", EntityKind::Organisation,
                   {"Collective Security Treaty Organization",
                    "Организация Договора о коллективной безопасности"},
                   "The treaty organisation every synthetic body belongs to."));
        dataset.entities.back().aliases.push_back("CSTO");
        dataset.entities.back().category = "international";
        for (std::size_t i = 1; i < m_plan.organisations; ++i) {
            Name name = properName(m_random);
            add(entity("org-" + padded(i), EntityKind::Organisation,
                       {name.latin + " Cooperation Organisation",
                        "Организация сотрудничества " + name.cyrillic},
                       "A partner organisation."));
        }
        for (std::size_t i = 0; i < m_plan.states; ++i) {
            Name name = properName(m_random);
            m_places.push_back(name.latin);
            add(entity("state-" + padded(i), EntityKind::State, name, "A state."));
            m_states.push_back(m_entityIds.size() - 1);
            auto &r = dataset.relations.emplace_back();
            r.type = "member_of";
            r.from = m_entityIds.back();
            r.to = "csto";
            r.start = randomDate(m_random, PartialDate::Precision::Day);
            if (i % 5 == 4)
                r.end = PartialDate::year(std::min(kLastYear, r.start->yearValue() + 5));
            r.sources.push_back(randomSource());
        }
        // Bodies: a deep hierarchy. Each body hangs below a recent one more often than an old
        // one, which makes long chains (Council > Committee > Working Group > ...).
        for (std::size_t i = 0; i < m_plan.bodies; ++i) {
            const BodyType &type = kBodyTypes[m_random.below(kBodyTypes.size())];
            Name name = properName(m_random);
            EntityRecord record = entity(
                "body-" + padded(i), EntityKind::Body,
                {name.latin + " " + type.english, std::string(type.russian) + " " + name.cyrillic},
                "A body of the organisation.");
            record.category = type.category;
            if (i < 20 || m_bodies.empty())
                record.parent = "csto";
            else
                record.parent = m_entityIds[m_bodies[m_bodies.size() - 1 -
                                                     m_random.powerLaw(m_bodies.size(), 3.0)]];
            add(std::move(record));
            m_bodies.push_back(m_entityIds.size() - 1);
        }
        for (std::size_t i = 0; i < m_plan.forces; ++i) {
            Name name = properName(m_random);
            EntityRecord record = entity("force-" + padded(i), EntityKind::Force,
                                         {name.latin + " Rapid Reaction Force",
                                          "Силы быстрого реагирования " + name.cyrillic},
                                         "A force.");
            record.category = "unit";
            record.parent = i < 3 ? "csto" : m_entityIds[m_bodies[m_random.below(m_bodies.size())]];
            add(std::move(record));
        }
        for (std::size_t i = 0; i < m_plan.operations; ++i) {
            Name name = properName(m_random);
            EntityRecord record = entity(
                "operation-" + padded(i), EntityKind::Operation,
                {"Operation " + name.latin, "Операция «" + name.cyrillic + "»"}, "An operation.");
            record.category = i % 3 == 0 ? "special" : "standing";
            record.start = PartialDate::year(kFirstYear + static_cast<int>(m_random.below(30)));
            add(std::move(record));
            m_operations.push_back(m_entityIds.size() - 1);
            auto &r = dataset.relations.emplace_back();
            r.type = "conducts";
            r.from = m_entityIds[m_bodies[m_random.below(m_bodies.size())]];
            r.to = m_entityIds.back();
            r.sources.push_back(randomSource());
        }
        for (std::size_t i = 0; i < m_plan.exercises; ++i) {
            Name name = properName(m_random);
            add(entity("exercise-" + padded(i), EntityKind::Exercise,
                       {name.latin + " Shield", "Щит " + name.cyrillic}, "An exercise."));
            m_operations.push_back(m_entityIds.size() - 1);
        }
        for (std::size_t i = 0; i < m_plan.documents; ++i) {
            Name name = properName(m_random);
            const char *type = kDocumentTypes[m_random.below(kDocumentTypes.size())];
            EntityRecord record =
                entity("document-" + padded(i), EntityKind::Document,
                       {std::string(type) + " on " + name.latin, "Документ " + name.cyrillic},
                       "A document.");
            record.start = randomDate(m_random, PartialDate::Precision::Day);
            add(std::move(record));
        }
        for (std::size_t i = 0; i < m_plan.people; ++i) {
            add(entity("person-" + padded(i), EntityKind::Person, personName(m_random),
                       "A person."));
            auto &r = dataset.relations.emplace_back();
            r.type = "holds_office";
            r.from = m_entityIds.back();
            r.to = m_entityIds[m_bodies[m_random.powerLaw(m_bodies.size(), 2.0)]];
            r.role = m_random.chance(0.1) ? "chair" : "member";
            r.start = randomDate(m_random, PartialDate::Precision::Year);
            r.sources.push_back(randomSource());
        }
        if (!dataset.entities.empty() || !dataset.relations.empty())
            flush(db, dataset, "entities", written, total);
    }

    void writeEvents(Database &db)
    {
        Dataset dataset;
        const std::size_t total = m_options.events;
        static constexpr std::array<const char *, 6> kWhat = {"session",       "meeting",  "talks",
                                                              "consultations", "briefing", "visit"};
        for (std::size_t i = 0; i < total; ++i) {
            EventRecord e;
            e.id = "event-" + padded(i);
            const double precision = m_random.unit();
            if (precision < 0.70)
                e.date = randomDate(m_random, PartialDate::Precision::Day);
            else if (precision < 0.82)
                e.date = randomDate(m_random, PartialDate::Precision::Month);
            else if (precision < 0.90)
                e.date = randomDate(m_random, PartialDate::Precision::Year);
            else if (precision < 0.98) {
                e.date = randomDate(m_random, PartialDate::Precision::Day);
                const int last =
                    std::min(PartialDate::daysInMonth(e.date.yearValue(), e.date.monthValue()),
                             e.date.dayValue() + 1 + static_cast<int>(m_random.below(9)));
                e.end = PartialDate::day(e.date.yearValue(), e.date.monthValue(), last);
            } else {
                e.date = randomDate(m_random, PartialDate::Precision::DayOfYear);
            }
            // A third of events belong to an operation or exercise; a few of those have
            // thousands.
            const std::size_t lead = m_random.chance(0.33)
                                         ? m_operations[m_random.powerLaw(m_operations.size(), 4.0)]
                                         : m_random.powerLaw(m_entityIds.size(), 3.0);
            e.participants.push_back(m_entityIds[lead]);
            const auto others = m_random.below(4);
            for (std::uint64_t k = 0; k < others; ++k) {
                const auto other = m_entityIds[m_random.powerLaw(m_entityIds.size(), 3.0)];
                if (std::find(e.participants.begin(), e.participants.end(), other) ==
                    e.participants.end())
                    e.participants.push_back(other);
            }
            const std::string &place = m_places[m_random.below(m_places.size())];
            e.title =
                m_entityNames[lead] + " " + kWhat[m_random.below(kWhat.size())] + " in " + place;
            e.summary = "A synthetic event of " + m_entityNames[lead] + ".";
            e.place = place;
            e.sources.push_back(sourceFor(i));
            dataset.events.push_back(std::move(e));
            if ((i + 1) % kBatch == 0)
                flush(db, dataset, "events", i + 1, total);
        }
        if (!dataset.events.empty())
            flush(db, dataset, "events", total, total);
    }

    void writeArticles(Database &db)
    {
        // The names articles mention: the best-known entities first, as in real news.
        std::vector<std::string> names(
            m_entityNames.begin(),
            m_entityNames.begin() +
                static_cast<std::ptrdiff_t>(std::min<std::size_t>(m_entityNames.size(), 2000)));
        const ArticleWriter writer(m_options.seed, std::move(names), m_places);
        auto update = db.prepare(
            "UPDATE sources SET publisher = ?, published = ?, title = ?, sha256 = ? WHERE id = ?");
        auto rowOf = db.prepare("SELECT id FROM sources WHERE slug = ?");
        for (std::size_t i = 0; i < m_options.articles; ++i) {
            const SyntheticArticle article = writer.write(i);
            rowOf.bind(1, m_sourceIds[i]);
            rowOf.step();
            const std::int64_t rowId = rowOf.int64(0);
            rowOf.reset();
            update.bind(1, article.publisher)
                .bind(2, article.published.toIso())
                .bind(3, article.title)
                .bind(4, sha256Hex(article.text))
                .bind(5, rowId)
                .run();
            insertArticleText(db, rowId, article.title, article.publisher, article.text,
                              article.published.toIso() + "T12:00:00Z");
            if ((i + 1) % 1000 == 0 || i + 1 == m_options.articles)
                report("articles", i + 1, m_options.articles);
        }
    }

    const SynthOptions &m_options;
    const SynthProgress &m_progress;
    Random m_random;
    KindPlan m_plan;
    std::vector<std::string> m_sourceIds;
    std::vector<std::string> m_entityIds;
    std::vector<std::string> m_entityNames;
    std::vector<std::size_t> m_states;
    std::vector<std::size_t> m_bodies;
    std::vector<std::size_t> m_operations;
    std::vector<std::string> m_places;
};

} // namespace

void synthesise(const SynthOptions &options, const std::filesystem::path &out,
                const SynthProgress &progress)
{
    Generator generator(options, progress);
    buildKnowledgeBaseFile(out, [&](Database &db) { generator.write(db); });
}

} // namespace csto::synth
