// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace csto::synth {

// A small deterministic random source (SplitMix64): the same seed gives the same knowledge base
// on every platform, which std::uniform_int_distribution does not promise.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next();
    // Uniform in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Skewed towards 0: index k is drawn about (n/(k+1))^(1-1/power) times as often as the last.
    std::uint64_t powerLaw(std::uint64_t n, double power);
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

// A made-up proper name with its Cyrillic spelling, built from syllables that transliterate one
// to one, so the alias is what a Russian text would write.
struct Name
{
    std::string latin;
    std::string cyrillic;
};

[[nodiscard]] Name properName(Random &random, int minSyllables = 2, int maxSyllables = 3);
[[nodiscard]] Name personName(Random &random);

} // namespace csto::synth
