// decimal.cpp: see decimal.h.
#include "core/decimal.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
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

// A nonnegative integer of up to 2048 bits, for the decimals the fast path cannot read.
class BigUint {
 public:
  explicit BigUint(std::uint32_t value) { limbs_[0] = value; }

  // *this = *this * factor + addend.
  void MultiplyAdd(std::uint32_t factor, std::uint32_t addend) {
    std::uint64_t carry = addend;
    for (int i = 0; i < size_; ++i) {
      const std::uint64_t product = std::uint64_t{limbs_[i]} * factor + carry;
      limbs_[i] = static_cast<std::uint32_t>(product);
      carry = product >> 32;
    }
    if (carry != 0) limbs_[size_++] = static_cast<std::uint32_t>(carry);
  }
  void ShiftLeft(int bits) {
    const int whole = bits / 32, part = bits % 32;
    for (int i = size_ + whole; i >= 0; --i) {
      const int from = i - whole;
      const std::uint32_t high = from >= 0 && from < size_ ? limbs_[from] : 0;
      const std::uint32_t low = from >= 1 && from <= size_ ? limbs_[from - 1] : 0;
      limbs_[i] = part == 0 ? high : (high << part | low >> (32 - part));
    }
    size_ += whole + 1;
    Trim();
  }
  void ShiftRightOne() {
    for (int i = 0; i < size_; ++i) {
      limbs_[i] = limbs_[i] >> 1 | (i + 1 < size_ ? limbs_[i + 1] << 31 : 0);
    }
    Trim();
  }
  // Subtracts `other` if it is not larger; says whether it did.
  bool SubtractIfNotLess(const BigUint& other) {
    if (size_ != other.size_) {
      if (size_ < other.size_) return false;
    } else {
      int i = size_ - 1;
      while (i >= 0 && limbs_[i] == other.limbs_[i]) --i;
      if (i >= 0 && limbs_[i] < other.limbs_[i]) return false;
    }
    std::int64_t borrow = 0;
    for (int i = 0; i < size_; ++i) {
      const std::int64_t d =
          std::int64_t{limbs_[i]} - (i < other.size_ ? other.limbs_[i] : 0) - borrow;
      limbs_[i] = static_cast<std::uint32_t>(d);
      borrow = d < 0 ? 1 : 0;
    }
    Trim();
    return true;
  }
  int BitLength() const {
    return size_ == 0 ? 0 : 32 * (size_ - 1) + std::bit_width(limbs_[size_ - 1]);
  }
  bool IsZero() const { return size_ == 0; }

 private:
  void Trim() {
    while (size_ > 0 && limbs_[size_ - 1] == 0) --size_;
  }
  std::array<std::uint32_t, 66> limbs_{};
  int size_ = 1;
};

