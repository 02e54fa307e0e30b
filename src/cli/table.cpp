// table.cpp: see table.h.
#include "cli/table.h"

#include <cstdio>
#include <optional>

#include "core/decimal.h"
#include "core/goal_seek.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"

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

// One row of per-year values for the first `horizon_years` years.
std::string ValuesRow(const std::string& label, const YearValues& values, int horizon_years,
                      int decimals) {
  std::string line = PadRight(label, kLabelWidth);
  for (int i = 0; i < horizon_years; ++i)
    line += PadLeft(FormatFixed(values[i], decimals), kColumnWidth);
  return line + "\n";
}

std::string YearsRow(int horizon_years) {
  std::string line = PadRight("", kLabelWidth);
  for (int i = 0; i < horizon_years; ++i) {
    line += PadLeft(std::to_string(kFirstYear + i), kColumnWidth);
  }
  return line + "\n";
}

// "x0.7 to x1.3", "-10 to +10 points" (around the reader's values).
std::string RangeText(UncertainInput input, const UncertainRange& range) {
  auto sign = [](double v) { return (v > 0 ? "+" : "") + FormatShortest(v); };
  switch (Info(input).kind) {
    case RangeKind::kFactor:
      return "x" + FormatShortest(range.low) + " to x" + FormatShortest(range.high);
    case RangeKind::kOffset:
      return sign(range.low) + " to " + sign(range.high) +
             (Info(input).input == InputId::kTraining ? " $B" : " points");
  }
  return "";
}

// The value of an uncertain input for people: "$13.30B", "50.0%".
std::string InputText(UncertainInput input, double value) {
  return Info(Info(input).input).unit == Unit::kBillionUsd ? Money(value)
                                                           : FormatFixed(value, 1) + "%";
}

std::string OutputText(OutputId output, double value) {
  return Info(output).unit == Unit::kBillionUsd ? Money(value) : FormatFixed(value, 2) + "%";
}

std::string UncertaintySection(const LinkState& state) {
  const Assumptions& a = state.assumptions;
  const UncertaintySettings& settings = state.uncertainty;
  const UncertaintyResult u = RunMonteCarlo(a, settings);
  const int h = u.horizon_years;
  std::string out = "\nUncertainty: " + std::to_string(u.samples) + " samples, seed " +
                    std::to_string(u.seed) + "; triangular ranges around your values:\n";
  for (const UncertainInputInfo& info : UncertainInputs()) {
    out += "  " + PadRight(Info(info.input).label, kLabelWidth - 2) +
           RangeText(info.id, settings.Range(info.id)) + "\n";
  }
  out += "\n" + YearsRow(h);
  struct Block {
    const char* title;
    const Summary& summary;
    int decimals;
  };
  for (const Block& block : {Block{"AWS revenue from Anthropic ($B)", u.aws_from_anthropic_busd, 2},
                             Block{"Cumulative AWS operating profit ($B)",
                                   u.cumulative_operating_profit_busd, 2},
                             Block{"Anthropic's share of AWS revenue (%)",
                                   u.anthropic_share_of_aws_pct, 2}}) {
    out += std::string(block.title) + "\n";
    out += ValuesRow("  5th percentile", block.summary.p5, h, block.decimals);
    out += ValuesRow("  10th percentile", block.summary.p10, h, block.decimals);
    out += ValuesRow("  median", block.summary.p50, h, block.decimals);
    out += ValuesRow("  90th percentile", block.summary.p90, h, block.decimals);
    out += ValuesRow("  95th percentile", block.summary.p95, h, block.decimals);
    out += ValuesRow("  mean", block.summary.mean, h, block.decimals);
  }
  out += "\nChance that AWS earns more than " + Money(u.threshold_busd) +
         " from Anthropic in " + std::to_string(u.year) + ": " +
         FormatFixed(u.probability_above * 100.0, 1) + "%\n";

  // The histogram, four bins to a line.
  constexpr int kBinsPerLine = 4;
  constexpr int kBarWidth = 40;
  const Histogram& histogram = u.histogram;
  int largest = 1;
  for (int i = 0; i < kHistogramBins; i += kBinsPerLine) {
    int count = 0;
    for (int k = 0; k < kBinsPerLine; ++k) count += histogram.counts[i + k];
    largest = std::max(largest, count);
  }
  out += "\nAWS revenue from Anthropic in " + std::to_string(histogram.year) +
         ", share of samples ($B):\n";
  for (int i = 0; i < kHistogramBins; i += kBinsPerLine) {
    int count = 0;
    for (int k = 0; k < kBinsPerLine; ++k) count += histogram.counts[i + k];
    const std::string range = PadLeft(FormatFixed(histogram.edges_busd[i], 2), 9) + " to" +
                              PadLeft(FormatFixed(histogram.edges_busd[i + kBinsPerLine], 2), 9);
    out += "  " + range + PadLeft(FormatFixed(100.0 * count / u.samples, 1) + "%", 8) + "  " +
           std::string(static_cast<std::size_t>(kBarWidth * count / largest), '#') + "\n";
  }
  return out;
}

