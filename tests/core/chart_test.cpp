// chart_test.cpp: the charts as plain data (core/chart.h): each chart's geometry against
// the model's figures, the axes, the palette, and the SVG writers, fixed and fluid. The
// files to republish are tested in chart_export_test.cpp, any inputs' bounds in
// chart_property_test.cpp.
#include "core/chart.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "core/assumptions.h"
#include "core/chart_export.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/session.h"
#include "core/share_link.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A font without a font: 7 px per character, 13.5 px lines.
double SevenPerCharacter(const void*, std::string_view text) {
  return 7.0 * static_cast<double>(text.size());
}
const ChartFont kFont{13.5, SevenPerCharacter, nullptr};

std::vector<const ChartShape*> Parts(const Chart& chart, ChartPart part) {
  std::vector<const ChartShape*> found;
  for (const ChartShape& s : chart.shapes) {
    if (s.part == part) found.push_back(&s);
  }
  return found;
}

// The numbers of `key` in a one-line JSON report: "key":[1.2,3,5.7].
std::vector<double> JsonNumbers(const std::string& json, const std::string& key) {
  std::vector<double> values;
  std::size_t at = json.find("\"" + key + "\":[");
  if (at == std::string::npos) return values;
  at += key.size() + 4;
  while (json[at] != ']') {
    std::size_t used = 0;
    values.push_back(std::stod(json.substr(at), &used));
    at += used;
    if (json[at] == ',') ++at;
  }
  return values;
}

Chart ArticleChart(double width_px = 358, double height_px = 200) {
  return BuildRevenueChart(Session().projection(), width_px, height_px, kFont);
}

// The page's colour variables are the core's palette: the chart theme's roles and the
// surfaces, for both themes (the build appends this to calc.css).
TEST(Chart, ThePagesColoursAreTheCoresPalette) {
  const std::string css = PageColourCss(":root", ":root[data-theme=dark]");
  EXPECT_EQ(css,
            ":root{--bg:#ffffff;--bg-opaque:#ffffff;--text:#1f2328;--muted:#57606a;"
            "--accent:#0b63c5;--reported:#a84f00;--panel:#f6f8fa;--border:#d0d7de;"
            "--warning-bg:#fff4e5;--warning-text:#7a4100;}\n"
            ":root[data-theme=dark]{--bg:#0d1117;--bg-opaque:#0d1117;--text:#e6edf3;"
            "--muted:#9da7b3;--accent:#58a6ff;--reported:#f0883e;--panel:#161b22;"
            "--border:#30363d;--warning-bg:#3d2a12;--warning-text:#f8c98a;}\n");
  for (const bool dark : {false, true}) {
    const ChartTheme theme = MakeChartTheme(dark);
    char accent[32];
    std::snprintf(accent, sizeof accent, "--accent:#%06x;", theme.Rgb(ChartColour::kAccent));
    EXPECT_THAT(css, HasSubstr(accent));
  }
}

TEST(Chart, NiceAxis) {
  EXPECT_EQ(NiceAxis(5.7, 4).max, 6.0);
  EXPECT_EQ(NiceAxis(5.7, 4).step, 2.0);
  EXPECT_EQ(NiceAxis(0.9, 4).step, 0.25);
  EXPECT_EQ(NiceAxis(0.0, 4).max, 1.0);
  EXPECT_EQ(NiceAxis(123.0, 4).max, 150.0);
  EXPECT_EQ(TickDecimals(2.0), 0);
  EXPECT_EQ(TickDecimals(2.5), 1);  // "$7.5B", not "$8B"
  EXPECT_EQ(TickDecimals(0.25), 2);
  EXPECT_EQ(TickDecimals(50.0), 0);
}

