// scenarios_test.cpp: kept scenarios, their default names, name checks, projections.
#include "core/scenarios.h"

#include <gtest/gtest.h>

namespace awscalc {
namespace {

TEST(Scenarios, PresetsAndDefaultNames) {
  const Preset& bear = *FindPreset("bear");
  const Scenario scenario = ScenarioFromPreset(bear);
  EXPECT_EQ(scenario.name, bear.name);
  EXPECT_EQ(scenario.assumptions, bear.assumptions);
  EXPECT_EQ(MatchingPreset(bear.assumptions), &bear);
  EXPECT_EQ(MatchingPreset(DefaultAssumptions()), FindPreset("note"));
  Assumptions changed = bear.assumptions;
  changed.aws_growth_pct = 16;
  EXPECT_EQ(MatchingPreset(changed), nullptr);
  EXPECT_EQ(DefaultScenarioName(2, bear.assumptions, bear), bear.name);
  EXPECT_EQ(DefaultScenarioName(2, changed, bear), "Scenario 2");
}

TEST(Scenarios, NameChecks) {
  EXPECT_EQ(ScenarioNameProblem("Cheap chips"), nullptr);
  EXPECT_EQ(ScenarioNameProblem("B\xC3\xA4r case \xF0\x9F\x90\xBB"), nullptr);  // "Bär case 🐻"
  EXPECT_EQ(ScenarioNameProblem(std::string(60, 'x')), nullptr);
  std::string sixty_umlauts;
  for (int i = 0; i < 60; ++i) sixty_umlauts += "\xC3\xA4";
  EXPECT_EQ(ScenarioNameProblem(sixty_umlauts), nullptr);  // characters, not bytes
  EXPECT_STREQ(ScenarioNameProblem(""), "is empty");
  EXPECT_STREQ(ScenarioNameProblem(std::string(61, 'x')), "is longer than 60 characters");
  for (const Preset& preset : Presets()) EXPECT_EQ(ScenarioNameProblem(preset.name), nullptr);
  for (const char* bad : {"\xFF", "a\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
    EXPECT_STREQ(ScenarioNameProblem(bad), "is not valid UTF-8") << bad;
  }
  EXPECT_STREQ(ScenarioNameProblem("a\nb"), "contains control characters");
  EXPECT_STREQ(ScenarioNameProblem("\xC2\x85"), "contains control characters");
  EXPECT_STREQ(ScenarioNameProblem(std::string("a\0b", 3)), "contains control characters");
  // Controls of the text's direction would reverse a legend line or a file's text after
  // the name (U+202E RIGHT-TO-LEFT OVERRIDE and its kin).
  for (const char* bidi :
       {"\xE2\x80\xAE"
        "abc",
        "a\xE2\x80\xAA", "\xE2\x81\xA6x\xE2\x81\xA9", "\xE2\x80\x8F", "\xD8\x9C"}) {
    EXPECT_STREQ(ScenarioNameProblem(bidi), "contains a control of the text's direction") << bidi;
  }
  // Right-to-left letters themselves are names like any other.
  EXPECT_EQ(ScenarioNameProblem("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"), nullptr);  // Hebrew
}

TEST(Scenarios, ProjectedInSlotOrder) {
  Scenarios scenarios;
  scenarios[2] = ScenarioFromPreset(*FindPreset("bull"));
  scenarios[0] = Scenario{"Mine", DefaultAssumptions()};
  scenarios[0]->assumptions.gross_margin_pct.fill(50);
  const std::vector<ScenarioProjection> projected = ProjectScenarios(scenarios);
  ASSERT_EQ(projected.size(), 2u);
  EXPECT_EQ(projected[0].slot, 1);
  EXPECT_EQ(projected[0].name, "Mine");
  EXPECT_DOUBLE_EQ(projected[0].projection.years[2].aws_from_anthropic_busd, 19 * 0.5 * 0.75);
  EXPECT_EQ(projected[1].slot, 3);
  EXPECT_EQ(projected[1].projection.years[2].aws_from_anthropic_busd,
            Project(FindPreset("bull")->assumptions).years[2].aws_from_anthropic_busd);
  EXPECT_TRUE(ProjectScenarios(Scenarios{}).empty());
}

}  // namespace
}  // namespace awscalc
