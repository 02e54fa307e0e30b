// core_bench.cpp: how long the core takes natively (Google Benchmark, release preset):
// the projection, the Monte Carlo run at 10,000 and 200,000 samples (three and six
// years), its phases, the tornado, goal seek and the JSON report. bench/core_bench.mjs
// times the same in WebAssembly; compare the two for the native/WebAssembly ratio.
#include <benchmark/benchmark.h>

#include <climits>
#include <string>

#include "core/goal_seek.h"
#include "core/projection.h"
#include "core/report.h"
#include "core/sensitivity.h"
#include "core/session.h"
#include "core/share_link.h"
#include "core/uncertainty.h"

namespace awscalc {
namespace {

// The article's assumptions, or the six-year horizon (to 2030).
Assumptions BenchAssumptions(int horizon_years) {
  Assumptions a = DefaultAssumptions();
  SetHorizon(a, horizon_years);
  return a;
}

void BM_Project(benchmark::State& state) {
  const Assumptions a = BenchAssumptions(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(Project(a));
}
BENCHMARK(BM_Project)->Arg(3)->Arg(6);

// A page's run: one MonteCarloRun kept between runs (its buffers are reused).
void BM_MonteCarlo(benchmark::State& state) {
  UncertaintySettings settings;
  settings.samples = static_cast<int>(state.range(0));
  const Assumptions a = BenchAssumptions(static_cast<int>(state.range(1)));
  MonteCarloRun run;
  for (auto _ : state) {
    run.Start(a, settings);
    while (!run.Step(INT_MAX)) {
    }
    benchmark::DoNotOptimize(run.Result());
  }
  state.SetItemsProcessed(state.iterations() * settings.samples);
}
BENCHMARK(BM_MonteCarlo)
    ->Args({10000, 3})
    ->Args({10000, 6})
    ->Args({200000, 3})
    ->Args({200000, 6})
    ->Unit(benchmark::kMicrosecond);

// The one-shot RunMonteCarlo (allocates its buffers each time).
void BM_RunMonteCarlo(benchmark::State& state) {
  UncertaintySettings settings;
  settings.samples = static_cast<int>(state.range(0));
  const Assumptions a = BenchAssumptions(3);
  for (auto _ : state) benchmark::DoNotOptimize(RunMonteCarlo(a, settings));
}
BENCHMARK(BM_RunMonteCarlo)->Arg(10000)->Arg(200000)->Unit(benchmark::kMicrosecond);

// The sampling phase alone: Step with a budget of exactly the samples.
void BM_MonteCarloSampling(benchmark::State& state) {
  UncertaintySettings settings;
  settings.samples = static_cast<int>(state.range(0));
  const Assumptions a = BenchAssumptions(3);
  MonteCarloRun run;
  for (auto _ : state) {
    run.Start(a, settings);
    run.Step(settings.samples);
  }
}
BENCHMARK(BM_MonteCarloSampling)->Arg(10000)->Arg(200000)->Unit(benchmark::kMicrosecond);

void BM_Tornado(benchmark::State& state) {
  const Assumptions a = BenchAssumptions(3);
  const UncertaintySettings settings;
  for (auto _ : state) benchmark::DoNotOptimize(ComputeTornado(a, settings));
}
BENCHMARK(BM_Tornado);

void BM_GoalSeek(benchmark::State& state) {
  const Assumptions a = BenchAssumptions(3);
  const GoalQuery query{GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, 8};
  for (auto _ : state) benchmark::DoNotOptimize(SeekGoal(a, query, 2));
}
BENCHMARK(BM_GoalSeek);

// What the page pays per change for the deterministic results (link in, JSON out).
void BM_ProjectionJson(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(LinkResultsJson(ParseLink("v=1&gm=55"), kProjectionOnly));
  }
}
BENCHMARK(BM_ProjectionJson)->Unit(benchmark::kMicrosecond);

// Everything a link asks for, as the CLI's --json: 10,000 samples, tornado, goal.
void BM_FullJson(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(LinkResultsJson(ParseLink("v=1&gm=55&goal=gm&target=8&s1=bear")));
  }
}
BENCHMARK(BM_FullJson)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace awscalc
