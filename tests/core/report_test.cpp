// report_test.cpp: the result keys (README.md, "The page's JavaScript API") in JSON and CSV.
#include "core/report.h"
#include "core/session.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/explain.h"
#include "core/reported.h"
#include "core/share_link.h"
#include "core/zip.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

TEST(Report, JsonHasEveryResultKey) {
  const std::string json = ResultsJson(Project(DefaultAssumptions()), "v=1", {});
  for (const char* key :
       {"years", "anthropicRevenue", "grossMarginPct", "awsSharePct", "trainingRevenue",
        "costOfRevenue", "awsFromAnthropic", "awsExcludingAnthropic", "awsTotal",
        "anthropicShareOfAwsPct", "growthContributionPts", "cumulativeAwsFromAnthropic",
        "cumulativeOperatingProfit", "paybackYear", "stakeGain", "stakeMultiple", "reported",
        "impliedRevenue", "problems"}) {
    EXPECT_THAT(json, HasSubstr("\"" + std::string(key) + "\":")) << key;
  }
  EXPECT_THAT(json, StartsWith("{\"years\":[2025,2026,2027],\"anthropicRevenue\":[4,10,19],"));
  EXPECT_THAT(json, HasSubstr("\"grossMarginPct\":[60,60,60]"));
  EXPECT_THAT(json, HasSubstr("\"growthContributionPts\":[null,"));
  EXPECT_THAT(json, HasSubstr("\"reported\":[1.28,3,5.6]"));
  EXPECT_THAT(json, HasSubstr("\"reportedApproximate\":[false,true,false]"));
  EXPECT_THAT(json, HasSubstr("\"paybackYear\":null"));
  EXPECT_THAT(json, HasSubstr("\"link\":\"v=1\",\"asOf\":{\"note\":\"July 2025\",\"reported\":\"" +
                              NewestReportedDate() + "\"},\"problems\":[]}"));
}

