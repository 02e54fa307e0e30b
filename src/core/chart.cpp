// chart.cpp: see chart.h.
//
// [SECTION] Fonts and axes
// [SECTION] Colours
// [SECTION] ChartBuilder
// [SECTION] BuildRevenueChart
// [SECTION] BuildFanChart, BuildHistogramChart
// [SECTION] BuildTornadoChart
// [SECTION] BuildScenarioChart
// [SECTION] SVG: numbers, classes, style
// [SECTION] ChartSvg
// [SECTION] Fluid charts
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
// [SECTION] BuildFanChart, BuildHistogramChart

Chart BuildFanChart(const UncertaintyResult& r, const Projection& p, double width_px,
                    double height_px, const ChartFont& font) {
  const int years = std::min(r.horizon_years, p.horizon_years);
  const Summary& s = r.aws_from_anthropic_busd;
  double highest = 0.0;
  for (int i = 0; i < years; ++i) {
    highest = std::max({highest, s.p95[i], p.years[i].aws_from_anthropic_busd});
    if (p.years[i].reported_busd) highest = std::max(highest, *p.years[i].reported_busd);
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.05, 4), true);
  b.chart().title =
      "The range of AWS revenue from Anthropic by year: 90% and 80% of the simulated outcomes, "
      "their median, your assumptions and the note's figures";
  b.chart().slots = years;
  // The bands are the accent, lighter the wider they are.
  constexpr float kOuter = 0x30 / 255.0f;
  constexpr float kInner = 0x60 / 255.0f;
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, "90% of outcomes", kOuter);
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, "80%", kInner);
  b.Legend(ChartColour::kAccent, LegendMarker::kLine, "Median");
  b.Legend(ChartColour::kText, LegendMarker::kSquare, "Your assumptions");
  b.Legend(ChartColour::kReported, LegendMarker::kDiamond, "The note");

  auto x_of = [&](int i) { return b.SlotX(i, years); };
  // A band through the years; one year has no neighbour to reach: a box 48 px wide.
  auto band = [&](const YearValues& low, const YearValues& high, float opacity) {
    if (years == 1) {
      const double x = x_of(0);
      ChartShape& box = b.Rect(ChartPart::kBand, ChartColour::kAccent, x - 24.0, b.Y(high[0]),
                               x + 24.0, b.Y(low[0]));
      box.opacity = opacity;
      box.slot = 0;
      return;
    }
    std::array<ChartPoint, kMaxYears> points;
    for (int i = 0; i < years; ++i) points[i] = {x_of(i), b.Y(low[i]), b.Y(high[i])};
    b.Band(ChartPart::kBand, ChartColour::kAccent, std::span(points.data(), years)).opacity =
        opacity;
  };
  if (years > 0) {
    band(s.p5, s.p95, kOuter);
    band(s.p10, s.p90, kInner);
  }
  if (years > 1) {
    std::array<ChartPoint, kMaxYears> median;
    for (int i = 0; i < years; ++i) median[i] = {x_of(i), b.Y(s.p50[i]), 0.0};
    b.Polyline(ChartPart::kSeriesLine, ChartColour::kAccent, std::span(median.data(), years), 2.5);
  }
  for (int i = 0; i < years; ++i) {
    const YearProjection& y = p.years[i];
    const double x = x_of(i);
    ChartShape& dot = b.Circle(ChartPart::kPoint, ChartColour::kAccent, x, b.Y(s.p50[i]), 3.5);
    dot.slot = i;
    dot.value = s.p50[i];
    const double yours = b.Y(y.aws_from_anthropic_busd);
    ChartShape& square = b.Rect(ChartPart::kPoint, ChartColour::kText, x - 4.0, yours - 4.0,
                                x + 4.0, yours + 4.0, 1.0);
    square.round_bottom = true;
    square.slot = i;
    square.value = y.aws_from_anthropic_busd;
    if (y.reported_busd) {
      ChartShape& note = b.Diamond(ChartPart::kMarker, ChartColour::kReported, x + 12.0,
                                   b.Y(*y.reported_busd), 5.5);
      note.slot = i;
      note.value = *y.reported_busd;
    }
    char year[16];
    std::snprintf(year, sizeof year, "%d", y.year);
    b.LabelBelow(x, year, i);
  }
  return b.Take();
}

