// format_test.cpp: the one formatter (core/format.h), in the styles of every door: the
// interface, changes, files and messages.
#include "core/format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace awscalc {
namespace {

TEST(Format, ForPeople) {
  EXPECT_EQ(Money(5.7), "$5.70B");
  EXPECT_EQ(Money(174.4810404375), "$174.5B");
  EXPECT_EQ(Money(1234.6), "$1235B");
  EXPECT_EQ(Money(-0.08), std::string(kMinus) + "$0.08B");
  EXPECT_EQ(Money(-0.001), "$0.00B");
  EXPECT_EQ(MoneyChange(0.1), "+$0.10B");
  EXPECT_EQ(MoneyChange(0.0), "$0.00B");
  EXPECT_EQ(MoneyCompact(4.267), "$4.27B");
  EXPECT_EQ(MoneyCompact(19.0), "$19B");
  EXPECT_EQ(Percent(60.0), "60%");
  EXPECT_EQ(PercentCompact(62.5), "62.5%");
  EXPECT_EQ(Points(1.78224), "+1.78 pts");
  EXPECT_EQ(Multiple(13.8 / 8.0), std::string("1.73") + kTimes);
  EXPECT_EQ(YearSpan(2025, 2027), std::string("2025") + kEnDash + "2027");
  EXPECT_EQ(YearSpan(2025, 2025), "2025");
  EXPECT_EQ(Money(std::nan("")), "n/a");
}

TEST(Format, TheNotesFiguresSayWhenTheyAreApproximate) {
  EXPECT_EQ(Reported(3.0, true), "~$3B");
  EXPECT_EQ(Reported(1.28, false), "$1.28B");
}

// Messages (link problems, goal-seek answers) are exact and ASCII: a reader can type
// back what they read.
TEST(Format, ExactForMessages) {
  EXPECT_EQ(Format(1000, Unit::kBillionUsd, kExact), "$1000B");
  EXPECT_EQ(Format(-0.5, Unit::kBillionUsd, kExact), "-$0.5B");
  EXPECT_EQ(Format(0.1 + 0.2, Unit::kBillionUsd, kExact), "$0.30000000000000004B");
  EXPECT_EQ(Format(17.5, Unit::kPercentPerYear, kExact), "17.5% a year");
  EXPECT_EQ(Format(-10, Unit::kPoints, kExact), "-10 points");
  EXPECT_EQ(Format(0.7, Unit::kFactor, kExact), "x0.7");
  EXPECT_EQ(Format(1e300, Unit::kPlain, kExact), "1e300");
  EXPECT_EQ(Format(46.666666, Unit::kPercent, {2, true, true}), "46.67%");
  EXPECT_EQ(Format(8.0, Unit::kBillionUsd, {2, true, true}), "$8B");
}

TEST(Format, CountsAndFlags) {
  EXPECT_EQ(Count(200000), "200,000");
  EXPECT_EQ(Count(999), "999");
  EXPECT_EQ(Count(1000000), "1,000,000");
  EXPECT_EQ(Format(1, Unit::kFlag), "yes");
  EXPECT_EQ(Format(0, Unit::kFlag), "no");
}

}  // namespace
}  // namespace awscalc
