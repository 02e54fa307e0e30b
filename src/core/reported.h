// reported.h: what has been reported since the note (July 2025), as data: Amazon's
// filings (AWS's net sales, its Anthropic stake), Anthropic's own statements (run-rates,
// its compute commitment) and named outlets' reports (its revenue, its gross margin, its
// own projections). The rows are data/reported.csv, checked and turned into this table
// by the build (scripts/lib/reported_facts.py); nothing retypes a figure. They are
// context beside the note's assumptions, never mixed into them: the note's figures stay
// the defaults.
//
// A run-rate is a snapshot annualized, not a year's revenue: its measure says so, and
// every writer below names it as a run-rate.
#pragma once

#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/assumptions.h"
#include "core/chart.h"
#include "core/format.h"
#include "core/projection.h"
// The vocabulary, generated with the table (declared once, in data/reported_measures.csv
// and scripts/lib/reported_facts.py): ReportedMeasure (AWS net sales, Amazon's stake, its
// new investment, its share of Claude sold through Bedrock, Anthropic's compute
// commitment, its revenue in a year or a quarter, its run-rate, gross margin and own
// projections) with each measure's key and name (kReportedMeasureWords); Qualifier
// ("about $9B": kQualifierWords); Strength (filing, company, reported: kStrengthWords).
#include "reported_vocabulary.h"

namespace awscalc {

inline constexpr double kNoHigh = std::numeric_limits<double>::quiet_NaN();

struct ReportedFact {
  const char* id;  // "aws-sales-2025"
  ReportedMeasure measure;
  const char* period;  // "2025", "2026-Q2", "2025-12" (a month), "2025-12-31", "2026-2035"
  Qualifier qualifier;
  double value;
  double value_high;        // the top of a range ("$20B-$26B"), else kNoHigh
  Unit unit;                // kBillionUsd or kPercent
  const char* reported_on;  // "2026-02-05" (or "2025-02": the month)
  const char* source;       // "Amazon 10-K for 2025"
  const char* url;          // https, or "" where none was found
  Strength strength;
  const char* definition;  // what exactly the figure measures
};

// Every fact, in the data file's order.
std::span<const ReportedFact> ReportedFacts();

// The measure's key ("anthropic_run_rate", as the data file writes it) and its name for
// people ("Anthropic's run-rate (annualized, gross)").
const char* MeasureKey(ReportedMeasure measure);
const char* MeasureName(ReportedMeasure measure);
const char* StrengthName(Strength strength);  // "filing", "company", "reported"

// The date of the newest fact ("2026-09-29"): the "as of" of everything reported.
std::string NewestReportedDate();
// "Note: July 2025. Reported figures up to 2026-09-29.": when the note's figures were
// published and how recent the reported ones are, for the page, the text version and
// every export.
std::string AsOfLine();

// The fact of `measure` for `period` ("2025"), or nullptr: the newest such fact when there
// are several (a projection revised).
const ReportedFact* FindReported(ReportedMeasure measure, std::string_view period);

// The fact with this id ("revenue-2025"), or nullptr.
const ReportedFact* FindReportedById(std::string_view id);

// ---------------------------------------------------------------------------------
// Beside the model's inputs: what was reported for what an input assumes.

// The reported figure beside an input in a year (index 0 = 2025): Anthropic's revenue and
// gross margin in that calendar year; beside the AWS base (its 2024 net sales), AWS's
// newest full year of net sales (a later year: any `year_index`). nullptr where nothing
// was reported.
const ReportedFact* ReportedBeside(InputId id, int year_index);
// The reported figure as a marker on the input's slider for `year_index`: only a figure
// of the slider's own year and unit (2025's revenue on 2025's slider); else NaN.
double ReportedMarkerValue(const InputInfo& info, int year_index);
// The input's reported figures in a line, beside the note's ("reported 2025: $4.59B");
// "" where none.
std::string ReportedNote(const InputInfo& info);
// The same for the source popup, each with its source and date ("Reported since the note:
// 2025, $4.59B (Anthropic's IPO prospectus as reported by Fortune, 2026-09-29): revenue in
// the calendar year."); "" where none.
std::string ReportedSource(const InputInfo& info);

// Anthropic's share of AWS in a year whose AWS net sales were reported in full, on that
// reported base rather than the model's (the 2024 base grown by the growth assumption).
struct ReportedAwsShare {
  const ReportedFact* fact = nullptr;  // AWS's net sales that year (nullptr: none)
  int year = 0;
  double aws_from_anthropic_busd = 0;  // the model's, that year
  double share_pct = 0;                // of the reported net sales
};
// The first projected year with AWS net sales reported in full.
ReportedAwsShare ShareOfReportedAws(const Projection& projection);

// The "AWS and Amazon" view's reported context: the model's AWS revenue from Anthropic
// as a share of AWS's net sales as reported (beside the model's own base), and Amazon's
// stake as last reported beside the article's figure. Sentences naming source and date;
// one whose fact is missing is left out.
std::vector<std::string> AwsAndAmazonReported(const Projection& projection);

// What was reported set beside what the note assumed, in plain words, each sentence
// naming its source and date: Anthropic's 2025 revenue and gross margin, Amazon's stake
// against the article's, the newest run-rate (named as one). From the table; a sentence
// whose fact is missing is left out.
std::vector<std::string> SinceTheNoteSentences();

// What the note's formula leaves out, in plain words: AWS's share of Claude sold through
// Amazon Bedrock (the figure from the table, with its source and date, when it has one);
// run-rates stated gross of that share.
std::string FormulaLeavesOut();

// The figure as people read it: "about $9B", "$4.59B", "$20B-$26B", "about 40%".
std::string ReportedValueText(const ReportedFact& fact);

// ---------------------------------------------------------------------------------
// The "Since the note" view's charts (reported_charts.cpp), from the table, each with
// its words for screen readers and the text version.

// Anthropic's stated run-rates as dots at their months, joined ("Run-rate: annualized, at
// a date"), beside the note's revenue for each calendar year as a level across its year
// ("The note: revenue in a year"); the years under the plot.
Chart BuildRunRateChart(double width_px, double height_px, const ChartFont& font);
std::string RunRateChartText();
// Amazon's stake: the article's figure, then each date's fair value from its filings.
Chart BuildStakeChart(double width_px, double height_px, const ChartFont& font);
std::string StakeChartText();
// AWS's net sales: the full years, then the quarters (lighter, named as quarters).
Chart BuildAwsSalesChart(double width_px, double height_px, const ChartFont& font);
std::string AwsSalesChartText();
inline constexpr ChartHeight kReportedChartHeight{200, 180};

// The facts as JSON (an array of objects, keys as the data file's columns), as a CSV
// section (a header row, a row a fact), and as a table for a terminal.
std::string ReportedFactsJson();
std::string ReportedFactsCsv();
std::string ReportedFactsTable();

}  // namespace awscalc
