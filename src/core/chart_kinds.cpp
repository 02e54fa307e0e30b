// chart_kinds.cpp: every chart of the calculator, each a short section on the frame
// every chart shares (ChartBuilder, chart.cpp): the revenue bars, the fan and the
// histogram of the range of outcomes, the tornado and the scenario bars (chart.h).
//
// [SECTION] BuildRevenueChart
// [SECTION] BuildFanChart, BuildHistogramChart
// [SECTION] BuildTornadoChart
// [SECTION] BuildScenarioChart
#include "core/chart.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "core/explain.h"
#include "core/format.h"
#include "core/messages.h"

namespace awscalc {

// -----------------------------------------------------------------------------------
// [SECTION] BuildRevenueChart

Chart BuildRevenueChart(const Projection& p, double width_px, double height_px,
                        const ChartFont& font) {
  double highest = 0.0;
  for (int i = 0; i < p.horizon_years; ++i) {
    highest = std::max(highest, p.years[i].aws_from_anthropic_busd);
    if (p.years[i].reported_busd) highest = std::max(highest, *p.years[i].reported_busd);
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.08, 4), true);
  b.chart().title =
      T("AWS revenue from Anthropic by year, the model's bars and the note's figures");
  b.chart().slots = p.horizon_years;
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, T("Model"));
  b.Legend(ChartColour::kReported, LegendMarker::kDiamond, T("The note"));
  if (p.horizon_years > kNoteYears) {
    b.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, T("Extension"));
  }
  const double bar_width = std::min(64.0, b.SlotWidth(p.horizon_years) * 0.56);
  const double half = bar_width * 0.5;
  for (int i = 0; i < p.horizon_years; ++i) {
    const YearProjection& y = p.years[i];
    const double centre = b.SlotX(i, p.horizon_years);
    const double top = b.Y(y.aws_from_anthropic_busd);
    const bool extension = y.year > kLastNoteYear;
    ChartShape& bar =
        b.Rect(ChartPart::kBar, extension ? ChartColour::kAccentSoft : ChartColour::kAccent,
               centre - half, top, centre + half, b.plot().Bottom(), 3.0);
    bar.slot = i;
    bar.value = y.aws_from_anthropic_busd;
    ChartShape& label =
        b.Text(ChartPart::kBarLabel, ChartColour::kText, centre, top - b.font_px() - 3.0,
               TextAnchor::kMiddle, Money(y.aws_from_anthropic_busd).c_str());
    label.slot = i;
    label.value = y.aws_from_anthropic_busd;
    if (y.reported_busd) {
      const double marker_y = b.Y(*y.reported_busd);
      for (ChartShape* s : {&b.Line(ChartPart::kMarker, ChartColour::kReported, centre - half - 6.0,
                                    marker_y, centre + half + 6.0, marker_y, 2.0),
                            &b.Diamond(ChartPart::kMarker, ChartColour::kReported,
                                       centre + half + 6.0, marker_y, 5.5)}) {
        s->slot = i;
        s->value = *y.reported_busd;
      }
    }
    char year[16];
    std::snprintf(year, sizeof year, "%d", y.year);
    b.LabelBelow(centre, year, i);
  }
  return b.Take();
}

// -----------------------------------------------------------------------------------
// [SECTION] BuildFanChart, BuildHistogramChart

