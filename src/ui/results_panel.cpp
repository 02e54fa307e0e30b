// results_panel.cpp: the answer: the headline figure beside the note's, the chart, and
// the result sections a reader switches between (the first four here; the analysis
// sections in analysis.cpp). Sentences come from the core (core/explain.h), tables
// from its results table (core/results.h).
//
// [SECTION] Headline and chart
// [SECTION] Show the work
// [SECTION] The note vs the model
// [SECTION] All figures
// [SECTION] AWS and Amazon
// [SECTION] Sections
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/explain.h"
#include "core/messages.h"
#include "core/presets.h"
#include "core/reported.h"
#include "core/results.h"
#include "ui/charts.h"
#include "ui/panel_context.h"

namespace awscalc::ui {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] Headline and chart

// The chosen year's figure (the link's yr; the last year unless chosen) beside the note's.
void DrawHeadline(PanelContext& f) {
  const Projection& p = f.projection();
  const YearProjection& last = p.years[f.session().ChosenYearIndex()];
  if (!f.narrow) Heading(f.widgets, T("Results"));
  char label[96];
  std::snprintf(label, sizeof label, T("%s in %d"), Label(*FindResult("awsFromAnthropic")),
                last.year);
  TextLine(f.fonts.small, f.palette.text_muted, label);
  BoldTextWrapped(f.fonts.figure, f.palette.accent, Money(last.aws_from_anthropic_busd).c_str());
  RecordRect(&f.layout, "headline", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (const std::string note = HeadlineNote(last); !note.empty()) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8.0f);
    TextLine(nullptr, f.palette.reported, note.c_str());
  }
  // The sentence's height is the widest figures' (its words are the same whatever the
  // values): the sliders below never move while a reader changes them.
  Projection widest = p;
  YearProjection& end = widest.years[p.horizon_years - 1];
  end.cumulative_aws_from_anthropic_busd = 888.88;
  if (end.reported_difference_busd) end.reported_difference_busd = 888.88;
  const float top = ImGui::GetCursorScreenPos().y;
  const float reserved = ImGui::CalcTextSize(TotalSentence(widest).c_str(), nullptr, false,
                                             ImGui::GetContentRegionAvail().x)
                             .y;
  TextWrappedColored(nullptr, f.palette.text, TotalSentence(p).c_str());
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float bottom = top + reserved + spacing;
  if (ImGui::GetCursorScreenPos().y < bottom) {
    ImGui::Dummy(ImVec2(0, bottom - ImGui::GetCursorScreenPos().y - spacing));
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] Show the work

