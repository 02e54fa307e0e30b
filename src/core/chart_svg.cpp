// chart_svg.cpp: the SVG writer of charts as data (chart.h, "Writers: SVG"): numbers
// and escapes, the colour classes and their style, and ChartSvg.
//
// [SECTION] SVG: numbers, classes, style
// [SECTION] ChartSvg
#include "core/chart.h"
#include "core/svg_writer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "core/explain.h"
#include "core/format.h"

namespace awscalc {

// -----------------------------------------------------------------------------------
// [SECTION] SVG: numbers, classes, style

namespace svg_writer {

// A coordinate: at most two decimals, no trailing zeros, no "-0".
void AppendNumber(std::string& out, double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  std::string_view digits = text;
  if (digits.find('.') != std::string_view::npos) {
    while (digits.back() == '0') digits.remove_suffix(1);
    if (digits.back() == '.') digits.remove_suffix(1);
  }
  if (digits == "-0") digits = "0";
  out += digits;
}

std::string Number(double value, int decimals) {
  std::string out;
  AppendNumber(out, value, decimals);
  return out;
}

void AppendEscaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

void AppendAttribute(std::string& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out += ' ';
  out += name;
  out += "=\"";
  AppendEscaped(out, value);
  out += '"';
}

// <svg ...> with the options' class, fonts and colour, then <title> and <style>.
void OpenSvg(std::string& out, const SvgOptions& options, double font_px, const char* title,
             std::string_view size_attributes) {
  out += options.xmlns ? "<svg xmlns=\"http://www.w3.org/2000/svg\"" : "<svg";
  out += size_attributes;
  out += options.attributes;
  AppendAttribute(out, "class", options.css_class);
  AppendAttribute(out, "font-family", options.font_family);
  AppendAttribute(out, "font-size", Number(font_px * options.em_per_line));
  out += " fill=\"currentColor\">";
  if (options.title && title != nullptr && *title != '\0') {
    out += "<title>";
    AppendEscaped(out, title);
    out += "</title>";
  }
  if (!options.style.empty()) {
    out += "<style>";
    out += options.style;
    out += "</style>";
  }
}

const char* AnchorAttribute(TextAnchor anchor) {
  switch (anchor) {
    case TextAnchor::kStart:
      return "";
    case TextAnchor::kMiddle:
      return " text-anchor=\"middle\"";
    case TextAnchor::kEnd:
      return " text-anchor=\"end\"";
  }
  return "";
}

// The shape's colour class, and its opacity when it has one.
void AppendPaint(std::string& out, const ChartShape& shape) {
  out += " class=\"";
  out += ChartColourClass(shape.colour);
  out += '"';
  if (shape.opacity != 1.0f) out += " opacity=\"" + Number(shape.opacity, 3) + '"';
}

}  // namespace svg_writer

using namespace svg_writer;

namespace {

enum class PaintAs : std::uint8_t { kFill, kStroke };

// The shape's colour as the options ask: its class (then a stroke paints with
// currentColor, as the class sets `color`), or the theme's colour itself as its fill or
// stroke, with the role's opacity times the shape's.
void AppendPaint(std::string& out, const ChartShape& shape, const SvgOptions& options, PaintAs as) {
  if (options.paint == nullptr) {
    svg_writer::AppendPaint(out, shape);
    if (as == PaintAs::kStroke) out += " stroke=\"currentColor\"";
    return;
  }
  char colour[16];
  std::snprintf(colour, sizeof colour, "#%06x",
                static_cast<unsigned>(options.paint->Rgb(shape.colour) & 0xffffffu));
  out += as == PaintAs::kFill ? " fill=\"" : " stroke=\"";
  out += colour;
  out += '"';
  const double opacity =
      static_cast<double>(options.paint->Alpha(shape.colour)) * static_cast<double>(shape.opacity);
  if (opacity != 1.0) out += " opacity=\"" + Number(opacity, 3) + '"';
}

// "M x y L x y ..." through `points`, and back along their y2 when `back` (a band).
void AppendPointsPath(std::string& out, std::span<const ChartPoint> points, bool back) {
  char command = 'M';
  for (const ChartPoint& p : points) {
    out += command;
    out += Number(p.x) + ' ' + Number(p.y);
    command = 'L';
  }
  if (!back) return;
  for (auto p = points.rbegin(); p != points.rend(); ++p) {
    out += 'L';
    out += Number(p->x) + ' ' + Number(p->y2);
  }
  out += 'Z';
}

}  // namespace

std::string SvgNumber(double value) {
  return Number(value);
}

void AppendSvgEscaped(std::string& out, std::string_view text) {
  AppendEscaped(out, text);
}

const char* ChartColourClass(ChartColour colour) {
  static constexpr const char* kClasses[kChartColourCount] = {"a", "s",  "r",  "t", "m",
                                                              "g", "c1", "c2", "c3"};
  return kClasses[static_cast<int>(colour)];
}

std::string ChartSvgStyle(const ChartColours& light, const ChartColours& dark,
                          std::string_view dark_selector, std::string_view scope) {
  auto rules = [&](const ChartColours& colours, std::string_view prefix) {
    std::string css;
    for (int i = 0; i < kChartColourCount; ++i) {
      if (colours[i].empty()) continue;
      css += prefix;
      css += scope;
      css += '.';
      css += ChartColourClass(static_cast<ChartColour>(i));
      css += "{color:";
      css += colours[i];
      css += '}';
    }
    return css;
  };
  std::string css = rules(light, "");
  if (dark_selector.starts_with('@')) {
    css += dark_selector;
    css += '{';
    css += rules(dark, "");
    css += '}';
  } else {
    css += rules(dark, std::string(dark_selector) + ' ');
  }
  return css;
}

// -----------------------------------------------------------------------------------
// [SECTION] ChartSvg

namespace {

// A bar: a <rect>, or a <path> with rounded top corners only, square where it stands.
void AppendRect(std::string& out, const ChartShape& s, const SvgOptions& options) {
  const double r = std::min({s.corner_px, (s.x2 - s.x) * 0.5, (s.y2 - s.y) * 0.5});
  if (r <= 0.0 || s.round_bottom) {
    out += "<rect";
    AppendPaint(out, s, options, PaintAs::kFill);
    out += " x=\"" + Number(s.x) + "\" y=\"" + Number(s.y) + "\" width=\"" + Number(s.x2 - s.x) +
           "\" height=\"" + Number(s.y2 - s.y) + '"';
    if (r > 0.0) out += " rx=\"" + Number(r) + '"';
    out += "/>";
    return;
  }
  const std::string rs = Number(r);
  out += "<path";
  AppendPaint(out, s, options, PaintAs::kFill);
  out += " d=\"M" + Number(s.x) + ' ' + Number(s.y2) + "V" + Number(s.y + r) + "A" + rs + ' ' + rs +
         " 0 0 1 " + Number(s.x + r) + ' ' + Number(s.y) + "H" + Number(s.x2 - r) + "A" + rs + ' ' +
         rs + " 0 0 1 " + Number(s.x2) + ' ' + Number(s.y + r) + "V" + Number(s.y2) + "Z\"/>";
}

// A line; a horizontal or vertical one of an odd whole width on the pixel grid (crisp).
void AppendLine(std::string& out, const ChartShape& s, const SvgOptions& options) {
  auto snap = [](double v, double thickness) {
    return std::fmod(thickness, 2.0) == 1.0 ? std::round(v - 0.5) + 0.5 : v;
  };
  double x = s.x, y = s.y, x2 = s.x2, y2 = s.y2;
  if (y == y2) y = y2 = snap(y, s.thickness_px);
  if (x == x2) x = x2 = snap(x, s.thickness_px);
  // With classes the stroke follows the path (as the page's first view has it).
  const bool classes = options.paint == nullptr;
  out += "<path";
  if (classes) svg_writer::AppendPaint(out, s);
  if (!classes) AppendPaint(out, s, options, PaintAs::kStroke);
  out += " d=\"M" + Number(x) + ' ' + Number(y) + "L" + Number(x2) + ' ' + Number(y2) + '"';
  if (classes) out += " stroke=\"currentColor\"";
  if (s.thickness_px != 1.0) out += " stroke-width=\"" + Number(s.thickness_px) + '"';
  out += "/>";
}

}  // namespace

std::string ChartSvg(const Chart& chart, const SvgOptions& options) {
  std::string out;
  const std::string w = Number(chart.width_px);
  const std::string h = Number(chart.height_px);
  OpenSvg(out, options, chart.font_px, chart.title,
          " viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w + "\" height=\"" + h + "\"");
  for (const ChartShape& s : chart.shapes) {
    switch (s.kind) {
      case ChartShapeKind::kRect:
        AppendRect(out, s, options);
        break;
      case ChartShapeKind::kLine:
        AppendLine(out, s, options);
        break;
      case ChartShapeKind::kDiamond: {
        const std::string r = Number(s.corner_px);
        out += "<path";
        AppendPaint(out, s, options, PaintAs::kFill);
        out += " d=\"M" + Number(s.x) + ' ' + Number(s.y - s.corner_px) + "l" + r + ' ' + r + "l-" +
               r + ' ' + r + "l-" + r + " -" + r + "z\"/>";
        break;
      }
      case ChartShapeKind::kCircle:
        out += "<circle";
        AppendPaint(out, s, options, PaintAs::kFill);
        out += " cx=\"" + Number(s.x) + "\" cy=\"" + Number(s.y) + "\" r=\"" + Number(s.corner_px) +
               "\"/>";
        break;
      case ChartShapeKind::kPolyline:
        out += "<path";
        AppendPaint(out, s, options, PaintAs::kStroke);
        out += " fill=\"none\"";
        if (s.thickness_px != 1.0) out += " stroke-width=\"" + Number(s.thickness_px) + '"';
        out += " stroke-linejoin=\"round\" d=\"";
        AppendPointsPath(out, chart.PointsOf(s), false);
        out += "\"/>";
        break;
      case ChartShapeKind::kBand:
        // One polygon: no seams to hide between the years.
        out += "<path";
        AppendPaint(out, s, options, PaintAs::kFill);
        out += " d=\"";
        AppendPointsPath(out, chart.PointsOf(s), true);
        out += "\"/>";
        break;
      case ChartShapeKind::kText:
        out += "<text";
        AppendPaint(out, s, options, PaintAs::kFill);
        out += " x=\"" + Number(s.x) + "\" y=\"" +
               Number(s.y + chart.font_px * options.ascent_per_line) + '"';
        out += AnchorAttribute(s.anchor);
        out += '>';
        AppendEscaped(out, s.text.c_str());
        out += "</text>";
        break;
    }
  }
  out += "</svg>";
  return out;
}

}  // namespace awscalc
