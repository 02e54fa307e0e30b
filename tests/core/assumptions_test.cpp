// assumptions_test.cpp: defaults, ranges, validation, horizon and the revenue views; the
// one table of inputs, which the link codec and the sliders read.
#include "core/assumptions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/decimal.h"
#include "core/share_link.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

TEST(Assumptions, DefaultsAreTheNote) {
  const Assumptions a = DefaultAssumptions();
  EXPECT_EQ(a.horizon_years, 3);
  EXPECT_EQ(a.revenue_busd[0], 4.0);
  EXPECT_EQ(a.revenue_busd[1], 10.0);
  EXPECT_EQ(a.revenue_busd[2], 19.0);
  for (int y = 0; y < kMaxYears; ++y) {
    EXPECT_EQ(a.gross_margin_pct[y], 60.0);
    EXPECT_EQ(a.aws_share_pct[y], 75.0);
    EXPECT_EQ(a.training_busd[y], 0.0);
  }
  EXPECT_EQ(a.aws_base_2024_busd, 107.556);
  EXPECT_EQ(a.aws_growth_pct, 17.5);
  EXPECT_EQ(a.aws_operating_margin_pct, 37.0);
  EXPECT_EQ(a.investment_busd, 8.0);
  EXPECT_EQ(a.stake_value_busd, 13.8);
  EXPECT_TRUE(Validate(a).empty());
}

TEST(Assumptions, EveryInputHasRangeUnitAndSource) {
  for (const InputInfo& info : AllInputs()) {
    EXPECT_LT(info.min_value, info.max_value) << info.label;
    EXPECT_GT(std::string(info.source).size(), 10u) << info.label;
    EXPECT_STRNE(UnitSymbol(info.unit), "");
    if (info.id != InputId::kRevenueGrowth) {
      EXPECT_STRNE(info.link_key, "") << info.label;
      const double d = DefaultValue(info.id, 0);
      EXPECT_GE(d, info.min_value) << info.label;
      EXPECT_LE(d, info.max_value) << info.label;
    }
  }
  EXPECT_EQ(Info(InputId::kAwsShare).max_value, 100.0);
  EXPECT_EQ(Info(InputId::kGrossMargin).min_value, -100.0);
}

// Years after 2027: growth is the previous year's times 0.6, revenue to the nearest $1M.
TEST(Assumptions, ExtensionYearsFollowTheDecayRule) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, 6);
  EXPECT_EQ(a.horizon_years, 6);
  EXPECT_EQ(a.revenue_busd[3], 29.26);   // 19 x (1 + 0.9 x 0.6)
  EXPECT_EQ(a.revenue_busd[4], 38.74);   // 29.26 x (1 + 0.54 x 0.6) = 38.740...
  EXPECT_EQ(a.revenue_busd[5], 46.271);  // 38.74 x (1 + 0.324 x 0.6) = 46.2711...
  EXPECT_NEAR(RevenueGrowthPct(a, 3), 54.0, 1e-9);
  EXPECT_NEAR(RevenueGrowthPct(a, 4), 32.4, 0.01);
  EXPECT_EQ(DefaultValue(InputId::kRevenue, 3), 29.26);
  EXPECT_NEAR(DefaultValue(InputId::kRevenueGrowth, 1), 150.0, 1e-12);
  EXPECT_NEAR(DefaultValue(InputId::kRevenueGrowth, 3), 54.0, 1e-12);
  EXPECT_TRUE(std::isnan(DefaultValue(InputId::kRevenueGrowth, 0)));
}

TEST(Assumptions, ExtensionFollowsTheReadersPath) {
  Assumptions a = DefaultAssumptions();
  a.revenue_busd[1] = 8.0;
  a.revenue_busd[2] = 12.0;  // growth 50% in 2027
  SetHorizon(a, 4);
  EXPECT_EQ(a.revenue_busd[3], 15.6);  // 12 x (1 + 0.5 x 0.6)
  a.gross_margin_pct[3] = 50.0;
  SetHorizon(a, 5);
  EXPECT_EQ(a.gross_margin_pct[4], 50.0);  // new years copy the last year
  SetHorizon(a, 2);
  EXPECT_EQ(a.horizon_years, 2);
  EXPECT_EQ(a.revenue_busd[2], 12.8);  // the tail is the extension of the shown years
  SetHorizon(a, 99);
  EXPECT_EQ(a.horizon_years, 6);
  SetHorizon(a, 0);
  EXPECT_EQ(a.horizon_years, 1);
}

