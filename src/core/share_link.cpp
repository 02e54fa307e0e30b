// share_link.cpp: see share_link.h.
//
// [SECTION] Text helpers: percent-decoding, printable echoes of what was given
// [SECTION] Problems: collected with their position in the link, capped
// [SECTION] Values: numbers with ranges, per-year lists
// [SECTION] Keys: one row per link key, parsed and written in the same order
// [SECTION] Scenarios: the model's keys again, under s1. to s3.
// [SECTION] ParseLink / CanonicalLink
#include "core/share_link.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/decimal.h"
#include "core/small_sort.h"

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

// Unreserved characters (RFC 3986) as they are, every other byte as %XX: names in links.
std::string PercentEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      out += escaped;
    }
  }
  return out;
}

std::string YearName(int year_index) {
  return std::to_string(kFirstYear + year_index);
}

// A value as a message writes it: exact, ASCII ("-$0.5B", "x1.3", "-10 points").
std::string ValueText(Unit unit, double value) {
  return Format(value, unit, kExact).str();
}

// One of a few words ("aws", "profit", "share"), listed for messages as "aws, profit or share".
const char* KeyOf(const OutputInfo& row) {
  return row.key;
}
const char* KeyOf(const GoalInputInfo& row) {
  return row.key();
}

template <typename Table>
std::string ChoiceList(const Table& table) {
  std::string out;
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (i > 0) out += i + 1 == table.size() ? " or " : ", ";
    out += KeyOf(table[i]);
  }
  return out;
}

// -----------------------------------------------------------------------------------
// [SECTION] Problems

