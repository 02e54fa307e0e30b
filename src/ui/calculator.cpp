// calculator.cpp: see calculator.h.
//
// [SECTION] State: applying links, recomputing
// [SECTION] Text helpers: compact numbers for formulas and sentences
// [SECTION] Header and the link-problems banner
// [SECTION] Assumptions panel
// [SECTION] Results panel: headline, chart, sections
// [SECTION] DrawCalculator: layout by width
#include "ui/calculator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/decimal.h"
#include "core/presets.h"
#include "imgui_internal.h"
#include "ui/analysis.h"
#include "ui/charts.h"
#include "ui/format.h"
#include "ui/widgets.h"

namespace awscalc::ui {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] State

bool SameEveryYear(const YearValues& values, int horizon_years) {
  return std::all_of(values.begin(), values.begin() + horizon_years,
                     [&](double v) { return v == values[0]; });
}

// Everything one frame's widgets need.
struct Frame {
  CalculatorState& state;
  const Fonts& fonts;
  const Palette& palette;
  const CalculatorHooks& hooks;
  TabStops tab_stops;
  WidgetContext widgets;
  bool changed = false;
  bool narrow = false;
  ImRect chart_rect;
  LayoutLog layout;

  Assumptions& assumptions() { return state.link.assumptions; }
  const Projection& projection() const { return state.projection; }
  // After any edit of the assumptions.
  void Edited() {
    Normalize(state.link.assumptions);
    Recompute(state);
    changed = true;
  }
};

// -----------------------------------------------------------------------------------
// [SECTION] Text helpers

ShortText Span(const Projection& p) {
  return YearSpan(p.years[0].year, p.years[p.horizon_years - 1].year);
}

// Year labels for rows of year buttons.
constexpr const char* kYearLabels[kMaxYears] = {"2025", "2026", "2027", "2028", "2029", "2030"};

// -----------------------------------------------------------------------------------
// [SECTION] Header and the link-problems banner

