// report.h: the projection as machine-readable text, under the result keys of
// README.md ("The page's JavaScript API": the result keys). The CLI's --json and --csv, the Embind
// module and the page's results() all come from here, so they agree to the last digit: numbers are
// written with FormatShortest (the shortest text that reads back as the same double).
//
// Beyond the projection, a report can carry the reader's uncertainty, tornado, scenarios
// and goal-seek results under their own keys (written between "stakeMultiple" and
// "link"; the projection's keys keep their names and meaning):
//   "uncertainty": {"samples":10000,"seed":1,"year":2027,
//                   "awsFromAnthropic":{"p5":[..],"p10":[..],"p50":[..],"p90":[..],
//                                       "p95":[..],"mean":[..]},   (one per year)
//                   "cumulativeOperatingProfit":{..same..},"anthropicShareOfAwsPct":{..},
//                   "histogram":{"year":2027,"edges":[41 numbers],"counts":[40 counts]},
//                   "threshold":5,"thresholdYear":2027,"probabilityAbove":0.62}
//   "tornado": {"output":"aws","year":2027,"central":5.7,
//               "bars":[{"input":"rev","label":"Anthropic revenue","lowValue":13.3,
//                        "highValue":24.7,"low":3.99,"high":7.41,"swing":3.42},...]}
//   "scenarios": [{"slot":1,"name":"..","years":[..],<every per-year key>,
//                  "paybackYear":..,"stakeGain":..,"stakeMultiple":..},...]
//   "goal": {"input":"gm","output":"aws","year":2027,"target":8,"outcome":"solved",
//            "value":48.88,"currentValue":60,"answer":"It takes ..."}
//            (only when the link asks a goal; "value" is null when no value can do it)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/goal_seek.h"
#include "core/projection.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/share_link.h"
#include "core/uncertainty.h"

namespace awscalc {

// {"years":[2025,...],"anthropicRevenue":[...],...,"paybackYear":2027,...,
//  "link":"v=1","problems":["..."]}
std::string ResultsJson(const Projection& projection, const std::string& canonical_link,
                        const std::vector<std::string>& problems);

// Results computed by the caller (say, a Monte Carlo run sliced over frames), written
// with the projection; a null part is left out.
struct ReportExtras {
  const UncertaintyResult* uncertainty = nullptr;
  const Tornado* tornado = nullptr;
  const std::vector<ScenarioProjection>* scenarios = nullptr;
  const GoalResult* goal = nullptr;
};
std::string ResultsJson(const Projection& projection, const std::string& canonical_link,
                        const std::vector<std::string>& problems, const ReportExtras& extras);

// Which parts LinkResultsJson computes besides the projection. The Monte Carlo run is the
// costly one (about a millisecond per 10,000 samples); the others are a few projections.
struct ReportParts {
  bool uncertainty = true;
  bool tornado = true;
  bool scenarios = true;
  bool goal = true;
  bool operator==(const ReportParts&) const = default;
};
inline constexpr ReportParts kProjectionOnly = {false, false, false, false};

// "all", "projection" (none of the parts), or a comma-separated list of "uncertainty",
// "tornado", "scenarios", "goal". None when a word is not one of these.
std::optional<ReportParts> ParseReportParts(std::string_view text);

// The data to republish, as tidy files (RFC 4180, UTF-8; each one table with one header
// row of column names, units in the names; no header block inside the data), with their
// metadata: the page's data download and `aws-calc --zip`, one ZIP (Session::DataZip,
// core/zip.h):
//   projection.csv     Year,Anthropic revenue ($B),...,The note's figure as written,...
//                      a year a row (kInCsv results); `aws-calc --csv` alone
//   single-values.csv  Result,Value: the results that are not per year; a year not
//                      reached within the years projected in words ("not by 2027")
//   percentiles.csv    Year,Result,P5,P10,Median,P90,P95,Mean   (when extras.uncertainty
//                      has samples)
//   scenarios.csv      Scenario,Year,... as projection.csv       (when scenarios are kept)
//   reported.csv       the facts reported since the note (ReportedFactsCsv)
//   metadata.json      title, source, link, the note's date, the newest reported fact's,
//                      the download's, units, rounding, licence, how to cite, the files
// Rounded values have the results table's decimals (money to $0.01B) and no unit or
// sign; the note's figure is as round as the note put it (3, "almost $3B"). Exact values
// are the shortest text that reads back as the same double (the JSON's numbers). An empty
// cell has no value (the note after 2027, growth in the first year).
enum class CsvValues : std::uint8_t { kRounded, kExact };
struct CsvFile {
  CsvValues values = CsvValues::kRounded;
  std::string link;  // where the reader can open these figures again
  std::string date;  // "2026-11-29", the download's day ("" for none)
};
struct DataFile {
  std::string name;         // "projection.csv"
  std::string description;  // what it holds, for metadata.json
  std::string text;
};
std::string ResultsCsv(const Projection& projection, CsvValues values = CsvValues::kRounded);
std::vector<DataFile> ResultsDataFiles(const Projection& projection, const CsvFile& file = {},
                                       const ReportExtras& extras = {});

// One cell of a CSV file: RFC 4180's quoting, and a text a spreadsheet would run as a
// formula (a leading =, +, -, @, tab or CR; OWASP's CSV-injection rule) prefixed with '.
// A plain number ("-0.35") is left as it is. Every text cell the calculator writes goes
// through it.
std::string CsvField(std::string_view text);

// JSON string literal with quotes and escapes.
std::string JsonString(const std::string& text);

}  // namespace awscalc
