// chart.cpp: see chart.h. The frame every chart shares; the chart kinds are in
// chart_kinds.cpp, the SVG writer in chart_svg.cpp, the fluid charts in fluid_chart.cpp.
//
// [SECTION] Fonts and axes
// [SECTION] Colours
// [SECTION] ChartBuilder
#include "core/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <utility>

#include "core/explain.h"
#include "core/format.h"

namespace awscalc {

// -----------------------------------------------------------------------------------
// [SECTION] Fonts and axes

namespace {

// Inter Regular's advance widths (font units, 2816 per em) of ' ' to '~', read from
// Debian's fonts-inter (Inter-Regular.otf, hmtx), and of the other characters the
// interface's font subset has (cmake/assets.cmake).
constexpr double kInterUnitsPerEm = 2816.0;
// clang-format off
constexpr std::uint16_t kAsciiAdvance[95] = {
    792,  784,  1136, 1776, 1796, 2288, 1800, 624,  1020, 1020, 1408, 1856, 788,  1296, 776,
    1004, 1760, 1308, 1704, 1792, 1808, 1712, 1756, 1608, 1736, 1756, 776,  788,  1856, 1856,
    1856, 1428, 2636, 1904, 1832, 2048, 2024, 1684, 1652, 2092, 2084, 744,  1528, 1836, 1584,
    2504, 2120, 2144, 1788, 2144, 1800, 1796, 1808, 2088, 1904, 2672, 1808, 1872, 1760, 1020,
    1004, 1020, 1320, 1272, 1400, 1588, 1748, 1572, 1748, 1640, 1016, 1716, 1664, 668,  668,
    1532, 668,  2448, 1648, 1680, 1716, 1716, 1048, 1472, 1024, 1636, 1568, 2288, 1520, 1568,
    1524, 1020, 920,  1020, 1856};
// clang-format on
struct Advance {
  char32_t code_point;
  std::uint16_t units;
};
constexpr Advance kOtherAdvances[] = {
    {0x00A0, 792},  {0x00B7, 776},  {0x00D7, 1856}, {0x2013, 1408}, {0x2014, 2816}, {0x2018, 560},
    {0x2019, 520},  {0x201C, 1072}, {0x201D, 1072}, {0x2022, 1584}, {0x2026, 2312}, {0x2192, 2688},
    {0x2212, 1856}, {0x2248, 1856}, {0x2264, 1856}, {0x2265, 1856}, {0x25B2, 2840}, {0x25BC, 2840}};
// Anything else (accented letters in a scenario's name, other scripts): a lowercase
// letter's average.
constexpr double kOtherUnits = 1600.0;

}  // namespace

double EstimateTextWidth(std::string_view text, double font_size_px) {
  double units = 0.0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      units += byte >= 0x20 && byte < 0x7f ? kAsciiAdvance[byte - 0x20] : 0.0;
      ++i;
      continue;
    }
    // One UTF-8 sequence: its code point (a malformed byte counts as one character).
    const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    char32_t code_point = length == 1 ? byte : byte & (0x3f >> (length - 1));
    int used = 1;
    while (used < length && i + used < text.size() &&
           (static_cast<unsigned char>(text[i + used]) & 0xc0) == 0x80) {
      code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + used]) & 0x3f);
      ++used;
    }
    double advance = kOtherUnits;
    for (const Advance& a : kOtherAdvances) {
      if (a.code_point == code_point) advance = a.units;
    }
    units += advance;
    i += used;
  }
  return units / kInterUnitsPerEm * font_size_px;
}

double ChartFont::Width(std::string_view text) const {
  if (width_px != nullptr) return width_px(context, text);
  return EstimateTextWidth(text, line_px * kInterEmPerLine);
}

int TickDecimals(double step) {
  constexpr double kScale[] = {1.0, 10.0, 100.0};
  for (int decimals = 0; decimals < 3; ++decimals) {
    const double scaled = step * kScale[decimals];
    if (std::fabs(scaled - std::round(scaled)) < 1e-9 * scaled) return decimals;
  }
  return 3;
}

