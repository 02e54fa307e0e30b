// report_test.cpp: the result keys of architecture.md in JSON and CSV.
#include "core/report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/share_link.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(Report, JsonHasEveryResultKey) {
  const std::string json = ResultsJson(Project(DefaultAssumptions()), "v=1", {});
  for (const char* key :
       {"years", "anthropicRevenue", "grossMarginPct", "awsSharePct", "trainingRevenue",
        "costOfRevenue", "awsFromAnthropic", "awsExcludingAnthropic", "awsTotal",
        "anthropicShareOfAwsPct", "growthContributionPts", "cumulativeAwsFromAnthropic",
        "cumulativeOperatingProfit", "paybackYear", "stakeGain", "stakeMultiple", "reported",
        "impliedRevenue", "problems"}) {
    EXPECT_THAT(json, HasSubstr("\"" + std::string(key) + "\":")) << key;
  }
  EXPECT_THAT(json, StartsWith("{\"years\":[2025,2026,2027],\"anthropicRevenue\":[4,10,19],"));
  EXPECT_THAT(json, HasSubstr("\"grossMarginPct\":[60,60,60]"));
  EXPECT_THAT(json, HasSubstr("\"growthContributionPts\":[null,"));
  EXPECT_THAT(json, HasSubstr("\"reported\":[1.28,3,5.6]"));
  EXPECT_THAT(json, HasSubstr("\"reportedApproximate\":[false,true,false]"));
  EXPECT_THAT(json, HasSubstr("\"paybackYear\":null"));
  EXPECT_THAT(json, HasSubstr("\"link\":\"v=1\",\"problems\":[]}"));
}

TEST(Report, JsonEscapesProblems) {
  const ParsedLink parsed = ParseLink("x=\"%5C%0A");
  const std::string json =
      ResultsJson(Project(parsed.state.assumptions), "v=1", ProblemMessages(parsed));
  // The echo is printable ASCII: the backslash stays, the line feed becomes %0A.
  EXPECT_THAT(json, HasSubstr("\"problems\":[\"x=\\\"\\\\%0A: \\\"x\\\" is not a setting"));
  EXPECT_EQ(JsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(Report, ExtensionYearsHaveNullsWhereTheNoteIsSilent) {
  const ParsedLink parsed = ParseLink("rev=4,10,19,29.26");
  const std::string json = ResultsJson(Project(parsed.state.assumptions), "", {});
  EXPECT_THAT(json, HasSubstr("\"reported\":[1.28,3,5.6,null]"));
  EXPECT_THAT(json, HasSubstr("\"reportedApproximate\":[false,true,false,null]"));
}

TEST(Report, CsvHasYearsAsColumns) {
  const std::string csv = ResultsCsv(Project(DefaultAssumptions()));
  EXPECT_THAT(csv, StartsWith("key,2025,2026,2027\nanthropicRevenue,4,10,19\n"));
  EXPECT_THAT(csv, HasSubstr("\ngrowthContributionPts,,"));
  EXPECT_THAT(csv, HasSubstr("\nreported,1.28,3,5.6\n"));
  EXPECT_THAT(csv, HasSubstr("\npaybackYear,\nstakeGain,5.800000000000001\nstakeMultiple,1.725\n"));
}

}  // namespace
}  // namespace awscalc
