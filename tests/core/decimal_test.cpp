// decimal_test.cpp: strict number parsing and shortest round-trip formatting.
#include "core/decimal.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace awscalc {
namespace {

// The next of a stream of well-mixed 64-bit numbers (SplitMix64), for the random cases.
std::uint64_t SplitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

TEST(ParseStrictNumber, AcceptsPlainDecimals) {
  struct Case {
    const char* text;
    double value;
  };
  for (const Case& c :
       {Case{"0", 0.0}, Case{"60", 60.0}, Case{"-12.5", -12.5}, Case{"107.556", 107.556},
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
  for (const char* text :
       {"abc",   "0x10", "inf", "-inf", "nan", "NaN", "infinity", "1,5", "+1", " 1",   "1 ", "1..2",
        "1.2.3", "-",    ".",   "e5",   "1e",  "1e+", "--1",      "1-",  "١",  "1e5x", "12%"}) {
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

// The core reads numbers itself (decimal.cpp: musl's strtod would bring 128-bit long
// double arithmetic into the WebAssembly); it must round exactly as glibc's strtod does.
TEST(ParseStrictNumber, RoundsAsStrtodDoes) {
  auto same = [](const std::string& text) {
    const ParsedNumber n = ParseStrictNumber(text);
    const double expected = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(expected)) return n.error == NumberError::kNotFinite;
    std::uint64_t a, b;
    const double want = expected == 0.0 ? 0.0 : expected;
    std::memcpy(&a, &n.value, sizeof a);
    std::memcpy(&b, &want, sizeof b);
    return n.error == NumberError::kNone && a == b;
  };
  // Ties, the ends of the range and of the subnormals, and their neighbours.
  for (const char* text : {"9007199254740993",
                           "9007199254740995",
                           "9007199254740993.0000000000001",
                           "4.9406564584124654e-324",
                           "2.4703282292062327e-324",
                           "2.4703282292062328e-324",
                           "2.2250738585072011e-308",
                           "2.2250738585072012e-308",
                           "2.2250738585072014e-308",
                           "1.7976931348623157e308",
                           "1.7976931348623158e308",
                           "1.7976931348623159e308",
                           "-1.7976931348623159e308",
                           "1e-324",
                           "3e-324",
                           "7.4e-324",
                           "1e23",
                           "8.5e-323",
                           "0.1",
                           "0.30000000000000004",
                           "123456789012345678901234567890.1",
                           "1e308",
                           "1e309",
                           "0.0000000000000000000001e-300",
                           "100000000000000000000000e285",
                           "5e-324",
                           "2.225073858507201e-308",
                           "9.999999999999999e22",
                           "1.000000000000000111022302462516",
                           "1.000000000000000111022302462515"}) {
    EXPECT_TRUE(same(text)) << text;
  }
  std::uint64_t state = 7;
  auto next = [&] { return SplitMix64(state); };
  char text[64];
  for (int i = 0; i < 40000; ++i) {
    // Random doubles at every precision, and random digit strings at every scale.
    const std::uint64_t bits = next();
    double value;
    std::memcpy(&value, &bits, sizeof value);
    if (std::isfinite(value)) {
      std::snprintf(text, sizeof text, "%.*e", static_cast<int>(next() % 20), value);
      ASSERT_TRUE(same(text)) << text;
    }
    std::string digits;
    const int length = 1 + static_cast<int>(next() % 25);
    for (int d = 0; d < length; ++d) digits += static_cast<char>('0' + next() % 10);
    if (next() % 2) digits.insert(next() % digits.size(), ".");
    const std::string scaled = digits + "e" + std::to_string(static_cast<int>(next() % 700) - 350);
    ASSERT_TRUE(same(scaled)) << scaled;
  }
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

// FormatShortest tries 15, 16, 17 digits instead of every length (decimal.cpp); it must
// find the same digits as the plain search from one digit up.
TEST(FormatShortest, SameDigitsAsTryingEveryLength) {
  auto plain = [](double value) {
    char text[40];
    for (int digits = 1; digits <= 17; ++digits) {
      std::snprintf(text, sizeof text, "%.*e", digits - 1, value);
      if (std::strtod(text, nullptr) == value) break;
    }
    return std::string(text);
  };
  auto digits_of = [](const std::string& text) {
    std::string digits;
    bool leading = true;
    for (char c : text.substr(0, text.find_first_of("eE"))) {
      if (c >= '1' && c <= '9') leading = false;
      if (!leading && c >= '0' && c <= '9') digits += c;
    }
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    return digits;
  };
  std::uint64_t state = 12345;
  auto next = [&] { return SplitMix64(state); };
  std::vector<double> values = {0.1,
                                1.2,
                                5.7,
                                107.556,
                                1e21,
                                1e-7,
                                123456789012345678.0,
                                std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::min(),
                                std::numeric_limits<double>::denorm_min(),
                                3 * 4.9e-324};
  for (int e = -1074; e <= 1023; e += 7) values.push_back(std::ldexp(1.0, e));
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = next();
    double value;
    std::memcpy(&value, &bits, sizeof value);
    if (std::isfinite(value)) values.push_back(value);
    values.push_back(static_cast<double>(next() % 1000000) / 1000);  // "nice" decimals
  }
  for (double value : values) {
    if (value == 0) continue;
    const std::string text = FormatShortest(value);
    EXPECT_EQ(digits_of(text), digits_of(plain(value))) << text;
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), value) << text;
  }
}

TEST(FormatForPeople, TrimsTrailingZeros) {
  EXPECT_EQ(FormatForPeople(128.0, 2), "128");
  EXPECT_EQ(FormatForPeople(127.99999999999999, 2), "128");
  EXPECT_EQ(FormatForPeople(43.859649, 2), "43.86");
  EXPECT_EQ(FormatForPeople(0.5, 4), "0.5");
  EXPECT_EQ(FormatForPeople(-0.001, 2), "0");
  EXPECT_EQ(FormatForPeople(-2.5, 2), "-2.5");
  EXPECT_EQ(FormatForPeople(1e20, 2), "100000000000000000000");
  EXPECT_EQ(FormatForPeople(std::nan(""), 2), "n/a");
}

}  // namespace
}  // namespace awscalc
