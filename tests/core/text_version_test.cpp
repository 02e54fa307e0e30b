// text_version_test.cpp: the page's text version and result strip as data
// (text_version.h): the form and columns come from the core's tables, the cells and
// sentences are the core's, and the strip names the figure a changed input moves.
#include "core/text_version.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/assumptions.h"
#include "core/report.h"
#include "core/reported.h"
#include "core/results.h"
#include "core/session.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

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

// "Since the note" in the text version: the as-of line and every reported fact with its
// source and address, from the core's table.
TEST(TextVersion, SinceTheNoteHasEveryReportedFact) {
  const std::string spec = TextVersionSpecJson();
  EXPECT_THAT(spec, HasSubstr("\"since\":{\"asOf\":\"" + AsOfLine() + "\""));
  EXPECT_THAT(
      spec, HasSubstr("\"charts\":[" + JsonString(RunRateChartText()) + "," +
                      JsonString(StakeChartText()) + "," + JsonString(AwsSalesChartText()) + "]"));
  for (const ReportedFact& f : ReportedFacts()) {
    EXPECT_THAT(spec, HasSubstr("\"period\":\"" + std::string(f.period) + "\",\"figure\":\"" +
                                ReportedValueText(f) + "\""))
        << f.id;
    EXPECT_THAT(spec,
                HasSubstr("\"source\":\"" + std::string(f.source) + "\",\"url\":\"" + f.url + "\""))
        << f.id;
  }
}

// Each input's source line carries what was reported for it since the note.
TEST(TextVersion, InputsCarryTheirReportedFigures) {
  const std::string spec = TextVersionSpecJson();
  for (const InputId id : {InputId::kRevenue, InputId::kGrossMargin, InputId::kAwsBase}) {
    const InputInfo& info = Info(id);
    ASSERT_NE(ReportedSource(info), "") << info.link_key;
    EXPECT_THAT(spec, HasSubstr("\"reference\":" + JsonString(ReferenceText(info)) +
                                ",\"reported\":" + JsonString(ReportedSource(info))))
        << info.link_key;
  }
  EXPECT_THAT(spec, HasSubstr("\"reference\":\"note: 75%\",\"reported\":\"\""));
}

TEST(ResultStrip, TheChosenYearAndWhatMoved) {
  Session session;
  const std::string strip = ResultStripJson(session);
  EXPECT_THAT(strip, HasSubstr("\"years\":[2025,2026,2027]"));
  EXPECT_THAT(strip, HasSubstr("\"values\":[1.2000000000000002,3,5.7]"));  // shortest exact
  EXPECT_THAT(strip, HasSubstr("\"reported\":[1.28,3,5.6]"));
  // The margin moves AWS's revenue from Anthropic: the strip says by how much, in the
  // year moved.
  session.ApplyLink("v=1&gm=50");
  const std::string moved = ResultStripJson(session, &Info(InputId::kGrossMargin), 1);
  EXPECT_NE(moved, ResultStripJson(session));
  EXPECT_THAT(moved, ::testing::Not(HasSubstr("\"detail\":\"\"")));
  EXPECT_THAT(ResultStripJson(session), HasSubstr("\"figure\":\"$7.12B\""));
  // What a screen reader hears: the figure beside the note's, then what moved, briefly.
  EXPECT_THAT(ResultStripJson(session),
              HasSubstr("\"announce\":\"2027: $7.12B (the note: $5.6B)\""));
  EXPECT_THAT(moved, HasSubstr("\"announce\":\"2027: $7.12B (the note: $5.6B). 2026: $3.75B\""));
  EXPECT_THAT(ResultStripJson(session, &Info(InputId::kAwsGrowth)),
              HasSubstr("\"announce\":\"2027: $7.12B (the note: $5.6B). Anthropic's share of AWS"));
}

}  // namespace
}  // namespace awscalc
