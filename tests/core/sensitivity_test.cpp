// sensitivity_test.cpp: the tornado: swings computed by hand, their order, ties, and
// inputs whose range has no width.
#include "core/sensitivity.h"

#include <gtest/gtest.h>

namespace awscalc {
namespace {

std::vector<UncertainInput> Order(const Tornado& t) {
  std::vector<UncertainInput> order;
  for (const TornadoBar& bar : t.bars) order.push_back(bar.input);
  return order;
}

const TornadoBar& Bar(const Tornado& t, UncertainInput input) {
  for (const TornadoBar& bar : t.bars) {
    if (bar.input == input) return bar;
  }
  return t.bars[0];
}

// The article's assumptions, 2027: A = 19 x (1 - 60%) x 75% = 5.7.
TEST(Tornado, TheDefaultsByHand) {
  const Tornado t = ComputeTornado(DefaultAssumptions(), UncertaintySettings{});
  EXPECT_EQ(t.output, OutputId::kAwsFromAnthropic);
  EXPECT_EQ(t.year, 2027);
  EXPECT_DOUBLE_EQ(t.central, 5.7);
  using U = UncertainInput;
  EXPECT_EQ(Order(t), (std::vector<U>{U::kRevenue, U::kGrossMargin, U::kAwsShare, U::kTraining,
                                      U::kAwsGrowth}));
  const TornadoBar& revenue = Bar(t, U::kRevenue);
  EXPECT_DOUBLE_EQ(revenue.low_value, 13.3);  // 19 x 0.7
  EXPECT_DOUBLE_EQ(revenue.high_value, 24.7);
  EXPECT_DOUBLE_EQ(revenue.low_output, 3.99);  // 13.3 x 0.4 x 0.75
  EXPECT_DOUBLE_EQ(revenue.high_output, 7.41);
  EXPECT_DOUBLE_EQ(revenue.swing, 3.42);
  const TornadoBar& margin = Bar(t, U::kGrossMargin);
  EXPECT_EQ(margin.low_value, 50.0);
  EXPECT_DOUBLE_EQ(margin.low_output, 7.125);  // a lower margin means more AWS revenue
  EXPECT_DOUBLE_EQ(margin.high_output, 4.275);
  EXPECT_DOUBLE_EQ(margin.swing, 2.85);
  EXPECT_DOUBLE_EQ(Bar(t, U::kAwsShare).swing, 2.28);  // 19 x 0.4 x (0.9 - 0.6)
  // Training has no width by default; AWS growth does not move AWS revenue from Anthropic.
  EXPECT_EQ(Bar(t, U::kTraining).swing, 0.0);
  EXPECT_EQ(Bar(t, U::kAwsGrowth).swing, 0.0);
}

TEST(Tornado, OrderFollowsTheSwings) {
  UncertaintySettings s;
  s.Range(UncertainInput::kGrossMargin) = {-20, 20};  // swing 19 x 0.75 x 0.4 = 5.7
  s.Range(UncertainInput::kTraining) = {0, 5};        // swing 5
  const Tornado t = ComputeTornado(DefaultAssumptions(), s);
  using U = UncertainInput;
  EXPECT_EQ(Order(t), (std::vector<U>{U::kGrossMargin, U::kTraining, U::kRevenue, U::kAwsShare,
                                      U::kAwsGrowth}));
  EXPECT_DOUBLE_EQ(t.bars[0].swing, 5.7);
  EXPECT_DOUBLE_EQ(t.bars[1].swing, 5.0);
}

TEST(Tornado, ZeroWidthRangesHaveZeroSwingAndKeepTheFixedOrder) {
  UncertaintySettings s;
  s.ranges = {{{1, 1}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}};
  for (OutputId output : {OutputId::kAwsFromAnthropic, OutputId::kCumulativeOperatingProfit,
                          OutputId::kAnthropicShareOfAws}) {
    const Tornado t = ComputeTornado(DefaultAssumptions(), s, output, 2);
    for (int i = 0; i < kUncertainInputCount; ++i) {
      EXPECT_EQ(t.bars[i].swing, 0.0);
      EXPECT_EQ(t.bars[i].input, static_cast<UncertainInput>(i));
      EXPECT_EQ(t.bars[i].low_output, t.central);
    }
  }
}

TEST(Tornado, ProfitAndShareOutputs) {
  const Assumptions a = DefaultAssumptions();
  UncertaintySettings s;
  s.tornado_output = OutputId::kCumulativeOperatingProfit;
  s.year = 2026;
  const Tornado profit = ComputeTornado(a, s);
  EXPECT_EQ(profit.year, 2026);
  // Cumulative profit to 2026: (1.2 + 3) x 37%; revenue x1.3 raises both years.
  EXPECT_DOUBLE_EQ(profit.central, 4.2 * 0.37);
  EXPECT_NEAR(Bar(profit, UncertainInput::kRevenue).swing, 4.2 * 0.6 * 0.37, 1e-12);

  s.tornado_output = OutputId::kAnthropicShareOfAws;
  const Tornado share = ComputeTornado(a, s);
  // Faster AWS growth elsewhere lowers Anthropic's share.
  const TornadoBar& growth = Bar(share, UncertainInput::kAwsGrowth);
  EXPECT_GT(growth.swing, 0.0);
  EXPECT_GT(growth.low_output, growth.high_output);
}

TEST(Tornado, EveryHorizonAndYear) {
  for (int h = 1; h <= kMaxYears; ++h) {
    Assumptions a = DefaultAssumptions();
    SetHorizon(a, h);
    for (int y = 0; y < h; ++y) {
      const Tornado t = ComputeTornado(a, UncertaintySettings{}, OutputId::kAwsFromAnthropic, y);
      EXPECT_EQ(t.year, kFirstYear + y);
      EXPECT_EQ(t.central, Project(a).years[y].aws_from_anthropic_busd);
      for (int i = 1; i < kUncertainInputCount; ++i)
        EXPECT_GE(t.bars[i - 1].swing, t.bars[i].swing);
    }
    // A year beyond the horizon reads the last one.
    EXPECT_EQ(ComputeTornado(a, UncertaintySettings{}, OutputId::kAwsFromAnthropic, 9).year,
              kFirstYear + h - 1);
  }
}

}  // namespace
}  // namespace awscalc
