// results_test.cpp: the one table of results (results.h): every key written once by the
// reports, and the cells people read.
#include "core/results.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/projection.h"
#include "core/report.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

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
      // A per-year result is a column of the projection's table; another, a row of the
      // single values' file.
      const std::vector<DataFile> files = ResultsDataFiles(p);
      EXPECT_THAT(files[info.per_year ? 0 : 1].text, HasSubstr(LabelWithUnit(info))) << info.key;
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

}  // namespace
}  // namespace awscalc