ChartAxis NiceAxis(double max_value, int max_ticks) {
  if (!(max_value > 0.0) || !std::isfinite(max_value)) return {1.0, 0.25};
  const int ticks = std::clamp(max_ticks, 1, kMaxAxisTicks - 1);
  // Labels show money to $0.001B at most: an axis finer than that would repeat one label.
  const double rough = std::max(max_value, kFinestAxisStep * ticks) / ticks;
  // Powers of ten by multiplying (not pow/log10: the page's libc and the CLI's must give
  // the same bits); rough is at least $0.00025B and finite, so both loops are short.
  double magnitude = 1.0;
  while (magnitude * 10.0 <= rough) magnitude *= 10.0;
  while (magnitude > rough) magnitude /= 10.0;
  double step = magnitude;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = magnitude * factor;
    if (step >= rough) break;
  }
  // max / step is about max_ticks, so the margin on it is a relative one.
  const double steps = std::max(1.0, std::ceil(max_value / step - 1e-9));
  if (!std::isfinite(step * steps)) return {max_value, max_value};  // one step: beyond doubles
  return {steps * step, step};
}

int AxisTickCount(const ChartAxis& axis) {
  if (!(axis.step > 0.0) || !(axis.max > 0.0) || !std::isfinite(axis.max)) return 1;
  const double steps = std::round(axis.max / axis.step);
  return static_cast<int>(std::clamp(steps, 0.0, static_cast<double>(kMaxAxisTicks - 1))) + 1;
}

AxisTicks NiceTicks(double low, double high, int max_ticks) {
  AxisTicks ticks;
  if (!std::isfinite(low) || !std::isfinite(high)) return ticks;
  if (high < low) std::swap(low, high);
  const double middle = low + (high - low) / 2.0;
  const double step = NiceAxis(high - low, max_ticks).step;
  // A span the labels cannot tell apart (finer than $0.001B, or than the doubles around
  // it) is drawn as one tick, in its middle.
  const double magnitude = std::max(std::fabs(low), std::fabs(high));
  if (!(high - low >= kFinestAxisStep) || !(step > magnitude * 1e-12)) {
    ticks.values[0] = middle;
    ticks.count = 1;
    ticks.decimals = TickDecimals(kFinestAxisStep);
    return ticks;
  }
  ticks.decimals = TickDecimals(step);
  const double first = std::ceil(low / step - 1e-9) * step;
  // Indexed, never accumulated: each tick is first + i x step, inside [low, high] to a
  // relative tolerance, and never more than kMaxAxisTicks of them.
  const double tolerance = step * 1e-9;
  for (int i = 0; i < kMaxAxisTicks; ++i) {
    const double tick = first + step * i;
    if (tick > high + tolerance) break;
    if (tick < low - tolerance) continue;
    ticks.values[ticks.count++] = tick;
  }
  if (ticks.count == 0) ticks.values[ticks.count++] = middle;
  return ticks;
}

// -----------------------------------------------------------------------------------
// [SECTION] Colours

ChartTheme MakeChartTheme(bool dark, std::optional<std::uint32_t> accent_rgb) {
  // By role, in ChartColour order: accent, soft accent, the note, text, muted text, grid,
  // scenarios 1-3. Every text colour is at least 4.5:1 on the background (WCAG AA).
  static constexpr std::array<std::uint32_t, kChartColourCount> kLight = {
      0x0b63c5, 0x0b63c5, 0xa84f00, 0x1f2328, 0x57606a, 0xd8dee4, 0x8250df, 0x1a7f37, 0xbc4c00};
  static constexpr std::array<std::uint32_t, kChartColourCount> kDark = {
      0x58a6ff, 0x58a6ff, 0xf0883e, 0xe6edf3, 0x9da7b3, 0x30363d, 0xd2a8ff, 0x56d364, 0xffa657};
  ChartTheme theme;
  theme.dark = dark;
  theme.background = dark ? 0x0d1117 : 0xffffff;
  theme.rgb = dark ? kDark : kLight;
  theme.alpha.fill(1.0f);
  if (accent_rgb) {
    theme.rgb[static_cast<int>(ChartColour::kAccent)] = *accent_rgb & 0xffffffu;
    theme.rgb[static_cast<int>(ChartColour::kAccentSoft)] = *accent_rgb & 0xffffffu;
  }
  theme.alpha[static_cast<int>(ChartColour::kAccentSoft)] = 0.38f;
  return theme;
}

SurfaceColours MakeSurfaceColours(bool dark) {
  if (dark) return {0x161b22, 0x30363d, 0x21262d, 0x6e7681, 0x3d2a12, 0xf8c98a};
  return {0xf6f8fa, 0xd0d7de, 0xeef1f4, 0x8c959f, 0xfff4e5, 0x7a4100};
}

