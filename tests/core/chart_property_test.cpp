// chart_property_test.cpp: every chart kind (core/chart.h), built from any finite inputs
// a link can carry, keeps the promises of chart_invariants.h: a bounded number of shapes,
// finite coordinates inside the image. The inputs: the ranges' ends, zero, the tiniest
// values a link can write (1e-300, 1e-20: spans far below a label's $0.001B), equal values
// in every year, and seeded random draws between them. Also the axes' own promises
// (NiceAxis, NiceTicks) over spans from 1e-300 to 1e300, and the chart files' text
// (chart_export.h) never wider than the file.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/chart.h"
#include "core/chart_export.h"
#include "core/session.h"
#include "core/share_link.h"
#include "tests/core/chart_invariants.h"

namespace awscalc {
namespace {

const ChartFont kFont{13.5, nullptr, nullptr};  // the core's estimate of Inter

// Every chart the interface and the files draw, for one session, at one width.
std::vector<std::pair<const char*, Chart>> EveryChart(Session& session, double width_px) {
  session.Finish();
  const UncertaintyResult& range = session.monte_carlo().Result();
  return {
      {"bars", BuildRevenueChart(session.projection(), width_px, kRevenueChartHeight.wide, kFont)},
      {"fan", BuildFanChart(range, session.projection(), width_px, kFanChartHeight.wide, kFont)},
      {"histogram", BuildHistogramChart(range, width_px, kHistogramChartHeight.wide, kFont)},
      {"tornado", BuildTornadoChart(session.tornado(), width_px, TornadoChartHeight(kFont), kFont)},
      {"compare", BuildScenarioChart(session.projection(), session.scenarios(), width_px,
                                     kScenarioChartHeight.wide, kFont)},
  };
}

void ExpectChartsKeepTheirPromises(const std::string& link) {
  Session session(ParseLink(link));
  for (const double width : {280.0, 358.0, 640.0}) {
    for (const auto& [kind, chart] : EveryChart(session, width)) {
      EXPECT_EQ(testing::ChartProblem(chart), "")
          << kind << " chart at " << width << " px for #" << link;
    }
  }
}

// The links of the hostile-input review: the histogram's ticks once ran to millions of
// labels (a step of 1e-16 against an absolute margin of 1e-9) and 1 GB of memory.
TEST(ChartProperty, TinySpansDrawABoundedChart) {
  for (const char* link :
       {"v=1&rev=0,0,1e-15&tab=range", "v=1&rev=0,0,1e-20", "v=1&rev=1e-300,1e-300,1e-300",
        "v=1&rev=0,0,0", "v=1&rev=0,0,1e-300&gm=100", "v=1&aws=0", "v=1&rev=1e-300&n=1000",
        "v=1&rev=1000,1000,1000&train=1000&thr=10000",
        "v=1&rev=4,10,19&rlo=1&rhi=1&gmlo=0&gmhi=0"
        "&awslo=0&awshi=0&glo=0&ghi=0",
        "v=1&thr=1e-300&rev=1e-20,1e-20,1e-20", "v=1&s1=bear&s2.rev=1e-300&s3.rev=1000",
        "v=1&rev=5e-324,5e-324,5e-324", "v=1&gmlo=-23.2&rev=37.1,5e-324,31.3&n=1000"}) {
    ExpectChartsKeepTheirPromises(link);
  }
}

TEST(ChartProperty, AnyFiniteInputsDrawABoundedChart) {
  std::mt19937_64 random(20261206);
  const std::vector<std::string> extremes = {"0",     "5e-324", "1e-300", "1e-20",
                                             "1e-15", "0.001",  "1000"};
  auto pick = [&](double low, double high) {
    std::uniform_int_distribution<int> choice(0, 3);
    switch (choice(random)) {
      case 0:
        return extremes[std::uniform_int_distribution<std::size_t>(0, extremes.size() - 1)(random)];
      case 1:
        return std::to_string(low);
      case 2:
        return std::to_string(high);
      default:
        return std::to_string(std::uniform_real_distribution<double>(low, high)(random));
    }
  };
  for (int i = 0; i < 60; ++i) {
    std::string link = "v=1&n=1000&rev=" + pick(0, 1000) + "," + pick(0, 1000) + "," +
                       pick(0, 1000) + "&gm=" + pick(-100, 100) + "&aws=" + pick(0, 100) +
                       "&train=" + pick(0, 1000) + "&thr=" + pick(0, 10000) + "&rlo=" + pick(0, 1) +
                       "&rhi=" + pick(1, 10) + "&glo=" + pick(-150, 0) +
                       "&s1=bull&s1.rev=" + pick(0, 1000);
    ExpectChartsKeepTheirPromises(link);
  }
}

TEST(ChartProperty, AxesAreBoundedForAnySpan) {
  for (const double max :
       {0.0, 1e-300, 5e-324, 1e-20, 1e-9, 0.0005, 0.004, 5.7, 1e6, 1e300, 1.7e308}) {
    const ChartAxis axis = NiceAxis(max, 4);
    EXPECT_TRUE(std::isfinite(axis.max) && axis.max > 0) << max;
    EXPECT_GE(axis.max, max) << max;
    EXPECT_LE(AxisTickCount(axis), kMaxAxisTicks) << max;
    EXPECT_GE(axis.step, std::min(kFinestAxisStep, axis.max)) << max;
  }
  // NiceTicks: bounded, finite, inside the span; a span the labels cannot tell apart is
  // one tick in its middle.
  for (const auto& [low, high] : std::vector<std::pair<double, double>>{{0, 1e-16},
                                                                        {0, 1e-300},
                                                                        {1e-300, 1e-300},
                                                                        {1e15, 1e15 + 0.125},
                                                                        {-5, 5},
                                                                        {0, 0},
                                                                        {3.2, 9.7},
                                                                        {1e300, 1.5e300},
                                                                        {-1e-20, 1e-20}}) {
    const AxisTicks ticks = NiceTicks(low, high, 4);
    EXPECT_GE(ticks.count, 1) << low << " to " << high;
    EXPECT_LE(ticks.count, kMaxAxisTicks) << low << " to " << high;
    for (int i = 0; i < ticks.count; ++i) {
      EXPECT_TRUE(std::isfinite(ticks.values[i]));
      EXPECT_GE(ticks.values[i], low - (high - low) * 1e-9) << low << " to " << high;
      EXPECT_LE(ticks.values[i], high + (high - low) * 1e-9) << low << " to " << high;
    }
  }
  EXPECT_EQ(NiceTicks(0, 1e-16, 4).count, 1);
  EXPECT_EQ(NiceTicks(1e15, 1e15 + 0.125, 4).count, 1);
  const AxisTicks usual = NiceTicks(3.2, 9.7, 4);
  ASSERT_EQ(usual.count, 3);
  EXPECT_EQ(usual.values[0], 4.0);
  EXPECT_EQ(usual.values[2], 8.0);
  EXPECT_EQ(NiceTicks(NAN, 1, 4).count, 0);
}

// The chart files wrap every line inside the file: a name of 60 letters without a space
// is broken, never left to run past the right edge (the hostile-input review found it
// 200 px past a 640 px file).
TEST(ChartProperty, ALongNameWithoutSpacesStaysInsideTheFile) {
  const std::string name(60, 'W');
  Session session(ParseLink("v=1&tab=compare&s1=bear&s1.name=" + name));
  const std::string svg =
      ExportChartSvg(session, ExportChart::kCompare, {.link = "", .date = "2026-12-06"});
  // Every <text> of the frame starts at the margin; its estimated width must fit.
  std::size_t at = 0;
  int lines = 0;
  while ((at = svg.find("<text", at)) != std::string::npos) {
    const std::size_t open_end = svg.find('>', at);
    const std::size_t close = svg.find("</text>", open_end);
    const std::string text = svg.substr(open_end + 1, close - open_end - 1);
    const std::string tag = svg.substr(at, open_end - at);
    at = close;
    const std::size_t x_at = tag.find(" x=\"");
    const std::size_t size_at = tag.find("font-size=\"");
    if (x_at == std::string::npos || size_at == std::string::npos) continue;
    if (text.find('W') == std::string::npos) continue;
    const double x = std::stod(tag.substr(x_at + 4));
    const double size = std::stod(tag.substr(size_at + 11));
    const double bold = tag.find("font-weight") != std::string::npos ? 1.05 : 1.0;
    // Inside the file's right margin (20 px), as the frame measures text.
    EXPECT_LE(x + EstimateTextWidth(text, size) * bold, 620.0) << text;
    ++lines;
  }
  EXPECT_GE(lines, 2) << "the name was not broken over lines";
}

}  // namespace
}  // namespace awscalc
