// link_keys.cpp: one row per key of the share link (its name, its reader, its writer),
// and the readers and writers; see link_codec.h.
#include <algorithm>
#include <cstdio>

#include "core/decimal.h"
#include "core/link_codec.h"
#include "core/messages.h"

namespace awscalc::link_codec {
namespace {

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
    if (i > 0) out += i + 1 == table.size() ? T(" or ") : T(", ");
    out += KeyOf(table[i]);
  }
  return out;
}

// A key's reader applies its value to the state; its writer gives the value text when
// the state differs from `base` (the state a link without the key gives), else false.

// The revenue path: one value per year, and so the horizon.
void ReadRevenue(const InputInfo& info, const Segment& segment, Assumptions& a,
                 Problems& problems) {
  std::vector<std::string_view> items = SplitList(segment.value);
  if (static_cast<int>(items.size()) > kMaxYears) {
    problems.Add(segment, FillPattern(T("at most {years} years ({first} to {last}) can be "
                                        "projected; {count} values were given, so those after "
                                        "{last} are ignored."),
                                      {{"years", kMaxYears},
                                       {"first", YearName(0)},
                                       {"last", YearName(kMaxYears - 1)},
                                       {"count", std::to_string(items.size())}}));
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
    problems.Add(segment, T("this link was made by a newer version of the calculator; the "
                            "settings this version understands are applied."));
    return;
  }
  problems.Add(segment, T("the link format version must be 1; the link is read as version 1."));
}

// Monte Carlo settings.

void ReadSamples(const Segment& segment, LinkState& state, Problems& problems) {
  int& samples = state.uncertainty.samples;
  const NumberSpec spec{T("The number of Monte Carlo samples"),
                        kMinSamples,
                        kMaxSamples,
                        Unit::kPlain,
                        true,
                        "10000"};
  samples = static_cast<int>(ReadValue(segment, segment.value, spec, -1, samples, problems));
}

bool WriteSamples(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.uncertainty.samples == base.uncertainty.samples) return false;
  value = std::to_string(state.uncertainty.samples);
  return true;
}

void ReadSeed(const Segment& segment, LinkState& state, Problems& problems) {
  std::uint32_t& seed = state.uncertainty.seed;
  const NumberSpec spec{T("The random seed"), 0, 4294967295.0, Unit::kPlain, true, "42"};
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
  const NumberSpec spec{T("The chosen year"), kFirstYear, static_cast<double>(last_year),
                        Unit::kPlain,         true,       "2027"};
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
  const NumberSpec spec{T("The threshold for AWS revenue from Anthropic"), 0, kMaxThresholdBusd,
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
  const NumberSpec spec{FillPattern(low ? T("The low end of the range for {label}")
                                        : T("The high end of the range for {label}"),
                                    {{"label", Label(Info(info.input))}}),
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

// A word from a table with `key` fields; false (and a problem) when it is none of them:
// `problem` a pattern in the current language with {choices} (the table's words) and
// {kept} (what is used instead).
template <typename Table, typename Id>
bool ReadChoice(const Segment& segment, const Table& table, const char* problem, const char* kept,
                Id& id, Problems& problems) {
  for (const auto& row : table) {
    if (segment.value == KeyOf(row)) {
      id = row.id;
      return true;
    }
  }
  problems.Add(segment, FillPattern(problem, {{"choices", ChoiceList(table)}, {"kept", kept}}));
  return false;
}

void ReadTornadoOutput(const Segment& segment, LinkState& state, Problems& problems) {
  ReadChoice(segment, Outputs(), T("the tornado's output must be {choices}; {kept} is used."),
             Info(state.uncertainty.tornado_output).key, state.uncertainty.tornado_output,
             problems);
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
  if (ReadChoice(segment, GoalInputs(),
                 had_goal ? T("the goal-seek input must be {choices}; the goal stays as it was.")
                          : T("the goal-seek input must be {choices}; no goal is set."),
                 "", input, problems)) {
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
  problems.Add(segment, FillPattern(T("a goal needs goal={choices} as well, so this is ignored."),
                                    {{"choices", ChoiceList(GoalInputs())}}));
  return false;
}

void ReadGoalOutput(const Segment& segment, LinkState& state, Problems& problems) {
  if (!NeedsGoal(segment, state, problems)) return;
  ReadChoice(segment, Outputs(), T("the goal's output must be {choices}; {kept} is used."),
             Info(state.goal->output).key, state.goal->output, problems);
}

bool WriteGoalOutput(const LinkState& state, const LinkState& base, std::string& value) {
  const OutputId base_output = base.goal ? base.goal->output : GoalQuery{}.output;
  if (!state.goal || state.goal->output == base_output) return false;
  value = Info(state.goal->output).key;
  return true;
}

void ReadGoalTarget(const Segment& segment, LinkState& state, Problems& problems) {
  if (!NeedsGoal(segment, state, problems)) return;
  const NumberSpec spec{T("The goal's target"), -kMaxGoalTarget, kMaxGoalTarget, Unit::kPlain};
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
  problems.Add(segment, T("the theme must be auto, light or dark; auto is used."));
}

bool WriteTheme(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.view.theme == base.view.theme) return false;
  value = ThemeName(state.view.theme);
  return true;
}

void ReadLanguage(const Segment& segment, LinkState& state, Problems& problems) {
  const Locale* locale = FindReaderLocale(segment.value);
  if (locale == nullptr) {
    std::string codes;
    for (const Locale& each : Locales()) {
      if (FindReaderLocale(each.code) != nullptr) {
        codes += std::string(codes.empty() ? "" : T(", ")) + each.code;
      }
    }
    problems.Add(segment, FillPattern(T("the language must be one of {codes}; English is used."),
                                      {{"codes", codes}}));
    return;
  }
  state.view.language = locale == &English() ? nullptr : locale;
}

bool WriteLanguage(const LinkState& state, const LinkState& base, std::string& value) {
  if (state.view.language == base.view.language || state.view.language == nullptr) return false;
  value = state.view.language->code;
  return true;
}

void ReadTab(const Segment& segment, LinkState& state, Problems& problems) {
  if (const std::optional<int> tab = TabIndex(segment.value)) {
    state.view.tab = *tab;
    return;
  }
  std::string names;
  for (const TabInfo& tab : kTabs)
    names += std::string(names.empty() ? "" : T(", ")) + tab.link_name;
  problems.Add(segment, FillPattern(T("the tab must be one of {names}; the first is shown."),
                                    {{"names", names}}));
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
    problems.Add(segment, T("the accent colour must be six hex digits such as 0a84ff; the "
                            "page's own colour is used."));
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

}  // namespace

// Every key of the link, in parse order = canonical order: "v", the model's inputs in
// the input table's order ("rev" first: it sets the horizon the per-year keys and "yr"
// depend on), the Monte Carlo settings and ranges (keys from the uncertainty table),
// then the tornado, goal seek ("goal" before "goalout" and "target") and presentation.
// One row per input of the input table (in its order; a derived view's row has no key
// and never matches), the rest by name. Adding a key is one row (and its reader and
// writer above).
constexpr std::array<KeySpec, kKeyCount> kLinkKeys = [] {
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
  k[n++] = {"lang", StateReader<ReadLanguage>, StateWriter<WriteLanguage>};
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

}  // namespace awscalc::link_codec