TEST(Chart, TicksOfHalfStepsKeepTheirDecimals) {
  // 8.4 x 1.08 -> an axis to $10B in steps of $2.5B.
  const Chart chart =
      BuildRevenueChart(Session(ParseLink("v=1&rev=4,10,19,28")).projection(), 600, 240, kFont);
  std::vector<std::string> ticks;
  for (const ChartShape* s : Parts(chart, ChartPart::kAxisLabel)) ticks.push_back(s->text.str());
  EXPECT_EQ(ticks, (std::vector<std::string>{"$0.0B", "$2.5B", "$5.0B", "$7.5B", "$10.0B"}));
}

TEST(RevenueChart, BarsCarryTheCommandLinesFiguresInProportion) {
  Session session(ParseLink("v=1"));
  const std::string json = session.Json();  // aws-calc --json 'v=1'
  const std::vector<double> model = JsonNumbers(json, "awsFromAnthropic");
  ASSERT_EQ(model.size(), 3u);
  const Chart chart = BuildRevenueChart(session.projection(), 358, 200, kFont);
  const std::vector<const ChartShape*> bars = Parts(chart, ChartPart::kBar);
  const std::vector<const ChartShape*> labels = Parts(chart, ChartPart::kBarLabel);
  ASSERT_EQ(bars.size(), 3u);
  ASSERT_EQ(labels.size(), 3u);
  const double px_per_busd = (bars[2]->y2 - bars[2]->y) / model[2];
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(bars[i]->slot, i);
    EXPECT_EQ(bars[i]->value, model[i]);
    EXPECT_EQ(bars[i]->colour, ChartColour::kAccent);
    // Every bar stands on the plot's bottom, its height in proportion to its value.
    EXPECT_DOUBLE_EQ(bars[i]->y2, chart.plot.Bottom());
    EXPECT_NEAR(bars[i]->y2 - bars[i]->y, model[i] * px_per_busd, 1e-9);
    EXPECT_EQ(labels[i]->text.str(), Money(model[i]).str());
    // Left to right, inside the plot, centred on their slots.
    EXPECT_GE(bars[i]->x, chart.plot.x);
    EXPECT_LE(bars[i]->x2, chart.plot.Right());
    EXPECT_NEAR((bars[i]->x + bars[i]->x2) * 0.5, chart.plot.x + chart.plot.width * (i + 0.5) / 3.0,
                1e-9);
  }
  EXPECT_EQ(labels[0]->text.str(), "$1.20B");
  EXPECT_EQ(labels[2]->text.str(), "$5.70B");
}

TEST(RevenueChart, TheNotesFiguresAreMarkersAtTheirValues) {
  Session session;
  const std::vector<double> reported = JsonNumbers(session.Json(), "reported");
  ASSERT_EQ(reported.size(), 3u);
  const Chart chart = ArticleChart();
  const ChartShape& bar = *Parts(chart, ChartPart::kBar)[2];
  const double px_per_busd = (bar.y2 - bar.y) / bar.value;
  const std::vector<const ChartShape*> markers = Parts(chart, ChartPart::kMarker);
  ASSERT_EQ(markers.size(), 6u);  // a line and a diamond per year
  for (const ChartShape* m : markers) {
    EXPECT_EQ(m->colour, ChartColour::kReported);
    EXPECT_EQ(m->value, reported[m->slot]);
    EXPECT_NEAR(chart.plot.Bottom() - m->y, reported[m->slot] * px_per_busd, 1e-9);
  }
}

