// report.cpp: see report.h.
#include "core/report.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "core/decimal.h"
#include "core/explain.h"
#include "core/reported.h"
#include "core/results.h"

namespace awscalc {
namespace {

// A value in JSON: the shortest exact number, true/false for flags, null for none.
std::string JsonValue(const ResultInfo& info, std::optional<double> value) {
  if (!value) return "null";
  if (info.unit == Unit::kFlag) return *value != 0.0 ? "true" : "false";
  return FormatShortest(*value);
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

// The projection's keys, from "years" to "stakeMultiple" (no braces): the results
// table's JSON rows, in its order.
void WriteProjection(std::string& out, const Projection& p) {
  bool first = true;
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInJson) == 0) continue;
    out += first ? "\"" : ",\"";
    first = false;
    out += info.key;
    out += "\":";
    if (!info.per_year) {
      out += JsonValue(info, info.value(p, 0));
      continue;
    }
    out += '[';
    for (int i = 0; i < p.horizon_years; ++i) {
      if (i > 0) out += ',';
      out += JsonValue(info, info.value(p, i));
    }
    out += ']';
  }
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
    out += "{\"input\":\"" + std::string(info.key()) +
           "\",\"label\":" + JsonString(Info(info.input).label) +
           ",\"lowValue\":" + FormatShortest(bar.low_value) +
           ",\"highValue\":" + FormatShortest(bar.high_value) +
           ",\"low\":" + FormatShortest(bar.low_output) +
           ",\"high\":" + FormatShortest(bar.high_output) +
           ",\"swing\":" + FormatShortest(bar.swing) + "}";
  }
  out += "]}";
}

void WriteGoal(std::string& out, const GoalResult& g) {
  const bool has_value = g.outcome == GoalOutcome::kSolved || g.outcome == GoalOutcome::kOutOfRange;
  out += ",\"goal\":{\"input\":\"" + std::string(Info(g.query.input).key()) + "\",\"output\":\"" +
         Info(g.query.output).key + "\",\"year\":" + std::to_string(g.year) +
         ",\"target\":" + FormatShortest(g.query.target) + ",\"outcome\":\"" +
         GoalOutcomeName(g.outcome) +
         "\",\"value\":" + (has_value ? FormatShortest(g.value) : std::string("null")) +
         ",\"currentValue\":" + FormatShortest(g.current_value) +
         ",\"answer\":" + JsonString(g.answer) + "}";
}

}  // namespace

std::string JsonString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
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
      out += "{\"slot\":" + std::to_string(scenario.slot) +
             ",\"name\":" + JsonString(scenario.name) + ",";
      WriteProjection(out, scenario.projection);
      out += '}';
    }
    out += ']';
  }
  if (extras.goal != nullptr) WriteGoal(out, *extras.goal);
  out += ",\"link\":" + JsonString(canonical_link);
  // When the note's figures were published and how recent the reported ones are.
  out += ",\"asOf\":{\"note\":" + JsonString(kNote.month) +
         ",\"reported\":" + JsonString(NewestReportedDate()) + "}";
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

// -----------------------------------------------------------------------------------
// The CSV file

namespace {

// A plain decimal as the file writes numbers: an optional '-', digits, an optional '.'
// and digits ("-0.35", "2027"). A spreadsheet reads it as a number, never as a formula.
bool IsPlainNumber(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  bool digits = false;
  bool point = false;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digits;
}

}  // namespace

std::string CsvField(std::string_view text) {
  std::string cell;
  // OWASP's rule against CSV injection: a text a spreadsheet would evaluate as a formula
  // (a leading =, +, -, @, tab or carriage return) starts with a ' so it stays text.
  // Numbers stay numbers: "-0.35" is a value, not a formula.
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
      !IsPlainNumber(text)) {
    cell = "'";
  }
  cell += text;
  // RFC 4180: quoted when it holds a comma, a quote or a line break.
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

