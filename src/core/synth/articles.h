// SPDX-License-Identifier: MIT
#pragma once

#include "../partialdate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace csto::synth {

// A news article made up for tests and benchmarks: page furniture, a title, a dateline and
// paragraphs of sentences that mention the given names and carry dates in the forms real news
// sites use.
struct SyntheticArticle
{
    std::string title;
    std::string publisher;
    PartialDate published = PartialDate::year(2000);
    std::string text;
};

class ArticleWriter
{
public:
    // `names` are mentioned (the first ones most often); `places` are cities for datelines and
    // "in <place>".
    ArticleWriter(std::uint64_t seed, std::vector<std::string> names,
                  std::vector<std::string> places);

    // The same index gives the same article.
    [[nodiscard]] SyntheticArticle write(std::uint64_t index) const;

private:
    std::uint64_t m_seed;
    std::vector<std::string> m_names;
    std::vector<std::string> m_places;
};

} // namespace csto::synth
