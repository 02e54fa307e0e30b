// uncertainty_test.cpp: the Monte Carlo run: exact agreement with a plain reference
// implementation, determinism, slicing, the statistics the issue asks for, horizons.
#include "core/uncertainty.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

#include "core/presets.h"
#include "core/session.h"
#include "core/share_link.h"

namespace awscalc {
namespace {

constexpr std::array<YearValues Summary::*, 5> kPercentileFields = {
    &Summary::p5, &Summary::p10, &Summary::p50, &Summary::p90, &Summary::p95};

// Type 7 on a sorted copy: the definition in uncertainty.h, written the plain way.
double SortedPercentile(std::vector<double> values, int percentile) {
  std::sort(values.begin(), values.end());
  const std::size_t scaled = (values.size() - 1) * static_cast<std::size_t>(percentile);
  const std::size_t k = scaled / 100;
  const std::size_t remainder = scaled % 100;
  if (remainder == 0) return values[k];
  return values[k] + (values[k + 1] - values[k]) * (static_cast<double>(remainder) / 100.0);
}

double ShiftedMean(const std::vector<double>& values) {
  double sum = 0;
  for (double x : values) sum += x - values[0];
  return values[0] + sum / static_cast<double>(values.size());
}

// The samples, drawn the plain way: five uniforms per sample in the documented order,
// each input's quantile, the projection's arithmetic. series[kind][year][sample].
std::array<std::vector<std::vector<double>>, 3> ReferenceSamples(const Assumptions& a,
                                                                 const UncertaintySettings& s) {
  const int h = a.horizon_years;
  std::array<std::vector<std::vector<double>>, 3> series;
  for (auto& kind : series) kind.assign(h, std::vector<double>());
  Random random(s.seed);
  for (int i = 0; i < s.samples; ++i) {
    const double u_revenue = random.Uniform();
    const double u_margin = random.Uniform();
    const double u_share = random.Uniform();
    const double u_training = random.Uniform();
    const double u_growth = random.Uniform();
    const double factor = InputDistribution(a, s, UncertainInput::kRevenue, 0).Quantile(u_revenue);
    const double growth = InputDistribution(a, s, UncertainInput::kAwsGrowth, 0).Quantile(u_growth);
    double aws_excluding = a.aws_base_2024_busd;
    double profit = 0;
    for (int y = 0; y < h; ++y) {
      const double margin =
          InputDistribution(a, s, UncertainInput::kGrossMargin, y).Quantile(u_margin);
      const double share = InputDistribution(a, s, UncertainInput::kAwsShare, y).Quantile(u_share);
      const double training =
          InputDistribution(a, s, UncertainInput::kTraining, y).Quantile(u_training);
      const double revenue = std::min(a.revenue_busd[y] * factor, 1000.0);
      const double aws = revenue * (1.0 - margin / 100.0) * (share / 100.0) + training;
      aws_excluding *= 1.0 + growth / 100.0;
      profit += aws * (a.aws_operating_margin_pct / 100.0);
      series[0][y].push_back(aws);
      series[1][y].push_back(profit);
      series[2][y].push_back(aws / (aws_excluding + aws) * 100.0);
    }
  }
  return series;
}

void ExpectSummaryEquals(const Summary& summary, const std::vector<std::vector<double>>& years) {
  for (std::size_t y = 0; y < years.size(); ++y) {
    for (std::size_t p = 0; p < kPercentiles.size(); ++p) {
      EXPECT_EQ((summary.*kPercentileFields[p])[y], SortedPercentile(years[y], kPercentiles[p]))
          << "year " << y << " P" << kPercentiles[p];
    }
    EXPECT_EQ(summary.mean[y], ShiftedMean(years[y])) << "year " << y;
  }
}

Assumptions VariedAssumptions() {
  Assumptions a = FindPreset("bull")->assumptions;
  SetHorizon(a, 6);
  a.gross_margin_pct = {55, 58, 61, 64, 95, 99};  // near the top: ranges clamp at 100
  a.aws_share_pct = {85, 80, 80, 5, 70, 100};
  a.training_busd = {0.5, 1, 2, 2, 0, 3};
  Normalize(a);
  return a;
}

// Subnormal values (a link's revenue of 5e-324): the spread of the samples is too small
// for a bucket's scale (bucket count / spread is infinite). The differential test found
// the bucket index running off the buckets (a crash); every summary is finite now, and
// the histogram has a width.
TEST(MonteCarlo, SubnormalValuesSummariseToFiniteNumbers) {
  for (const char* link : {"gmlo=-23.2&rev=37.1,5e-324,31.3,37,9,42&n=1000",
                           "rev=5e-324,5e-324,5e-324&n=1000", "rev=1e-320,4e-323,0&n=1000"}) {
    Session session(ParseLink(link));
    session.Finish();
    const UncertaintyResult& r = session.monte_carlo().Result();
    ASSERT_EQ(r.samples, 1000) << link;
    for (int y = 0; y < session.link().assumptions.horizon_years; ++y) {
      for (const YearValues* v :
           {&r.aws_from_anthropic_busd.p5, &r.aws_from_anthropic_busd.p50,
            &r.aws_from_anthropic_busd.p95, &r.aws_from_anthropic_busd.mean}) {
        EXPECT_TRUE(std::isfinite((*v)[y])) << link << ", year " << y;
      }
      EXPECT_LE(r.aws_from_anthropic_busd.p5[y], r.aws_from_anthropic_busd.p95[y]) << link;
    }
    EXPECT_LT(r.histogram.edges_busd.front(), r.histogram.edges_busd.back()) << link;
  }
}

TEST(MonteCarlo, EqualsAPlainReferenceBitForBit) {
  for (const Assumptions& a : {DefaultAssumptions(), VariedAssumptions()}) {
    UncertaintySettings s;
    s.samples = 3001;
    s.seed = 99;
    s.Range(UncertainInput::kTraining) = {-1, 2};
    const UncertaintyResult result = RunMonteCarlo(a, s);
    const auto reference = ReferenceSamples(a, s);
    ASSERT_EQ(result.samples, 3001);
    ASSERT_EQ(result.horizon_years, a.horizon_years);
    ExpectSummaryEquals(result.aws_from_anthropic_busd, reference[0]);
    ExpectSummaryEquals(result.cumulative_operating_profit_busd, reference[1]);
    ExpectSummaryEquals(result.anthropic_share_of_aws_pct, reference[2]);

    // The histogram and the probability of the chosen (last) year.
    const std::vector<double>& last = reference[0].back();
    const double low = *std::min_element(last.begin(), last.end());
    const double high = *std::max_element(last.begin(), last.end());
    const Histogram& histogram = result.histogram;
    EXPECT_EQ(histogram.year, kFirstYear + a.horizon_years - 1);
    EXPECT_EQ(histogram.edges_busd.front(), low);
    EXPECT_EQ(histogram.edges_busd.back(), high);
    int above = 0;
    std::array<int, kHistogramBins> counts{};
    for (double x : last) {
      above += x > s.threshold_busd;
      int bin = kHistogramBins - 1;
      while (bin > 0 && x < histogram.edges_busd[bin]) --bin;
      ++counts[bin];
    }
    EXPECT_EQ(histogram.counts, counts);
    EXPECT_EQ(result.probability_above, above / 3001.0);
    for (int i = 0; i < kHistogramBins; ++i) {
      EXPECT_LT(histogram.edges_busd[i], histogram.edges_busd[i + 1]);
    }
  }
}

TEST(MonteCarlo, SameSettingsSameResultsAndTheSeedMatters) {
  const Assumptions a = DefaultAssumptions();
  const UncertaintySettings s;
  const UncertaintyResult first = RunMonteCarlo(a, s);
  const UncertaintyResult second = RunMonteCarlo(a, s);
  for (int y = 0; y < 3; ++y) {
    for (auto field : kPercentileFields) {
      EXPECT_EQ((first.aws_from_anthropic_busd.*field)[y],
                (second.aws_from_anthropic_busd.*field)[y]);
    }
  }
  EXPECT_EQ(first.histogram.counts, second.histogram.counts);
  UncertaintySettings other = s;
  other.seed = 2;
  const UncertaintyResult different = RunMonteCarlo(a, other);
  EXPECT_NE(different.aws_from_anthropic_busd.p50[2], first.aws_from_anthropic_busd.p50[2]);
  EXPECT_NE(different.aws_from_anthropic_busd.p5[0], first.aws_from_anthropic_busd.p5[0]);
}

bool SameResult(const UncertaintyResult& x, const UncertaintyResult& y) {
  auto same_summary = [](const Summary& a, const Summary& b) {
    for (auto field : kPercentileFields) {
      if (a.*field != b.*field) return false;
    }
    return a.mean == b.mean;
  };
  return x.samples == y.samples && x.seed == y.seed && x.horizon_years == y.horizon_years &&
         same_summary(x.aws_from_anthropic_busd, y.aws_from_anthropic_busd) &&
         same_summary(x.cumulative_operating_profit_busd, y.cumulative_operating_profit_busd) &&
         same_summary(x.anthropic_share_of_aws_pct, y.anthropic_share_of_aws_pct) &&
         x.histogram.edges_busd == y.histogram.edges_busd &&
         x.histogram.counts == y.histogram.counts && x.year == y.year &&
         x.probability_above == y.probability_above;
}

TEST(MonteCarlo, SlicedRunsEqualTheOneShotRun) {
  const Assumptions a = VariedAssumptions();
  UncertaintySettings s;
  s.samples = 5000;
  const UncertaintyResult one_shot = RunMonteCarlo(a, s);
  MonteCarloRun run;  // reused: buffers from the previous run must not leak into the next
  for (int budget : {1, 7, 999, 1000, 4096, 5000, INT_MAX}) {
    run.Start(a, s);
    EXPECT_FALSE(run.Done());
    EXPECT_TRUE(run.Running());
    double progress = run.Progress();
    EXPECT_EQ(progress, 0.0);
    int steps = 0;
    while (!run.Step(budget)) {
      ASSERT_GE(run.Progress(), progress);
      ASSERT_LT(run.Progress(), 1.0);
      progress = run.Progress();
      ++steps;
    }
    EXPECT_EQ(run.Progress(), 1.0);
    EXPECT_TRUE(SameResult(run.Result(), one_shot)) << "budget " << budget;
    if (budget == 1000) {
      EXPECT_GT(steps, 5);
    }
  }
}

TEST(MonteCarlo, TwoHundredThousandSamplesSlicedEqualOneShot) {
  UncertaintySettings s;
  s.samples = kMaxSamples;
  const Assumptions a = DefaultAssumptions();
  const UncertaintyResult one_shot = RunMonteCarlo(a, s);
  MonteCarloRun run;
  run.Start(a, s);
  int steps = 0;
  while (!run.Step(10000)) ++steps;
  EXPECT_GE(steps, 20);
  EXPECT_TRUE(SameResult(run.Result(), one_shot));
  EXPECT_EQ(one_shot.samples, 200000);
}

TEST(MonteCarlo, ThePreviousResultStaysUntilTheNextRunFinishes) {
  MonteCarloRun run;
  EXPECT_EQ(run.Result().samples, 0);
  EXPECT_FALSE(run.Done());
  UncertaintySettings s;
  s.samples = 2000;
  run.Start(DefaultAssumptions(), s);
  while (!run.Step(500)) {
  }
  const UncertaintyResult first = run.Result();
  s.seed = 5;
  run.Start(DefaultAssumptions(), s);
  run.Step(100);
  EXPECT_TRUE(SameResult(run.Result(), first));
  EXPECT_FALSE(run.Reselect(std::nullopt, 3));  // not while a run is in progress
}

// The issue: with every range collapsed to a point, every percentile equals the
// deterministic projection.
TEST(MonteCarlo, PointRangesGiveTheProjectionExactly) {
  UncertaintySettings s;
  s.ranges = {{{1, 1}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}};
  s.samples = 1000;
  std::vector<Assumptions> cases = {VariedAssumptions()};
  for (const Preset& preset : Presets()) cases.push_back(preset.assumptions);
  for (int h = 1; h <= kMaxYears; ++h) {
    Assumptions a = DefaultAssumptions();
    SetHorizon(a, h);
    cases.push_back(a);
  }
  for (const Assumptions& a : cases) {
    const Projection p = Project(a);
    const UncertaintyResult u = RunMonteCarlo(a, s);
    ASSERT_EQ(u.horizon_years, p.horizon_years);
    for (int y = 0; y < p.horizon_years; ++y) {
      const YearProjection& py = p.years[y];
      for (auto field : kPercentileFields) {
        EXPECT_EQ((u.aws_from_anthropic_busd.*field)[y], py.aws_from_anthropic_busd);
        EXPECT_EQ((u.cumulative_operating_profit_busd.*field)[y],
                  py.cumulative_operating_profit_busd);
        EXPECT_EQ((u.anthropic_share_of_aws_pct.*field)[y], py.anthropic_share_of_aws_pct);
      }
      EXPECT_EQ(u.aws_from_anthropic_busd.mean[y], py.aws_from_anthropic_busd);
    }
    // Every sample is the same: centred bins, all in one.
    const double last = p.years[p.horizon_years - 1].aws_from_anthropic_busd;
    EXPECT_LE(u.histogram.edges_busd.front(), last);
    EXPECT_GE(u.histogram.edges_busd.back(), last);
    EXPECT_EQ(*std::max_element(u.histogram.counts.begin(), u.histogram.counts.end()), 1000);
  }
}

TEST(MonteCarlo, PercentilesAreOrdered) {
  for (int h = 1; h <= kMaxYears; ++h) {
    Assumptions a = VariedAssumptions();
    SetHorizon(a, h);
    const UncertaintyResult u = RunMonteCarlo(a, UncertaintySettings{});
    for (const Summary* summary : {&u.aws_from_anthropic_busd, &u.cumulative_operating_profit_busd,
                                   &u.anthropic_share_of_aws_pct}) {
      for (int y = 0; y < h; ++y) {
        EXPECT_LE(summary->p5[y], summary->p10[y]);
        EXPECT_LE(summary->p10[y], summary->p50[y]);
        EXPECT_LE(summary->p50[y], summary->p90[y]);
        EXPECT_LE(summary->p90[y], summary->p95[y]);
        EXPECT_LT(summary->p5[y], summary->p95[y]);  // the default ranges are not points
      }
    }
    // Cumulative profit grows with the years (AWS revenue from Anthropic is positive).
    for (int y = 1; y < h; ++y) {
      EXPECT_GT(u.cumulative_operating_profit_busd.p50[y],
                u.cumulative_operating_profit_busd.p50[y - 1]);
    }
  }
}

// The revenue factor alone: AWS revenue from Anthropic is the projection times the
// factor, so its mean over the projection is the factor's mean, (0.7 + 1 + 1.3) / 3.
TEST(MonteCarlo, TheRevenueFactorsMeanWithinThreeStandardErrors) {
  UncertaintySettings s;
  s.ranges = {{{0.6, 1.2}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}};
  s.samples = 50000;
  const Assumptions a = DefaultAssumptions();
  const UncertaintyResult u = RunMonteCarlo(a, s);
  const Triangular factor(0.6, 1.0, 1.2);
  const double variance = (0.36 + 1.44 + 1.0 - 0.72 - 0.6 - 1.2) / 18;
  const double central = Project(a).years[2].aws_from_anthropic_busd;
  EXPECT_NEAR(u.aws_from_anthropic_busd.mean[2] / central, factor.Mean(),
              3 * std::sqrt(variance / s.samples));
  // The median of a triangular(0.6, 1, 1.2): 1.2 - sqrt(0.5 * 0.6 * 0.2).
  EXPECT_NEAR(u.aws_from_anthropic_busd.p50[2] / central, 1.2 - std::sqrt(0.06), 0.01);
}

TEST(MonteCarlo, ThresholdYearAndReselect) {
  const Assumptions a = DefaultAssumptions();
  UncertaintySettings s;
  s.samples = 4000;
  s.threshold_busd = 0;
  EXPECT_EQ(RunMonteCarlo(a, s).probability_above, 1.0);
  s.threshold_busd = 10000;
  EXPECT_EQ(RunMonteCarlo(a, s).probability_above, 0.0);
  s.threshold_busd = 5;
  const UncertaintyResult u = RunMonteCarlo(a, s);
  EXPECT_GT(u.probability_above, 0.5);  // the central 5.7 is above 5
  EXPECT_LT(u.probability_above, 0.95);
  int total = 0;
  for (int count : u.histogram.counts) total += count;
  EXPECT_EQ(total, 4000);

  // Another year and threshold from the same samples = a new run with them.
  MonteCarloRun run;
  run.Start(a, s);
  while (!run.Step(INT_MAX)) {
  }
  ASSERT_TRUE(run.Reselect(2026, 2.5));
  UncertaintySettings reselected = s;
  reselected.year = 2026;
  reselected.threshold_busd = 2.5;
  EXPECT_TRUE(SameResult(run.Result(), RunMonteCarlo(a, reselected)));
  EXPECT_EQ(run.Result().year, 2026);
  EXPECT_EQ(run.Result().histogram.year, 2026);
}

TEST(MonteCarlo, ChosenYearFollowsTheHorizon) {
  UncertaintySettings s;
  EXPECT_EQ(ChosenYearIndex(s, 3), 2);
  EXPECT_EQ(ChosenYearIndex(s, 6), 5);
  s.year = 2026;
  EXPECT_EQ(ChosenYearIndex(s, 6), 1);
  s.year = 2029;
  EXPECT_EQ(ChosenYearIndex(s, 3), 2);  // beyond the horizon: its last year
  s.year = 2000;
  EXPECT_EQ(ChosenYearIndex(s, 3), 0);
  Assumptions one = DefaultAssumptions();
  SetHorizon(one, 1);
  UncertaintySettings few;
  few.samples = 1000;
  const UncertaintyResult u = RunMonteCarlo(one, few);
  EXPECT_EQ(u.horizon_years, 1);
  EXPECT_EQ(u.year, 2025);
}

TEST(MonteCarlo, SampleCountsAreClamped) {
  UncertaintySettings s;
  s.samples = 0;
  UncertaintyResult u = RunMonteCarlo(DefaultAssumptions(), s);
  EXPECT_EQ(u.samples, 1);
  EXPECT_EQ(u.aws_from_anthropic_busd.p5[2], u.aws_from_anthropic_busd.p95[2]);
  s.samples = 1000000;
  MonteCarloRun run;
  run.Start(DefaultAssumptions(), s);
  run.Step(0);  // at least one sample's work, whatever the budget
  EXPECT_GT(run.Progress(), 0.0);
}

TEST(Uncertainty, RangesFollowTheReadersValuesAndClamp) {
  Assumptions a = DefaultAssumptions();
  a.gross_margin_pct.fill(95);
  a.aws_share_pct.fill(5);
  const UncertaintySettings s;
  const Triangular margin = InputDistribution(a, s, UncertainInput::kGrossMargin, 0);
  EXPECT_EQ(margin.low(), 85.0);
  EXPECT_EQ(margin.mode(), 95.0);
  EXPECT_EQ(margin.high(), 100.0);  // clamped to the valid range
  const Triangular share = InputDistribution(a, s, UncertainInput::kAwsShare, 0);
  EXPECT_EQ(share.low(), 0.0);
  EXPECT_EQ(share.high(), 20.0);
  const Triangular revenue = InputDistribution(a, s, UncertainInput::kRevenue, 2);
  EXPECT_EQ(revenue.low(), 0.7);
  EXPECT_EQ(revenue.high(), 1.3);
  const Triangular growth = InputDistribution(a, s, UncertainInput::kAwsGrowth, 0);
  EXPECT_EQ(growth.low(), 14.0);
  EXPECT_EQ(growth.high(), 21.0);

  const Assumptions low = WithInputAt(a, s, UncertainInput::kRevenue, RangeEnd::kLow);
  EXPECT_DOUBLE_EQ(low.revenue_busd[2], 19 * 0.7);
  EXPECT_EQ(low.gross_margin_pct, a.gross_margin_pct);
  const Assumptions high = WithInputAt(a, s, UncertainInput::kGrossMargin, RangeEnd::kHigh);
  EXPECT_EQ(high.gross_margin_pct[0], 100.0);
  EXPECT_TRUE(Validate(high).empty());
}

TEST(Uncertainty, PercentileOfValues) {
  std::vector<double> values = {5, 1, 4, 2, 3};
  EXPECT_EQ(Percentile(values, 50), 3.0);
  EXPECT_EQ(Percentile(values, 0), 1.0);
  EXPECT_EQ(Percentile(values, 100), 5.0);
  EXPECT_DOUBLE_EQ(Percentile(values, 10), 1.4);  // h = 0.4: 1 + (2 - 1) * 0.4
  std::vector<double> four = {10, 20, 30, 40};
  EXPECT_EQ(Percentile(four, 50), 25.0);
}

}  // namespace
}  // namespace awscalc