TEST(RevenueChart, LegendGridAndYears) {
  const Chart chart = ArticleChart();
  std::vector<std::string> legend;
  for (const ChartShape* s : Parts(chart, ChartPart::kLegendLabel)) legend.push_back(s->text.str());
  EXPECT_EQ(legend, (std::vector<std::string>{"Model", "The note"}));
  std::vector<std::string> years;
  for (const ChartShape* s : Parts(chart, ChartPart::kCategoryLabel))
    years.push_back(s->text.str());
  EXPECT_EQ(years, (std::vector<std::string>{"2025", "2026", "2027"}));
  // $0B to $8B in steps of $2B (5.7 x 1.08 rounded up to a nice value).
  std::vector<std::string> ticks;
  for (const ChartShape* s : Parts(chart, ChartPart::kAxisLabel)) ticks.push_back(s->text.str());
  EXPECT_EQ(ticks, (std::vector<std::string>{"$0B", "$2B", "$4B", "$6B", "$8B"}));
  EXPECT_EQ(Parts(chart, ChartPart::kGridLine).size(), 5u);
  // The y labels' column is as wide as its widest label (7 px a character) and 8 px.
  EXPECT_DOUBLE_EQ(chart.plot.x, 3 * 7.0 + 8.0);
  // Nothing outside the box.
  for (const ChartShape& s : chart.shapes) {
    EXPECT_GE(std::min(s.x, s.x2), 0.0);
    EXPECT_LE(std::max(s.x, s.x2), chart.width_px);
    EXPECT_GE(std::min(s.y, s.y2), 0.0);
    EXPECT_LE(std::max(s.y, s.y2) + (s.kind == ChartShapeKind::kText ? chart.font_px : 0.0),
              chart.height_px);
  }
}

TEST(RevenueChart, ExtensionYearsAreSoftAndNamed) {
  const Chart chart =
      BuildRevenueChart(Session(ParseLink("v=1&rev=4,10,19,28")).projection(), 600, 240, kFont);
  const std::vector<const ChartShape*> bars = Parts(chart, ChartPart::kBar);
  ASSERT_EQ(bars.size(), 4u);
  EXPECT_EQ(bars[2]->colour, ChartColour::kAccent);
  EXPECT_EQ(bars[3]->colour, ChartColour::kAccentSoft);
  EXPECT_EQ(Parts(chart, ChartPart::kLegendLabel).back()->text.str(), "Extension");
  EXPECT_EQ(Parts(chart, ChartPart::kMarker).size(), 6u);  // the note stops at 2027
  // Wide slots: bars at most 64 px.
  EXPECT_DOUBLE_EQ(bars[0]->x2 - bars[0]->x, 64.0);
}

TEST(ChartSvg, TextCarriesTheFiguresColoursAreRoles) {
  const Chart chart = ArticleChart();
  const std::string svg = ChartSvg(chart, {});
  EXPECT_THAT(svg, HasSubstr("viewBox=\"0 0 358 200\""));
  for (const char* text : {">$1.20B<", ">$3.00B<", ">$5.70B<", ">2025<", ">2027<", ">The note<"}) {
    EXPECT_THAT(svg, HasSubstr(text));
  }
  EXPECT_THAT(svg, HasSubstr("<title>"));
  EXPECT_THAT(svg, HasSubstr("class=\"a\""));  // the bars
  EXPECT_THAT(svg, HasSubstr("class=\"r\""));  // the note's markers
  EXPECT_THAT(svg, Not(HasSubstr("#")));       // no colour without a style
  EXPECT_THAT(svg, Not(HasSubstr("style=")));  // nothing a strict CSP refuses
}

TEST(ChartSvg, StyleMapsRolesToColoursForBothThemes) {
  ChartColours light;
  ChartColours dark;
  light[static_cast<int>(ChartColour::kAccent)] = "#0b63c5";
  dark[static_cast<int>(ChartColour::kAccent)] = "#58a6ff";
  const std::string file_css = ChartSvgStyle(light, dark, "@media (prefers-color-scheme: dark)");
  EXPECT_EQ(file_css, ".a{color:#0b63c5}@media (prefers-color-scheme: dark){.a{color:#58a6ff}}");
  const std::string page_css = ChartSvgStyle(light, dark, ":root[data-theme=dark]", ".sf ");
  EXPECT_EQ(page_css, ".sf .a{color:#0b63c5}:root[data-theme=dark] .sf .a{color:#58a6ff}");
  SvgOptions options;
  options.style = file_css;
  EXPECT_THAT(ChartSvg(ArticleChart(), options), HasSubstr("<style>" + file_css + "</style>"));
}

