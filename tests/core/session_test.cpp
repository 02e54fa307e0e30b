// session_test.cpp: the session (core/session.h): what the page, the CLI and the UI all
// read. Its report equals the CLI's for the same link however the Monte Carlo run was
// sliced; typed values go through the link's own validation.
#include "core/session.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/presets.h"
#include "core/share_link.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

TEST(Session, StartsWithTheArticlesAssumptions) {
  Session session;
  EXPECT_EQ(session.CanonicalLink(), "v=1");
  EXPECT_EQ(session.projection().years[2].aws_from_anthropic_busd, 5.7);
  EXPECT_TRUE(session.problems().empty());
  EXPECT_EQ(session.ChosenYearIndex(), 2);
}

TEST(Session, ARunSlicedOverFramesReportsWhatTheCommandLineDoes) {
  const char* link = "v=1&gm=55&n=20000&seed=7&goal=aws&target=8&s1=bear";
  Session sliced;
  sliced.ApplyLink(link);
  int slices = 0;
  while (sliced.Advance(1500)) ++slices;
  EXPECT_GT(slices, 5);
  EXPECT_EQ(sliced.Json(), LinkResultsJson(ParseLink(link)));
}

TEST(Session, AnEditRecomputesEverythingDerived) {
  Session session;
  session.ApplyLink("v=1&goal=gm&target=8");
  const double answer_before = session.goal()->value;
  session.link().assumptions.aws_share_pct.fill(90);
  session.Edited();
  EXPECT_DOUBLE_EQ(session.projection().years[2].aws_from_anthropic_busd, 19 * 0.4 * 0.9);
  EXPECT_NE(session.goal()->value, answer_before);
  EXPECT_EQ(session.CanonicalLink(), "v=1&aws=90&goal=gm&target=8");
}

TEST(Session, TypedValuesAreValidatedAsTheLinksAre) {
  Session session;
  const InputInfo& margin = *FindInput("gm");
  EXPECT_TRUE(session.SetInputText(margin, 1, "50").empty());
  EXPECT_EQ(session.CanonicalLink(), "v=1&gm=60,50,60");
  // Not a number: nothing changes, and the reader is told why (as a link would).
  const std::vector<std::string> bad = session.SetInputText(margin, -1, "abc");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_THAT(bad[0], HasSubstr("must be a plain decimal number"));
  EXPECT_EQ(session.CanonicalLink(), "v=1&gm=60,50,60");
  // Out of range: refused, as the canvas refuses a typed value, in the canvas's words
  // (one validator, whichever door: ReadTypedValue); nothing changes.
  const InputInfo& aws = *FindInput("aws");
  const std::vector<std::string> high = session.SetInputText(aws, -1, "150");
  ASSERT_EQ(high.size(), 1u);
  EXPECT_THAT(high[0], HasSubstr("cannot be above 100%"));
  EXPECT_EQ(high[0], ReadTypedValue("150", "Share of Anthropic's costs spent on AWS", aws.min_value,
                                    aws.max_value, aws.unit, false)
                         .problem);
  EXPECT_EQ(session.link().assumptions.aws_share_pct[2], 75.0);
  const std::vector<std::string> year = session.SetInputText(margin, 2, "-150");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0], ReadTypedValue("-150", "Anthropic gross margin, 2027", margin.min_value,
                                    margin.max_value, margin.unit, false)
                         .problem);
  // The unit as shown may surround the number, as on the canvas.
  EXPECT_TRUE(session.SetInputText(aws, -1, "80%").empty());
  EXPECT_EQ(session.link().assumptions.aws_share_pct[0], 80.0);
  EXPECT_TRUE(session.SetInputText(aws, -1, "75").empty());
  // One-value inputs ignore the year; revenue keeps the horizon.
  EXPECT_TRUE(session.SetInputText(*FindInput("g"), 3, "20").empty());
  EXPECT_EQ(session.link().assumptions.aws_growth_pct, 20.0);
  EXPECT_TRUE(session.SetInputText(*FindInput("rev"), 2, "30").empty());
  EXPECT_EQ(session.link().assumptions.horizon_years, 3);
  EXPECT_EQ(session.projection().years[2].anthropic_revenue_busd, 30.0);
}

TEST(Session, PresetsReplaceOnlyTheAssumptions) {
  Session session;
  session.ApplyLink("v=1&tab=range&n=2000");
  session.UsePreset(*FindPreset("matched"));
  EXPECT_EQ(session.CanonicalLink(), "v=1&rev=4.267,10,18.667&n=2000&tab=range");
}

TEST(Session, ProblemsStayUntilDismissed) {
  Session session;
  session.ApplyLink("gm=abc&aws=80");
  ASSERT_EQ(session.problems().size(), 1u);
  EXPECT_EQ(session.link().assumptions.aws_share_pct[0], 80.0);
  session.Edited();
  EXPECT_EQ(session.problems().size(), 1u);
  session.DismissProblems();
  EXPECT_TRUE(session.problems().empty());
}

}  // namespace
}  // namespace awscalc
