// presets.cpp: see presets.h.
#include "core/presets.h"

#include <array>
#include <string_view>

namespace awscalc {
namespace {

Assumptions WithRevenue(Assumptions a, std::initializer_list<double> revenue_busd) {
  a.horizon_years = static_cast<int>(revenue_busd.size());
  int i = 0;
  for (double r : revenue_busd) a.revenue_busd[i++] = r;
  Normalize(a);
  return a;
}

Assumptions Matched() {
  // Revenue that makes the model give the note's AWS figures exactly at its margin and
  // share: 1.28 / 0.3 = 4.267 and 5.6 / 0.3 = 18.667 (to $1M).
  return WithRevenue(DefaultAssumptions(), {4.267, 10.0, 18.667});
}

Assumptions Bear() {
  Assumptions a = WithRevenue(DefaultAssumptions(), {3.5, 7.0, 11.0});
  a.gross_margin_pct.fill(65.0);  // cheaper inference per dollar of revenue
  a.aws_share_pct.fill(60.0);     // more of Anthropic's compute bought elsewhere
  a.aws_growth_pct = 15.0;
  return a;
}

Assumptions Bull() {
  Assumptions a = WithRevenue(DefaultAssumptions(), {5.0, 14.0, 28.0});
  a.gross_margin_pct.fill(55.0);
  a.aws_share_pct.fill(85.0);
  a.training_busd = {0.5, 1.0, 2.0, 2.0, 2.0, 2.0};
  a.aws_growth_pct = 20.0;
  return a;
}

const std::array<Preset, 4>& AllPresets() {
  static const std::array<Preset, 4> presets = {{
      {"note", "The note, as reported", "The note",
       "Morgan Stanley's assumptions as Business Insider reported them: revenue $4B, $10B, "
       "$19B; 60% gross margin; 75% of costs on AWS.",
       true, DefaultAssumptions()},
      {"matched", "Matched to the note's AWS figures", "Matched to its AWS figures",
       "Revenue of $4.267B and $18.667B instead of the rounded $4B and $19B reproduces the "
       "note's $1.28B and $5.6B exactly.",
       true, Matched()},
      {"bear", "Bear case (the calculator's illustration)", "Bear (illustrative)",
       "Not from the note: slower growth to $11B, 65% margin, 60% of costs on AWS.", false, Bear()},
      {"bull", "Bull case (the calculator's illustration)", "Bull (illustrative)",
       "Not from the note: growth to $28B, 55% margin, 85% of costs on AWS, plus training.", false,
       Bull()},
  }};
  return presets;
}

}  // namespace

std::span<const Preset> Presets() {
  return AllPresets();
}

const Preset* FindPreset(const char* id) {
  for (const Preset& preset : AllPresets()) {
    if (std::string_view(preset.id) == id) return &preset;
  }
  return nullptr;
}

}  // namespace awscalc