TEST(FluidChart, FollowsThePlotsSizeAndKeepsShapesInPx) {
  const FluidChart fluid =
      MakeFluidChart(ArticleChart(358, 200), ArticleChart(330, 200), ArticleChart(358, 240));
  ASSERT_TRUE(fluid.valid);
  EXPECT_DOUBLE_EQ(fluid.left_px, 29.0);
  EXPECT_DOUBLE_EQ(fluid.right_px, 4.0);
  // Every width and height with bars narrower than 64 px: the same fluid chart.
  for (double width = 300; width <= 370; width += 3.5) {
    for (double height : {180.0, 200.0, 240.0}) {
      EXPECT_TRUE(FluidChartFits(fluid, ArticleChart(width, height))) << width << " x " << height;
    }
  }
  // Bars stop growing at 64 px: a wider chart is another fluid chart.
  EXPECT_FALSE(FluidChartFits(fluid, ArticleChart(700, 240)));
  const FluidChart wide =
      MakeFluidChart(ArticleChart(600, 240), ArticleChart(700, 240), ArticleChart(600, 200));
  EXPECT_TRUE(FluidChartFits(wide, ArticleChart(1000, 300)));

  const std::string svg = FluidChartSvg(fluid, {});
  ASSERT_FALSE(svg.empty());
  for (const char* text : {">$1.20B<", ">$3.00B<", ">$5.70B<", ">2026<"}) {
    EXPECT_THAT(svg, HasSubstr(text));
  }
  EXPECT_THAT(svg, Not(HasSubstr("viewBox")));   // the page sizes it
  EXPECT_THAT(svg, HasSubstr("x=\"16.667%\""));  // the first slot's centre
  EXPECT_THAT(svg, Not(HasSubstr("style=")));
  EXPECT_FALSE(FluidChartSvg(wide, {}).empty());
}

TEST(FluidChart, RefusesChartsThatDifferInMoreThanPlaces) {
  const Chart three = ArticleChart(358, 200);
  const Chart four =
      BuildRevenueChart(Session(ParseLink("v=1&rev=4,10,19,28")).projection(), 330, 200, kFont);
  EXPECT_FALSE(MakeFluidChart(three, four, ArticleChart(358, 240)).valid);
  EXPECT_FALSE(MakeFluidChart(three, ArticleChart(358, 200), ArticleChart(358, 240)).valid);
  EXPECT_EQ(FluidChartSvg(FluidChart{}, {}), "");
}

// -----------------------------------------------------------------------------------
// The range of outcomes, the tornado and the scenarios.

std::vector<std::string> Texts(const Chart& chart, ChartPart part) {
  std::vector<std::string> texts;
  for (const ChartShape* s : Parts(chart, part)) texts.push_back(s->text.str());
  return texts;
}

// $B per px of a chart with a y grid: from its lowest and highest grid lines.
double PxPerValue(const Chart& chart) {
  const std::vector<const ChartShape*> grid = Parts(chart, ChartPart::kGridLine);
  return (grid.front()->y - grid.back()->y) / (grid.back()->value - grid.front()->value);
}

Session FinishedSession(const char* link) {
  Session session(ParseLink(link));
  session.Finish();
  return session;
}

