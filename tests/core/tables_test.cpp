// tables_test.cpp: the one table of inputs (assumptions.h) and the one table of results
// (results.h) drive every door: the link codec reads and writes exactly the input
// table's keys, the reports write exactly the results table's keys, and the text
// version's form and columns come from them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

#include "core/assumptions.h"
#include "core/decimal.h"
#include "core/report.h"
#include "core/results.h"
#include "core/share_link.h"
#include "core/text_version.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

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

TEST(ResultTable, TheReportsWriteEveryJsonKeyOnce) {
  const Projection p = Project(DefaultAssumptions());
  const std::string json = ResultsJson(p, "v=1", {});
  std::set<std::string> keys;
  for (const ResultInfo& info : AllResults()) {
    EXPECT_TRUE(keys.insert(info.key).second) << info.key;
    EXPECT_EQ(FindResult(info.key), &info);
    EXPECT_FALSE(std::string(info.label).empty());
    if (info.doors & kInJson) {
      EXPECT_THAT(json, HasSubstr("\"" + std::string(info.key) + "\":"));
    }
    if (info.doors & kInCsv) {
      EXPECT_THAT(ResultsCsv(p), HasSubstr(LabelWithUnit(info)));
    }
  }
}

TEST(ResultTable, CellsForPeople) {
  const Projection p = Project(DefaultAssumptions());
  EXPECT_EQ(ResultCell(*FindResult("awsFromAnthropic"), p, 2), "$5.70B");
  EXPECT_EQ(ResultCell(*FindResult("reported"), p, 1), "~$3B");
  EXPECT_EQ(ResultCell(*FindResult("reported"), p, 1, false), "~3");
  EXPECT_EQ(ResultCell(*FindResult("reportedDifference"), p, 2), "+$0.10B");
  EXPECT_EQ(ResultCell(*FindResult("growthContributionPts"), p, 0), "n/a");
  EXPECT_EQ(ResultCell(*FindResult("grossMarginPct"), p, 0), "60.0%");
  EXPECT_EQ(LabelWithUnit(*FindResult("awsFromAnthropic")), "AWS revenue from Anthropic ($B)");
}

// The page's text version: a field per link input, a column per result people read,
// and cells written by the core.
TEST(TextVersion, FormAndTableComeFromTheTables) {
  const std::string spec = TextVersionSpecJson();
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kDerived) continue;
    EXPECT_THAT(spec, HasSubstr("{\"key\":\"" + std::string(info.link_key) + "\""));
  }
  for (const ResultInfo& info : AllResults()) {
    const bool column = (info.doors & kInTables) && info.per_year;
    EXPECT_EQ(spec.find("{\"key\":\"" + std::string(info.key) + "\"") != std::string::npos, column)
        << info.key;
  }
  Session session;
  session.ApplyLink("v=1&rev=5,12,24");
  const std::string text = TextVersionJson(session);
  EXPECT_THAT(text, HasSubstr("\"values\":{\"rev\":[5,12,24],\"gm\":[60,60,60]"));
  EXPECT_THAT(text, HasSubstr("\"year\":2027,\"cells\":[\"$24.00B\""));
  EXPECT_THAT(text, HasSubstr("\"summary\":\"AWS would earn $7.20B from Anthropic in 2027"));
  EXPECT_THAT(text, HasSubstr("\"range\":null"));  // no run has finished yet
  session.Finish();
  EXPECT_THAT(TextVersionJson(session), HasSubstr("\"range\":{\"sentence\":\"In 2027,"));
}

}  // namespace
}  // namespace awscalc
