// random.h: the project's own portable random numbers, for the Monte Carlo simulation.
//
// Same seed, same numbers, bit for bit, natively (glibc/libstdc++) and in WebAssembly
// (musl/libc++): the generator is xoshiro256** seeded by SplitMix64 (integer arithmetic
// only), doubles come from the top 53 bits, and the triangular distribution is sampled
// by its inverse CDF with nothing but + - * / and sqrt, which IEEE 754 rounds correctly
// everywhere. Never use std::*_distribution or pow/exp/log here: their results differ
// between standard libraries.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>

namespace awscalc {

// One step of SplitMix64 (Steele, Lea, Flood 2014): advances `state`, returns the output.
std::uint64_t SplitMix64(std::uint64_t& state);

// xoshiro256** 1.0 (Blackman, Vigna 2018). The four words of state are filled from the
// seed by SplitMix64, so every seed (0 too) gives a usable, distinct stream.
class Random {
 public:
  explicit Random(std::uint64_t seed = 0);

  std::uint64_t Next() {
    const std::uint64_t result = RotateLeft(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = RotateLeft(state_[3], 45);
    return result;
  }
  // Uniform in [0, 1): the top 53 bits of Next() times 2^-53.
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  static constexpr std::uint64_t RotateLeft(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
  }
  std::array<std::uint64_t, 4> state_{};
};

// A triangular distribution with its inverse CDF precomputed. low <= mode <= high;
// low == high is a point (every sample is `mode`, exactly).
class Triangular {
 public:
  Triangular() = default;
  Triangular(double low, double mode, double high);

  // The quantile at u in [0, 1): low + sqrt(u (high - low)(mode - low)) up to the mode's
  // cumulative probability (mode - low) / (high - low), else
  // high - sqrt((1 - u)(high - low)(high - mode)). Quantile(0) is exactly `low`.
  double Quantile(double u) const {
    if (point_) return mode_;
    // sqrt is correctly rounded in IEEE 754 (x86 sqrtsd, wasm f64.sqrt): portable.
    if (u <= mode_cdf_) return low_ + std::sqrt(u * below_scale_);
    return high_ - std::sqrt((1.0 - u) * above_scale_);
  }

  double low() const { return low_; }
  double mode() const { return mode_; }
  double high() const { return high_; }
  // (low + mode + high) / 3
  double Mean() const;

  bool operator==(const Triangular&) const = default;

 private:
  double low_ = 0;
  double mode_ = 0;
  double high_ = 0;
  double mode_cdf_ = 0;     // (mode - low) / (high - low)
  double below_scale_ = 0;  // (high - low)(mode - low)
  double above_scale_ = 0;  // (high - low)(high - mode)
  bool point_ = true;
};

}  // namespace awscalc