TEST(FanChart, BandsMedianAndPointsAtTheirPercentiles) {
  const Session session = FinishedSession("v=1&n=2000");
  const UncertaintyResult& r = session.monte_carlo().Result();
  const Summary& s = r.aws_from_anthropic_busd;
  const Chart chart = BuildFanChart(r, session.projection(), 600, 250, kFont);
  EXPECT_EQ(chart.slots, 3);
  EXPECT_EQ(Texts(chart, ChartPart::kLegendLabel),
            (std::vector<std::string>{"90% of outcomes", "80%", "Median", "Your assumptions",
                                      "The note"}));
  EXPECT_EQ(Texts(chart, ChartPart::kCategoryLabel),
            (std::vector<std::string>{"2025", "2026", "2027"}));
  const std::vector<const ChartShape*> bands = Parts(chart, ChartPart::kBand);
  const std::vector<const ChartShape*> lines = Parts(chart, ChartPart::kSeriesLine);
  ASSERT_EQ(bands.size(), 2u);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(bands[0]->kind, ChartShapeKind::kBand);
  EXPECT_EQ(lines[0]->kind, ChartShapeKind::kPolyline);
  EXPECT_LT(bands[0]->opacity, bands[1]->opacity);  // the wider band is lighter
  const std::span<const ChartPoint> outer = chart.PointsOf(*bands[0]);
  const std::span<const ChartPoint> inner = chart.PointsOf(*bands[1]);
  const std::span<const ChartPoint> median = chart.PointsOf(*lines[0]);
  ASSERT_EQ(outer.size(), 3u);
  ASSERT_EQ(inner.size(), 3u);
  ASSERT_EQ(median.size(), 3u);
  const double px_per_busd = PxPerValue(chart);
  for (int i = 0; i < 3; ++i) {
    // P5 <= P10 <= P50 <= P90 <= P95: lower on the screen is a larger y.
    EXPECT_GE(outer[i].y, inner[i].y);
    EXPECT_GE(inner[i].y, median[i].y);
    EXPECT_GE(median[i].y, inner[i].y2);
    EXPECT_GE(inner[i].y2, outer[i].y2);
    EXPECT_NEAR(outer[i].y - outer[i].y2, (s.p95[i] - s.p5[i]) * px_per_busd, 1e-9);
    EXPECT_NEAR(inner[i].y - inner[i].y2, (s.p90[i] - s.p10[i]) * px_per_busd, 1e-9);
    EXPECT_NEAR(chart.plot.Bottom() - median[i].y, s.p50[i] * px_per_busd, 1e-9);
    EXPECT_DOUBLE_EQ(outer[i].x, chart.plot.x + chart.plot.width * (i + 0.5) / 3.0);
  }
  // Per year: the median's dot, the reader's square; the note's diamond.
  const std::vector<const ChartShape*> points = Parts(chart, ChartPart::kPoint);
  ASSERT_EQ(points.size(), 6u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(points[2 * i]->kind, ChartShapeKind::kCircle);
    EXPECT_EQ(points[2 * i]->slot, i);
    EXPECT_EQ(points[2 * i]->value, s.p50[i]);
    EXPECT_EQ(points[2 * i + 1]->colour, ChartColour::kText);
    EXPECT_EQ(points[2 * i + 1]->value, session.projection().years[i].aws_from_anthropic_busd);
  }
  const std::vector<const ChartShape*> notes = Parts(chart, ChartPart::kMarker);
  ASSERT_EQ(notes.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(notes[i]->value, kReported[i].aws_from_anthropic_busd);
}

TEST(FanChart, OneYearIsABoxWithoutALine) {
  const Session session = FinishedSession("v=1&rev=4&n=1000");
  const Chart chart =
      BuildFanChart(session.monte_carlo().Result(), session.projection(), 400, 250, kFont);
  const std::vector<const ChartShape*> bands = Parts(chart, ChartPart::kBand);
  ASSERT_EQ(bands.size(), 2u);
  EXPECT_EQ(bands[0]->kind, ChartShapeKind::kRect);
  EXPECT_DOUBLE_EQ(bands[0]->x2 - bands[0]->x, 48.0);
  EXPECT_TRUE(Parts(chart, ChartPart::kSeriesLine).empty());
  EXPECT_EQ(Parts(chart, ChartPart::kPoint).size(), 2u);
}

TEST(FanChart, ItsLegendWrapsInsideAPhoneColumn) {
  const Session session = FinishedSession("v=1&n=1000");
  const double width = 358;  // a 390 px phone's column
  const Chart chart =
      BuildFanChart(session.monte_carlo().Result(), session.projection(), width, 250, kFont);
  double last_top = 0;
  for (const ChartShape& shape : chart.shapes) {
    if (shape.part != ChartPart::kLegendLabel) continue;
    EXPECT_LE(shape.x + kFont.Width(shape.text.c_str()), width) << shape.text.c_str();
    EXPECT_LT(shape.y + chart.font_px, chart.plot.y) << shape.text.c_str();
    last_top = shape.y;
  }
  EXPECT_GT(last_top, 0.0);  // "The note" went to a second row
}

TEST(HistogramChart, BinsCountTheSamplesFromTheThresholdUpInTheAccent) {
  const Session session = FinishedSession("v=1&n=5000&thr=6");
  const UncertaintyResult& r = session.monte_carlo().Result();
  const Chart chart = BuildHistogramChart(r, 600, 180, kFont);
  const std::vector<const ChartShape*> bins = Parts(chart, ChartPart::kBar);
  ASSERT_EQ(bins.size(), static_cast<std::size_t>(kHistogramBins));
  double samples = 0;
  int tallest = 0;
  for (int i = 0; i < kHistogramBins; ++i) {
    EXPECT_EQ(bins[i]->slot, i);
    EXPECT_EQ(bins[i]->value, r.histogram.counts[i]);
    EXPECT_EQ(bins[i]->colour, r.histogram.edges_busd[i] >= r.threshold_busd
                                   ? ChartColour::kAccent
                                   : ChartColour::kAccentSoft);
    EXPECT_DOUBLE_EQ(bins[i]->y2, chart.plot.Bottom());
    if (i > 0) {
      EXPECT_GT(bins[i]->x, bins[i - 1]->x);
    }
    samples += bins[i]->value;
    if (bins[i]->value > bins[tallest]->value) tallest = i;
  }
  EXPECT_EQ(samples, 5000.0);
  EXPECT_DOUBLE_EQ(bins[tallest]->y, chart.plot.y);  // the tallest bin fills the plot
  EXPECT_EQ(Texts(chart, ChartPart::kLegendLabel),
            (std::vector<std::string>{"Above the threshold", "At or below", "Threshold"}));
  const std::vector<const ChartShape*> threshold = Parts(chart, ChartPart::kThreshold);
  ASSERT_EQ(threshold.size(), 1u);
  EXPECT_EQ(threshold[0]->value, 6.0);
  EXPECT_EQ(threshold[0]->colour, ChartColour::kReported);
  EXPECT_EQ(Parts(chart, ChartPart::kAxisLine).size(), 1u);
  // $ labels under the axis at nice values inside the samples' range.
  const std::vector<const ChartShape*> labels = Parts(chart, ChartPart::kCategoryLabel);
  ASSERT_GE(labels.size(), 2u);
  for (const ChartShape* label : labels) {
    EXPECT_GE(label->value, r.histogram.edges_busd.front());
    EXPECT_LE(label->value, r.histogram.edges_busd.back());
    EXPECT_EQ(label->text.str(), Money(label->value, 0).str());
  }
  EXPECT_TRUE(Parts(chart, ChartPart::kGridLine).empty());  // counts need no axis
}

TEST(TornadoChart, RowsInOrderOfSwingWithBothEnds) {
  const Session session(ParseLink("v=1"));
  const Tornado& t = session.tornado();
  const ChartFont font = kFont;
  const double height = TornadoChartHeight(font);
  EXPECT_DOUBLE_EQ(height, 13.5 + 10.0 + (13.5 * 2.0 + 14.0) * 5 + 4.0);
  const Chart chart = BuildTornadoChart(t, 600, height, font);
  EXPECT_EQ(chart.height_px, height);
  const std::vector<const ChartShape*> rows = Parts(chart, ChartPart::kRowLabel);
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(kUncertainInputCount));
  for (int row = 0; row < kUncertainInputCount; ++row) {
    EXPECT_EQ(rows[row]->slot, row);
    EXPECT_EQ(rows[row]->text.str(), Info(Info(t.bars[row].input).input).label);
    if (row > 0) {
      EXPECT_GT(rows[row]->y, rows[row - 1]->y);
      EXPECT_GE(t.bars[row - 1].swing, t.bars[row].swing);
    }
  }
  EXPECT_EQ(rows[0]->text.str(), "Anthropic revenue");
  // Two ends per row, from the line at the reader's value.
  const std::vector<const ChartShape*> bars = Parts(chart, ChartPart::kBar);
  ASSERT_EQ(bars.size(), 2u * kUncertainInputCount);
  const std::vector<const ChartShape*> centre = Parts(chart, ChartPart::kAxisLine);
  ASSERT_EQ(centre.size(), 1u);
  EXPECT_EQ(centre[0]->value, t.central);
  for (int row = 0; row < kUncertainInputCount; ++row) {
    const ChartShape& low = *bars[2 * row];
    const ChartShape& high = *bars[2 * row + 1];
    EXPECT_EQ(low.slot, row);
    EXPECT_EQ(low.colour, ChartColour::kAccentSoft);
    EXPECT_EQ(high.colour, ChartColour::kAccent);
    EXPECT_EQ(low.value, t.bars[row].low_output);
    EXPECT_EQ(high.value, t.bars[row].high_output);
    EXPECT_TRUE(low.x == centre[0]->x || low.x2 == centre[0]->x);
  }
  // The top bar's ends are labelled with their values; inputs that do not move this
  // result say so.
  std::vector<std::string> ends;
  int notes = 0;
  for (const ChartShape* s : Parts(chart, ChartPart::kValueLabel)) {
    if (s->slot == 0) ends.push_back(s->text.str());
  }
  for (const TornadoBar& bar : t.bars) notes += bar.swing == 0.0 ? 1 : 0;
  EXPECT_EQ(ends, (std::vector<std::string>{"$3.99B", "$7.41B"}));
  EXPECT_EQ(Texts(chart, ChartPart::kNote).size(), static_cast<std::size_t>(notes));
  EXPECT_GE(notes, 1);  // AWS growth does not move AWS revenue from Anthropic
  EXPECT_EQ(Texts(chart, ChartPart::kLegendLabel),
            (std::vector<std::string>{"Input at its low end", "At its high end"}));
}

