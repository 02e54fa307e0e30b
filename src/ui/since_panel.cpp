// since_panel.cpp: the "Since the note" section: what has been reported since July 2025
// (core/reported.h, from data/reported.csv) beside the note's assumptions, never mixed
// into them. The as-of line, the reported figures set beside the note's, three charts
// (the run-rate over time beside the note's yearly revenue, Amazon's stake beside the
// article's, AWS's net sales), then every fact grouped by what it measures: its period,
// figure, strength and date, and its source as a link where it has an address. A
// run-rate is always named as one.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/reported.h"
#include "ui/charts.h"
#include "ui/panel_context.h"

namespace awscalc::ui {
namespace {

// A chart of the view under its heading and a line on how to read it, recorded with its
// words.
void ReportedChart(PanelContext& f, const char* key, const char* heading, const char* reading,
                   Chart (*build)(double, double, const ChartFont&), std::string (*words)()) {
  Heading(f.widgets, heading, 3);
  if (reading != nullptr) TextWrappedColored(f.fonts.small, f.palette.text_muted, reading);
  const float height = f.narrow ? kReportedChartHeight.narrow : kReportedChartHeight.wide;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const Chart chart = build(ImGui::GetContentRegionAvail().x, height, ChartFontOf(f.fonts));
  ImGui::Dummy(ImVec2(static_cast<float>(chart.width_px), static_cast<float>(chart.height_px)));
  DrawChart(ImGui::GetWindowDrawList(), chart, origin, f.fonts, f.palette);
  RecordImage(f.widgets, key, origin, ImGui::GetItemRectMax(), words().c_str());
}

}  // namespace

void DrawSinceTheNote(PanelContext& f) {
  const ImU32 text = f.palette.text;
  const ImU32 muted = f.palette.text_muted;
  // The words depend on the table and the language alone: written once for each.
  const std::string& as_of = ForLanguage([] { return AsOfLine(); });
  const std::vector<std::string>& sentences = ForLanguage([] { return SinceTheNoteSentences(); });
  const std::string& leaves_out = ForLanguage([] { return FormulaLeavesOut(); });
  TextWrappedColored(f.fonts.small, muted, as_of.c_str());
  TextWrappedColored(nullptr, text,
                     T("The note's assumptions stay the calculator's defaults. What has been "
                       "reported since, beside them:"));
  for (const std::string& sentence : sentences) TextWrappedColored(nullptr, text, sentence.c_str());
  TextWrappedColored(f.fonts.small, muted, leaves_out.c_str());

  ReportedChart(f, "chart-run-rate", T("Run-rate and the note's revenue"),
                T("A run-rate annualizes revenue at one date and is stated gross: it is not a "
                  "year's revenue. The note's figures are revenue in each calendar year."),
                BuildRunRateChart, RunRateChartText);
  ReportedChart(f, "chart-stake", T("Amazon's stake"), nullptr, BuildStakeChart, StakeChartText);
  ReportedChart(f, "chart-aws-sales", T("AWS net sales"), nullptr, BuildAwsSalesChart,
                AwsSalesChartText);

  const ReportedFact* previous = nullptr;
  for (const ReportedFact& fact : ReportedFacts()) {
    if (previous == nullptr || previous->measure != fact.measure) {
      Heading(f.widgets, T(MeasureName(fact.measure)), 3);
    }
    // A group's facts share their definition; a fact that defines itself otherwise says so.
    if (previous == nullptr || previous->measure != fact.measure ||
        std::string_view(previous->definition) != fact.definition) {
      TextWrappedColored(f.fonts.small, muted, T(fact.definition));
    }
    previous = &fact;
    TextWrappedF(nullptr, text, "%s: %s (%s, %s)", fact.period, ReportedValueText(fact).c_str(),
                 T(StrengthName(fact.strength)), fact.reported_on);
    if (fact.url[0] != '\0') {
      ImGui::PushFont(f.fonts.small);
      char key[48];
      std::snprintf(key, sizeof key, "reported-%s", fact.id);
      if (LinkButton(f.widgets, key, fact.source, fact.url) && f.hooks.open_url != nullptr) {
        f.hooks.open_url(fact.url);
      }
      ImGui::PopFont();
    } else {
      TextWrappedColored(f.fonts.small, muted, fact.source);
    }
  }
}

}  // namespace awscalc::ui
