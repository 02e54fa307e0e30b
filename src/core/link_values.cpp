// link_values.cpp: what a value of a link may be, and the problems a reader is told
// about; see link_codec.h.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/decimal.h"
#include "core/link_codec.h"
#include "core/messages.h"

namespace awscalc::link_codec {
namespace {

constexpr std::size_t kMaxEchoChars = 40;

// `c` as it is when `as_is`, else as %XX.
void AppendByte(std::string& out, unsigned char c, bool as_is) {
  if (as_is) {
    out.push_back(static_cast<char>(c));
    return;
  }
  char escaped[4];
  std::snprintf(escaped, sizeof escaped, "%%%02X", c);
  out += escaped;
}

}  // namespace

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool PercentDecode(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out.push_back(in[i]);
      continue;
    }
    const int hi = i + 1 < in.size() ? HexValue(in[i + 1]) : -1;
    const int lo = i + 2 < in.size() ? HexValue(in[i + 2]) : -1;
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

std::string Printable(std::string_view raw) {
  std::string out;
  for (unsigned char c : raw) {
    if (out.size() >= kMaxEchoChars) {
      out += "...";
      break;
    }
    AppendByte(out, c, c >= 0x20 && c < 0x7f);
  }
  return out;
}

std::string PercentEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    AppendByte(out, c, unreserved);
  }
  return out;
}

std::string YearName(int year_index) {
  return std::to_string(kFirstYear + year_index);
}

std::string ValueText(Unit unit, double value) {
  return Format(value, unit, kExact).str();
}

NumberSpec SpecOf(const InputInfo& info) {
  return {Label(info), info.min_value, info.max_value, info.unit};
}

namespace {

// Why `number`, read from `text`, cannot be `what`'s value, and what is used instead, as
// one sentence in the current language ("Anthropic gross margin for 2026 (\"abc\") must be
// a plain decimal number such as 12.5, so it stays at 60%."); "" when it can.
std::string NumberProblem(const ParsedNumber& number, const NumberSpec& spec,
                          const std::string& what, const std::string& quoted,
                          const std::string& kept) {
  const char* pattern = nullptr;
  switch (number.error) {
    case NumberError::kNone:
      if (spec.whole && number.value != std::floor(number.value)) {
        pattern =
            T("{what}{quoted} must be a whole number such as {example}, so it stays at "
              "{value}.");
      }
      break;
    case NumberError::kEmpty:
      pattern = T("{what} has no value, so it stays at {value}.");
      break;
    case NumberError::kTooLong:
      pattern = T("{what}{quoted} is longer than {count} characters, so it stays at {value}.");
      break;
    case NumberError::kNotANumber:
      pattern =
          T("{what}{quoted} must be a plain decimal number such as {example}, so it "
            "stays at {value}.");
      break;
    case NumberError::kNotFinite:
      pattern = T("{what}{quoted} is too large to be a number, so it stays at {value}.");
      break;
  }
  if (pattern == nullptr) return "";
  return FillPattern(pattern, {{"what", what},
                               {"quoted", quoted},
                               {"example", spec.example},
                               {"count", static_cast<int>(kMaxNumberChars)},
                               {"value", kept}});
}

}  // namespace

double ReadValue(const Segment& segment, std::string_view text, const NumberSpec& spec,
                 int year_index, double current, Problems& problems, bool* used) {
  if (used != nullptr) *used = false;
  const bool per_year = year_index >= 0;
  const std::string what =
      per_year ? FillPattern(T("{label} for {year}"),
                             {{"label", spec.label}, {"year", YearName(year_index)}})
               : spec.label;
  const std::string quoted =
      per_year ? FillPattern(T(" (\"{given}\")"), {{"given", Printable(text)}}) : "";
  const ParsedNumber number = ParseStrictNumber(text);
  if (std::string problem =
          NumberProblem(number, spec, what, quoted, ValueText(spec.unit, current));
      !problem.empty()) {
    problems.Add(segment, std::move(problem));
    return current;
  }
  if (used != nullptr) *used = true;
  if (number.value >= spec.min_value && number.value <= spec.max_value) return number.value;
  // "Anthropic gross margin cannot be above 100% (150 was given), so 100% is used."
  const bool above = number.value > spec.max_value;
  const double limit = above ? spec.max_value : spec.min_value;
  problems.Add(
      segment,
      FillPattern(
          above ? T("{what} cannot be above {limit} ({given} was given), so "
                    "{limit} is used.")
                : T("{what} cannot be below {limit} ({given} was given), so "
                    "{limit} is used."),
          {{"what", what}, {"limit", ValueText(spec.unit, limit)}, {"given", Printable(text)}}));
  return limit;
}

