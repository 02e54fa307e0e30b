// goal_seek.h: "which value of input X makes output Y equal T?" (ARCHITECTURE.md, "The
// model").
//
// X: Anthropic revenue in the chosen year, gross margin (all years), AWS share (all
// years), or training revenue in the chosen year. Y (uncertainty.h's OutputId): AWS
// revenue from Anthropic in the chosen year, cumulative AWS operating profit from
// Anthropic to the chosen year, or Anthropic's share of AWS revenue in that year. The
// model is linear in every X, so each answer is a closed form, not a search. A target
// that needs an impossible value is answered in words with the value it would take;
// nothing is clamped silently.
#pragma once

#include <span>
#include <string>

#include "core/assumptions.h"
#include "core/uncertainty.h"

namespace awscalc {

enum class GoalInput { kRevenue, kGrossMargin, kAwsShare, kTraining };
inline constexpr int kGoalInputCount = 4;

struct GoalInputInfo {
  GoalInput id;
  InputId input;   // the model input: key, label, unit, valid range
  bool all_years;  // true: every year takes the value; false: the chosen year only
  // In links and JSON ("goal=gm"): the input's link key.
  const char* key() const { return Info(input).link_key; }
};
std::span<const GoalInputInfo> GoalInputs();
const GoalInputInfo& Info(GoalInput id);

inline constexpr double kDefaultGoalTarget = 10;  // $B, or % for the share
inline constexpr double kMaxGoalTarget = 10000;   // the link accepts -10000 to 10000

struct GoalQuery {
  GoalInput input = GoalInput::kGrossMargin;
  OutputId output = OutputId::kAwsFromAnthropic;
  double target = kDefaultGoalTarget;  // in the output's unit
  bool operator==(const GoalQuery&) const = default;
};

enum class GoalOutcome {
  kSolved,       // `value` is valid and gives the target (`solved` holds it)
  kOutOfRange,   // the target needs `value`, outside the input's valid range
  kNoEffect,     // with these assumptions the input does not move the output
  kUnreachable,  // no input can give it: a share of 100% or more, or below 0%
};

struct GoalResult {
  GoalQuery query;
  int year = 0;  // the chosen year (calendar)
  GoalOutcome outcome = GoalOutcome::kNoEffect;
  double value = 0;          // what the input would need to be (kSolved, kOutOfRange)
  double current_value = 0;  // the input now (in the chosen year)
  Assumptions solved;        // the assumptions with `value` applied (kSolved only)
  // The answer for people: "It takes a gross margin of 46.67% in every year (now 60%)
  // for AWS revenue from Anthropic to be $8B in 2027." or "It would take an AWS share
  // of 128%, and a share cannot exceed 100%."
  std::string answer;
};

// Solves the query in year `year_index` (0 = 2025, clamped to the horizon). Assumptions
// must be valid. For kSolved, Project(solved) gives the target to about 1e-15 relative.
GoalResult SeekGoal(const Assumptions& assumptions, const GoalQuery& query, int year_index);

const char* GoalOutcomeName(GoalOutcome outcome);  // "solved", "outOfRange", ...

}  // namespace awscalc