TEST(ScenarioChart, AGroupOfBarsPerYearOneColourPerSeries) {
  const Session session(ParseLink("v=1&s1=bear&s3.gm=50"));
  ASSERT_EQ(session.scenarios().size(), 2u);
  const Chart chart =
      BuildScenarioChart(session.projection(), session.scenarios(), 600, 220, kFont);
  EXPECT_EQ(Texts(chart, ChartPart::kLegendLabel), (std::vector<std::string>{"Yours", "1", "3"}));
  const std::vector<const ChartShape*> bars = Parts(chart, ChartPart::kBar);
  ASSERT_EQ(bars.size(), 9u);
  const ChartColour colours[] = {ChartColour::kAccent, ChartColour::kSeries1,
                                 ChartColour::kSeries3};
  const Projection* series[] = {&session.projection(), &session.scenarios()[0].projection,
                                &session.scenarios()[1].projection};
  const double px_per_busd = PxPerValue(chart);
  for (int year = 0; year < 3; ++year) {
    for (int i = 0; i < 3; ++i) {
      const ChartShape& bar = *bars[year * 3 + i];
      EXPECT_EQ(bar.slot, year);
      EXPECT_EQ(bar.colour, colours[i]);
      EXPECT_EQ(bar.value, series[i]->years[year].aws_from_anthropic_busd);
      EXPECT_NEAR(bar.y2 - bar.y, bar.value * px_per_busd, 1e-9);
      if (i > 0) {
        EXPECT_GT(bar.x, bars[year * 3 + i - 1]->x2);
      }
    }
  }
  EXPECT_EQ(Texts(chart, ChartPart::kCategoryLabel),
            (std::vector<std::string>{"2025", "2026", "2027"}));
}

