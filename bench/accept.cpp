// SPDX-License-Identifier: MIT
// 9. Accept All of 200 proposals (issue 14): synthetic articles imported into a copy of the file
// until 200 proposals wait, then KnowledgeBase::acceptAllProposals, against inserting as many
// events directly in one transaction.
#include "measure.h"

#include <core/datasetstore.h>
#include <core/importer.h>
#include <core/sqliteknowledgebase.h>
#include <core/synth/articles.h>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace csto::bench {

std::vector<Result> runAcceptAll(const Context &context)
{
    constexpr std::size_t kProposals = 200;
    const auto copy = context.workDir / "accept.db";
    const auto floorCopy = context.workDir / "accept-floor.db";
    for (const auto &target : {copy, floorCopy}) {
        std::filesystem::remove(target);
        std::filesystem::copy_file(context.synthFile, target);
    }
    std::vector<std::string> names;
    std::vector<std::string> places;
    {
        auto kb = SqliteKnowledgeBase(schema::open(context.synthFile, schema::Access::ReadOnly));
        auto stmt = kb.database().prepare("SELECT name, kind FROM entities ORDER BY id LIMIT 2000");
        while (stmt.step()) {
            names.push_back(stmt.text(0));
            if (stmt.text(1) == "state")
                places.push_back(stmt.text(0));
        }
    }
    const synth::ArticleWriter writer(24681357, names, places);

    auto kb = SqliteKnowledgeBase(schema::open(copy, schema::Access::ReadWrite));
    std::size_t pending = 0;
    {
        Importer importer(kb);
        for (std::size_t i = 0; pending < kProposals && i < 10 * kProposals; ++i) {
            const auto report = importer.importText(writer.write(i).text,
                                                    "accept-" + std::to_string(i) + ".txt", {});
            pending += report.events.size() + report.entities.size();
        }
    }
    const auto proposals = kb.pendingProposals();
    if (proposals.size() < kProposals)
        throw std::runtime_error("only " + std::to_string(proposals.size()) + " proposals");
    std::size_t probablyKnown = 0;
    for (const auto &p : proposals)
        probablyKnown += nlohmann::json::parse(p.payload).contains("same_as") ? 1 : 0;

    Stopwatch watch;
    (void)kb.acceptAllProposals();
    const double ms = watch.milliseconds();
    if (!kb.pendingProposals().empty())
        throw std::runtime_error("Accept All left proposals pending");

    // The floor: as many events inserted directly, in one transaction, citing one source.
    auto floorKb = SqliteKnowledgeBase(schema::open(floorCopy, schema::Access::ReadWrite));
    const auto someone = floorKb.findEntity(names.front());
    Dataset dataset;
    dataset.sources.push_back(
        {"accept-floor", "bench", PartialDate::year(2020), "floor", "en", {}, {}, {}});
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        EventRecord event;
        event.id = "accept-floor-" + std::to_string(i);
        event.date = PartialDate::day(2020, 1 + static_cast<int>(i % 12), 1);
        event.title = "Floor event " + std::to_string(i);
        event.summary = event.title;
        event.participants = {someone->id};
        event.sources = {"accept-floor"};
        dataset.events.push_back(std::move(event));
    }
    Stopwatch floorWatch;
    {
        Transaction transaction(floorKb.database());
        insertDataset(floorKb.database(), dataset);
        transaction.commit();
    }
    const double floorMs = floorWatch.milliseconds();
    for (const auto &target : {copy, floorCopy}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(target.string() + suffix);
    }
    return {{"Accept All of " + std::to_string(proposals.size()) + " proposals (" +
                 std::to_string(probablyKnown) + " probably known)",
             ms, "ms", floorMs, "< 1000 ms", ms < 1000}};
}

} // namespace csto::bench
