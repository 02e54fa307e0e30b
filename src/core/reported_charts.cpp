// reported_charts.cpp: the "Since the note" view's charts (reported.h), laid out on the
// frame every chart shares (ChartBuilder, chart.cpp) from the reported facts' table:
// Anthropic's run-rate over time beside the note's calendar-year revenue, Amazon's stake
// beside the article's figure, AWS's net sales by year and by quarter. Each has its words
// for screen readers and the text version.
//
// A run-rate is a snapshot annualized: it is drawn as dots at its month, joined, and
// named "Run-rate" in the legend; a year's revenue is drawn as a level across its year.
// Nothing here draws one as the other.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/chart.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/messages.h"
#include "core/reported.h"

namespace awscalc {
namespace {

// Where in time a period sits, in years: "2025" is its middle (2025.5), "2025-08" the
// middle of August, "2025-12-31" the end of that day, "2026-Q1" the middle of the quarter.
double PeriodTime(std::string_view period) {
  const auto number = [&](std::size_t at, std::size_t size) {
    int value = 0;
    for (std::size_t i = at; i < at + size && i < period.size(); ++i) {
      value = value * 10 + (period[i] - '0');
    }
    return value;
  };
  const double year = number(0, 4);
  if (period.size() == 4) return year + 0.5;
  if (period.size() == 7 && period[5] == 'Q') return year + (number(6, 1) - 0.5) / 4.0;
  const double month = number(5, 2);
  if (period.size() == 7) return year + (month - 0.5) / 12.0;
  return year + (month - 1.0 + number(8, 2) / 31.0) / 12.0;
}

// `text` as a chart label (at most 47 bytes).
ShortText Words(const char* text) {
  ShortText out;
  std::snprintf(out.text, sizeof out.text, "%s", text);
  return out;
}

// The facts of a measure the view charts, earliest first: the data file keeps them in
// time order (scripts/lib/reported_facts.py refuses a file that does not).
std::vector<const ReportedFact*> FactsOf(ReportedMeasure measure) {
  std::vector<const ReportedFact*> out;
  for (const ReportedFact& f : ReportedFacts()) {
    if (f.measure == measure) out.push_back(&f);
  }
  return out;
}

// "about $9B in Dec 2025, over $47B in May 2026": the facts of a measure in words.
std::string FactList(ReportedMeasure measure) {
  std::string text;
  for (const ReportedFact* f : FactsOf(measure)) {
    if (!text.empty()) text += T(", ");
    text +=
        StringPrintf(T("%s in %s"), ReportedValueText(*f).c_str(), PeriodText(f->period).c_str());
  }
  return text;
}

// A quarter's bar and its legend swatch: lighter than a year's.
constexpr float kQuarterOpacity = 0.5f;

// Bars with their value above and their label under them, one a slot.
struct LabelledBar {
  ShortText label;
  double value;
  ChartColour colour;
  float opacity;
};

// A legend entry of the bar charts.
struct LegendEntry {
  const char* text;
  ChartColour colour;
  float opacity;
};

Chart BarsChart(const std::vector<LabelledBar>& bars, const char* title, double width_px,
                double height_px, const ChartFont& font,
                std::initializer_list<LegendEntry> legend) {
  double highest = 0;
  for (const LabelledBar& bar : bars) highest = std::max(highest, bar.value);
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.12, 4), true);
  b.chart().title = title;
  const int count = static_cast<int>(bars.size());
  b.chart().slots = count;
  for (const LegendEntry& entry : legend) {
    b.Legend(entry.colour, LegendMarker::kSquare, entry.text, entry.opacity);
  }
  const double width = std::min(56.0, b.SlotWidth(count) * 0.56);
  for (int i = 0; i < count; ++i) {
    const LabelledBar& bar = bars[i];
    const double centre = b.SlotX(i, count);
    const double top = b.Y(bar.value);
    ChartShape& rect = b.Rect(ChartPart::kBar, bar.colour, centre - width * 0.5, top,
                              centre + width * 0.5, b.plot().Bottom(), 3.0);
    rect.opacity = bar.opacity;
    rect.slot = i;
    rect.value = bar.value;
    ChartShape& label =
        b.Text(ChartPart::kBarLabel, ChartColour::kText, centre, top - b.font_px() - 3.0,
               TextAnchor::kMiddle, Format(bar.value, Unit::kBillionUsd, {1, true}).c_str());
    label.slot = i;
    label.value = bar.value;
    b.LabelBelow(centre, bar.label.c_str(), i);
  }
  return b.Take();
}

}  // namespace

// -----------------------------------------------------------------------------------
// [SECTION] Run-rate over time, beside the note's years