Chart BuildHistogramChart(const UncertaintyResult& r, double width_px, double height_px,
                          const ChartFont& font) {
  const Histogram& h = r.histogram;
  int most = 1;
  for (int count : h.counts) most = std::max(most, count);
  // Counts need no axis: the bars' heights compare the bins.
  ChartBuilder b(width_px, height_px, font, ChartAxis{static_cast<double>(most), 1.0}, false);
  b.chart().title =
      "How the simulated outcomes of AWS revenue from Anthropic in the chosen year spread, "
      "with the threshold";
  b.chart().slots = 0;
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, "Above the threshold");
  b.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, "At or below");
  b.Legend(ChartColour::kReported, LegendMarker::kLine, "Threshold");

  const ChartBox plot = b.plot();
  const double low = h.edges_busd.front();
  const double high = h.edges_busd.back();
  const double span = high > low ? high - low : 1.0;
  auto x_of = [&](double busd) { return plot.x + (busd - low) / span * plot.width; };
  for (int i = 0; i < kHistogramBins; ++i) {
    const double left = x_of(h.edges_busd[i]);
    const double right = std::max(left + 1.0, x_of(h.edges_busd[i + 1]) - 1.0);
    const bool above = h.edges_busd[i] >= r.threshold_busd;
    ChartShape& bin =
        b.Rect(ChartPart::kBar, above ? ChartColour::kAccent : ChartColour::kAccentSoft, left,
               b.Y(h.counts[i]), right, plot.Bottom());
    bin.slot = i;
    bin.value = h.counts[i];  // samples in the bin
  }
  b.Line(ChartPart::kAxisLine, ChartColour::kGrid, plot.x, plot.Bottom(), plot.Right(),
         plot.Bottom(), 1.0);
  // A few $ labels under the axis, at nice values.
  const AxisTicks ticks = NiceTicks(low, high, 4);
  for (int i = 0; i < ticks.count; ++i) {
    b.LabelBelow(x_of(ticks.values[i]), Money(ticks.values[i], ticks.decimals).c_str());
    b.chart().shapes.back().value = ticks.values[i];
  }
  if (r.threshold_busd >= low && r.threshold_busd <= high) {
    // On a pixel's centre, as the interface's other vertical lines.
    const double x = std::round(x_of(r.threshold_busd)) + 0.5;
    b.Line(ChartPart::kThreshold, ChartColour::kReported, x, plot.y - 4.0, x, plot.Bottom(), 2.5)
        .value = r.threshold_busd;
  }
  return b.Take();
}

// -----------------------------------------------------------------------------------
// [SECTION] BuildTornadoChart

namespace {

// The tornado's rows: the legend's line, then a label and a bar per input.
double TornadoLegendHeight(double font_px) {
  return font_px + 10.0;
}

}  // namespace

double TornadoChartHeight(const ChartFont& font) {
  const double row_height = font.line_px * 2.0 + 14.0;
  return TornadoLegendHeight(font.line_px) + row_height * kUncertainInputCount + 4.0;
}

Chart BuildTornadoChart(const Tornado& t, double width_px, double height_px,
                        const ChartFont& font) {
  const double font_px = font.line_px;
  const double legend_height = TornadoLegendHeight(font_px);
  const double row_height = (height_px - legend_height - 4.0) / kUncertainInputCount;
  ChartBuilder b(width_px, height_px, font, ChartAxis{}, false);
  b.chart().title =
      "What matters most: the result with each uncertain input at the low and the high end of "
      "its range, the others at your values";
  b.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, "Input at its low end");
  b.Legend(ChartColour::kAccent, LegendMarker::kSquare, "At its high end");

  double low = t.central;
  double high = t.central;
  for (const TornadoBar& bar : t.bars) low = std::min({low, bar.low_output, bar.high_output});
  for (const TornadoBar& bar : t.bars) high = std::max({high, bar.low_output, bar.high_output});
  const double span = high > low ? high - low : 1.0;
  // Room at both ends for the value labels: the plot is the range of outputs.
  const double pad = std::min(90.0, width_px * 0.2);
  b.chart().plot = {pad, legend_height, width_px - 2.0 * pad, height_px - legend_height};
  auto x_of = [&](double v) { return pad + (v - low) / span * (width_px - 2.0 * pad); };

  const double centre_x = std::round(x_of(t.central)) + 0.5;
  for (int row = 0; row < kUncertainInputCount; ++row) {
    const TornadoBar& bar = t.bars[row];
    const double top = legend_height + row_height * row;
    b.Text(ChartPart::kRowLabel, ChartColour::kText, 0.0, top, TextAnchor::kStart,
           Info(Info(bar.input).input).label)
        .slot = row;
    const double bar_top = top + font_px + 4.0;
    const double bar_bottom = top + row_height - 6.0;
    for (const auto& [value, colour] : {std::pair(bar.low_output, ChartColour::kAccentSoft),
                                        std::pair(bar.high_output, ChartColour::kAccent)}) {
      const double x = x_of(value);
      ChartShape& end = b.Rect(ChartPart::kBar, colour, std::min(centre_x, x), bar_top,
                               std::max(centre_x, x), bar_bottom, 2.0);
      end.round_bottom = true;
      end.slot = row;
      end.value = value;
    }
    if (bar.swing == 0.0) {
      b.Text(ChartPart::kNote, ChartColour::kMuted, centre_x + 8.0, bar_top, TextAnchor::kStart,
             "no effect on this result")
          .slot = row;
      continue;
    }
    // Each end's output beside it, outside the bar.
    for (const double value : {bar.low_output, bar.high_output}) {
      if (value == t.central) continue;
      const bool left = value < t.central;
      ChartShape& label =
          b.Text(ChartPart::kValueLabel, ChartColour::kMuted, x_of(value) + (left ? -6.0 : 6.0),
                 bar_top + (bar_bottom - bar_top - font_px) * 0.5,
                 left ? TextAnchor::kEnd : TextAnchor::kStart, OutputText(t.output, value).c_str());
      label.slot = row;
      label.value = value;
    }
  }
  b.Line(ChartPart::kAxisLine, ChartColour::kText, centre_x, legend_height, centre_x, height_px,
         1.5)
      .value = t.central;
  return b.Take();
}

