// share_link_test.cpp: the share-link format v1: canonical form, round trips, and every
// kind of bad input, each reported with the key, the text given and the reason.
#include "core/share_link.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "core/presets.h"
#include "core/projection.h"
#include "core/scenarios.h"
#include "tests/core/link_problems.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

TEST(ShareLink, TheArticlesDefaultsAreV1) {
  EXPECT_EQ(CanonicalLink(LinkState{}), "v=1");
  for (const char* link : {"", "v=1", "#v=1", "v=1&rev=4,10,19&gm=60&aws=75", "&&v=1&"}) {
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
  EXPECT_EQ(state.assumptions.gross_margin_pct[5], 50.0);  // normalized past the horizon
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

// A small portable generator for test states (independent of the product's own, which
// is under test elsewhere).
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
      case 0:
        return lo;
      case 1:
        return hi;
      case 2:
        return static_cast<double>(static_cast<long>(lo + (hi - lo) * Uniform()));
      default:
        return lo + (hi - lo) * Uniform();
    }
  }
};

// A random valid, normalized set of assumptions (the model's keys).
Assumptions RandomAssumptions(TestRandom& random) {
  Assumptions a;
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
  Normalize(a);
  return a;
}

// A preset, perhaps with a few inputs changed: what a reader keeps as a scenario.
Assumptions RandomScenarioAssumptions(TestRandom& random) {
  const auto presets = Presets();
  Assumptions a = presets[random.Next() % presets.size()].assumptions;
  switch (random.Next() % 4) {
    case 0:
      break;
    case 1:
      a.gross_margin_pct.fill(random.In(-100, 100));
      break;
    case 2:
      a.aws_share_pct[static_cast<int>(random.Next() % a.horizon_years)] = random.In(0, 100);
      a.investment_busd = random.In(0, 1000);
      break;
    case 3:
      return RandomAssumptions(random);
  }
  Normalize(a);
  return a;
}

TEST(ShareLink, RandomValidStatesRoundTripExactly) {
  const std::array<const char*, 7> names = {
      "Mine", "A&B=C %", "B\xC3\xA4r case \xF0\x9F\x90\xBB",         "Scenario 1",
      "#1",   "x",       "Bull case (the calculator's illustration)"};
  TestRandom random{42};
  for (int i = 0; i < 3000; ++i) {
    LinkState state;
    state.assumptions = RandomAssumptions(random);
    const Assumptions& a = state.assumptions;
    state.view.theme = static_cast<Theme>(random.Next() % 3);
    state.view.tab = static_cast<int>(random.Next() % kTabCount);
    if (random.Next() % 2)
      state.view.accent_rgb = static_cast<std::uint32_t>(random.Next() & 0xffffff);
    ASSERT_TRUE(Validate(a).empty());

    // Uncertainty settings: each differs from its default about half the time.
    UncertaintySettings& u = state.uncertainty;
    if (random.Next() % 2) u.samples = static_cast<int>(random.In(kMinSamples, kMaxSamples));
    if (random.Next() % 2) u.seed = static_cast<std::uint32_t>(random.Next());
    if (random.Next() % 2) u.year = kFirstYear + static_cast<int>(random.Next() % a.horizon_years);
    if (random.Next() % 2) u.threshold_busd = random.In(0, kMaxThresholdBusd);
    for (const UncertainInputInfo& info : UncertainInputs()) {
      UncertainRange& range = u.Range(info.id);
      if (random.Next() % 2) range.low = random.In(info.min_low, NeutralEnd(info.id));
      if (random.Next() % 2) range.high = random.In(NeutralEnd(info.id), info.max_high);
    }
    if (random.Next() % 2) u.tornado_output = static_cast<OutputId>(random.Next() % kOutputCount);
    if (random.Next() % 2) {
      state.goal = GoalQuery{
          static_cast<GoalInput>(random.Next() % kGoalInputCount),
          static_cast<OutputId>(random.Next() % kOutputCount),
          random.Next() % 2 ? kDefaultGoalTarget : random.In(-kMaxGoalTarget, kMaxGoalTarget)};
    }
    for (std::optional<Scenario>& scenario : state.scenarios) {
      if (random.Next() % 3 == 0) continue;
      scenario = Scenario{"", RandomScenarioAssumptions(random)};
      const Preset* preset = MatchingPreset(scenario->assumptions);
      scenario->name = preset != nullptr && random.Next() % 2 ? preset->name
                                                              : names[random.Next() % names.size()];
    }
    ASSERT_TRUE(Validate(a).empty());

    const std::string link = CanonicalLink(state);
    const ParsedLink parsed = ParseLink(link);
    ASSERT_TRUE(parsed.problems.empty()) << link << "\n" << parsed.problems[0].message;
    ASSERT_EQ(parsed.state, state) << link;
    ASSERT_EQ(CanonicalLink(parsed.state), link);
  }
}

