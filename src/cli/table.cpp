// table.cpp: see table.h.
#include "cli/table.h"

#include <cstdio>
#include <optional>

#include "core/decimal.h"

namespace awscalc::cli {
namespace {

constexpr int kLabelWidth = 44;
constexpr int kColumnWidth = 10;

std::string PadRight(std::string text, int width) {
  if (static_cast<int>(text.size()) < width) text.append(width - text.size(), ' ');
  return text;
}

std::string PadLeft(const std::string& text, int width) {
  return static_cast<int>(text.size()) < width ? std::string(width - text.size(), ' ') + text
                                               : " " + text;
}

// One row: a label and a cell per year.
template <typename CellFn>
std::string Row(const Projection& p, const std::string& label, CellFn cell) {
  std::string line = PadRight(label, kLabelWidth);
  for (int i = 0; i < p.horizon_years; ++i) line += PadLeft(cell(p.years[i]), kColumnWidth);
  return line + "\n";
}

std::string Maybe(std::optional<double> value, int decimals) {
  return value ? FormatFixed(*value, decimals) : "-";
}

std::string Money(double busd) { return "$" + FormatFixed(busd, 2) + "B"; }

}  // namespace

std::string FormatTable(const Assumptions& a, const Projection& p,
                        const std::string& canonical_link) {
  using Y = YearProjection;
  std::string out = "AWS revenue from Anthropic: the Morgan Stanley note, recomputed\n";
  out += "Link: #" + canonical_link + "\n\n";
  out += Row(p, "", [](const Y& y) { return std::to_string(y.year); });
  out += Row(p, "Anthropic revenue ($B)",
             [](const Y& y) { return FormatFixed(y.anthropic_revenue_busd, 2); });
  out += Row(p, "Anthropic gross margin (%)",
             [](const Y& y) { return FormatFixed(y.gross_margin_pct, 1); });
  out += Row(p, "Share of costs spent on AWS (%)",
             [](const Y& y) { return FormatFixed(y.aws_share_pct, 1); });
  out += Row(p, "Extra AWS revenue from training ($B)",
             [](const Y& y) { return FormatFixed(y.training_busd, 2); });
  out += Row(p, "Anthropic cost of revenue ($B)",
             [](const Y& y) { return FormatFixed(y.cost_of_revenue_busd, 2); });
  out += Row(p, "AWS revenue from Anthropic ($B)",
             [](const Y& y) { return FormatFixed(y.aws_from_anthropic_busd, 2); });
  out += Row(p, "  reported by the note ($B)", [](const Y& y) {
    return y.reported_busd ? (y.reported_approximate ? "~" : "") + FormatFixed(*y.reported_busd, 2)
                           : "-";
  });
  out += Row(p, "  model minus note ($B)",
             [](const Y& y) { return Maybe(y.reported_difference_busd, 2); });
  out += Row(p, "  revenue the note's figure implies ($B)",
             [](const Y& y) { return Maybe(y.implied_revenue_busd, 2); });
  out += Row(p, "AWS excluding Anthropic ($B)",
             [](const Y& y) { return FormatFixed(y.aws_excluding_anthropic_busd, 2); });
  out += Row(p, "AWS total ($B)", [](const Y& y) { return FormatFixed(y.aws_total_busd, 2); });
  out += Row(p, "Anthropic's share of AWS revenue (%)",
             [](const Y& y) { return FormatFixed(y.anthropic_share_of_aws_pct, 2); });
  out += Row(p, "Contribution to AWS growth (pts)", [](const Y& y) {
    return y.growth_contribution_pts ? FormatFixed(*y.growth_contribution_pts, 2) : "n/a";
  });
  out += Row(p, "Cumulative AWS revenue from Anthropic ($B)",
             [](const Y& y) { return FormatFixed(y.cumulative_aws_from_anthropic_busd, 2); });
  out += Row(p, "Cumulative AWS operating profit ($B)",
             [](const Y& y) { return FormatFixed(y.cumulative_operating_profit_busd, 2); });

  const YearProjection& last = p.years[p.horizon_years - 1];
  out += "\nPayback of Amazon's " + Money(a.investment_busd) + " investment: ";
  if (p.payback_year) {
    out += "in " + std::to_string(*p.payback_year) +
           ", when AWS's cumulative operating profit from Anthropic reaches it.\n";
  } else {
    out += "not within the horizon\n  (" + Money(last.cumulative_operating_profit_busd) +
           " of cumulative operating profit by " + std::to_string(last.year) + ").\n";
  }
  out += "Amazon's stake: worth " + Money(a.stake_value_busd) + ", a gain of " +
         Money(p.stake_gain_busd) + " (" +
         (p.stake_multiple ? FormatFixed(*p.stake_multiple, 2) + "x" : "n/a: nothing invested") +
         ").\n";
  out += "\nReported figures: Morgan Stanley via Business Insider, July 2025. Later years and\n"
         "the training, AWS and stake rows are the calculator's extensions.\n";
  return out;
}

}  // namespace awscalc::cli
