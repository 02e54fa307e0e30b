// assumptions.cpp: defaults, ranges, sources, validation, horizon and revenue views.
#include "core/assumptions.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/decimal.h"

namespace awscalc {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The note's figures (model.md).
constexpr std::array<double, kNoteYears> kNoteRevenueBusd = {4.0, 10.0, 19.0};
constexpr double kNoteGrossMarginPct = 60.0;
constexpr double kNoteAwsSharePct = 75.0;

constexpr std::array<InputInfo, 10> kInputs = {{
    {InputId::kRevenue, "rev", "Anthropic revenue", Unit::kBillionUsd, 0, 1000, true,
     "Morgan Stanley note via Business Insider (July 2025): $4B in 2025, $10B in 2026, "
     "$19B in 2027. Later years: the calculator's extension (growth x0.6 a year)."},
    {InputId::kRevenueGrowth, "", "Anthropic revenue growth", Unit::kPercent, -90, 500, true,
     "Derived from the revenue path. After 2027 the calculator assumes each year's growth "
     "is the previous year's times 0.6."},
    {InputId::kGrossMargin, "gm", "Anthropic gross margin", Unit::kPercent, -100, 100, true,
     "Morgan Stanley note: 60% gross margin."},
    {InputId::kAwsShare, "aws", "Share of Anthropic's costs spent on AWS", Unit::kPercent, 0,
     100, true, "Morgan Stanley note: 75% of related costs are spent on AWS."},
    {InputId::kTraining, "train", "Extra AWS revenue from model training", Unit::kBillionUsd, 0,
     1000, true,
     "The note says upfront training of future models would add AWS revenue, but gives no "
     "amount; 0 by default."},
    {InputId::kAwsBase, "base", "AWS net sales in 2024", Unit::kBillionUsd, 1, 10000, false,
     "Amazon 10-K for 2024: AWS segment net sales $107,556M."},
    {InputId::kAwsGrowth, "g", "AWS growth excluding Anthropic", Unit::kPercentPerYear, -50, 100,
     false,
     "Business Insider: AWS grew 16%-19% a year over the last 5 quarters; 17.5% is the "
     "midpoint."},
    {InputId::kAwsOperatingMargin, "opm", "AWS operating margin", Unit::kPercent, -100, 100,
     false, "Amazon 10-K for 2024: AWS operating income $39,834M on $107,556M of sales."},
    {InputId::kInvestment, "inv", "Amazon's investment in Anthropic", Unit::kBillionUsd, 0, 1000,
     false, "Business Insider: Amazon has invested $8B in Anthropic."},
    {InputId::kStakeValue, "stake", "Value of Amazon's stake", Unit::kBillionUsd, 0, 10000,
     false, "Business Insider: the stake is worth $13.8B per Amazon's latest financial statement."},
}};

// Growth the note's own path implies for year `year_index` (index 1 = 2026: 150%), used
// when a year's previous growth cannot be computed. The note's 2027 growth (90%) is
// exactly its 2026 growth times kGrowthDecay, so one rule covers every year.
double DefaultGrowthPct(int year_index) {
  double growth_pct = (kNoteRevenueBusd[1] / kNoteRevenueBusd[0] - 1.0) * 100.0;
  for (int i = 1; i < year_index; ++i) growth_pct *= kGrowthDecay;
  return growth_pct;
}

// Fills revenue[from..kMaxYears) from the years before it with the extension rule.
void ExtendRevenue(YearValues& revenue_busd, int from_index) {
  for (int i = std::max(from_index, 1); i < kMaxYears; ++i) {
    double growth_pct = DefaultGrowthPct(i);
    if (i >= 2 && revenue_busd[i - 2] > 0.0) {
      growth_pct = (revenue_busd[i - 1] / revenue_busd[i - 2] - 1.0) * 100.0 * kGrowthDecay;
    }
    const double revenue = revenue_busd[i - 1] * (1.0 + growth_pct / 100.0);
    revenue_busd[i] = std::clamp(RoundRevenue(revenue), 0.0, Info(InputId::kRevenue).max_value);
  }
}

YearValues DefaultRevenuePath() {
  YearValues revenue_busd{};
  std::copy(kNoteRevenueBusd.begin(), kNoteRevenueBusd.end(), revenue_busd.begin());
  ExtendRevenue(revenue_busd, kNoteYears);
  return revenue_busd;
}

std::string PercentText(double pct) { return FormatShortest(pct) + "%"; }

std::string ValueText(const InputInfo& info, double value) {
  switch (info.unit) {
    case Unit::kBillionUsd: return "$" + FormatShortest(value) + "B";
    case Unit::kPercent: return PercentText(value);
    case Unit::kPercentPerYear: return PercentText(value) + " a year";
  }
  return FormatShortest(value);
}

}  // namespace