TEST(ChartSvg, WritesCirclesPolylinesAndBandsFluidChartsRefuseThem) {
  const Session session = FinishedSession("v=1&n=1000");
  auto fan = [&](double width, double height) {
    return BuildFanChart(session.monte_carlo().Result(), session.projection(), width, height,
                         kFont);
  };
  const std::string svg = ChartSvg(fan(600, 250), {});
  EXPECT_THAT(svg, HasSubstr("<circle class=\"a\" cx="));
  EXPECT_THAT(svg, HasSubstr("fill=\"none\" stroke-width=\"2.5\""));  // the median
  EXPECT_THAT(svg, HasSubstr("Z\"/>"));                               // a band's polygon
  EXPECT_FALSE(MakeFluidChart(fan(600, 250), fan(500, 250), fan(600, 200)).valid);
}

TEST(ChartSvg, PaintWritesTheThemesColoursOnTheShapes) {
  const ChartTheme light = MakeChartTheme(false);
  SvgOptions options;
  options.paint = &light;
  const std::string svg = ChartSvg(ArticleChart(), options);
  EXPECT_THAT(svg, HasSubstr("fill=\"#0b63c5\""));    // the bars
  EXPECT_THAT(svg, HasSubstr("stroke=\"#d8dee4\""));  // the grid
  EXPECT_THAT(svg, Not(HasSubstr("class=")));
}

