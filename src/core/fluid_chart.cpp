// fluid_chart.cpp: charts whose shapes keep their size in px while their places follow
// the plot's size (chart.h, FluidChartSvg): the page's static first view, sized by CSS
// (src/tools/site_assets is its only user).
//
// [SECTION] Fluid charts
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

using namespace svg_writer;

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
    // Points have no fluid form (yet): the fan's bands and median.
    if (s.kind == ChartShapeKind::kCircle || s.kind == ChartShapeKind::kPolyline ||
        s.kind == ChartShapeKind::kBand) {
      return fluid;
    }
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
      case ChartShapeKind::kCircle:
      case ChartShapeKind::kPolyline:
      case ChartShapeKind::kBand:
        return false;  // MakeFluidChart refuses them
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