// The double nearest to the decimal `text` (the grammar of MatchesGrammar, at most
// kMaxNumberChars characters), ties to even, as strtod rounds: musl's strtod computes in
// 128-bit long double, which WebAssembly emulates in software (about 6 kB gzip of the
// page's download), so the core reads its numbers itself. Infinity when too large.
double ReadDecimal(std::string_view text) {
  const bool negative = text.front() == '-';
  std::string_view digits_text = text.substr(negative ? 1 : 0);
  // The significant digits (at most 31: the text is short), and the power of ten to
  // scale them by.
  std::array<std::uint8_t, kMaxNumberChars> digits{};
  int count = 0, exponent = 0;
  bool seen_point = false;
  std::size_t i = 0;
  for (; i < digits_text.size() && digits_text[i] != 'e' && digits_text[i] != 'E'; ++i) {
    const char c = digits_text[i];
    if (c == '.') {
      seen_point = true;
    } else if (c != '0' || count > 0) {
      digits[count++] = static_cast<std::uint8_t>(c - '0');
      if (seen_point) --exponent;
    } else if (seen_point) {
      --exponent;  // a leading zero after the point
    }
  }
  while (count > 0 && digits[count - 1] == 0) --count, ++exponent;
  if (i < digits_text.size()) {
    const bool minus = digits_text[++i] == '-';
    if (digits_text[i] == '-' || digits_text[i] == '+') ++i;
    int written = 0;
    for (; i < digits_text.size(); ++i)
      written = std::min(written * 10 + (digits_text[i] - '0'), 100000);
    exponent += minus ? -written : written;
  }
  const double sign = negative ? -1.0 : 1.0;
  if (count == 0 || count + exponent <= -325) return 0.0 * sign;  // under half the least double
  if (count + exponent > 310) return std::numeric_limits<double>::infinity() * sign;

  // Fast path: digits and power of ten both exact doubles, so one correctly rounded
  // multiplication or division is the answer.
  if (count <= 15 && exponent >= -22 && exponent <= 22) {
    double whole = 0.0, power = 1.0;
    for (int d = 0; d < count; ++d) whole = whole * 10.0 + digits[d];
    for (int e = 0; e < (exponent < 0 ? -exponent : exponent); ++e) power *= 10.0;
    return sign * (exponent < 0 ? whole / power : whole * power);
  }

  // Exact: value = numerator / denominator. Scale by 2^shift so that the quotient q has
  // 54 or 55 bits, then round its top 53 (fewer for a subnormal) with the rest and the
  // remainder.
  BigUint numerator(0), denominator(1);
  for (int d = 0; d < count; ++d) numerator.MultiplyAdd(10, digits[d]);
  for (int e = 0; e < (exponent < 0 ? -exponent : exponent); ++e) {
    (exponent < 0 ? denominator : numerator).MultiplyAdd(10, 0);
  }
  int shift = 54 - (numerator.BitLength() - denominator.BitLength());  // q in [2^53, 2^55)
  if (shift > 0) numerator.ShiftLeft(shift);
  if (shift < 0) denominator.ShiftLeft(-shift);
  denominator.ShiftLeft(55);
  std::uint64_t q = 0;
  for (int bit = 55; bit >= 0; --bit) {
    q = q << 1 | (numerator.SubtractIfNotLess(denominator) ? 1 : 0);
    denominator.ShiftRightOne();
  }
  bool sticky = !numerator.IsZero();
  if (q >> 54 != 0) sticky |= (q & 1) != 0, q >>= 1, --shift;  // q in [2^53, 2^54)
  // value = q * 2^-shift; the mantissa is q without its `drop` lowest bits.
  int drop = 1, least = 1 - shift;  // the mantissa's lowest bit is worth 2^least
  if (least < -1074) drop += -1074 - least, least = -1074;
  if (drop > 54) return 0.0 * sign;
  std::uint64_t mantissa = q >> drop;
  const bool half = (q >> (drop - 1) & 1) != 0;
  sticky |= (q & ((std::uint64_t{1} << (drop - 1)) - 1)) != 0;
  if (half && (sticky || (mantissa & 1) != 0)) ++mantissa;
  if (mantissa >> 53 != 0) mantissa >>= 1, ++least;
  std::uint64_t bits = 0;
  if (mantissa >> 52 != 0) {  // normal: 1.f * 2^(least + 52)
    const int biased = least + 1075;
    if (biased >= 2047) return std::numeric_limits<double>::infinity() * sign;
    bits = std::uint64_t(biased) << 52 | (mantissa & ((std::uint64_t{1} << 52) - 1));
  } else {
    bits = mantissa;  // subnormal (least == -1074)
  }
  double value;  // std::bit_cast is not in Emscripten 3.1.6's libc++
  std::memcpy(&value, &bits, sizeof value);
  return sign * value;
}

}  // namespace

ParsedNumber ParseStrictNumber(std::string_view text) {
  if (text.empty()) return {0.0, NumberError::kEmpty};
  if (text.size() > kMaxNumberChars) return {0.0, NumberError::kTooLong};
  if (!MatchesGrammar(text)) return {0.0, NumberError::kNotANumber};
  const double value = ReadDecimal(text);
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
    if (ReadDecimal(scientific) == value) {
      char* mantissa_end = std::strchr(scientific, 'e');
      char* last = mantissa_end - 1;
      while (*last == '0') --last;
      if (*last == '.') --last;
      std::memmove(last + 1, mantissa_end, std::strlen(mantissa_end) + 1);
    } else {
      std::snprintf(scientific, sizeof scientific, "%.15e", value);
      if (ReadDecimal(scientific) != value) {
        std::snprintf(scientific, sizeof scientific, "%.16e", value);
      }
    }
  } else {
    // Subnormal: few significant bits, so try every length.
    for (int digits = 1; digits <= 17; ++digits) {
      std::snprintf(scientific, sizeof scientific, "%.*e", digits - 1, value);
      if (ReadDecimal(scientific) == value) break;
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