TEST(Report, JsonEscapesProblems) {
  const ParsedLink parsed = ParseLink("x=\"%5C%0A");
  const std::string json =
      ResultsJson(Project(parsed.state.assumptions), "v=1", ProblemMessages(parsed));
  // The echo is printable ASCII: the backslash stays, the line feed becomes %0A.
  EXPECT_THAT(json, HasSubstr("\"problems\":[\"x=\\\"\\\\%0A: \\\"x\\\" is not a setting"));
  EXPECT_EQ(JsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(Report, ExtensionYearsHaveNullsWhereTheNoteIsSilent) {
  const ParsedLink parsed = ParseLink("rev=4,10,19,29.26");
  const std::string json = ResultsJson(Project(parsed.state.assumptions), "", {});
  EXPECT_THAT(json, HasSubstr("\"reported\":[1.28,3,5.6,null]"));
  EXPECT_THAT(json, HasSubstr("\"reportedApproximate\":[false,true,false,null]"));
}

// Splits a CSV file (RFC 4180: quoted fields may hold commas and doubled quotes) into
// rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back() == std::vector<std::string>(1)) rows.pop_back();
  return rows;
}

// The row whose first field is `first`, from row `from` on; empty if none.
std::vector<std::string> RowStarting(const std::vector<std::vector<std::string>>& rows,
                                     std::string_view first, std::size_t from = 0) {
  for (std::size_t i = from; i < rows.size(); ++i) {
    if (rows[i][0] == first) return rows[i];
  }
  return {};
}

// The data download's file called `name` ("" when there is none).
std::string FileNamed(const std::vector<DataFile>& files, std::string_view name) {
  for (const DataFile& file : files) {
    if (file.name == name) return file.text;
  }
  return "";
}

// Every CSV file of the download, one after another (each with its header row).
std::string AllCsv(const std::vector<DataFile>& files) {
  std::string all;
  for (const DataFile& file : files) {
    if (file.name.ends_with(".csv")) all += file.text;
  }
  return all;
}

// The reported facts are their own file, beside the projection and never in its columns;
// a run-rate's measure says it is not a year's revenue.
TEST(Report, TheReportedFactsAreTheirOwnFile) {
  const std::vector<DataFile> files = Session().DataFiles();
  EXPECT_EQ(FileNamed(files, "reported.csv"), ReportedFactsCsv());
  const auto rows = ParseCsv(ReportedFactsCsv());
  ASSERT_EQ(rows.size(), ReportedFacts().size() + 1);
  EXPECT_EQ(rows[0][0], "Measure");
  for (std::size_t i = 0; i < ReportedFacts().size(); ++i) {
    const ReportedFact& f = ReportedFacts()[i];
    const std::vector<std::string>& row = rows[i + 1];
    EXPECT_EQ(row[1], f.period);
    EXPECT_EQ(row[2], ReportedValueText(f));
    EXPECT_EQ(row[7], f.source);
    if (f.measure == ReportedMeasure::kAnthropicRunRate) {
      EXPECT_THAT(row[0], HasSubstr("run-rate"));
      EXPECT_THAT(row[0], HasSubstr("not a year's revenue"));
    } else {
      EXPECT_THAT(row[0], Not(HasSubstr("run-rate")));
    }
  }
  // The projection's own columns never hold a reported figure or a run-rate.
  EXPECT_THAT(FileNamed(files, "projection.csv"), Not(HasSubstr("run-rate")));
}

// Tidy: every CSV file is one table, its first row the column names (units in them),
// every row as long as it; what the files are and where they come from is the metadata's.
TEST(Report, EachFileIsOneTableAndTheMetadataSaysWhatTheyAre) {
  Session session(ParseLink("v=1&s1=bear&n=1000"));
  const std::vector<DataFile> files =
      session.DataFiles(CsvValues::kRounded, "https://x.test/#v=1", "2026-11-29");
  std::vector<std::string> names;
  for (const DataFile& file : files) names.push_back(file.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"projection.csv", "single-values.csv", "percentiles.csv",
                                      "scenarios.csv", "reported.csv", "metadata.json"}));
  for (const DataFile& file : files) {
    if (!file.name.ends_with(".csv")) continue;
    const auto rows = ParseCsv(file.text);
    ASSERT_GE(rows.size(), 2u) << file.name;
    for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size()) << file.name;
    for (const std::string& name : rows[0]) EXPECT_FALSE(name.empty()) << file.name;
  }
  EXPECT_EQ(ParseCsv(FileNamed(files, "projection.csv"))[0][0], "Year");
  EXPECT_EQ(ParseCsv(FileNamed(files, "projection.csv"))[0][1], "Anthropic revenue ($B)");
  EXPECT_EQ(session.Csv(), FileNamed(files, "projection.csv"));

  const std::string meta = FileNamed(files, "metadata.json");
  for (const std::string& part :
       {"{\"title\":" + JsonString(kCalculatorTitle), "\"source\":" + JsonString(SourceLine()),
        std::string("\"link\":\"https://x.test/#v=1\""), std::string("\"noteDate\":\"July 2025\""),
        "\"reportedUpTo\":" + JsonString(NewestReportedDate()),
        "\"asOf\":" + JsonString(AsOfLine()), std::string("\"downloadedOn\":\"2026-11-29\""),
        std::string("\"$B\":\"billions of US dollars\""),
        std::string("\"licence\":{\"name\":\"CC BY 4.0\","),
        std::string("\"cite\":\"How much could AWS earn from Anthropic?, https://x.test/#v=1, "
                    "downloaded on 2026-11-29, after the Morgan Stanley note reported by "
                    "Business Insider (July 2025)\""),
        std::string("{\"name\":\"percentiles.csv\",\"description\":\"The range of outcomes "
                    "(Monte Carlo: 1000 samples, seed 1)")}) {
    EXPECT_THAT(meta, HasSubstr(part)) << part;
  }
  EXPECT_THAT(meta, HasSubstr("\"values\":\"rounded as the calculator shows them"));
  // Without a link, the canonical one; without a date, no date.
  const std::string bare = FileNamed(Session().DataFiles(), "metadata.json");
  EXPECT_THAT(bare, HasSubstr("\"link\":\"#v=1\""));
  EXPECT_THAT(bare, Not(HasSubstr("downloadedOn")));
  // No range run, no scenario kept: no such files.
  Session plain(ParseLink("v=1&n=0"));
  for (const DataFile& file : plain.DataFiles()) {
    EXPECT_NE(file.name, "scenarios.csv");
  }
}

