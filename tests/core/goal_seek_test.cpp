// goal_seek_test.cpp: every input and output, solved values that reproduce the target,
// and targets that need impossible values, answered in words and never clamped.
#include "core/goal_seek.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/presets.h"

namespace awscalc {
namespace {

constexpr std::array<GoalInput, 4> kInputs = {GoalInput::kRevenue, GoalInput::kGrossMargin,
                                              GoalInput::kAwsShare, GoalInput::kTraining};
constexpr std::array<OutputId, 3> kOutputIds = {OutputId::kAwsFromAnthropic,
                                                OutputId::kCumulativeOperatingProfit,
                                                OutputId::kAnthropicShareOfAws};

TEST(GoalSeek, SolvedValuesReproduceTheTarget) {
  std::vector<Assumptions> cases = {FindPreset("bull")->assumptions,
                                    FindPreset("matched")->assumptions};
  for (int h = 1; h <= kMaxYears; ++h) {
    Assumptions a = DefaultAssumptions();
    SetHorizon(a, h);
    a.gross_margin_pct[0] = 50;  // years that differ
    a.training_busd[h - 1] = 0.5;
    Normalize(a);
    cases.push_back(a);
  }
  int solved = 0;
  for (const Assumptions& a : cases) {
    const Projection p = Project(a);
    for (int y = 0; y < a.horizon_years; ++y) {
      for (GoalInput input : kInputs) {
        for (OutputId output : kOutputIds) {
          for (double scale : {0.9, 1.0, 1.15}) {
            const double target = OutputValue(p, output, y) * scale;
            const GoalResult result = SeekGoal(a, {input, output, target}, y);
            if (result.outcome != GoalOutcome::kSolved) continue;  // e.g. a share > 100%
            ++solved;
            ASSERT_TRUE(Validate(result.solved).empty()) << result.answer;
            const double reached = OutputValue(Project(result.solved), output, y);
            EXPECT_NEAR(reached, target, 1e-9 * std::fabs(target))
                << result.answer << " (input " << Info(input).key() << ", output "
                << Info(output).key << ", year " << y << ")";
          }
        }
      }
    }
  }
  EXPECT_GT(solved, 500);
}

TEST(GoalSeek, PlainAnswers) {
  const Assumptions a = DefaultAssumptions();
  GoalResult r = SeekGoal(a, {GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, 8}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kSolved);
  EXPECT_EQ(r.year, 2027);
  EXPECT_EQ(r.current_value, 60.0);
  EXPECT_NEAR(r.value, 100 * (1 - 8 / (19 * 0.75)), 1e-12);
  EXPECT_EQ(r.answer,
            "It takes a gross margin of 43.86% in every year (now 60%) for AWS revenue from "
            "Anthropic to be $8B in 2027.");
  for (int y = 0; y < kMaxYears; ++y) EXPECT_EQ(r.solved.gross_margin_pct[y], r.value);

  r = SeekGoal(a, {GoalInput::kRevenue, OutputId::kAwsFromAnthropic, 8}, 2);
  EXPECT_EQ(r.answer,
            "It takes Anthropic revenue of $26.67B in 2027 (now $19B) for AWS revenue from "
            "Anthropic to be $8B in 2027.");
  EXPECT_EQ(r.solved.revenue_busd[1], 10.0);  // other years unchanged

  r = SeekGoal(a, {GoalInput::kTraining, OutputId::kCumulativeOperatingProfit, 5}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kSolved);
  EXPECT_NEAR(r.value, 5 / 0.37 - 9.9, 1e-12);
  EXPECT_EQ(r.answer,
            "It takes training revenue of $3.61B in 2027 (now $0B) for AWS's cumulative "
            "operating profit from Anthropic to reach $5B by 2027.");

  // 2.5% of AWS revenue in 2026 needs 148.49 x 2.5 / 97.5 = 3.81 from Anthropic: 95%.
  r = SeekGoal(a, {GoalInput::kAwsShare, OutputId::kAnthropicShareOfAws, 2.5}, 1);
  EXPECT_EQ(r.outcome, GoalOutcome::kSolved);
  EXPECT_EQ(r.year, 2026);
  EXPECT_EQ(r.answer,
            "It takes an AWS share of 95.19% in every year (now 75%) for Anthropic to be 2.5% of "
            "AWS revenue in 2026.");
}

// The example, and the other limits: reported with the value they would take,
// the assumptions left as they were.
TEST(GoalSeek, ImpossibleTargetsAreReportedNotClamped) {
  const Assumptions a = DefaultAssumptions();
  // 19 x 0.4 x 128% = 9.728.
  GoalResult r = SeekGoal(a, {GoalInput::kAwsShare, OutputId::kAwsFromAnthropic, 9.728}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kOutOfRange);
  EXPECT_NEAR(r.value, 128, 1e-12);
  EXPECT_EQ(r.answer, "It would take an AWS share of 128%, and a share cannot exceed 100%.");
  EXPECT_EQ(r.solved, a);

  r = SeekGoal(a, {GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, 30}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kOutOfRange);
  EXPECT_LT(r.value, -100);
  EXPECT_EQ(r.answer,
            "It would take a gross margin of -110.53%, and the calculator allows a gross margin "
            "down to -100%.");

  r = SeekGoal(a, {GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, -1}, 2);
  EXPECT_EQ(r.answer,
            "It would take a gross margin of 107.02%, and a gross margin cannot exceed 100%.");

  Assumptions trained = a;
  trained.training_busd.fill(1);
  r = SeekGoal(trained, {GoalInput::kRevenue, OutputId::kAwsFromAnthropic, 0.5}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kOutOfRange);
  EXPECT_EQ(r.answer,
            "It would take Anthropic revenue of -$1.67B in 2027, and revenue cannot be negative.");
  r = SeekGoal(a, {GoalInput::kTraining, OutputId::kAwsFromAnthropic, 2000}, 0);
  EXPECT_EQ(r.answer,
            "It would take training revenue of $1998.8B in 2025, and the calculator allows "
            "training revenue up to $1000B.");
  r = SeekGoal(a, {GoalInput::kAwsShare, OutputId::kAwsFromAnthropic, -1}, 0);
  EXPECT_EQ(r.answer, "It would take an AWS share of -62.5%, and a share cannot be negative.");
}

TEST(GoalSeek, NoValueCanDoIt) {
  Assumptions a = DefaultAssumptions();
  a.revenue_busd[2] = 0;
  Normalize(a);
  GoalResult r = SeekGoal(a, {GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, 3}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kNoEffect);
  EXPECT_EQ(r.answer,
            "No value of the gross margin can do it: with these assumptions, the gross margin "
            "does not change AWS revenue from Anthropic in 2027.");
  r = SeekGoal(a, {GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, 0}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kSolved);  // it already is
  EXPECT_EQ(r.solved, a);

  Assumptions no_margin = DefaultAssumptions();
  no_margin.aws_operating_margin_pct = 0;
  r = SeekGoal(no_margin, {GoalInput::kRevenue, OutputId::kCumulativeOperatingProfit, 3}, 2);
  EXPECT_EQ(r.outcome, GoalOutcome::kNoEffect);

  for (double share : {100.0, 150.0, -1.0}) {
    r = SeekGoal(DefaultAssumptions(), {GoalInput::kRevenue, OutputId::kAnthropicShareOfAws, share},
                 2);
    EXPECT_EQ(r.outcome, GoalOutcome::kUnreachable) << share;
    EXPECT_EQ(r.answer.rfind("No value can do it: ", 0), 0u) << r.answer;
  }
}

TEST(GoalSeek, NamesForJson) {
  EXPECT_STREQ(GoalOutcomeName(GoalOutcome::kSolved), "solved");
  EXPECT_STREQ(GoalOutcomeName(GoalOutcome::kOutOfRange), "outOfRange");
  EXPECT_STREQ(Info(GoalInput::kAwsShare).key(), "aws");
  EXPECT_TRUE(Info(GoalInput::kGrossMargin).all_years);
  EXPECT_FALSE(Info(GoalInput::kTraining).all_years);
}

}  // namespace
}  // namespace awscalc