std::vector<std::string_view> SplitList(std::string_view text) {
  std::vector<std::string_view> items;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    items.push_back(text.substr(start, comma - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return items;
}

void ReadYearList(const Segment& segment, const InputInfo& info, int horizon_years,
                  YearValues& values, Problems& problems) {
  const NumberSpec spec = SpecOf(info);
  std::vector<std::string_view> items = SplitList(segment.value);
  const int given = static_cast<int>(items.size());
  if (given == 1) {
    const double value = ReadValue(segment, items[0], spec, -1, values[0], problems);
    values.fill(value);
    return;
  }
  // "Anthropic revenue takes one value for all years or one per year (3); 5 were given, so
  // the values after 2027 are ignored."
  const MessageArg label("label", Label(info));
  const std::string count = std::to_string(given);
  if (given > horizon_years) {
    problems.Add(segment, FillPattern(T("{label} takes one value for all years or one per year "
                                        "({years}); {count} were given, so the values after "
                                        "{year} are ignored."),
                                      {label,
                                       {"years", horizon_years},
                                       {"count", count},
                                       {"year", YearName(horizon_years - 1)}}));
    items.resize(static_cast<std::size_t>(horizon_years));
  } else if (given < horizon_years) {
    problems.Add(
        segment,
        FillPattern(
            T("{label} takes one value for all years or one per year "
              "({years}); {count} were given, so the last one is "
              "used for the years after {year}."),
            {label, {"years", horizon_years}, {"count", count}, {"year", YearName(given - 1)}}));
  }
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    values[i] = ReadValue(segment, items[i], spec, i, values[i], problems);
  }
  for (int i = static_cast<int>(items.size()); i < kMaxYears; ++i) values[i] = values[i - 1];
}

bool YearListText(const YearValues& values, const YearValues& base, int horizon_years,
                  std::string& text) {
  if (std::equal(values.begin(), values.begin() + horizon_years, base.begin())) return false;
  const bool uniform = std::all_of(values.begin(), values.begin() + horizon_years,
                                   [&](double v) { return v == values[0]; });
  const int count = uniform ? 1 : horizon_years;
  for (int i = 0; i < count; ++i) {
    if (i > 0) text += ',';
    text += FormatShortest(values[i]);
  }
  return true;
}

}  // namespace awscalc::link_codec

namespace awscalc {

using namespace link_codec;

namespace {

// No-break spaces (which a unit's words may hold: "60 %") read as spaces.
std::string Spaced(std::string_view from) {
  std::string out;
  for (std::size_t i = 0; i < from.size(); ++i) {
    const bool nbsp = from[i] == '\xC2' && i + 1 < from.size() && from[i + 1] == '\xA0';
    out += nbsp ? ' ' : from[i];
    i += nbsp;
  }
  return out;
}

// A typed number's separators as a reader may type them, rewritten to the one form the
// parser reads (a dot before the decimals, no grouping), in place; "" or the problem.
//   "62,5", "0,25", "12,50"  a decimal comma, as phone keyboards in much of the world give
//                            it for inputmode=decimal
//   "1,000", "1,234,567"     commas grouping threes (this calculator writes English)
//   "1,000.5", "1.000,5"     both: the last separator is the decimals', the other groups
// A grouping that is not in threes ("1,00.5", "12,34,5") is refused: it cannot be read
// one way only.
std::string NormaliseSeparators(std::string& text) {
  const std::size_t comma = text.rfind(',');
  if (comma == std::string::npos) return "";
  const std::size_t dot = text.rfind('.');
  const bool comma_is_decimal = dot != std::string::npos
                                    ? comma > dot
                                    : text.find(',') == comma && text.size() - comma - 1 != 3;
  const char grouping = comma_is_decimal ? '.' : ',';
  const std::size_t decimal = comma_is_decimal ? comma : dot;
  // Groups of three between grouping marks, and from the last one to the decimals.
  std::string out;
  std::size_t group = std::string::npos;  // digits since the last grouping mark
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == grouping && i != decimal) {
      if (group != std::string::npos && group != 3) return "is not grouped in threes";
      if (out.empty() || !std::isdigit(static_cast<unsigned char>(out.back()))) {
        return "is not grouped in threes";
      }
      group = 0;
      continue;
    }
    if (i == decimal) {
      if (group != std::string::npos && group != 3) return "is not grouped in threes";
      group = std::string::npos;
      out += '.';
      continue;
    }
    if (group != std::string::npos && std::isdigit(static_cast<unsigned char>(c))) ++group;
    out += c;
  }
  if (group != std::string::npos && group != 3) return "is not grouped in threes";
  text = out;
  return "";
}

