// projection.cpp: see projection.h. Every formula is written once, here.
#include "core/projection.h"

#include <algorithm>

namespace awscalc {

std::optional<ReportedFigure> ReportedFor(int year) {
  for (const ReportedFigure& figure : kReported) {
    if (figure.year == year) return figure;
  }
  return std::nullopt;
}

Projection Project(const Assumptions& a) {
  Projection p;
  p.horizon_years = std::clamp(a.horizon_years, 1, kMaxYears);

  const double operating_margin = a.aws_operating_margin_pct / 100.0;
  const double aws_growth_factor = 1.0 + a.aws_growth_pct / 100.0;
  // The 2024 base is treated as excluding Anthropic (a labelled simplification).
  double aws_excluding_busd = a.aws_base_2024_busd;
  double cumulative_aws_busd = 0.0;
  double cumulative_profit_busd = 0.0;

  for (int i = 0; i < p.horizon_years; ++i) {
    YearProjection& y = p.years[i];
    y.year = kFirstYear + i;
    y.anthropic_revenue_busd = a.revenue_busd[i];
    y.gross_margin_pct = a.gross_margin_pct[i];
    y.aws_share_pct = a.aws_share_pct[i];
    y.training_busd = a.training_busd[i];

    const double cost_fraction = 1.0 - y.gross_margin_pct / 100.0;
    const double aws_share = y.aws_share_pct / 100.0;
    y.cost_of_revenue_busd = y.anthropic_revenue_busd * cost_fraction;
    y.aws_inference_busd = y.cost_of_revenue_busd * aws_share;
    y.aws_from_anthropic_busd = y.aws_inference_busd + y.training_busd;

    // Repeated multiplication, not pow(): pow differs between C libraries.
    aws_excluding_busd *= aws_growth_factor;
    y.aws_excluding_anthropic_busd = aws_excluding_busd;
    y.aws_total_busd = y.aws_excluding_anthropic_busd + y.aws_from_anthropic_busd;
    y.anthropic_share_of_aws_pct = y.aws_from_anthropic_busd / y.aws_total_busd * 100.0;
    if (i > 0) {
      const YearProjection& prev = p.years[i - 1];
      y.growth_contribution_pts =
          (y.aws_from_anthropic_busd - prev.aws_from_anthropic_busd) / prev.aws_total_busd * 100.0;
    }

    cumulative_aws_busd += y.aws_from_anthropic_busd;
    cumulative_profit_busd += y.aws_from_anthropic_busd * operating_margin;
    y.cumulative_aws_from_anthropic_busd = cumulative_aws_busd;
    y.cumulative_operating_profit_busd = cumulative_profit_busd;
    if (!p.payback_year && cumulative_profit_busd >= a.investment_busd) p.payback_year = y.year;

    if (const auto reported = ReportedFor(y.year)) {
      y.reported_busd = reported->aws_from_anthropic_busd;
      y.reported_approximate = reported->approximate;
      y.reported_difference_busd = y.aws_from_anthropic_busd - reported->aws_from_anthropic_busd;
      const double aws_per_revenue = cost_fraction * aws_share;
      if (aws_per_revenue > 0.0) {
        y.implied_revenue_busd =
            (reported->aws_from_anthropic_busd - y.training_busd) / aws_per_revenue;
      }
    }
  }

  p.stake_gain_busd = a.stake_value_busd - a.investment_busd;
  if (a.investment_busd > 0.0) p.stake_multiple = a.stake_value_busd / a.investment_busd;
  return p;
}

}  // namespace awscalc