struct Segment {
  std::string key;    // decoded
  std::string value;  // decoded
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
    SmallStableSort(items_.begin(), items_.end(),
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

// What a number key accepts and how its messages name it.
struct NumberSpec {
  std::string label;  // "Anthropic gross margin"
  double min_value = 0;
  double max_value = 0;
  Unit unit = Unit::kPlain;
  bool whole = false;  // whole numbers only (samples, seed, year)
  const char* example = "12.5";
};

NumberSpec SpecOf(const InputInfo& info) {
  return {info.label, info.min_value, info.max_value, info.unit};
}

// Why `number`, read from `text`, cannot be `what`'s value ("Anthropic gross margin for
// 2026 (\"abc\") must be a plain decimal number such as 12.5"); "" when it can.
std::string NumberReason(const ParsedNumber& number, const NumberSpec& spec,
                         const std::string& what, const std::string& quoted) {
  switch (number.error) {
    case NumberError::kNone:
      break;
    case NumberError::kEmpty:
      return what + " has no value";
    case NumberError::kTooLong:
      return what + quoted + " is longer than " + std::to_string(kMaxNumberChars) + " characters";
    case NumberError::kNotANumber:
      return what + quoted + " must be a plain decimal number such as " + spec.example;
    case NumberError::kNotFinite:
      return what + quoted + " is too large to be a number";
  }
  if (spec.whole && number.value != std::floor(number.value)) {
    return what + quoted + " must be a whole number such as " + spec.example;
  }
  return "";
}

// "Anthropic gross margin cannot be above 100% (150 was given)", for a number outside
// the range; "" inside it.
std::string RangeReason(double value, std::string_view text, const NumberSpec& spec,
                        const std::string& what, double* limit = nullptr) {
  if (value >= spec.min_value && value <= spec.max_value) return "";
  const bool above = value > spec.max_value;
  const double end = above ? spec.max_value : spec.min_value;
  if (limit != nullptr) *limit = end;
  return what + " cannot be " + (above ? "above " : "below ") + ValueText(spec.unit, end) + " (" +
         Printable(text) + " was given)";
}

// Reads one number; `year_index` -1 for scalar inputs. Returns the value to use: the
// number, clamped to the range, or `current` (the value before the link, normally the
// default) when it is not a usable number; `*used` says which.
double ReadValue(const Segment& segment, std::string_view text, const NumberSpec& spec,
                 int year_index, double current, Problems& problems, bool* used = nullptr) {
  if (used != nullptr) *used = false;
  const bool per_year = year_index >= 0;
  const std::string what = spec.label + (per_year ? " for " + YearName(year_index) : "");
  const std::string quoted = per_year ? " (\"" + Printable(text) + "\")" : "";
  const ParsedNumber number = ParseStrictNumber(text);
  if (const std::string reason = NumberReason(number, spec, what, quoted); !reason.empty()) {
    problems.Add(segment, reason + ", so it stays at " + ValueText(spec.unit, current) + ".");
    return current;
  }
  if (used != nullptr) *used = true;
  double limit = 0;
  if (const std::string reason = RangeReason(number.value, text, spec, what, &limit);
      !reason.empty()) {
    problems.Add(segment, reason + ", so " + ValueText(spec.unit, limit) + " is used.");
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
  const std::string expected =
      std::string(info.label) + " takes one value for all years or one per year (" +
      std::to_string(horizon_years) + "); " + std::to_string(given) + " were given, so ";
  if (given > horizon_years) {
    problems.Add(segment,
                 expected + "the values after " + YearName(horizon_years - 1) + " are ignored.");
    items.resize(static_cast<std::size_t>(horizon_years));
  } else if (given < horizon_years) {
    problems.Add(segment, expected + "the last one is used for the years after " +
                              YearName(given - 1) + ".");
  }
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    values[i] = ReadValue(segment, items[i], spec, i, values[i], problems);
  }
  for (int i = static_cast<int>(items.size()); i < kMaxYears; ++i) values[i] = values[i - 1];
}

// The value of a per-year key: nothing when the horizon's years equal `base`'s (what a
// link without the key gives), else one value when all years agree, else one per year.
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

// -----------------------------------------------------------------------------------
// [SECTION] Keys

// A key's reader applies its value to the state; its writer gives the value text when
// the state differs from `base` (the state a link without the key gives), else false.

// The revenue path: one value per year, and so the horizon.
void ReadRevenue(const InputInfo& info, const Segment& segment, Assumptions& a,
                 Problems& problems) {
  std::vector<std::string_view> items = SplitList(segment.value);
  if (static_cast<int>(items.size()) > kMaxYears) {
    problems.Add(segment, "at most " + std::to_string(kMaxYears) + " years (" + YearName(0) +
                              " to " + YearName(kMaxYears - 1) + ") can be projected; " +
                              std::to_string(items.size()) + " values were given, so those after " +
                              YearName(kMaxYears - 1) + " are ignored.");
    items.resize(kMaxYears);
  }
  const int horizon_years = static_cast<int>(items.size());
  const bool single = horizon_years == 1;
  YearValues& values = a.*info.years;
  for (int i = 0; i < horizon_years; ++i) {
    values[i] = ReadValue(segment, items[i], SpecOf(info), single ? -1 : i, values[i], problems);
  }
  a.horizon_years = horizon_years;
}

// An input of the model, by the input table's row: a revenue path (which sets the
// horizon), a per-year list, or one value.
void ReadInput(const InputInfo& info, const Segment& segment, LinkState& state,
               Problems& problems) {
  Assumptions& a = state.assumptions;
  switch (info.shape) {
    case InputShape::kRevenuePath:
      ReadRevenue(info, segment, a, problems);
      break;
    case InputShape::kPerYear:
      ReadYearList(segment, info, a.horizon_years, a.*info.years, problems);
      break;
    case InputShape::kScalar:
      a.*info.value = ReadValue(segment, segment.value, SpecOf(info), -1, a.*info.value, problems);
      break;
    case InputShape::kDerived:
      break;
  }
}

bool WriteInput(const InputInfo& info, const LinkState& state, const LinkState& base,
                std::string& value) {
  const Assumptions& a = state.assumptions;
  const Assumptions& b = base.assumptions;
  switch (info.shape) {
    case InputShape::kRevenuePath: {
      if (a.horizon_years == b.horizon_years &&
          std::equal(a.revenue_busd.begin(), a.revenue_busd.begin() + a.horizon_years,
                     b.revenue_busd.begin())) {
        return false;
      }
      for (int i = 0; i < a.horizon_years; ++i) {
        if (i > 0) value += ',';
        value += FormatShortest((a.*info.years)[i]);
      }
      return true;
    }
    case InputShape::kPerYear:
      return YearListText(a.*info.years, b.*info.years, a.horizon_years, value);
    case InputShape::kScalar:
      if (a.*info.value == b.*info.value) return false;
      value = FormatShortest(a.*info.value);
      return true;
    case InputShape::kDerived:
      break;
  }
  return false;
}

void ReadVersion(const Segment& segment, Problems& problems) {
  const ParsedNumber number = ParseStrictNumber(segment.value);
  const bool whole = number.error == NumberError::kNone && number.value >= 0 &&
                     number.value < 1e9 && number.value == static_cast<int>(number.value);
  if (whole && number.value == kLinkVersion) return;
  if (whole && number.value > kLinkVersion) {
    problems.Add(segment,
                 "this link was made by a newer version of the calculator; the "
                 "settings this version understands are applied.");
    return;
  }
  problems.Add(segment, "the link format version must be 1; the link is read as version 1.");
}

// Monte Carlo settings.

void ReadSamples(const Segment& segment, LinkState& state, Problems& problems) {
  int& samples = state.uncertainty.samples;
  const NumberSpec spec{
      "The number of Monte Carlo samples", kMinSamples, kMaxSamples, Unit::kPlain, true, "10000"};
  samples = static_cast<int>(ReadValue(segment, segment.value, spec, -1, samples, problems));
}

bool WriteSamples(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.uncertainty.samples == base.uncertainty.samples) return false;
  value = std::to_string(state.uncertainty.samples);
  return true;
}

void ReadSeed(const Segment& segment, LinkState& state, Problems& problems) {
  std::uint32_t& seed = state.uncertainty.seed;
  const NumberSpec spec{"The random seed", 0, 4294967295.0, Unit::kPlain, true, "42"};
  seed = static_cast<std::uint32_t>(ReadValue(segment, segment.value, spec, -1, seed, problems));
}

bool WriteSeed(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.uncertainty.seed == base.uncertainty.seed) return false;
  value = std::to_string(state.uncertainty.seed);
  return true;
}

