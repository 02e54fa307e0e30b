// share_link.cpp: see share_link.h.
//
// The values a key may take are read in link_values.cpp and the keys' rows live in
// link_keys.cpp (link_codec.h is the map); this file walks the rows.
//
// [SECTION] Scenarios: the model's keys again, under s1. to s3.
// [SECTION] ParseLink / CanonicalLink
#include "core/share_link.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/link_codec.h"
#include "core/messages.h"

namespace awscalc {

using namespace link_codec;  // this file is the codec's third room

namespace {

// -----------------------------------------------------------------------------------
// [SECTION] Scenarios: sN (the preset it starts from), sN.name, sN.rev ... sN.stake

constexpr std::size_t kScenarioBaseKey = 0;
constexpr std::size_t kScenarioNameKey = 1;
constexpr std::size_t kScenarioKeyCount = 2 + kModelKeyCount;
// Every key has a slot, for duplicates: the top-level keys, then each scenario's keys.
constexpr std::size_t kSlotCount = kLinkKeys.size() + kMaxScenarios * kScenarioKeyCount;

constexpr int kUnknownKey = -1;
constexpr int kNoSuchScenario = -2;

int KeySlot(std::string_view key) {
  for (std::size_t i = 0; i < kLinkKeys.size(); ++i) {
    if (!key.empty() && key == KeyName(kLinkKeys[i])) return static_cast<int>(i);
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
      const std::string_view name = KeyName(kLinkKeys[i]);
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
  return static_cast<int>(kLinkKeys.size() + (number[0] - '1') * kScenarioKeyCount + sub_key);
}

std::string PresetList() {
  std::string out;
  for (const Preset& preset : Presets()) out += std::string(out.empty() ? "" : T(", ")) + preset.id;
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
      problems.Add(*base, FillPattern(T("there is no preset called \"{given}\" (the presets are "
                                        "{presets}), so scenario {slot} starts from the "
                                        "article's assumptions."),
                                      {{"given", Printable(base->value)},
                                       {"presets", PresetList()},
                                       {"slot", slot}}));
    }
  }
  LinkState state;
  state.assumptions = preset->assumptions;
  Normalize(state.assumptions);
  for (std::size_t i = kFirstModelKey; i < kFirstModelKey + kModelKeyCount; ++i) {
    if (const std::optional<Segment>& segment = segments[2 + i - kFirstModelKey]) {
      ReadKey(kLinkKeys[i], *segment, state, problems);
    }
  }
  Normalize(state.assumptions);

  Scenario scenario;
  scenario.assumptions = state.assumptions;
  scenario.name = DefaultScenarioName(slot, scenario.assumptions, *preset);
  if (const std::optional<Segment>& name = segments[kScenarioNameKey]) {
    if (const char* problem = ScenarioNameProblem(name->value)) {
      problems.Add(*name, FillPattern(T("the scenario's name {problem}, so \"{name}\" is used."),
                                      {{"problem", problem}, {"name", scenario.name}}));
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
      if (WriteKey(kLinkKeys[i], state, base, value)) {
        keys += prefix + "." + std::string(KeyName(kLinkKeys[i])) + "=" + value;
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
                   Printable(raw) + ": " + T("the text has a broken %-escape, so it is ignored."));
      continue;
    }
    const int slot = KeySlot(segment.key);
    if (slot == kNoSuchScenario) {
      problems.Add(segment, FillPattern(T("at most {count} scenarios can be kept (s1 to s{count}), "
                                          "so it is ignored."),
                                        {{"count", kMaxScenarios}}));
    } else if (slot < 0 && segment.key == "debug") {
      problems.Add(segment, T("\"debug\" is a switch of the calculator's own tests, not a "
                              "setting of links, so it is ignored."));
    } else if (slot < 0) {
      problems.Add(
          segment,
          FillPattern(T("\"{key}\" is not a setting this calculator knows, so it is ignored."),
                      {{"key", Printable(segment.key)}}));
    } else if (equals == std::string_view::npos) {
      problems.Add(segment, FillPattern(T("a setting needs a value ({key}=...), so it is ignored."),
                                        {{"key", Printable(segment.key)}}));
    } else if (first[slot]) {
      problems.Add(segment, FillPattern(T("\"{key}\" appears more than once; the first one is used "
                                          "and this one is ignored."),
                                        {{"key", Printable(segment.key)}}));
    } else {
      first[slot] = std::move(segment);
    }
  }

  ParsedLink parsed;
  parsed.state = base;
  Normalize(parsed.state.assumptions);
  for (std::size_t i = 0; i < kLinkKeys.size(); ++i) {
    if (first[i]) ReadKey(kLinkKeys[i], *first[i], parsed.state, problems);
  }
  Normalize(parsed.state.assumptions);
  // A scenario the link names is built from its own keys; the others stay as in `base`.
  for (int s = 0; s < kMaxScenarios; ++s) {
    const std::optional<Segment>* segments = &first[kLinkKeys.size() + s * kScenarioKeyCount];
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

std::string CanonicalLink(const LinkState& state) {
  const LinkState defaults;
  std::string out = "v=" + std::to_string(kLinkVersion);
  for (const KeySpec& spec : kLinkKeys) {
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
    messages.push_back(FillPattern(T("...and {count, plural, one {# more problem} other {# more "
                                     "problems}} in the link."),
                                   {{"count", static_cast<int>(parsed.unreported_problems)}}));
  }
  return messages;
}

}  // namespace awscalc
