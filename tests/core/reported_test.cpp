// reported_test.cpp: the table of facts reported since the note (reported.h), built
// from data/reported.csv: every fact is complete, the "as of" date is the newest fact's,
// the writers name every fact and never call a run-rate a year's revenue.
#include "core/reported.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

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

}  // namespace
}  // namespace awscalc