// The chosen year must be one the projection has ("rev" is read before it).
void ReadYear(const Segment& segment, LinkState& state, Problems& problems) {
  const int last_year = kFirstYear + std::clamp(state.assumptions.horizon_years, 1, kMaxYears) - 1;
  std::optional<int>& year = state.uncertainty.year;
  const NumberSpec spec{"The chosen year", kFirstYear, static_cast<double>(last_year),
                        Unit::kPlain,      true,       "2027"};
  const double current = year ? std::min(*year, last_year) : last_year;
  bool used = false;
  const double value = ReadValue(segment, segment.value, spec, -1, current, problems, &used);
  if (used) year = static_cast<int>(value);
}

// The year the reader sees: one past a horizon that has since shrunk is its last year.
bool WriteYear(const LinkState& state, const LinkState& base, std::string& value) {
  if (!state.uncertainty.year || state.uncertainty.year == base.uncertainty.year) return false;
  value = std::to_string(kFirstYear +
                         ChosenYearIndex(state.uncertainty, state.assumptions.horizon_years));
  return true;
}

void ReadThreshold(const Segment& segment, LinkState& state, Problems& problems) {
  double& threshold = state.uncertainty.threshold_busd;
  const NumberSpec spec{"The threshold for AWS revenue from Anthropic", 0, kMaxThresholdBusd,
                        Unit::kBillionUsd};
  threshold = ReadValue(segment, segment.value, spec, -1, threshold, problems);
}

bool WriteThreshold(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.uncertainty.threshold_busd == base.uncertainty.threshold_busd) return false;
  value = FormatShortest(state.uncertainty.threshold_busd);
  return true;
}

// One end of an uncertain input's range: low in [min_low, neutral], high in
// [neutral, max_high] (neutral: factor 1, offset 0).
void ReadRangeEnd(UncertainInput input, RangeEnd end, const Segment& segment, LinkState& state,
                  Problems& problems) {
  const UncertainInputInfo& info = Info(input);
  const bool low = end == RangeEnd::kLow;
  UncertainRange& range = state.uncertainty.Range(input);
  double& field = low ? range.low : range.high;
  const Unit unit = info.kind == RangeKind::kFactor              ? Unit::kFactor
                    : Info(info.input).unit == Unit::kBillionUsd ? Unit::kBillionUsd
                                                                 : Unit::kPoints;
  const NumberSpec spec{std::string(low ? "The low end" : "The high end") + " of the range for " +
                            Info(info.input).label,
                        low ? info.min_low : NeutralEnd(input),
                        low ? NeutralEnd(input) : info.max_high, unit};
  field = ReadValue(segment, segment.value, spec, -1, field, problems);
}

bool WriteRangeEnd(UncertainInput input, RangeEnd end, const LinkState& state,
                   const LinkState& base, std::string& value) {
  const UncertainRange& range = state.uncertainty.Range(input);
  const UncertainRange& base_range = base.uncertainty.Range(input);
  const bool low = end == RangeEnd::kLow;
  const double value_now = low ? range.low : range.high;
  if (value_now == (low ? base_range.low : base_range.high)) return false;
  value = FormatShortest(value_now);
  return true;
}

// A word from a table with `key` fields; false (and a problem) when it is none of them.
template <typename Table, typename Id>
bool ReadChoice(const Segment& segment, const Table& table, const std::string& what,
                const std::string& fallback, Id& id, Problems& problems) {
  for (const auto& row : table) {
    if (segment.value == KeyOf(row)) {
      id = row.id;
      return true;
    }
  }
  problems.Add(segment, what + " must be " + ChoiceList(table) + "; " + fallback + ".");
  return false;
}

