// assumptions_panel.cpp: the assumptions a reader changes, drawn from the core's input
// table (core/assumptions.h): the presets, the years projected, the revenue path (in
// dollars or as growth), every per-year input, and the one-value inputs as the "AWS and
// Amazon" context. A new input in the table appears here without a change.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/messages.h"
#include "core/presets.h"
#include "core/reported.h"
#include "ui/panel_context.h"

namespace awscalc::ui {
namespace {

// A year label in a fixed-width column, centred on the control's line, then the control.
void YearLabel(const PanelContext& f, int year_index) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  char year[16];
  std::snprintf(year, sizeof year, "%d", kFirstYear + year_index);
  ImGui::GetWindowDrawList()->AddText(
      ImVec2(pos.x, pos.y + (f.widgets.ControlHeight() - ImGui::GetTextLineHeight()) * 0.5f),
      f.palette.text, year);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 52.0f, pos.y));
}

// The slider of an input of the core's table in a year: its track, step, valid range,
// unit, decimals and the note's value as a marker.
SliderSpec InputSliderSpec(const InputInfo& info, int year_index) {
  SliderSpec spec;
  const Track track = InputTrack(info, year_index);
  spec.track_min = track.min;
  spec.track_max = track.max;
  spec.valid_min = info.min_value;
  spec.valid_max = info.max_value;
  spec.step = info.step;
  spec.unit = info.unit;
  spec.decimals = info.decimals;
  spec.marker_value = ReferenceValue(info, year_index);
  spec.reported_value = ReportedMarkerValue(info, year_index);
  return spec;
}

// A slider of `info` moved (in `year_index`, or -1 for every year): recompute, and
// remember what the page should keep in view.
void Moved(PanelContext& f, const InputInfo& info, int year_index = -1) {
  f.state.last_moved = &info;
  f.state.last_moved_year = year_index;
  f.Edited();
}

// An input's label line: its name, the note's figure and what was reported since (each
// with its source in the source popup), all from the core. Open, the source offers this
// input alone back at its default, the note's value where the note gives one.
void Label(PanelContext& f, const InputInfo& info) {
  const std::string reported = ReportedNote(info);
  std::string source = T(info.source);
  if (!reported.empty()) source += "\n" + ReportedSource(info);
  const bool open = InputLabel(f.widgets, info.link_key, Label(info), source.c_str(),
                               ReferenceText(info).c_str(), reported.c_str());
  if (open && !InputAtDefault(f.assumptions(), info)) {
    char key[32];
    std::snprintf(key, sizeof key, "default:%s", info.link_key);
    const bool note = info.reference_by != nullptr && std::string_view(info.reference_by) == "note";
    if (PushButton(f.widgets, key,
                   note ? T("Back to the note's value") : T("Back to the default"))) {
      ResetInput(f.assumptions(), info);
      Moved(f, info);
    }
  }
}

// "Anthropic gross margin, 2026": a per-year control's accessible name.
void YearName(char* out, std::size_t size, const InputInfo& info, int year_index) {
  std::snprintf(out, size, "%s", InputYearLabel(info, year_index).c_str());
}

void DrawPresets(PanelContext& f) {
  const auto presets = Presets();
  int current = -1;
  const char* labels[8] = {};
  const char* keys[8] = {};
  const int count = std::min(static_cast<int>(presets.size()), 8);
  for (int i = 0; i < count; ++i) {
    labels[i] = T(presets[i].short_name);
    keys[i] = presets[i].id;
    if (presets[i].assumptions == f.assumptions()) current = i;
  }
  ImGui::AlignTextToFramePadding();
  TextLine(nullptr, f.palette.text, T("Start from"));
  // "Reset to the article" at the right of the same line.
  const char* reset = T("Reset to the article");
  const float reset_width = ImGui::CalcTextSize(reset).x + ImGui::GetStyle().FramePadding.x * 2.0f;
  ImGui::SameLine();
  ImGui::SetCursorPosX(
      std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - reset_width));
  bool chosen = false;
  ImGui::BeginDisabled(f.assumptions() == DefaultAssumptions());
  if (PushButton(f.widgets, "reset", reset)) {
    f.assumptions() = DefaultAssumptions();
    f.Edited();
    chosen = true;
  }
  ImGui::EndDisabled();
  if (ChoiceButtons(f.widgets, "preset", T("Start from"), labels, keys, count, &current)) {
    f.assumptions() = presets[current].assumptions;
    f.Edited();
    chosen = true;
  }
  const char* caption = current >= 0
                            ? T(presets[current].description.c_str())
                            : T("Your own assumptions. \"The note\" puts back the article's.");
  // The caption keeps the height it had when a preset was chosen (the buttons above are
  // what the reader used): a slider moved below it never moves.
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(f.fonts.small);
  const float height = ImGui::CalcTextSize(caption, nullptr, false, width).y;
  ImGui::PopFont();
  const bool fresh = chosen || width != f.state.preset_caption_width;
  f.state.preset_caption_px = fresh ? height : std::max(height, f.state.preset_caption_px);
  f.state.preset_caption_width = width;
  const float top = ImGui::GetCursorScreenPos().y;
  TextWrappedColored(f.fonts.small, f.palette.text_muted, caption);
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::GetCursorScreenPos().y < top + f.state.preset_caption_px + spacing) {
    ImGui::Dummy(ImVec2(
        0, top + f.state.preset_caption_px + spacing - ImGui::GetCursorScreenPos().y - spacing));
  }
}