std::string TornadoSection(const LinkState& state) {
  const Tornado t = ComputeTornado(state.assumptions, state.uncertainty);
  const std::string year = std::to_string(t.year);
  std::string out = "\nWhat matters most for " + std::string(Info(t.output).label) +
                    (t.output == OutputId::kCumulativeOperatingProfit ? " to " : " in ") + year +
                    " (" + OutputText(t.output, t.central) +
                    " at your values),\neach input from the low to the high end of its range:\n";
  for (const TornadoBar& bar : t.bars) {
    const UncertainInput input = bar.input;
    out += "  " + PadRight(Info(Info(input).input).label, kLabelWidth - 2) +
           InputText(input, bar.low_value) + " -> " + OutputText(t.output, bar.low_output) +
           ", " + InputText(input, bar.high_value) + " -> " +
           OutputText(t.output, bar.high_output) + "; swing " +
           OutputText(t.output, bar.swing) + "\n";
  }
  return out;
}

std::string ScenarioSection(const LinkState& state) {
  const std::vector<ScenarioProjection> scenarios = ProjectScenarios(state.scenarios);
  if (scenarios.empty()) return "";
  std::string out = "\nScenarios: AWS revenue from Anthropic ($B), and payback\n";
  int horizon_years = state.assumptions.horizon_years;
  for (const ScenarioProjection& s : scenarios) {
    horizon_years = std::max(horizon_years, s.projection.horizon_years);
  }
  // The name column fits the longest name (names are at most 60 characters).
  int label_width = kLabelWidth;
  for (const ScenarioProjection& s : scenarios) {
    label_width = std::max(label_width, static_cast<int>(s.name.size()) + 6);
  }
  auto row = [&](const std::string& name, const Projection& p) {
    std::string line = PadRight("  " + name, label_width);
    for (int i = 0; i < horizon_years; ++i) {
      line += PadLeft(i < p.horizon_years ? FormatFixed(p.years[i].aws_from_anthropic_busd, 2)
                                          : "-",
                      kColumnWidth);
    }
    line += "   payback " + (p.payback_year ? std::to_string(*p.payback_year) : "not yet");
    return line + "\n";
  };
  std::string years = PadRight("", label_width);
  for (int i = 0; i < horizon_years; ++i) {
    years += PadLeft(std::to_string(kFirstYear + i), kColumnWidth);
  }
  out += years + "\n";
  out += row("Your assumptions", Project(state.assumptions));
  for (const ScenarioProjection& s : scenarios) {
    out += row(std::to_string(s.slot) + ". " + s.name, s.projection);
  }
  return out;
}

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

std::string FormatAnalysis(const LinkState& state, const ReportParts& parts) {
  std::string out;
  if (parts.uncertainty) out += UncertaintySection(state);
  if (parts.tornado) out += TornadoSection(state);
  if (parts.scenarios) out += ScenarioSection(state);
  if (parts.goal && state.goal) {
    const GoalResult goal = SeekGoal(
        state.assumptions, *state.goal,
        ChosenYearIndex(state.uncertainty, state.assumptions.horizon_years));
    out += "\nGoal seek: " + goal.answer + "\n";
  }
  return out;
}

}  // namespace awscalc::cli