Chart BuildFanChart(const UncertaintyResult& r, const Projection& p, double width_px,
                    double height_px, const ChartFont& font) {
  const int years = std::min(r.horizon_years, p.horizon_years);
  const Summary& s = r.aws_from_anthropic_busd;
  double highest = 0.0;
  for (int i = 0; i < years; ++i) {
    highest = std::max({highest, s.p95[i], p.years[i].aws_from_anthropic_busd});
    if (p.years[i].reported_busd) highest = std::max(highest, *p.years[i].reported_busd);
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.05, 4), true);
  b.chart().title =
      T("The range of AWS revenue from Anthropic by year: 90% and 80% of the simulated outcomes, "
        "their median, your assumptions and the note's figures");
  b.chart().slots = years;
  // The bands are the accent, lighter the wider they are.
  constexpr float kOuter = 0x30 / 255.0f;
  constexpr float kInner = 0x60 / 255.0f;
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, T("90% of outcomes"), kOuter);
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, T("80%"), kInner);
  b.Legend(ChartColour::kAccent, LegendMarker::kLine, T("Median"));
  b.Legend(ChartColour::kText, LegendMarker::kSquare, T("Your assumptions"));
  b.Legend(ChartColour::kReported, LegendMarker::kDiamond, T("The note"));

  auto x_of = [&](int i) { return b.SlotX(i, years); };
  // A band through the years; one year has no neighbour to reach: a box 48 px wide.
  auto band = [&](const YearValues& low, const YearValues& high, float opacity) {
    if (years == 1) {
      const double x = x_of(0);
      ChartShape& box = b.Rect(ChartPart::kBand, ChartColour::kAccent, x - 24.0, b.Y(high[0]),
                               x + 24.0, b.Y(low[0]));
      box.opacity = opacity;
      box.slot = 0;
      return;
    }
    std::array<ChartPoint, kMaxYears> points;
    for (int i = 0; i < years; ++i) points[i] = {x_of(i), b.Y(low[i]), b.Y(high[i])};
    b.Band(ChartPart::kBand, ChartColour::kAccent, std::span(points.data(), years)).opacity =
        opacity;
  };
  if (years > 0) {
    band(s.p5, s.p95, kOuter);
    band(s.p10, s.p90, kInner);
  }
  if (years > 1) {
    std::array<ChartPoint, kMaxYears> median;
    for (int i = 0; i < years; ++i) median[i] = {x_of(i), b.Y(s.p50[i]), 0.0};
    b.Polyline(ChartPart::kSeriesLine, ChartColour::kAccent, std::span(median.data(), years), 2.5);
  }
  for (int i = 0; i < years; ++i) {
    const YearProjection& y = p.years[i];
    const double x = x_of(i);
    ChartShape& dot = b.Circle(ChartPart::kPoint, ChartColour::kAccent, x, b.Y(s.p50[i]), 3.5);
    dot.slot = i;
    dot.value = s.p50[i];
    const double yours = b.Y(y.aws_from_anthropic_busd);
    ChartShape& square = b.Rect(ChartPart::kPoint, ChartColour::kText, x - 4.0, yours - 4.0,
                                x + 4.0, yours + 4.0, 1.0);
    square.round_bottom = true;
    square.slot = i;
    square.value = y.aws_from_anthropic_busd;
    if (y.reported_busd) {
      ChartShape& note = b.Diamond(ChartPart::kMarker, ChartColour::kReported, x + 12.0,
                                   b.Y(*y.reported_busd), 5.5);
      note.slot = i;
      note.value = *y.reported_busd;
    }
    char year[16];
    std::snprintf(year, sizeof year, "%d", y.year);
    b.LabelBelow(x, year, i);
  }
  return b.Take();
}