void DrawHeader(Frame& f) {
  BoldTextWrapped(f.fonts.title, f.palette.text, "How much could AWS earn from Anthropic?");
  TextWrappedColored(nullptr, f.palette.text,
                     "Morgan Stanley estimates that Amazon Web Services could earn $1.28B from "
                     "Anthropic in 2025, almost $3B in 2026 and $5.6B in 2027. Change the "
                     "assumptions behind that estimate: every figure here recomputes in your "
                     "browser.");
  ImGui::PushFont(f.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, f.palette.text_muted);
  ImGui::TextUnformatted("Source:");
  ImGui::SameLine(0.0f, 4.0f);
  ImGui::PopStyleColor();
  if (LinkButton(f.widgets, "Business Insider, July 2025") && f.hooks.open_url != nullptr) {
    f.hooks.open_url(kArticleUrl);
  }
  ImGui::SameLine(0.0f, 4.0f);
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize("reporting a Morgan Stanley note.").x) {
    ImGui::NewLine();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, f.palette.text_muted);
  ImGui::TextUnformatted("reporting a Morgan Stanley note.");
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void DrawProblems(Frame& f) {
  if (f.state.problems.empty()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::Indent(10.0f);
  ImGui::PushStyleColor(ImGuiCol_Text, f.palette.warning_text);
  BoldTextWrapped(f.fonts.heading, f.palette.warning_text, "Part of this link could not be used");
  ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - 10.0f);
  for (const std::string& problem : f.state.problems) {
    ImGui::Bullet();
    ImGui::TextUnformatted(problem.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::TextUnformatted("Everything else in the link is applied.");
  ImGui::PopStyleColor();
  if (ImGui::Button("Dismiss")) f.state.problems.clear();
  f.tab_stops.Track();
  ImGui::Unindent(10.0f);
  ImGui::Dummy(ImVec2(0, 2));
  const ImVec2 bottom_right(top_left.x + ImGui::GetContentRegionAvail().x,
                            ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(top_left, bottom_right, f.palette.warning_bg, 8.0f);
  draw->ChannelsMerge();
}

// -----------------------------------------------------------------------------------
// [SECTION] Assumptions panel

SliderSpec PercentSpec(InputId id, double slider_min, double slider_max, double note) {
  const InputInfo& info = Info(id);
  SliderSpec spec;
  spec.slider_min = slider_min;
  spec.slider_max = slider_max;
  spec.valid_min = info.min_value;
  spec.valid_max = info.max_value;
  spec.format = "%.1f%%";
  spec.has_marker = std::isfinite(note);
  spec.marker_value = note;
  return spec;
}

SliderSpec MoneySpec(InputId id, double slider_max, double note, const char* format = "$%.2fB") {
  SliderSpec spec = PercentSpec(id, Info(id).min_value, slider_max, note);
  spec.format = format;
  return spec;
}

constexpr double kNoMarker = std::numeric_limits<double>::quiet_NaN();

// A year label in a fixed-width column, then the rest of the line for a control.
void YearLabel(int year_index) {
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d", kFirstYear + year_index);
  ImGui::SameLine(52.0f);
}

// Button labels for the presets (their full names are long for a row of buttons).
const char* PresetButtonLabel(const Preset& preset) {
  const std::string_view id = preset.id;
  if (id == "note") return "The note";
  if (id == "matched") return "Matched to its AWS figures";
  if (id == "bear") return "Bear (illustrative)";
  if (id == "bull") return "Bull (illustrative)";
  return preset.name;
}

void DrawPresets(Frame& f) {
  const auto presets = Presets();
  int current = -1;
  const char* labels[4] = {};
  for (int i = 0; i < static_cast<int>(presets.size()) && i < 4; ++i) {
    labels[i] = PresetButtonLabel(presets[i]);
    if (presets[i].assumptions == f.assumptions()) current = i;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Start from");
  // "Reset to the article" at the right of the same line.
  const char* reset = "Reset to the article";
  const float reset_width = ImGui::CalcTextSize(reset).x + ImGui::GetStyle().FramePadding.x * 2.0f;
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(),
                                ImGui::GetContentRegionMax().x - reset_width));
  ImGui::BeginDisabled(f.assumptions() == DefaultAssumptions());
  if (ImGui::Button(reset)) {
    f.assumptions() = DefaultAssumptions();
    f.Edited();
  }
  f.tab_stops.Track();
  ImGui::EndDisabled();
  if (ChoiceButtons(f.widgets, "presets", labels, static_cast<int>(presets.size()), &current)) {
    f.assumptions() = presets[current].assumptions;
    f.Edited();
  }
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     current >= 0 ? presets[current].description
                                  : "Your own assumptions. \"The note\" puts back the article's.");
}

void DrawHorizon(Frame& f) {
  Assumptions& a = f.assumptions();
  InputLabel(f.widgets, "Years projected",
             "The note covers 2025 to 2027. Later years are the calculator's own extension: "
             "each year's revenue growth is the previous year's times 0.6.",
             "note: 2025\xE2\x80\x93" "2027");
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
                 "0.6%s the year before's.",
                 YearSpan(kLastNoteYear + 1, kFirstYear + a.horizon_years - 1).c_str(), kTimes);
  }
}