// Drops from `text` (no-break spaces already read as spaces) what a reader may type
// around the number: spaces, and the unit as Format writes it in the reader's language
// ("60%", "-$0.5B", "+2 pts", "x1.3"; "60 %", "5700 M$"). Returns the power of ten the
// digits carry (3 for Spanish millions: "5700 M$" is $5.7B).
int DropUnitAffixes(std::string& text, Unit unit, const Locale& locale) {
  const auto trim = [&] {
    const std::size_t first = text.find_first_not_of(' ');
    text = first == std::string::npos ? ""
                                      : text.substr(first, text.find_last_not_of(' ') + 1 - first);
  };
  trim();
  // Drops one affix from the text if it is there: the suffix, the part before the sign
  // ("x1.3", and "+x1.3" as readers type it) or the part after it ("-$0.5B").
  const auto drop = [&](int part, std::string_view affix) {
    if (part == 0) {
      if (!text.ends_with(affix)) return false;
      text.resize(text.size() - affix.size());
      trim();
      return true;
    }
    const std::size_t at = text.starts_with('-') || text.starts_with('+') ? 1 : 0;
    if (part == 1 && text.starts_with(affix)) {
      text.erase(0, affix.size());
    } else if (text.compare(at, affix.size(), affix) == 0) {
      text.erase(at, affix.size());
    } else {
      return false;
    }
    return true;
  };
  int shift = 0;  // the digits are the value times 10^shift (Spanish millions: "5700 M$")
  // Each affix once, as any style of Format writes it: ASCII or not ("x" or "×"), short
  // or long ("pts" or "points"), either form of money (the longer first).
  for (int part = 0; part < 3; ++part) {
    for (int variant = 0; variant < 8; ++variant) {
      NumberStyle style;
      style.ascii = (variant & 2) != 0;
      style.long_units = (variant & 1) != 0;
      const UnitAffixes affixes = AffixesOf(unit, style, locale, variant < 4);
      const std::string affix_text = Spaced(part == 0   ? affixes.suffix
                                            : part == 1 ? affixes.before_sign
                                                        : affixes.after_sign);
      const std::size_t first = affix_text.find_first_not_of(' ');
      if (first != std::string::npos && drop(part, std::string_view(affix_text).substr(first))) {
        shift = affixes.shift;
        break;
      }
    }
  }
  return shift;
}

}  // namespace

TypedValue ReadTypedValue(std::string_view typed_text, std::string_view label, double min_value,
                          double max_value, Unit unit, bool whole) {
  const Locale& locale = CurrentLocale();
  std::string text = Spaced(typed_text);
  const int shift = DropUnitAffixes(text, unit, locale);
  if (text.starts_with('+')) text.erase(0, 1);
  TypedValue typed;
  const std::string given = Printable(typed_text);
  // A language with a decimal comma reads "1.000" as a thousand and "2,5" as two and a
  // half: the same rules with the marks' roles swapped.
  if (std::string_view(locale.decimal) == ",") {
    for (char& c : text) c = c == ',' ? '.' : c == '.' ? ',' : c;
  }
  if (const std::string problem = NormaliseSeparators(text); !problem.empty()) {
    typed.problem = Say("typed.grouping", {{"label", std::string(label)}, {"given", given}});
    return typed;
  }
  const ParsedNumber number = ParseStrictNumber(text);
  const std::string what(label);
  const std::string example = Format(whole ? 3 : 12.5, Unit::kPlain, {kShortest}).str();
  switch (number.error) {
    case NumberError::kNone:
      break;
    case NumberError::kEmpty:
      typed.problem = Say("typed.empty", {{"label", what}});
      return typed;
    case NumberError::kTooLong:
      typed.problem = Say("typed.tooLong", {{"label", what}, {"count", kMaxNumberChars}});
      return typed;
    case NumberError::kNotANumber:
      typed.problem = Say("typed.notNumber", {{"label", what}, {"example", example}});
      return typed;
    case NumberError::kNotFinite:
      typed.problem = Say("typed.notFinite", {{"label", what}});
      return typed;
  }
  double scale = 1;  // 10^shift, exactly
  for (int i = 0; i < shift; ++i) scale *= 10;
  const double value = number.value / scale;
  if (whole && value != std::floor(value)) {
    typed.problem = Say("typed.notWhole", {{"label", what}, {"example", example}});
    return typed;
  }
  if (value < min_value || value > max_value) {
    const bool above = value > max_value;
    typed.problem = Say(above ? "typed.above" : "typed.below",
                        {{"label", what},
                         {"limit", ValueText(unit, above ? max_value : min_value)},
                         {"given", given}});
    return typed;
  }
  typed.value = value;
  return typed;
}

}  // namespace awscalc