namespace {

void CsvRow(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (const std::string_view field : fields) {
    if (!first) out += ',';
    first = false;
    out += CsvField(field);
  }
  out += '\n';
}

// A number as the file writes it: the table's decimals with no unit, sign or separator
// ("5.70", "-0.35", "2027"), or the exact value; "" where there is none.
std::string CsvNumber(std::optional<double> value, int decimals, CsvValues values) {
  if (!value || !std::isfinite(*value)) return "";
  if (values == CsvValues::kExact) return FormatShortest(*value);
  return Format(*value, Unit::kPlain, {decimals, false, true}, English())
      .str();  // machines' digits
}

bool IsReported(const ResultInfo& info) {
  return std::string_view(info.key) == "reported";
}

// "Year,Anthropic revenue ($B),...": the per-year results' columns (with the note's
// figure as written after the note's figure), after the leading columns given.
void YearGridHead(std::string& out, std::initializer_list<std::string_view> leading) {
  std::string row;
  for (const std::string_view field : leading) row += CsvField(field) + ',';
  row += CsvField(T("Year"));
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInCsv) == 0 || !info.per_year) continue;
    row += ',' + CsvField(LabelWithUnit(info));
    if (IsReported(info)) row += ',' + CsvField(T("The note's figure as written"));
  }
  out += row + '\n';
}

void YearGridRow(std::string& out, const Projection& p, int i, std::string_view leading,
                 CsvValues values) {
  std::string row;
  if (!leading.empty()) row += CsvField(leading) + ',';
  row += std::to_string(p.years[i].year);
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInCsv) == 0 || !info.per_year) continue;
    const std::optional<double> value = info.value(p, i);
    if (!IsReported(info)) {
      row += ',' + CsvNumber(value, info.decimals, values);
      continue;
    }
    // The note's figures as round as the note put them: 1.28, 3 (almost), 5.6.
    const bool approximate = value && p.years[i].reported_approximate;
    if (value && values == CsvValues::kRounded) {
      row += ',' +
             Format(*value, Unit::kPlain, {approximate ? 0 : info.decimals, true, true}, English())
                 .str();
    } else {
      row += ',' + CsvNumber(value, info.decimals, values);
    }
    {
      row += ',';
      if (value) {
        // Quoted when it needs (a language's decimal comma: "1,28 Mrd. $").
        const ShortText figure = Format(*value, Unit::kBillionUsd, kCompact);
        row += CsvField(approximate ? StringPrintf(T("almost %s"), figure.c_str()) : figure.str());
      }
    }
  }
  out += row + '\n';
}

}  // namespace

std::string ResultsCsv(const Projection& p, CsvValues values) {
  std::string out;
  YearGridHead(out, {});
  for (int i = 0; i < p.horizon_years; ++i) YearGridRow(out, p, i, "", values);
  return out;
}

namespace {

std::string SingleValuesCsv(const Projection& p, CsvValues values) {
  std::string out;
  CsvRow(out, {T("Result"), T("Value")});
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInCsv) == 0 || info.per_year) continue;
    // A value that means "not within the years projected" says so, never blank.
    const std::optional<double> value = info.value(p, 0);
    CsvRow(out, {LabelWithUnit(info),
                 value ? CsvNumber(value, info.decimals, values) : NoneWords(info, p)});
  }
  return out;
}

std::string PercentilesCsv(const Projection& p, const UncertaintyResult& u, CsvValues values) {
  std::string out;
  CsvRow(out, {T("Year"), T("Result"), "P5", "P10", T("Median"), "P90", "P95", T("Mean")});
  struct Row {
    const char* key;
    const Summary* summary;
  };
  const Row rows[] = {{"awsFromAnthropic", &u.aws_from_anthropic_busd},
                      {"cumulativeOperatingProfit", &u.cumulative_operating_profit_busd},
                      {"anthropicShareOfAwsPct", &u.anthropic_share_of_aws_pct}};
  for (int i = 0; i < u.horizon_years; ++i) {
    for (const Row& row : rows) {
      const ResultInfo& info = *FindResult(row.key);
      const Summary& s = *row.summary;
      auto cell = [&](const YearValues& v) { return CsvNumber(v[i], info.decimals, values); };
      CsvRow(out, {std::to_string(p.years[0].year + i), LabelWithUnit(info), cell(s.p5),
                   cell(s.p10), cell(s.p50), cell(s.p90), cell(s.p95), cell(s.mean)});
    }
  }
  return out;
}