void ReadTornadoOutput(const Segment& segment, LinkState& state, Problems& problems) {
  ReadChoice(segment, Outputs(), "the tornado's output",
             std::string(Info(state.uncertainty.tornado_output).key) + " is used",
             state.uncertainty.tornado_output, problems);
}

bool WriteTornadoOutput(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.uncertainty.tornado_output == base.uncertainty.tornado_output) return false;
  value = Info(state.uncertainty.tornado_output).key;
  return true;
}

// Goal seek: "goal" asks the question; "goalout" and "target" refine it.

void ReadGoal(const Segment& segment, LinkState& state, Problems& problems) {
  GoalInput input = state.goal ? state.goal->input : GoalInput::kGrossMargin;
  const bool had_goal = state.goal.has_value();
  if (ReadChoice(segment, GoalInputs(), "the goal-seek input",
                 had_goal ? "the goal stays as it was" : "no goal is set", input, problems)) {
    if (!state.goal) state.goal = GoalQuery{};
    state.goal->input = input;
  }
}

bool WriteGoal(const LinkState& state, const LinkState& base, std::string& value) {
  if (!state.goal || (base.goal && state.goal->input == base.goal->input)) return false;
  value = Info(state.goal->input).key();
  return true;
}

bool NeedsGoal(const Segment& segment, const LinkState& state, Problems& problems) {
  if (state.goal) return true;
  problems.Add(segment,
               "a goal needs goal=" + ChoiceList(GoalInputs()) + " as well, so this is ignored.");
  return false;
}

void ReadGoalOutput(const Segment& segment, LinkState& state, Problems& problems) {
  if (!NeedsGoal(segment, state, problems)) return;
  ReadChoice(segment, Outputs(), "the goal's output",
             std::string(Info(state.goal->output).key) + " is used", state.goal->output, problems);
}

bool WriteGoalOutput(const LinkState& state, const LinkState& base, std::string& value) {
  const OutputId base_output = base.goal ? base.goal->output : GoalQuery{}.output;
  if (!state.goal || state.goal->output == base_output) return false;
  value = Info(state.goal->output).key;
  return true;
}

void ReadGoalTarget(const Segment& segment, LinkState& state, Problems& problems) {
  if (!NeedsGoal(segment, state, problems)) return;
  const NumberSpec spec{"The goal's target", -kMaxGoalTarget, kMaxGoalTarget, Unit::kPlain};
  state.goal->target = ReadValue(segment, segment.value, spec, -1, state.goal->target, problems);
}

bool WriteGoalTarget(const LinkState& state, const LinkState& base, std::string& value) {
  const double base_target = base.goal ? base.goal->target : GoalQuery{}.target;
  if (!state.goal || state.goal->target == base_target) return false;
  value = FormatShortest(state.goal->target);
  return true;
}

// Presentation.

void ReadTheme(const Segment& segment, LinkState& state, Problems& problems) {
  for (Theme theme : {Theme::kAuto, Theme::kLight, Theme::kDark}) {
    if (segment.value == ThemeName(theme)) {
      state.view.theme = theme;
      return;
    }
  }
  problems.Add(segment, "the theme must be auto, light or dark; auto is used.");
}

bool WriteTheme(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.view.theme == base.view.theme) return false;
  value = ThemeName(state.view.theme);
  return true;
}

void ReadTab(const Segment& segment, LinkState& state, Problems& problems) {
  if (const std::optional<int> tab = TabIndex(segment.value)) {
    state.view.tab = *tab;
    return;
  }
  std::string names;
  for (const TabInfo& tab : kTabs) names += std::string(names.empty() ? "" : ", ") + tab.link_name;
  problems.Add(segment, "the tab must be one of " + names + "; the first is shown.");
}

bool WriteTab(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.view.tab == base.view.tab) return false;
  value = TabAt(state.view.tab).link_name;
  return true;
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
    problems.Add(segment,
                 "the accent colour must be six hex digits such as 0a84ff; the "
                 "page's own colour is used.");
    return;
  }
  state.view.accent_rgb = rgb;
}

bool WriteAccent(const LinkState& state, const LinkState& base, std::string& value) {
  if (!state.view.accent_rgb || state.view.accent_rgb == base.view.accent_rgb) return false;
  char hex[8];
  std::snprintf(hex, sizeof hex, "%06x", static_cast<unsigned>(*state.view.accent_rgb & 0xffffff));
  value = hex;
  return true;
}

