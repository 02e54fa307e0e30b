// reported_charts_test.cpp: the "Since the note" view's charts (core/reported_charts.cpp)
// draw every fact of their measure from the table, inside their box at a phone's and a
// desktop's widths, and never name a run-rate as a year's revenue.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chart_invariants.h"
#include "core/reported.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::vector<double> FactValues(ReportedMeasure measure) {
  std::vector<double> out;
  for (const ReportedFact& f : ReportedFacts()) {
    if (f.measure == measure) out.push_back(f.value);
  }
  return out;
}

std::vector<const ChartShape*> Shapes(const Chart& chart, ChartPart part) {
  std::vector<const ChartShape*> out;
  for (const ChartShape& s : chart.shapes) {
    if (s.part == part) out.push_back(&s);
  }
  return out;
}

std::vector<std::string> Legend(const Chart& chart) {
  std::vector<std::string> out;
  for (const ChartShape* s : Shapes(chart, ChartPart::kLegendLabel)) out.push_back(s->text.str());
  return out;
}

TEST(ReportedCharts, StayInsideTheirBoxAtEveryWidth) {
  for (const double width : {280.0, 358.0, 640.0, 1100.0}) {
    for (const Chart& chart :
         {BuildRunRateChart(width, 180, ChartFont{}), BuildStakeChart(width, 180, ChartFont{}),
          BuildAwsSalesChart(width, 180, ChartFont{})}) {
      EXPECT_EQ(testing::ChartProblem(chart), "") << chart.title << " at " << width;
    }
  }
}

// Every run-rate is a dot named "Run-rate" in the legend; the note's yearly revenue is a
// level across its year, named as a year's revenue; no words call a run-rate revenue in a
// year.
TEST(ReportedCharts, TheRunRateIsNeverAYearsRevenue) {
  const Chart chart = BuildRunRateChart(640, 200, ChartFont{});
  std::vector<double> dots;
  for (const ChartShape* s : Shapes(chart, ChartPart::kPoint)) {
    EXPECT_EQ(s->colour, ChartColour::kText);
    dots.push_back(s->value);
  }
  EXPECT_EQ(dots, FactValues(ReportedMeasure::kAnthropicRunRate));
  EXPECT_EQ(Legend(chart), (std::vector<std::string>{"Run-rate: annualized, at a date",
                                                     "The note: revenue in a year"}));
  std::vector<double> levels;
  for (const ChartShape* s : Shapes(chart, ChartPart::kSeriesLine)) {
    if (s->kind == ChartShapeKind::kLine) {
      EXPECT_EQ(s->colour, ChartColour::kReported);  // the note's legend entry
      levels.push_back(s->value);
    }
  }
  const Assumptions note = DefaultAssumptions();
  EXPECT_EQ(levels, (std::vector<double>{note.revenue_busd[0], note.revenue_busd[1],
                                         note.revenue_busd[2]}));
  for (const ChartShape& s : chart.shapes) {
    if (s.kind != ChartShapeKind::kText) continue;
    const std::string text = s.text.str();
    if (text.find("un-rate") != std::string::npos) {
      EXPECT_THAT(text, Not(HasSubstr("revenue"))) << text;
    }
  }
  EXPECT_THAT(std::string(chart.title),
              HasSubstr("run-rate at each date (annualized, not a year's revenue)"));
  EXPECT_THAT(RunRateChartText(), HasSubstr("run-rate (annualized revenue at a date, gross; not a "
                                            "year's revenue): about $1B in Jan 2025"));
  EXPECT_THAT(RunRateChartText(), HasSubstr("over $47B in May 2026"));
  EXPECT_THAT(
      RunRateChartText(),
      HasSubstr(
          "the note's revenue for each calendar year: $4B in 2025, $10B in 2026, $19B in 2027."));
}

TEST(ReportedCharts, TheStakeBesideTheArticlesFigure) {
  const Chart chart = BuildStakeChart(358, 180, ChartFont{});
  const std::vector<const ChartShape*> bars = Shapes(chart, ChartPart::kBar);
  std::vector<double> values = {DefaultAssumptions().stake_value_busd};
  for (double v : FactValues(ReportedMeasure::kAmazonStake)) values.push_back(v);
  ASSERT_EQ(bars.size(), values.size());
  for (std::size_t i = 0; i < bars.size(); ++i) {
    EXPECT_EQ(bars[i]->value, values[i]) << i;
    EXPECT_EQ(bars[i]->colour, i == 0 ? ChartColour::kReported : ChartColour::kText) << i;
  }
  EXPECT_EQ(Legend(chart),
            (std::vector<std::string>{"The article (July 2025)", "Amazon's filings"}));
  EXPECT_THAT(StakeChartText(),
              HasSubstr("the article's $13.8B; then $60.6B on 2025-12-31 (Amazon 10-K for 2025)"));
}

TEST(ReportedCharts, AwsSalesByYearThenByQuarter) {
  const Chart chart = BuildAwsSalesChart(358, 180, ChartFont{});
  const std::vector<const ChartShape*> bars = Shapes(chart, ChartPart::kBar);
  EXPECT_EQ(bars.size(), FactValues(ReportedMeasure::kAwsNetSales).size());
  std::vector<std::string> below;
  for (const ChartShape* s : Shapes(chart, ChartPart::kCategoryLabel))
    below.push_back(s->text.str());
  EXPECT_EQ(below, (std::vector<std::string>{"2024", "2025", "2026 Q1", "2026 Q2"}));
  EXPECT_EQ(bars[1]->opacity, 1.0f);  // a year
  EXPECT_EQ(bars[2]->opacity, 0.5f);  // a quarter, lighter, as the legend says
  EXPECT_EQ(Legend(chart), (std::vector<std::string>{"A year", "A quarter"}));
  EXPECT_THAT(AwsSalesChartText(), HasSubstr("$128.725B in 2025, $37.6B in 2026 Q1"));
}

}  // namespace
}  // namespace awscalc