TEST(Report, CsvYearsAsRowsRoundedAsShownWithTheNoteAsItWroteIt) {
  Session session;
  const auto rows = ParseCsv(session.Csv());
  const std::vector<std::string> head = rows[0];
  ASSERT_EQ(head[0], "Year");
  EXPECT_EQ(head[1], "Anthropic revenue ($B)");
  const auto column = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(head.begin(), head.end(), name) - head.begin());
  };
  const std::vector<std::string> y2026 = RowStarting(rows, "2026");
  ASSERT_EQ(y2026.size(), head.size());
  EXPECT_EQ(y2026[column("Anthropic revenue ($B)")], "10.00");
  EXPECT_EQ(y2026[column("Anthropic gross margin (%)")], "60.0");
  EXPECT_EQ(y2026[column("AWS revenue from Anthropic ($B)")], "3.00");
  // The note's 2026 figure as the note put it: never "3.00".
  EXPECT_EQ(y2026[column("AWS revenue reported by the note ($B)")], "3");
  EXPECT_EQ(y2026[column("The note's figure as written")], "almost $3B");
  EXPECT_EQ(RowStarting(rows, "2027")[column("The note's figure as written")], "$5.6B");
  EXPECT_EQ(RowStarting(rows, "2027")[column("AWS revenue reported by the note ($B)")], "5.6");
  EXPECT_EQ(RowStarting(rows, "2025")[column("Contribution to AWS growth (pts)")], "");
  // No float noise: every number in the year grid has at most the table's decimals.
  for (const std::string year : {"2025", "2026", "2027"}) {
    for (const std::string& cell : RowStarting(rows, year)) {
      const std::size_t point = cell.find('.');
      if (point != std::string::npos && !cell.starts_with("$")) {
        EXPECT_LE(cell.size() - point - 1, 2u) << cell;
      }
    }
  }
  // The single values in their own file.
  const std::vector<DataFile> files = session.DataFiles();
  const auto singles = ParseCsv(FileNamed(files, "single-values.csv"));
  EXPECT_EQ(singles[0], (std::vector<std::string>{"Result", "Value"}));
  EXPECT_EQ(RowStarting(singles, "Gain on Amazon's stake ($B)"),
            (std::vector<std::string>{"Gain on Amazon's stake ($B)", "5.80"}));
  const std::vector<DataFile> exact = session.DataFiles(CsvValues::kExact);
  EXPECT_THAT(FileNamed(exact, "single-values.csv"),
              HasSubstr("\nGain on Amazon's stake ($B),5.800000000000001\n"));
  EXPECT_THAT(FileNamed(exact, "metadata.json"), HasSubstr("\"values\":\"exact"));
}

// The exact table round-trips the results: every per-year result's column reads back as
// the same double the JSON carries (bit for bit), an empty cell where there is none.
TEST(Report, TheExactTableRoundTripsTheResults) {
  Session session(ParseLink("v=1&rev=4.2,11.3,19.7,27&gm=57.5&aws=72"));
  const Projection& p = session.projection();
  const auto rows = ParseCsv(session.Csv(CsvValues::kExact));
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(p.horizon_years) + 1);
  int columns = 0;
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInCsv) == 0 || !info.per_year) continue;
    const auto at = std::find(rows[0].begin(), rows[0].end(), LabelWithUnit(info));
    ASSERT_NE(at, rows[0].end()) << info.key;
    const auto column = static_cast<std::size_t>(at - rows[0].begin());
    for (int i = 0; i < p.horizon_years; ++i) {
      const std::optional<double> value = info.value(p, i);
      const std::string& cell = rows[static_cast<std::size_t>(i) + 1][column];
      if (value) {
        EXPECT_EQ(std::stod(cell), *value) << info.key << " " << i;
      } else {
        EXPECT_EQ(cell, "") << info.key << " " << i;
      }
    }
    ++columns;
  }
  EXPECT_GE(columns, 15);
}

