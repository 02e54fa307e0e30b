// charts.h: charts drawn as ImDrawList primitives: compute the values, map them to
// pixels, draw. One chart, one function; each takes the full content width and the
// height it is given, and returns its rectangle (screen pixels).
#pragma once

#include <vector>

#include "core/projection.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace awscalc::ui {

// A "nice" axis: ticks at multiples of 1, 2, 2.5 or 5 x 10^k covering [0, max].
struct Axis {
  double max = 1;
  double step = 1;
};
Axis NiceAxis(double max_value, int max_ticks);

// Bars of AWS revenue from Anthropic per year, the note's reported figures as
// markers, extension years (after 2027) in a lighter colour. Hovering a bar shows its
// numbers.
ImRect RevenueChart(const Projection& projection, const Fonts& fonts, const Palette& palette,
                    float height_px);

// The range of outcomes per year: P5-P95 and P10-P90 bands, the median line, the
// deterministic projection and the note's figures on top.
ImRect FanChart(const UncertaintyResult& result, const Projection& projection, const Fonts& fonts,
                const Palette& palette, float height_px);

// The samples of the chosen year as a histogram, with the threshold as a line and the
// bins above it in the accent colour.
ImRect HistogramChart(const UncertaintyResult& result, const Fonts& fonts, const Palette& palette,
                      float height_px);

// One horizontal bar per input from the output at its low end to the output at its
// high end, around the output at the reader's values; largest swing on top.
ImRect TornadoChart(const Tornado& tornado, const Fonts& fonts, const Palette& palette);

// AWS revenue from Anthropic per year for the reader's assumptions and each kept
// scenario, as groups of bars.
ImRect ScenarioChart(const Projection& current, const std::vector<ScenarioProjection>& scenarios,
                     const Fonts& fonts, const Palette& palette, float height_px);

// The colour of series `index` in the scenario chart (0: the reader's assumptions).
ImU32 SeriesColour(const Palette& palette, int index);

}  // namespace awscalc::ui
