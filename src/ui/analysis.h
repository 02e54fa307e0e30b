// analysis.h: beyond one number: the range of outcomes (Monte Carlo), what matters most
// (tornado), what it would take (goal seek) and scenarios compared side by side.
//
// The state lives in CalculatorState (calculator.h): the settings in the share link
// (link.uncertainty, link.goal, link.scenarios), the results derived from it. The
// Monte Carlo run is spread over frames: AdvanceAnalysis does a slice of it, so a
// 200,000-sample link never freezes the page.
#pragma once

#include "ui/calculator.h"
#include "ui/widgets.h"

namespace awscalc::ui {

// Samples one frame may compute: 10,000 take about 0.75 ms in WebAssembly.
inline constexpr int kSamplesPerFrame = 20000;

// Recomputes the cheap parts (tornado, goal seek, scenarios) and marks the Monte Carlo
// run for a restart. Called by Recompute().
void RecomputeAnalysis(CalculatorState& state);

// Starts the Monte Carlo run when the assumptions or its settings changed (or only
// reselects the year and threshold from the same samples), then computes up to
// `max_samples` of it. Returns true while it still runs.
bool AdvanceAnalysis(CalculatorState& state, int max_samples);

// What the sections draw with.
struct AnalysisContext {
  CalculatorState& state;
  const WidgetContext& widgets;
  bool narrow = false;
  bool changed = false;   // set when the reader edited something in the link
};

void DrawRangeOfOutcomes(AnalysisContext& context);
void DrawWhatMattersMost(AnalysisContext& context);
void DrawWhatItWouldTake(AnalysisContext& context);
void DrawScenarios(AnalysisContext& context);

}  // namespace awscalc::ui