Chart BuildHistogramChart(const UncertaintyResult& r, double width_px, double height_px,
                          const ChartFont& font) {
  const Histogram& h = r.histogram;
  int most = 1;
  for (int count : h.counts) most = std::max(most, count);
  // Counts need no axis: the bars' heights compare the bins.
  ChartBuilder b(width_px, height_px, font, ChartAxis{static_cast<double>(most), 1.0}, false);
  b.chart().title =
      T("How the simulated outcomes of AWS revenue from Anthropic in the chosen year spread, "
        "with the threshold");
  b.chart().slots = 0;
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, T("Above the threshold"));
  b.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, T("At or below"));
  b.Legend(ChartColour::kReported, LegendMarker::kLine, T("Threshold"));

  const ChartBox plot = b.plot();
  const double low = h.edges_busd.front();
  const double high = h.edges_busd.back();
  const double span = high > low ? high - low : 1.0;
  auto x_of = [&](double busd) { return plot.x + (busd - low) / span * plot.width; };
  for (int i = 0; i < kHistogramBins; ++i) {
    const double left = x_of(h.edges_busd[i]);
    const double right = std::max(left + 1.0, x_of(h.edges_busd[i + 1]) - 1.0);
    const bool above = h.edges_busd[i] >= r.threshold_busd;
    ChartShape& bin =
        b.Rect(ChartPart::kBar, above ? ChartColour::kAccent : ChartColour::kAccentSoft, left,
               b.Y(h.counts[i]), right, plot.Bottom());
    bin.slot = i;
    bin.value = h.counts[i];  // samples in the bin
  }
  b.Line(ChartPart::kAxisLine, ChartColour::kGrid, plot.x, plot.Bottom(), plot.Right(),
         plot.Bottom(), 1.0);
  // A few $ labels under the axis, at nice values.
  const AxisTicks ticks = NiceTicks(low, high, 4);
  for (int i = 0; i < ticks.count; ++i) {
    b.LabelBelow(x_of(ticks.values[i]), Money(ticks.values[i], ticks.decimals).c_str());
    b.chart().shapes.back().value = ticks.values[i];
  }
  if (r.threshold_busd >= low && r.threshold_busd <= high) {
    // On a pixel's centre, as the interface's other vertical lines.
    const double x = std::round(x_of(r.threshold_busd)) + 0.5;
    b.Line(ChartPart::kThreshold, ChartColour::kReported, x, plot.y - 4.0, x, plot.Bottom(), 2.5)
        .value = r.threshold_busd;
  }
  return b.Take();
}

// -----------------------------------------------------------------------------------
// [SECTION] BuildTornadoChart

namespace {

// The tornado's rows: the legend's line, then a label and a bar per input.
double TornadoLegendHeight(double font_px) {
  return font_px + 10.0;
}

}  // namespace

double TornadoChartHeight(const ChartFont& font) {
  const double row_height = font.line_px * 2.0 + 14.0;
  return TornadoLegendHeight(font.line_px) + row_height * kUncertainInputCount + 4.0;
}

Chart BuildTornadoChart(const Tornado& t, double width_px, double height_px,
                        const ChartFont& font) {
  const double font_px = font.line_px;
  const double legend_height = TornadoLegendHeight(font_px);
  const double row_height = (height_px - legend_height - 4.0) / kUncertainInputCount;
  ChartBuilder b(width_px, height_px, font, ChartAxis{}, false);
  b.chart().title =
      T("What matters most: the result with each uncertain input at the low and the high end of "
        "its range, the others at your values");
  b.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, T("Input at its low end"));
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, T("At its high end"));

  double low = t.central;
  double high = t.central;
  for (const TornadoBar& bar : t.bars) low = std::min({low, bar.low_output, bar.high_output});
  for (const TornadoBar& bar : t.bars) high = std::max({high, bar.low_output, bar.high_output});
  const double span = high > low ? high - low : 1.0;
  // Room at both ends for the value labels: the plot is the range of outputs.
  const double pad = std::min(90.0, width_px * 0.2);
  b.chart().plot = {pad, legend_height, width_px - 2.0 * pad, height_px - legend_height};
  auto x_of = [&](double v) { return pad + (v - low) / span * (width_px - 2.0 * pad); };

  const double centre_x = std::round(x_of(t.central)) + 0.5;
  for (int row = 0; row < kUncertainInputCount; ++row) {
    const TornadoBar& bar = t.bars[row];
    const double top = legend_height + row_height * row;
    b.Text(ChartPart::kRowLabel, ChartColour::kText, 0.0, top, TextAnchor::kStart,
           Info(Info(bar.input).input).label)
        .slot = row;
    const double bar_top = top + font_px + 4.0;
    const double bar_bottom = top + row_height - 6.0;
    for (const auto& [value, colour] : {std::pair(bar.low_output, ChartColour::kAccentSoft),
                                        std::pair(bar.high_output, ChartColour::kAccent)}) {
      const double x = x_of(value);
      ChartShape& end = b.Rect(ChartPart::kBar, colour, std::min(centre_x, x), bar_top,
                               std::max(centre_x, x), bar_bottom, 2.0);
      end.round_bottom = true;
      end.slot = row;
      end.value = value;
    }
    if (bar.swing == 0.0) {
      b.Text(ChartPart::kNote, ChartColour::kMuted, centre_x + 8.0, bar_top, TextAnchor::kStart,
             "no effect on this result")
          .slot = row;
      continue;
    }
    // Each end's output beside it, outside the bar.
    for (const double value : {bar.low_output, bar.high_output}) {
      if (value == t.central) continue;
      const bool left = value < t.central;
      ChartShape& label =
          b.Text(ChartPart::kValueLabel, ChartColour::kMuted, x_of(value) + (left ? -6.0 : 6.0),
                 bar_top + (bar_bottom - bar_top - font_px) * 0.5,
                 left ? TextAnchor::kEnd : TextAnchor::kStart, OutputText(t.output, value).c_str());
      label.slot = row;
      label.value = value;
    }
  }
  b.Line(ChartPart::kAxisLine, ChartColour::kText, centre_x, legend_height, centre_x, height_px,
         1.5)
      .value = t.central;
  return b.Take();
}

