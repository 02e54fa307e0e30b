// share_link_test.cpp: the share-link format v1: canonical form, round trips, and every
// kind of bad input, each reported with the key, the text given and the reason.
#include "core/share_link.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "core/presets.h"
#include "core/projection.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

std::string OnlyProblem(const ParsedLink& parsed) {
  EXPECT_EQ(parsed.problems.size(), 1u);
  return parsed.problems.empty() ? "" : parsed.problems[0].message;
}

TEST(ShareLink, TheArticlesDefaultsAreV1) {
  EXPECT_EQ(CanonicalLink(LinkState{}), "v=1");
  for (const char* link : {"", "v=1", "#v=1", "v=1&rev=4,10,19&gm=60&aws=75",
                           "https://example.org/calc/index.html#v=1", "&&v=1&"}) {
    const ParsedLink parsed = ParseLink(link);
    EXPECT_TRUE(parsed.problems.empty()) << link;
    EXPECT_EQ(parsed.state, LinkState{}) << link;
    EXPECT_EQ(CanonicalLink(parsed.state), "v=1") << link;
  }
}

TEST(ShareLink, CanonicalFormOrdersKeysAndLeavesOutDefaults) {
  const ParsedLink parsed =
      ParseLink("stake=20&gm=60&theme=dark&aws=80,75,70&rev=5,12,24&g=17.5&train=0");
  EXPECT_TRUE(parsed.problems.empty());
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&rev=5,12,24&aws=80,75,70&stake=20&theme=dark");
}

TEST(ShareLink, OneValueOrOnePerYear) {
  LinkState state = ParseLink("gm=55").state;
  for (int y = 0; y < kMaxYears; ++y) EXPECT_EQ(state.assumptions.gross_margin_pct[y], 55.0);
  state = ParseLink("gm=60,55,50").state;
  EXPECT_EQ(state.assumptions.gross_margin_pct[2], 50.0);
  EXPECT_EQ(state.assumptions.gross_margin_pct[5], 50.0);   // normalized past the horizon
  EXPECT_EQ(CanonicalLink(state), "v=1&gm=60,55,50");
  EXPECT_EQ(CanonicalLink(ParseLink("gm=55,55,55").state), "v=1&gm=55");
}

TEST(ShareLink, RevenueLengthSetsTheHorizon) {
  EXPECT_EQ(ParseLink("rev=4").state.assumptions.horizon_years, 1);
  const LinkState six = ParseLink("rev=4,10,19,29.26,38.74,46.271").state;
  EXPECT_EQ(six.assumptions.horizon_years, 6);
  Assumptions extended = DefaultAssumptions();
  SetHorizon(extended, 6);
  EXPECT_EQ(six.assumptions, extended);
  // Per-year keys follow the horizon set by rev, wherever rev stands in the link.
  const LinkState two = ParseLink("aws=80,70&rev=4,10").state;
  EXPECT_TRUE(ParseLink("aws=80,70&rev=4,10").problems.empty());
  EXPECT_EQ(two.assumptions.aws_share_pct[1], 70.0);
}

TEST(ShareLink, PresetsRoundTrip) {
  for (const Preset& preset : Presets()) {
    LinkState state;
    state.assumptions = preset.assumptions;
    const std::string link = CanonicalLink(state);
    const ParsedLink parsed = ParseLink(link);
    EXPECT_TRUE(parsed.problems.empty()) << link;
    EXPECT_EQ(parsed.state, state) << link;
  }
  LinkState matched;
  matched.assumptions = FindPreset("matched")->assumptions;
  EXPECT_EQ(CanonicalLink(matched), "v=1&rev=4.267,10,18.667");
}

