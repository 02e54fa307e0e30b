// charts.h: the calculator's charts in the interface. One chart, one function; each
// takes the full content width and the height it is given, and returns its rectangle
// (screen pixels).
//
// The core lays every chart out as plain data (core/chart.h: shapes with colour roles,
// BuildRevenueChart, BuildFanChart...), the same data the page's first view and the
// exported files (core/chart_export.h) write as SVG; this file is that data's ImDrawList
// writer (DrawChart), and adds what only a screen has: the tooltips on hover.
#pragma once

#include <vector>

#include "core/chart.h"
#include "core/projection.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace awscalc::ui {

// A "nice" axis (core/chart.h).
using Axis = ChartAxis;
using awscalc::NiceAxis;

// Text widths for the core's chart layouts: the interface's small font, as the charts
// draw their text.
ChartFont ChartFontOf(const Fonts& fonts);

// A role's colour in the palette.
ImU32 ChartColourOf(const Palette& palette, ChartColour colour);

// The ImDrawList writer: draws `chart` with its top-left corner at `origin` (screen
// pixels): text in the small font, snapped to whole pixels; one-pixel grid lines on
// pixel centres.
void DrawChart(ImDrawList* draw, const Chart& chart, ImVec2 origin, const Fonts& fonts,
               const Palette& palette, std::size_t first_shape = 0);

// Bars of AWS revenue from Anthropic per year, the note's reported figures as
// markers, extension years (after 2027) in a lighter colour. Hovering a bar shows its
// numbers.
ImRect RevenueChart(const Projection& projection, const Fonts& fonts, const Palette& palette,
                    float height_px);

// The range of outcomes per year: P5-P95 and P10-P90 bands, the median line, the
// deterministic projection and the note's figures on top. Hovering a year shows its
// median and middle 80%.
ImRect FanChart(const UncertaintyResult& result, const Projection& projection, const Fonts& fonts,
                const Palette& palette, float height_px);

// The samples of the chosen year as a histogram, with the threshold as a line and the
// bins above it in the accent colour.
ImRect HistogramChart(const UncertaintyResult& result, const Fonts& fonts, const Palette& palette,
                      float height_px);

// One horizontal bar per input from the output at its low end to the output at its
// high end, around the output at the reader's values; largest swing on top. As tall as
// its rows need (TornadoChartHeight).
ImRect TornadoChart(const Tornado& tornado, const Fonts& fonts, const Palette& palette);

// AWS revenue from Anthropic per year for the reader's assumptions and each kept
// scenario, as groups of bars.
ImRect ScenarioChart(const Projection& current, const std::vector<ScenarioProjection>& scenarios,
                     const Fonts& fonts, const Palette& palette, float height_px);

// The colour of series `index` in the scenario chart (0: the reader's assumptions).
ImU32 SeriesColour(const Palette& palette, int index);

}  // namespace awscalc::ui
