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
#include "core/format.h"
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

// "Dec 2025" for "2025-12" and "2025-12-31"; "2026 Q1"; "2024".
std::string PeriodLabel(std::string_view period) {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string year(period.substr(0, 4));
  if (period.size() == 4) return year;
  if (period.size() == 7 && period[5] == 'Q') return year + " " + std::string(period.substr(5));
  const int month = (period[5] - '0') * 10 + (period[6] - '0');
  return std::string(kMonths[std::clamp(month, 1, 12) - 1]) + " " + year;
}

std::vector<const ReportedFact*> FactsOf(ReportedMeasure measure) {
  std::vector<const ReportedFact*> out;
  for (const ReportedFact& f : ReportedFacts()) {
    if (f.measure == measure) out.push_back(&f);
  }
  std::stable_sort(out.begin(), out.end(), [](const ReportedFact* a, const ReportedFact* b) {
    return PeriodTime(a->period) < PeriodTime(b->period);
  });
  return out;
}

// Bars with their value above and their label under them, one a slot.
struct LabelledBar {
  std::string label;
  double value;
  ChartColour colour;
  float opacity;
};

Chart BarsChart(const std::vector<LabelledBar>& bars, const char* title, double width_px,
                double height_px, const ChartFont& font,
                const std::vector<std::pair<LabelledBar, LegendMarker>>& legend) {
  double highest = 0;
  for (const LabelledBar& bar : bars) highest = std::max(highest, bar.value);
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.12, 4), true);
  b.chart().title = title;
  const int count = static_cast<int>(bars.size());
  b.chart().slots = count;
  for (const auto& [entry, marker] : legend) {
    b.Legend(entry.colour, marker, entry.label, entry.opacity);
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
               TextAnchor::kMiddle, Money(bar.value, bar.value >= 100 ? 1 : kAutoDecimals).c_str());
    label.slot = i;
    label.value = bar.value;
    b.LabelBelow(centre, bar.label, i);
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
      "Anthropic's stated run-rate at each date (annualized, not a year's revenue) beside the "
      "note's revenue for each calendar year";
  b.Legend(ChartColour::kText, LegendMarker::kLine, "Run-rate: annualized, at a date");
  b.Legend(ChartColour::kReported, LegendMarker::kLine, "The note: revenue in a year");
  const ChartBox plot = b.plot();
  const double first = kFirstYear;
  const auto x_of = [&](double time) {
    return plot.x + (time - first) / (std::ceil(last_time) - first) * plot.width;
  };
  const int years = static_cast<int>(std::ceil(last_time) - first);
  b.chart().slots = years;
  for (int i = 0; i < years; ++i) {
    const double left = x_of(first + i);
    if (i > 0)
      b.Line(ChartPart::kGridLine, ChartColour::kGrid, left, plot.y, left, plot.Bottom(), 1);
    b.LabelBelow(x_of(first + i + 0.5), std::to_string(kFirstYear + i), i);
  }
  // A year's revenue: a level across its year.
  for (int i = 0; i < kNoteYears && i < years; ++i) {
    const double y = b.Y(note.revenue_busd[i]);
    ChartShape& level = b.Line(ChartPart::kSeriesLine, ChartColour::kReported, x_of(first + i) + 2,
                               y, x_of(first + i + 1) - 2, y, 2.5);
    level.slot = i;
    level.value = note.revenue_busd[i];
    ChartShape& label =
        b.Text(ChartPart::kValueLabel, ChartColour::kReported, x_of(first + i + 0.5), y + 3.0,
               TextAnchor::kMiddle, MoneyCompact(note.revenue_busd[i]).c_str());
    label.slot = i;
    label.value = note.revenue_busd[i];
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
    const std::string text = ReportedValueText(newest) + ", " + PeriodLabel(newest.period);
    b.Text(ChartPart::kValueLabel, ChartColour::kText, points.back().x - 6.0, points.back().y,
           TextAnchor::kEnd, text)
        .value = newest.value;
  }
  return b.Take();
}

std::string RunRateChartText() {
  std::string text =
      "Chart of Anthropic's stated run-rate (annualized revenue at a date, gross; not a year's "
      "revenue):";
  const char* separator = " ";
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAnthropicRunRate)) {
    text += separator + ReportedValueText(*f) + " in " + PeriodLabel(f->period);
    separator = ", ";
  }
  text += ". Beside it, the note's revenue for each calendar year:";
  const Assumptions note = DefaultAssumptions();
  for (int i = 0; i < kNoteYears; ++i) {
    text += std::string(i == 0 ? " " : ", ") + MoneyCompact(note.revenue_busd[i]).c_str() + " in " +
            std::to_string(kFirstYear + i);
  }
  return text + ".";
}

// -----------------------------------------------------------------------------------
// [SECTION] Amazon's stake, AWS's net sales

Chart BuildStakeChart(double width_px, double height_px, const ChartFont& font) {
  const Assumptions note = DefaultAssumptions();
  std::vector<LabelledBar> bars = {
      {"Article", note.stake_value_busd, ChartColour::kReported, 1.0f}};
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAmazonStake)) {
    bars.push_back({PeriodLabel(f->period), f->value, ChartColour::kText, 1.0f});
  }
  return BarsChart(
      bars,
      "Amazon's Anthropic stake: the article's figure, then at fair value in "
      "Amazon's filings",
      width_px, height_px, font,
      {{{"The article (July 2025)", 0, ChartColour::kReported, 1.0f}, LegendMarker::kSquare},
       {{"Amazon's filings", 0, ChartColour::kText, 1.0f}, LegendMarker::kSquare}});
}

std::string StakeChartText() {
  std::string text = "Chart of Amazon's Anthropic stake: the article's " +
                     MoneyCompact(DefaultAssumptions().stake_value_busd).str() + "; then";
  const char* separator = " ";
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAmazonStake)) {
    text += separator + ReportedValueText(*f) + " on " + f->period + " (" + f->source + ")";
    separator = ", ";
  }
  return text + ".";
}

Chart BuildAwsSalesChart(double width_px, double height_px, const ChartFont& font) {
  std::vector<LabelledBar> bars;
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAwsNetSales)) {
    const bool quarter = std::string_view(f->period).size() != 4;
    bars.push_back({PeriodLabel(f->period), f->value, ChartColour::kMuted, quarter ? 0.5f : 1.0f});
  }
  return BarsChart(bars, "AWS's net sales by year and by quarter, from Amazon's filings", width_px,
                   height_px, font,
                   {{{"A year", 0, ChartColour::kMuted, 1.0f}, LegendMarker::kSquare},
                    {{"A quarter", 0, ChartColour::kMuted, 0.5f}, LegendMarker::kSquare}});
}

std::string AwsSalesChartText() {
  std::string text = "Chart of AWS's net sales from Amazon's filings:";
  const char* separator = " ";
  for (const ReportedFact* f : FactsOf(ReportedMeasure::kAwsNetSales)) {
    text += separator + ReportedValueText(*f) + " in " + PeriodLabel(f->period);
    separator = ", ";
  }
  return text + ".";
}

}  // namespace awscalc
