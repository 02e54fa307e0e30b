// report_test.cpp: the result keys of architecture.md in JSON and CSV.
#include "core/report.h"
#include "core/session.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/share_link.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
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

TEST(Report, ProjectionOnlyIsTheOriginalReport) {
  const ParsedLink parsed = ParseLink("v=1&gm=55&goal=gm&s1=bear");
  const Projection p = Project(parsed.state.assumptions);
  const std::string link = CanonicalLink(parsed.state);
  EXPECT_EQ(LinkResultsJson(parsed, kProjectionOnly), ResultsJson(p, link, {}));
  EXPECT_EQ(ResultsJson(p, link, {}, ReportExtras{}), ResultsJson(p, link, {}));
}

TEST(Report, EveryPartUnderItsKey) {
  const ParsedLink parsed = ParseLink("v=1&goal=gm&target=8&s1=bear&s3.gm=50");
  const std::string json = LinkResultsJson(parsed);
  EXPECT_THAT(json, StartsWith("{\"years\":[2025,2026,2027],\"anthropicRevenue\":[4,10,19],"));
  EXPECT_THAT(json, HasSubstr("\"stakeMultiple\":1.725,\"uncertainty\":{\"samples\":10000,"
                              "\"seed\":1,\"year\":2027,\"awsFromAnthropic\":{\"p5\":["));
  for (const char* key :
       {"\"cumulativeOperatingProfit\":{\"p5\":[", "\"anthropicShareOfAwsPct\":{", "\"p10\":[",
        "\"p50\":[", "\"p90\":[", "\"p95\":[", "\"mean\":[",
        "\"histogram\":{\"year\":2027,\"edges\":[", "\"counts\":[",
        "\"threshold\":5,\"thresholdYear\":2027,\"probabilityAbove\":",
        "\"tornado\":{\"output\":\"aws\",\"year\":2027,\"central\":5.7,\"bars\":[",
        "{\"input\":\"rev\",\"label\":\"Anthropic revenue\",\"lowValue\":",
        "\"scenarios\":[{\"slot\":1,\"name\":\"Bear case (the calculator's "
        "illustration)\",\"years\":[2025,2026,2027],\"anthropicRevenue\":[3.5,7,11],",
        "{\"slot\":3,\"name\":\"Scenario 3\",",
        "\"goal\":{\"input\":\"gm\",\"output\":\"aws\",\"year\":2027,\"target\":8,"
        "\"outcome\":\"solved\",\"value\":43.85964912280702,\"currentValue\":60,"
        "\"answer\":\"It takes a gross margin of 43.86%",
        "\"link\":\"v=1&goal=gm&target=8&s1=bear&s3.gm=50\",\"problems\":[]}"}) {
    EXPECT_THAT(json, HasSubstr(key)) << key;
  }
  // No goal asked: no "goal" key; no scenarios kept: an empty list.
  const std::string plain = LinkResultsJson(ParseLink("v=1"));
  EXPECT_THAT(plain, HasSubstr("\"scenarios\":[],\"link\":\"v=1\""));
  EXPECT_THAT(plain, Not(HasSubstr("\"goal\"")));
}

TEST(Report, CallersCanBringTheirOwnSlicedRun) {
  const ParsedLink parsed = ParseLink("n=20000&rev=4,10,19,25");
  MonteCarloRun run;
  run.Start(parsed.state.assumptions, parsed.state.uncertainty);
  while (!run.Step(3000)) {
  }
  const Tornado tornado = ComputeTornado(parsed.state.assumptions, parsed.state.uncertainty);
  const std::vector<ScenarioProjection> scenarios = ProjectScenarios(parsed.state.scenarios);
  ReportExtras extras;
  extras.uncertainty = &run.Result();
  extras.tornado = &tornado;
  extras.scenarios = &scenarios;
  EXPECT_EQ(ResultsJson(Project(parsed.state.assumptions), CanonicalLink(parsed.state), {}, extras),
            LinkResultsJson(parsed));
}

TEST(Report, Parts) {
  EXPECT_EQ(ParseReportParts("all"), ReportParts{});
  EXPECT_EQ(ParseReportParts("projection"), kProjectionOnly);
  ReportParts tornado_goal = kProjectionOnly;
  tornado_goal.tornado = true;
  tornado_goal.goal = true;
  EXPECT_EQ(ParseReportParts("tornado,goal"), tornado_goal);
  EXPECT_EQ(ParseReportParts("uncertainty,tornado,scenarios,goal"), ReportParts{});
  EXPECT_EQ(ParseReportParts("tornado,,goal"), std::nullopt);
  EXPECT_EQ(ParseReportParts("charts"), std::nullopt);
  EXPECT_EQ(ParseReportParts(""), std::nullopt);
  const std::string json = LinkResultsJson(ParseLink("v=1&goal=aws"), tornado_goal);
  EXPECT_THAT(json, HasSubstr("\"tornado\":"));
  EXPECT_THAT(json, HasSubstr("\"goal\":"));
  EXPECT_THAT(json, Not(HasSubstr("\"uncertainty\":")));
  EXPECT_THAT(json, Not(HasSubstr("\"scenarios\":")));
}

TEST(Report, ImpossibleGoalsHaveTheirValueAndNoEffectNone) {
  std::string json =
      LinkResultsJson(ParseLink("goal=aws&target=9.728"), ParseReportParts("goal").value());
  EXPECT_THAT(json, HasSubstr("\"outcome\":\"outOfRange\",\"value\":127.99999999999999,"));
  EXPECT_THAT(json, HasSubstr("\"answer\":\"It would take an AWS share of 128%, and a share cannot "
                              "exceed 100%.\""));
  json = LinkResultsJson(ParseLink("goal=gm&goalout=share&target=100"),
                         ParseReportParts("goal").value());
  EXPECT_THAT(json, HasSubstr("\"outcome\":\"unreachable\",\"value\":null"));
}

}  // namespace
}  // namespace awscalc
