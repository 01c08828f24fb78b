#pragma once
// The demo's only source of randomness: std::mt19937_64, whose output sequence the C++
// standard fixes, mapped to ranges by the small functions below. The standard's
// distributions (uniform_int_distribution, ...) are not used because their algorithms differ
// between standard libraries, and the demo's figures must be the same on every machine.

#include <cstdint>
#include <iterator>
#include <random>
#include <span>
#include <vector>

namespace tanggap::demo {

class DemoRandom {
  public:
    explicit DemoRandom(std::uint64_t seed) : engine_(seed) {}

    std::uint64_t next() { return engine_(); }

    // Uniform in [0, n) for n > 0. Modulo bias is below n / 2^64: nothing for our sizes.
    std::uint64_t below(std::uint64_t n) { return next() % n; }

    // Uniform in [lo, hi], inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    // True with probability percent / 100.
    bool percent(unsigned percent) { return below(100) < percent; }

    // An index drawn with probability weights[i] / sum(weights); weights are non-negative
    // and not all zero.
    std::size_t weighted(std::span<const unsigned> weights) {
        std::uint64_t total = 0;
        for (auto w : weights) total += w;
        auto draw = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (draw < weights[i]) return i;
            draw -= weights[i];
        }
        return weights.size() - 1;
    }

    // A uniformly chosen element of a non-empty array, vector or span.
    template <class Range>
    const auto& pick(const Range& items) {
        return items[below(std::size(items))];
    }

    // Fisher-Yates with the mapping above.
    template <class T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[below(i)]);
        }
    }

  private:
    std::mt19937_64 engine_;
};

}  // namespace tanggap::demo
