// chart.h: charts as plain data. A chart is a list of shapes (rectangles, lines,
// diamonds, circles, polylines, bands, text) in CSS px inside a box of a given size, in
// drawing order, each with a colour role (never a colour: the writer maps roles to the
// theme) and the part of the chart it draws (a bar, a grid line, a year label...).
// Computed from the model's values; drawn by writers that know nothing of charts:
//   - the interface's, into an ImDrawList (src/ui/charts.cpp, DrawChart);
//   - ChartSvg() below: an SVG string of the chart at its size (files, previews);
//   - FluidChartSvg() below: an SVG whose shapes keep their size in px while their
//     places follow the plot area's size (the page's static first view, sized by CSS);
//   - ExportChartSvg() (core/chart_export.h): the chart a reader looks at, with a
//     title, a subtitle, the source, the link and the date around it, as a file to
//     republish (the page's "Chart as SVG", its PNG, and `aws-calc --svg`).
//
//   const ChartFont font{13.5, MeasureWithMyFont, &my_font};   // text widths: the caller's
//   const Chart chart = BuildRevenueChart(projection, 358, 200, font);
//   const std::string svg = ChartSvg(chart, {.style = ChartSvgStyle(light, dark)});
//
// Every chart of the calculator is built here: the revenue bars, the fan and the
// histogram of the range of outcomes, the tornado and the scenario bars. Adding a chart:
// a function that builds its Chart with a ChartBuilder, the frame every chart shares
// (legend row on top, y grid with $ labels on the left, labels under the plot, slots
// across it), adding its shapes in drawing order and tagging them with their part, year
// and value. The writers need nothing new unless the chart needs a new kind of shape:
// then the kind here and one case in each writer.
//
// [SECTION] Shapes and charts
// [SECTION] Colours: the calculator's theme by role
// [SECTION] ChartBuilder: the frame every chart shares
// [SECTION] Charts
// [SECTION] Writers: SVG
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/format.h"
#include "core/projection.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"