TEST(Assumptions, ShrinkingThenGrowingGivesTheDefaultsBack) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, 1);
  SetHorizon(a, 3);
  EXPECT_EQ(a, DefaultAssumptions());
}

TEST(Assumptions, GrowthAndDollarViewsRoundTrip) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, 6);
  const YearValues growth = RevenueGrowthView(a.revenue_busd, a.horizon_years);
  EXPECT_TRUE(std::isnan(growth[0]));
  EXPECT_DOUBLE_EQ(growth[1], 150.0);
  EXPECT_DOUBLE_EQ(growth[2], 90.0);
  const YearValues back = RevenueFromGrowth(a.revenue_busd[0], growth, a.horizon_years);
  for (int y = 0; y < a.horizon_years; ++y) {
    EXPECT_NEAR(back[y], a.revenue_busd[y], 1e-12 * a.revenue_busd[y]) << y;
  }
}

TEST(Assumptions, SettingGrowthMovesTheRestOfThePath) {
  Assumptions a = DefaultAssumptions();
  ASSERT_TRUE(SetRevenueGrowth(a, 1, 100.0));  // 2026: 4 -> 8
  EXPECT_EQ(a.revenue_busd[1], 8.0);
  EXPECT_EQ(a.revenue_busd[2], 15.2);  // 2027 keeps its 90% growth
  EXPECT_NEAR(RevenueGrowthPct(a, 2), 90.0, 1e-9);
  EXPECT_FALSE(SetRevenueGrowth(a, 0, 10.0));   // the first year has no growth
  EXPECT_FALSE(SetRevenueGrowth(a, 3, 10.0));   // beyond the horizon
  ASSERT_TRUE(SetRevenueGrowth(a, 1, 9999.0));  // clamped to the growth range
  EXPECT_EQ(a.revenue_busd[1], 24.0);           // 4 x (1 + 500%)
  a.revenue_busd[0] = 0.0;
  EXPECT_FALSE(SetRevenueGrowth(a, 1, 10.0));  // growth from zero is undefined
  EXPECT_TRUE(std::isnan(RevenueGrowthPct(a, 1)));
}

TEST(Validate, NamesTheInputTheYearAndTheRange) {
  Assumptions a = DefaultAssumptions();
  a.gross_margin_pct[1] = 140.0;
  a.aws_share_pct[0] = -1.0;
  a.investment_busd = std::nan("");
  const auto issues = Validate(a);
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(
      issues[0].message,
      "Share of Anthropic's costs spent on AWS in 2025 is -1%; it must be between 0% and 100%.");
  EXPECT_EQ(issues[1].id, InputId::kGrossMargin);
  EXPECT_EQ(issues[1].year_index, 1);
  EXPECT_EQ(issues[1].message,
            "Anthropic gross margin in 2026 is 140%; it must be between -100% and 100%.");
  EXPECT_EQ(issues[2].message,
            "Amazon's investment in Anthropic is not a number; it must be between $0B and $1000B.");
}

TEST(Validate, OnlyTheHorizonCounts) {
  Assumptions a = DefaultAssumptions();
  a.gross_margin_pct[5] = 500.0;  // past the horizon: not used
  EXPECT_TRUE(Validate(a).empty());
  a.horizon_years = 7;
  ASSERT_EQ(Validate(a).size(), 1u);
  EXPECT_NE(Validate(a)[0].message.find("horizon"), std::string::npos);
}

TEST(Validate, RangeEdgesAreValid) {
  Assumptions a = DefaultAssumptions();
  a.gross_margin_pct.fill(-100.0);
  a.aws_share_pct.fill(100.0);
  a.revenue_busd[0] = 0.0;
  a.revenue_busd[2] = 1000.0;
  a.aws_base_2024_busd = 1.0;
  a.stake_value_busd = 10000.0;
  EXPECT_TRUE(Validate(a).empty());
}

