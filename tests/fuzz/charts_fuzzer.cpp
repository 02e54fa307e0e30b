// charts_fuzzer.cpp: libFuzzer target on the chart builders (core/chart.h) and the chart
// files (core/chart_export.h), fed by fuzzed share links.
//
// An input is a link, any bytes, read as the page reads its fragment (ParseLink). Its
// session builds every chart kind (bars, fan, histogram, tornado, scenarios) at a
// phone's and a file's width, and the chart file of its tab; every chart must keep the
// promises of tests/core/chart_invariants.h (a bounded number of shapes and points, every
// coordinate finite and inside the image), and the file must be one SVG document of a
// bounded size. A hostile link once made the histogram's ticks run to millions of labels
// and a gigabyte of memory (the axis's margin was absolute, its step 1e-16).
//
// The Monte Carlo run is capped at 2,000 samples (links may ask for 200,000): the charts'
// geometry does not depend on how many samples there are, and the fuzzer stays fast.
//
// Build and run: scripts/fuzz [SECONDS] charts (the fuzz preset; seeds in corpus/, the
// dictionary share_link.dict). Replay one input: build/fuzz/tests/fuzz/charts_fuzzer FILE
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/chart.h"
#include "core/chart_export.h"
#include "core/session.h"
#include "core/share_link.h"
#include "tests/core/chart_invariants.h"

namespace awscalc {
namespace {

constexpr int kMaxFuzzSamples = 2000;
constexpr std::size_t kMaxSvgBytes = 64 * 1024;

std::string_view g_input;

[[noreturn]] void Fail(const std::string& what) {
  std::string printable;
  for (const unsigned char c : g_input) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      printable.push_back(static_cast<char>(c));
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
      printable += escaped;
    }
  }
  std::fprintf(stderr, "\ncharts_fuzzer: CHECK FAILED: %s\n  input (%zu bytes): \"%s\"\n",
               what.c_str(), g_input.size(), printable.c_str());
  std::fflush(stderr);
  std::abort();
}

void Check(const char* kind, double width, const Chart& chart) {
  const std::string problem = testing::ChartProblem(chart);
  if (!problem.empty())
    Fail(std::string(kind) + " at " + std::to_string(width) + " px: " + problem);
}

}  // namespace
}  // namespace awscalc

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace awscalc;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  g_input = input;

  ParsedLink parsed = ParseLink(input);
  UncertaintySettings& u = parsed.state.uncertainty;
  u.samples = std::min(u.samples, kMaxFuzzSamples);
  Session session(parsed);
  session.Finish();
  const ChartFont font{13.5, nullptr, nullptr};
  const UncertaintyResult& range = session.monte_carlo().Result();
  for (const double width : {280.0, 640.0}) {
    Check("bars", width,
          BuildRevenueChart(session.projection(), width, kRevenueChartHeight.wide, font));
    Check("fan", width,
          BuildFanChart(range, session.projection(), width, kFanChartHeight.wide, font));
    Check("histogram", width, BuildHistogramChart(range, width, kHistogramChartHeight.wide, font));
    Check("tornado", width,
          BuildTornadoChart(session.tornado(), width, TornadoChartHeight(font), font));
    Check("compare", width,
          BuildScenarioChart(session.projection(), session.scenarios(), width,
                             kScenarioChartHeight.wide, font));
  }
  const ExportChart chart = TabAt(session.link().view.tab).chart;
  const std::string svg = ExportChartSvg(session, chart, {.link = "", .date = "2026-12-06"});
  if (svg.size() > kMaxSvgBytes)
    Fail("the chart file has " + std::to_string(svg.size()) + " bytes");
  if (svg.rfind("<svg", 0) != 0 || svg.find("</svg>\n") != svg.size() - 7) {
    Fail("the chart file is not one SVG document");
  }
  return 0;
}