// Every key of the link, in parse order = canonical order: "v", the model's inputs in
// the input table's order ("rev" first: it sets the horizon the per-year keys and "yr"
// depend on), the Monte Carlo settings and ranges (keys from the uncertainty table),
// then the tornado, goal seek ("goal" before "goalout" and "target") and presentation.
// The model's keys, which scenarios reuse under "sN.", are rows [1, 1 + kModelKeyCount).
// One row per key: its name, its reader and its writer; adding a key is one row (and
// its reader and writer above).
struct KeySpec;
using KeyReader = void (*)(const KeySpec&, const Segment&, LinkState&, Problems&);
// The value text when the state differs from `base`, else false.
using KeyWriter = bool (*)(const KeySpec&, const LinkState&, const LinkState&, std::string&);

// Where a key's name comes from: its row, or the input or uncertainty table.
enum class KeyNameFrom : std::uint8_t { kRow, kInputTable, kRangeLow, kRangeHigh };

struct KeySpec {
  std::string_view key;  // empty when the name comes from a table (KeyName)
  KeyReader read = nullptr;
  KeyWriter write = nullptr;
  KeyNameFrom name_from = KeyNameFrom::kRow;
  int index = 0;  // the input table's row, or the uncertain input
};

// Readers and writers that need only the state, as rows take them.
template <void (*Read)(const Segment&, LinkState&, Problems&)>
void StateReader(const KeySpec&, const Segment& segment, LinkState& state, Problems& problems) {
  Read(segment, state, problems);
}
template <bool (*Write)(const LinkState&, const LinkState&, std::string&)>
bool StateWriter(const KeySpec&, const LinkState& state, const LinkState& base,
                 std::string& value) {
  return Write(state, base, value);
}
// "v" is read (a newer version is reported) and never written: CanonicalLink starts with it.
void VersionReader(const KeySpec&, const Segment& segment, LinkState&, Problems& problems) {
  ReadVersion(segment, problems);
}
bool NeverWritten(const KeySpec&, const LinkState&, const LinkState&, std::string&) {
  return false;
}
void InputReader(const KeySpec& spec, const Segment& segment, LinkState& state,
                 Problems& problems) {
  ReadInput(AllInputs()[spec.index], segment, state, problems);
}
bool InputWriter(const KeySpec& spec, const LinkState& state, const LinkState& base,
                 std::string& value) {
  return WriteInput(AllInputs()[spec.index], state, base, value);
}
template <RangeEnd End>
void RangeReader(const KeySpec& spec, const Segment& segment, LinkState& state,
                 Problems& problems) {
  ReadRangeEnd(static_cast<UncertainInput>(spec.index), End, segment, state, problems);
}
template <RangeEnd End>
bool RangeWriter(const KeySpec& spec, const LinkState& state, const LinkState& base,
                 std::string& value) {
  return WriteRangeEnd(static_cast<UncertainInput>(spec.index), End, state, base, value);
}

// The table: one row per input of the input table (in its order; a derived view's row
// has no key and never matches), the rest by name.
constexpr std::size_t kFirstModelKey = 1;
constexpr std::size_t kModelKeyCount = kInputCount;
constexpr std::size_t kKeyCount = 1 + kModelKeyCount + 4 + 2 * kUncertainInputCount + 7;
constexpr std::array<KeySpec, kKeyCount> kKeys = [] {
  std::array<KeySpec, kKeyCount> k{};
  std::size_t n = 0;
  k[n++] = {"v", VersionReader, NeverWritten};
  for (int i = 0; i < kInputCount; ++i) {
    k[n++] = {{}, InputReader, InputWriter, KeyNameFrom::kInputTable, i};
  }
  k[n++] = {"n", StateReader<ReadSamples>, StateWriter<WriteSamples>};
  k[n++] = {"seed", StateReader<ReadSeed>, StateWriter<WriteSeed>};
  k[n++] = {"yr", StateReader<ReadYear>, StateWriter<WriteYear>};
  k[n++] = {"thr", StateReader<ReadThreshold>, StateWriter<WriteThreshold>};
  for (int i = 0; i < kUncertainInputCount; ++i) {
    k[n++] = {
        {}, RangeReader<RangeEnd::kLow>, RangeWriter<RangeEnd::kLow>, KeyNameFrom::kRangeLow, i};
    k[n++] = {
        {}, RangeReader<RangeEnd::kHigh>, RangeWriter<RangeEnd::kHigh>, KeyNameFrom::kRangeHigh, i};
  }
  k[n++] = {"tor", StateReader<ReadTornadoOutput>, StateWriter<WriteTornadoOutput>};
  k[n++] = {"goal", StateReader<ReadGoal>, StateWriter<WriteGoal>};
  k[n++] = {"goalout", StateReader<ReadGoalOutput>, StateWriter<WriteGoalOutput>};
  k[n++] = {"target", StateReader<ReadGoalTarget>, StateWriter<WriteGoalTarget>};
  k[n++] = {"tab", StateReader<ReadTab>, StateWriter<WriteTab>};
  k[n++] = {"theme", StateReader<ReadTheme>, StateWriter<WriteTheme>};
  k[n++] = {"accent", StateReader<ReadAccent>, StateWriter<WriteAccent>};
  return k;
}();