TEST(ShareLink, ScenarioKeys) {
  ParsedLink parsed = ParseLink("s1=bear&s3.gm=50&s3.name=Cheap%20chips");
  ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].message;
  const Scenarios& scenarios = parsed.state.scenarios;
  ASSERT_TRUE(scenarios[0]);
  EXPECT_EQ(*scenarios[0], ScenarioFromPreset(*FindPreset("bear")));
  EXPECT_FALSE(scenarios[1]);
  ASSERT_TRUE(scenarios[2]);
  EXPECT_EQ(scenarios[2]->name, "Cheap chips");
  EXPECT_EQ(scenarios[2]->assumptions.gross_margin_pct[2], 50.0);
  EXPECT_EQ(scenarios[2]->assumptions.revenue_busd, DefaultAssumptions().revenue_busd);
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&s1=bear&s3.name=Cheap%20chips&s3.gm=50");

  // Keys apply on top of the preset the scenario starts from; the name follows.
  parsed = ParseLink("s2=bull&s2.gm=60");
  EXPECT_EQ(parsed.state.scenarios[1]->name, "Scenario 2");
  EXPECT_EQ(parsed.state.scenarios[1]->assumptions.aws_growth_pct, 20.0);
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&s2=bull&s2.gm=60");
  // The shortest form: a scenario that is exactly a preset is written as that preset.
  parsed = ParseLink("s1.rev=3.5,7,11&s1.gm=65&s1.aws=60&s1.g=15");
  EXPECT_EQ(parsed.state.scenarios[0]->assumptions, FindPreset("bear")->assumptions);
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&s1=bear&s1.name=Scenario%201");
  EXPECT_EQ(CanonicalLink(ParseLink("s1=note").state), "v=1&s1=note");
  EXPECT_EQ(ParseLink("s1=note").state.scenarios[0]->name, "The note, as reported");
  EXPECT_EQ(CanonicalLink(ParseLink("s1.name=Mine").state), "v=1&s1.name=Mine");
  // UTF-8 names travel percent-encoded.
  parsed = ParseLink("s1.name=B%C3%A4r%20%26%20co");
  EXPECT_EQ(parsed.state.scenarios[0]->name, "B\xC3\xA4r & co");
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&s1.name=B%C3%A4r%20%26%20co");
  // Scenario keys follow their own horizon.
  parsed = ParseLink("s1.rev=4,10,19,25&s1.train=0,1,2,3");
  EXPECT_TRUE(parsed.problems.empty());
  EXPECT_EQ(parsed.state.scenarios[0]->assumptions.horizon_years, 4);
  EXPECT_EQ(parsed.state.assumptions.horizon_years, 3);
}