void DrawRevenue(Frame& f) {
  Assumptions& a = f.assumptions();
  const InputInfo& info = Info(InputId::kRevenue);
  InputLabel(f.widgets, "Anthropic revenue", info.source, "note: $4B, $10B, $19B");
  const char* views[] = {"$B per year", "Growth per year"};
  int view = f.state.revenue_as_growth ? 1 : 0;
  if (ChoiceButtons(f.widgets, "revenue-view", views, 2, &view)) {
    f.state.revenue_as_growth = view == 1;
  }
  for (int i = 0; i < a.horizon_years; ++i) {
    ImGui::PushID(i);
    YearLabel(i);
    const bool note_year = i < kNoteYears;
    char name[24];
    if (!f.state.revenue_as_growth || i == 0) {
      const double note = note_year ? DefaultValue(InputId::kRevenue, i) : kNoMarker;
      SliderSpec spec = MoneySpec(InputId::kRevenue, 60.0, note);
      std::snprintf(name, sizeof name, "rev.%d", kFirstYear + i);
      spec.name = name;
      if (ValueSlider(f.widgets, "##revenue", &a.revenue_busd[i], spec)) f.Edited();
    } else {
      double growth = RevenueGrowthPct(a, i);
      if (std::isfinite(growth)) {
        const double note = note_year ? DefaultValue(InputId::kRevenueGrowth, i) : kNoMarker;
        SliderSpec spec = PercentSpec(InputId::kRevenueGrowth, -90.0, 300.0, note);
        std::snprintf(name, sizeof name, "growth.%d", kFirstYear + i);
        spec.name = name;
        if (ValueSlider(f.widgets, "##growth", &growth, spec) &&
            SetRevenueGrowth(a, i, growth)) {
          f.Edited();
        }
      } else {
        TextWrappedColored(f.fonts.small, f.palette.text_muted,
                           "n/a: no growth from $0 the year before");
      }
    }
    ImGui::PopID();
  }
}

