// SPDX-License-Identifier: MIT
#pragma once

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace csto::test {

// The five source articles are not part of the repository: tests read them from
// $CSTO_ARTICLES_DIR, or from ../shared/articles beside the checkout when that was found at
// configure time. A test that needs them fails loudly rather than passing without them.
inline std::filesystem::path articlesDir()
{
    if (const char *fromEnvironment = std::getenv("CSTO_ARTICLES_DIR");
        fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    const std::filesystem::path fallback = CSTO_DEFAULT_ARTICLES_DIR;
    if (!fallback.empty() && std::filesystem::is_directory(fallback))
        return fallback;
    throw std::runtime_error("the source articles are missing: set CSTO_ARTICLES_DIR to the "
                             "folder of the five articles (../shared/articles)");
}

} // namespace csto::test