// A key's name: its own, or its input's or range's from their tables.
std::string_view KeyName(const KeySpec& spec) {
  switch (spec.name_from) {
    case KeyNameFrom::kInputTable:
      return AllInputs()[spec.index].link_key;
    case KeyNameFrom::kRangeLow:
      return UncertainInputs()[spec.index].low_key;
    case KeyNameFrom::kRangeHigh:
      return UncertainInputs()[spec.index].high_key;
    case KeyNameFrom::kRow:
      break;
  }
  return spec.key;
}

void ReadKey(const KeySpec& spec, const Segment& segment, LinkState& state, Problems& problems) {
  spec.read(spec, segment, state, problems);
}

bool WriteKey(const KeySpec& spec, const LinkState& state, const LinkState& base,
              std::string& value) {
  return spec.write(spec, state, base, value);
}

// -----------------------------------------------------------------------------------
// [SECTION] Scenarios: sN (the preset it starts from), sN.name, sN.rev ... sN.stake

constexpr std::size_t kScenarioBaseKey = 0;
constexpr std::size_t kScenarioNameKey = 1;
constexpr std::size_t kScenarioKeyCount = 2 + kModelKeyCount;
// Every key has a slot, for duplicates: the top-level keys, then each scenario's keys.
constexpr std::size_t kSlotCount = kKeys.size() + kMaxScenarios * kScenarioKeyCount;

constexpr int kUnknownKey = -1;
constexpr int kNoSuchScenario = -2;

int KeySlot(std::string_view key) {
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    if (!key.empty() && key == KeyName(kKeys[i])) return static_cast<int>(i);
  }
  // "s2", "s2.name", "s2.gm"
  if (key.size() < 2 || key[0] != 's' || key[1] < '0' || key[1] > '9') return kUnknownKey;
  std::size_t digits = 1;
  while (digits < key.size() && key[digits] >= '0' && key[digits] <= '9') ++digits;
  const std::string_view rest = key.substr(digits);
  std::size_t sub_key = kScenarioKeyCount;
  if (rest.empty()) {
    sub_key = kScenarioBaseKey;
  } else if (rest == ".name") {
    sub_key = kScenarioNameKey;
  } else {
    for (std::size_t i = kFirstModelKey; i < kFirstModelKey + kModelKeyCount; ++i) {
      const std::string_view name = KeyName(kKeys[i]);
      if (!name.empty() && rest.substr(1) == name && rest[0] == '.') {
        sub_key = 2 + i - kFirstModelKey;
      }
    }
  }
  if (sub_key == kScenarioKeyCount) return kUnknownKey;
  const std::string_view number = key.substr(1, digits - 1);
  if (number.size() != 1 || number[0] < '1' || number[0] > '0' + kMaxScenarios) {
    return kNoSuchScenario;
  }
  return static_cast<int>(kKeys.size() + (number[0] - '1') * kScenarioKeyCount + sub_key);
}

std::string PresetList() {
  std::string out;
  for (const Preset& preset : Presets()) out += std::string(out.empty() ? "" : ", ") + preset.id;
  return out;
}

// Builds scenario `slot` (1-3) from its keys (`segments`: kScenarioKeyCount of them, any
// missing): the preset named by sN (the article's assumptions when none), the model keys
// on top, then the name (which defaults to one that depends on the result).
Scenario ReadScenario(int slot, const std::optional<Segment>* segments, Problems& problems) {
  const Preset* preset = &Presets()[0];
  if (const std::optional<Segment>& base = segments[kScenarioBaseKey]) {
    const Preset* named = nullptr;
    for (const Preset& candidate : Presets()) {
      if (base->value == candidate.id) named = &candidate;
    }
    if (named != nullptr) {
      preset = named;
    } else {
      problems.Add(*base, "there is no preset called \"" + Printable(base->value) +
                              "\" (the presets are " + PresetList() + "), so scenario " +
                              std::to_string(slot) + " starts from the article's assumptions.");
    }
  }
  LinkState state;
  state.assumptions = preset->assumptions;
  Normalize(state.assumptions);
  for (std::size_t i = kFirstModelKey; i < kFirstModelKey + kModelKeyCount; ++i) {
    if (const std::optional<Segment>& segment = segments[2 + i - kFirstModelKey]) {
      ReadKey(kKeys[i], *segment, state, problems);
    }
  }
  Normalize(state.assumptions);

  Scenario scenario;
  scenario.assumptions = state.assumptions;
  scenario.name = DefaultScenarioName(slot, scenario.assumptions, *preset);
  if (const std::optional<Segment>& name = segments[kScenarioNameKey]) {
    if (const char* problem = ScenarioNameProblem(name->value)) {
      problems.Add(*name, std::string("the scenario's name ") + problem + ", so \"" +
                              scenario.name + "\" is used.");
    } else {
      scenario.name = name->value;
    }
  }
  return scenario;
}

