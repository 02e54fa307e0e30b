// svg_writer.h: the pieces of SVG text the core's chart writers share (internal to
// src/core: chart_svg.cpp writes charts at their size, fluid_chart.cpp charts that follow
// their plot's size). Numbers, escapes, attributes, the opening <svg> and a shape's paint.
#pragma once

#include <string>
#include <string_view>

#include "core/chart.h"

namespace awscalc::svg_writer {

// A coordinate: at most `decimals` decimals, no trailing zeros, no "-0".
void AppendNumber(std::string& out, double value, int decimals = 2);
std::string Number(double value, int decimals = 2);
// Text with &, <, > and " escaped.
void AppendEscaped(std::string& out, std::string_view text);
// ` name="value"` (escaped), nothing for an empty value.
void AppendAttribute(std::string& out, std::string_view name, std::string_view value);
// <svg ...> with the options' class, fonts and colour, then <title> and <style>.
void OpenSvg(std::string& out, const SvgOptions& options, double font_px, const char* title,
             std::string_view size_attributes);
// " text-anchor=..." for an anchor ("" for the start).
const char* AnchorAttribute(TextAnchor anchor);
// The shape's colour class, and its opacity when it has one.
void AppendPaint(std::string& out, const ChartShape& shape);

}  // namespace awscalc::svg_writer