// A value that means "not within the years projected" says so in words, never blank: the
// year Amazon's investment is covered, for files and for people; a number once it is.
TEST(Report, NotWithinTheYearsProjectedSaysSo) {
  const std::string label = "Year the operating profit covers Amazon's investment";
  const auto singles = [](Session& session) {
    return ParseCsv(FileNamed(session.DataFiles(), "single-values.csv"));
  };
  Session never;  // $3.66B of profit by 2027 against $8B
  EXPECT_EQ(RowStarting(singles(never), label), (std::vector<std::string>{label, "not by 2027"}));
  const ResultInfo& payback = *FindResult("paybackYear");
  EXPECT_EQ(ResultCell(payback, never.projection(), 0), "not by 2027");
  EXPECT_EQ(NoneWords(payback, never.projection()), "not by 2027");
  Session six(ParseLink("v=1&rev=4,10,19,29,39,47"));
  EXPECT_EQ(RowStarting(singles(six), label)[1], "2029");
  Session covered(ParseLink("v=1&inv=1"));
  EXPECT_EQ(RowStarting(singles(covered), label), (std::vector<std::string>{label, "2026"}));
  // Where none is just none (the note says nothing after 2027), the cell stays empty.
  EXPECT_EQ(NoneWords(*FindResult("reported"), six.projection()), "");
}

TEST(Report, ThePercentilesAndTheScenariosAreTheirOwnFiles) {
  Session session(ParseLink("v=1&s1=bear&s1.name=Bear, \"careful\"&n=2000"));
  const std::vector<DataFile> files = session.DataFiles();
  const auto rows = ParseCsv(FileNamed(files, "percentiles.csv"));
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Year", "Result", "P5", "P10", "Median", "P90",
                                               "P95", "Mean"}));
  int percentile_rows = 0;
  for (const auto& row : rows) {
    if (row.size() == 8 && row[1] == "AWS revenue from Anthropic ($B)") {
      ++percentile_rows;
      EXPECT_LE(std::stod(row[2]), std::stod(row[4]));
      EXPECT_LE(std::stod(row[4]), std::stod(row[6]));
    }
  }
  EXPECT_EQ(percentile_rows, 3);
  const auto scenarios = ParseCsv(FileNamed(files, "scenarios.csv"));
  EXPECT_EQ(scenarios[0][0], "Scenario");
  EXPECT_EQ(scenarios[0][1], "Year");
  const std::vector<std::string> scenario = RowStarting(scenarios, "Bear, \"careful\"");
  ASSERT_FALSE(scenario.empty());
  EXPECT_EQ(scenario[1], "2025");
}

// The ZIP: CRC-32's check value; each file stored whole under its name, the archive's
// records where APPNOTE puts them; the same files and day give the same bytes.
TEST(Report, TheDataZipStoresEachFileWhole) {
  EXPECT_EQ(Crc32("123456789"), 0xCBF43926u);
  EXPECT_EQ(Crc32(""), 0u);
  Session session(ParseLink("v=1&gm=55&s1=bull"));
  const std::string zip = session.DataZip(CsvValues::kRounded, "https://x.test/#v=1", "2026-11-29");
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(zip.substr(zip.size() - 22, 4), std::string("PK\x05\x06", 4));
  for (const DataFile& file :
       session.DataFiles(CsvValues::kRounded, "https://x.test/#v=1", "2026-11-29")) {
    const std::size_t at = zip.find(file.name + file.text);
    EXPECT_NE(at, std::string::npos) << file.name;
  }
  // 2026-11-29 as MS-DOS dates it: (2026 - 1980) << 9 | 11 << 5 | 29.
  const unsigned dos = (46u << 9) | (11u << 5) | 29u;
  EXPECT_EQ(static_cast<unsigned char>(zip[12]), dos & 0xFFu);
  EXPECT_EQ(static_cast<unsigned char>(zip[13]), dos >> 8);
  EXPECT_EQ(zip, session.DataZip(CsvValues::kRounded, "https://x.test/#v=1", "2026-11-29"));
  EXPECT_EQ(ZipStore({}), std::string("PK\x05\x06", 4) + std::string(18, '\0'));
}

