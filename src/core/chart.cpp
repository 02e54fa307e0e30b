// chart.cpp: see chart.h.
//
// [SECTION] Fonts and axes
// [SECTION] ChartBuilder
// [SECTION] BuildRevenueChart
// [SECTION] SVG: numbers, classes, style
// [SECTION] ChartSvg
// [SECTION] Fluid charts
#include "core/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/format.h"

namespace awscalc {

// -----------------------------------------------------------------------------------
// [SECTION] Fonts and axes

double ChartFont::Width(std::string_view text) const {
  if (width_px != nullptr) return width_px(context, text);
  return static_cast<double>(text.size()) * line_px * 0.55;
}

ChartAxis NiceAxis(double max_value, int max_ticks) {
  if (!(max_value > 0.0) || !std::isfinite(max_value)) return {1.0, 0.25};
  const double rough = max_value / std::max(max_ticks, 1);
  double magnitude = 1.0;
  while (magnitude * 10.0 <= rough) magnitude *= 10.0;
  while (magnitude > rough) magnitude /= 10.0;
  double step = magnitude;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = magnitude * factor;
    if (step >= rough) break;
  }
  return {std::ceil(max_value / step - 1e-9) * step, step};
}

// -----------------------------------------------------------------------------------
// [SECTION] ChartBuilder

ChartBuilder::ChartBuilder(double width_px, double height_px, const ChartFont& font, ChartAxis axis,
                           bool y_labels)
    : font_(font), axis_(axis) {
  chart_.width_px = width_px;
  chart_.height_px = height_px;
  chart_.font_px = font.line_px;
  const double font_px = font.line_px;
  const int label_decimals = axis.step < 1.0 ? 1 : 0;
  const double label_width =
      y_labels ? font.Width(Money(axis.max, label_decimals).c_str()) + 8.0 : 0.0;
  // Legend row on top; labels under the plot.
  const double top = font_px * 2.0 + 14.0;
  const double bottom = height_px - font_px - 8.0;
  chart_.plot = {label_width, top, width_px - 4.0 - label_width, bottom - top};
  if (!y_labels) return;
  const ChartBox& p = chart_.plot;
  for (double tick = 0.0; tick <= axis.max + axis.step * 0.5; tick += axis.step) {
    const double y = Y(tick);
    Line(ChartPart::kGridLine, ChartColour::kGrid, p.x, y, p.Right(), y, 1.0).value = tick;
    Text(ChartPart::kAxisLabel, ChartColour::kMuted, p.x - 8.0, y - font_px * 0.5, TextAnchor::kEnd,
         Money(tick, label_decimals).c_str())
        .value = tick;
  }
}

double ChartBuilder::Y(double value) const {
  const ChartBox& p = chart_.plot;
  return p.Bottom() - value / axis_.max * p.height;
}

double ChartBuilder::SlotX(int i, int count) const {
  const ChartBox& p = chart_.plot;
  return p.x + p.width * (i + 0.5) / count;
}

double ChartBuilder::SlotWidth(int count) const {
  return chart_.plot.width / count;
}

void ChartBuilder::Legend(ChartColour colour, LegendMarker marker, std::string_view text,
                          float opacity) {
  const double y = font_px() * 0.5 + 1.0;
  const double x = legend_x_ + 6.0;
  ChartShape* swatch = nullptr;
  switch (marker) {
    case LegendMarker::kSquare:
      swatch = &Rect(ChartPart::kLegendSwatch, colour, x - 5.0, y - 5.0, x + 5.0, y + 5.0, 2.0);
      swatch->round_bottom = true;
      break;
    case LegendMarker::kDiamond:
      swatch = &Diamond(ChartPart::kLegendSwatch, colour, x, y, 5.5);
      break;
    case LegendMarker::kLine:
      swatch = &Line(ChartPart::kLegendSwatch, colour, x - 6.0, y, x + 6.0, y, 2.5);
      break;
  }
  swatch->opacity = opacity;
  Text(ChartPart::kLegendLabel, ChartColour::kMuted, legend_x_ + 16.0, 0.0, TextAnchor::kStart,
       text);
  legend_x_ += 16.0 + font_.Width(text) + 14.0;
}

