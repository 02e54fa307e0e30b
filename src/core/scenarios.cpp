// scenarios.cpp: see scenarios.h.
#include "core/scenarios.h"

#include <cstdint>

#include "core/messages.h"

namespace awscalc {

Scenario ScenarioFromPreset(const Preset& preset) {
  return {preset.name, preset.assumptions};
}

const Preset* MatchingPreset(const Assumptions& assumptions) {
  for (const Preset& preset : Presets()) {
    if (preset.assumptions == assumptions) return &preset;
  }
  return nullptr;
}

std::string DefaultScenarioName(int slot, const Assumptions& assumptions, const Preset& preset) {
  if (assumptions == preset.assumptions) return preset.name;
  return "Scenario " + std::to_string(slot);
}

const char* ScenarioNameProblem(std::string_view name) {
  if (name.empty()) return T("is empty");
  int chars = 0;
  for (std::size_t i = 0; i < name.size();) {
    const auto lead = static_cast<unsigned char>(name[i]);
    // Sequence length and the smallest code point it may encode (no overlong forms).
    int length = 0;
    std::uint32_t code_point = 0;
    std::uint32_t smallest = 0;
    if (lead < 0x80) {
      length = 1, code_point = lead;
    } else if (lead >= 0xC2 && lead < 0xE0) {
      length = 2, code_point = lead & 0x1F, smallest = 0x80;
    } else if (lead >= 0xE0 && lead < 0xF0) {
      length = 3, code_point = lead & 0x0F, smallest = 0x800;
    } else if (lead >= 0xF0 && lead < 0xF5) {
      length = 4, code_point = lead & 0x07, smallest = 0x10000;
    } else {
      return T("is not valid UTF-8");
    }
    if (i + length > name.size()) return T("is not valid UTF-8");
    for (int k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(name[i + k]);
      if ((next & 0xC0) != 0x80) return T("is not valid UTF-8");
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (code_point < smallest || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return T("is not valid UTF-8");
    }
    if (code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0)) {
      return T("contains control characters");
    }
    // Bidirectional controls (LRM, RLM, ALM; the embeddings and overrides U+202A-202E;
    // the isolates U+2066-2069) would reorder the text around the name wherever it is
    // written: the legend, the chart files, the CSV.
    if (code_point == 0x200E || code_point == 0x200F || code_point == 0x061C ||
        (code_point >= 0x202A && code_point <= 0x202E) ||
        (code_point >= 0x2066 && code_point <= 0x2069)) {
      return T("contains a control of the text's direction");
    }
    i += length;
    ++chars;
  }
  static_assert(kMaxScenarioNameChars == 60, "the message below names the limit");
  if (chars > kMaxScenarioNameChars) return T("is longer than 60 characters");
  return nullptr;
}

std::vector<ScenarioProjection> ProjectScenarios(const Scenarios& scenarios) {
  std::vector<ScenarioProjection> out;
  for (int slot = 0; slot < kMaxScenarios; ++slot) {
    if (!scenarios[slot]) continue;
    out.push_back({slot + 1, scenarios[slot]->name, Project(scenarios[slot]->assumptions)});
  }
  return out;
}

}  // namespace awscalc