// Every input with a link key round-trips through the link: a value off its default
// appears under its key and reads back to the same state.
TEST(InputTable, TheLinkCodecReadsAndWritesEveryKey) {
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kDerived) continue;
    const double value = info.min_value + (info.max_value - info.min_value) * 0.25;
    const std::string link = "v=1&" + std::string(info.link_key) + "=" + FormatShortest(value);
    const ParsedLink parsed = ParseLink(link);
    EXPECT_TRUE(parsed.problems.empty()) << link;
    EXPECT_EQ(InputValue(parsed.state.assumptions, info, 0), value) << link;
    EXPECT_THAT(CanonicalLink(parsed.state), HasSubstr(std::string("&") + info.link_key + "="))
        << link;
    EXPECT_EQ(ParseLink(CanonicalLink(parsed.state)).state, parsed.state) << link;
    EXPECT_EQ(FindInput(info.link_key), &info);
  }
}

TEST(InputTable, ReferencesAndSlidersComeFromTheTable) {
  EXPECT_EQ(ReferenceText(Info(InputId::kGrossMargin)), "note: 60%");
  EXPECT_EQ(ReferenceText(Info(InputId::kRevenue)), "note: $4B, $10B, $19B");
  EXPECT_EQ(ReferenceText(Info(InputId::kAwsBase)), "10-K: $107.6B");
  EXPECT_EQ(ReferenceText(Info(InputId::kAwsGrowth)),
            "article: 16\xE2\x80\x93"
            "19%");
  EXPECT_EQ(ReferenceText(Info(InputId::kTraining)), "note: more, amount not given");
  EXPECT_EQ(ReferenceValue(Info(InputId::kRevenue), 2), 19.0);
  EXPECT_TRUE(std::isnan(ReferenceValue(Info(InputId::kRevenue), 3)));  // the extension
  EXPECT_TRUE(std::isnan(ReferenceValue(Info(InputId::kTraining), 0)));
  for (const InputInfo& info : AllInputs()) {
    for (int y = 0; y < kMaxYears; ++y) {
      const Track track = InputTrack(info, y);
      EXPECT_LE(info.min_value, track.min) << info.label;
      EXPECT_LT(track.min, track.max) << info.label;
      EXPECT_LE(track.max, info.max_value) << info.label;
    }
    EXPECT_GT(info.step, 0.0) << info.label;
  }
  // Revenue's track follows each year: about twice the note's figure.
  EXPECT_EQ(InputTrack(Info(InputId::kRevenue), 0).max, 8.0);
  EXPECT_EQ(InputTrack(Info(InputId::kRevenue), 1).max, 20.0);
  EXPECT_EQ(InputTrack(Info(InputId::kRevenue), 2).max, 40.0);
  EXPECT_EQ(InputTrack(Info(InputId::kGrossMargin), 0).max, 90.0);
}

// One input back at its default, the others untouched, in every year projected.
TEST(Assumptions, ResetInputPutsBackOneInput) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, 5);
  a.revenue_busd[1] = 30;
  a.gross_margin_pct = {40, 45, 50, 55, 60, 65};
  a.aws_growth_pct = 20;
  EXPECT_FALSE(InputAtDefault(a, Info(InputId::kGrossMargin)));
  ResetInput(a, Info(InputId::kGrossMargin));
  EXPECT_TRUE(InputAtDefault(a, Info(InputId::kGrossMargin)));
  for (int i = 0; i < a.horizon_years; ++i) EXPECT_EQ(a.gross_margin_pct[i], 60.0) << i;
  EXPECT_EQ(a.revenue_busd[1], 30.0);  // untouched
  EXPECT_EQ(a.aws_growth_pct, 20.0);
  ResetInput(a, Info(InputId::kRevenue));
  for (int i = 0; i < a.horizon_years; ++i)
    EXPECT_EQ(a.revenue_busd[i], DefaultValue(InputId::kRevenue, i));
  ResetInput(a, Info(InputId::kAwsGrowth));
  EXPECT_EQ(a.aws_growth_pct, 17.5);
  EXPECT_EQ(a.horizon_years, 5);  // the years projected stay the reader's
}

}  // namespace
}  // namespace awscalc