// Gross margin, AWS share or training: one control for every year, or one per year.
void DrawPerYear(Frame& f, InputId id, YearValues& values, bool& per_year,
                 const SliderSpec& spec_all, const char* note) {
  Assumptions& a = f.assumptions();
  const InputInfo& info = Info(id);
  ImGui::PushID(info.link_key);
  InputLabel(f.widgets, info.label, info.source, note);
  SliderSpec spec = spec_all;
  char name[24];
  if (!per_year) {
    spec.name = info.link_key;
    if (ValueSlider(f.widgets, "##all", &values[0], spec)) {
      std::fill(values.begin(), values.end(), values[0]);
      f.Edited();
    }
  } else {
    for (int i = 0; i < a.horizon_years; ++i) {
      ImGui::PushID(i);
      YearLabel(i);
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

void DrawScalar(Frame& f, InputId id, double& value, SliderSpec spec, const char* note) {
  const InputInfo& info = Info(id);
  ImGui::PushID(info.link_key);
  InputLabel(f.widgets, info.label, info.source, note);
  spec.name = info.link_key;
  if (ValueSlider(f.widgets, "##value", &value, spec)) f.Edited();
  ImGui::PopID();
  ImGui::Spacing();
}

void DrawAssumptions(Frame& f) {
  Assumptions& a = f.assumptions();
  Heading(f.widgets, "Assumptions");
  DrawPresets(f);
  ImGui::Spacing();
  DrawHorizon(f);
  ImGui::Spacing();
  DrawRevenue(f);
  ImGui::Spacing();
  DrawPerYear(f, InputId::kGrossMargin, a.gross_margin_pct, f.state.per_year[0],
              PercentSpec(InputId::kGrossMargin, 0.0, 90.0, 60.0), "note: 60%");
  ImGui::Spacing();
  DrawPerYear(f, InputId::kAwsShare, a.aws_share_pct, f.state.per_year[1],
              PercentSpec(InputId::kAwsShare, 0.0, 100.0, 75.0), "note: 75%");
  ImGui::Spacing();
  DrawPerYear(f, InputId::kTraining, a.training_busd, f.state.per_year[2],
              MoneySpec(InputId::kTraining, 10.0, kNoMarker), "note: more, amount not given");
}

// AWS's size and growth and Amazon's stake: context the note's estimate does not use.
void DrawContextAssumptions(Frame& f) {
  Assumptions& a = f.assumptions();
  Heading(f.widgets, "AWS and Amazon");
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     "For context: AWS's size and growth, and Amazon's stake. The note's "
                     "estimate does not depend on these.");
  DrawScalar(f, InputId::kAwsBase, a.aws_base_2024_busd,
             MoneySpec(InputId::kAwsBase, 250.0, 107.556, "$%.1fB"), "10-K: $107.6B");
  DrawScalar(f, InputId::kAwsGrowth, a.aws_growth_pct,
             PercentSpec(InputId::kAwsGrowth, -10.0, 50.0, 17.5),
             "article: 16\xE2\x80\x93" "19%");
  DrawScalar(f, InputId::kAwsOperatingMargin, a.aws_operating_margin_pct,
             PercentSpec(InputId::kAwsOperatingMargin, 0.0, 60.0, 37.0), "10-K: 37%");
  DrawScalar(f, InputId::kInvestment, a.investment_busd,
             MoneySpec(InputId::kInvestment, 50.0, 8.0, "$%.1fB"), "article: $8B");
  DrawScalar(f, InputId::kStakeValue, a.stake_value_busd,
             MoneySpec(InputId::kStakeValue, 100.0, 13.8, "$%.1fB"), "article: $13.8B");
}

// -----------------------------------------------------------------------------------
// [SECTION] Results panel

void DrawHeadline(Frame& f) {
  const Projection& p = f.projection();
  const YearProjection& last = p.years[p.horizon_years - 1];
  Heading(f.widgets, "Results");
  ImGui::PushFont(f.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, f.palette.text_muted);
  ImGui::Text("AWS revenue from Anthropic in %d", last.year);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  BoldTextWrapped(f.fonts.figure, f.palette.accent, Money(last.aws_from_anthropic_busd).c_str());
  if (last.reported_busd) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, f.palette.reported);
    ImGui::Text("the note: %s%s", last.reported_approximate ? "almost " : "",
                Money(*last.reported_busd, 1).c_str());
    ImGui::PopStyleColor();
  }
  const ShortText span = Span(p);
  const ShortText total = Money(last.cumulative_aws_from_anthropic_busd);
  if (!last.reported_difference_busd) {
    TextWrappedF(nullptr, f.palette.text, "Over %s, AWS would earn %s from Anthropic in all.",
                 span.c_str(), total.c_str());
  } else if (std::fabs(*last.reported_difference_busd) < 0.005) {
    TextWrappedF(nullptr, f.palette.text,
                 "Over %s, AWS would earn %s from Anthropic in all; in %d, the same as the note.",
                 span.c_str(), total.c_str(), last.year);
  } else {
    const double difference = *last.reported_difference_busd;
    TextWrappedF(nullptr, f.palette.text,
                 "Over %s, AWS would earn %s from Anthropic in all; in %d, %s %s than the note "
                 "says.",
                 span.c_str(), total.c_str(), last.year, Money(std::fabs(difference)).c_str(),
                 difference > 0 ? "more" : "less");
  }
}

