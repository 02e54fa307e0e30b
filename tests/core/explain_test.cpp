// explain_test.cpp: the sentences people read (explain.h), the one place they are
// written: the note's citation, the headline, the totals, payback and stake, and the
// words that describe each chart.
#include "core/explain.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/assumptions.h"
#include "core/projection.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

// The note is cited once (kNote): the sentences that name it are built from its fields,
// and the inputs the note gives start their source with the same words.
TEST(Explain, TheNoteIsCitedOnce) {
  EXPECT_EQ(NoteSource(), "Morgan Stanley note via Business Insider (July 2025)");
  EXPECT_EQ(ArticleName(), "Business Insider, July 2025");
  EXPECT_THAT(SourceLine(), ::testing::StartsWith(NoteSource() + ", " + kNote.url));
  const std::string revenue_source = Info(InputId::kRevenue).source;
  EXPECT_THAT(revenue_source, ::testing::StartsWith(NoteSource() + ":"));
}

TEST(Explain, TheNotesAssumptionsInWords) {
  const Assumptions a = DefaultAssumptions();
  const Projection p = Project(a);
  EXPECT_EQ(SummarySentence(p),
            "AWS would earn $5.70B from Anthropic in 2027 (the note: $5.6B), $9.90B over "
            "2025\u20132027. Anthropic would be 3.16% of AWS's revenue. The operating profit AWS "
            "makes on it does not cover Amazon's investment by 2027.");
  EXPECT_EQ(TotalSentence(p),
            "Over 2025\u20132027, AWS would earn $9.90B from Anthropic in all; in 2027, $0.10B "
            "more than the note says.");
  EXPECT_EQ(PaybackSentence(a, p), "That does not cover Amazon's $8B investment by 2027.");
  EXPECT_EQ(StakeSentence(a, p),
            "Amazon's stake, bought for $8B, is worth $13.8B: a gain of $5.8B, 1.73\u00d7 the "
            "money.");
  EXPECT_EQ(HeadlineNote(p.years[2]), "the note: $5.6B");
}

TEST(Explain, EachBranchOfPaybackAndStake) {
  Assumptions a = DefaultAssumptions();
  a.investment_busd = 1;  // covered within the horizon
  Projection p = Project(a);
  ASSERT_TRUE(p.payback_year.has_value());
  EXPECT_EQ(PaybackSentence(a, p),
            "That covers Amazon's $1B investment in " + std::to_string(*p.payback_year) + ".");
  a = DefaultAssumptions();
  a.investment_busd = 0;  // nothing invested: no multiple
  p = Project(a);
  EXPECT_EQ(StakeSentence(a, p), "Amazon's stake is worth $13.8B, for nothing invested.");
}

TEST(Explain, ChartWordsNameWhatTheyShow) {
  const Projection p = Project(DefaultAssumptions());
  const std::string words = RevenueChartText(p);
  EXPECT_EQ(words,
            "Chart of AWS revenue from Anthropic by year: 2025 $1.20B (the note: $1.28B), 2026 "
            "$3.00B (the note: almost $3B), 2027 $5.70B (the note: $5.6B).");
}

}  // namespace
}  // namespace awscalc