TEST(ShareLink, BadScenarioValues) {
  EXPECT_EQ(OnlyProblem(ParseLink("s1=moon")),
            "s1=moon: there is no preset called \"moon\" (the presets are note, matched, reported, "
            "projections, bear, "
            "bull), so scenario 1 starts from the article's assumptions.");
  EXPECT_TRUE(ParseLink("s1=moon").state.scenarios[0]);
  EXPECT_EQ(OnlyProblem(ParseLink("s4=bear")),
            "s4=bear: at most 3 scenarios can be kept (s1 to s3), so it is ignored.");
  EXPECT_THAT(OnlyProblem(ParseLink("s0.gm=5")), HasSubstr("at most 3 scenarios"));
  EXPECT_THAT(OnlyProblem(ParseLink("s12.gm=5")), HasSubstr("at most 3 scenarios"));
  EXPECT_EQ(OnlyProblem(ParseLink("s1.name=")),
            "s1.name=: the scenario's name is empty, so \"The note, as reported\" is used.");
  EXPECT_THAT(OnlyProblem(ParseLink("s2=bear&s2.name=%FF")),
              HasSubstr("s2.name=%FF: the scenario's name is not valid UTF-8, so \"Bear case"));
  EXPECT_THAT(OnlyProblem(ParseLink("s1.name=" + std::string(61, 'x'))),
              HasSubstr("is longer than 60 characters, so \"The note, as reported\" is used."));
  EXPECT_THAT(OnlyProblem(ParseLink("s1.name=a%0Ab")), HasSubstr("contains control characters"));
  EXPECT_EQ(OnlyProblem(ParseLink("s1=bear&s1.gm=abc")),
            "s1.gm=abc: Anthropic gross margin must be a plain decimal number such as 12.5, so it "
            "stays at 65%.");
  EXPECT_THAT(OnlyProblem(ParseLink("s1.theme=dark")),
              HasSubstr("\"s1.theme\" is not a setting this calculator knows"));
  EXPECT_THAT(OnlyProblem(ParseLink("s1=bear&s1=bull")), HasSubstr("appears more than once"));
  EXPECT_EQ(ParseLink("s1=bear&s1=bull").state.scenarios[0]->assumptions,
            FindPreset("bear")->assumptions);
  EXPECT_THAT(OnlyProblem(ParseLink("s1.aws=150")), HasSubstr("cannot be above 100%"));
}

TEST(ShareLink, ScenariosTheLinkDoesNotNameStayAsInTheBase) {
  LinkState base;
  base.scenarios[0] = ScenarioFromPreset(*FindPreset("bull"));
  base.scenarios[1] = ScenarioFromPreset(*FindPreset("bear"));
  const ParsedLink parsed = ParseLink("s2=matched&gm=50", base);
  EXPECT_EQ(parsed.state.scenarios[0], base.scenarios[0]);
  EXPECT_EQ(parsed.state.scenarios[1]->assumptions, FindPreset("matched")->assumptions);
}

}  // namespace
}  // namespace awscalc

