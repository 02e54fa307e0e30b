// assumptions.cpp: defaults, ranges, sources, validation, horizon and revenue views.
#include "core/assumptions.h"
#include "core/messages.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/decimal.h"

namespace awscalc {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The note's revenue (ARCHITECTURE.md, "The model"); later years follow the extension rule.
constexpr std::array<double, kNoteYears> kNoteRevenueBusd = {4.0, 10.0, 19.0};

using enum InputShape;
using A = Assumptions;

// Each input once. Designated initializers: a field left out takes its default
// (assumptions.h).
// clang-format off
constexpr std::array<InputInfo, kInputCount> kInputs = {{
    {.id = InputId::kRevenue, .link_key = "rev", .label = "Anthropic revenue",
     .main_label = "Revenue",
     .unit = Unit::kBillionUsd, .min_value = 0, .max_value = 1000, .shape = kRevenuePath,
     .years = &A::revenue_busd, .default_value = kNaN, .reference_by = MarkT("note"),
     .source = MarkT("Morgan Stanley note via Business Insider (July 2025): $4B in 2025, $10B in "
               "2026, $19B in 2027. Later years: the calculator's extension (growth x0.6 a "
               "year)."),
     .track_scale = 2, .step = 0.1, .decimals = 1},
    {.id = InputId::kRevenueGrowth, .label = "Anthropic revenue growth", .unit = Unit::kPercent,
     .min_value = -90, .max_value = 500, .shape = kDerived, .default_value = kNaN,
     .reference_by = MarkT("note"),
     .source = MarkT("Derived from the revenue path. After 2027 the calculator assumes each year's "
               "growth is the previous year's times 0.6."),
     .track_min = -90, .track_max = 300, .step = 0.5, .decimals = 1},
    {.id = InputId::kGrossMargin, .link_key = "gm", .label = "Anthropic gross margin",
     .main_label = "Gross margin",
     .unit = Unit::kPercent, .min_value = -100, .max_value = 100, .shape = kPerYear,
     .years = &A::gross_margin_pct, .default_value = 60, .reference_by = MarkT("note"),
     .source = MarkT("Morgan Stanley note: 60% gross margin."),
     .track_min = 0, .track_max = 90, .step = 0.5, .decimals = 1},
    {.id = InputId::kAwsShare, .link_key = "aws", .label = "Share of Anthropic's costs spent on AWS",
     .main_label = "Spent on AWS",
     .unit = Unit::kPercent, .min_value = 0, .max_value = 100, .shape = kPerYear,
     .years = &A::aws_share_pct, .default_value = 75, .reference_by = MarkT("note"),
     .source = MarkT("Morgan Stanley note: 75% of related costs are spent on AWS."),
     .track_min = 0, .track_max = 100, .step = 0.5, .decimals = 1},
    {.id = InputId::kTraining, .link_key = "train",
     .label = "Extra AWS revenue from model training", .unit = Unit::kBillionUsd,
     .min_value = 0, .max_value = 1000, .shape = kPerYear, .years = &A::training_busd,
     .default_value = 0, .reference_by = MarkT("note"), .reference_words = MarkT("more, amount not given"),
     .source = MarkT("The note says upfront training of future models would add AWS revenue, but "
               "gives no amount; 0 by default."),
     .track_min = 0, .track_max = 10, .step = 0.1, .decimals = 2},
    {.id = InputId::kAwsBase, .link_key = "base", .label = "AWS net sales in 2024",
     .unit = Unit::kBillionUsd, .min_value = 1, .max_value = 10000,
     .value = &A::aws_base_2024_busd, .default_value = 107.556, .reference_by = MarkT("10-K"),
     .source = MarkT("Amazon 10-K for 2024: AWS segment net sales $107,556M."),
     .track_min = 1, .track_max = 250, .step = 0.5, .decimals = 1,
     .moves = "anthropicShareOfAwsPct"},
    {.id = InputId::kAwsGrowth, .link_key = "g", .label = "AWS growth excluding Anthropic",
     .unit = Unit::kPercentPerYear, .min_value = -50, .max_value = 100,
     .value = &A::aws_growth_pct, .default_value = 17.5, .reference_by = MarkT("article"),
     .reference_low = 16, .reference_high = 19,
     .source = MarkT("Business Insider: AWS grew 16%-19% a year over the last 5 quarters; 17.5% is "
               "the midpoint."),
     .track_min = -10, .track_max = 50, .step = 0.5, .decimals = 1,
     .moves = "anthropicShareOfAwsPct"},
    {.id = InputId::kAwsOperatingMargin, .link_key = "opm", .label = "AWS operating margin",
     .unit = Unit::kPercent, .min_value = -100, .max_value = 100,
     .value = &A::aws_operating_margin_pct, .default_value = 37, .reference_by = MarkT("10-K"),
     .source = MarkT("Amazon 10-K for 2024: AWS operating income $39,834M on $107,556M of sales."),
     .track_min = 0, .track_max = 60, .step = 0.5, .decimals = 1,
     .moves = "cumulativeOperatingProfit"},
    {.id = InputId::kInvestment, .link_key = "inv", .label = "Amazon's investment in Anthropic",
     .unit = Unit::kBillionUsd, .min_value = 0, .max_value = 1000,
     .value = &A::investment_busd, .default_value = 8, .reference_by = MarkT("article"),
     .source = MarkT("Business Insider: Amazon has invested $8B in Anthropic."),
     .track_min = 0, .track_max = 50, .step = 0.1, .decimals = 1, .moves = "stakeMultiple"},
    {.id = InputId::kStakeValue, .link_key = "stake", .label = "Value of Amazon's stake",
     .unit = Unit::kBillionUsd, .min_value = 0, .max_value = 10000,
     .value = &A::stake_value_busd, .default_value = 13.8, .reference_by = MarkT("article"),
     .source = MarkT("Business Insider: the stake is worth $13.8B per Amazon's latest financial "
               "statement."),
     .track_min = 0, .track_max = 100, .step = 0.1, .decimals = 1, .moves = "stakeGain"},
}};
// clang-format on

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

// A value as a message writes it: "$1000B", "-100%", "17.5% a year".
std::string ValueText(const InputInfo& info, double value) {
  return Format(value, info.unit, kExact).str();
}

}  // namespace