Chart BuildRunRateChart(double width_px, double height_px, const ChartFont& font) {
  const std::vector<const ReportedFact*> rates = FactsOf(ReportedMeasure::kAnthropicRunRate);
  const Assumptions note = DefaultAssumptions();
  double highest = 0;
  for (int i = 0; i < kNoteYears; ++i) highest = std::max(highest, note.revenue_busd[i]);
  double last_time = kLastNoteYear + 1.0;
  for (const ReportedFact* f : rates) {
    highest = std::max(highest, f->value);
    last_time = std::max(last_time, PeriodTime(f->period));
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.12, 4), true);
  b.chart().title =
      T("Anthropic's stated run-rate at each date (annualized, not a year's revenue) beside the "
        "note's revenue for each calendar year");
  b.Legend(ChartColour::kText, LegendMarker::kLine, T("Run-rate: annualized, at a date"));
  b.Legend(ChartColour::kReported, LegendMarker::kLine, T("The note: revenue in a year"));
  const ChartBox plot = b.plot();
  const double first = kFirstYear;
  const int years = static_cast<int>(std::ceil(last_time) - first);
  const auto x_of = [&](double time) { return plot.x + (time - first) / years * plot.width; };
  b.chart().slots = years;
  for (int i = 0; i < years; ++i) {
    const double left = x_of(first + i);
    if (i > 0)
      b.Line(ChartPart::kGridLine, ChartColour::kGrid, left, plot.y, left, plot.Bottom(), 1);
    char year[16];
    std::snprintf(year, sizeof year, "%d", kFirstYear + i);
    b.LabelBelow(x_of(first + i + 0.5), year, i);
  }
  // A year's revenue: a level across its year.
  for (int i = 0; i < kNoteYears && i < years; ++i) {
    const double value = note.revenue_busd[i];
    const double y = b.Y(value);
    ChartShape& level = b.Line(ChartPart::kSeriesLine, ChartColour::kReported, x_of(first + i) + 2,
                               y, x_of(first + i + 1) - 2, y, 2.5);
    ChartShape& label =
        b.Text(ChartPart::kValueLabel, ChartColour::kReported, x_of(first + i + 0.5),
               y - b.font_px() - 2.0, TextAnchor::kMiddle, MoneyCompact(value).c_str());
    level.slot = label.slot = i;
    level.value = label.value = value;
  }
  // A run-rate: a dot at its month, joined.
  std::vector<ChartPoint> points;
  for (const ReportedFact* f : rates)
    points.push_back({x_of(PeriodTime(f->period)), b.Y(f->value)});
  if (points.size() > 1) b.Polyline(ChartPart::kSeriesLine, ChartColour::kText, points, 1.5);
  for (std::size_t i = 0; i < rates.size(); ++i) {
    b.Circle(ChartPart::kPoint, ChartColour::kText, points[i].x, points[i].y, 3.5).value =
        rates[i]->value;
  }
  if (!rates.empty()) {
    const ReportedFact& newest = *rates.back();
    b.Text(ChartPart::kValueLabel, ChartColour::kText, points.back().x - 6.0, points.back().y,
           TextAnchor::kEnd,
           StringPrintf("%s, %s", ReportedValueText(newest).c_str(),
                        PeriodText(newest.period).c_str()))
        .value = newest.value;
  }
  return b.Take();
}

std::string RunRateChartText() {
  std::string note;
  const Assumptions a = DefaultAssumptions();
  for (int i = 0; i < kNoteYears; ++i) {
    if (i > 0) note += T(", ");
    note += StringPrintf(T("%s in %d"), MoneyCompact(a.revenue_busd[i]).c_str(), kFirstYear + i);
  }
  return StringPrintf(
      T("Chart of Anthropic's stated run-rate (annualized revenue at a date, gross; not a year's "
        "revenue): %s. Beside it, the note's revenue for each calendar year: %s."),
      FactList(ReportedMeasure::kAnthropicRunRate).c_str(), note.c_str());
}

// -----------------------------------------------------------------------------------
// [SECTION] Amazon's stake, AWS's net sales

Chart BuildStakeChart(double width_px, double height_px, const ChartFont& font) {
  std::vector<LabelledBar> bars = {
      {Words(T("Article")), DefaultAssumptions().stake_value_busd, ChartColour::kReported, 1.0f}};
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAmazonStake)) {
    bars.push_back({PeriodText(f->period), f->value, ChartColour::kText, 1.0f});
  }
  const std::string article = StringPrintf(T("The article (%s)"), Tr("note.month"));
  return BarsChart(bars,
                   T("Amazon's Anthropic stake: the article's figure, then at fair value in "
                     "Amazon's filings"),
                   width_px, height_px, font,
                   {{article.c_str(), ChartColour::kReported, 1.0f},
                    {T("Amazon's filings"), ChartColour::kText, 1.0f}});
}

std::string StakeChartText() {
  std::string text;
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAmazonStake)) {
    if (!text.empty()) text += T(", ");
    text += StringPrintf(T("%s on %s (%s)"), ReportedValueText(*f).c_str(),
                         DateText(f->period).c_str(), f->source);
  }
  return StringPrintf(T("Chart of Amazon's Anthropic stake: the article's %s; then %s."),
                      MoneyCompact(DefaultAssumptions().stake_value_busd).c_str(), text.c_str());
}

Chart BuildAwsSalesChart(double width_px, double height_px, const ChartFont& font) {
  std::vector<LabelledBar> bars;
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAwsNetSales)) {
    const bool quarter = std::string_view(f->period).size() != 4;
    bars.push_back(
        {PeriodText(f->period), f->value, ChartColour::kMuted, quarter ? kQuarterOpacity : 1.0f});
  }
  return BarsChart(bars, T("AWS's net sales by year and by quarter, from Amazon's filings"),
                   width_px, height_px, font,
                   {{T("A year"), ChartColour::kMuted, 1.0f},
                    {T("A quarter"), ChartColour::kMuted, kQuarterOpacity}});
}

std::string AwsSalesChartText() {
  return StringPrintf(T("Chart of AWS's net sales from Amazon's filings: %s."),
                      FactList(ReportedMeasure::kAwsNetSales).c_str());
}

}  // namespace awscalc
