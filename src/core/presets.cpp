// presets.cpp: see presets.h.
#include "core/presets.h"

#include <array>
#include <string_view>

#include "core/format.h"
#include "core/messages.h"
#include "core/reported.h"

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

// The note's assumptions with each year's revenue and gross margin as reported, where
// they were; the description names each reported figure with its source and date, and
// what stays the note's.
Preset AsReported() {
  Preset preset{"reported",
                MarkT("As reported since the note"),
                MarkT("As reported"),
                "",
                PresetOrigin::kReported,
                DefaultAssumptions()};
  Assumptions& a = preset.assumptions;
  std::string reported;
  std::string kept;
  for (int i = 0; i < a.horizon_years; ++i) {
    for (const InputId id : {InputId::kRevenue, InputId::kGrossMargin}) {
      const InputInfo& info = Info(id);
      double& value = (a.*info.years)[i];
      const char* what = id == InputId::kRevenue ? "revenue" : "gross margin";
      const ReportedFact* f = ReportedBeside(id, i);
      if (f != nullptr && f->unit == info.unit) {
        value = f->value;
        reported +=
            StringPrintf("%s%d %s %s (%s, %s)", reported.empty() ? "" : "; ", kFirstYear + i, what,
                         ReportedValueText(*f).c_str(), f->source, f->reported_on);
      } else {
        kept += StringPrintf("%s%d %s %s", kept.empty() ? "" : ", ", kFirstYear + i, what,
                             Format(value, info.unit, {kShortest, true}).c_str());
      }
    }
  }
  Normalize(a);
  preset.description = StringPrintf("Reported since the note: %s. Not reported, so the note's: %s.",
                                    reported.empty() ? "nothing" : reported.c_str(), kept.c_str());
  return preset;
}

// Anthropic's own revenue projections as reported in November 2025, for the note's years;
// every other assumption the note's.
Preset Projections() {
  Preset preset{"projections",
                MarkT("Anthropic's projections (Nov 2025)"),
                MarkT("Anthropic's projections"),
                "",
                PresetOrigin::kReported,
                DefaultAssumptions()};
  Assumptions& a = preset.assumptions;
  std::string figures;
  const ReportedFact* last = nullptr;
  for (int i = 0; i < a.horizon_years; ++i) {
    if (const ReportedFact* f = FindReportedById(StringPrintf("projection-%d", kFirstYear + i))) {
      a.revenue_busd[i] = f->value;
      figures += StringPrintf("%s%s", figures.empty() ? "" : ", ", ReportedValueText(*f).c_str());
      last = f;
    }
  }
  Normalize(a);
  preset.description = StringPrintf(
      "Anthropic's own revenue projections for %s, %s (%s, %s); the note's %s margin and %s on "
      "AWS.",
      YearSpan(kFirstYear, kLastNoteYear).c_str(), figures.c_str(),
      last != nullptr ? last->source : "not reported", last != nullptr ? last->reported_on : "",
      Format(a.gross_margin_pct[0], Unit::kPercent, {kShortest, true}).c_str(),
      Format(a.aws_share_pct[0], Unit::kPercent, {kShortest, true}).c_str());
  return preset;
}

const std::array<Preset, 6>& AllPresets() {
  static const std::array<Preset, 6> presets = {{
      {"note", MarkT("The note, as reported"), MarkT("The note"),
       MarkT("Morgan Stanley's assumptions as Business Insider reported them: revenue $4B, $10B, "
             "$19B; 60% gross margin; 75% of costs on AWS."),
       PresetOrigin::kNote, DefaultAssumptions()},
      {"matched", MarkT("Matched to the note's AWS figures"), MarkT("Matched to its AWS figures"),
       MarkT("Revenue of $4.267B and $18.667B instead of the rounded $4B and $19B reproduces the "
             "note's $1.28B and $5.6B exactly."),
       PresetOrigin::kNote, Matched()},
      AsReported(),
      Projections(),
      {"bear", MarkT("Bear case (the calculator's illustration)"), MarkT("Bear (illustrative)"),
       MarkT("Not from the note: slower growth to $11B, 65% margin, 60% of costs on AWS."),
       PresetOrigin::kIllustration, Bear()},
      {"bull", MarkT("Bull case (the calculator's illustration)"), MarkT("Bull (illustrative)"),
       MarkT("Not from the note: growth to $28B, 55% margin, 85% of costs on AWS, plus training."),
       PresetOrigin::kIllustration, Bull()},
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
