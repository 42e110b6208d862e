// SPDX-License-Identifier: MIT
#pragma once

#include "articles.h"

#include <cstdint>
#include <string>
#include <vector>

namespace csto::synth {

// A made-up Russian news article for benchmarks: page furniture, a title, a dateline in the form
// Russian agencies use («МИНСК, 5 марта. /…/.»), and paragraphs of sentences that name states,
// bodies, forces and people in the case the sentence needs («делегации Казахстана», «с
// Коллективными силами оперативного реагирования»), with dates in the Russian forms («16 декабря
// 2025 года», «16.12.2025», «в 2012 году»). Its own small vocabulary, not taken from any article.
class RussianArticleWriter
{
public:
    explicit RussianArticleWriter(std::uint64_t seed);

    // The names the articles mention, in the nominative: what a gazetteer would know.
    [[nodiscard]] std::vector<std::string> names() const;
    // The same index gives the same article.
    [[nodiscard]] SyntheticArticle write(std::uint64_t index) const;

private:
    std::uint64_t m_seed;
};

} // namespace csto::synth
