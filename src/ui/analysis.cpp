// analysis.cpp: beyond one number: the range of outcomes (the session's Monte Carlo run,
// spread over frames), what matters most (tornado), what it would take (goal seek) and
// kept scenarios compared side by side. Settings live in the link state
// (link.uncertainty, link.goal, link.scenarios); results come from the session.
//
// [SECTION] Shared controls: the chosen year, outputs, words for inputs
// [SECTION] Range of outcomes
// [SECTION] What matters most
// [SECTION] What would it take
// [SECTION] Compare scenarios

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/explain.h"
#include "core/messages.h"
#include "core/presets.h"
#include "ui/charts.h"
#include "ui/panel_context.h"

namespace awscalc::ui {
namespace {

const char* InputLabel(UncertainInput input) {
  return Label(Info(Info(input).input));
}

// -----------------------------------------------------------------------------------
// [SECTION] Shared controls

// The chosen year (the link's yr): buttons for the horizon's years.
bool YearButtons(PanelContext& c) {
  const int horizon = c.link().assumptions.horizon_years;
  int year = c.session().ChosenYearIndex();
  if (!ChoiceButtons(c.widgets, "year", T("Year"), kYearLabels, kYearLabels, horizon, &year)) {
    return false;
  }
  // The last year is the default: leaving it unset lets it follow the horizon.
  c.link().uncertainty.year =
      year == horizon - 1 ? std::nullopt : std::optional<int>(kFirstYear + year);
  c.Edited();
  return true;
}

// A progress bar, drawn while a run is in progress.
void Progress(const PanelContext& c, double fraction, int samples) {
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = 6.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), c.widgets.palette->frame, 3.0f);
  draw->AddRectFilled(pos, ImVec2(pos.x + width * static_cast<float>(fraction), pos.y + height),
                      c.widgets.palette->accent, 3.0f);
  ImGui::Dummy(ImVec2(width, height));
  TextWrappedF(c.widgets.fonts->small, c.widgets.palette->text_muted,
               T("Simulating %s outcomes: %d%% done."), Count(samples).c_str(),
               static_cast<int>(fraction * 100.0));
}

// -----------------------------------------------------------------------------------
// [SECTION] Range of outcomes

// The controls of one range: low and high around the reader's value.
void RangeControls(PanelContext& c, UncertainInput input) {
  const UncertainInputInfo& info = Info(input);
  UncertainRange& range = c.link().uncertainty.Range(input);
  const bool factor = info.kind == RangeKind::kFactor;
  ImGui::PushID(info.key());
  TextWrappedF(nullptr, c.widgets.palette->text, "%s", InputLabel(input));
  SliderSpec low;
  SliderSpec high;
  const double neutral = NeutralEnd(input);
  // Travel where a reader would look; typed values may go to the link's limits.
  const double travel = factor ? 0.7 : std::max(20.0, std::fabs(info.default_low) * 3.0);
  low.track_min = factor ? 0.3 : -travel;
  low.track_max = neutral;
  low.valid_min = info.min_low;
  low.valid_max = neutral;
  high.track_min = neutral;
  high.track_max = factor ? 2.0 : travel;
  high.valid_min = neutral;
  high.valid_max = info.max_high;
  const bool money = Info(info.input).unit == Unit::kBillionUsd;
  low.unit = high.unit = factor ? Unit::kFactor : money ? Unit::kBillionUsd : Unit::kPoints;
  low.decimals = high.decimals = factor || money ? 2 : 1;
  low.step = high.step = factor ? 0.05 : money ? 0.1 : 0.5;
  low.change = high.change = !factor;  // points (or $B) added to the reader's value
  // Low and high side by side, each half the width.
  low.width = high.width =
      std::floor((ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f);
  char label[96];
  std::snprintf(label, sizeof label, T("%s: low end of the range"), InputLabel(input));
  if (ValueSlider(c.widgets, info.low_key, label, &range.low, low)) c.Edited();
  ImGui::SameLine();
  std::snprintf(label, sizeof label, T("%s: high end of the range"), InputLabel(input));
  if (ValueSlider(c.widgets, info.high_key, label, &range.high, high)) c.Edited();
  ImGui::PopID();
}

}  // namespace

