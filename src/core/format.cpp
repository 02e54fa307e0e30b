// format.cpp: see format.h.
#include "core/format.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "core/decimal.h"
#include "core/messages.h"

namespace awscalc {
namespace {

// Drops trailing zeros after the point, and the point itself if nothing follows.
void TrimZeros(char* text) {
  if (std::strchr(text, '.') == nullptr) return;
  char* end = text + std::strlen(text);
  while (end > text && end[-1] == '0') *--end = '\0';
  if (end > text && end[-1] == '.') end[-1] = '\0';
}

// Moves the point `shift` places right ("1.28" by 3: "1280"; "1.2345": "1234.5"): money
// in a language that writes millions. Decimals that were padding go, so a value keeps
// the precision it had in billions ("5.70" is "5700", not "5700.0").
void ShiftPoint(char* digits, int shift, bool trimmed) {
  // `digits` holds at most 40 bytes (Format's buffer), a shift a few places: the copy
  // stops short of the buffer's end whatever it is given.
  char out[48];
  constexpr int kLast = sizeof out - 1;
  int n = 0;
  const char* at = digits;
  while (n < kLast && *at != '\0' && *at != '.') out[n++] = *at++;
  if (*at == '.') ++at;
  for (int i = 0; i < shift && n < kLast; ++i) out[n++] = *at != '\0' ? *at++ : '0';
  if (*at != '\0' && n < kLast) {
    out[n++] = '.';
    while (n < kLast && *at != '\0') out[n++] = *at++;
  }
  out[n] = '\0';
  if (trimmed) TrimZeros(out);
  const char* start = out;  // "0080" is "80"; "0.5" keeps its 0
  while (start[0] == '0' && start[1] != '\0' && start[1] != '.') ++start;
  const std::size_t length = std::min<std::size_t>(std::strlen(start), 39);
  std::memcpy(digits, start, length);
  digits[length] = '\0';
}

// ASCII digits ("1234.5") as `locale` writes them, into `out` (48 bytes): its decimal
// mark and, when asked, its grouping marks ("1.234,5"; none before minimum_grouping + 3
// digits: Spanish "1234,5").
const char* LocalDigits(const char* digits, const Locale& locale, bool group, char* out) {
  std::size_t whole = 0;
  while (digits[whole] != '\0' && digits[whole] != '.') ++whole;
  const bool grouped = group && whole >= static_cast<std::size_t>(locale.minimum_grouping) + 3;
  char* end = out;
  const auto put = [&](const char* text) {
    while (*text != '\0' && end < out + 46) *end++ = *text++;
  };
  for (std::size_t i = 0; i < whole; ++i) {
    if (grouped && i > 0 && (whole - i) % 3 == 0) put(locale.group);
    *end++ = digits[i];
  }
  if (digits[whole] == '.') {
    put(locale.decimal);
    put(digits + whole + 1);
  }
  *end = '\0';
  return out;
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
      return Tr("unit.symbol.billionUsd");
    case Unit::kPercent:
      return Tr("unit.symbol.percent");
    case Unit::kPercentPerYear:
      return Tr("unit.symbol.percentPerYear");
    case Unit::kPoints:
      return Tr("unit.symbol.points");
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

UnitAffixes AffixesOf(Unit unit, NumberStyle style, const Locale& locale, bool large) {
  const char* times = style.ascii ? "x" : kTimes;
  switch (unit) {
    case Unit::kBillionUsd: {
      const MoneyForm& form = large ? locale.money_large : locale.money;
      return {"", form.prefix, form.suffix, form.shift};
    }
    case Unit::kPercent:
      return {"", locale.percent_prefix, locale.percent_suffix};
    case Unit::kPercentPerYear:
      return {"", locale.percent_prefix,
              style.long_units ? Tr("unit.perYear.long") : locale.percent_suffix};
    case Unit::kPoints:
      return {"", "", Tr(style.long_units ? "unit.points.long" : "unit.points")};
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
  return Format(value, unit, style, CurrentLocale());
}

ShortText Format(double value, Unit unit, NumberStyle style, const Locale& locale) {
  ShortText out;
  if (!std::isfinite(value)) {
    std::snprintf(out.text, sizeof out.text, "%s", Tr("value.none"));
    return out;
  }
  if (unit == Unit::kFlag) {
    std::snprintf(out.text, sizeof out.text, "%s", Tr(value != 0.0 ? "value.yes" : "value.no"));
    return out;
  }
  const double magnitude = std::fabs(value);
  const int decimals = DecimalsFor(magnitude, unit, style.decimals);
  const UnitAffixes affixes = AffixesOf(unit, style, locale, magnitude >= 9.995);
  char digits[40];
  if (decimals == kShortest || magnitude >= 1e15) {
    std::snprintf(digits, sizeof digits, "%s", FormatShortest(magnitude).c_str());
  } else {
    std::snprintf(digits, sizeof digits, "%.*f", decimals, magnitude);
    if (style.trim) TrimZeros(digits);
  }
  if (affixes.shift > 0 && magnitude < 1e15) {
    ShiftPoint(digits, affixes.shift, style.trim || decimals == kShortest);
  }
  const bool nonzero = std::strpbrk(digits, "123456789") != nullptr;
  const char* sign = !nonzero     ? ""
                     : value < 0  ? (style.ascii ? "-" : kMinus)
                     : style.plus ? "+"
                                  : "";
  char local[48];
  std::snprintf(out.text, sizeof out.text, "%s%s%s%s%s", affixes.before_sign, sign,
                affixes.after_sign, LocalDigits(digits, locale, locale.group_values, local),
                affixes.suffix);
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
  // "almost $3B": as round as the note put it
  return Prefixed(CurrentLocale().approximately, MoneyCompact(busd));
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
    const std::string span =
        FillPattern(CurrentLocale().year_range,
                    {{"0", std::to_string(first_year)}, {"1", std::to_string(last_year)}});
    std::snprintf(t.text, sizeof t.text, "%s", span.c_str());
  }
  return t;
}

ShortText DateText(std::string_view iso) {
  ShortText t;
  const bool date = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
  if (!date) {
    std::snprintf(t.text, sizeof t.text, "%.*s", static_cast<int>(iso.size()), iso.data());
    return t;
  }
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  std::size_t at = 0;
  for (const char* p = CurrentLocale().date; *p != '\0' && at + 5 < sizeof t.text; ++p) {
    const bool twice = p[1] == *p;
    if (*p == 'y') {
      at += std::snprintf(t.text + at, sizeof t.text - at, "%.4s", iso.data());
    } else if (*p == 'M' || *p == 'd') {
      at += std::snprintf(t.text + at, sizeof t.text - at, twice ? "%02d" : "%d",
                          *p == 'M' ? month : day);
      p += twice;
    } else {
      t.text[at++] = *p;
    }
  }
  return t;
}

namespace {

// The `index`th (0-based) of a '|'-separated list of names.
std::string_view NthName(const char* names, int index) {
  std::string_view rest(names);
  for (int i = 0; i < index; ++i) rest.remove_prefix(std::min(rest.size(), rest.find('|') + 1));
  return rest.substr(0, rest.find('|'));
}

}  // namespace

ShortText PeriodText(std::string_view period) {
  ShortText t;
  const bool month = period.size() >= 7 && period[4] == '-' && period[5] >= '0' && period[5] <= '1';
  const bool quarter = period.size() == 7 && period[4] == '-' && period[5] == 'Q';
  if (!month && !quarter) {
    std::snprintf(t.text, sizeof t.text, "%.*s", static_cast<int>(period.size()), period.data());
    return t;
  }
  const Locale& locale = CurrentLocale();
  const int index = quarter ? std::clamp(period[6] - '1', 0, 3)
                            : std::clamp((period[5] - '0') * 10 + (period[6] - '0'), 1, 12) - 1;
  const std::string_view name = NthName(quarter ? locale.quarters : locale.months, index);
  std::size_t at = 0;
  for (const char* p = quarter ? locale.year_quarter : locale.year_month;
       *p != '\0' && at + 1 < sizeof t.text; ++p) {
    if (*p == 'y') {
      at += std::snprintf(t.text + at, sizeof t.text - at, "%.4s", period.data());
    } else if (*p == 'M' || *p == 'Q') {
      at += std::snprintf(t.text + at, sizeof t.text - at, "%.*s", static_cast<int>(name.size()),
                          name.data());
      while (p[1] == *p) ++p;
    } else {
      t.text[at++] = *p;
    }
  }
  t.text[std::min(at, sizeof t.text - 1)] = '\0';
  return t;
}

ShortText Count(long long n) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%lld", n < 0 ? -n : n);
  ShortText t;
  char local[48];
  std::snprintf(t.text, sizeof t.text, "%s%s", n < 0 ? "-" : "",
                LocalDigits(digits, CurrentLocale(), true, local));
  return t;
}

}  // namespace awscalc
