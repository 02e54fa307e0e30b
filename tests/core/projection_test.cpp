// projection_test.cpp: the article's figures and every output's formula on hand-checked
// cases.
#include "core/projection.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/decimal.h"
#include "core/presets.h"

namespace awscalc {
namespace {

std::string Cents(double busd) {
  return FormatFixed(busd, 2);
}

TEST(Projection, TheNoteAsReportedGives120_300_570) {
  const Projection p = Project(DefaultAssumptions());
  ASSERT_EQ(p.horizon_years, 3);
  EXPECT_EQ(p.years[0].year, 2025);
  EXPECT_EQ(p.years[2].year, 2027);
  EXPECT_EQ(Cents(p.years[0].aws_from_anthropic_busd), "1.20");
  EXPECT_EQ(Cents(p.years[1].aws_from_anthropic_busd), "3.00");
  EXPECT_EQ(Cents(p.years[2].aws_from_anthropic_busd), "5.70");
}

TEST(Projection, ReportedVersusModelAndImpliedRevenue) {
  const Projection p = Project(DefaultAssumptions());
  EXPECT_EQ(*p.years[0].reported_busd, 1.28);
  EXPECT_FALSE(p.years[0].reported_approximate);
  EXPECT_EQ(*p.years[1].reported_busd, 3.0);
  EXPECT_TRUE(p.years[1].reported_approximate);
  EXPECT_EQ(Cents(*p.years[0].reported_difference_busd), "-0.08");
  EXPECT_EQ(Cents(*p.years[2].reported_difference_busd), "0.10");
  // The note's figures imply revenue of $4.27B and $18.67B at 60% margin, 75% share.
  EXPECT_EQ(Cents(*p.years[0].implied_revenue_busd), "4.27");
  EXPECT_EQ(Cents(*p.years[1].implied_revenue_busd), "10.00");
  EXPECT_EQ(Cents(*p.years[2].implied_revenue_busd), "18.67");
}

TEST(Projection, MatchedPresetGives128_300_560) {
  const Projection p = Project(FindPreset("matched")->assumptions);
  EXPECT_EQ(Cents(p.years[0].aws_from_anthropic_busd), "1.28");
  EXPECT_EQ(Cents(p.years[1].aws_from_anthropic_busd), "3.00");
  EXPECT_EQ(Cents(p.years[2].aws_from_anthropic_busd), "5.60");
}

// Round inputs whose outputs are exact in binary, so every formula is checked with ==.
Assumptions HandChecked() {
  Assumptions a = DefaultAssumptions();
  a.horizon_years = 2;
  a.revenue_busd = {10, 20, 0, 0, 0, 0};
  a.gross_margin_pct = {50, 75, 0, 0, 0, 0};
  a.aws_share_pct = {50, 100, 0, 0, 0, 0};
  a.training_busd = {1, 0.5, 0, 0, 0, 0};
  a.aws_base_2024_busd = 100;
  a.aws_growth_pct = 25;
  a.aws_operating_margin_pct = 50;
  a.investment_busd = 4;
  a.stake_value_busd = 10;
  Normalize(a);
  return a;
}

TEST(Projection, EveryFormulaOnAHandCheckedCase) {
  const Projection p = Project(HandChecked());
  const YearProjection& y0 = p.years[0];
  const YearProjection& y1 = p.years[1];
  // C = R x (1 - GM): 10 x 0.5 = 5; 20 x 0.25 = 5
  EXPECT_EQ(y0.cost_of_revenue_busd, 5.0);
  EXPECT_EQ(y1.cost_of_revenue_busd, 5.0);
  // C x S: 2.5; 5
  EXPECT_EQ(y0.aws_inference_busd, 2.5);
  EXPECT_EQ(y1.aws_inference_busd, 5.0);
  // A = C x S + T: 3.5; 5.5
  EXPECT_EQ(y0.aws_from_anthropic_busd, 3.5);
  EXPECT_EQ(y1.aws_from_anthropic_busd, 5.5);
  // excluding = 100 x 1.25^(year - 2024): 125; 156.25
  EXPECT_EQ(y0.aws_excluding_anthropic_busd, 125.0);
  EXPECT_EQ(y1.aws_excluding_anthropic_busd, 156.25);
  EXPECT_EQ(y0.aws_total_busd, 128.5);
  EXPECT_EQ(y1.aws_total_busd, 161.75);
  EXPECT_DOUBLE_EQ(y0.anthropic_share_of_aws_pct, 3.5 / 128.5 * 100);
  EXPECT_DOUBLE_EQ(y1.anthropic_share_of_aws_pct, 5.5 / 161.75 * 100);
  // Growth contribution: none in the first year; (5.5 - 3.5) / 128.5 in points.
  EXPECT_FALSE(y0.growth_contribution_pts.has_value());
  EXPECT_DOUBLE_EQ(*y1.growth_contribution_pts, 2.0 / 128.5 * 100);
  EXPECT_EQ(y0.cumulative_aws_from_anthropic_busd, 3.5);
  EXPECT_EQ(y1.cumulative_aws_from_anthropic_busd, 9.0);
  // Operating profit at 50%: 1.75, then 4.5 cumulative; the $4B investment is
  // covered in 2026.
  EXPECT_EQ(y0.cumulative_operating_profit_busd, 1.75);
  EXPECT_EQ(y1.cumulative_operating_profit_busd, 4.5);
  EXPECT_EQ(p.payback_year, 2026);
  EXPECT_EQ(p.stake_gain_busd, 6.0);
  EXPECT_EQ(*p.stake_multiple, 2.5);
  // Implied revenue: (1.28 - 1) / (0.5 x 0.5); (3 - 0.5) / (0.25 x 1)
  EXPECT_DOUBLE_EQ(*y0.implied_revenue_busd, 0.28 / 0.25);
  EXPECT_DOUBLE_EQ(*y1.implied_revenue_busd, 10.0);
}

TEST(Projection, PaybackFoundInTheFirstYearWhenTheProfitEqualsTheInvestment) {
  Assumptions a = HandChecked();
  a.investment_busd = 1.75;
  EXPECT_EQ(Project(a).payback_year, 2025);
}

TEST(Projection, PaybackNotWithinTheHorizon) {
  const Projection p = Project(DefaultAssumptions());
  // 9.9 x 37% = 3.66 < 8
  EXPECT_FALSE(p.payback_year.has_value());
  EXPECT_EQ(Cents(p.years[2].cumulative_operating_profit_busd), "3.66");
}

TEST(Projection, StakeFromTheArticle) {
  const Projection p = Project(DefaultAssumptions());
  EXPECT_EQ(Cents(p.stake_gain_busd), "5.80");
  EXPECT_EQ(Cents(*p.stake_multiple), "1.73");
}

TEST(Projection, NothingInvestedHasNoMultipleAndPaysBackAtOnce) {
  Assumptions a = DefaultAssumptions();
  a.investment_busd = 0;
  const Projection p = Project(a);
  EXPECT_FALSE(p.stake_multiple.has_value());
  EXPECT_EQ(p.payback_year, 2025);
}

TEST(Projection, NoImpliedRevenueWhenNoRevenueReachesAws) {
  Assumptions a = DefaultAssumptions();
  a.gross_margin_pct.fill(100);
  const Projection p = Project(a);
  EXPECT_FALSE(p.years[0].implied_revenue_busd.has_value());
  EXPECT_EQ(p.years[0].aws_from_anthropic_busd, 0.0);
}

TEST(Projection, ExtensionYearsHaveNoReportedFigure) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, 6);
  const Projection p = Project(a);
  EXPECT_EQ(p.years[5].year, 2030);
  EXPECT_FALSE(p.years[3].reported_busd.has_value());
  EXPECT_FALSE(p.years[3].implied_revenue_busd.has_value());
  EXPECT_DOUBLE_EQ(p.years[3].aws_from_anthropic_busd, 29.26 * 0.4 * 0.75);
}

TEST(Projection, ExtremeButValidInputsStayFinite) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, 6);
  a.revenue_busd.fill(1000);
  a.gross_margin_pct.fill(-100);
  a.training_busd.fill(1000);
  a.aws_base_2024_busd = 1;
  a.aws_growth_pct = -50;
  ASSERT_TRUE(Validate(a).empty());
  const Projection p = Project(a);
  for (int y = 0; y < p.horizon_years; ++y) {
    EXPECT_TRUE(std::isfinite(p.years[y].anthropic_share_of_aws_pct));
    EXPECT_LT(p.years[y].anthropic_share_of_aws_pct, 100.0);
  }
}

}  // namespace
}  // namespace awscalc
