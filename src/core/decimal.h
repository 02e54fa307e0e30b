// decimal.h: strict decimal numbers in and shortest round-trip decimals out.
//
// The share link, the CLI's CSV/JSON and the Embind module all write numbers with
// FormatShortest, so the same double is always the same text (natively with glibc and
// in WebAssembly with musl: both print correctly rounded, and the core reads decimals
// itself, correctly rounded, tested against glibc's strtod), and parsing that text gives
// back the same double, bit for bit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace awscalc {

// Longest number text the share link accepts (README.md, "The share link": "at most 32
// characters").
inline constexpr std::size_t kMaxNumberChars = 32;

enum class NumberError {
  kNone,
  kEmpty,       // ""
  kTooLong,     // more than kMaxNumberChars characters
  kNotANumber,  // anything outside the grammar: hex, inf, nan, "1,5", "+1", " 1"
  kNotFinite,   // grammatical but overflows a double, e.g. 1e999
};

struct ParsedNumber {
  double value = 0.0;
  NumberError error = NumberError::kNone;
};

// Parses plain decimal text: an optional '-', digits with at most one '.', at least one
// digit, and an optional exponent ('e' or 'E', an optional sign, digits). The whole
// text must be consumed. Never throws; negative zero comes back as +0.
ParsedNumber ParseStrictNumber(std::string_view text);

// The shortest decimal text that parses back to exactly `value` (1 to 17 significant
// digits), written without an exponent where that stays short ("0.4", "107.556",
// "1000"). Non-finite values give "null" (the JSON writer relies on that).
std::string FormatShortest(double value);

// Fixed notation with `decimals` digits after the point ("5.70"), for people.
std::string FormatFixed(double value, int decimals);

// For sentences: at most `decimals` digits after the point, trailing zeros dropped
// ("46.67", "128", "0.5"); magnitudes of 1e15 and more as FormatShortest writes them.
std::string FormatForPeople(double value, int decimals);

}  // namespace awscalc
