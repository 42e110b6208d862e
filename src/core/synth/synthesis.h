// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>

namespace csto::synth {

struct SynthOptions
{
    std::size_t entities = 100000;
    std::size_t events = 1000000;
    std::size_t articles = 50000;
    std::uint64_t seed = 1;
};

// Reports progress: what is being written ("entities", "events", "articles") and how far.
using SynthProgress =
    std::function<void(std::string_view phase, std::size_t done, std::size_t total)>;

// Writes a synthetic knowledge base through the same store code as `csto-kb build` and the
// importer, all or nothing (built beside `out`, renamed into place when complete):
//  - entities: the treaty organisation "csto" with a deep hierarchy of bodies below it, states
//    (current and former members), forces, operations, exercises, people (over half of all
//    entities, so one tree group holds tens of thousands) and documents; names are made up, each
//    with a Cyrillic alias;
//  - events from 1992 to today at day, month and year precision, ranges and a few without a
//    stated year; participants follow a power law, so a few operations have thousands of events;
//  - relations (memberships, offices, who conducts which operation) and articles of news length
//    whose sources every fact cites.
// The same options give the same file contents.
void synthesise(const SynthOptions &options, const std::filesystem::path &out,
                const SynthProgress &progress = {});

} // namespace csto::synth
