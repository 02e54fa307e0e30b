// format.cpp: see format.h.
#include "core/format.h"

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "core/decimal.h"

namespace awscalc {
namespace {

// Drops trailing zeros after the point, and the point itself if nothing follows.
void TrimZeros(char* text) {
  if (std::strchr(text, '.') == nullptr) return;
  char* end = text + std::strlen(text);
  while (end > text && end[-1] == '0') *--end = '\0';
  if (end > text && end[-1] == '.') end[-1] = '\0';
}

int DecimalsFor(double magnitude, Unit unit, int decimals) {
  if (decimals != kAutoDecimals) return decimals;
  if (unit != Unit::kBillionUsd) return 2;
  return magnitude < 99.995 ? 2 : magnitude < 999.95 ? 1 : 0;
}

}  // namespace

const char* UnitSymbol(Unit unit) {
  switch (unit) {
    case Unit::kBillionUsd:
      return "$B";
    case Unit::kPercent:
      return "%";
    case Unit::kPercentPerYear:
      return "%/yr";
    case Unit::kPoints:
      return "pts";
    case Unit::kFactor:
    case Unit::kMultiple:
      return "x";
    case Unit::kYear:
    case Unit::kPlain:
    case Unit::kFlag:
      return "";
  }
  return "";
}

UnitAffixes AffixesOf(Unit unit, NumberStyle style) {
  const char* times = style.ascii ? "x" : kTimes;
  switch (unit) {
    case Unit::kBillionUsd:
      return {"", "$", "B"};
    case Unit::kPercent:
      return {"", "", "%"};
    case Unit::kPercentPerYear:
      return {"", "", style.long_units ? "% a year" : "%"};
    case Unit::kPoints:
      return {"", "", style.long_units ? " points" : " pts"};
    case Unit::kFactor:
      return {times, "", ""};
    case Unit::kMultiple:
      return {"", "", times};
    case Unit::kYear:
    case Unit::kPlain:
    case Unit::kFlag:
      break;
  }
  return {};
}

ShortText Format(double value, Unit unit, NumberStyle style) {
  ShortText out;
  if (!std::isfinite(value)) {
    std::snprintf(out.text, sizeof out.text, "n/a");
    return out;
  }
  if (unit == Unit::kFlag) {
    std::snprintf(out.text, sizeof out.text, "%s", value != 0.0 ? "yes" : "no");
    return out;
  }
  const double magnitude = std::fabs(value);
  const int decimals = DecimalsFor(magnitude, unit, style.decimals);
  char digits[40];
  if (decimals == kShortest || magnitude >= 1e15) {
    std::snprintf(digits, sizeof digits, "%s", FormatShortest(magnitude).c_str());
  } else {
    std::snprintf(digits, sizeof digits, "%.*f", decimals, magnitude);
    if (style.trim) TrimZeros(digits);
  }
  const bool nonzero = std::strpbrk(digits, "123456789") != nullptr;
  const char* sign = !nonzero     ? ""
                     : value < 0  ? (style.ascii ? "-" : kMinus)
                     : style.plus ? "+"
                                  : "";
  const UnitAffixes affixes = AffixesOf(unit, style);
  std::snprintf(out.text, sizeof out.text, "%s%s%s%s%s", affixes.before_sign, sign,
                affixes.after_sign, digits, affixes.suffix);
  return out;
}

ShortText Prefixed(const char* prefix, const ShortText& text) {
  ShortText t;
  const std::string joined = std::string(prefix) + text.c_str();
  joined.copy(t.text, sizeof t.text - 1);
  return t;
}

ShortText Reported(double busd, bool approximate) {
  if (!approximate) return Money(busd);
  return Prefixed("~", MoneyCompact(busd));  // "almost $3B": as round as the note put it
}

std::string StringPrintf(const char* format, ...) {
  char text[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(text, sizeof text, format, args);
  va_end(args);
  return text;
}

ShortText YearSpan(int first_year, int last_year) {
  ShortText t;
  if (first_year == last_year) {
    std::snprintf(t.text, sizeof t.text, "%d", first_year);
  } else {
    std::snprintf(t.text, sizeof t.text, "%d%s%d", first_year, kEnDash, last_year);
  }
  return t;
}

ShortText Count(long long n) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%lld", n < 0 ? -n : n);
  ShortText t;
  std::size_t at = 0;
  if (n < 0) t.text[at++] = '-';
  const std::size_t length = std::strlen(digits);
  for (std::size_t i = 0; i < length; ++i) {
    if (i > 0 && (length - i) % 3 == 0) t.text[at++] = ',';
    t.text[at++] = digits[i];
  }
  return t;
}

}  // namespace awscalc