void DrawRangeOfOutcomes(PanelContext& c) {
  const Session& s = c.session();
  const UncertaintyResult& r = s.monte_carlo().Result();
  const Palette& palette = *c.widgets.palette;
  const Fonts& fonts = *c.widgets.fonts;
  TextWrappedColored(fonts.small, palette.text_muted,
                     T("The note gives one number per year. Here the uncertain assumptions vary "
                       "together within ranges around yours, thousands of times, to show how wide "
                       "the outcomes spread."));
  if (s.monte_carlo().Running())
    Progress(c, s.monte_carlo().Progress(), s.link().uncertainty.samples);
  if (r.samples == 0) return;

  const int year = s.ChosenYearIndex();
  const Summary& aws = r.aws_from_anthropic_busd;
  TextWrappedColored(nullptr, palette.text, RangeSentence(r, s.projection(), year).c_str());
  const ImRect fan = FanChart(r, s.projection(), fonts, palette,
                              c.narrow ? kFanChartHeight.narrow : kFanChartHeight.wide);
  RecordImage(c.widgets, "fan", fan.Min, fan.Max, FanChartText(r, s.projection()).c_str());

  ImGui::Spacing();
  YearButtons(c);
  // The threshold and the chance of exceeding it, in words a reader can repeat.
  SliderSpec threshold;
  threshold.track_min = 0;
  threshold.track_max = std::max(10.0, std::ceil(aws.p95[year] * 1.5));
  threshold.step = 0.1;
  threshold.valid_min = 0;
  threshold.valid_max = kMaxThresholdBusd;
  threshold.unit = Unit::kBillionUsd;
  threshold.caption = T("more than ");
  if (ValueSlider(c.widgets, "thr", T("Threshold for AWS revenue from Anthropic"),
                  &c.link().uncertainty.threshold_busd, threshold)) {
    c.Edited();
  }
  BoldTextWrapped(fonts.heading, palette.text, ThresholdSentence(r).c_str());
  const ImRect histogram = HistogramChart(
      r, fonts, palette, c.narrow ? kHistogramChartHeight.narrow : kHistogramChartHeight.wide);
  RecordImage(c.widgets, "histogram", histogram.Min, histogram.Max, HistogramChartText(r).c_str());

  ImGui::Spacing();
  const char* samples_labels[] = {"1,000", "10,000", "50,000", "200,000"};
  const char* samples_keys[] = {"1000", "10000", "50000", "200000"};
  constexpr int kSampleChoices[] = {1000, 10000, 50000, 200000};
  int samples = -1;
  for (int i = 0; i < 4; ++i) {
    if (kSampleChoices[i] == c.link().uncertainty.samples) samples = i;
  }
  TextWrappedColored(fonts.small, palette.text_muted, T("Simulated outcomes:"));
  if (ChoiceButtons(c.widgets, "samples", T("Simulated outcomes"), samples_labels, samples_keys, 4,
                    &samples)) {
    c.link().uncertainty.samples = kSampleChoices[samples];
    c.Edited();
  }
  ImGui::SameLine();
  if (PushButton(c.widgets, "draw-again", T("Draw again"))) {  // another seed, other samples
    ++c.link().uncertainty.seed;
    c.Edited();
  }
  if (PushButton(c.widgets, "ranges",
                 c.state.show_ranges ? T("Hide the ranges") : T("Change the ranges"))) {
    c.state.show_ranges = !c.state.show_ranges;
  }
  if (c.state.show_ranges) {
    TextWrappedColored(fonts.small, palette.text_muted,
                       T("Each range is triangular, most likely at your value. Revenue: a factor "
                         "on every year; the others: points (or $B) added to your values."));
    for (const UncertainInputInfo& info : UncertainInputs()) RangeControls(c, info.id);
    if (PushButton(c.widgets, "reset-ranges", T("Reset the ranges"))) {
      c.link().uncertainty.ranges = DefaultRanges();
      c.Edited();
    }
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] What matters most

void DrawWhatMattersMost(PanelContext& c) {
  const Session& s = c.session();
  const Palette& palette = *c.widgets.palette;
  const Fonts& fonts = *c.widgets.fonts;
  const Tornado& t = s.tornado();
  TextWrappedColored(fonts.small, palette.text_muted,
                     T("Each assumption in turn goes from the low to the high end of its range "
                       "while the others stay at your values."));
  const char* outputs[kOutputCount];
  const char* output_keys[kOutputCount];
  for (int i = 0; i < kOutputCount; ++i) {
    outputs[i] = Outputs()[i].label();
    output_keys[i] = Outputs()[i].key;
  }
  int output = static_cast<int>(s.link().uncertainty.tornado_output);
  if (ChoiceButtons(c.widgets, "output", T("Result"), outputs, output_keys, kOutputCount,
                    &output)) {
    c.link().uncertainty.tornado_output = static_cast<OutputId>(output);
    c.Edited();
  }
  YearButtons(c);
  BoldTextWrapped(fonts.heading, palette.text, TornadoHeadline(t).c_str());
  TextWrappedColored(nullptr, palette.text, TornadoSentence(t).c_str());
  const ImRect tornado = TornadoChart(t, fonts, palette);
  RecordImage(c.widgets, "tornado", tornado.Min, tornado.Max, TornadoChartText(t).c_str());
}

// -----------------------------------------------------------------------------------
// [SECTION] What would it take

void DrawWhatItWouldTake(PanelContext& c) {
  Session& s = c.session();
  const Palette& palette = *c.widgets.palette;
  const Fonts& fonts = *c.widgets.fonts;
  GoalQuery& query = s.link().goal ? *s.link().goal : c.state.goal_draft;
  bool asked = false;
  TextWrappedColored(fonts.small, palette.text_muted,
                     T("Pick a result and a target; the calculator finds the value one assumption "
                       "would need, the others staying at yours."));
  const char* outputs[kOutputCount];
  const char* output_keys[kOutputCount];
  for (int i = 0; i < kOutputCount; ++i) {
    outputs[i] = Outputs()[i].label();
    output_keys[i] = Outputs()[i].key;
  }
  int output = static_cast<int>(query.output);
  if (ChoiceButtons(c.widgets, "goalout", T("Result to reach"), outputs, output_keys, kOutputCount,
                    &output)) {
    query.output = static_cast<OutputId>(output);
    asked = true;
  }
  YearButtons(c);
  SliderSpec target;
  const bool percent = Info(query.output).unit() == Unit::kPercent;
  target.track_min = 0;
  target.track_max = percent ? 20.0 : 50.0;
  target.step = percent ? 0.05 : 0.1;
  target.valid_min = -kMaxGoalTarget;
  target.valid_max = kMaxGoalTarget;
  target.unit = percent ? Unit::kPercent : Unit::kBillionUsd;
  target.decimals = 2;
  target.caption = T("target: ");
  if (ValueSlider(c.widgets, "target", T("Target"), &query.target, target)) asked = true;
  const char* inputs[kGoalInputCount];
  const char* input_keys[kGoalInputCount];
  for (int i = 0; i < kGoalInputCount; ++i) {
    inputs[i] = Label(Info(GoalInputs()[i].input));
    input_keys[i] = GoalInputs()[i].key();
  }
  int input = static_cast<int>(query.input);
  TextWrappedColored(fonts.small, palette.text_muted, T("by changing:"));
  if (ChoiceButtons(c.widgets, "goal", T("Assumption to change"), inputs, input_keys,
                    kGoalInputCount, &input)) {
    query.input = static_cast<GoalInput>(input);
    asked = true;
  }
  if (asked) {
    s.link().goal = query;  // the question goes into the link
    c.Edited();
  }
  if (!s.goal()) {
    if (PushButton(c.widgets, "find", T("Find the answer"))) {
      s.link().goal = query;
      c.Edited();
    }
    return;
  }
  BoldTextWrapped(fonts.heading, palette.text, s.goal()->answer.c_str());
  if (s.goal()->outcome == GoalOutcome::kSolved) {
    if (PushButton(c.widgets, "use-value", T("Use this value"))) {
      s.link().assumptions = s.goal()->solved;
      c.Edited();
    }
    ImGui::SameLine();
  }
  if (PushButton(c.widgets, "clear-goal", T("Clear the question"))) {
    c.state.goal_draft = query;
    s.link().goal.reset();
    c.Edited();
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] Compare scenarios

namespace {

// Slot `slot` (0-2): a kept scenario's name, Use and Remove; an empty one's Keep and the
// presets that can fill it.
void DrawScenarioSlot(PanelContext& c, int slot) {
  Session& s = c.session();
  const Palette& palette = *c.widgets.palette;
  ImGui::PushID(slot);
  std::optional<Scenario>& scenario = s.link().scenarios[slot];
  char key[24];
  const auto key_of = [&](const char* what) {
    std::snprintf(key, sizeof key, "s%d.%s", slot + 1, what);
    return key;
  };
  ImGui::AlignTextToFramePadding();
  char number[16];
  std::snprintf(number, sizeof number, "%d.", slot + 1);
  TextLine(nullptr, SeriesColour(palette, slot + 1), number);
  ImGui::SameLine();
  if (scenario) {
    // The name, edited in the page's text field over it (the link carries 60
    // characters at most).
    char label[32];
    std::snprintf(label, sizeof label, T("Name of scenario %d"), slot + 1);
    const float width = std::max(120.0f, ImGui::GetContentRegionAvail().x * 0.45f);
    if (const char* typed =
            TextBox(c.widgets, key_of("name"), label, scenario->name.c_str(), width)) {
      if (const char* problem = ScenarioNameProblem(typed)) {
        char name[32];
        std::snprintf(name, sizeof name, "input:%s", key_of("name"));
        RefuseTyped(c.widgets, name, problem);
      } else if (scenario->name != typed) {
        scenario->name = typed;
        c.Edited();
      }
    }
    ImGui::SameLine();
    if (PushButton(c.widgets, key_of("use"), T("Use"))) {  // back to these assumptions
      s.link().assumptions = scenario->assumptions;
      c.Edited();
    }
    ImGui::SameLine();
    if (PushButton(c.widgets, key_of("remove"), T("Remove"))) {
      scenario.reset();
      c.Edited();
    }
  } else {
    // One clear action; the presets on request.
    if (PushButton(c.widgets, key_of("keep"), T("Keep your assumptions to compare"))) {
      const Preset* preset = MatchingPreset(s.link().assumptions);
      scenario =
          Scenario{preset != nullptr ? preset->name : StringPrintf(T("Scenario %d"), slot + 1),
                   s.link().assumptions};
      c.state.scenario_presets = false;
      c.Edited();
    }
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(T("Or a preset")).x + 40.0f) {
      ImGui::NewLine();
    }
    char presets_key[24];
    char presets_label[48];
    std::snprintf(presets_key, sizeof presets_key, "presets:s%d", slot + 1);
    std::snprintf(presets_label, sizeof presets_label, T("Or a preset as scenario %d"), slot + 1);
    CheckBox(c.widgets, presets_key, T("Or a preset"), &c.state.scenario_presets, presets_label);
    for (const Preset& preset : Presets()) {
      if (!c.state.scenario_presets) break;
      // "+ bear": a preset into this slot (its full name for screen readers).
      char label[96];
      std::snprintf(label, sizeof label, "+ %s###%s", preset.id, preset.id);
      ImGui::SameLine();
      if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(label, nullptr, true).x + 20.0f) {
        ImGui::NewLine();
      }
      if (PushButton(c.widgets, key_of(preset.id), label)) {
        scenario = ScenarioFromPreset(preset);
        c.state.scenario_presets = false;
        c.Edited();
      }
    }
  }
  ImGui::PopID();
}

// The kept scenarios against the current assumptions: a chart and a table side by side
// where there is room, one above the other where not.
void DrawScenarioComparison(PanelContext& c) {
  Session& s = c.session();
  const Palette& palette = *c.widgets.palette;
  const Fonts& fonts = *c.widgets.fonts;
  const bool side_by_side = !c.narrow && ImGui::GetContentRegionAvail().x > 560.0f;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float chart_width = side_by_side ? std::floor(width * 0.5f) - 8.0f : width;
  float bottom = top.y;
  {
    ColumnScope column(top.x, top.x + chart_width);
    const ImRect chart =
        ScenarioChart(s.projection(), s.scenarios(), fonts, palette,
                      c.narrow ? kScenarioChartHeight.narrow : kScenarioChartHeight.wide);
    RecordImage(c.widgets, "scenarios", chart.Min, chart.Max,
                ScenarioChartText(s.projection(), s.scenarios()).c_str());
    bottom = std::max(bottom, column.Bottom());
  }
  if (side_by_side) ImGui::SetCursorScreenPos(ImVec2(top.x + chart_width + 16.0f, top.y));
  {
    ColumnScope column(side_by_side ? top.x + chart_width + 16.0f : top.x, top.x + width);
    const Projection& now = s.projection();
    const int last = now.horizon_years - 1;
    char last_year[16];
    std::snprintf(last_year, sizeof last_year, T("In %d"), now.years[last].year);
    TextGrid grid(c.widgets, {1.8f, 1.0f, 1.0f});
    grid.Header({T("AWS from Anthropic"), last_year, T("In all")});
    auto row = [&](const char* name, const Projection& p, ImU32 colour) {
      const int year = std::min(last, p.horizon_years - 1);
      grid.Cell(name, colour);
      grid.Cell(Money(p.years[year].aws_from_anthropic_busd).c_str());
      grid.Cell(Money(p.years[p.horizon_years - 1].cumulative_aws_from_anthropic_busd).c_str());
    };
    row("Yours", now, SeriesColour(palette, 0));
    for (const ScenarioProjection& scenario : s.scenarios()) {
      char name[96];
      std::snprintf(name, sizeof name, "%d. %s", scenario.slot, scenario.name.c_str());
      row(name, scenario.projection, SeriesColour(palette, scenario.slot));
    }
    bottom = std::max(bottom, column.Bottom());
  }
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void DrawScenarios(PanelContext& c) {
  const Palette& palette = *c.widgets.palette;
  TextWrappedColored(c.widgets.fonts->small, palette.text_muted,
                     T("Keep up to three sets of assumptions (yours or a preset) to compare with "
                       "the current ones. They travel in the share link."));
  // The kept scenarios, then the first free slot (not three rows of the same buttons).
  bool free_shown = false;
  for (int slot = 0; slot < kMaxScenarios; ++slot) {
    const bool kept = c.session().link().scenarios[slot].has_value();
    if (!kept && free_shown) continue;
    free_shown = free_shown || !kept;
    DrawScenarioSlot(c, slot);
  }
  if (c.session().scenarios().empty()) return;
  DrawScenarioComparison(c);
}

}  // namespace awscalc::ui