namespace awscalc {

// -----------------------------------------------------------------------------------
// [SECTION] Shapes and charts

// What a shape is coloured as; the writer's theme gives the colour.
enum class ChartColour : std::uint8_t {
  kAccent,      // the model's bars
  kAccentSoft,  // the calculator's extension years, bands
  kReported,    // the note's figures
  kText,        // values on the bars
  kMuted,       // axis labels, the legend's words
  kGrid,        // grid lines
  kSeries1,     // kept scenarios 1-3 (the reader's own series is kAccent)
  kSeries2,
  kSeries3,
};
inline constexpr int kChartColourCount = 9;

// What a shape draws: for tests, hover and writers that treat parts differently.
enum class ChartPart : std::uint8_t {
  kGridLine,
  kAxisLabel,  // the y axis' "$2B"
  kLegendSwatch,
  kLegendLabel,
  kBar,
  kBarLabel,       // the value on a bar
  kMarker,         // the note's figure: a line across the bar and a diamond
  kCategoryLabel,  // under the plot: "2025"
  kBand,           // a range of outcomes (the fan's P5-P95 and P10-P90)
  kSeriesLine,     // a line through a series' values (the fan's median)
  kPoint,          // one value as a dot or a square (a median, the reader's value)
  kThreshold,      // the histogram's threshold
  kAxisLine,       // the histogram's baseline, the tornado's centre
  kRowLabel,       // a row's name (the tornado's inputs)
  kValueLabel,     // a value beside a bar (the tornado's ends)
  kNote,           // words inside the plot ("no effect on this result")
};

enum class ChartShapeKind : std::uint8_t {
  kRect,      // (x, y) top-left to (x2, y2) bottom-right; corner_px rounds the top
              // corners (round_bottom: all four)
  kLine,      // (x, y) to (x2, y2), thickness_px wide
  kDiamond,   // centred on (x, y), corner_px from the centre to each corner
  kText,      // text in a line box Chart::font_px tall whose top is y; x is its left
              // edge, centre or right edge (anchor)
  kCircle,    // centred on (x, y), corner_px its radius
  kPolyline,  // through Chart::points (x, y), thickness_px wide
  kBand,      // the area between two lines over the same x's: Chart::points (x, y) and
              // (x, y2), left to right; neighbours meet without seams
};

// A point of a polyline (x, y) or of a band (x, y and y2).
struct ChartPoint {
  double x = 0;
  double y = 0;
  double y2 = 0;
};

enum class TextAnchor : std::uint8_t { kStart, kMiddle, kEnd };

struct ChartShape {
  ChartShapeKind kind = ChartShapeKind::kRect;
  ChartPart part = ChartPart::kGridLine;
  ChartColour colour = ChartColour::kText;
  float opacity = 1;  // of the colour: bands, lighter legend swatches
  double x = 0;       // CSS px from the chart's top-left corner
  double y = 0;
  double x2 = 0;
  double y2 = 0;
  double corner_px = 0;     // kRect: rounding; kDiamond: centre to corner; kCircle: radius
  double thickness_px = 1;  // kLine, kPolyline
  bool round_bottom = false;
  TextAnchor anchor = TextAnchor::kStart;  // kText
  ShortText text;                          // kText: at most 47 bytes, no heap
  int slot = -1;                           // the slot (year index) a shape belongs to, else -1
  double value = 0;  // what a bar, marker or label shows ($B, or the output's unit), else 0
  std::uint16_t first_point = 0;  // kPolyline, kBand: Chart::points from here
  std::uint16_t point_count = 0;
};

struct ChartBox {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  double Right() const { return x + width; }
  double Bottom() const { return y + height; }
};

struct Chart {
  double width_px = 0;
  double height_px = 0;
  double font_px = 0;              // the line height of its text (CSS px)
  ChartBox plot;                   // the plot area inside the chart's box
  int slots = 0;                   // equal slots across the plot (years), 0 for a value axis
  const char* title = "";          // what it shows, in words (an SVG's <title>)
  std::vector<ChartShape> shapes;  // in drawing order
  std::vector<ChartPoint> points;  // of the polylines and bands
  std::span<const ChartPoint> PointsOf(const ChartShape& shape) const {
    return std::span<const ChartPoint>(points).subspan(shape.first_point, shape.point_count);
  }
};

// Inter's metrics per px of line height (units per em 2816, ascender 2728, descender
// -680): the CSS font-size of a line box, and its baseline's distance from the box's top.
inline constexpr double kInterEmPerLine = 2816.0 / 3408.0;
inline constexpr double kInterAscentPerLine = 2728.0 / 3408.0;

// The width of `text` in Inter Regular at a CSS font-size, from the face's advance
// widths (a table of the characters the interface uses; others count as an average
// letter), without kerning. What the exports measure with, so the page and the command
// line write the same file whatever fonts the machine has.
double EstimateTextWidth(std::string_view text, double font_size_px);

// Text widths, from the caller: ImGui's font in the interface, the same Inter font
// through the headless interface in native tools. Without `width_px`, the estimate
// above for a line box of `line_px`.
struct ChartFont {
  double line_px = 13.5;
  double (*width_px)(const void* context, std::string_view text) = nullptr;
  const void* context = nullptr;
  double Width(std::string_view text) const;
};

// -----------------------------------------------------------------------------------
// [SECTION] Colours: the calculator's theme by role
//
// The light and the dark theme's colours (0xRRGGBB) of every role, with its opacity (the
// soft accent is the accent at 0.38), and the background they are made for (#ffffff,
// #0d1117; text at least 4.5:1 on it): the interface's palette (src/ui/theme.cpp) and
// every file the core writes take them from here. A reader's accent (the link's
// "accent=") replaces the accent's colour, soft or not.

struct ChartTheme {
  bool dark = false;
  std::uint32_t background = 0;
  std::array<std::uint32_t, kChartColourCount> rgb{};
  std::array<float, kChartColourCount> alpha{};
  std::uint32_t Rgb(ChartColour colour) const { return rgb[static_cast<int>(colour)]; }
  float Alpha(ChartColour colour) const { return alpha[static_cast<int>(colour)]; }
};
ChartTheme MakeChartTheme(bool dark, std::optional<std::uint32_t> accent_rgb = std::nullopt);

// The surfaces around the charts, light or dark (0xRRGGBB): the interface's controls and
// cards (src/ui/theme.cpp) and the page's own elements (web/calc.css's variables).
struct SurfaceColours {
  std::uint32_t panel = 0;           // cards, code boxes
  std::uint32_t border = 0;          // the page's rules and boxes
  std::uint32_t frame = 0;           // slider and input backgrounds
  std::uint32_t control_border = 0;  // edges of controls: at least 3:1 on the background
  std::uint32_t warning_bg = 0;
  std::uint32_t warning_text = 0;
};
SurfaceColours MakeSurfaceColours(bool dark);

// The page's colour variables, the light theme's under `light_selector` and the dark's
// under `dark_selector`: --bg, --bg-opaque, --text, --muted, --accent, --reported from
// the chart theme, --panel, --border, --warning-bg, --warning-text from the surfaces.
// The build writes it (src/tools/site_assets: palette.css) and appends it to calc.css, so
// the page's colours are the core's, never typed again.
std::string PageColourCss(std::string_view light_selector, std::string_view dark_selector);

// -----------------------------------------------------------------------------------
// [SECTION] ChartBuilder: the frame every chart shares

// A "nice" axis: ticks at multiples of 1, 2, 2.5 or 5 x 10^k covering [0, max].
// Safe for any value: never more than kMaxAxisTicks ticks, never a step finer than the
// labels' $0.001B (a smaller maximum keeps the axis [0, $0.004B]), one tick for a maximum
// beyond what doubles can step through.
inline constexpr int kMaxAxisTicks = 12;
inline constexpr double kFinestAxisStep = 0.001;
struct ChartAxis {
  double max = 1;
  double step = 1;
};
ChartAxis NiceAxis(double max_value, int max_ticks);
// The number of ticks of an axis (0, step, 2 x step ... max): 1 to kMaxAxisTicks.
int AxisTickCount(const ChartAxis& axis);
// Nice ticks inside [low, high] (the histogram's $ labels): at most kMaxAxisTicks, each
// computed from its index (never accumulated); a span narrower than the labels can tell
// apart (under $0.001B, or under the doubles' precision at its size) gives one tick in
// its middle. Non-finite ends give none.
struct AxisTicks {
  std::array<double, kMaxAxisTicks> values{};
  int count = 0;
  int decimals = 0;  // TickDecimals of the step
};
AxisTicks NiceTicks(double low, double high, int max_ticks);
// The decimals that write every tick of a step exactly: 0 for 2, 1 for 2.5, 2 for 0.25.
int TickDecimals(double step);

enum class LegendMarker : std::uint8_t { kSquare, kDiamond, kLine };

// The box (width x height px) with a legend row along its top, the plot area under it,
// y labels left of it (when `y_labels`: "$0B"... at every tick, with grid lines) and
// room for a row of labels under it. Shapes are added in drawing order.
class ChartBuilder {
 public:
  ChartBuilder(double width_px, double height_px, const ChartFont& font, ChartAxis axis,
               bool y_labels);