void DrawHorizon(PanelContext& f) {
  Assumptions& a = f.assumptions();
  const ShortText decay = Format(kGrowthDecay, Unit::kPlain, {2, true});
  char source[200];
  std::snprintf(source, sizeof source,
                T("The note covers %d to %d. Later years are the calculator's own extension: each "
                  "year's revenue growth is the previous year's times %s."),
                kFirstYear, kLastNoteYear, decay.c_str());
  char note[64];
  std::snprintf(note, sizeof note, T("note: %s"), YearSpan(kFirstYear, kLastNoteYear).c_str());
  InputLabel(f.widgets, "years", T("Years projected"), source, note);
  double horizon = a.horizon_years;
  const ShortText span = YearSpan(kFirstYear, kFirstYear + a.horizon_years - 1);
  SliderSpec spec;
  spec.track_min = spec.valid_min = 1;
  spec.track_max = spec.valid_max = kMaxYears;
  spec.step = 1;
  spec.unit = Unit::kPlain;
  spec.decimals = 0;
  spec.text = span.c_str();
  spec.marker_value = kNoteYears;
  if (ValueSlider(f.widgets, "years", T("Years projected"), &horizon, spec)) {
    SetHorizon(a, static_cast<int>(horizon));
    Moved(f, Info(InputId::kRevenue));
  }
  if (a.horizon_years > kNoteYears) {
    TextWrappedF(f.fonts.small, f.palette.text_muted,
                 T("%s is the calculator's extension, not the note: revenue growth slows to "
                   "%s%s the year before's."),
                 YearSpan(kLastNoteYear + 1, kFirstYear + a.horizon_years - 1).c_str(),
                 decay.c_str(), kTimes);
  }
}

// The revenue path: a slider per year, in dollars or (after the first year) as growth.
void DrawRevenue(PanelContext& f, const InputInfo& info) {
  Assumptions& a = f.assumptions();
  Label(f, info);
  const char* views[] = {T("$B per year"), T("Growth per year")};
  const char* view_keys[] = {"dollars", "growth"};
  int view = f.state.revenue_as_growth ? 1 : 0;
  char group[96];
  std::snprintf(group, sizeof group, T("%s as"), Label(info));
  if (ChoiceButtons(f.widgets, "view", group, views, view_keys, 2, &view)) {
    f.state.revenue_as_growth = view == 1;
  }
  const InputInfo& growth_info = Info(InputId::kRevenueGrowth);
  for (int i = 0; i < a.horizon_years; ++i) {
    ImGui::PushID(i);
    YearLabel(f, i);
    char key[24];
    char label[96];
    if (!f.state.revenue_as_growth || i == 0) {
      std::snprintf(key, sizeof key, "%s.%d", info.link_key, kFirstYear + i);
      YearName(label, sizeof label, info, i);
      if (ValueSlider(f.widgets, key, label, &(a.*info.years)[i], InputSliderSpec(info, i))) {
        Moved(f, info, i);
      }
    } else {
      double growth = RevenueGrowthPct(a, i);
      if (std::isfinite(growth)) {
        std::snprintf(key, sizeof key, "growth.%d", kFirstYear + i);
        YearName(label, sizeof label, growth_info, i);
        if (ValueSlider(f.widgets, key, label, &growth, InputSliderSpec(growth_info, i)) &&
            SetRevenueGrowth(a, i, growth)) {
          Moved(f, growth_info, i);
        }
      } else {
        TextWrappedF(f.fonts.small, f.palette.text_muted,
                     T("n/a: no growth from %s the year before"), MoneyCompact(0).c_str());
      }
    }
    ImGui::PopID();
  }
}