// A small portable generator for test states (the product's own generator arrives
// with the uncertainty feature; these tests need no statistics).
struct TestRandom {
  std::uint64_t state;
  std::uint64_t Next() {
    state += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  // Mostly arbitrary doubles in range, sometimes the edges, sometimes round numbers.
  double In(double lo, double hi) {
    switch (Next() % 6) {
      case 0: return lo;
      case 1: return hi;
      case 2: return static_cast<double>(static_cast<long>(lo + (hi - lo) * Uniform()));
      default: return lo + (hi - lo) * Uniform();
    }
  }
};

TEST(ShareLink, RandomValidStatesRoundTripExactly) {
  TestRandom random{42};
  for (int i = 0; i < 3000; ++i) {
    LinkState state;
    Assumptions& a = state.assumptions;
    a.horizon_years = 1 + static_cast<int>(random.Next() % kMaxYears);
    const bool per_year = random.Next() % 2 == 0;
    for (int y = 0; y < kMaxYears; ++y) {
      a.revenue_busd[y] = random.In(0, 1000);
      a.gross_margin_pct[y] = per_year || y == 0 ? random.In(-100, 100) : a.gross_margin_pct[0];
      a.aws_share_pct[y] = per_year || y == 0 ? random.In(0, 100) : a.aws_share_pct[0];
      a.training_busd[y] = random.In(0, 1000);
    }
    a.aws_base_2024_busd = random.In(1, 10000);
    a.aws_growth_pct = random.In(-50, 100);
    a.aws_operating_margin_pct = random.In(-100, 100);
    a.investment_busd = random.In(0, 1000);
    a.stake_value_busd = random.In(0, 10000);
    state.view.theme = static_cast<Theme>(random.Next() % 3);
    if (random.Next() % 2) state.view.accent_rgb = static_cast<std::uint32_t>(random.Next() & 0xffffff);
    Normalize(a);
    ASSERT_TRUE(Validate(a).empty());

    const std::string link = CanonicalLink(state);
    const ParsedLink parsed = ParseLink(link);
    ASSERT_TRUE(parsed.problems.empty()) << link << "\n" << parsed.problems[0].message;
    ASSERT_EQ(parsed.state, state) << link;
    ASSERT_EQ(CanonicalLink(parsed.state), link);
  }
}

// The example: gm, aws and the repeated rev are reported; the rest applies.
TEST(ShareLink, BadValuesAreReportedAndTheRestApplied) {
  const ParsedLink parsed = ParseLink("v=1&gm=abc&aws=150&rev=4,10,19&rev=1&g=20");
  ASSERT_EQ(parsed.problems.size(), 3u);
  EXPECT_EQ(parsed.problems[0].message,
            "gm=abc: Anthropic gross margin must be a plain decimal number such as 12.5, so it "
            "stays at 60%.");
  EXPECT_EQ(parsed.problems[0].key, "gm");
  EXPECT_EQ(parsed.problems[0].given, "abc");
  EXPECT_EQ(parsed.problems[1].message,
            "aws=150: Share of Anthropic's costs spent on AWS cannot be above 100% (150 was "
            "given), so 100% is used.");
  EXPECT_EQ(parsed.problems[2].message,
            "rev=1: \"rev\" appears more than once; the first one is used and this one is "
            "ignored.");
  const Assumptions& a = parsed.state.assumptions;
  EXPECT_EQ(a.gross_margin_pct[0], 60.0);
  EXPECT_EQ(a.aws_share_pct[0], 100.0);
  EXPECT_EQ(a.horizon_years, 3);
  EXPECT_EQ(a.revenue_busd[2], 19.0);
  EXPECT_EQ(a.aws_growth_pct, 20.0);
}

TEST(ShareLink, EachKindOfBadNumber) {
  struct Case {
    const char* link;
    const char* expected;
  };
  for (const Case& c : {
           Case{"gm=", "gm=: Anthropic gross margin has no value, so it stays at 60%."},
           Case{"gm=0x10", "must be a plain decimal number"},
           Case{"gm=inf", "must be a plain decimal number"},
           Case{"gm=nan", "must be a plain decimal number"},
           Case{"gm=5,5", "one value for all years or one per year (3); 2 were given"},
           Case{"gm=1,5", "2 were given, so the last one is used for the years after 2026."},
           Case{"base=1e999", "base=1e999: AWS net sales in 2024 is too large to be a number"},
           Case{"inv=111111111111111111111111111111111",
                "is longer than 32 characters, so it stays at $8B."},
           Case{"opm=-101", "cannot be below -100% (-101 was given), so -100% is used."},
           Case{"g=+5", "g=+5: AWS growth excluding Anthropic must be a plain decimal"},
           Case{"stake=-0.5", "cannot be below $0B"},
       }) {
    const ParsedLink parsed = ParseLink(c.link);
    EXPECT_THAT(OnlyProblem(parsed), HasSubstr(c.expected)) << c.link;
  }
}

TEST(ShareLink, ABadYearKeepsOnlyThatYear) {
  const ParsedLink parsed = ParseLink("rev=5,abc,30&gm=50,x,70");
  ASSERT_EQ(parsed.problems.size(), 2u);
  EXPECT_EQ(parsed.problems[0].message,
            "rev=5,abc,30: Anthropic revenue for 2026 (\"abc\") must be a plain decimal number "
            "such as 12.5, so it stays at $10B.");
  EXPECT_THAT(parsed.problems[1].message, HasSubstr("gross margin for 2026 (\"x\")"));
  const Assumptions& a = parsed.state.assumptions;
  EXPECT_EQ(a.revenue_busd[0], 5.0);
  EXPECT_EQ(a.revenue_busd[1], 10.0);
  EXPECT_EQ(a.revenue_busd[2], 30.0);
  EXPECT_EQ(a.gross_margin_pct[1], 60.0);
  EXPECT_EQ(a.gross_margin_pct[2], 70.0);
}

TEST(ShareLink, TooManyYearsAreCut) {
  const ParsedLink parsed = ParseLink("rev=1,2,3,4,5,6,7,8");
  EXPECT_THAT(OnlyProblem(parsed), HasSubstr("at most 6 years (2025 to 2030)"));
  EXPECT_EQ(parsed.state.assumptions.horizon_years, 6);
  EXPECT_EQ(parsed.state.assumptions.revenue_busd[5], 6.0);
  EXPECT_THAT(OnlyProblem(ParseLink("train=1,2,3,4")), HasSubstr("values after 2027 are ignored"));
}

TEST(ShareLink, UnknownKeysAndMissingValues) {
  EXPECT_EQ(OnlyProblem(ParseLink("colour=red&gm=50")),
            "colour=red: \"colour\" is not a setting this calculator knows, so it is ignored.");
  EXPECT_THAT(OnlyProblem(ParseLink("gm")), HasSubstr("a setting needs a value (gm=...)"));
  const ParsedLink parsed = ParseLink("colour=red&gm=50");
  EXPECT_EQ(parsed.state.assumptions.gross_margin_pct[0], 50.0);
}

TEST(ShareLink, Versions) {
  const ParsedLink newer = ParseLink("v=2&gm=50&future=1");
  ASSERT_EQ(newer.problems.size(), 2u);
  EXPECT_THAT(newer.problems[0].message, HasSubstr("v=2: this link was made by a newer version"));
  EXPECT_EQ(newer.state.assumptions.gross_margin_pct[0], 50.0);
  EXPECT_THAT(OnlyProblem(ParseLink("v=abc")), HasSubstr("read as version 1"));
  EXPECT_THAT(OnlyProblem(ParseLink("v=0")), HasSubstr("read as version 1"));
  EXPECT_THAT(OnlyProblem(ParseLink("v=1.5")), HasSubstr("read as version 1"));
  EXPECT_TRUE(ParseLink("v=1").problems.empty());
}

TEST(ShareLink, PercentEscapes) {
  const ParsedLink parsed = ParseLink("rev=5%2C12%2C24&theme=%64ark");
  EXPECT_TRUE(parsed.problems.empty());
  EXPECT_EQ(parsed.state.assumptions.horizon_years, 3);
  EXPECT_EQ(parsed.state.assumptions.revenue_busd[2], 24.0);
  EXPECT_EQ(parsed.state.view.theme, Theme::kDark);
  EXPECT_THAT(OnlyProblem(ParseLink("gm=%zz")), HasSubstr("broken %-escape"));
  EXPECT_THAT(OnlyProblem(ParseLink("gm=5%")), HasSubstr("broken %-escape"));
}

TEST(ShareLink, EchoesArePrintableAndShort) {
  // Non-UTF-8 bytes, control characters and script come back as inert, short text.
  const ParsedLink parsed = ParseLink("gm=%FF%FE%0A<script>alert(1)</script>" + std::string(200, 'x'));
  const std::string message = OnlyProblem(parsed);
  EXPECT_THAT(message, HasSubstr("gm=%FF%FE%0A<script>alert(1)</script>"));
  EXPECT_THAT(message, HasSubstr("..."));
  EXPECT_LT(message.size(), 260u);
  for (unsigned char c : message) EXPECT_TRUE(c >= 0x20 && c < 0x7f);
}

TEST(ShareLink, ThousandsOfProblemsAreCapped) {
  std::string link = "gm=50";
  for (int i = 0; i < 5000; ++i) link += "&k" + std::to_string(i) + "=1";
  link += "&gm=1";
  const ParsedLink parsed = ParseLink(link);
  EXPECT_EQ(parsed.problems.size(), kMaxReportedProblems);
  EXPECT_EQ(parsed.unreported_problems, 5001 - kMaxReportedProblems);
  EXPECT_THAT(parsed.problems[0].message, HasSubstr("k0=1"));   // earliest first
  const auto messages = ProblemMessages(parsed);
  EXPECT_EQ(messages.back(), "...and 4981 more problems in the link.");
  EXPECT_EQ(parsed.state.assumptions.gross_margin_pct[0], 50.0);
}

TEST(ShareLink, ThemeAndAccent) {
  EXPECT_EQ(ParseLink("theme=light").state.view.theme, Theme::kLight);
  EXPECT_THAT(OnlyProblem(ParseLink("theme=blue")), HasSubstr("auto, light or dark"));
  EXPECT_EQ(*ParseLink("accent=0A84ff").state.view.accent_rgb, 0x0a84ffu);
  EXPECT_EQ(*ParseLink("accent=%23123456").state.view.accent_rgb, 0x123456u);
  EXPECT_EQ(CanonicalLink(ParseLink("accent=0A84FF").state), "v=1&accent=0a84ff");
  EXPECT_THAT(OnlyProblem(ParseLink("accent=red")), HasSubstr("six hex digits"));
  EXPECT_THAT(OnlyProblem(ParseLink("accent=12345g")), HasSubstr("six hex digits"));
}

TEST(ShareLink, LinksApplyOnTopOfABase) {
  LinkState base;
  base.assumptions = FindPreset("bull")->assumptions;
  const ParsedLink parsed = ParseLink("gm=abc&stake=20", base);
  EXPECT_THAT(OnlyProblem(parsed), HasSubstr("so it stays at 55%"));
  EXPECT_EQ(parsed.state.assumptions.revenue_busd, base.assumptions.revenue_busd);
  EXPECT_EQ(parsed.state.assumptions.stake_value_busd, 20.0);
}

}  // namespace
}  // namespace awscalc
