// presets_test.cpp: every preset is valid, labelled, and the note's ones come first; the
// reported ones take their figures from the reported facts' table and name their sources.
#include "core/presets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/reported.h"
#include "core/share_link.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

TEST(Presets, AreValidAndLabelled) {
  ASSERT_EQ(Presets().size(), 6u);
  for (const Preset& preset : Presets()) {
    EXPECT_TRUE(Validate(preset.assumptions).empty()) << preset.id;
    const std::string name = preset.name;
    if (preset.origin == PresetOrigin::kIllustration) {
      EXPECT_NE(name.find("calculator's"), std::string::npos) << name;
      EXPECT_NE(preset.description.find("Not from the note"), std::string::npos);
    }
  }
  EXPECT_EQ(FindPreset("note")->assumptions, DefaultAssumptions());
  EXPECT_EQ(FindPreset("note")->origin, PresetOrigin::kNote);
  EXPECT_EQ(FindPreset("matched")->origin, PresetOrigin::kNote);
  EXPECT_EQ(FindPreset("reported")->origin, PresetOrigin::kReported);
  EXPECT_EQ(FindPreset("projections")->origin, PresetOrigin::kReported);
  EXPECT_EQ(FindPreset("bear")->origin, PresetOrigin::kIllustration);
  EXPECT_EQ(FindPreset("bull")->origin, PresetOrigin::kIllustration);
  EXPECT_EQ(FindPreset("nope"), nullptr);
}

// 2025's revenue and gross margin as reported, the later years the note's, and the
// description says which is which, with each source and date.
TEST(Presets, AsReportedTakesTheReportedFiguresWhereTheyExist) {
  const Preset& preset = *FindPreset("reported");
  const ReportedFact& revenue = *FindReportedById("revenue-2025");
  const ReportedFact& margin = *FindReportedById("margin-2025");
  const Assumptions note = DefaultAssumptions();
  const Assumptions& a = preset.assumptions;
  EXPECT_EQ(a.horizon_years, note.horizon_years);
  EXPECT_EQ(a.revenue_busd[0], revenue.value);
  EXPECT_EQ(a.gross_margin_pct[0], margin.value);
  for (int i = 1; i < note.horizon_years; ++i) {
    EXPECT_EQ(a.revenue_busd[i], note.revenue_busd[i]) << i;
    EXPECT_EQ(a.gross_margin_pct[i], note.gross_margin_pct[i]) << i;
  }
  EXPECT_EQ(a.aws_share_pct, note.aws_share_pct);
  EXPECT_THAT(preset.description, HasSubstr(std::string("2025 revenue $4.59B (") + revenue.source +
                                            ", " + revenue.reported_on + ")"));
  EXPECT_THAT(preset.description, HasSubstr(std::string("2025 gross margin about 40% (") +
                                            margin.source + ", " + margin.reported_on + ")"));
  EXPECT_THAT(preset.description,
              HasSubstr("Not reported, so the note's: 2026 revenue $10B, 2026 gross margin 60%"));
}

// The November 2025 projections, by id (a revised projection of 2026 came later: not
// this preset's), and the note's other assumptions.
TEST(Presets, AnthropicsProjectionsAreTheNovember2025Ones) {
  const Preset& preset = *FindPreset("projections");
  const Assumptions& a = preset.assumptions;
  EXPECT_EQ(a.revenue_busd[0], FindReportedById("projection-2025")->value);
  EXPECT_EQ(a.revenue_busd[1], FindReportedById("projection-2026")->value);
  EXPECT_EQ(a.revenue_busd[2], FindReportedById("projection-2027")->value);
  EXPECT_EQ(a.revenue_busd[1], 15.2);
  EXPECT_EQ(a.gross_margin_pct, DefaultAssumptions().gross_margin_pct);
  EXPECT_THAT(preset.description, HasSubstr("$4.7B, $15.2B, $38.9B (The Information, 2025-11-09)"));
}

TEST(Presets, MatchedUsesTheImpliedRevenue) {
  const Assumptions& a = FindPreset("matched")->assumptions;
  EXPECT_EQ(a.revenue_busd[0], 4.267);
  EXPECT_EQ(a.revenue_busd[1], 10.0);
  EXPECT_EQ(a.revenue_busd[2], 18.667);
}

// Shareable like every preset: its link reopens it, as the main assumptions and as a
// kept scenario's base (sN=<id>).
TEST(Presets, ReportedOnesRoundTripThroughLinks) {
  for (const char* id : {"reported", "projections"}) {
    const Preset& preset = *FindPreset(id);
    LinkState state;
    state.assumptions = preset.assumptions;
    const ParsedLink reopened = ParseLink(CanonicalLink(state));
    EXPECT_TRUE(reopened.problems.empty()) << id;
    EXPECT_EQ(reopened.state.assumptions, preset.assumptions) << CanonicalLink(state);

    const ParsedLink scenario = ParseLink(std::string("s1=") + id);
    ASSERT_TRUE(scenario.state.scenarios[0]) << id;
    EXPECT_EQ(scenario.state.scenarios[0]->assumptions, preset.assumptions) << id;
    EXPECT_EQ(ParseLink(CanonicalLink(scenario.state)).state.scenarios[0]->assumptions,
              preset.assumptions);
  }
  LinkState reported;
  reported.assumptions = FindPreset("reported")->assumptions;
  EXPECT_EQ(CanonicalLink(reported), "v=1&rev=4.59,10,19&gm=40,60,60");
}

}  // namespace
}  // namespace awscalc