void DrawMath(Frame& f) {
  const Projection& p = f.projection();
  f.state.work_year_index = std::clamp(f.state.work_year_index, 0, p.horizon_years - 1);
  ChoiceButtons(f.widgets, "work-year", kYearLabels, p.horizon_years, &f.state.work_year_index);
  const YearProjection& y = p.years[f.state.work_year_index];
  // The formula with the year's numbers: "$19B × (1 − 60%) × 75% = $5.70B".
  const ShortText revenue = MoneyCompact(y.anthropic_revenue_busd);
  const ShortText margin = PercentCompact(y.gross_margin_pct);
  const ShortText share = PercentCompact(y.aws_share_pct);
  const ShortText result = Money(y.aws_from_anthropic_busd);
  if (y.training_busd != 0.0) {
    BoldTextWrappedF(f.fonts.heading, f.palette.text, "%s %s (1 %s %s) %s %s + %s = %s", revenue.c_str(),
                 kTimes, kMinus, margin.c_str(), kTimes, share.c_str(),
                 MoneyCompact(y.training_busd).c_str(), result.c_str());
  } else {
    BoldTextWrappedF(f.fonts.heading, f.palette.text, "%s %s (1 %s %s) %s %s = %s", revenue.c_str(),
                 kTimes, kMinus, margin.c_str(), kTimes, share.c_str(), result.c_str());
  }
  TextWrappedF(nullptr, f.palette.text,
               "Anthropic's revenue, %s, times (1 %s its %s gross margin) gives %s of cost of "
               "revenue: what it spends to serve its models. %s of that goes to AWS: %s.",
               revenue.c_str(), kMinus, margin.c_str(), Money(y.cost_of_revenue_busd).c_str(),
               share.c_str(), Money(y.aws_inference_busd).c_str());
  if (y.training_busd != 0.0) {
    TextWrappedF(nullptr, f.palette.text, "Training work adds %s, for %s in all.",
                 Money(y.training_busd).c_str(), result.c_str());
  }
  if (y.year > kLastNoteYear) {
    TextWrappedF(f.fonts.small, f.palette.text_muted,
                 "%d is beyond the note: its revenue comes from the calculator's extension "
                 "unless you set it.",
                 y.year);
  }
}

void DrawNoteVsModel(Frame& f) {
  const Projection& p = f.projection();
  const int note_years = std::min(p.horizon_years, kNoteYears);
  TextGrid grid(f.widgets, {0.8f, 1.0f, 1.0f, 1.1f, 1.3f});
  grid.Header({"Year", "The note", "Model", "Difference", f.narrow ? "Implied rev." : "Implied revenue"});
  for (int i = 0; i < note_years; ++i) {
    const YearProjection& y = p.years[i];
    grid.Cell(kYearLabels[i]);
    grid.Cell(Reported(*y.reported_busd, y.reported_approximate).c_str(), f.palette.reported);
    grid.Cell(Money(y.aws_from_anthropic_busd).c_str());
    grid.Cell(MoneyChange(*y.reported_difference_busd).c_str());
    grid.Cell(y.implied_revenue_busd ? Money(*y.implied_revenue_busd).c_str() : "n/a");
  }
  ImGui::Spacing();
  TextWrappedF(nullptr, f.palette.text,
               "The note's method, revenue %s (1 %s margin) %s AWS share, gives $1.20B, $3.00B "
               "and $5.70B from its own rounded revenue of $4B, $10B and $19B, not the $1.28B "
               "and $5.6B it reports. Those imply revenue of about $4.27B and $18.67B at a 60%% "
               "margin and a 75%% share: the note probably rounded its revenue forecasts.",
               kTimes, kMinus, kTimes);
  const Preset* matched = FindPreset("matched");
  ImGui::BeginDisabled(f.assumptions() == matched->assumptions);
  if (ImGui::Button("Use the revenue the note's figures imply")) {
    f.assumptions() = matched->assumptions;
    f.Edited();
  }
  f.tab_stops.Track();
  ImGui::EndDisabled();
}

// One row of the all-figures table: a label and the text of a year's value.
struct FigureRow {
  const char* label;
  ShortText (*cell)(const YearProjection&);
};

ShortText NotInTheNote() { return ShortText{"\xE2\x80\x94"}; }   // an em dash