std::span<const InputInfo> AllInputs() { return kInputs; }

const InputInfo& Info(InputId id) {
  for (const InputInfo& info : kInputs) {
    if (info.id == id) return info;
  }
  return kInputs[0];  // unreachable: every InputId has a row
}

const char* UnitSymbol(Unit unit) {
  switch (unit) {
    case Unit::kBillionUsd: return "$B";
    case Unit::kPercent: return "%";
    case Unit::kPercentPerYear: return "%/yr";
  }
  return "";
}

double DefaultValue(InputId id, int year_index) {
  switch (id) {
    case InputId::kRevenue: return DefaultRevenuePath()[std::clamp(year_index, 0, kMaxYears - 1)];
    case InputId::kRevenueGrowth: return year_index < 1 ? kNaN : DefaultGrowthPct(year_index);
    case InputId::kGrossMargin: return kNoteGrossMarginPct;
    case InputId::kAwsShare: return kNoteAwsSharePct;
    case InputId::kTraining: return 0.0;
    case InputId::kAwsBase: return 107.556;
    case InputId::kAwsGrowth: return 17.5;
    case InputId::kAwsOperatingMargin: return 37.0;
    case InputId::kInvestment: return 8.0;
    case InputId::kStakeValue: return 13.8;
  }
  return 0.0;
}

Assumptions DefaultAssumptions() {
  Assumptions a;
  a.horizon_years = kNoteYears;
  a.revenue_busd = DefaultRevenuePath();
  a.gross_margin_pct.fill(kNoteGrossMarginPct);
  a.aws_share_pct.fill(kNoteAwsSharePct);
  a.training_busd.fill(0.0);
  a.aws_base_2024_busd = DefaultValue(InputId::kAwsBase, 0);
  a.aws_growth_pct = DefaultValue(InputId::kAwsGrowth, 0);
  a.aws_operating_margin_pct = DefaultValue(InputId::kAwsOperatingMargin, 0);
  a.investment_busd = DefaultValue(InputId::kInvestment, 0);
  a.stake_value_busd = DefaultValue(InputId::kStakeValue, 0);
  return a;
}

std::vector<ValidationIssue> Validate(const Assumptions& a) {
  std::vector<ValidationIssue> issues;
  if (a.horizon_years < 1 || a.horizon_years > kMaxYears) {
    issues.push_back({InputId::kRevenue, -1,
                      "The horizon is " + std::to_string(a.horizon_years) +
                          " years; it must be 1 to " + std::to_string(kMaxYears) + " years."});
    return issues;  // per-year checks would index by a meaningless horizon
  }
  auto check = [&](InputId id, int year_index, double value) {
    const InputInfo& info = Info(id);
    std::string what = info.label;
    if (year_index >= 0) what += " in " + std::to_string(kFirstYear + year_index);
    const std::string range =
        "between " + ValueText(info, info.min_value) + " and " + ValueText(info, info.max_value);
    if (!std::isfinite(value)) {
      issues.push_back({id, year_index, what + " is not a number; it must be " + range + "."});
    } else if (value < info.min_value || value > info.max_value) {
      issues.push_back({id, year_index,
                        what + " is " + ValueText(info, value) + "; it must be " + range + "."});
    }
  };
  for (int y = 0; y < a.horizon_years; ++y) {
    check(InputId::kRevenue, y, a.revenue_busd[y]);
    check(InputId::kGrossMargin, y, a.gross_margin_pct[y]);
    check(InputId::kAwsShare, y, a.aws_share_pct[y]);
    check(InputId::kTraining, y, a.training_busd[y]);
  }
  check(InputId::kAwsBase, -1, a.aws_base_2024_busd);
  check(InputId::kAwsGrowth, -1, a.aws_growth_pct);
  check(InputId::kAwsOperatingMargin, -1, a.aws_operating_margin_pct);
  check(InputId::kInvestment, -1, a.investment_busd);
  check(InputId::kStakeValue, -1, a.stake_value_busd);
  return issues;
}

