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
  std::string text(digits);
  std::size_t point = text.find('.');
  if (point == std::string::npos) {
    text += '.';
    point = text.size() - 1;
  }
  std::string decimals = text.substr(point + 1);
  const std::size_t kept =
      decimals.size() > static_cast<std::size_t>(shift) ? decimals.size() - shift : 0;
  decimals.resize(std::max(decimals.size(), static_cast<std::size_t>(shift)), '0');
  std::string whole = text.substr(0, point) + decimals.substr(0, shift);
  const std::size_t first = whole.find_first_not_of('0');
  whole = first == std::string::npos ? "0" : whole.substr(std::min(first, whole.size() - 1));
  std::string rest = decimals.substr(shift, kept);
  if (trimmed) {
    while (!rest.empty() && rest.back() == '0') rest.pop_back();
  }
  const std::string shifted = rest.empty() ? whole : whole + "." + rest;
  std::snprintf(digits, 40, "%s", shifted.c_str());
}

// ASCII digits ("1234.5") as `locale` writes them: its decimal mark and, when asked, its
// grouping marks ("1.234,5"; none before minimum_grouping + 3 digits: Spanish "1234,5").
std::string LocalDigits(const char* digits, const Locale& locale, bool group) {
  const std::string_view text(digits);
  const std::size_t point = std::min(text.find('.'), text.size());
  const std::size_t whole = point;
  std::string out;
  const bool grouped = group && whole >= static_cast<std::size_t>(locale.minimum_grouping) + 3;
  for (std::size_t i = 0; i < whole; ++i) {
    if (grouped && i > 0 && (whole - i) % 3 == 0) out += locale.group;
    out += text[i];
  }
  if (point < text.size()) {
    out += locale.decimal;
    out.append(text.substr(point + 1));
  }
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
  if (affixes.shift > 0) ShiftPoint(digits, affixes.shift, style.trim || decimals == kShortest);
  const bool nonzero = std::strpbrk(digits, "123456789") != nullptr;
  const char* sign = !nonzero     ? ""
                     : value < 0  ? (style.ascii ? "-" : kMinus)
                     : style.plus ? "+"
                                  : "";
  std::snprintf(out.text, sizeof out.text, "%s%s%s%s%s", affixes.before_sign, sign,
                affixes.after_sign, LocalDigits(digits, locale, locale.group_values).c_str(),
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

ShortText Count(long long n) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%lld", n < 0 ? -n : n);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s%s", n < 0 ? "-" : "",
                LocalDigits(digits, CurrentLocale(), true).c_str());
  return t;
}

}  // namespace awscalc
