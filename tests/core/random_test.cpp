// random_test.cpp: the portable generator against the reference algorithms, and the
// triangular distribution's inverse CDF.
#include "core/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

namespace awscalc {
namespace {

TEST(Random, SplitMix64MatchesTheReference) {
  // Steele, Lea, Flood's SplitMix64 from state 0 (also in Vigna's splitmix64.c).
  std::uint64_t state = 0;
  EXPECT_EQ(SplitMix64(state), 0xE220A8397B1DCDAFull);
  EXPECT_EQ(SplitMix64(state), 0x6E789E6AA1B965F4ull);
  EXPECT_EQ(SplitMix64(state), 0x06C45D188009454Full);
}

TEST(Random, Xoshiro256StarStarMatchesTheReference) {
  // Vigna's xoshiro256starstar.c, its state filled by SplitMix64 from the seed
  // (values from an independent implementation of both published algorithms).
  Random zero(0);
  EXPECT_EQ(zero.Next(), 0x99EC5F36CB75F2B4ull);
  EXPECT_EQ(zero.Next(), 0xBF6E1F784956452Aull);
  EXPECT_EQ(zero.Next(), 0x1A5F849D4933E6E0ull);
  Random one(1);
  EXPECT_EQ(one.Next(), 0xB3F2AF6D0FC710C5ull);
  EXPECT_EQ(one.Next(), 0x853B559647364CEAull);
  Random answer(42);
  EXPECT_EQ(answer.Next(), 0x15780B2E0C2EC716ull);
}

TEST(Random, UniformUsesTheTop53Bits) {
  Random one(1);
  EXPECT_EQ(one.Uniform(), 0.7029218331588505);  // (0xB3F2AF6D0FC710C5 >> 11) / 2^53
  EXPECT_EQ(one.Uniform(), 0.5204366199388569);
  Random random(7);
  double sum = 0;
  for (int i = 0; i < 100000; ++i) {
    const double u = random.Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 100000, 0.5, 3 * std::sqrt(1.0 / 12 / 100000));
}

TEST(Triangular, QuantileEndsAndMode) {
  const Triangular t(50, 60, 70);
  EXPECT_EQ(t.Quantile(0.0), 50.0);
  EXPECT_DOUBLE_EQ(t.Quantile(0.5), 60.0);  // symmetric: the median is the mode
  EXPECT_NEAR(t.Quantile(std::nextafter(1.0, 0.0)), 70.0, 1e-6);
  EXPECT_DOUBLE_EQ(t.Quantile(0.125), 55.0);  // 50 + sqrt(0.125 * 20 * 10)
  EXPECT_DOUBLE_EQ(t.Mean(), 60.0);
  // A point: every quantile is the mode, exactly.
  const Triangular point(0.3, 0.3, 0.3);
  for (double u : {0.0, 0.25, 0.999}) EXPECT_EQ(point.Quantile(u), 0.3);
  // The mode at an end (a range clamped at a limit).
  const Triangular left(0, 0, 10);
  EXPECT_EQ(left.Quantile(0.0), 0.0);
  EXPECT_DOUBLE_EQ(left.Quantile(0.75), 5.0);  // 10 - sqrt(0.25 * 100)
  const Triangular right(90, 100, 100);
  EXPECT_DOUBLE_EQ(right.Quantile(0.25), 95.0);  // 90 + sqrt(0.25 * 100)
}

TEST(Triangular, QuantileIsMonotonic) {
  const Triangular t(0.7, 1.0, 1.3);
  double previous = t.Quantile(0.0);
  for (int i = 1; i < 10000; ++i) {
    const double x = t.Quantile(i / 10000.0);
    ASSERT_GE(x, previous) << i;
    ASSERT_LE(x, 1.3);
    previous = x;
  }
}

// The statistics check: the sample mean of a triangular input is within three
// standard errors of (low + mode + high) / 3.
TEST(Triangular, SampleMeanWithinThreeStandardErrors) {
  struct Case {
    double low, mode, high;
  };
  for (const Case& c : {Case{0.7, 1.0, 1.3}, Case{50, 60, 70}, Case{60, 75, 90}, Case{0, 0, 5},
                        Case{85, 95, 100}, Case{-3, 17.5, 21}}) {
    const Triangular t(c.low, c.mode, c.high);
    Random random(2025);
    constexpr int kSamples = 200000;
    double sum = 0;
    for (int i = 0; i < kSamples; ++i) sum += t.Quantile(random.Uniform());
    const double a = c.low, b = c.high, m = c.mode;
    const double variance = (a * a + b * b + m * m - a * b - a * m - b * m) / 18;
    EXPECT_NEAR(sum / kSamples, t.Mean(), 3 * std::sqrt(variance / kSamples))
        << c.low << " " << c.mode << " " << c.high;
  }
}

}  // namespace
}  // namespace awscalc