const FigureRow kFigureRows[] = {
    {"Anthropic revenue", [](const YearProjection& y) { return Money(y.anthropic_revenue_busd); }},
    {"Gross margin", [](const YearProjection& y) { return Percent(y.gross_margin_pct, 1); }},
    {"Share of costs on AWS", [](const YearProjection& y) { return Percent(y.aws_share_pct, 1); }},
    {"Training revenue", [](const YearProjection& y) { return Money(y.training_busd); }},
    {"Cost of revenue", [](const YearProjection& y) { return Money(y.cost_of_revenue_busd); }},
    {"AWS revenue from Anthropic",
     [](const YearProjection& y) { return Money(y.aws_from_anthropic_busd); }},
    {"The note's figure",
     [](const YearProjection& y) {
       return y.reported_busd ? Reported(*y.reported_busd, y.reported_approximate) : NotInTheNote();
     }},
    {"AWS excluding Anthropic",
     [](const YearProjection& y) { return Money(y.aws_excluding_anthropic_busd); }},
    {"AWS total", [](const YearProjection& y) { return Money(y.aws_total_busd); }},
    {"Anthropic's share of AWS",
     [](const YearProjection& y) { return Percent(y.anthropic_share_of_aws_pct, 2); }},
    {"Added to AWS growth",
     [](const YearProjection& y) {
       return y.growth_contribution_pts ? Points(*y.growth_contribution_pts) : ShortText{"n/a"};
     }},
    {"Cumulative from Anthropic",
     [](const YearProjection& y) { return Money(y.cumulative_aws_from_anthropic_busd); }},
    {"Cumulative operating profit",
     [](const YearProjection& y) { return Money(y.cumulative_operating_profit_busd); }},
};

void DrawAllFigures(Frame& f) {
  const Projection& p = f.projection();
  if (f.narrow) {
    // One year at a time: two columns fit any phone.
    ChoiceButtons(f.widgets, "figures-year", kYearLabels, p.horizon_years,
                  &f.state.figures_year_index);
    const YearProjection& y = p.years[f.state.figures_year_index];
    TextGrid grid(f.widgets, {1.7f, 1.0f});
    for (const FigureRow& row : kFigureRows) {
      grid.Cell(row.label);
      grid.Cell(row.cell(y).c_str());
    }
    return;
  }
  // Years as columns: the first column twice as wide for the labels.
  const float weights[kMaxYears + 1] = {2.2f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f};
  TextGrid grid(f.widgets, std::span<const float>(weights, p.horizon_years + 1));
  grid.Cell("$B unless stated", f.palette.text_muted);
  for (int i = 0; i < p.horizon_years; ++i) grid.Cell(kYearLabels[i], f.palette.text_muted);
  for (const FigureRow& row : kFigureRows) {
    grid.Cell(row.label);
    for (int i = 0; i < p.horizon_years; ++i) grid.Cell(row.cell(p.years[i]).c_str());
  }
}

void DrawAwsAndAmazon(Frame& f) {
  const Projection& p = f.projection();
  const Assumptions& a = f.assumptions();
  const YearProjection& last = p.years[p.horizon_years - 1];
  const ImU32 text = f.palette.text;
  TextWrappedF(nullptr, text,
               "In %d AWS would take in %s: %s from everyone else (growing %s a year from "
               "2024's %s) and %s from Anthropic, %s of the total.",
               last.year, Money(last.aws_total_busd).c_str(),
               Money(last.aws_excluding_anthropic_busd).c_str(),
               PercentCompact(a.aws_growth_pct).c_str(), Money(a.aws_base_2024_busd, 1).c_str(),
               Money(last.aws_from_anthropic_busd).c_str(),
               Percent(last.anthropic_share_of_aws_pct, 2).c_str());
  if (p.horizon_years > 1) {
    // "Anthropic adds +1.41 pts to AWS's growth in 2026, +1.78 pts in 2027 and ..."
    char growth[320];
    int length = std::snprintf(growth, sizeof growth, "Anthropic adds %s to AWS's growth in %d",
                               Points(*p.years[1].growth_contribution_pts).c_str(), p.years[1].year);
    for (int i = 2; i < p.horizon_years; ++i) {
      length += std::snprintf(growth + length, sizeof growth - length, "%s%s in %d",
                              i + 1 == p.horizon_years ? " and " : ", ",
                              Points(*p.years[i].growth_contribution_pts).c_str(), p.years[i].year);
    }
    TextWrappedF(nullptr, text, "%s.", growth);
  }
  const ShortText investment = MoneyCompact(a.investment_busd);
  TextWrappedF(nullptr, text,
               "At AWS's %s operating margin, Anthropic's business would bring AWS %s of "
               "operating profit over %s.",
               PercentCompact(a.aws_operating_margin_pct).c_str(),
               Money(last.cumulative_operating_profit_busd).c_str(), Span(p).c_str());
  if (p.payback_year) {
    TextWrappedF(nullptr, text, "That covers Amazon's %s investment in %d.", investment.c_str(),
                 *p.payback_year);
  } else {
    TextWrappedF(nullptr, text, "That does not cover Amazon's %s investment by %d.",
                 investment.c_str(), last.year);
  }
  const ShortText stake = MoneyCompact(a.stake_value_busd);
  const ShortText gain = Money(p.stake_gain_busd, 1);
  if (p.stake_multiple) {
    TextWrappedF(nullptr, text, "Amazon's stake, bought for %s, is worth %s: a gain of %s, %s the money.",
                 investment.c_str(), stake.c_str(), gain.c_str(), Multiple(*p.stake_multiple).c_str());
  } else {
    TextWrappedF(nullptr, text, "Amazon's stake is worth %s, for nothing invested.", stake.c_str());
  }
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     "A simplification: AWS's 2024 sales are treated as excluding Anthropic.");
}