// The shortest keys for a scenario: relative to the preset that needs the fewest
// characters (the first preset on a tie), its name when it is not the default one.
std::string ScenarioKeys(int slot, const Scenario& scenario) {
  const std::string prefix = "&s" + std::to_string(slot);
  LinkState state;
  state.assumptions = scenario.assumptions;
  std::string best;
  bool have_best = false;
  for (const Preset& preset : Presets()) {
    LinkState base;
    base.assumptions = preset.assumptions;
    std::string keys;
    if (std::string_view(preset.id) != Presets()[0].id) keys += prefix + "=" + preset.id;
    if (scenario.name != DefaultScenarioName(slot, scenario.assumptions, preset)) {
      keys += prefix + ".name=" + PercentEncode(scenario.name);
    }
    for (std::size_t i = kFirstModelKey; i < kFirstModelKey + kModelKeyCount; ++i) {
      std::string value;
      if (WriteKey(kKeys[i], state, base, value)) {
        keys += prefix + "." + std::string(KeyName(kKeys[i])) + "=" + value;
      }
    }
    if (keys.empty()) keys = prefix + "=" + preset.id;  // the slot must still show
    if (!have_best || keys.size() < best.size()) best = std::move(keys);
    have_best = true;
  }
  return best;
}

}  // namespace

const char* ThemeName(Theme theme) {
  switch (theme) {
    case Theme::kAuto:
      return "auto";
    case Theme::kLight:
      return "light";
    case Theme::kDark:
      return "dark";
  }
  return "auto";
}

// -----------------------------------------------------------------------------------
// [SECTION] ParseLink / CanonicalLink

std::optional<std::string_view> LinkOfUrl(std::string_view text) {
  auto starts = [&](std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    }
    return true;
  };
  if (!starts("https://") && !starts("http://") && !starts("file:")) return std::nullopt;
  const std::size_t hash = text.find('#');
  return hash == std::string_view::npos ? std::string_view() : text.substr(hash + 1);
}

ParsedLink ParseLink(std::string_view fragment, const LinkState& base) {
  // The one place a link's introducing '#' is dropped (location.hash keeps it; readers
  // paste links with it). Only one: in "##gm=55" the key is "#gm".
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);

  Problems problems;
  // The first occurrence of each known key.
  std::array<std::optional<Segment>, kSlotCount> first;

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
    const int slot = KeySlot(segment.key);
    if (slot == kNoSuchScenario) {
      problems.Add(segment, "at most " + std::to_string(kMaxScenarios) +
                                " scenarios can be kept (s1 to s" + std::to_string(kMaxScenarios) +
                                "), so it is ignored.");
    } else if (slot < 0 && segment.key == "debug") {
      problems.Add(segment,
                   "\"debug\" is a switch of the calculator's own tests, not a "
                   "setting of links, so it is ignored.");
    } else if (slot < 0) {
      problems.Add(segment, "\"" + Printable(segment.key) +
                                "\" is not a setting this calculator knows, so it is ignored.");
    } else if (equals == std::string_view::npos) {
      problems.Add(segment, "a setting needs a value (" + Printable(segment.key) +
                                "=...), so it is ignored.");
    } else if (first[slot]) {
      problems.Add(segment, "\"" + Printable(segment.key) +
                                "\" appears more than once; the first one is used and this one "
                                "is ignored.");
    } else {
      first[slot] = std::move(segment);
    }
  }

  ParsedLink parsed;
  parsed.state = base;
  Normalize(parsed.state.assumptions);
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    if (first[i]) ReadKey(kKeys[i], *first[i], parsed.state, problems);
  }
  Normalize(parsed.state.assumptions);
  // A scenario the link names is built from its own keys; the others stay as in `base`.
  for (int s = 0; s < kMaxScenarios; ++s) {
    const std::optional<Segment>* segments = &first[kKeys.size() + s * kScenarioKeyCount];
    if (std::any_of(segments, segments + kScenarioKeyCount,
                    [](const std::optional<Segment>& segment) { return segment.has_value(); })) {
      parsed.state.scenarios[s] = ReadScenario(s + 1, segments, problems);
    }
  }
  problems.Finish(parsed);
  return parsed;
}

