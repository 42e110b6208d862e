// SPDX-License-Identifier: MIT
#pragma once

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace csto::test {

// The news corpus (en/ and ru/, 20 real articles each) is third-party text and not part of the
// repository: tests read it from $CSTO_CORPUS_DIR, or from ../shared/corpus beside the checkout
// when that was found at configure time. A test that needs it fails loudly rather than passing
// without it.
inline std::filesystem::path corpusDir()
{
    if (const char *fromEnvironment = std::getenv("CSTO_CORPUS_DIR");
        fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    const std::filesystem::path fallback = CSTO_DEFAULT_CORPUS_DIR;
    if (!fallback.empty() && std::filesystem::is_directory(fallback))
        return fallback;
    throw std::runtime_error("the news corpus is missing: set CSTO_CORPUS_DIR to the folder "
                             "holding en/ and ru/ (../shared/corpus)");
}

} // namespace csto::test
