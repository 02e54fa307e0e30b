// decimal.cpp: see decimal.h.
#include "core/decimal.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

namespace awscalc {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// True when `text` is: -? digits* ('.' digits*)? with at least one digit, then
// optionally [eE] [+-]? digits+.
bool MatchesGrammar(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (i < n && text[i] == '-') ++i;
  int mantissa_digits = 0;
  while (i < n && IsDigit(text[i])) ++i, ++mantissa_digits;
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && IsDigit(text[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    int exponent_digits = 0;
    while (i < n && IsDigit(text[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == n;
}

}  // namespace

ParsedNumber ParseStrictNumber(std::string_view text) {
  if (text.empty()) return {0.0, NumberError::kEmpty};
  if (text.size() > kMaxNumberChars) return {0.0, NumberError::kTooLong};
  if (!MatchesGrammar(text)) return {0.0, NumberError::kNotANumber};
  // The grammar is a subset of what strtod reads in the "C" locale, and the text is
  // short, so a copy with a terminator is cheap. strtod is correctly rounded in both
  // glibc and musl, which keeps native and WebAssembly results identical.
  char buffer[kMaxNumberChars + 1];
  text.copy(buffer, text.size());
  buffer[text.size()] = '\0';
  const double value = std::strtod(buffer, nullptr);
  if (!std::isfinite(value)) return {0.0, NumberError::kNotFinite};
  return {value == 0.0 ? 0.0 : value, NumberError::kNone};
}

std::string FormatShortest(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == 0.0) return std::signbit(value) ? "-0" : "0";

  // Fewest significant digits that read back as the same double.
  char scientific[40];
  if (std::fabs(value) >= std::numeric_limits<double>::min()) {
    // A normal double: the doubles that read back as it span at most 2^-52 of it, while
    // 15-digit decimals are at least 1e-15 of it apart, so at most one 15-digit decimal
    // reads back as it. If the correctly rounded one does, no shorter one can differ
    // from it: its digits without trailing zeros are the shortest. If it does not, none
    // of 15 digits or fewer does, and 16 or 17 digits are needed. Two or three tries
    // instead of up to seventeen, same text.
    std::snprintf(scientific, sizeof scientific, "%.14e", value);
    if (std::strtod(scientific, nullptr) == value) {
      char* mantissa_end = std::strchr(scientific, 'e');
      char* last = mantissa_end - 1;
      while (*last == '0') --last;
      if (*last == '.') --last;
      std::memmove(last + 1, mantissa_end, std::strlen(mantissa_end) + 1);
    } else {
      std::snprintf(scientific, sizeof scientific, "%.15e", value);
      if (std::strtod(scientific, nullptr) != value) {
        std::snprintf(scientific, sizeof scientific, "%.16e", value);
      }
    }
  } else {
    // Subnormal: few significant bits, so try every length.
    for (int digits = 1; digits <= 17; ++digits) {
      std::snprintf(scientific, sizeof scientific, "%.*e", digits - 1, value);
      if (std::strtod(scientific, nullptr) == value) break;
    }
  }

  // Split "-d.ddde+XX" into sign, digit string and decimal exponent.
  std::string_view sci(scientific);
  const bool negative = sci.front() == '-';
  if (negative) sci.remove_prefix(1);
  const std::size_t e_pos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_pos)) {
    if (c != '.') digits.push_back(c);
  }
  const int exponent = std::atoi(std::string(sci.substr(e_pos + 1)).c_str());

  std::string out = negative ? "-" : "";
  const int digit_count = static_cast<int>(digits.size());
  if (exponent < -7 || exponent > 20) {
    out += digits.substr(0, 1);
    if (digit_count > 1) out += "." + digits.substr(1);
    out += "e" + std::to_string(exponent);
  } else if (exponent < 0) {
    out += "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  } else if (exponent + 1 >= digit_count) {
    out += digits + std::string(static_cast<std::size_t>(exponent + 1 - digit_count), '0');
  } else {
    out += digits.substr(0, static_cast<std::size_t>(exponent + 1)) + "." +
           digits.substr(static_cast<std::size_t>(exponent + 1));
  }
  return out;
}

std::string FormatFixed(double value, int decimals) {
  if (!std::isfinite(value)) return "n/a";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  // "-0.00" reads as a sign error to people; print zero without a sign.
  std::string text(buffer);
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) {
    text.erase(0, 1);
  }
  return text;
}

std::string FormatForPeople(double value, int decimals) {
  if (!std::isfinite(value)) return "n/a";
  if (std::fabs(value) >= 1e15) return FormatShortest(value);
  std::string text = FormatFixed(value, decimals);
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

}  // namespace awscalc