std::span<const InputInfo> AllInputs() {
  return kInputs;
}

const InputInfo& Info(InputId id) {
  for (const InputInfo& info : kInputs) {
    if (info.id == id) return info;
  }
  return kInputs[0];  // unreachable: every InputId has a row
}

const InputInfo* FindInput(std::string_view link_key) {
  for (const InputInfo& info : kInputs) {
    if (!link_key.empty() && link_key == info.link_key) return &info;
  }
  return nullptr;
}

std::string InputYearLabel(const InputInfo& info, int year_index) {
  if (year_index < 0) return Label(info);
  return Say("input.year",
             {{"label", Label(info)}, {"year", std::to_string(kFirstYear + year_index)}});
}

double DefaultValue(InputId id, int year_index) {
  switch (Info(id).shape) {
    case kRevenuePath:
      return DefaultRevenuePath()[std::clamp(year_index, 0, kMaxYears - 1)];
    case kDerived:
      return year_index < 1 ? kNaN : DefaultGrowthPct(year_index);
    case kPerYear:
    case kScalar:
      return Info(id).default_value;
  }
  return 0.0;
}

double InputValue(const Assumptions& a, const InputInfo& info, int year_index) {
  const int y = std::clamp(year_index, 0, kMaxYears - 1);
  if (info.years != nullptr) return (a.*info.years)[y];
  if (info.value != nullptr) return a.*info.value;
  return RevenueGrowthPct(a, y);
}

double ReferenceValue(const InputInfo& info, int year_index) {
  if (info.reference_by == nullptr || info.reference_words != nullptr) return kNaN;
  if (info.shape == kRevenuePath || info.shape == kDerived) {
    return year_index < kNoteYears ? DefaultValue(info.id, year_index) : kNaN;
  }
  return info.default_value;
}

std::string ReferenceText(const InputInfo& info) {
  if (info.reference_by == nullptr || info.shape == kDerived) return "";
  std::string text = StringPrintf(T("%s: "), T(info.reference_by));
  if (info.reference_words != nullptr) return text + T(info.reference_words);
  const NumberStyle style{1, true};
  if (info.shape == kRevenuePath) {
    for (int i = 0; i < kNoteYears; ++i) {
      text += (i > 0 ? T(", ") : "") + Format(DefaultValue(info.id, i), info.unit, kCompact).str();
    }
    return text;
  }
  if (!std::isnan(info.reference_low)) {
    // "16-19%": the unit once, after the range.
    const ShortText low = Format(info.reference_low, Unit::kPlain, style);
    return text + low.c_str() + kEnDash + Format(info.reference_high, info.unit, style).c_str();
  }
  return text + Format(info.default_value, info.unit, style).c_str();
}

Track InputTrack(const InputInfo& info, int year_index) {
  if (info.track_scale <= 0) return {info.track_min, info.track_max};
  const double reach = info.track_scale * DefaultValue(info.id, year_index);
  const double round_to = reach < 10 ? 1 : 5;
  return {0, std::max(round_to, std::ceil(reach / round_to) * round_to)};
}

Assumptions DefaultAssumptions() {
  Assumptions a;
  a.horizon_years = kNoteYears;
  for (const InputInfo& info : kInputs) {
    if (info.shape == kRevenuePath) {
      a.*info.years = DefaultRevenuePath();
    } else if (info.years != nullptr) {
      (a.*info.years).fill(info.default_value);
    } else if (info.value != nullptr) {
      a.*info.value = info.default_value;
    }
  }
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
      issues.push_back(
          {id, year_index, what + " is " + ValueText(info, value) + "; it must be " + range + "."});
    }
  };
  // Year by year, then the one-value inputs.
  for (int y = 0; y < a.horizon_years; ++y) {
    for (const InputInfo& info : kInputs) {
      if (info.years != nullptr) check(info.id, y, (a.*info.years)[y]);
    }
  }
  for (const InputInfo& info : kInputs) {
    if (info.value != nullptr) check(info.id, -1, a.*info.value);
  }
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

void ResetInput(Assumptions& a, const InputInfo& info) {
  if (info.value != nullptr) {
    a.*info.value = info.default_value;
  } else if (info.years != nullptr) {
    for (int i = 0; i < kMaxYears; ++i) (a.*info.years)[i] = DefaultValue(info.id, i);
  }
  Normalize(a);
}

bool InputAtDefault(const Assumptions& a, const InputInfo& info) {
  Assumptions reset = a;
  ResetInput(reset, info);
  return reset == a;
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
