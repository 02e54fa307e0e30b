// random.cpp: see random.h.
#include "core/random.h"

namespace awscalc {

std::uint64_t SplitMix64(std::uint64_t& state) {
  state += 0x9E3779B97F4A7C15ull;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

Random::Random(std::uint64_t seed) {
  for (std::uint64_t& word : state_) word = SplitMix64(seed);
}

Triangular::Triangular(double low, double mode, double high)
    : low_(low), mode_(mode), high_(high), point_(!(high > low)) {
  if (point_) return;
  const double width = high - low;
  mode_cdf_ = (mode - low) / width;
  below_scale_ = width * (mode - low);
  above_scale_ = width * (high - mode);
}

double Triangular::Mean() const {
  return (low_ + mode_ + high_) / 3.0;
}

}  // namespace awscalc