void DrawMath(PanelContext& f) {
  const Projection& p = f.projection();
  f.state.work_year_index = std::clamp(f.state.work_year_index, 0, p.horizon_years - 1);
  ChoiceButtons(f.widgets, "year", T("Year"), kYearLabels, kYearLabels, p.horizon_years,
                &f.state.work_year_index);
  const YearProjection& y = p.years[f.state.work_year_index];
  // The formula with the year's numbers: "$19B × (1 − 60%) × 75% = $5.70B".
  const ShortText revenue = MoneyCompact(y.anthropic_revenue_busd);
  const ShortText margin = PercentCompact(y.gross_margin_pct);
  const ShortText share = PercentCompact(y.aws_share_pct);
  const ShortText result = Money(y.aws_from_anthropic_busd);
  char training[64] = "";
  if (y.training_busd != 0.0) {
    std::snprintf(training, sizeof training, " + %s", MoneyCompact(y.training_busd).c_str());
  }
  BoldTextWrappedF(f.fonts.heading, f.palette.text, "%s %s (1 %s %s) %s %s%s = %s", revenue.c_str(),
                   kTimes, kMinus, margin.c_str(), kTimes, share.c_str(), training, result.c_str());
  TextWrappedF(nullptr, f.palette.text,
               T("Anthropic's revenue, %s, times (1 %s its %s gross margin) gives %s of cost of "
                 "revenue: what it spends to serve its models. %s of that goes to AWS: %s."),
               revenue.c_str(), kMinus, margin.c_str(), Money(y.cost_of_revenue_busd).c_str(),
               share.c_str(), Money(y.aws_inference_busd).c_str());
  if (y.training_busd != 0.0) {
    TextWrappedF(nullptr, f.palette.text, T("Training work adds %s, for %s in all."),
                 Money(y.training_busd).c_str(), result.c_str());
  }
  if (y.year > kLastNoteYear) {
    TextWrappedF(f.fonts.small, f.palette.text_muted,
                 T("%d is beyond the note: its revenue comes from the calculator's extension "
                   "unless you set it."),
                 y.year);
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] The note vs the model

void DrawNoteVsModel(PanelContext& f) {
  const Projection& p = f.projection();
  const int note_years = std::min(p.horizon_years, kNoteYears);
  TextGrid grid(f.widgets, {0.8f, 1.0f, 1.0f, 1.1f, 1.3f});
  grid.Header({T("Year"), T("The note"), T("Model"), T("Difference"), T("Revenue needed")});
  const ResultInfo* columns[] = {FindResult("reported"), FindResult("awsFromAnthropic"),
                                 FindResult("reportedDifference"), FindResult("impliedRevenue")};
  for (int i = 0; i < note_years; ++i) {
    grid.Cell(kYearLabels[i]);
    for (const ResultInfo* column : columns) {
      grid.Cell(ResultCell(*column, p, i).c_str(), column == columns[0] ? f.palette.reported : 0);
    }
  }
  ImGui::Spacing();
  TextWrappedColored(nullptr, f.palette.text, NoteMethodSentence().c_str());
  const Preset* matched = FindPreset("matched");
  ImGui::BeginDisabled(f.assumptions() == matched->assumptions);
  if (PushButton(f.widgets, "use-implied", T("Use the revenue the note's figures imply"))) {
    f.assumptions() = matched->assumptions;
    f.Edited();
  }
  ImGui::EndDisabled();
}

// -----------------------------------------------------------------------------------
// [SECTION] All figures: the results table's rows for people

bool InTables(const ResultInfo& info) {
  return (info.doors & kInTables) != 0 && info.per_year;
}

void DrawAllFigures(PanelContext& f) {
  const Projection& p = f.projection();
  if (f.narrow) {
    // One year at a time: two columns fit any phone.
    ChoiceButtons(f.widgets, "year", T("Year"), kYearLabels, kYearLabels, p.horizon_years,
                  &f.state.figures_year_index);
    f.state.figures_year_index = std::clamp(f.state.figures_year_index, 0, p.horizon_years - 1);
    TextGrid grid(f.widgets, {1.7f, 1.0f});
    for (const ResultInfo& info : AllResults()) {
      if (!InTables(info)) continue;
      grid.Cell(Label(info));
      grid.Cell(ResultCell(info, p, f.state.figures_year_index).c_str());
    }
    return;
  }
  // Years as columns: the first column twice as wide for the labels.
  const float weights[kMaxYears + 1] = {2.2f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f};
  TextGrid grid(f.widgets, std::span<const float>(weights, p.horizon_years + 1));
  const char* titles[kMaxYears + 1] = {""};
  std::copy(kYearLabels, kYearLabels + p.horizon_years, titles + 1);
  grid.Header(std::span<const char* const>(titles, p.horizon_years + 1));
  for (const ResultInfo& info : AllResults()) {
    if (!InTables(info)) continue;
    grid.Cell(Label(info));
    for (int i = 0; i < p.horizon_years; ++i) grid.Cell(ResultCell(info, p, i).c_str());
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] AWS and Amazon

void DrawAwsAndAmazon(PanelContext& f) {
  const Projection& p = f.projection();
  const Assumptions& a = f.assumptions();
  const YearProjection& last = p.years[p.horizon_years - 1];
  const ImU32 text = f.palette.text;
  TextWrappedF(nullptr, text,
               T("In %d AWS would take in %s: %s from everyone else (growing %s a year from "
                 "%d's %s) and %s from Anthropic, %s of the total."),
               last.year, Money(last.aws_total_busd).c_str(),
               Money(last.aws_excluding_anthropic_busd).c_str(),
               PercentCompact(a.aws_growth_pct).c_str(), kFirstYear - 1,
               Money(a.aws_base_2024_busd, 1).c_str(), Money(last.aws_from_anthropic_busd).c_str(),
               Percent(last.anthropic_share_of_aws_pct, 2).c_str());
  if (p.horizon_years > 1) {
    // "Anthropic adds +1.41 pts to AWS's growth in 2026, +1.78 pts in 2027 and ..."
    char growth[320];
    int length =
        std::snprintf(growth, sizeof growth, T("Anthropic adds %s to AWS's growth in %d"),
                      Points(*p.years[1].growth_contribution_pts).c_str(), p.years[1].year);
    for (int i = 2; i < p.horizon_years; ++i) {
      length += std::snprintf(growth + length, sizeof growth - length, T("%s%s in %d"),
                              i + 1 == p.horizon_years ? T(" and ") : ", ",
                              Points(*p.years[i].growth_contribution_pts).c_str(), p.years[i].year);
    }
    TextWrappedF(nullptr, text, "%s.", growth);
  }
  for (const std::string& sentence :
       {OperatingProfitSentence(a, p), PaybackSentence(a, p), StakeSentence(a, p)}) {
    TextWrappedF(nullptr, text, "%s", sentence.c_str());
  }
  for (const std::string& sentence : AwsAndAmazonReported(p)) {
    TextWrappedF(nullptr, text, "%s", sentence.c_str());
  }
  TextWrappedF(f.fonts.small, f.palette.text_muted,
               T("A simplification: AWS's %d sales are treated as excluding Anthropic."),
               kFirstYear - 1);
}

// -----------------------------------------------------------------------------------
// [SECTION] Sections

void DrawSection(PanelContext& f, Tab section) {
  switch (section) {
    case Tab::kWork:
      DrawMath(f);
      break;
    case Tab::kNote:
      DrawNoteVsModel(f);
      break;
    case Tab::kFigures:
      DrawAllFigures(f);
      break;
    case Tab::kAws:
      DrawAwsAndAmazon(f);
      break;
    case Tab::kRange:
      DrawRangeOfOutcomes(f);
      break;
    case Tab::kDrivers:
      DrawWhatMattersMost(f);
      break;
    case Tab::kGoal:
      DrawWhatItWouldTake(f);
      break;
    case Tab::kCompare:
      DrawScenarios(f);
      break;
    case Tab::kSince:
      DrawSinceTheNote(f);
      break;
  }
}

constexpr std::array<const char*, kTabCount> kTabTitles = TabColumn<&TabInfo::title>();
constexpr std::array<const char*, kTabCount> kTabLinkNames = TabColumn<&TabInfo::link_name>();

}  // namespace

void DrawResultsTop(PanelContext& f) {
  DrawHeadline(f);
  f.chart_rect = RevenueChart(f.projection(), f.fonts, f.palette,
                              f.narrow ? kRevenueChartHeight.narrow : kRevenueChartHeight.wide);
  RecordImage(f.widgets, "chart", f.chart_rect.Min, f.chart_rect.Max,
              RevenueChartText(f.projection()).c_str());
}

void DrawResultSections(PanelContext& f) {
  // One section at a time, chosen with a row of buttons; the link keeps it ("tab=").
  int& tab = f.link().view.tab;
  tab = std::clamp(tab, 0, kTabCount - 1);
  // On a phone, one control (the page's native select) rather than rows of tabs.
  if (f.narrow) Heading(f.widgets, T("More on these figures"));
  std::array<const char*, kTabCount> titles;
  for (int i = 0; i < kTabCount; ++i) titles[i] = T(kTabTitles[i]);
  const bool changed = f.narrow
                           ? ChoiceSelect(f.widgets, "tab", T("Result sections"), titles.data(),
                                          kTabLinkNames.data(), kTabCount, &tab)
                           : ChoiceButtons(f.widgets, "tab", T("Result sections"), titles.data(),
                                           kTabLinkNames.data(), kTabCount, &tab, Role::kTab);
  if (changed) f.changed = true;
  ImGui::Spacing();
  const int panel = BeginPanel(f.widgets, "tab", titles[tab]);
  DrawSection(f, static_cast<Tab>(tab));
  EndPanel(f.widgets, panel);
}

}  // namespace awscalc::ui
