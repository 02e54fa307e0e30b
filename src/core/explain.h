// explain.h: the sentences that explain the results, written once for every door: the
// interface draws them, the page's text version and its status line show them (through
// the module), the command line prints some. Every figure in them comes from the model
// or the note's table (projection.h), written by the core's formatter (format.h).
#pragma once

#include "core/messages.h"

#include <string>
#include <string_view>
#include <vector>

#include "core/projection.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"

namespace awscalc {

// The calculator's name, as the interface and every file it writes name it.
inline constexpr const char* kCalculatorTitle = MarkT("How much could AWS earn from Anthropic?");

// The note the calculator reproduces, cited once: who wrote it, who reported it, when,
// and where. Every sentence that names the source is built from these fields (the
// header's source line, the footer, the CSV's and the chart files' source lines, the
// first view, the CLI's help and table); the inputs' own source texts are checked
// against NoteSource() by the tests.
struct Citation {
  const char* firm;    // "Morgan Stanley"
  const char* outlet;  // "Business Insider"
  const char* month;   // "July 2025"
  const char* url;     // the article
};
inline constexpr Citation kNote = {
    "Morgan Stanley", "Business Insider", "July 2025",
    "https://www.businessinsider.com/amazon-anthropic-billions-cloud-revenue-growth-2025-7"};
inline constexpr const char* kArticleUrl = kNote.url;
// "Business Insider, July 2025": the article, as its link reads.
std::string ArticleName();
// "Morgan Stanley note via Business Insider (July 2025)": who the note's figures come
// from (the revenue input's source starts with it).
std::string NoteSource();
// NoteSource() with the article's address and what the calculator adds: "... (<url>);
// the years after 2027, ...: the calculator's extensions": the CSV file's source line.
std::string SourceLine();

// The licence of what the calculator makes (its charts, its downloads, the figures it
// computes), named in every export's metadata and on the page's "Licences and credits"
// (the code is under the MIT licence: LICENSE).
struct Licence {
  const char* name;   // "CC BY 4.0"
  const char* title;  // "Creative Commons Attribution 4.0 International"
  const char* url;
};
inline constexpr Licence kDataLicence = {"CC BY 4.0",
                                         "Creative Commons Attribution 4.0 International",
                                         "https://creativecommons.org/licenses/by/4.0/"};
// How to cite a file: "How much could AWS earn from Anthropic?, <link>, downloaded on
// <date>, after the Morgan Stanley note reported by Business Insider (July 2025)" (the
// link and the date left out when empty).
std::string CiteLine(std::string_view link, std::string_view date);
// "Licence: CC BY 4.0 (https://...). Cite as: <CiteLine>.": a file's terms in one line.
std::string TermsLine(std::string_view link, std::string_view date);

// "$1.28B from Anthropic in 2025, almost $3B in 2026 and $5.6B in 2027": the note's
// estimate, as the article reports it.
std::string NoteEstimatePhrase();

// What the note's method gives from its own rounded revenue, against what it reports,
// and the revenue its figures imply: the note-vs-model paragraph.
std::string NoteMethodSentence();

// Beside the headline figure: "the note: $5.6B", "the note: almost $3B"; "" for a year
// the note does not cover.
std::string HeadlineNote(const YearProjection& year);

// Under the headline figure: "Over 2025–2027, AWS would earn $9.90B from Anthropic in
// all; in 2027, $0.10B more than the note says."
std::string TotalSentence(const Projection& projection);

// The "AWS and Amazon" view's sentences (the interface's panel, the CLI's table):
// "At AWS's 37% operating margin, Anthropic's business would bring AWS $3.66B of
// operating profit over 2025–2027."
std::string OperatingProfitSentence(const Assumptions& assumptions, const Projection& projection);
// "That covers Amazon's $8B investment in 2028." / "That does not cover Amazon's $8B
// investment by 2027."
std::string PaybackSentence(const Assumptions& assumptions, const Projection& projection);
// "Amazon's stake, bought for $8B, is worth $13.8B: a gain of $5.8B, 1.73x the money."
// (or "..., for nothing invested.")
std::string StakeSentence(const Assumptions& assumptions, const Projection& projection);

// The page's status line, announced to screen readers when a change settles: the
// headline figure, the note's, the total, Anthropic's share of AWS and the payback.
std::string SummarySentence(const Projection& projection);

// The range of outcomes in the chosen year (`year_index`): "In 2027, AWS revenue from
// Anthropic falls between $4.41B and $7.05B in 80% of 10,000 simulated outcomes; ...".
std::string RangeSentence(const UncertaintyResult& result, const Projection& projection,
                          int year_index);
// "A 74% chance that AWS earns more than $5B from Anthropic in 2027."
std::string ThresholdSentence(const UncertaintyResult& result);

// "Anthropic revenue matters most." and "Across its range it moves ... (... at your
// values)."
std::string TornadoHeadline(const Tornado& tornado);
std::string TornadoSentence(const Tornado& tornado);
// One bar, for a list: "Anthropic revenue: $3.99B to $7.41B".
std::string TornadoBarLine(const Tornado& tornado, int bar);

// "Bear case: $4.13B in 2027, $7.02B in all" (its value in the reader's last year).
std::string ScenarioLine(const ScenarioProjection& scenario, int last_year_index);

// What each chart shows, in words (a screen reader's description of the image):
// "Chart of AWS revenue from Anthropic by year: 2025 $1.20B (the note: $1.28B), ...".
std::string RevenueChartText(const Projection& projection);
std::string FanChartText(const UncertaintyResult& result, const Projection& projection);
std::string HistogramChartText(const UncertaintyResult& result);
std::string TornadoChartText(const Tornado& tornado);
std::string ScenarioChartText(const Projection& current,
                              const std::vector<ScenarioProjection>& scenarios);

// An output's value in its unit: "$5.70B" or "3.16%".
ShortText OutputText(OutputId output, double value);

}  // namespace awscalc
