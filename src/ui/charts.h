// charts.h: charts drawn as ImDrawList primitives: compute the values, map them to
// pixels, draw. One chart, one function.
#pragma once

#include "core/projection.h"
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
// markers, extension years (after 2027) in a lighter colour. Takes the full content
// width and `height_px`. Hovering a bar shows its numbers. Returns the chart's
// rectangle (screen pixels).
ImRect RevenueChart(const Projection& projection, const Fonts& fonts, const Palette& palette,
                  float height_px);

}  // namespace awscalc::ui
