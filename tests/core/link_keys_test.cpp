// link_keys_test.cpp: the link's keys beyond the model's inputs (link_keys.cpp): the
// Monte Carlo settings and ranges, the tornado, goal seek and presentation, each read
// and written back, and each bad value reported.
#include "core/share_link.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/format.h"
#include "tests/core/link_problems.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

TEST(ShareLink, ThemeAndAccent) {
  EXPECT_EQ(ParseLink("theme=light").state.view.theme, Theme::kLight);
  EXPECT_THAT(OnlyProblem(ParseLink("theme=blue")), HasSubstr("auto, light or dark"));
  EXPECT_EQ(*ParseLink("accent=0A84ff").state.view.accent_rgb, 0x0a84ffu);
  EXPECT_EQ(*ParseLink("accent=%23123456").state.view.accent_rgb, 0x123456u);
  EXPECT_EQ(CanonicalLink(ParseLink("accent=0A84FF").state), "v=1&accent=0a84ff");
  EXPECT_THAT(OnlyProblem(ParseLink("accent=red")), HasSubstr("six hex digits"));
  EXPECT_THAT(OnlyProblem(ParseLink("accent=12345g")), HasSubstr("six hex digits"));
}

TEST(ShareLink, UncertaintyKeys) {
  const ParsedLink parsed = ParseLink(
      "n=200000&seed=7&yr=2026&thr=3.5&rlo=0.5&rhi=1.5&gmlo=-5&gmhi=20&awslo=-30&awshi=10&"
      "trlo=-1&trhi=2&glo=-10&ghi=5&tor=share");
  ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].message;
  const UncertaintySettings& u = parsed.state.uncertainty;
  EXPECT_EQ(u.samples, 200000);
  EXPECT_EQ(u.seed, 7u);
  EXPECT_EQ(u.year, 2026);
  EXPECT_EQ(u.threshold_busd, 3.5);
  EXPECT_EQ(u.Range(UncertainInput::kRevenue), (UncertainRange{0.5, 1.5}));
  EXPECT_EQ(u.Range(UncertainInput::kGrossMargin), (UncertainRange{-5, 20}));
  EXPECT_EQ(u.Range(UncertainInput::kAwsShare), (UncertainRange{-30, 10}));
  EXPECT_EQ(u.Range(UncertainInput::kTraining), (UncertainRange{-1, 2}));
  EXPECT_EQ(u.Range(UncertainInput::kAwsGrowth), (UncertainRange{-10, 5}));
  EXPECT_EQ(u.tornado_output, OutputId::kAnthropicShareOfAws);
  EXPECT_EQ(CanonicalLink(parsed.state),
            "v=1&n=200000&seed=7&yr=2026&thr=3.5&rlo=0.5&rhi=1.5&gmlo=-5&gmhi=20&awslo=-30&"
            "awshi=10&trlo=-1&trhi=2&glo=-10&ghi=5&tor=share");
  // The defaults are left out.
  EXPECT_EQ(CanonicalLink(ParseLink("n=10000&seed=1&thr=5&rlo=0.7&rhi=1.3&gmlo=-10&gmhi=10&"
                                    "awslo=-15&awshi=15&trlo=0&trhi=0&glo=-3.5&ghi=3.5&tor=aws")
                              .state),
            "v=1");
  // The chosen year is checked against the horizon "rev" sets, wherever it stands.
  EXPECT_TRUE(ParseLink("yr=2030&rev=4,10,19,29,38,46").problems.empty());
  // A chosen year past a horizon that has since shrunk is written as the last year.
  LinkState shrunk = ParseLink("yr=2030&rev=4,10,19,29,38,46").state;
  SetHorizon(shrunk.assumptions, 3);
  EXPECT_EQ(CanonicalLink(shrunk), "v=1&yr=2027");
}

