// scenarios.h: up to three named sets of assumptions a reader keeps beside the current
// one and compares side by side (a preset counts: a scenario can be one). They travel
// in the share link (share_link.h, keys s1...s3).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assumptions.h"
#include "core/presets.h"
#include "core/projection.h"

namespace awscalc {

inline constexpr int kMaxScenarios = 3;
// Longest name, in characters (UTF-8 code points).
inline constexpr int kMaxScenarioNameChars = 60;

struct Scenario {
  std::string name;                                // for people, UTF-8, 1-60 characters
  Assumptions assumptions = DefaultAssumptions();  // valid and normalized
  bool operator==(const Scenario&) const = default;
};

// Slots 1-3 (index 0-2); an empty slot holds no scenario.
using Scenarios = std::array<std::optional<Scenario>, kMaxScenarios>;

// The preset as a scenario, under the preset's name.
Scenario ScenarioFromPreset(const Preset& preset);

// The preset whose assumptions equal these exactly, if any.
const Preset* MatchingPreset(const Assumptions& assumptions);

// The name a scenario in slot `slot` (1-3) gets when none is given: the preset's name
// when the assumptions are exactly `preset`'s, else "Scenario 2".
std::string DefaultScenarioName(int slot, const Assumptions& assumptions, const Preset& preset);

// Why a name cannot be used, said of the name in the current language ("is empty", "is
// longer than 60 characters", "is not valid UTF-8", "contains control characters",
// "contains a control of the text's direction": U+202E and its kin would reverse the rest
// of a legend line), or nullptr when it can.
const char* ScenarioNameProblem(std::string_view name);

struct ScenarioProjection {
  int slot = 0;  // 1-3
  std::string name;
  Projection projection;
};

// The kept scenarios, projected, in slot order (empty slots left out).
std::vector<ScenarioProjection> ProjectScenarios(const Scenarios& scenarios);

}  // namespace awscalc