void ChartBuilder::LabelBelow(double x, std::string_view text, int slot) {
  Text(ChartPart::kCategoryLabel, ChartColour::kMuted, x, chart_.plot.Bottom() + 5.0,
       TextAnchor::kMiddle, text)
      .slot = slot;
}

ChartShape& ChartBuilder::Rect(ChartPart part, ChartColour colour, double x, double y, double x2,
                               double y2, double corner_px) {
  ChartShape& s = chart_.shapes.emplace_back();
  s.kind = ChartShapeKind::kRect;
  s.part = part;
  s.colour = colour;
  s.x = x;
  s.y = y;
  s.x2 = x2;
  s.y2 = y2;
  s.corner_px = corner_px;
  return s;
}

ChartShape& ChartBuilder::Line(ChartPart part, ChartColour colour, double x, double y, double x2,
                               double y2, double thickness_px) {
  ChartShape& s = Rect(part, colour, x, y, x2, y2);
  s.kind = ChartShapeKind::kLine;
  s.thickness_px = thickness_px;
  return s;
}

ChartShape& ChartBuilder::Diamond(ChartPart part, ChartColour colour, double x, double y,
                                  double radius_px) {
  ChartShape& s = Rect(part, colour, x, y, x, y, radius_px);
  s.kind = ChartShapeKind::kDiamond;
  return s;
}

ChartShape& ChartBuilder::Text(ChartPart part, ChartColour colour, double x, double y,
                               TextAnchor anchor, std::string_view text) {
  ChartShape& s = Rect(part, colour, x, y, x, y);
  s.kind = ChartShapeKind::kText;
  s.anchor = anchor;
  // Whole characters only (UTF-8), as many as the short text holds.
  std::size_t length = std::min(text.size(), sizeof s.text.text - 1);
  while (length > 0 && length < text.size() &&
         (static_cast<unsigned char>(text[length]) & 0xc0) == 0x80) {
    --length;
  }
  text.copy(s.text.text, length);
  s.text.text[length] = '\0';
  return s;
}

// -----------------------------------------------------------------------------------
// [SECTION] BuildRevenueChart

Chart BuildRevenueChart(const Projection& p, double width_px, double height_px,
                        const ChartFont& font) {
  double highest = 0.0;
  for (int i = 0; i < p.horizon_years; ++i) {
    highest = std::max(highest, p.years[i].aws_from_anthropic_busd);
    if (p.years[i].reported_busd) highest = std::max(highest, *p.years[i].reported_busd);
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.08, 4), true);
  b.chart().title = "AWS revenue from Anthropic by year, the model's bars and the note's figures";
  b.chart().slots = p.horizon_years;
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, "Model");
  b.Legend(ChartColour::kReported, LegendMarker::kDiamond, "The note");
  if (p.horizon_years > kNoteYears) {
    b.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, "Extension");
  }
  const double bar_width = std::min(64.0, b.SlotWidth(p.horizon_years) * 0.56);
  const double half = bar_width * 0.5;
  for (int i = 0; i < p.horizon_years; ++i) {
    const YearProjection& y = p.years[i];
    const double centre = b.SlotX(i, p.horizon_years);
    const double top = b.Y(y.aws_from_anthropic_busd);
    const bool extension = y.year > kLastNoteYear;
    ChartShape& bar =
        b.Rect(ChartPart::kBar, extension ? ChartColour::kAccentSoft : ChartColour::kAccent,
               centre - half, top, centre + half, b.plot().Bottom(), 3.0);
    bar.slot = i;
    bar.value = y.aws_from_anthropic_busd;
    ChartShape& label =
        b.Text(ChartPart::kBarLabel, ChartColour::kText, centre, top - b.font_px() - 3.0,
               TextAnchor::kMiddle, Money(y.aws_from_anthropic_busd).c_str());
    label.slot = i;
    label.value = y.aws_from_anthropic_busd;
    if (y.reported_busd) {
      const double marker_y = b.Y(*y.reported_busd);
      for (ChartShape* s : {&b.Line(ChartPart::kMarker, ChartColour::kReported, centre - half - 6.0,
                                    marker_y, centre + half + 6.0, marker_y, 2.0),
                            &b.Diamond(ChartPart::kMarker, ChartColour::kReported,
                                       centre + half + 6.0, marker_y, 5.5)}) {
        s->slot = i;
        s->value = *y.reported_busd;
      }
    }
    char year[16];
    std::snprintf(year, sizeof year, "%d", y.year);
    b.LabelBelow(centre, year, i);
  }
  return b.Take();
}