TEST(ChartTheme, OneTableForTheInterfaceAndTheFiles) {
  const ChartTheme light = MakeChartTheme(false);
  const ChartTheme dark = MakeChartTheme(true);
  EXPECT_EQ(light.background, 0xffffffu);
  EXPECT_EQ(dark.background, 0x0d1117u);
  EXPECT_EQ(light.Rgb(ChartColour::kAccent), 0x0b63c5u);
  EXPECT_EQ(dark.Rgb(ChartColour::kAccent), 0x58a6ffu);
  EXPECT_EQ(light.Alpha(ChartColour::kAccentSoft), 0.38f);
  EXPECT_EQ(light.Alpha(ChartColour::kText), 1.0f);
  // A reader's accent: the accent, soft or not.
  const ChartTheme mine = MakeChartTheme(false, 0xff0000u);
  EXPECT_EQ(mine.Rgb(ChartColour::kAccent), 0xff0000u);
  EXPECT_EQ(mine.Rgb(ChartColour::kAccentSoft), 0xff0000u);
  EXPECT_EQ(mine.Rgb(ChartColour::kReported), light.Rgb(ChartColour::kReported));
}

TEST(EstimateTextWidth, InterAdvancesInUtf8) {
  EXPECT_EQ(EstimateTextWidth("", 14), 0.0);
  EXPECT_DOUBLE_EQ(EstimateTextWidth("1", 2816), 1308.0);
  EXPECT_DOUBLE_EQ(EstimateTextWidth("$1", 2816), 1796.0 + 1308.0);
  EXPECT_DOUBLE_EQ(EstimateTextWidth(kMinus, 2816), 1856.0);  // three bytes, one character
  EXPECT_DOUBLE_EQ(EstimateTextWidth("ab", 28.16), 2.0 * EstimateTextWidth("ab", 14.08));
  // Without a measure, a chart's font estimates Inter at its size.
  const ChartFont estimated{13.5};
  EXPECT_DOUBLE_EQ(estimated.Width("$5.70B"), EstimateTextWidth("$5.70B", 13.5 * kInterEmPerLine));
}

}  // namespace
}  // namespace awscalc