std::string PageColourCss(std::string_view light_selector, std::string_view dark_selector) {
  std::string css;
  for (const bool dark : {false, true}) {
    const ChartTheme theme = MakeChartTheme(dark);
    const SurfaceColours surfaces = MakeSurfaceColours(dark);
    const auto hex = [](std::uint32_t rgb) {
      char text[8];
      std::snprintf(text, sizeof text, "#%06x", static_cast<unsigned>(rgb & 0xffffffu));
      return std::string(text);
    };
    css += std::string(dark ? dark_selector : light_selector) + "{";
    for (const auto& [name, rgb] : std::initializer_list<std::pair<const char*, std::uint32_t>>{
             {"bg", theme.background},
             {"bg-opaque", theme.background},
             {"text", theme.Rgb(ChartColour::kText)},
             {"muted", theme.Rgb(ChartColour::kMuted)},
             {"accent", theme.Rgb(ChartColour::kAccent)},
             {"reported", theme.Rgb(ChartColour::kReported)},
             {"panel", surfaces.panel},
             {"border", surfaces.border},
             {"warning-bg", surfaces.warning_bg},
             {"warning-text", surfaces.warning_text}}) {
      css += std::string("--") + name + ":" + hex(rgb) + ";";
    }
    css += "}\n";
  }
  return css;
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
  const int label_decimals = TickDecimals(axis.step);
  const double label_width =
      y_labels ? font.Width(Money(axis.max, label_decimals).c_str()) + 8.0 : 0.0;
  // Legend row on top; labels under the plot.
  const double top = font_px * 2.0 + 14.0;
  const double bottom = height_px - font_px - 8.0;
  chart_.plot = {label_width, top, width_px - 4.0 - label_width, bottom - top};
  if (!y_labels) return;
  const ChartBox& p = chart_.plot;
  const int tick_count = AxisTickCount(axis);
  for (int i = 0; i < tick_count; ++i) {
    const double tick = tick_count == 1 ? axis.max : axis.step * i;
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
  // An entry that would run past the chart's right edge starts a second row (the plot
  // starts two lines down: room for it), as on a phone with the fan's five entries.
  if (legend_x_ > 0.0 && legend_x_ + 16.0 + font_.Width(text) > chart_.width_px) {
    legend_x_ = 0.0;
    legend_top_ += font_px() + 4.0;
  }
  const double y = legend_top_ + font_px() * 0.5 + 1.0;
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
  Text(ChartPart::kLegendLabel, ChartColour::kMuted, legend_x_ + 16.0, legend_top_,
       TextAnchor::kStart, text);
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

ChartShape& ChartBuilder::Circle(ChartPart part, ChartColour colour, double x, double y,
                                 double radius_px) {
  ChartShape& s = Rect(part, colour, x, y, x, y, radius_px);
  s.kind = ChartShapeKind::kCircle;
  return s;
}

ChartShape& ChartBuilder::Polyline(ChartPart part, ChartColour colour,
                                   std::span<const ChartPoint> points, double thickness_px) {
  ChartShape& s = Points(part, colour, ChartShapeKind::kPolyline, points);
  s.thickness_px = thickness_px;
  return s;
}

ChartShape& ChartBuilder::Band(ChartPart part, ChartColour colour,
                               std::span<const ChartPoint> points) {
  return Points(part, colour, ChartShapeKind::kBand, points);
}

ChartShape& ChartBuilder::Points(ChartPart part, ChartColour colour, ChartShapeKind kind,
                                 std::span<const ChartPoint> points) {
  ChartShape& s = Rect(part, colour, 0, 0, 0, 0);
  s.kind = kind;
  s.first_point = static_cast<std::uint16_t>(chart_.points.size());
  s.point_count = static_cast<std::uint16_t>(points.size());
  chart_.points.insert(chart_.points.end(), points.begin(), points.end());
  // The shape's box (x, y) to (x2, y2): what it covers, for tests and hit-testing.
  if (!points.empty()) {
    s.x = points.front().x;
    s.x2 = points.back().x;
    s.y = s.y2 = points.front().y;
    for (const ChartPoint& p : points) {
      const double other = kind == ChartShapeKind::kBand ? p.y2 : p.y;
      s.y = std::min({s.y, p.y, other});
      s.y2 = std::max({s.y2, p.y, other});
    }
  }
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

}  // namespace awscalc