ParsedLink ApplyInputText(const LinkState& state, const InputInfo& input, int year_index,
                          std::string_view text) {
  ParsedLink parsed;
  parsed.state = state;
  Assumptions& a = parsed.state.assumptions;
  const int horizon_years = std::clamp(a.horizon_years, 1, kMaxYears);
  const int year = std::clamp(year_index, -1, horizon_years - 1);
  // Read as the canvas reads a typed value (ReadTypedValue): the unit as shown may
  // surround the number, and a value out of range is refused, not clamped, with the
  // same words: the reader is there to type another.
  const bool per_year = input.years != nullptr || input.shape == InputShape::kDerived;
  const TypedValue typed =
      ReadTypedValue(text, InputYearLabel(input, per_year ? year : -1), input.min_value,
                     input.max_value, input.unit, input.step >= 1.0 && input.decimals == 0);
  if (!typed.problem.empty()) {
    Problems problems;
    const std::string key = input.shape == InputShape::kDerived ? "growth" : input.link_key;
    problems.Add(1, key, Printable(std::string(text)), typed.problem);
    problems.Finish(parsed);
    return parsed;
  }
  const double value = typed.value;
  if (input.shape == InputShape::kDerived) {
    SetRevenueGrowth(a, std::max(year, 1), value);
  } else if (input.value != nullptr) {
    a.*input.value = value;
  } else if (year < 0) {
    std::fill((a.*input.years).begin(), (a.*input.years).begin() + horizon_years, value);
  } else {
    (a.*input.years)[year] = value;
  }
  Normalize(a);
  return parsed;
}

TypedValue ReadTypedValue(std::string_view typed_text, std::string_view label, double min_value,
                          double max_value, Unit unit, bool whole) {
  // What a reader may type around the number: spaces, a '+', and the unit as it is
  // shown ("60%", "-$0.5B", "+2 pts", "x1.3").
  std::string text(typed_text);
  const auto trim = [&] {
    const std::size_t first = text.find_first_not_of(' ');
    text = first == std::string::npos ? ""
                                      : text.substr(first, text.find_last_not_of(' ') + 1 - first);
  };
  const auto drop_suffix = [&](std::string_view suffix) {
    trim();
    if (text.ends_with(suffix)) text.resize(text.size() - suffix.size());
    trim();
  };
  const auto drop_after_sign = [&](std::string_view prefix) {
    const std::size_t at = text.starts_with('-') || text.starts_with('+') ? 1 : 0;
    if (text.compare(at, prefix.size(), prefix) == 0) text.erase(at, prefix.size());
  };
  trim();
  switch (unit) {
    case Unit::kPercent:
    case Unit::kPercentPerYear:
      drop_suffix("%");
      break;
    case Unit::kBillionUsd:
      drop_suffix("B");
      drop_after_sign("$");
      break;
    case Unit::kPoints:
      drop_suffix("pts");
      break;
    case Unit::kFactor:
      drop_after_sign("x");
      drop_after_sign("\xC3\x97");  // ×
      break;
    case Unit::kMultiple:
      drop_suffix("x");
      drop_suffix("\xC3\x97");
      break;
    case Unit::kYear:
    case Unit::kPlain:
    case Unit::kFlag:
      break;
  }
  if (text.starts_with('+')) text.erase(0, 1);
  const NumberSpec spec{std::string(label),  min_value, max_value, unit, whole,
                        whole ? "3" : "12.5"};
  const std::string what(label);
  const ParsedNumber number = ParseStrictNumber(text);
  TypedValue typed;
  typed.problem = NumberReason(number, spec, what, "");
  if (typed.problem.empty()) typed.problem = RangeReason(number.value, typed_text, spec, what);
  if (!typed.problem.empty()) {
    typed.problem += ": nothing was changed.";
    return typed;
  }
  typed.value = number.value;
  return typed;
}

std::string CanonicalLink(const LinkState& state) {
  const LinkState defaults;
  std::string out = "v=" + std::to_string(kLinkVersion);
  for (const KeySpec& spec : kKeys) {
    std::string value;
    if (WriteKey(spec, state, defaults, value)) {
      out += "&" + std::string(KeyName(spec)) + "=" + value;
    }
  }
  for (int s = 0; s < kMaxScenarios; ++s) {
    if (state.scenarios[s]) out += ScenarioKeys(s + 1, *state.scenarios[s]);
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