TEST(ShareLink, BadUncertaintyValues) {
  struct Case {
    const char* link;
    const char* expected;
  };
  for (const Case& c : {
           Case{"n=abc",
                "n=abc: The number of Monte Carlo samples must be a plain decimal "
                "number such as 10000, so it stays at 10000."},
           Case{"n=12.5",
                "n=12.5: The number of Monte Carlo samples must be a whole number such "
                "as 10000, so it stays at 10000."},
           Case{"n=500",
                "n=500: The number of Monte Carlo samples cannot be below 1000 (500 was "
                "given), so 1000 is used."},
           Case{"n=1e6", "cannot be above 200000 (1e6 was given), so 200000 is used."},
           Case{"n=", "n=: The number of Monte Carlo samples has no value, so it stays at 10000."},
           Case{"seed=-1",
                "seed=-1: The random seed cannot be below 0 (-1 was given), so 0 is used."},
           Case{"seed=1.5", "The random seed must be a whole number such as 42, so it stays at 1."},
           Case{"seed=99999999999", "cannot be above 4294967295"},
           Case{"yr=2029",
                "yr=2029: The chosen year cannot be above 2027 (2029 was given), so "
                "2027 is used."},
           Case{"yr=2020",
                "The chosen year cannot be below 2025 (2020 was given), so 2025 is used."},
           Case{"yr=next",
                "The chosen year must be a plain decimal number such as 2027, so it "
                "stays at 2027."},
           Case{"thr=-1",
                "thr=-1: The threshold for AWS revenue from Anthropic cannot be below $0B "
                "(-1 was given), so $0B is used."},
           Case{"thr=5B", "must be a plain decimal number such as 12.5, so it stays at $5B."},
           Case{"rlo=1.2",
                "rlo=1.2: The low end of the range for Anthropic revenue cannot be "
                "above x1 (1.2 was given), so x1 is used."},
           Case{"rhi=0.5",
                "rhi=0.5: The high end of the range for Anthropic revenue cannot be "
                "below x1 (0.5 was given), so x1 is used."},
           Case{"rhi=11", "cannot be above x10"},
           Case{"gmlo=5",
                "gmlo=5: The low end of the range for Anthropic gross margin cannot be "
                "above 0 points (5 was given), so 0 points is used."},
           Case{"gmhi=-5", "cannot be below 0 points"},
           Case{"awslo=-150",
                "The low end of the range for Share of Anthropic's costs spent on "
                "AWS cannot be below -100 points"},
           Case{"awshi=x",
                "must be a plain decimal number such as 12.5, so it stays at 15 points."},
           Case{"trlo=-2000", "cannot be below -$1000B (-2000 was given), so -$1000B is used."},
           Case{"trhi=nan", "so it stays at $0B."},
           Case{"glo=-200",
                "The low end of the range for AWS growth excluding Anthropic cannot be "
                "below -150 points"},
           Case{"ghi=151", "cannot be above 150 points"},
           Case{"tor=margin",
                "tor=margin: the tornado's output must be aws, profit or share; aws "
                "is used."},
       }) {
    const ParsedLink parsed = ParseLink(c.link);
    EXPECT_THAT(OnlyProblem(parsed), HasSubstr(c.expected)) << c.link;
  }
  // A clamped value is used; a refused one keeps the default.
  EXPECT_EQ(ParseLink("n=500").state.uncertainty.samples, 1000);
  EXPECT_EQ(ParseLink("n=abc").state.uncertainty.samples, kDefaultSamples);
  EXPECT_EQ(ParseLink("yr=2029").state.uncertainty.year, 2027);
  EXPECT_EQ(ParseLink("yr=next").state.uncertainty.year, std::nullopt);
  EXPECT_EQ(ParseLink("rlo=1.2").state.uncertainty.Range(UncertainInput::kRevenue).low, 1.0);
}

TEST(ShareLink, GoalKeys) {
  ParsedLink parsed = ParseLink("goal=aws&goalout=profit&target=12.5&yr=2026");
  ASSERT_TRUE(parsed.problems.empty());
  ASSERT_TRUE(parsed.state.goal);
  EXPECT_EQ(*parsed.state.goal,
            (GoalQuery{GoalInput::kAwsShare, OutputId::kCumulativeOperatingProfit, 12.5}));
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&yr=2026&goal=aws&goalout=profit&target=12.5");
  parsed = ParseLink("goal=gm");
  EXPECT_EQ(*parsed.state.goal, GoalQuery{});
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&goal=gm");

  EXPECT_EQ(OnlyProblem(ParseLink("goal=price")),
            "goal=price: the goal-seek input must be rev, gm, aws or train; no goal is set.");
  EXPECT_FALSE(ParseLink("goal=price").state.goal);
  EXPECT_EQ(OnlyProblem(ParseLink("target=8")),
            "target=8: a goal needs goal=rev, gm, aws or train as well, so this is ignored.");
  EXPECT_THAT(OnlyProblem(ParseLink("goalout=share")), HasSubstr("a goal needs goal="));
  EXPECT_THAT(OnlyProblem(ParseLink("goal=rev&goalout=x")),
              HasSubstr("the goal's output must be aws, profit or share; aws is used."));
  EXPECT_THAT(OnlyProblem(ParseLink("goal=rev&target=1e9")),
              HasSubstr("The goal's target cannot be above 10000 (1e9 was given)"));
  EXPECT_THAT(OnlyProblem(ParseLink("goal=rev&target=")),
              HasSubstr("has no value, so it stays at 10."));
}

}  // namespace
}  // namespace awscalc