std::string ScenariosCsv(const std::vector<ScenarioProjection>& scenarios, CsvValues values) {
  std::string out;
  YearGridHead(out, {T("Scenario")});
  for (const ScenarioProjection& scenario : scenarios) {
    for (int i = 0; i < scenario.projection.horizon_years; ++i) {
      YearGridRow(out, scenario.projection, i, scenario.name, values);
    }
  }
  return out;
}

}  // namespace

std::vector<DataFile> ResultsDataFiles(const Projection& p, const CsvFile& file,
                                       const ReportExtras& extras) {
  const CsvValues values = file.values;
  std::vector<DataFile> files;
  files.push_back({"projection.csv",
                   T("The projection: a year a row, a result a column (its unit in its name); "
                     "the note's figures beside the model's"),
                   ResultsCsv(p, values)});
  files.push_back({"single-values.csv",
                   T("The results that are not per year (a year not reached within the years "
                     "projected is written in words)"),
                   SingleValuesCsv(p, values)});
  const UncertaintyResult* u = extras.uncertainty;
  if (u != nullptr && u->samples > 0) {
    files.push_back({"percentiles.csv",
                     StringPrintf(T("The range of outcomes (Monte Carlo: %s samples, seed %s): "
                                    "percentiles and mean by year and result, from the "
                                    "calculator's own assumptions of how far each input may "
                                    "vary"),
                                  Format(u->samples, Unit::kPlain, {0, true, true}).c_str(),
                                  std::to_string(u->seed).c_str()),
                     PercentilesCsv(p, *u, values)});
  }
  if (extras.scenarios != nullptr && !extras.scenarios->empty()) {
    files.push_back({"scenarios.csv",
                     T("The scenarios the reader kept: a scenario and year a row, the columns "
                       "of projection.csv"),
                     ScenariosCsv(*extras.scenarios, values)});
  }
  // What was reported since the note, beside the projection, never in its columns: each
  // fact with its measure (a run-rate named as one), source and date (core/reported.h).
  files.push_back({"reported.csv",
                   T("What was reported since the note: a fact a row, with its period, "
                     "measure (a run-rate is not a year's revenue), date and source"),
                   ReportedFactsCsv()});

  std::string json =
      "{\"title\":" + JsonString(T(kCalculatorTitle)) + ",\"source\":" + JsonString(SourceLine()) +
      ",\"link\":" + JsonString(file.link) + ",\"noteDate\":" + JsonString(kNote.month) +
      ",\"reportedUpTo\":" + JsonString(NewestReportedDate()) +
      ",\"asOf\":" + JsonString(AsOfLine());
  if (!file.date.empty()) json += ",\"downloadedOn\":" + JsonString(file.date);
  // The keys are for machines (English in every language); what they say, for people, is
  // in the language.
  json += ",\"values\":" +
          JsonString(values == CsvValues::kExact
                         ? T("exact: the shortest decimals that give the calculator's values "
                             "back")
                         : T("rounded as the calculator shows them: each column with the "
                             "decimals it has on screen (money to $0.01B)")) +
          ",\"units\":{\"$B\":" + JsonString(T("billions of US dollars")) +
          ",\"%\":" + JsonString(T("percent")) + ",\"pts\":" + JsonString(T("percentage points")) +
          ",\"x\":" + JsonString(T("times")) + "}" + ",\"noValue\":" +
          JsonString(T("an empty cell has no value (the note gives no figure after 2027; "
                       "growth has no year before the first); a year not reached within the "
                       "years projected is written in words (\"not by 2027\")")) +
          ",\"licence\":{\"name\":" + JsonString(kDataLicence.name) +
          ",\"title\":" + JsonString(kDataLicence.title) +
          ",\"url\":" + JsonString(kDataLicence.url) + "}" +
          ",\"cite\":" + JsonString(CiteLine(file.link, file.date)) + ",\"files\":[";
  for (std::size_t i = 0; i < files.size(); ++i) {
    json += std::string(i > 0 ? "," : "") + "{\"name\":" + JsonString(files[i].name) +
            ",\"description\":" + JsonString(files[i].description) + "}";
  }
  json += "]}\n";
  files.push_back({"metadata.json", T("What the files are, where they come from, how to cite them"),
                   std::move(json)});
  return files;
}

}  // namespace awscalc