void DrawSection(Frame& f, Section section) {
  AnalysisContext analysis{f.state, f.widgets, f.narrow};
  switch (section) {
    case Section::kMath: DrawMath(f); break;
    case Section::kNoteVsModel: DrawNoteVsModel(f); break;
    case Section::kAllFigures: DrawAllFigures(f); break;
    case Section::kAwsAndAmazon: DrawAwsAndAmazon(f); break;
    case Section::kRangeOfOutcomes: DrawRangeOfOutcomes(analysis); break;
    case Section::kWhatMattersMost: DrawWhatMattersMost(analysis); break;
    case Section::kWhatItWouldTake: DrawWhatItWouldTake(analysis); break;
    case Section::kScenarios: DrawScenarios(analysis); break;
    case Section::kCount: break;
  }
  if (analysis.changed) f.Edited();
}

static_assert(kTabNames.size() == static_cast<std::size_t>(Section::kCount),
              "every section has a link name (share_link.h, kTabNames)");
constexpr const char* kSectionTitles[] = {
    "Show the work",     "The note vs the model", "All figures",       "AWS and Amazon",
    "Range of outcomes", "What matters most",     "What would it take", "Compare scenarios"};

void DrawResults(Frame& f) {
  DrawHeadline(f);
  f.chart_rect = RevenueChart(f.projection(), f.fonts, f.palette, f.narrow ? 200.0f : 240.0f);
  RecordRect(&f.layout, "chart", f.chart_rect.Min, f.chart_rect.Max);
  ImGui::Spacing();
  // One section at a time, chosen with a row of buttons; the link keeps it ("tab=").
  int& tab = f.state.link.view.tab;
  tab = std::clamp(tab, 0, static_cast<int>(Section::kCount) - 1);
  if (ChoiceButtons(f.widgets, "section", kSectionTitles, static_cast<int>(Section::kCount), &tab)) {
    f.changed = true;
  }
  ImGui::Spacing();
  DrawSection(f, static_cast<Section>(tab));
}

void DrawFooter(Frame& f) {
  ImGui::Spacing();
  ImGui::Separator();
  TextWrappedColored(f.fonts.small, f.palette.text_muted,
                     "Figures in billions of US dollars. The note: Morgan Stanley, as reported by "
                     "Business Insider in July 2025. Years after 2027, the bear and bull presets "
                     "and the AWS and Amazon context are the calculator's own. Everything is "
                     "computed in your browser; nothing is sent anywhere.");
}

}  // namespace