  const ChartBox& plot() const { return chart_.plot; }
  double font_px() const { return chart_.font_px; }
  double TextWidth(std::string_view text) const { return font_.Width(text); }
  // The y of `value` on the axis.
  double Y(double value) const;
  // The centre and width of slot `i` of `count` equal slots across the plot.
  double SlotX(int i, int count) const;
  double SlotWidth(int count) const;

  // The next legend entry, left to right along the top.
  void Legend(ChartColour colour, LegendMarker marker, std::string_view text, float opacity = 1);
  // A label under the plot, centred on x.
  void LabelBelow(double x, std::string_view text, int slot = -1);

  ChartShape& Rect(ChartPart part, ChartColour colour, double x, double y, double x2, double y2,
                   double corner_px = 0);
  ChartShape& Line(ChartPart part, ChartColour colour, double x, double y, double x2, double y2,
                   double thickness_px);
  ChartShape& Diamond(ChartPart part, ChartColour colour, double x, double y, double radius_px);
  ChartShape& Circle(ChartPart part, ChartColour colour, double x, double y, double radius_px);
  ChartShape& Polyline(ChartPart part, ChartColour colour, std::span<const ChartPoint> points,
                       double thickness_px);
  // The area between (x, y) and (x, y2) of the points, left to right.
  ChartShape& Band(ChartPart part, ChartColour colour, std::span<const ChartPoint> points);
  // Text whose line box's top is y.
  ChartShape& Text(ChartPart part, ChartColour colour, double x, double y, TextAnchor anchor,
                   std::string_view text);