namespace awscalc {
namespace {

// Test and benchmark switches are not settings of links: a link a reader is sent cannot
// make the calculator abort.
TEST(ShareLink, DebugIsNoSettingOfLinks) {
  for (const char* link : {"debug=abort", "debug=continuous", "v=1&gm=55&debug=abort"}) {
    const ParsedLink parsed = ParseLink(link);
    ASSERT_EQ(parsed.problems.size(), 1u) << link;
    EXPECT_NE(
        parsed.problems[0].message.find("\"debug\" is a switch of the calculator's own tests"),
        std::string::npos)
        << parsed.problems[0].message;
    EXPECT_EQ(CanonicalLink(parsed.state),
              std::string(link).find("gm=55") != std::string::npos ? "v=1&gm=55" : "v=1");
  }
}

// A '#' inside a fragment separates nothing: the value holding it is a problem, the
// rest applies. Only a whole URL, given through a door that takes URLs (LinkOfUrl: the
// CLI's argument), is cut at its first '#'.
TEST(ShareLink, OnlyAWholeUrlIsCutAtItsHash) {
  const ParsedLink second = ParseLink("v=1&gm=50#aws=10");
  ASSERT_EQ(second.problems.size(), 1u);
  EXPECT_NE(second.problems[0].message.find("gm=50#aws=10"), std::string::npos)
      << second.problems[0].message;
  EXPECT_EQ(CanonicalLink(second.state), "v=1");
  const ParsedLink after = ParseLink("gm=50&s1.name=A#B&aws=70");
  EXPECT_EQ(after.state.assumptions.gross_margin_pct[0], 50);
  EXPECT_EQ(after.state.assumptions.aws_share_pct[0], 70);
  // One leading '#' is the fragment's own.
  EXPECT_EQ(CanonicalLink(ParseLink("#v=1&gm=50").state), "v=1&gm=50");
  // A whole URL: cut at its first '#'; the rest is the link, '#'s and all.
  auto of_url = [](std::string_view url) {
    return CanonicalLink(ParseLink(*LinkOfUrl(url)).state);
  };
  EXPECT_EQ(of_url("https://example.org/a?b=c#v=1&gm=50"), "v=1&gm=50");
  EXPECT_EQ(of_url("HTTP://example.org/#gm=45"), "v=1&gm=45");
  EXPECT_EQ(of_url("file:///tmp/calc.html#gm=45"), "v=1&gm=45");
  EXPECT_EQ(of_url("https://example.org/calc/"), "v=1");
  EXPECT_EQ(ParseLink(*LinkOfUrl("https://example.org/#gm=50#aws=10")).problems.size(), 1u);
  for (const char* link :
       {"v=1&gm=50", "#v=1", "note:see&rev=4,10,30", "x:y#gm=55", "mailto:a#b"}) {
    EXPECT_FALSE(LinkOfUrl(link)) << link;
  }
}

// A fragment is never a URL, whatever its text: a colon in its first key is a bad key
// like any other, and the keys after it apply (the page and the CLI agreed only on
// links without one).
TEST(ShareLink, AColonInTheFirstKeyIsABadKeyNotAUrl) {
  const ParsedLink note = ParseLink("note:see&rev=4,10,30");
  EXPECT_THAT(OnlyProblem(note), HasSubstr("\"note:see\" is not a setting this calculator knows"));
  EXPECT_EQ(note.state.assumptions.revenue_busd[2], 30);
  const ParsedLink second = ParseLink("#x:y#gm=55");
  ASSERT_EQ(second.problems.size(), 1u);
  EXPECT_EQ(second.state.assumptions.gross_margin_pct[0], 60);
  EXPECT_THAT(second.problems[0].message, HasSubstr("x:y#gm"));
}

// The introducing '#' is dropped once, in ParseLink only: "##gm=55" is the key "#gm".
TEST(ShareLink, OneLeadingHashIsDroppedOnce) {
  const ParsedLink twice = ParseLink("##gm=55");
  ASSERT_EQ(twice.problems.size(), 1u);
  EXPECT_THAT(twice.problems[0].message, HasSubstr("\"#gm\""));
  EXPECT_EQ(twice.state.assumptions.gross_margin_pct[0], 60);
  EXPECT_EQ(ParseLink("##").problems.size(), 1u);
  EXPECT_TRUE(ParseLink("#").problems.empty());
}

// A link's name with a direction control is refused like any bad name: the default
// name is used and the reader told why.
TEST(ShareLink, ANameWithABidiOverrideIsRefused) {
  const ParsedLink parsed = ParseLink("v=1&s1=bear&s1.name=%E2%80%AEevil");
  ASSERT_EQ(parsed.problems.size(), 1u);
  EXPECT_NE(parsed.problems[0].message.find("control of the text's direction"), std::string::npos)
      << parsed.problems[0].message;
  ASSERT_TRUE(parsed.state.scenarios[0]);
  EXPECT_EQ(parsed.state.scenarios[0]->name.find("\xE2\x80\xAE"), std::string::npos);
}

// A '?' is a character of the fragment like any other: a scenario's name may
// hold one; a number with one is a problem, and the keys after it still apply.
TEST(ShareLink, AQuestionMarkIsPartOfTheFragment) {
  const ParsedLink named = ParseLink("v=1&s1.name=Why?&gm=50");
  EXPECT_TRUE(named.problems.empty());
  EXPECT_EQ(named.state.assumptions.gross_margin_pct[0], 50);
  ASSERT_TRUE(named.state.scenarios[0]);
  EXPECT_EQ(named.state.scenarios[0]->name, "Why?");
  const ParsedLink number = ParseLink("gm=50?aws=10&train=1");
  EXPECT_EQ(number.problems.size(), 1u);
  EXPECT_EQ(CanonicalLink(number.state), "v=1&train=1");
}

TEST(ShareLink, TheTabTravelsByName) {
  const ParsedLink parsed = ParseLink("tab=range");
  EXPECT_TRUE(parsed.problems.empty());
  EXPECT_EQ(parsed.state.view.tab, 4);
  EXPECT_EQ(CanonicalLink(parsed.state), "v=1&tab=range");
  EXPECT_EQ(CanonicalLink(ParseLink("tab=work").state), "v=1");
  const ParsedLink bad = ParseLink("tab=settings");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_NE(bad.problems[0].message.find("tab=settings: the tab must be one of work, note"),
            std::string::npos);
  EXPECT_EQ(bad.state.view.tab, 0);
}

}  // namespace
}  // namespace awscalc
