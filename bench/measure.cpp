// SPDX-License-Identifier: MIT
#include "measure.h"

#include <algorithm>
#include <cmath>

namespace csto::bench {

double quantile(std::vector<double> samples, double q)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

double median(std::vector<double> samples)
{
    return quantile(std::move(samples), 0.5);
}

} // namespace csto::bench
