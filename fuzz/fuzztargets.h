// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

// The code under fuzzing, one function per target. libFuzzer drives them from fuzz_*.cpp; the
// regular test suite runs the seed corpus in fuzz/corpus through the same functions, so a crash
// found once stays fixed. Each function aborts (via its checks) on a real bug and returns
// normally on input that is merely invalid.
namespace csto::fuzz {

void datasetLoader(std::string_view input);   // JSON -> records -> database -> export
void dateParser(std::string_view input);      // PartialDate and date expressions
void articlePipeline(std::string_view input); // decoding, layout, gazetteer, proposals
void searchQuery(std::string_view input);     // FTS5 escaping against a real index

} // namespace csto::fuzz
