// goal_seek.cpp: see goal_seek.h.
//
// Every output is a sum of AWS revenue from Anthropic over some years, A_i = R_i x
// (1 - GM_i) x S_i + T_i: one year for "aws" and "share" (the share's target becomes the
// A it needs: A = E x share / (100 - share), E = AWS excluding Anthropic), the years to
// the chosen one for "profit" (divided by the operating margin). That sum is
// coefficient x X + rest in each input X, so X = (needed - rest) / coefficient.
#include "core/goal_seek.h"

#include "core/messages.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "core/format.h"

namespace awscalc {
namespace {

constexpr std::array<GoalInputInfo, kGoalInputCount> kGoalInputs = {{
    {GoalInput::kRevenue, InputId::kRevenue, false},
    {GoalInput::kGrossMargin, InputId::kGrossMargin, true},
    {GoalInput::kAwsShare, InputId::kAwsShare, true},
    {GoalInput::kTraining, InputId::kTraining, false},
}};

// Answers write figures exactly enough to check them: "$8B", "$0.1234B", "46.67%".
std::string AnswerMoney(double busd) {
  return Format(busd, Unit::kBillionUsd, {std::fabs(busd) < 1 ? 4 : 2, true, true}).str();
}

std::string AnswerPercent(double pct) {
  return Format(pct, Unit::kPercent, {2, true, true}).str();
}

std::string InputText(GoalInput input, double value) {
  return Info(Info(input).input).unit == Unit::kBillionUsd ? AnswerMoney(value)
                                                           : AnswerPercent(value);
}

// The words of an answer are messages (core/messages.h), one per input, output and
// outcome, so each language words its own sentences around the figures:
//   goal.input.KEY.phrase  "Anthropic revenue of {value} in {year}", "a gross margin of {value}"
//   goal.input.KEY.noun    "Anthropic revenue in {year}", "the gross margin"
//   goal.input.KEY.above   "the calculator allows revenue up to {limit}" (and .below)
//   goal.output.KEY.target "AWS revenue from Anthropic to be {value} in {year}"
//   goal.output.KEY.noun   "AWS revenue from Anthropic in {year}"
std::string GoalWords(GoalInput input, const char* what, const std::string& value,
                      const std::string& year) {
  char key[48];
  std::snprintf(key, sizeof key, "goal.input.%s.%s", Info(input).key(), what);
  return Say(key, {{"value", value}, {"year", year}});
}

std::string InputPhrase(GoalInput input, double value, const std::string& year) {
  return GoalWords(input, "phrase", InputText(input, value), year);
}

std::string InputNoun(GoalInput input, const std::string& year) {
  return GoalWords(input, "noun", "", year);
}

// Why the value cannot be used: "a share cannot exceed 100%" (the input's valid range).
std::string LimitClause(GoalInput input, bool above) {
  const InputInfo& info = Info(Info(input).input);
  char key[48];
  std::snprintf(key, sizeof key, "goal.input.%s.%s", Info(input).key(), above ? "above" : "below");
  return Say(key, {{"limit", InputText(input, above ? info.max_value : info.min_value)}});
}

std::string OutputWords(OutputId output, const char* what, const std::string& value,
                        const std::string& year) {
  char key[48];
  std::snprintf(key, sizeof key, "goal.output.%s.%s", Info(output).key, what);
  return Say(key, {{"value", value}, {"year", year}});
}

std::string TargetPhrase(const GoalQuery& query, const std::string& year) {
  const std::string target = query.output == OutputId::kAnthropicShareOfAws
                                 ? AnswerPercent(query.target)
                                 : AnswerMoney(query.target);
  return OutputWords(query.output, "target", target, year);
}

std::string OutputNoun(OutputId output, const std::string& year) {
  return OutputWords(output, "noun", "", year);
}

}  // namespace

std::span<const GoalInputInfo> GoalInputs() {
  return kGoalInputs;
}

const GoalInputInfo& Info(GoalInput id) {
  return kGoalInputs[static_cast<int>(id)];
}

const char* GoalOutcomeName(GoalOutcome outcome) {
  switch (outcome) {
    case GoalOutcome::kSolved:
      return "solved";
    case GoalOutcome::kOutOfRange:
      return "outOfRange";
    case GoalOutcome::kNoEffect:
      return "noEffect";
    case GoalOutcome::kUnreachable:
      return "unreachable";
  }
  return "";
}

namespace {

// The goal's target as the AWS revenue from Anthropic it needs, summed over years
// [*first, y]; or, when the output's own arithmetic settles the question (a share of
// 100% or more, a margin of 0%), the finished result.
std::optional<GoalResult> NeededRevenue(const Assumptions& a, const Projection& p,
                                        const GoalQuery& query, int y, const std::string& year,
                                        const std::string& no_effect, GoalResult result,
                                        double* needed_busd, int* first) {
  *needed_busd = query.target;
  *first = y;
  switch (query.output) {
    case OutputId::kAwsFromAnthropic:
      break;
    case OutputId::kAnthropicShareOfAws:
      if (!(query.target >= 0.0 && query.target < 100.0)) {
        result.outcome = GoalOutcome::kUnreachable;
        result.answer = Say(query.target >= 100.0 ? "goal.shareOfAll" : "goal.shareNegative");
        return result;
      }
      *needed_busd =
          p.years[y].aws_excluding_anthropic_busd * query.target / (100.0 - query.target);
      break;
    case OutputId::kCumulativeOperatingProfit: {
      const double operating_margin = a.aws_operating_margin_pct / 100.0;
      if (operating_margin == 0.0) {
        result.outcome = query.target == 0.0 ? GoalOutcome::kSolved : GoalOutcome::kNoEffect;
        result.value = result.current_value;
        result.answer = query.target == 0.0
                            ? Say("goal.alreadyNoMargin", {{"input", InputNoun(query.input, year)}})
                            : no_effect;
        return result;
      }
      *needed_busd = query.target / operating_margin;
      *first = 0;
      break;
    }
  }
  return std::nullopt;
}

// The revenue needed over years [first, y] as coefficient x X + rest, X the input in the
// form the arithmetic of Project() is linear in (revenue, training, 1 - GM, S).
struct LinearForm {
  double coefficient = 0.0;
  double rest_busd = 0.0;
};
LinearForm RevenueInInput(const Assumptions& a, const Projection& p, GoalInput input, int first,
                          int y) {
  LinearForm form;
  for (int i = first; i <= y; ++i) {
    const double revenue_busd = a.revenue_busd[i];
    const double cost_fraction = 1.0 - a.gross_margin_pct[i] / 100.0;
    const double aws_share = a.aws_share_pct[i] / 100.0;
    const double training_busd = a.training_busd[i];
    const bool moved_year = i == y;
    switch (input) {
      case GoalInput::kRevenue:
        if (moved_year) {
          form.coefficient = cost_fraction * aws_share;
          form.rest_busd += training_busd;
        } else {
          form.rest_busd += p.years[i].aws_from_anthropic_busd;
        }
        break;
      case GoalInput::kTraining:
        if (moved_year) {
          form.coefficient = 1.0;
          form.rest_busd += p.years[i].aws_inference_busd;
        } else {
          form.rest_busd += p.years[i].aws_from_anthropic_busd;
        }
        break;
      case GoalInput::kGrossMargin:  // in (1 - GM)
        form.coefficient += revenue_busd * aws_share;
        form.rest_busd += training_busd;
        break;
      case GoalInput::kAwsShare:  // in S
        form.coefficient += revenue_busd * cost_fraction;
        form.rest_busd += training_busd;
        break;
    }
  }
  return form;
}

// The input's value from X, and X back into the assumptions (the margin and the share
// apply to every year, revenue and training to the chosen one).
double InputFromLinear(GoalInput input, double x) {
  switch (input) {
    case GoalInput::kRevenue:
    case GoalInput::kTraining:
      return x;
    case GoalInput::kGrossMargin:
      return (1.0 - x) * 100.0;
    case GoalInput::kAwsShare:
      return x * 100.0;
  }
  return x;
}
void SetInput(Assumptions& a, GoalInput input, int y, double value) {
  switch (input) {
    case GoalInput::kRevenue:
      a.revenue_busd[y] = value;
      break;
    case GoalInput::kGrossMargin:
      a.gross_margin_pct.fill(value);
      break;
    case GoalInput::kAwsShare:
      a.aws_share_pct.fill(value);
      break;
    case GoalInput::kTraining:
      a.training_busd[y] = value;
      break;
  }
}
double InputNow(const Assumptions& a, GoalInput input, int y) {
  switch (input) {
    case GoalInput::kRevenue:
      return a.revenue_busd[y];
    case GoalInput::kGrossMargin:
      return a.gross_margin_pct[y];
    case GoalInput::kAwsShare:
      return a.aws_share_pct[y];
    case GoalInput::kTraining:
      return a.training_busd[y];
  }
  return 0.0;
}

}  // namespace

GoalResult SeekGoal(const Assumptions& a, const GoalQuery& query, int year_index) {
  GoalResult result;
  result.query = query;
  const int horizon_years = std::clamp(a.horizon_years, 1, kMaxYears);
  const int y = std::clamp(year_index, 0, horizon_years - 1);
  const std::string year = std::to_string(kFirstYear + y);
  result.year = kFirstYear + y;
  result.solved = a;
  const GoalInput input = query.input;
  result.current_value = InputNow(a, input, y);
  const Projection p = Project(a);
  const std::string no_effect = Say("goal.noEffect", {{"input", InputNoun(input, year)},
                                                      {"output", OutputNoun(query.output, year)}});

  double needed_busd = 0.0;
  int first = y;
  if (std::optional<GoalResult> settled =
          NeededRevenue(a, p, query, y, year, no_effect, result, &needed_busd, &first)) {
    return *settled;
  }
  const LinearForm form = RevenueInInput(a, p, input, first, y);
  if (form.coefficient == 0.0) {
    const bool already = OutputValue(p, query.output, y) == query.target;
    result.outcome = already ? GoalOutcome::kSolved : GoalOutcome::kNoEffect;
    result.value = result.current_value;
    result.answer = already ? Say("goal.already", {{"input", InputNoun(input, year)},
                                                   {"output", OutputNoun(query.output, year)}})
                            : no_effect;
    return result;
  }
  result.value = InputFromLinear(input, (needed_busd - form.rest_busd) / form.coefficient);
  const InputInfo& info = Info(Info(input).input);
  if (!std::isfinite(result.value) || result.value < info.min_value ||
      result.value > info.max_value) {
    result.outcome = GoalOutcome::kOutOfRange;
    result.answer =
        Say("goal.outOfRange", {{"input", InputPhrase(input, result.value, year)},
                                {"limit", LimitClause(input, !(result.value < info.min_value))}});
    return result;
  }

  SetInput(result.solved, input, y, result.value);
  Normalize(result.solved);
  result.outcome = GoalOutcome::kSolved;
  result.answer = Say(Info(input).all_years ? "goal.solved.everyYear" : "goal.solved",
                      {{"input", InputPhrase(input, result.value, year)},
                       {"now", InputText(input, result.current_value)},
                       {"target", TargetPhrase(query, year)}});
  return result;
}

}  // namespace awscalc
