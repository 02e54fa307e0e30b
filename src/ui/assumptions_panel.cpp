// assumptions_panel.cpp: the assumptions a reader changes, drawn from the core's input
// table (core/assumptions.h): the presets, the years projected, the revenue path (in
// dollars or as growth), every per-year input, and the one-value inputs as the "AWS and
// Amazon" context. A new input in the table appears here without a change.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/presets.h"
#include "ui/frame.h"

namespace awscalc::ui {
namespace {

// A year label in a fixed-width column, then the rest of the line for a control.
void YearLabel(int year_index) {
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d", kFirstYear + year_index);
  ImGui::SameLine(52.0f);
}

void DrawPresets(Frame& f) {
  const auto presets = Presets();
  int current = -1;
  const char* labels[8] = {};
  const int count = std::min(static_cast<int>(presets.size()), 8);
  for (int i = 0; i < count; ++i) {
    labels[i] = presets[i].short_name;
    if (presets[i].assumptions == f.assumptions()) current = i;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Start from");
  // "Reset to the article" at the right of the same line.
  const char* reset = "Reset to the article";
  const float reset_width = ImGui::CalcTextSize(reset).x + ImGui::GetStyle().FramePadding.x * 2.0f;
  ImGui::SameLine();
  ImGui::SetCursorPosX(
      std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - reset_width));
  ImGui::BeginDisabled(f.assumptions() == DefaultAssumptions());
  if (ImGui::Button(reset)) {
    f.assumptions() = DefaultAssumptions();
    f.Edited();
  }
  f.tab_stops.Track();
  ImGui::EndDisabled();
  if (ChoiceButtons(f.widgets, "presets", labels, count, &current)) {
    f.assumptions() = presets[current].assumptions;
    f.Edited();
  }
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     current >= 0 ? presets[current].description
                                  : "Your own assumptions. \"The note\" puts back the article's.");
}

void DrawHorizon(Frame& f) {
  Assumptions& a = f.assumptions();
  const ShortText decay = Format(kGrowthDecay, Unit::kPlain, {2, true});
  char source[200];
  std::snprintf(source, sizeof source,
                "The note covers %d to %d. Later years are the calculator's own extension: each "
                "year's revenue growth is the previous year's times %s.",
                kFirstYear, kLastNoteYear, decay.c_str());
  char note[64];
  std::snprintf(note, sizeof note, "note: %s", YearSpan(kFirstYear, kLastNoteYear).c_str());
  InputLabel(f.widgets, "Years projected", source, note);
  int horizon = a.horizon_years;
  const ShortText span = YearSpan(kFirstYear, kFirstYear + horizon - 1);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::SliderInt("##years", &horizon, 1, kMaxYears, span.c_str(),
                       ImGuiSliderFlags_AlwaysClamp)) {
    SetHorizon(a, horizon);
    f.Edited();
  }
  f.tab_stops.Track();
  if (a.horizon_years > kNoteYears) {
    TextWrappedF(f.fonts.small, f.palette.text_muted,
                 "%s is the calculator's extension, not the note: revenue growth slows to "
                 "%s%s the year before's.",
                 YearSpan(kLastNoteYear + 1, kFirstYear + a.horizon_years - 1).c_str(),
                 decay.c_str(), kTimes);
  }
}

