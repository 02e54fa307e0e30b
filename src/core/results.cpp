// results.cpp: see results.h.
#include "core/results.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <string_view>

#include "core/messages.h"

namespace awscalc {
namespace {

using Value = std::optional<double>;
using P = const Projection&;

// The rows in the order the reports write them (JSON key order, CSV row order).
constexpr unsigned kFiles = kInJson | kInCsv;
constexpr unsigned kEverywhere = kInJson | kInCsv | kInTables;

const std::array<ResultInfo, 21> kResults = {{
    {"years", "Year", Unit::kYear, 0, true, kInJson, false,
     [](P p, int y) -> Value { return p.years[y].year; }},
    {"anthropicRevenue", "Anthropic revenue", Unit::kBillionUsd, 2, true, kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].anthropic_revenue_busd; }},
    {"grossMarginPct", "Anthropic gross margin", Unit::kPercent, 1, true, kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].gross_margin_pct; }},
    {"awsSharePct", "Share of costs spent on AWS", Unit::kPercent, 1, true, kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].aws_share_pct; }},
    {"trainingRevenue", "Extra AWS revenue from training", Unit::kBillionUsd, 2, true,
     kEverywhere, false, [](P p, int y) -> Value { return p.years[y].training_busd; }},
    {"costOfRevenue", "Anthropic cost of revenue", Unit::kBillionUsd, 2, true, kEverywhere,
     false, [](P p, int y) -> Value { return p.years[y].cost_of_revenue_busd; }},
    {"awsInferenceFromAnthropic", "AWS revenue from inference", Unit::kBillionUsd, 2, true,
     kFiles, false, [](P p, int y) -> Value { return p.years[y].aws_inference_busd; }},
    {"awsFromAnthropic", "AWS revenue from Anthropic", Unit::kBillionUsd, 2, true, kEverywhere,
     false, [](P p, int y) -> Value { return p.years[y].aws_from_anthropic_busd; }},
    {"awsExcludingAnthropic", "AWS excluding Anthropic", Unit::kBillionUsd, 2, true,
     kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].aws_excluding_anthropic_busd; }},
    {"awsTotal", "AWS total", Unit::kBillionUsd, 2, true, kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].aws_total_busd; }},
    {"anthropicShareOfAwsPct", "Anthropic's share of AWS revenue", Unit::kPercent, 2, true,
     kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].anthropic_share_of_aws_pct; }},
    {"growthContributionPts", "Contribution to AWS growth", Unit::kPoints, 2, true, kEverywhere,
     true, [](P p, int y) -> Value { return p.years[y].growth_contribution_pts; }},
    {"cumulativeAwsFromAnthropic", "Cumulative AWS revenue from Anthropic", Unit::kBillionUsd, 2,
     true, kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].cumulative_aws_from_anthropic_busd; }},
    {"cumulativeOperatingProfit", "Cumulative AWS operating profit from Anthropic",
     Unit::kBillionUsd, 2, true, kEverywhere, false,
     [](P p, int y) -> Value { return p.years[y].cumulative_operating_profit_busd; }},
    {"reported", "AWS revenue reported by the note", Unit::kBillionUsd, 2, true, kEverywhere,
     false, [](P p, int y) -> Value { return p.years[y].reported_busd; }},
    {"reportedDifference", "Model minus the note", Unit::kBillionUsd, 2, true, kEverywhere, true,
     [](P p, int y) -> Value { return p.years[y].reported_difference_busd; }},
    {"impliedRevenue", "Revenue the note's figure needs at your margin and share", Unit::kBillionUsd, 2, true,
     kEverywhere, false, [](P p, int y) -> Value { return p.years[y].implied_revenue_busd; }},
    {"reportedApproximate", "The note's figure is approximate", Unit::kFlag, 0, true, kInJson,
     false,
     [](P p, int y) -> Value {
       if (!p.years[y].reported_busd) return std::nullopt;
       return p.years[y].reported_approximate ? 1.0 : 0.0;
     }},
    {"paybackYear", "Year the operating profit covers Amazon's investment", Unit::kYear, 0, false,
     kFiles, false,
     [](P p, int) -> Value { return p.payback_year ? Value(*p.payback_year) : std::nullopt; },
     "result.paybackYear.none"},
    {"stakeGain", "Gain on Amazon's stake", Unit::kBillionUsd, 2, false, kFiles, false,
     [](P p, int) -> Value { return p.stake_gain_busd; }},
    {"stakeMultiple", "Amazon's stake as a multiple of its investment", Unit::kMultiple, 2,
     false, kFiles, false, [](P p, int) -> Value { return p.stake_multiple; }},
}};

}  // namespace

std::span<const ResultInfo> AllResults() {
  return kResults;
}

const ResultInfo* FindResult(std::string_view key) {
  for (const ResultInfo& info : kResults) {
    if (key == info.key) return &info;
  }
  return nullptr;
}

std::string NoneWords(const ResultInfo& info, const Projection& p) {
  if (info.none == nullptr) return "";
  return Say(info.none, {{"year", std::to_string(p.years[std::max(p.horizon_years, 1) - 1].year)}});
}

ShortText ResultCell(const ResultInfo& info, const Projection& p, int year_index, bool with_unit) {
  const Value value = info.value(p, year_index);
  if (!value && info.none != nullptr) {
    ShortText words;
    std::snprintf(words.text, sizeof words.text, "%s", NoneWords(info, p).c_str());
    return words;
  }
  if (!value) return Format(std::numeric_limits<double>::quiet_NaN(), info.unit);  // "n/a"
  // The note's approximate figure ("almost $3B") as round as the note put it.
  if (std::string_view(info.key) == "reported" && p.years[year_index].reported_approximate) {
    if (with_unit) return Reported(*value, true);
    return Prefixed(CurrentLocale().approximately, Format(*value, Unit::kPlain, {0}));  // "~3"
  }
  const NumberStyle style{info.decimals, false, !with_unit, info.change};
  return Format(*value, with_unit ? info.unit : Unit::kPlain, style);
}

std::string LabelWithUnit(const ResultInfo& info) {
  const std::string symbol = UnitSymbol(info.unit);
  return symbol.empty() ? Label(info) : std::string(Label(info)) + " (" + symbol + ")";
}

}  // namespace awscalc