double RoundRevenue(double revenue_busd) {
  // round(x / step) is an exact integer k, and k / 1000 is the double nearest to the
  // decimal k/1000: the same double a link's "29.26" parses to.
  return std::round(revenue_busd / kRevenueStepBusd) / (1.0 / kRevenueStepBusd);
}

double RevenueGrowthPct(const Assumptions& a, int year_index) {
  if (year_index < 1 || year_index >= kMaxYears) return kNaN;
  const double previous = a.revenue_busd[year_index - 1];
  if (!(previous > 0.0)) return kNaN;
  return (a.revenue_busd[year_index] / previous - 1.0) * 100.0;
}

YearValues RevenueGrowthView(const YearValues& revenue_busd, int horizon_years) {
  YearValues growth_pct;
  growth_pct.fill(kNaN);
  for (int i = 1; i < std::min(horizon_years, kMaxYears); ++i) {
    if (revenue_busd[i - 1] > 0.0) {
      growth_pct[i] = (revenue_busd[i] / revenue_busd[i - 1] - 1.0) * 100.0;
    }
  }
  return growth_pct;
}

YearValues RevenueFromGrowth(double first_year_busd, const YearValues& growth_pct,
                             int horizon_years) {
  YearValues revenue_busd{};
  revenue_busd[0] = first_year_busd;
  for (int i = 1; i < std::min(horizon_years, kMaxYears); ++i) {
    revenue_busd[i] = revenue_busd[i - 1] * (1.0 + growth_pct[i] / 100.0);
  }
  return revenue_busd;
}

bool SetRevenueGrowth(Assumptions& a, int year_index, double growth_pct) {
  if (year_index < 1 || year_index >= a.horizon_years) return false;
  if (!(a.revenue_busd[year_index - 1] > 0.0) || !std::isfinite(growth_pct)) return false;
  const InputInfo& growth_info = Info(InputId::kRevenueGrowth);
  const InputInfo& revenue_info = Info(InputId::kRevenue);
  const YearValues old_growth = RevenueGrowthView(a.revenue_busd, a.horizon_years);
  for (int i = year_index; i < a.horizon_years; ++i) {
    double g = i == year_index ? growth_pct : old_growth[i];
    if (!std::isfinite(g)) g = 0.0;  // a year after a zero: keep it flat
    g = std::clamp(g, growth_info.min_value, growth_info.max_value);
    const double revenue = a.revenue_busd[i - 1] * (1.0 + g / 100.0);
    a.revenue_busd[i] =
        std::clamp(RoundRevenue(revenue), revenue_info.min_value, revenue_info.max_value);
  }
  Normalize(a);
  return true;
}

void SetHorizon(Assumptions& a, int horizon_years) {
  // New years extend the years shown now, even if the tail was left stale by an edit.
  const int old_horizon = std::clamp(a.horizon_years, 1, kMaxYears);
  a.horizon_years = old_horizon;
  Normalize(a);
  a.horizon_years = std::clamp(horizon_years, 1, kMaxYears);
  Normalize(a);
}

void Normalize(Assumptions& a) {
  const int h = std::clamp(a.horizon_years, 1, kMaxYears);
  ExtendRevenue(a.revenue_busd, h);
  for (int i = h; i < kMaxYears; ++i) {
    a.gross_margin_pct[i] = a.gross_margin_pct[h - 1];
    a.aws_share_pct[i] = a.aws_share_pct[h - 1];
    a.training_busd[i] = a.training_busd[h - 1];
  }
}

}  // namespace awscalc
