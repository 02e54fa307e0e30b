// share_link.cpp: see share_link.h.
//
// [SECTION] Text helpers: percent-decoding, printable echoes of what was given
// [SECTION] Problems: collected with their position in the link, capped
// [SECTION] Values: numbers with ranges, per-year lists
// [SECTION] Keys: one row per link key, parsed and written in the same order
// [SECTION] ParseLink / CanonicalLink
#include "core/share_link.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/decimal.h"

namespace awscalc {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] Text helpers

constexpr std::size_t kMaxEchoChars = 40;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes; false when an escape is broken ("%", "%z1").
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

// What the reader typed, safe to show anywhere (a terminal, JSON, the DOM's
// textContent): printable ASCII as is, every other byte as %XX, at most
// kMaxEchoChars characters.
std::string Printable(std::string_view raw) {
  std::string out;
  for (unsigned char c : raw) {
    if (out.size() >= kMaxEchoChars) {
      out += "...";
      break;
    }
    if (c >= 0x20 && c < 0x7f) {
      out.push_back(static_cast<char>(c));
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      out += escaped;
    }
  }
  return out;
}

std::string YearName(int year_index) { return std::to_string(kFirstYear + year_index); }

std::string ValueText(Unit unit, double value) {
  switch (unit) {
    case Unit::kBillionUsd: return "$" + FormatShortest(value) + "B";
    case Unit::kPercent: return FormatShortest(value) + "%";
    case Unit::kPercentPerYear: return FormatShortest(value) + "% a year";
  }
  return FormatShortest(value);
}

// -----------------------------------------------------------------------------------
// [SECTION] Problems

struct Segment {
  std::string key;     // decoded
  std::string value;   // decoded
  std::size_t position = 0;
  std::string Echo() const { return Printable(key) + "=" + Printable(value); }
};

class Problems {
 public:
  void Add(const Segment& segment, std::string reason) {
    Add(segment.position, Printable(segment.key), Printable(segment.value),
        segment.Echo() + ": " + std::move(reason));
  }
  void Add(std::size_t position, std::string key, std::string given, std::string message) {
    items_.push_back({position, {std::move(key), std::move(given), std::move(message)}});
    // Keep memory bounded for links with thousands of problems: only the earliest
    // kMaxReportedProblems (by position) can be shown.
    if (items_.size() > 4 * kMaxReportedProblems) Trim();
  }
  void Finish(ParsedLink& parsed) {
    Trim();
    for (auto& item : items_) parsed.problems.push_back(std::move(item.second));
    parsed.unreported_problems = dropped_;
  }

