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

// "key":[v0,v1,...] for the first `count` values.
void WriteArray(std::string& out, const char* key, const double* values, int count) {
  out += '"';
  out += key;
  out += "\":[";
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ',';
    out += FormatShortest(values[i]);
  }
  out += ']';
}

// The projection's keys, from "years" to "stakeMultiple" (no braces).
void WriteProjection(std::string& out, const Projection& p) {
  out += "\"years\":[";
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
}

// {"p5":[..],"p10":[..],"p50":[..],"p90":[..],"p95":[..],"mean":[..]}
void WriteSummary(std::string& out, const char* key, const Summary& summary, int horizon_years) {
  struct Field {
    const char* key;
    YearValues Summary::*values;
  };
  static constexpr std::array<Field, 6> kFields = {{
      {"p5", &Summary::p5},
      {"p10", &Summary::p10},
      {"p50", &Summary::p50},
      {"p90", &Summary::p90},
      {"p95", &Summary::p95},
      {"mean", &Summary::mean},
  }};
  out += ",\"";
  out += key;
  out += "\":{";
  for (std::size_t f = 0; f < kFields.size(); ++f) {
    if (f > 0) out += ',';
    WriteArray(out, kFields[f].key, (summary.*kFields[f].values).data(), horizon_years);
  }
  out += '}';
}

void WriteUncertainty(std::string& out, const UncertaintyResult& u) {
  out += ",\"uncertainty\":{\"samples\":" + std::to_string(u.samples) +
         ",\"seed\":" + std::to_string(u.seed) + ",\"year\":" + std::to_string(u.year);
  WriteSummary(out, "awsFromAnthropic", u.aws_from_anthropic_busd, u.horizon_years);
  WriteSummary(out, "cumulativeOperatingProfit", u.cumulative_operating_profit_busd,
               u.horizon_years);
  WriteSummary(out, "anthropicShareOfAwsPct", u.anthropic_share_of_aws_pct, u.horizon_years);
  out += ",\"histogram\":{\"year\":" + std::to_string(u.histogram.year) + ",";
  WriteArray(out, "edges", u.histogram.edges_busd.data(), kHistogramBins + 1);
  out += ",\"counts\":[";
  for (int i = 0; i < kHistogramBins; ++i) {
    if (i > 0) out += ',';
    out += std::to_string(u.histogram.counts[i]);
  }
  out += "]}";
  out += ",\"threshold\":" + FormatShortest(u.threshold_busd);
  out += ",\"thresholdYear\":" + std::to_string(u.year);
  out += ",\"probabilityAbove\":" + FormatShortest(u.probability_above) + "}";
}

void WriteTornado(std::string& out, const Tornado& t) {
  out += ",\"tornado\":{\"output\":\"" + std::string(Info(t.output).key) +
         "\",\"year\":" + std::to_string(t.year) + ",\"central\":" + FormatShortest(t.central) +
         ",\"bars\":[";
  for (std::size_t i = 0; i < t.bars.size(); ++i) {
    const TornadoBar& bar = t.bars[i];
    const UncertainInputInfo& info = Info(bar.input);
    if (i > 0) out += ',';
    out += "{\"input\":\"" + std::string(info.key) + "\",\"label\":" +
           JsonString(Info(info.input).label) + ",\"lowValue\":" + FormatShortest(bar.low_value) +
           ",\"highValue\":" + FormatShortest(bar.high_value) +
           ",\"low\":" + FormatShortest(bar.low_output) +
           ",\"high\":" + FormatShortest(bar.high_output) +
           ",\"swing\":" + FormatShortest(bar.swing) + "}";
  }
  out += "]}";
}

void WriteGoal(std::string& out, const GoalResult& g) {
  const bool has_value =
      g.outcome == GoalOutcome::kSolved || g.outcome == GoalOutcome::kOutOfRange;
  out += ",\"goal\":{\"input\":\"" + std::string(Info(g.query.input).key) +
         "\",\"output\":\"" + Info(g.query.output).key +
         "\",\"year\":" + std::to_string(g.year) + ",\"target\":" +
         FormatShortest(g.query.target) + ",\"outcome\":\"" + GoalOutcomeName(g.outcome) +
         "\",\"value\":" + Number(has_value ? std::optional<double>(g.value) : std::nullopt) +
         ",\"currentValue\":" + FormatShortest(g.current_value) +
         ",\"answer\":" + JsonString(g.answer) + "}";
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
  return ResultsJson(p, canonical_link, problems, ReportExtras{});
}

std::string ResultsJson(const Projection& p, const std::string& canonical_link,
                        const std::vector<std::string>& problems, const ReportExtras& extras) {
  std::string out = "{";
  WriteProjection(out, p);
  if (extras.uncertainty != nullptr) WriteUncertainty(out, *extras.uncertainty);
  if (extras.tornado != nullptr) WriteTornado(out, *extras.tornado);
  if (extras.scenarios != nullptr) {
    out += ",\"scenarios\":[";
    for (std::size_t i = 0; i < extras.scenarios->size(); ++i) {
      const ScenarioProjection& scenario = (*extras.scenarios)[i];
      if (i > 0) out += ',';
      out += "{\"slot\":" + std::to_string(scenario.slot) + ",\"name\":" +
             JsonString(scenario.name) + ",";
      WriteProjection(out, scenario.projection);
      out += '}';
    }
    out += ']';
  }
  if (extras.goal != nullptr) WriteGoal(out, *extras.goal);
  out += ",\"link\":" + JsonString(canonical_link);
  out += ",\"problems\":[";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (i > 0) out += ',';
    out += JsonString(problems[i]);
  }
  return out + "]}";
}

std::optional<ReportParts> ParseReportParts(std::string_view text) {
  if (text == "all") return ReportParts{};
  if (text == "projection") return kProjectionOnly;
  ReportParts parts = kProjectionOnly;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    const std::string_view word = text.substr(start, comma - start);
    start = comma + 1;
    if (word == "uncertainty") {
      parts.uncertainty = true;
    } else if (word == "tornado") {
      parts.tornado = true;
    } else if (word == "scenarios") {
      parts.scenarios = true;
    } else if (word == "goal") {
      parts.goal = true;
    } else if (word != "projection") {
      return std::nullopt;
    }
  }
  return parts;
}

std::string LinkResultsJson(const ParsedLink& parsed, const ReportParts& parts) {
  const LinkState& state = parsed.state;
  const Assumptions& a = state.assumptions;
  const int year_index = ChosenYearIndex(state.uncertainty, a.horizon_years);
  std::optional<UncertaintyResult> uncertainty;
  std::optional<Tornado> tornado;
  std::optional<std::vector<ScenarioProjection>> scenarios;
  std::optional<GoalResult> goal;
  if (parts.uncertainty) uncertainty = RunMonteCarlo(a, state.uncertainty);
  if (parts.tornado) tornado = ComputeTornado(a, state.uncertainty);
  if (parts.scenarios) scenarios = ProjectScenarios(state.scenarios);
  if (parts.goal && state.goal) goal = SeekGoal(a, *state.goal, year_index);

  ReportExtras extras;
  if (uncertainty) extras.uncertainty = &*uncertainty;
  if (tornado) extras.tornado = &*tornado;
  if (scenarios) extras.scenarios = &*scenarios;
  if (goal) extras.goal = &*goal;
  return ResultsJson(Project(a), CanonicalLink(state), ProblemMessages(parsed), extras);
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
