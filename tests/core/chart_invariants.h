// chart_invariants.h: what every chart the core builds promises, whatever finite inputs
// it was built from (core/chart.h): a bounded number of shapes and points, every
// coordinate finite and inside the chart's box. Shared by the property test
// (tests/core/chart_property_test.cpp) and the charts fuzzer
// (tests/fuzz/charts_fuzzer.cpp). Header-only: the tests link no extra library.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>

#include "core/chart.h"

namespace awscalc::testing {

// Far more than any chart draws (the histogram: 40 bins, 12 ticks, a legend), far fewer
// than a runaway loop makes.
inline constexpr std::size_t kMaxChartShapes = 400;
inline constexpr std::size_t kMaxChartPoints = 64;
// Strokes and rounding may reach a few px past the box; no more.
inline constexpr double kChartSlackPx = 8.0;

// "" when `chart` keeps every promise, else the first broken one in words.
inline std::string ChartProblem(const Chart& chart) {
  if (!std::isfinite(chart.width_px) || !std::isfinite(chart.height_px) || chart.width_px <= 0 ||
      chart.height_px <= 0) {
    return "the chart's size is not a positive number";
  }
  if (chart.shapes.size() > kMaxChartShapes) {
    return std::to_string(chart.shapes.size()) + " shapes";
  }
  if (chart.points.size() > kMaxChartPoints) {
    return std::to_string(chart.points.size()) + " points";
  }
  auto inside_x = [&](double x) {
    return std::isfinite(x) && x >= -kChartSlackPx && x <= chart.width_px + kChartSlackPx;
  };
  auto inside_y = [&](double y) {
    return std::isfinite(y) && y >= -kChartSlackPx && y <= chart.height_px + kChartSlackPx;
  };
  for (std::size_t i = 0; i < chart.shapes.size(); ++i) {
    const ChartShape& s = chart.shapes[i];
    const std::string which = "shape " + std::to_string(i) + " (part " +
                              std::to_string(static_cast<int>(s.part)) + ", \"" + s.text.str() +
                              "\")";
    if (!inside_x(s.x) || !inside_y(s.y)) {
      return which + " at (" + std::to_string(s.x) + ", " + std::to_string(s.y) +
             ") is outside the chart";
    }
    const bool has_second_corner =
        s.kind == ChartShapeKind::kRect || s.kind == ChartShapeKind::kLine;
    if (has_second_corner && (!inside_x(s.x2) || !inside_y(s.y2))) {
      return which + " ends at (" + std::to_string(s.x2) + ", " + std::to_string(s.y2) +
             ") outside the chart";
    }
    if (!std::isfinite(s.corner_px) || !std::isfinite(s.thickness_px) || !std::isfinite(s.value)) {
      return which + " has a size or value that is not finite";
    }
    if (static_cast<std::size_t>(s.first_point) + s.point_count > chart.points.size()) {
      return which + " refers to points the chart does not have";
    }
    for (const ChartPoint& p : chart.PointsOf(s)) {
      const bool band = s.kind == ChartShapeKind::kBand;
      if (!inside_x(p.x) || !inside_y(p.y) || (band && !inside_y(p.y2))) {
        return which + " has a point outside the chart";
      }
    }
  }
  return "";
}

}  // namespace awscalc::testing
