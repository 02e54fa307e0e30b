// reported_test.cpp: the table of facts reported since the note (reported.h), built
// from data/reported.csv: every fact is complete, the "as of" date is the newest fact's,
// the writers name every fact and never call a run-rate a year's revenue.
#include "core/reported.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace awscalc {
namespace {

using ::testing::HasSubstr;

TEST(Reported, EveryFactIsComplete) {
  ASSERT_FALSE(ReportedFacts().empty());
  std::set<std::string> ids;
  for (const ReportedFact& f : ReportedFacts()) {
    EXPECT_TRUE(ids.insert(f.id).second) << f.id;
    EXPECT_TRUE(std::isfinite(f.value)) << f.id;
    EXPECT_TRUE(f.unit == Unit::kBillionUsd || f.unit == Unit::kPercent) << f.id;
    EXPECT_STRNE(f.source, "") << f.id;
    EXPECT_STRNE(f.period, "") << f.id;
    EXPECT_TRUE(std::string(f.url).empty() || std::string(f.url).starts_with("https://")) << f.id;
  }
}

// Beside the inputs: 2025's revenue and margin on their sliders (same year, same unit),
// AWS's newest full year beside the 2024 base in words only; each with source and date.
TEST(Reported, BesideTheInputs) {
  const ReportedFact& revenue = *FindReportedById("revenue-2025");
  const ReportedFact& margin = *FindReportedById("margin-2025");
  const ReportedFact& aws = *FindReportedById("aws-sales-2025");
  EXPECT_EQ(ReportedBeside(InputId::kRevenue, 0), &revenue);
  EXPECT_EQ(ReportedBeside(InputId::kRevenue, 1), nullptr);  // 2026: not reported
  EXPECT_EQ(ReportedBeside(InputId::kGrossMargin, 0), &margin);
  EXPECT_EQ(ReportedBeside(InputId::kAwsBase, 0), &aws);
  EXPECT_EQ(ReportedBeside(InputId::kAwsShare, 0), nullptr);
  EXPECT_EQ(ReportedMarkerValue(Info(InputId::kRevenue), 0), revenue.value);
  EXPECT_TRUE(std::isnan(ReportedMarkerValue(Info(InputId::kRevenue), 1)));
  EXPECT_EQ(ReportedMarkerValue(Info(InputId::kGrossMargin), 0), 40.0);
  EXPECT_TRUE(std::isnan(ReportedMarkerValue(Info(InputId::kAwsBase), 0)));  // 2025 on 2024's
  EXPECT_EQ(ReportedNote(Info(InputId::kRevenue)), "reported 2025: $4.59B");
  EXPECT_EQ(ReportedNote(Info(InputId::kGrossMargin)), "reported 2025: about 40%");
  EXPECT_EQ(ReportedNote(Info(InputId::kAwsBase)), "reported 2025: $128.725B");
  EXPECT_EQ(ReportedNote(Info(InputId::kAwsGrowth)), "");
  EXPECT_THAT(
      ReportedSource(Info(InputId::kGrossMargin)),
      HasSubstr(std::string("about 40% (") + margin.source + ", " + margin.reported_on + ")"));
  EXPECT_EQ(ReportedSource(Info(InputId::kTraining)), "");
}

// "Anthropic's share of AWS" on AWS's reported 2025 net sales, beside the model's base.
TEST(Reported, ShareOfReportedAwsUsesTheReportedBase) {
  const Projection p = Project(DefaultAssumptions());
  const ReportedAwsShare share = ShareOfReportedAws(p);
  ASSERT_EQ(share.fact, FindReportedById("aws-sales-2025"));
  EXPECT_EQ(share.year, 2025);
  EXPECT_DOUBLE_EQ(share.share_pct, p.years[0].aws_from_anthropic_busd / 128.725 * 100.0);
  const std::vector<std::string> sentences = AwsAndAmazonReported(p);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_THAT(sentences[0], HasSubstr("AWS's 2025 net sales were reported at $128.725B"));
  EXPECT_THAT(sentences[0], HasSubstr("is 0.93% of AWS (0.94% of the model's $127.6B)"));
  EXPECT_THAT(sentences[1], HasSubstr("$190.4B on 2026-06-30 (Amazon 10-Q for Q2 2026"));
}

TEST(Reported, AsOfIsTheNewestFact) {
  std::string newest;
  for (const ReportedFact& f : ReportedFacts()) {
    if (std::string(f.reported_on) > newest) newest = f.reported_on;
  }
  EXPECT_EQ(NewestReportedDate(), newest);
  EXPECT_EQ(AsOfLine(), "Note: July 2025. Reported figures up to " + newest + ".");
}

TEST(Reported, FiguresAsPeopleReadThem) {
  for (const ReportedFact& f : ReportedFacts()) {
    const std::string text = ReportedValueText(f);
    if (f.qualifier == Qualifier::kAbout) {
      EXPECT_THAT(text, ::testing::StartsWith("about ")) << f.id;
    }
    if (f.qualifier == Qualifier::kOver) {
      EXPECT_THAT(text, ::testing::StartsWith("over ")) << f.id;
    }
    if (f.unit == Unit::kPercent) {
      EXPECT_THAT(text, ::testing::EndsWith("%")) << f.id;
    }
    if (!std::isnan(f.value_high)) {
      EXPECT_THAT(text, HasSubstr("-$")) << f.id;
    }
  }
}

TEST(Reported, WritersNameEveryFactAndNoRunRateIsAYearsRevenue) {
  const std::string json = ReportedFactsJson();
  const std::string csv = ReportedFactsCsv();
  const std::string table = ReportedFactsTable();
  int run_rates = 0;
  for (const ReportedFact& f : ReportedFacts()) {
    EXPECT_THAT(json, HasSubstr("{\"id\":\"" + std::string(f.id) + "\",\"measure\":\"" +
                                MeasureKey(f.measure) + "\""));
    EXPECT_THAT(csv, HasSubstr(f.source));
    EXPECT_THAT(table, HasSubstr(f.source));
    if (f.measure == ReportedMeasure::kAnthropicRunRate) {
      ++run_rates;
      EXPECT_THAT(MeasureName(f.measure), HasSubstr("not a year's revenue"));
      EXPECT_THAT(f.definition, HasSubstr("not a year's revenue"));
    }
  }
  EXPECT_GT(run_rates, 0);
  EXPECT_THAT(table, HasSubstr(AsOfLine()));
}

// The reported figures set beside the note's, each naming its source and date, from the
// table (a fact changed in data/reported.csv changes the sentence).
TEST(Reported, SinceTheNoteBesideTheNotesAssumptions) {
  const std::vector<std::string> sentences = SinceTheNoteSentences();
  ASSERT_EQ(sentences.size(), 4u);
  const ReportedFact* revenue = FindReported(ReportedMeasure::kAnthropicRevenueYear, "2025");
  ASSERT_NE(revenue, nullptr);
  EXPECT_THAT(sentences[0],
              HasSubstr("reported at " + ReportedValueText(*revenue) + " (" + revenue->source +
                        ", " + revenue->reported_on + "); the note assumed $4B."));
  EXPECT_THAT(sentences[1], HasSubstr("the note assumed 60%."));
  EXPECT_THAT(sentences[2], HasSubstr("the article's figure was $13.8B."));
  EXPECT_THAT(sentences[3], HasSubstr("run-rate"));
  EXPECT_THAT(sentences[3], HasSubstr("it is not a year's revenue"));
  // The newest of several facts for one period wins (a projection revised).
  const ReportedFact* projection = FindReported(ReportedMeasure::kAnthropicProjection, "2026");
  ASSERT_NE(projection, nullptr);
  for (const ReportedFact& f : ReportedFacts()) {
    if (f.measure == ReportedMeasure::kAnthropicProjection && std::string(f.period) == "2026") {
      EXPECT_LE(std::string(f.reported_on), std::string(projection->reported_on));
    }
  }
  EXPECT_EQ(FindReported(ReportedMeasure::kAwsNetSales, "1999"), nullptr);
  EXPECT_THAT(FormulaLeavesOut(), HasSubstr("Bedrock"));
  // Bedrock's share is a fact of the table, cited with its source and date.
  const ReportedFact& bedrock = *FindReportedById("bedrock-share-2026-02");
  EXPECT_THAT(FormulaLeavesOut(), HasSubstr("(Amazon keeps " + ReportedValueText(bedrock) +
                                            " of Anthropic's gross profit on those sales: " +
                                            bedrock.source + ", " + bedrock.reported_on + ")"));
}

}  // namespace
}  // namespace awscalc