// -----------------------------------------------------------------------------------
// [SECTION] SVG: numbers, classes, style

namespace {

// A coordinate: at most two decimals, no trailing zeros, no "-0".
void AppendNumber(std::string& out, double value, int decimals = 2) {
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

std::string Number(double value, int decimals = 2) {
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

}  // namespace

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

std::string ChartSvg(const Chart& chart, const SvgOptions& options) {
  std::string out;
  const std::string w = Number(chart.width_px);
  const std::string h = Number(chart.height_px);
  OpenSvg(out, options, chart.font_px, chart.title,
          " viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w + "\" height=\"" + h + "\"");
  // A horizontal or vertical line of an odd whole width on the pixel grid: crisp.
  auto snap = [](double v, double thickness) {
    return std::fmod(thickness, 2.0) == 1.0 ? std::round(v - 0.5) + 0.5 : v;
  };
  for (const ChartShape& s : chart.shapes) {
    switch (s.kind) {
      case ChartShapeKind::kRect: {
        const double r = std::min({s.corner_px, (s.x2 - s.x) * 0.5, (s.y2 - s.y) * 0.5});
        if (r <= 0.0 || s.round_bottom) {
          out += "<rect";
          AppendPaint(out, s);
          out += " x=\"" + Number(s.x) + "\" y=\"" + Number(s.y) + "\" width=\"" +
                 Number(s.x2 - s.x) + "\" height=\"" + Number(s.y2 - s.y) + '"';
          if (r > 0.0) out += " rx=\"" + Number(r) + '"';
          out += "/>";
          break;
        }
        // Rounded top corners only, square where the bar stands.
        const std::string rs = Number(r);
        out += "<path";
        AppendPaint(out, s);
        out += " d=\"M" + Number(s.x) + ' ' + Number(s.y2) + "V" + Number(s.y + r) + "A" + rs +
               ' ' + rs + " 0 0 1 " + Number(s.x + r) + ' ' + Number(s.y) + "H" + Number(s.x2 - r) +
               "A" + rs + ' ' + rs + " 0 0 1 " + Number(s.x2) + ' ' + Number(s.y + r) + "V" +
               Number(s.y2) + "Z\"/>";
        break;
      }
      case ChartShapeKind::kLine: {
        double x = s.x, y = s.y, x2 = s.x2, y2 = s.y2;
        if (y == y2) y = y2 = snap(y, s.thickness_px);
        if (x == x2) x = x2 = snap(x, s.thickness_px);
        out += "<path";
        AppendPaint(out, s);
        out += " d=\"M" + Number(x) + ' ' + Number(y) + "L" + Number(x2) + ' ' + Number(y2) +
               "\" stroke=\"currentColor\"";
        if (s.thickness_px != 1.0) out += " stroke-width=\"" + Number(s.thickness_px) + '"';
        out += "/>";
        break;
      }
      case ChartShapeKind::kDiamond: {
        const std::string r = Number(s.corner_px);
        out += "<path";
        AppendPaint(out, s);
        out += " d=\"M" + Number(s.x) + ' ' + Number(s.y - s.corner_px) + "l" + r + ' ' + r + "l-" +
               r + ' ' + r + "l-" + r + " -" + r + "z\"/>";
        break;
      }
      case ChartShapeKind::kText:
        out += "<text";
        AppendPaint(out, s);
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

// -----------------------------------------------------------------------------------
// [SECTION] Fluid charts

namespace {

using Coord = FluidChart::Coord;

bool SameStructure(const ChartShape& a, const ChartShape& b) {
  return a.kind == b.kind && a.part == b.part && a.colour == b.colour && a.opacity == b.opacity &&
         a.corner_px == b.corner_px && a.thickness_px == b.thickness_px &&
         a.round_bottom == b.round_bottom && a.anchor == b.anchor && a.text == b.text.c_str() &&
         a.slot == b.slot;
}

bool Near(double a, double b, double tolerance = 1e-6) {
  return std::fabs(a - b) <= tolerance;
}

// A coordinate u (from the plot's edge) at plot size `size` and `other_size`.
Coord Fit(double u, double size, double other_u, double other_size) {
  double fraction = (other_u - u) / (other_size - size);
  fraction = std::round(fraction * 1e7) / 1e7;
  return {std::round((u - fraction * size) * 1e4) / 1e4, fraction};
}

double At(const Coord& c, double size) {
  return c.px + c.fraction * size;
}

// Insets of the plot in the chart's box: left, top, right, bottom.
std::array<double, 4> Insets(const Chart& c) {
  return {c.plot.x, c.plot.y, c.width_px - c.plot.Right(), c.height_px - c.plot.Bottom()};
}

}  // namespace

FluidChart MakeFluidChart(const Chart& base, const Chart& wider, const Chart& taller) {
  FluidChart fluid;
  const std::array<double, 4> insets = Insets(base);
  for (const Chart* other : {&wider, &taller}) {
    const std::array<double, 4> other_insets = Insets(*other);
    for (int i = 0; i < 4; ++i) {
      if (!Near(other_insets[i], insets[i])) return fluid;
    }
  }
  if (base.shapes.size() != wider.shapes.size() || base.shapes.size() != taller.shapes.size() ||
      Near(base.plot.width, wider.plot.width) || !Near(base.plot.height, wider.plot.height) ||
      Near(base.plot.height, taller.plot.height) || !Near(base.plot.width, taller.plot.width)) {
    return fluid;
  }
  const ChartBox& p = base.plot;
  for (std::size_t i = 0; i < base.shapes.size(); ++i) {
    const ChartShape& s = base.shapes[i];
    const ChartShape& w = wider.shapes[i];
    const ChartShape& t = taller.shapes[i];
    if (!SameStructure(s, w) || !SameStructure(s, t)) return fluid;
    // x follows the width only, y the height only.
    if (!Near(s.x, t.x) || !Near(s.x2, t.x2) || !Near(s.y, w.y) || !Near(s.y2, w.y2)) {
      return fluid;
    }
    FluidChart::Shape& f = fluid.shapes.emplace_back();
    f.shape = s;
    f.x = Fit(s.x - p.x, p.width, w.x - wider.plot.x, wider.plot.width);
    f.x2 = Fit(s.x2 - p.x, p.width, w.x2 - wider.plot.x, wider.plot.width);
    f.y = Fit(s.y - p.y, p.height, t.y - taller.plot.y, taller.plot.height);
    f.y2 = Fit(s.y2 - p.y, p.height, t.y2 - taller.plot.y, taller.plot.height);
  }
  fluid.left_px = insets[0];
  fluid.top_px = insets[1];
  fluid.right_px = insets[2];
  fluid.bottom_px = insets[3];
  fluid.font_px = base.font_px;
  fluid.title = base.title;
  fluid.valid = true;
  return fluid;
}

bool FluidChartFits(const FluidChart& fluid, const Chart& chart, double tolerance_px) {
  if (!fluid.valid || fluid.shapes.size() != chart.shapes.size() ||
      fluid.font_px != chart.font_px) {
    return false;
  }
  const std::array<double, 4> insets = Insets(chart);
  const std::array<double, 4> expected = {fluid.left_px, fluid.top_px, fluid.right_px,
                                          fluid.bottom_px};
  for (int i = 0; i < 4; ++i) {
    if (!Near(insets[i], expected[i], 1e-3)) return false;
  }
  const ChartBox& p = chart.plot;
  for (std::size_t i = 0; i < chart.shapes.size(); ++i) {
    const FluidChart::Shape& f = fluid.shapes[i];
    const ChartShape& s = chart.shapes[i];
    if (!SameStructure(f.shape, s) || !Near(At(f.x, p.width), s.x - p.x, tolerance_px) ||
        !Near(At(f.x2, p.width), s.x2 - p.x, tolerance_px) ||
        !Near(At(f.y, p.height), s.y - p.y, tolerance_px) ||
        !Near(At(f.y2, p.height), s.y2 - p.y, tolerance_px)) {
      return false;
    }
  }
  return true;
}

namespace {

// One coordinate as an attribute inside a nested <svg> placed at `anchor` (a fraction):
// px when the coordinate's fraction is the anchor's, a percentage when it has no px.
// False when it is neither.
bool AppendCoord(std::string& out, const Coord& c, double anchor) {
  if (c.fraction == anchor) {
    AppendNumber(out, c.px);
  } else if (c.px == 0.0) {
    AppendNumber(out, (c.fraction - anchor) * 100.0, 3);
    out += '%';
  } else {
    return false;
  }
  return true;
}

// The anchor (a fraction) for a point, or for an extent from c1 to c2 on one axis
// written as a start and a length: the length in px (same fraction) or in % (same px).
bool ExtentAnchor(const Coord& c1, const Coord& c2, double* anchor) {
  if (c1.px == 0.0 && c2.px == 0.0) {
    *anchor = 0.0;  // percentages from the plot's corner: no nested <svg>
  } else if (c1.fraction == c2.fraction || c1.px == c2.px) {
    *anchor = c1.fraction;
  } else {
    return false;
  }
  return true;
}

// The anchor for two points on one axis, each written on its own (a line's ends).
bool PointsAnchor(const Coord& c1, const Coord& c2, double* anchor) {
  if (c1.px == 0.0 && c2.px == 0.0) {
    *anchor = 0.0;
  } else if (c1.fraction == c2.fraction || c2.px == 0.0) {
    *anchor = c1.fraction;
  } else if (c1.px == 0.0) {
    *anchor = c2.fraction;
  } else {
    return false;
  }
  return true;
}

class FluidWriter {
 public:
  FluidWriter(std::string& out, double ascent_px) : out_(out), ascent_px_(ascent_px) {}
  ~FluidWriter() { Close(); }

  bool Write(const FluidChart::Shape& f) {
    const ChartShape& s = f.shape;
    double ax = 0, ay = 0;
    switch (s.kind) {
      case ChartShapeKind::kRect: {
        if (!ExtentAnchor(f.x, f.x2, &ax) || !ExtentAnchor(f.y, f.y2, &ay)) return false;
        Place(ax, ay);
        out_ += "<rect";
        AppendPaint(out_, s);
        out_ += " x=\"";
        AppendCoord(out_, f.x, ax);
        out_ += "\" y=\"";
        AppendCoord(out_, f.y, ay);
        out_ += "\" width=\"";
        AppendLength(f.x, f.x2);
        out_ += "\" height=\"";
        AppendLength(f.y, f.y2);
        out_ += '"';
        // Rounded corners: all four here (a path cannot take percentages).
        if (s.corner_px > 0.0) out_ += " rx=\"" + Number(s.corner_px) + '"';
        out_ += "/>";
        return true;
      }
      case ChartShapeKind::kLine:
        if (PointsAnchor(f.x, f.x2, &ax) && PointsAnchor(f.y, f.y2, &ay)) {
          Line(s, f.x, f.y, f.x2, f.y2, ax, ay);
          return true;
        }
        // A horizontal line running px past two places that follow the width (the
        // note's marker across a bar as wide as a share of its slot): three pieces, the
        // ends overlapping the middle by half a px so no seam shows.
        if (f.y == f.y2 && PointsAnchor(f.y, f.y2, &ay)) {
          const bool forward = f.x.fraction < f.x2.fraction;
          const Coord& left = forward ? f.x : f.x2;
          const Coord& right = forward ? f.x2 : f.x;
          if (left.px > 0.0 || right.px < 0.0) return false;
          const Coord left_edge{0.0, left.fraction};
          const Coord right_edge{0.0, right.fraction};
          Line(s, left, f.y, Coord{0.5, left.fraction}, f.y, left.fraction, ay);
          Line(s, left_edge, f.y, right_edge, f.y, 0.0, ay);
          Line(s, Coord{-0.5, right.fraction}, f.y, right, f.y, right.fraction, ay);
          return true;
        }
        return false;
      case ChartShapeKind::kDiamond: {
        Place(f.x.fraction, f.y.fraction);
        const std::string r = Number(s.corner_px);
        out_ += "<path";
        AppendPaint(out_, s);
        out_ += " d=\"M" + Number(f.x.px) + ' ' + Number(f.y.px - s.corner_px) + "l" + r + ' ' + r +
                "l-" + r + ' ' + r + "l-" + r + " -" + r + "z\"/>";
        return true;
      }
      case ChartShapeKind::kText:
        if (open_ && f.x.fraction == ax_ && f.y.fraction == ay_) {
          // In the nested <svg> already open at its place.
          out_ += "<text";
          AppendPaint(out_, s);
          out_ += " x=\"" + Number(f.x.px) + "\" y=\"" + Number(f.y.px + ascent_px_) + '"';
        } else {
          // From the plot's corner: a percentage, then dx and dy in px.
          Place(0.0, 0.0);
          out_ += "<text";
          AppendPaint(out_, s);
          AppendTextCoord("x", f.x.fraction, f.x.px);
          AppendTextCoord("y", f.y.fraction, f.y.px + ascent_px_);
        }
        out_ += AnchorAttribute(s.anchor);
        out_ += '>';
        AppendEscaped(out_, s.text.c_str());
        out_ += "</text>";
        return true;
    }
    return false;
  }

 private:
  // Shapes at the plot's corner go straight into the root; others into a nested <svg>
  // at their anchor, shared by consecutive shapes with the same anchor.
  void Place(double ax, double ay) {
    if (open_ && ax == ax_ && ay == ay_) return;
    Close();
    ax_ = ax;
    ay_ = ay;
    if (ax == 0.0 && ay == 0.0) return;
    out_ += "<svg";
    if (ax != 0.0) out_ += " x=\"" + Number(ax * 100.0, 3) + "%\"";
    if (ay != 0.0) out_ += " y=\"" + Number(ay * 100.0, 3) + "%\"";
    out_ += '>';
    open_ = true;
  }
  void Close() {
    if (open_) out_ += "</svg>";
    open_ = false;
    ax_ = ay_ = 0.0;
  }
  // A text's x or y from the plot's corner: px, or a percentage and dx/dy in px.
  void AppendTextCoord(const char* axis, double fraction, double px) {
    out_ += ' ';
    out_ += axis;
    out_ += "=\"";
    if (fraction == 0.0) {
      AppendNumber(out_, px);
      out_ += '"';
      return;
    }
    AppendNumber(out_, fraction * 100.0, 3);
    out_ += "%\"";
    if (px != 0.0) {
      out_ += " d";
      out_ += axis;
      out_ += "=\"" + Number(px) + '"';
    }
  }
  void AppendLength(const Coord& c1, const Coord& c2) {
    if (c1.fraction == c2.fraction) {
      AppendNumber(out_, c2.px - c1.px);
    } else {
      AppendNumber(out_, (c2.fraction - c1.fraction) * 100.0, 3);
      out_ += '%';
    }
  }
  void Line(const ChartShape& s, const Coord& x, const Coord& y, const Coord& x2, const Coord& y2,
            double ax, double ay) {
    Place(ax, ay);
    out_ += "<line";
    AppendPaint(out_, s);
    out_ += " x1=\"";
    AppendCoord(out_, x, ax);
    out_ += "\" y1=\"";
    AppendCoord(out_, y, ay);
    out_ += "\" x2=\"";
    AppendCoord(out_, x2, ax);
    out_ += "\" y2=\"";
    AppendCoord(out_, y2, ay);
    out_ += "\" stroke=\"currentColor\"";
    if (s.thickness_px != 1.0) out_ += " stroke-width=\"" + Number(s.thickness_px) + '"';
    out_ += "/>";
  }

  std::string& out_;
  double ascent_px_;
  bool open_ = false;
  double ax_ = 0;
  double ay_ = 0;
};

}  // namespace

std::string FluidChartSvg(const FluidChart& fluid, const SvgOptions& options) {
  if (!fluid.valid) return "";
  std::string out;
  OpenSvg(out, options, fluid.font_px, fluid.title, "");
  {
    FluidWriter writer(out, fluid.font_px * options.ascent_per_line);
    for (const FluidChart::Shape& shape : fluid.shapes) {
      if (!writer.Write(shape)) return "";
    }
  }
  out += "</svg>";
  return out;
}

}  // namespace awscalc
