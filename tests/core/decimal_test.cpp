// decimal_test.cpp: strict number parsing and shortest round-trip formatting.
#include "core/decimal.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace awscalc {
namespace {

TEST(ParseStrictNumber, AcceptsPlainDecimals) {
  struct Case {
    const char* text;
    double value;
  };
  for (const Case& c : {Case{"0", 0.0}, Case{"60", 60.0}, Case{"-12.5", -12.5}, Case{"107.556", 107.556},
                        Case{".5", 0.5}, Case{"5.", 5.0}, Case{"1e3", 1000.0}, Case{"1E-2", 0.01},
                        Case{"2.5e+1", 25.0}, Case{"-0", 0.0}, Case{"000012", 12.0}}) {
    const ParsedNumber n = ParseStrictNumber(c.text);
    EXPECT_EQ(n.error, NumberError::kNone) << c.text;
    EXPECT_EQ(n.value, c.value) << c.text;
  }
}

TEST(ParseStrictNumber, NegativeZeroBecomesZero) {
  EXPECT_FALSE(std::signbit(ParseStrictNumber("-0.0").value));
}

TEST(ParseStrictNumber, RejectsEverythingElse) {
  for (const char* text : {"abc", "0x10", "inf", "-inf", "nan", "NaN", "infinity", "1,5", "+1",
                           " 1", "1 ", "1..2", "1.2.3", "-", ".", "e5", "1e", "1e+", "--1",
                           "1-", "١", "1e5x", "12%"}) {
    EXPECT_EQ(ParseStrictNumber(text).error, NumberError::kNotANumber) << text;
  }
  EXPECT_EQ(ParseStrictNumber("").error, NumberError::kEmpty);
  EXPECT_EQ(ParseStrictNumber("1e999").error, NumberError::kNotFinite);
  EXPECT_EQ(ParseStrictNumber("-1e400").error, NumberError::kNotFinite);
  EXPECT_EQ(ParseStrictNumber(std::string(33, '1')).error, NumberError::kTooLong);
  EXPECT_EQ(ParseStrictNumber(std::string(32, '1')).error, NumberError::kNone);
}

TEST(ParseStrictNumber, DoesNotReadPastTheView) {
  const std::string text = "12345";
  const ParsedNumber n = ParseStrictNumber(std::string_view(text).substr(0, 2));
  EXPECT_EQ(n.value, 12.0);
}

TEST(FormatShortest, WritesShortPlainDecimals) {
  EXPECT_EQ(FormatShortest(0.0), "0");
  EXPECT_EQ(FormatShortest(60.0), "60");
  EXPECT_EQ(FormatShortest(1000.0), "1000");
  EXPECT_EQ(FormatShortest(0.4), "0.4");
  EXPECT_EQ(FormatShortest(107.556), "107.556");
  EXPECT_EQ(FormatShortest(-12.5), "-12.5");
  EXPECT_EQ(FormatShortest(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(FormatShortest(1e-5), "0.00001");
  EXPECT_EQ(FormatShortest(1e-300), "1e-300");
  EXPECT_EQ(FormatShortest(1.5e25), "1.5e25");
  EXPECT_EQ(FormatShortest(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(FormatShortest(std::nan("")), "null");
}

// Every finite double comes back bit for bit, and the text is valid link grammar.
TEST(FormatShortest, RoundTripsRandomDoubles) {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 20000; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    double value;
    std::uint64_t bits = state;
    std::memcpy(&value, &bits, sizeof value);
    if (!std::isfinite(value)) continue;
    const std::string text = FormatShortest(value);
    const ParsedNumber back = ParseStrictNumber(text);
    ASSERT_EQ(back.error, NumberError::kNone) << text;
    if (value == 0.0) continue;  // -0 reads back as +0 by design
    std::uint64_t back_bits;
    std::memcpy(&back_bits, &back.value, sizeof back_bits);
    ASSERT_EQ(back_bits, bits) << text;
  }
}

TEST(FormatFixed, RoundsForPeopleWithoutMinusZero) {
  EXPECT_EQ(FormatFixed(5.7, 2), "5.70");
  EXPECT_EQ(FormatFixed(-0.001, 2), "0.00");
  EXPECT_EQ(FormatFixed(-0.08, 2), "-0.08");
  EXPECT_EQ(FormatFixed(std::nan(""), 2), "n/a");
}

}  // namespace
}  // namespace awscalc