// -----------------------------------------------------------------------------------
// [SECTION] BuildScenarioChart

Chart BuildScenarioChart(const Projection& current,
                         const std::vector<ScenarioProjection>& scenarios, double width_px,
                         double height_px, const ChartFont& font) {
  // Series 0 is the reader's assumptions; a scenario's colour follows its slot (1-3).
  struct Series {
    const Projection* projection;
    ChartColour colour;
    int slot;
  };
  std::vector<Series> series = {{&current, ChartColour::kAccent, 0}};
  constexpr ChartColour kSlotColours[] = {ChartColour::kSeries1, ChartColour::kSeries2,
                                          ChartColour::kSeries3};
  for (const ScenarioProjection& s : scenarios) {
    series.push_back({&s.projection, kSlotColours[std::clamp(s.slot, 1, 3) - 1], s.slot});
  }
  // Years: the longest horizon among the series.
  int years = 0;
  double highest = 0.0;
  for (const Series& s : series) {
    years = std::max(years, s.projection->horizon_years);
    for (int i = 0; i < s.projection->horizon_years; ++i) {
      highest = std::max(highest, s.projection->years[i].aws_from_anthropic_busd);
    }
  }
  ChartBuilder b(width_px, height_px, font, NiceAxis(highest * 1.05, 4), true);
  b.chart().title = "AWS revenue from Anthropic by year, your assumptions and the kept scenarios";
  b.chart().slots = years;
  // The legend names the series by slot; the table beside the chart has the names.
  for (const Series& s : series) {
    b.Legend(s.colour, LegendMarker::kSquare, s.slot == 0 ? "Yours" : std::to_string(s.slot));
  }
  const double group = b.SlotWidth(years) * 0.8;
  const double bar = group / static_cast<double>(series.size());
  for (int y = 0; y < years; ++y) {
    const double start = b.SlotX(y, years) - group * 0.5;
    for (std::size_t i = 0; i < series.size(); ++i) {
      const Projection& p = *series[i].projection;
      if (y >= p.horizon_years) continue;
      const double x = start + bar * static_cast<double>(i);
      const double value = p.years[y].aws_from_anthropic_busd;
      ChartShape& shape = b.Rect(ChartPart::kBar, series[i].colour, x + 1.0, b.Y(value),
                                 x + bar - 1.0, b.plot().Bottom(), 2.0);
      shape.slot = y;
      shape.value = value;
    }
    b.LabelBelow(b.SlotX(y, years), std::to_string(kFirstYear + y), y);
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

enum class PaintAs : std::uint8_t { kFill, kStroke };

// The shape's colour as the options ask: its class (then a stroke paints with
// currentColor, as the class sets `color`), or the theme's colour itself as its fill or
// stroke, with the role's opacity times the shape's.
void AppendPaint(std::string& out, const ChartShape& shape, const SvgOptions& options, PaintAs as) {
  if (options.paint == nullptr) {
    AppendPaint(out, shape);
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
          AppendPaint(out, s, options, PaintAs::kFill);
          out += " x=\"" + Number(s.x) + "\" y=\"" + Number(s.y) + "\" width=\"" +
                 Number(s.x2 - s.x) + "\" height=\"" + Number(s.y2 - s.y) + '"';
          if (r > 0.0) out += " rx=\"" + Number(r) + '"';
          out += "/>";
          break;
        }
        // Rounded top corners only, square where the bar stands.
        const std::string rs = Number(r);
        out += "<path";
        AppendPaint(out, s, options, PaintAs::kFill);
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
        // With classes the stroke follows the path (as the page's first view has it).
        const bool classes = options.paint == nullptr;
        out += "<path";
        if (classes) AppendPaint(out, s);
        if (!classes) AppendPaint(out, s, options, PaintAs::kStroke);
        out += " d=\"M" + Number(x) + ' ' + Number(y) + "L" + Number(x2) + ' ' + Number(y2) + '"';
        if (classes) out += " stroke=\"currentColor\"";
        if (s.thickness_px != 1.0) out += " stroke-width=\"" + Number(s.thickness_px) + '"';
        out += "/>";
        break;
      }
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