// The revenue path: a slider per year, in dollars or (after the first year) as growth.
void DrawRevenue(Frame& f, const InputInfo& info) {
  Assumptions& a = f.assumptions();
  InputLabel(f.widgets, info.label, info.source, ReferenceText(info).c_str());
  const char* views[] = {"$B per year", "Growth per year"};
  int view = f.state.revenue_as_growth ? 1 : 0;
  if (ChoiceButtons(f.widgets, "revenue-view", views, 2, &view)) {
    f.state.revenue_as_growth = view == 1;
  }
  const InputInfo& growth_info = Info(InputId::kRevenueGrowth);
  for (int i = 0; i < a.horizon_years; ++i) {
    ImGui::PushID(i);
    YearLabel(i);
    char name[24];
    if (!f.state.revenue_as_growth || i == 0) {
      SliderSpec spec = InputSliderSpec(info, i);
      std::snprintf(name, sizeof name, "%s.%d", info.link_key, kFirstYear + i);
      spec.name = name;
      if (ValueSlider(f.widgets, "##revenue", &(a.*info.years)[i], spec)) f.Edited();
    } else {
      double growth = RevenueGrowthPct(a, i);
      if (std::isfinite(growth)) {
        SliderSpec spec = InputSliderSpec(growth_info, i);
        std::snprintf(name, sizeof name, "growth.%d", kFirstYear + i);
        spec.name = name;
        if (ValueSlider(f.widgets, "##growth", &growth, spec) && SetRevenueGrowth(a, i, growth)) {
          f.Edited();
        }
      } else {
        TextWrappedF(f.fonts.small, f.palette.text_muted, "n/a: no growth from %s the year before",
                     MoneyCompact(0).c_str());
      }
    }
    ImGui::PopID();
  }
}

// A per-year input: one control for every year, or one per year.
void DrawPerYear(Frame& f, const InputInfo& info) {
  Assumptions& a = f.assumptions();
  YearValues& values = a.*info.years;
  bool& per_year = f.state.per_year[static_cast<int>(info.id)];
  ImGui::PushID(info.link_key);
  InputLabel(f.widgets, info.label, info.source, ReferenceText(info).c_str());
  char name[24];
  if (!per_year) {
    SliderSpec spec = InputSliderSpec(info, 0);
    spec.name = info.link_key;
    if (ValueSlider(f.widgets, "##all", &values[0], spec)) {
      std::fill(values.begin(), values.end(), values[0]);
      f.Edited();
    }
  } else {
    for (int i = 0; i < a.horizon_years; ++i) {
      ImGui::PushID(i);
      YearLabel(i);
      SliderSpec spec = InputSliderSpec(info, i);
      std::snprintf(name, sizeof name, "%s.%d", info.link_key, kFirstYear + i);
      spec.name = name;
      if (ValueSlider(f.widgets, "##year", &values[i], spec)) f.Edited();
      ImGui::PopID();
    }
  }
  if (ImGui::Checkbox("Different each year", &per_year) && !per_year) {
    // Back to one value: the first year's, for every year.
    std::fill(values.begin(), values.end(), values[0]);
    f.Edited();
  }
  std::snprintf(name, sizeof name, "years:%s", info.link_key);
  RecordRect(f.widgets.layout, name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  f.tab_stops.Track();
  ImGui::PopID();
}

void DrawScalar(Frame& f, const InputInfo& info) {
  ImGui::PushID(info.link_key);
  InputLabel(f.widgets, info.label, info.source, ReferenceText(info).c_str());
  SliderSpec spec = InputSliderSpec(info, 0);
  spec.name = info.link_key;
  if (ValueSlider(f.widgets, "##value", &(f.assumptions().*info.value), spec)) f.Edited();
  ImGui::PopID();
  ImGui::Spacing();
}

}  // namespace

void DrawAssumptions(Frame& f) {
  Heading(f.widgets, "Assumptions");
  DrawPresets(f);
  ImGui::Spacing();
  DrawHorizon(f);
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kRevenuePath) {
      ImGui::Spacing();
      DrawRevenue(f, info);
    } else if (info.shape == InputShape::kPerYear) {
      ImGui::Spacing();
      DrawPerYear(f, info);
    }
  }
}

// AWS's size and growth and Amazon's stake: context the note's estimate does not use.
void DrawContextAssumptions(Frame& f) {
  Heading(f.widgets, "AWS and Amazon");
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     "For context: AWS's size and growth, and Amazon's stake. The note's "
                     "estimate does not depend on these.");
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kScalar) DrawScalar(f, info);
  }
}

}  // namespace awscalc::ui
