// core_timing.cpp: the core's costly paths timed with a plain clock, built both natively
// and with Emscripten, so the same harness gives the native/WebAssembly ratio
// (bench/core_bench.mjs runs both and prints them side by side). One JSON object a line:
//   {"case":"mc10k_3y","runs":200,"median_ms":0.71,"min_ms":0.69}
// The cases match bench/core_bench.cpp (Google Benchmark, native only).
#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/projection.h"
#include "core/report.h"
#include "core/session.h"
#include "core/share_link.h"
#include "core/uncertainty.h"

namespace {

using namespace awscalc;

// Runs `body` `runs` times (after two warm-up runs) and prints the median and minimum of
// `calls_per_run` calls each, in ms per call.
void Time(const char* name, int runs, int calls_per_run, const std::function<void()>& body) {
  using Clock = std::chrono::steady_clock;
  for (int i = 0; i < 2; ++i) body();
  std::vector<double> ms;
  for (int r = 0; r < runs; ++r) {
    const Clock::time_point start = Clock::now();
    for (int c = 0; c < calls_per_run; ++c) body();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count() /
                 calls_per_run);
  }
  std::sort(ms.begin(), ms.end());
  std::printf("{\"case\":\"%s\",\"runs\":%d,\"median_ms\":%.6f,\"min_ms\":%.6f}\n", name, runs,
              ms[ms.size() / 2], ms.front());
  std::fflush(stdout);
}

Assumptions WithHorizon(int horizon_years) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, horizon_years);
  return a;
}

}  // namespace

int main() {
  volatile double sink = 0;
  for (int h : {3, 6}) {
    const Assumptions a = WithHorizon(h);
    Time(("project_" + std::to_string(h) + "y").c_str(), 21, 10000,
         [&] { sink = sink + Project(a).years[h - 1].aws_from_anthropic_busd; });
  }

  // A page's run: one MonteCarloRun kept between runs.
  MonteCarloRun run;
  for (int samples : {10000, 200000}) {
    for (int h : {3, 6}) {
      const Assumptions a = WithHorizon(h);
      UncertaintySettings settings;
      settings.samples = samples;
      const std::string name =
          std::string(samples == 10000 ? "mc10k_" : "mc200k_") + std::to_string(h) + "y";
      Time(name.c_str(), samples == 10000 ? 101 : 11, 1, [&] {
        run.Start(a, settings);
        while (!run.Step(INT_MAX)) {
        }
        sink = sink + run.Result().probability_above;
      });
    }
  }
  {
    const Assumptions a = WithHorizon(3);
    const UncertaintySettings settings;
    Time("mc10k_3y_sampling_only", 101, 1, [&] {
      run.Start(a, settings);
      run.Step(settings.samples);
    });
    Time("mc10k_3y_one_shot", 101, 1,
         [&] { sink = sink + RunMonteCarlo(a, settings).probability_above; });
  }

  // Link in, JSON out: what the page pays per change (projection only), and everything.
  Time("projection_json", 51, 100,
       [&] { sink = sink + LinkResultsJson(ParseLink("v=1&gm=55"), kProjectionOnly).size(); });
  Time("full_json_10k", 51, 1, [&] {
    sink = sink + LinkResultsJson(ParseLink("v=1&gm=55&goal=gm&target=8&s1=bear")).size();
  });
  return sink < 0 ? 1 : 0;
}
