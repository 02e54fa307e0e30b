// chart_test.cpp: the charts as plain data (core/chart.h): the revenue chart's geometry
// against the command line's figures, and its SVG writers, fixed and fluid.
#include "core/chart.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

TEST(Chart, NiceAxis) {
  EXPECT_EQ(NiceAxis(5.7, 4).max, 6.0);
  EXPECT_EQ(NiceAxis(5.7, 4).step, 2.0);
  EXPECT_EQ(NiceAxis(0.9, 4).step, 0.25);
  EXPECT_EQ(NiceAxis(0.0, 4).max, 1.0);
  EXPECT_EQ(NiceAxis(123.0, 4).max, 150.0);
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

}  // namespace
}  // namespace awscalc
