// report.cpp: see report.h.
#include "core/report.h"

#include <array>
#include <cstdio>
#include <optional>

#include "core/decimal.h"

namespace awscalc {
namespace {

// A per-year result key and the field it reads: a plain number, or an optional one
// (null where the year has none).
struct Series {
  const char* key;
  double YearProjection::*value = nullptr;
  std::optional<double> YearProjection::*maybe = nullptr;

  std::optional<double> Get(const YearProjection& y) const {
    return value != nullptr ? std::optional<double>(y.*value) : y.*maybe;
  }
};

// Per-year result keys, in the order they are written.
const std::array<Series, 16> kSeries = {{
    {"anthropicRevenue", &YearProjection::anthropic_revenue_busd},
    {"grossMarginPct", &YearProjection::gross_margin_pct},
    {"awsSharePct", &YearProjection::aws_share_pct},
    {"trainingRevenue", &YearProjection::training_busd},
    {"costOfRevenue", &YearProjection::cost_of_revenue_busd},
    {"awsInferenceFromAnthropic", &YearProjection::aws_inference_busd},
    {"awsFromAnthropic", &YearProjection::aws_from_anthropic_busd},
    {"awsExcludingAnthropic", &YearProjection::aws_excluding_anthropic_busd},
    {"awsTotal", &YearProjection::aws_total_busd},
    {"anthropicShareOfAwsPct", &YearProjection::anthropic_share_of_aws_pct},
    {"growthContributionPts", nullptr, &YearProjection::growth_contribution_pts},
    {"cumulativeAwsFromAnthropic", &YearProjection::cumulative_aws_from_anthropic_busd},
    {"cumulativeOperatingProfit", &YearProjection::cumulative_operating_profit_busd},
    {"reported", nullptr, &YearProjection::reported_busd},
    {"reportedDifference", nullptr, &YearProjection::reported_difference_busd},
    {"impliedRevenue", nullptr, &YearProjection::implied_revenue_busd},
}};

std::string Number(std::optional<double> value) {
  return value ? FormatShortest(*value) : "null";
}

}  // namespace

std::string JsonString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          out += escaped;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out + "\"";
}

std::string ResultsJson(const Projection& p, const std::string& canonical_link,
                        const std::vector<std::string>& problems) {
  std::string out = "{\"years\":[";
  for (int i = 0; i < p.horizon_years; ++i) {
    if (i > 0) out += ',';
    out += std::to_string(p.years[i].year);
  }
  out += ']';
  for (const Series& series : kSeries) {
    out += ",\"";
    out += series.key;
    out += "\":[";
    for (int i = 0; i < p.horizon_years; ++i) {
      if (i > 0) out += ',';
      out += Number(series.Get(p.years[i]));
    }
    out += ']';
  }
  // The note's 2026 figure is "almost $3B": a flag where the note has a figure.
  out += ",\"reportedApproximate\":[";
  for (int i = 0; i < p.horizon_years; ++i) {
    if (i > 0) out += ',';
    const YearProjection& y = p.years[i];
    out += !y.reported_busd ? "null" : y.reported_approximate ? "true" : "false";
  }
  out += ']';
  out += ",\"paybackYear\":" + (p.payback_year ? std::to_string(*p.payback_year) : "null");
  out += ",\"stakeGain\":" + FormatShortest(p.stake_gain_busd);
  out += ",\"stakeMultiple\":" + Number(p.stake_multiple);
  out += ",\"link\":" + JsonString(canonical_link);
  out += ",\"problems\":[";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (i > 0) out += ',';
    out += JsonString(problems[i]);
  }
  return out + "]}";
}

std::string ResultsCsv(const Projection& p) {
  std::string out = "key";
  for (int i = 0; i < p.horizon_years; ++i) out += "," + std::to_string(p.years[i].year);
  out += '\n';
  for (const Series& series : kSeries) {
    out += series.key;
    for (int i = 0; i < p.horizon_years; ++i) {
      const std::optional<double> value = series.Get(p.years[i]);
      out += ',';
      if (value) out += FormatShortest(*value);
    }
    out += '\n';
  }
  out += "paybackYear," + (p.payback_year ? std::to_string(*p.payback_year) : "") + "\n";
  out += "stakeGain," + FormatShortest(p.stake_gain_busd) + "\n";
  out += "stakeMultiple," + (p.stake_multiple ? FormatShortest(*p.stake_multiple) : "") + "\n";
  return out;
}

}  // namespace awscalc