// -----------------------------------------------------------------------------------
// [SECTION] State

void ApplyLink(CalculatorState& state, const ParsedLink& parsed) {
  state.link = parsed.state;
  state.problems = ProblemMessages(parsed);
  const Assumptions& a = state.link.assumptions;
  if (state.link.goal) state.goal_draft = *state.link.goal;
  state.per_year = {!SameEveryYear(a.gross_margin_pct, a.horizon_years),
                    !SameEveryYear(a.aws_share_pct, a.horizon_years),
                    !SameEveryYear(a.training_busd, a.horizon_years)};
  Recompute(state);
}

void Recompute(CalculatorState& state) {
  state.projection = Project(state.link.assumptions);
  const int last = state.projection.horizon_years - 1;
  state.work_year_index = std::clamp(state.work_year_index, 0, last);
  state.figures_year_index = std::clamp(state.figures_year_index, 0, last);
  RecomputeAnalysis(state);
}

// -----------------------------------------------------------------------------------
// [SECTION] DrawCalculator

CalculatorFrame DrawCalculator(CalculatorState& state, const Fonts& fonts, const Palette& palette,
                               const CalculatorHooks& hooks) {
  Frame f{state, fonts, palette, hooks, {}, {}, false, false, {}, {}};
  f.widgets = WidgetContext{&fonts, &palette, &f.tab_stops, &f.layout};

  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  const ImGuiWindowFlags window_flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
      ImGuiWindowFlags_NoBackground;
  ImGui::Begin("AWS revenue from Anthropic", nullptr, window_flags);
  // Anti-aliasing fringes one device pixel wide (not one CSS pixel): crisp lines at
  // devicePixelRatio 2 and 3.
  ImGui::GetWindowDrawList()->_FringeScale = 1.0f / std::max(io.DisplayFramebufferScale.x, 1.0f);

  const bool two_columns = io.DisplaySize.x >= kTwoColumnMinWidthPx;
  f.narrow = io.DisplaySize.x < 600.0f;
  DrawHeader(f);
  ImGui::Spacing();
  DrawProblems(f);

  if (two_columns) {
    // The assumptions left, the results right: each in a group whose right edge is
    // its column's, so wrapping text and full-width controls stay inside it.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = 32.0f;
    const float left_width = std::floor((width - gap) * 0.42f);
    float bottom = top.y;
    {
      ColumnScope column(top.x, top.x + left_width);
      DrawAssumptions(f);
      bottom = std::max(bottom, column.Bottom());
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x + left_width + gap, top.y));
    {
      // The context inputs under the results, so the two columns end near each other.
      ColumnScope column(top.x + left_width + gap, top.x + width);
      DrawResults(f);
      ImGui::Spacing();
      DrawContextAssumptions(f);
      bottom = std::max(bottom, column.Bottom());
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
  } else {
    // One column: the answer first, then what drives it.
    DrawResults(f);
    ImGui::Spacing();
    DrawAssumptions(f);
    ImGui::Spacing();
    DrawContextAssumptions(f);
  }
  DrawFooter(f);
  // A slice of the Monte Carlo run (after the UI, so this frame shows the last result
  // and the next one the new).
  const bool busy = AdvanceAnalysis(state, kSamplesPerFrame);

  CalculatorFrame frame;
  frame.busy = busy;
  frame.content_height_px = std::ceil(ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y -
                                      ImGui::GetStyle().ItemSpacing.y);
  ImGui::End();
  frame.link_changed = f.changed;
  frame.two_columns = two_columns;
  frame.first_tab_stop = f.tab_stops.first;
  frame.last_tab_stop = f.tab_stops.last;
  frame.chart_rect = ImVec4(f.chart_rect.Min.x, f.chart_rect.Min.y, f.chart_rect.GetWidth(),
                            f.chart_rect.GetHeight());
  frame.layout.swap(f.layout);
  return frame;
}

}  // namespace awscalc::ui