// OWASP's rule against CSV injection: a text cell a spreadsheet would run as a formula
// gets a leading ' (the review's link made "=HYPERLINK(...)" the first cell of every row
// of a scenario); numbers, negative ones included, stay numbers.
TEST(Report, CsvCellsNeverStartAFormula) {
  for (const char* name :
       {"=HYPERLINK(\"http://evil.example/\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
    EXPECT_EQ(CsvField(name).find_first_not_of('"'), CsvField(name).find('\'')) << name;
  }
  EXPECT_EQ(CsvField("=1+1"), "'=1+1");
  EXPECT_EQ(CsvField("=A1,B1"), "\"'=A1,B1\"");
  EXPECT_EQ(CsvField("-0.35"), "-0.35");
  EXPECT_EQ(CsvField("-12"), "-12");
  EXPECT_EQ(CsvField("2027"), "2027");
  EXPECT_EQ(CsvField("Bear case"), "Bear case");

  Session session(
      ParseLink("v=1&s1=bear&s2.name=%3DHYPERLINK(%22http%3A%2F%2Fevil.example%2F%22%2C%22x%22)"
                "&s3.name=%2Bcmd&gm=99&aws=100&n=1000"));
  for (const CsvValues values : {CsvValues::kRounded, CsvValues::kExact}) {
    const auto rows =
        ParseCsv(AllCsv(session.DataFiles(values, "https://news.example/#v=1", "2026-12-06")));
    int scenario_rows = 0;
    bool negative_number = false;
    for (const auto& row : rows) {
      for (const std::string& cell : row) {
        EXPECT_TRUE(cell.empty() || std::string_view("=+@\t\r").find(cell[0]) == std::string::npos)
            << cell;
        if (!cell.empty() && cell[0] == '-') {
          EXPECT_NO_THROW((void)std::stod(cell)) << "a text starting with '-': " << cell;
          negative_number = true;
        }
      }
      if (!row.empty() && row[0].starts_with("'=HYPERLINK(")) ++scenario_rows;
      if (!row.empty() && row[0] == "'+cmd") ++scenario_rows;
    }
    EXPECT_EQ(scenario_rows, 6);
    EXPECT_TRUE(negative_number) << "the test needs a negative value (model minus the note)";
  }
}

TEST(Report, ProjectionOnlyIsTheOriginalReport) {
  const ParsedLink parsed = ParseLink("v=1&gm=55&goal=gm&s1=bear");
  const Projection p = Project(parsed.state.assumptions);
  const std::string link = CanonicalLink(parsed.state);
  EXPECT_EQ(LinkResultsJson(parsed, kProjectionOnly), ResultsJson(p, link, {}));
  EXPECT_EQ(ResultsJson(p, link, {}, ReportExtras{}), ResultsJson(p, link, {}));
}

TEST(Report, EveryPartUnderItsKey) {
  const ParsedLink parsed = ParseLink("v=1&goal=gm&target=8&s1=bear&s3.gm=50");
  const std::string json = LinkResultsJson(parsed);
  EXPECT_THAT(json, StartsWith("{\"years\":[2025,2026,2027],\"anthropicRevenue\":[4,10,19],"));
  EXPECT_THAT(json, HasSubstr("\"stakeMultiple\":1.725,\"uncertainty\":{\"samples\":10000,"
                              "\"seed\":1,\"year\":2027,\"awsFromAnthropic\":{\"p5\":["));
  for (const char* key :
       {"\"cumulativeOperatingProfit\":{\"p5\":[", "\"anthropicShareOfAwsPct\":{", "\"p10\":[",
        "\"p50\":[", "\"p90\":[", "\"p95\":[", "\"mean\":[",
        "\"histogram\":{\"year\":2027,\"edges\":[", "\"counts\":[",
        "\"threshold\":5,\"thresholdYear\":2027,\"probabilityAbove\":",
        "\"tornado\":{\"output\":\"aws\",\"year\":2027,\"central\":5.7,\"bars\":[",
        "{\"input\":\"rev\",\"label\":\"Anthropic revenue\",\"lowValue\":",
        "\"scenarios\":[{\"slot\":1,\"name\":\"Bear case (the calculator's "
        "illustration)\",\"years\":[2025,2026,2027],\"anthropicRevenue\":[3.5,7,11],",
        "{\"slot\":3,\"name\":\"Scenario 3\",",
        "\"goal\":{\"input\":\"gm\",\"output\":\"aws\",\"year\":2027,\"target\":8,"
        "\"outcome\":\"solved\",\"value\":43.85964912280702,\"currentValue\":60,"
        "\"answer\":\"It takes a gross margin of 43.86%",
        "\"link\":\"v=1&goal=gm&target=8&s1=bear&s3.gm=50\",\"asOf\":"}) {
    EXPECT_THAT(json, HasSubstr(key)) << key;
  }
  // No goal asked: no "goal" key; no scenarios kept: an empty list.
  const std::string plain = LinkResultsJson(ParseLink("v=1"));
  EXPECT_THAT(plain, HasSubstr("\"scenarios\":[],\"link\":\"v=1\""));
  EXPECT_THAT(plain, Not(HasSubstr("\"goal\"")));
}

TEST(Report, CallersCanBringTheirOwnSlicedRun) {
  const ParsedLink parsed = ParseLink("n=20000&rev=4,10,19,25");
  MonteCarloRun run;
  run.Start(parsed.state.assumptions, parsed.state.uncertainty);
  while (!run.Step(3000)) {
  }
  const Tornado tornado = ComputeTornado(parsed.state.assumptions, parsed.state.uncertainty);
  const std::vector<ScenarioProjection> scenarios = ProjectScenarios(parsed.state.scenarios);
  ReportExtras extras;
  extras.uncertainty = &run.Result();
  extras.tornado = &tornado;
  extras.scenarios = &scenarios;
  EXPECT_EQ(ResultsJson(Project(parsed.state.assumptions), CanonicalLink(parsed.state), {}, extras),
            LinkResultsJson(parsed));
}

TEST(Report, Parts) {
  EXPECT_EQ(ParseReportParts("all"), ReportParts{});
  EXPECT_EQ(ParseReportParts("projection"), kProjectionOnly);
  ReportParts tornado_goal = kProjectionOnly;
  tornado_goal.tornado = true;
  tornado_goal.goal = true;
  EXPECT_EQ(ParseReportParts("tornado,goal"), tornado_goal);
  EXPECT_EQ(ParseReportParts("uncertainty,tornado,scenarios,goal"), ReportParts{});
  EXPECT_EQ(ParseReportParts("tornado,,goal"), std::nullopt);
  EXPECT_EQ(ParseReportParts("charts"), std::nullopt);
  EXPECT_EQ(ParseReportParts(""), std::nullopt);
  const std::string json = LinkResultsJson(ParseLink("v=1&goal=aws"), tornado_goal);
  EXPECT_THAT(json, HasSubstr("\"tornado\":"));
  EXPECT_THAT(json, HasSubstr("\"goal\":"));
  EXPECT_THAT(json, Not(HasSubstr("\"uncertainty\":")));
  EXPECT_THAT(json, Not(HasSubstr("\"scenarios\":")));
}

TEST(Report, ImpossibleGoalsHaveTheirValueAndNoEffectNone) {
  std::string json =
      LinkResultsJson(ParseLink("goal=aws&target=9.728"), ParseReportParts("goal").value());
  EXPECT_THAT(json, HasSubstr("\"outcome\":\"outOfRange\",\"value\":127.99999999999999,"));
  EXPECT_THAT(json, HasSubstr("\"answer\":\"It would take an AWS share of 128%, and a share cannot "
                              "exceed 100%.\""));
  json = LinkResultsJson(ParseLink("goal=gm&goalout=share&target=100"),
                         ParseReportParts("goal").value());
  EXPECT_THAT(json, HasSubstr("\"outcome\":\"unreachable\",\"value\":null"));
}

}  // namespace
}  // namespace awscalc