// A per-year input: one control for every year, or one per year.
void DrawPerYear(PanelContext& f, const InputInfo& info) {
  Assumptions& a = f.assumptions();
  YearValues& values = a.*info.years;
  bool& per_year = f.state.per_year[static_cast<int>(info.id)];
  ImGui::PushID(info.link_key);
  Label(f, info);
  char key[24];
  char label[96];
  if (!per_year) {
    if (ValueSlider(f.widgets, info.link_key, Label(info), &values[0], InputSliderSpec(info, 0))) {
      std::fill(values.begin(), values.end(), values[0]);
      Moved(f, info);
    }
  } else {
    for (int i = 0; i < a.horizon_years; ++i) {
      YearLabel(f, i);
      std::snprintf(key, sizeof key, "%s.%d", info.link_key, kFirstYear + i);
      YearName(label, sizeof label, info, i);
      if (ValueSlider(f.widgets, key, label, &values[i], InputSliderSpec(info, i))) {
        Moved(f, info, i);
      }
    }
  }
  std::snprintf(key, sizeof key, "years:%s", info.link_key);
  std::snprintf(label, sizeof label, T("%s: different each year"), Label(info));
  if (CheckBox(f.widgets, key, T("Different each year"), &per_year, label) && !per_year) {
    // Back to one value: the first year's, for every year.
    std::fill(values.begin(), values.end(), values[0]);
    f.Edited();
  }
  ImGui::PopID();
}

void DrawScalar(PanelContext& f, const InputInfo& info) {
  ImGui::PushID(info.link_key);
  Label(f, info);
  if (ValueSlider(f.widgets, info.link_key, Label(info), &(f.assumptions().*info.value),
                  InputSliderSpec(info, 0))) {
    Moved(f, info);
  }
  ImGui::PopID();
  ImGui::Spacing();
}

// A main input's row: its short name (and the year, when the value is one year's) in a
// column beside the slider, centred on the control's line.
void MainLabel(const PanelContext& f, const InputInfo& info, int year_index, float column) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  char words[64];
  if (year_index >= 0) {
    std::snprintf(words, sizeof words, "%s\n%d", MainLabel(info), kFirstYear + year_index);
  } else {
    std::snprintf(words, sizeof words, "%s", MainLabel(info));
  }
  ImGui::PushFont(f.fonts.small);
  const float height = ImGui::CalcTextSize(words).y;
  ImGui::GetWindowDrawList()->AddText(
      ImVec2(pos.x, pos.y + std::floor((f.widgets.ControlHeight() - height) * 0.5f)),
      f.palette.text, words);
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(pos.x + column, pos.y));
}

}  // namespace

// The same values as the full list (which keeps their sources and markers): a per-year
// input drawn as one value for every year stays so; drawn year by year, the chosen
// year's. Revenue is always the chosen year's.
void DrawMainInputs(PanelContext& f) {
  Heading(f.widgets, T("Main assumptions"));
  Assumptions& a = f.assumptions();
  const int chosen = f.session().ChosenYearIndex();
  ImGui::PushFont(f.fonts.small);
  float column = 0;
  for (const InputInfo& info : AllInputs()) {
    if (info.main_label != nullptr)
      column = std::max(column, ImGui::CalcTextSize(MainLabel(info)).x);
  }
  ImGui::PopFont();
  column = std::ceil(column) + 12.0f;
  for (const InputInfo& info : AllInputs()) {
    if (info.main_label == nullptr || info.years == nullptr) continue;
    YearValues& values = a.*info.years;
    const bool one_year =
        info.shape == InputShape::kRevenuePath || f.state.per_year[static_cast<int>(info.id)];
    const int year_index = one_year ? chosen : -1;
    char key[24];
    std::snprintf(key, sizeof key, "main.%s", info.link_key);
    MainLabel(f, info, year_index, column);
    const std::string name = InputYearLabel(info, year_index);
    if (ValueSlider(f.widgets, key, name.c_str(), &values[one_year ? chosen : 0],
                    InputSliderSpec(info, one_year ? chosen : 0))) {
      if (!one_year) std::fill(values.begin(), values.end(), values[0]);
      Moved(f, info, year_index);
    }
  }
}

void DrawAssumptions(PanelContext& f) {
  Heading(f.widgets, f.narrow ? T("All assumptions") : T("Assumptions"));
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
void DrawContextAssumptions(PanelContext& f) {
  Heading(f.widgets, T("AWS and Amazon"));
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     T("For context: AWS's size and growth, and Amazon's stake. The note's "
                       "estimate does not depend on these."));
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kScalar) DrawScalar(f, info);
  }
}

}  // namespace awscalc::ui
