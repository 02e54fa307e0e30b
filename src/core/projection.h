// projection.h: the deterministic projection (ARCHITECTURE.md, "The model").
//
// Project() is a pure function of Assumptions: no state, no allocation, no library
// calls whose results differ between glibc and musl (no pow/exp/log), so natively and
// in WebAssembly it gives the same doubles, bit for bit.
#pragma once

#include <array>
#include <optional>

#include "core/assumptions.h"

namespace awscalc {

// What the note reported for AWS revenue from Anthropic.
struct ReportedFigure {
  int year;
  double aws_from_anthropic_busd;
  bool approximate;  // 2026 is "almost $3B"
};
inline constexpr std::array<ReportedFigure, kNoteYears> kReported = {{
    {2025, 1.28, false},
    {2026, 3.0, true},
    {2027, 5.6, false},
}};
std::optional<ReportedFigure> ReportedFor(int year);

struct YearProjection {
  int year = 0;
  // Inputs of that year, echoed so a result row stands on its own.
  double anthropic_revenue_busd = 0;
  double gross_margin_pct = 0;
  double aws_share_pct = 0;
  double training_busd = 0;
  // C = R x (1 - GM)
  double cost_of_revenue_busd = 0;
  // C x S
  double aws_inference_busd = 0;
  // A = C x S + T
  double aws_from_anthropic_busd = 0;
  // B2024 x (1 + g)^(year - 2024)
  double aws_excluding_anthropic_busd = 0;
  double aws_total_busd = 0;
  // A / total
  double anthropic_share_of_aws_pct = 0;
  // (A_y - A_{y-1}) / total_{y-1}, percentage points; none for the first year.
  std::optional<double> growth_contribution_pts;
  double cumulative_aws_from_anthropic_busd = 0;
  // sum of A x operating margin
  double cumulative_operating_profit_busd = 0;
  // The note's figure for the year, model minus note, and the revenue the note's
  // figure implies at this year's margin, share and training.
  std::optional<double> reported_busd;
  bool reported_approximate = false;
  std::optional<double> reported_difference_busd;
  std::optional<double> implied_revenue_busd;
};

struct Projection {
  int horizon_years = 0;
  std::array<YearProjection, kMaxYears> years{};  // [0, horizon_years) are meaningful
  std::optional<int> payback_year;                // cumulative profit >= investment
  double stake_gain_busd = 0;                     // value - investment
  std::optional<double> stake_multiple;           // value / investment; none if 0 invested
};

// Assumptions must be valid (Validate() empty); the share link and the UI only ever
// produce valid ones.
Projection Project(const Assumptions& assumptions);

}  // namespace awscalc