 private:
  void Trim() {
    std::stable_sort(items_.begin(), items_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    if (items_.size() > kMaxReportedProblems) {
      dropped_ += items_.size() - kMaxReportedProblems;
      items_.resize(kMaxReportedProblems);
    }
  }
  std::vector<std::pair<std::size_t, LinkProblem>> items_;
  std::size_t dropped_ = 0;
};

// -----------------------------------------------------------------------------------
// [SECTION] Values

// Reads one number of input `info`; `year_index` -1 for scalar inputs. Returns the value
// to use: the number, clamped to the range, or `current` (the value before the link,
// normally the default) when it is not a number.
double ReadValue(const Segment& segment, std::string_view text, const InputInfo& info,
                 int year_index, double current, Problems& problems) {
  const bool per_year = year_index >= 0;
  const std::string what =
      std::string(info.label) + (per_year ? " for " + YearName(year_index) : "");
  const std::string quoted = per_year ? " (\"" + Printable(text) + "\")" : "";
  const ParsedNumber number = ParseStrictNumber(text);
  std::string reason;
  switch (number.error) {
    case NumberError::kNone: break;
    case NumberError::kEmpty: reason = what + " has no value"; break;
    case NumberError::kTooLong:
      reason = what + quoted + " is longer than " + std::to_string(kMaxNumberChars) +
               " characters";
      break;
    case NumberError::kNotANumber:
      reason = what + quoted + " must be a plain decimal number such as 12.5";
      break;
    case NumberError::kNotFinite: reason = what + quoted + " is too large to be a number"; break;
  }
  if (!reason.empty()) {
    problems.Add(segment, reason + ", so it stays at " + ValueText(info.unit, current) + ".");
    return current;
  }
  if (number.value < info.min_value || number.value > info.max_value) {
    const bool above = number.value > info.max_value;
    const double limit = above ? info.max_value : info.min_value;
    problems.Add(segment, what + " cannot be " + (above ? "above " : "below ") +
                              ValueText(info.unit, limit) + " (" + Printable(text) +
                              " was given), so " + ValueText(info.unit, limit) + " is used.");
    return limit;
  }
  return number.value;
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

// A per-year list: one value for all years, or one per year of the horizon.
void ReadYearList(const Segment& segment, InputId id, int horizon_years, YearValues& values,
                  Problems& problems) {
  const InputInfo& info = Info(id);
  std::vector<std::string_view> items = SplitList(segment.value);
  const int given = static_cast<int>(items.size());
  if (given == 1) {
    const double value = ReadValue(segment, items[0], info, -1, values[0], problems);
    values.fill(value);
    return;
  }
  const std::string expected = std::string(info.label) +
                               " takes one value for all years or one per year (" +
                               std::to_string(horizon_years) + "); " + std::to_string(given) +
                               " were given, so ";
  if (given > horizon_years) {
    problems.Add(segment, expected + "the values after " + YearName(horizon_years - 1) +
                              " are ignored.");
    items.resize(static_cast<std::size_t>(horizon_years));
  } else if (given < horizon_years) {
    problems.Add(segment, expected + "the last one is used for the years after " +
                              YearName(given - 1) + ".");
  }
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    values[i] = ReadValue(segment, items[i], info, i, values[i], problems);
  }
  for (int i = static_cast<int>(items.size()); i < kMaxYears; ++i) values[i] = values[i - 1];
}

void WriteNumber(std::string& out, const char* key, double value) {
  out += '&';
  out += key;
  out += '=';
  out += FormatShortest(value);
}

// One value when all years of the horizon agree, else one per year; nothing when that
// equals the default.
void WriteYearList(std::string& out, const char* key, const YearValues& values,
                   int horizon_years, double default_value) {
  const bool uniform = std::all_of(values.begin(), values.begin() + horizon_years,
                                   [&](double v) { return v == values[0]; });
  if (uniform) {
    if (values[0] != default_value) WriteNumber(out, key, values[0]);
    return;
  }
  out += '&';
  out += key;
  out += '=';
  for (int i = 0; i < horizon_years; ++i) {
    if (i > 0) out += ',';
    out += FormatShortest(values[i]);
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] Keys

struct KeySpec {
  const char* key;
  void (*read)(const Segment&, LinkState&, Problems&);
  void (*write)(const LinkState&, std::string&);
};

template <InputId kId, double Assumptions::*kField>
void ReadScalar(const Segment& segment, LinkState& state, Problems& problems) {
  double& field = state.assumptions.*kField;
  field = ReadValue(segment, segment.value, Info(kId), -1, field, problems);
}

template <InputId kId, double Assumptions::*kField>
void WriteScalar(const LinkState& state, std::string& out) {
  const double value = state.assumptions.*kField;
  if (value != DefaultValue(kId, 0)) WriteNumber(out, Info(kId).link_key, value);
}

template <InputId kId, YearValues Assumptions::*kField>
void ReadPerYear(const Segment& segment, LinkState& state, Problems& problems) {
  ReadYearList(segment, kId, state.assumptions.horizon_years, state.assumptions.*kField,
               problems);
}

template <InputId kId, YearValues Assumptions::*kField>
void WritePerYear(const LinkState& state, std::string& out) {
  WriteYearList(out, Info(kId).link_key, state.assumptions.*kField,
                state.assumptions.horizon_years, DefaultValue(kId, 0));
}

void ReadVersion(const Segment& segment, LinkState&, Problems& problems) {
  const ParsedNumber number = ParseStrictNumber(segment.value);
  const bool whole = number.error == NumberError::kNone && number.value >= 0 &&
                     number.value < 1e9 && number.value == static_cast<int>(number.value);
  if (whole && number.value == kLinkVersion) return;
  if (whole && number.value > kLinkVersion) {
    problems.Add(segment, "this link was made by a newer version of the calculator; the "
                          "settings this version understands are applied.");
    return;
  }
  problems.Add(segment, "the link format version must be 1; the link is read as version 1.");
}

void ReadRevenue(const Segment& segment, LinkState& state, Problems& problems) {
  Assumptions& a = state.assumptions;
  std::vector<std::string_view> items = SplitList(segment.value);
  if (static_cast<int>(items.size()) > kMaxYears) {
    problems.Add(segment, "at most " + std::to_string(kMaxYears) + " years (" +
                              YearName(0) + " to " + YearName(kMaxYears - 1) +
                              ") can be projected; " + std::to_string(items.size()) +
                              " values were given, so those after " +
                              YearName(kMaxYears - 1) + " are ignored.");
    items.resize(kMaxYears);
  }
  const int horizon_years = static_cast<int>(items.size());
  const bool single = horizon_years == 1;
  for (int i = 0; i < horizon_years; ++i) {
    a.revenue_busd[i] = ReadValue(segment, items[i], Info(InputId::kRevenue), single ? -1 : i,
                                  a.revenue_busd[i], problems);
  }
  a.horizon_years = horizon_years;
}

void WriteRevenue(const LinkState& state, std::string& out) {
  const Assumptions& a = state.assumptions;
  const Assumptions defaults = DefaultAssumptions();
  const bool is_default =
      a.horizon_years == defaults.horizon_years &&
      std::equal(a.revenue_busd.begin(), a.revenue_busd.begin() + a.horizon_years,
                 defaults.revenue_busd.begin());
  if (is_default) return;
  out += "&rev=";
  for (int i = 0; i < a.horizon_years; ++i) {
    if (i > 0) out += ',';
    out += FormatShortest(a.revenue_busd[i]);
  }
}

void ReadTheme(const Segment& segment, LinkState& state, Problems& problems) {
  for (Theme theme : {Theme::kAuto, Theme::kLight, Theme::kDark}) {
    if (segment.value == ThemeName(theme)) {
      state.view.theme = theme;
      return;
    }
  }
  problems.Add(segment, "the theme must be auto, light or dark; auto is used.");
}

void WriteTheme(const LinkState& state, std::string& out) {
  if (state.view.theme != Theme::kAuto) out += std::string("&theme=") + ThemeName(state.view.theme);
}

void ReadAccent(const Segment& segment, LinkState& state, Problems& problems) {
  std::string_view text = segment.value;
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  std::uint32_t rgb = 0;
  bool ok = text.size() == 6;
  for (char c : text) {
    const int digit = HexValue(c);
    ok = ok && digit >= 0;
    rgb = rgb * 16 + static_cast<std::uint32_t>(digit < 0 ? 0 : digit);
  }
  if (!ok) {
    problems.Add(segment, "the accent colour must be six hex digits such as 0a84ff; the "
                          "page's own colour is used.");
    return;
  }
  state.view.accent_rgb = rgb;
}

void WriteAccent(const LinkState& state, std::string& out) {
  if (!state.view.accent_rgb) return;
  char hex[8];
  std::snprintf(hex, sizeof hex, "%06x", static_cast<unsigned>(*state.view.accent_rgb & 0xffffff));
  out += std::string("&accent=") + hex;
}

void WriteNothing(const LinkState&, std::string&) {}

// Parse order = canonical order. "rev" sets the horizon, so it comes before the
// per-year keys that depend on it.
constexpr std::array<KeySpec, 12> kKeys = {{
    {"v", ReadVersion, WriteNothing},
    {"rev", ReadRevenue, WriteRevenue},
    {"gm", ReadPerYear<InputId::kGrossMargin, &Assumptions::gross_margin_pct>,
     WritePerYear<InputId::kGrossMargin, &Assumptions::gross_margin_pct>},
    {"aws", ReadPerYear<InputId::kAwsShare, &Assumptions::aws_share_pct>,
     WritePerYear<InputId::kAwsShare, &Assumptions::aws_share_pct>},
    {"train", ReadPerYear<InputId::kTraining, &Assumptions::training_busd>,
     WritePerYear<InputId::kTraining, &Assumptions::training_busd>},
    {"base", ReadScalar<InputId::kAwsBase, &Assumptions::aws_base_2024_busd>,
     WriteScalar<InputId::kAwsBase, &Assumptions::aws_base_2024_busd>},
    {"g", ReadScalar<InputId::kAwsGrowth, &Assumptions::aws_growth_pct>,
     WriteScalar<InputId::kAwsGrowth, &Assumptions::aws_growth_pct>},
    {"opm", ReadScalar<InputId::kAwsOperatingMargin, &Assumptions::aws_operating_margin_pct>,
     WriteScalar<InputId::kAwsOperatingMargin, &Assumptions::aws_operating_margin_pct>},
    {"inv", ReadScalar<InputId::kInvestment, &Assumptions::investment_busd>,
     WriteScalar<InputId::kInvestment, &Assumptions::investment_busd>},
    {"stake", ReadScalar<InputId::kStakeValue, &Assumptions::stake_value_busd>,
     WriteScalar<InputId::kStakeValue, &Assumptions::stake_value_busd>},
    {"theme", ReadTheme, WriteTheme},
    {"accent", ReadAccent, WriteAccent},
}};

int KeyIndex(std::string_view key) {
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    if (key == kKeys[i].key) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

const char* ThemeName(Theme theme) {
  switch (theme) {
    case Theme::kAuto: return "auto";
    case Theme::kLight: return "light";
    case Theme::kDark: return "dark";
  }
  return "auto";
}

// -----------------------------------------------------------------------------------
// [SECTION] ParseLink / CanonicalLink

ParsedLink ParseLink(std::string_view fragment, const LinkState& base) {
  if (const std::size_t hash = fragment.find('#'); hash != std::string_view::npos) {
    fragment.remove_prefix(hash + 1);
  }

  Problems problems;
  // The first occurrence of each known key, in link order of discovery.
  std::array<std::optional<Segment>, kKeys.size()> first;

  std::size_t start = 0;
  std::size_t position = 0;
  while (start <= fragment.size()) {
    std::size_t end = fragment.find('&', start);
    if (end == std::string_view::npos) end = fragment.size();
    const std::string_view raw = fragment.substr(start, end - start);
    start = end + 1;
    if (raw.empty()) continue;
    ++position;

    const std::size_t equals = raw.find('=');
    const std::string_view raw_key = raw.substr(0, equals);
    const std::string_view raw_value =
        equals == std::string_view::npos ? std::string_view() : raw.substr(equals + 1);
    Segment segment;
    segment.position = position;
    if (!PercentDecode(raw_key, segment.key) || !PercentDecode(raw_value, segment.value)) {
      problems.Add(position, Printable(raw_key), Printable(raw_value),
                   Printable(raw) + ": the text has a broken %-escape, so it is ignored.");
      continue;
    }
    const int index = KeyIndex(segment.key);
    if (index < 0) {
      problems.Add(segment, "\"" + Printable(segment.key) +
                                "\" is not a setting this calculator knows, so it is ignored.");
    } else if (equals == std::string_view::npos) {
      problems.Add(segment, "a setting needs a value (" + Printable(segment.key) +
                                "=...), so it is ignored.");
    } else if (first[index]) {
      problems.Add(segment, "\"" + Printable(segment.key) +
                                "\" appears more than once; the first one is used and this one "
                                "is ignored.");
    } else {
      first[index] = std::move(segment);
    }
  }

  ParsedLink parsed;
  parsed.state = base;
  Normalize(parsed.state.assumptions);
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    if (first[i]) kKeys[i].read(*first[i], parsed.state, problems);
  }
  Normalize(parsed.state.assumptions);
  problems.Finish(parsed);
  return parsed;
}

std::string CanonicalLink(const LinkState& state) {
  std::string out = "v=" + std::to_string(kLinkVersion);
  for (const KeySpec& spec : kKeys) {
    spec.write(state, out);
  }
  return out;
}

std::vector<std::string> ProblemMessages(const ParsedLink& parsed) {
  std::vector<std::string> messages;
  for (const LinkProblem& problem : parsed.problems) messages.push_back(problem.message);
  if (parsed.unreported_problems > 0) {
    messages.push_back("...and " + std::to_string(parsed.unreported_problems) + " more problem" +
                       (parsed.unreported_problems == 1 ? "" : "s") + " in the link.");
  }
  return messages;
}

}  // namespace awscalc