// -----------------------------------------------------------------------------------
// [SECTION] BuildScenarioChart

Chart BuildScenarioChart(const Projection& current,
                         const std::vector<ScenarioProjection>& scenarios, double width_px,
                         double height_px, const ChartFont& font) {
  // Series 0 is the reader's assumptions; a scenario's colour follows its slot (1-3).
  struct Series {
    const Projection* projection;
    ChartColour colour;
    int slot;
  };
  std::vector<Series> series = {{&current, ChartColour::kAccent, 0}};
  constexpr ChartColour kSlotColours[] = {ChartColour::kSeries1, ChartColour::kSeries2,
                                          ChartColour::kSeries3};
  for (const ScenarioProjection& s : scenarios) {
    series.push_back({&s.projection, kSlotColours[std::clamp(s.slot, 1, 3) - 1], s.slot});
  }
  // Years: the longest horizon among the series.
  int years = 0;
  double highest = 0.0;
  for (const Series& s : series) {
    years = std::max(years, s.projection->horizon_years);
    for (int i = 0; i < s.projection->horizon_years; ++i) {
      highest = std::max(highest, s.projection->years[i].aws_from_anthropic_busd);
    }
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.05, 4), true);
  b.chart().title =
      T("AWS revenue from Anthropic by year, your assumptions and the kept scenarios");
  b.chart().slots = years;
  // The legend names the series by slot; the table beside the chart has the names.
  for (const Series& s : series) {
    b.Legend(s.colour, LegendMarker::kSquare, s.slot == 0 ? T("Yours") : std::to_string(s.slot));
  }
  const double group = b.SlotWidth(years) * 0.8;
  const double bar = group / static_cast<double>(series.size());
  for (int y = 0; y < years; ++y) {
    const double start = b.SlotX(y, years) - group * 0.5;
    for (std::size_t i = 0; i < series.size(); ++i) {
      const Projection& p = *series[i].projection;
      if (y >= p.horizon_years) continue;
      const double x = start + bar * static_cast<double>(i);
      const double value = p.years[y].aws_from_anthropic_busd;
      ChartShape& shape = b.Rect(ChartPart::kBar, series[i].colour, x + 1.0, b.Y(value),
                                 x + bar - 1.0, b.plot().Bottom(), 2.0);
      shape.slot = y;
      shape.value = value;
    }
    b.LabelBelow(b.SlotX(y, years), std::to_string(kFirstYear + y), y);
  }
  return b.Take();
}

}  // namespace awscalc