  Chart& chart() { return chart_; }
  Chart Take() { return std::move(chart_); }

 private:
  ChartShape& Points(ChartPart part, ChartColour colour, ChartShapeKind kind,
                     std::span<const ChartPoint> points);

  ChartFont font_;
  ChartAxis axis_;
  double legend_x_ = 0;    // where the next legend entry starts
  double legend_top_ = 0;  // the top of the legend row it goes in
  Chart chart_;
};

// -----------------------------------------------------------------------------------
// [SECTION] Charts

// The charts' heights (CSS px) in the interface's wide and narrow layouts; the files
// (core/chart_export.h) take the wide ones. The tornado's follows its rows.
struct ChartHeight {
  float wide;
  float narrow;
};
inline constexpr ChartHeight kRevenueChartHeight{240, 200};
inline constexpr ChartHeight kFanChartHeight{250, 220};
inline constexpr ChartHeight kHistogramChartHeight{180, 160};
inline constexpr ChartHeight kScenarioChartHeight{220, 220};

// Bars of AWS revenue from Anthropic per year (the calculator's extension years, after
// 2027, in the soft accent), the note's reported figures as markers across them, the
// value on each bar, the years under them.
Chart BuildRevenueChart(const Projection& projection, double width_px, double height_px,
                        const ChartFont& font);

// The range of outcomes per year (P5-P95 and P10-P90 as bands in the accent at two
// opacities, the median as a line with dots), the reader's projection as squares and the
// note's figures as diamonds beside them, the years under them.
Chart BuildFanChart(const UncertaintyResult& result, const Projection& projection, double width_px,
                    double height_px, const ChartFont& font);

// The samples of the chosen year as a histogram: the bins from the threshold up in the
// accent, the others soft, a baseline, a few $ labels under it and the threshold as a
// line in the note's colour.
Chart BuildHistogramChart(const UncertaintyResult& result, double width_px, double height_px,
                          const ChartFont& font);

// One row per uncertain input, largest swing on top: its name, then a bar from the
// output at the reader's values (a line down the rows) to the output with the input at
// its low end (soft) and at its high end (accent), each end's value beside it. The rows
// share the height under the legend; TornadoChartHeight is the height the interface
// gives them (a label and a bar each).
Chart BuildTornadoChart(const Tornado& tornado, double width_px, double height_px,
                        const ChartFont& font);
double TornadoChartHeight(const ChartFont& font);

// AWS revenue from Anthropic per year for the reader's assumptions (the accent) and each
// kept scenario (the series colour of its slot), as groups of bars; the legend names
// the series "Yours", "1", "2", "3" (the scenario's slot).
Chart BuildScenarioChart(const Projection& current,
                         const std::vector<ScenarioProjection>& scenarios, double width_px,
                         double height_px, const ChartFont& font);

// -----------------------------------------------------------------------------------
// [SECTION] Writers: SVG
//
// Colours by class, one per role (ChartColourClass: "a" accent, "s" soft, "r" reported,
// "t" text, "m" muted, "g" grid, "c1"-"c3" series), each setting `color`; shapes paint
// with currentColor. A page styles the classes with its own CSS (a Content-Security-
// Policy without inline styles allows that); a file gets a <style> (ChartSvgStyle).

const char* ChartColourClass(ChartColour colour);

// The writers' pieces, for files that place a chart among other things (chart_export.h):
// a coordinate as an attribute's value (at most two decimals, no trailing zeros, no
// "-0"), and text with &, <, > and " escaped.
std::string SvgNumber(double value);
void AppendSvgEscaped(std::string& out, std::string_view text);

// CSS colour values by role (ChartColour order): "#0b63c5", "#0b63c561", "var(--x)".
using ChartColours = std::array<std::string, kChartColourCount>;

// The rules that colour the classes: `light`, and `dark` under `dark_selector` (for a
// file: "@media (prefers-color-scheme: dark)"; for a page, e.g. ":root[data-theme=dark]").
// `scope` prefixes every selector (".sf-chart "), empty for a file.
std::string ChartSvgStyle(const ChartColours& light, const ChartColours& dark,
                          std::string_view dark_selector, std::string_view scope = "");

struct SvgOptions {
  std::string style;  // CSS for a <style> element, e.g. ChartSvgStyle(); "" for none
  // Colours written on the shapes themselves (fill="#0b63c5" or stroke=..., with the
  // role's opacity) instead of classes: a file that needs no style sheet and looks the
  // same in any viewer. nullptr: classes. ChartSvg only (FluidChartSvg writes classes).
  const ChartTheme* paint = nullptr;
  std::string attributes;   // more attributes of the <svg> element: ' x="24" y="80"'
  std::string font_family;  // e.g. "Inter, system-ui, sans-serif"; "" inherits the page's
  std::string css_class;    // on the <svg> element
  bool title = true;        // <title> with Chart::title
  bool xmlns = true;        // false inside HTML, where the parser knows <svg>
  // Text metrics of the font the text is drawn in, per px of line height: the CSS
  // font-size, and the baseline's distance from the line box's top. Inter's by default
  // (kInterEmPerLine); src/tools reads them from the embedded font.
  double em_per_line = kInterEmPerLine;
  double ascent_per_line = kInterAscentPerLine;
};

// The chart at its size: viewBox 0 0 width height, and that width and height.
std::string ChartSvg(const Chart& chart, const SvgOptions& options);

// A chart whose shapes keep their size while their places follow the plot area: every
// coordinate as px + a fraction of the plot's width (x) or height (y), measured from the
// plot's top-left corner. Derived from the same chart built at three sizes: `base`,
// `wider` (another width) and `taller` (another height). `valid` is false when the three
// differ in anything but places (a shape more, another text, a rounding) or a shape
// cannot be written that way.
struct FluidChart {
  struct Coord {
    double px = 0;
    double fraction = 0;
    bool operator==(const Coord&) const = default;
  };
  struct Shape {
    ChartShape shape;  // kind, colour, text...; its coordinates are below
    Coord x, y, x2, y2;
  };
  bool valid = false;
  // The plot's insets in the chart's box, px: left, top, right, bottom.
  double left_px = 0, top_px = 0, right_px = 0, bottom_px = 0;
  double font_px = 0;
  const char* title = "";
  std::vector<Shape> shapes;
};
FluidChart MakeFluidChart(const Chart& base, const Chart& wider, const Chart& taller);

// Whether `chart` is `fluid` at its size, every coordinate within `tolerance_px`.
bool FluidChartFits(const FluidChart& fluid, const Chart& chart, double tolerance_px = 0.25);

// The fluid chart as an SVG whose viewport is the plot area: the page gives the <svg>
// element the plot's place and size (the chart's box less the insets) and lets it
// overflow (svg { overflow: visible }: the legend and labels lie outside the plot).
// Nested <svg x="f%" y="f%"> elements carry the fractions. "" when !fluid.valid.
std::string FluidChartSvg(const FluidChart& fluid, const SvgOptions& options);

}  // namespace awscalc
