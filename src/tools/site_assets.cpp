// site_assets.cpp: `site-assets OUTDIR`, a tool of the build (scripts/build runs it
// through the release preset's `site_assets` target): what the page needs from the core
// and the interface before its module runs, written as files that
// scripts/lib/assemble.mjs puts into dist/:
//
//   layout-heights.css   the calculator's content height (CSS px) for the article's
//                        assumptions at canvas widths from 320 px to the widest column
//                        (kEmbedMetrics), with a mouse and with a finger,
//                        so the page keeps the calculator's final size while the module
//                        loads: no layout jump
//   layout-heights.json  the same tables for web/embed.js, which reserves an embed's
//                        height for its column's width before the iframe loads, also
//                        for every set of parts a host may leave out (header, footer,
//                        side padding)
//   embed-metrics.json   the embed's measurements (kEmbedMetrics below: the widest column,
//                        the embed's toolbar, the heights an iframe may take) for
//                        web/embed.js, web/embed_child.js and web/exports.js ({{EMBED_METRICS}})
//                        and the build's plain-iframe height
//   embed-metrics.css    the same for the page's style (appended to calc.css)
//   licences.html        "Licences and credits" from the core (the code's and the data's
//                        licences, how to cite, the sources; web/licences.html)
//   picture-buttons.html the export panel's buttons for the picture sizes (kPictureSizes)
//   tabs.json            the results tabs (core/tabs.h: link name and title), for the
//                        embed dialog's starting tab (web/embed_dialog.js, {{TABS}})
//   palette.css          the page's colour variables, light and dark, from the core's
//                        palette (core/chart.h, PageColourCss; appended to calc.css)
//   note.html            the note's figures, its method and the revenue they imply, in
//                        words from the core (core/explain.h): what the page shows
//                        without WebAssembly (web/index.html, {{NOTE_HTML}})
//   first-view.html      the static first view: the headline figure, the note's figure
//                        and the revenue chart (fluid SVG from core/chart.h) for the
//                        article's assumptions, shown until the canvas's first frame
//                        (web/index.html, {{FIRST_VIEW_HTML}}; web/first_view.js)
//   first-view.css       its fonts, colours and places, where the canvas draws the same,
//                        by canvas width and pointer (appended to calc.css)
//   first-view-LANG.html the same first view in each language but English (its words and
//   first-view-LANG.css  numbers, measured with the language's catalog and the languages'
//                        font), with the calculator's height there (as layout-heights.css):
//                        assemble.mjs puts the HTML into the language's pack and the style
//                        sheet beside it; web/languages.js shows them while the module loads
//   revenue-chart.svg    the same chart as one SVG file (600 x 240 px, light and dark):
//                        not shipped; for newsrooms
//   preview.svg          the link preview (core/chart_export.h, PreviewCardSvg) for the
//                        article's assumptions, 1200 x 630 px: assemble.mjs rasterizes
//                        it into dist/preview.png for Open Graph and oEmbed
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/catalogs.h"
#include "core/chart.h"
#include "core/chart_export.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/locale.h"
#include "core/messages.h"
#include "core/report.h"
#include "core/reported.h"
#include "core/results.h"
#include "core/session.h"
#include "core/tabs.h"
#include "ui/charts.h"
#include "ui/headless.h"

namespace {

// The page's and the embed's measurements, declared once: the calculator's widest column
// (.calc's max-width), the embed's toolbar (one row of a fixed height below the canvas,
// with a mouse and with a finger: an embed's height is the canvas's plus this), and the
// heights an embed's iframe may take (any height a frame reports is clamped to them).
struct EmbedMetrics {
  int max_width_px = 1240;
  int toolbar_fine_px = 60;
  int toolbar_coarse_px = 68;
  int min_height_px = 150;
  int max_height_px = 10000;
};
constexpr EmbedMetrics kEmbedMetrics;

std::string EmbedMetricsJson() {
  const EmbedMetrics& m = kEmbedMetrics;
  return "{\"maxWidthPx\":" + std::to_string(m.max_width_px) +
         ",\"toolbarPx\":{\"fine\":" + std::to_string(m.toolbar_fine_px) +
         ",\"coarse\":" + std::to_string(m.toolbar_coarse_px) +
         "},\"minHeightPx\":" + std::to_string(m.min_height_px) +
         ",\"maxHeightPx\":" + std::to_string(m.max_height_px) + "}\n";
}

std::string TabsJson() {
  std::string json = "[";
  for (const awscalc::TabInfo& tab : awscalc::kTabs) {
    json += std::string(json.size() > 1 ? "," : "") +
            "{\"link\":" + awscalc::JsonString(tab.link_name) +
            ",\"title\":" + awscalc::JsonString(tab.title) + "}";
  }
  return json + "]\n";
}

std::string EmbedMetricsCss() {
  const EmbedMetrics& m = kEmbedMetrics;
  return ".calc{max-width:" + std::to_string(m.max_width_px) +
         "px}\nhtml[data-mode=\"embed\"] .calc-toolbar{height:" +
         std::to_string(m.toolbar_fine_px) +
         "px}\n@media (pointer: coarse){html[data-mode=\"embed\"] .calc-toolbar{height:" +
         std::to_string(m.toolbar_coarse_px) + "px}}\n";
}

}  // namespace

namespace {

bool WriteFile(const std::string& path, const std::string& text) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    std::fprintf(stderr, "site-assets: cannot write %s\n", path.c_str());
    return false;
  }
  const bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  return std::fclose(file) == 0 && ok;
}

std::string EscapeHtml(const std::string& text) {
  std::string out;
  awscalc::AppendSvgEscaped(out, text);  // the charts' escaping (core/chart.h)
  return out;
}

// The calculator's content height (CSS px) for the article's assumptions, by canvas
// width and pointer: rows [first width, height], a new row only where the height changes.
struct HeightRow {
  int width_px;
  int height_px;
};
using EmbedOptions = awscalc::ui::CalculatorState::EmbedOptions;
std::vector<HeightRow> LayoutHeights(bool coarse_pointer, const EmbedOptions& embed = {},
                                     std::span<const unsigned char> language_font = {}) {
  constexpr int kMinWidth = 320;
  const int max_width = kEmbedMetrics.max_width_px;
  constexpr int kStep = 10;
  awscalc::ui::HeadlessUi ui(kMinWidth);
  if (!language_font.empty()) ui.UseLanguageFont(language_font);
  ui.state.coarse_pointer = coarse_pointer;
  ui.state.embed = embed;
  std::vector<HeightRow> rows;
  for (int width = kMinWidth; width <= max_width; width += kStep) {
    ui.Resize(static_cast<float>(width));
    ui.Frame();
    const int height = static_cast<int>(ui.Frame().content_height_px);
    if (rows.empty() || rows.back().height_px != height) rows.push_back({width, height});
  }
  return rows;
}

// As CSS for the page's placeholder (--calc-height), the finger's rules after the
// mouse's so they win under "(pointer: coarse)".
std::string LayoutHeightsCss(const std::vector<HeightRow>& fine,
                             const std::vector<HeightRow>& coarse) {
  std::string css =
      "/* Generated by src/tools/site_assets at build time: the calculator's height for the\n"
      "   article's assumptions, by canvas width, with a mouse and with a finger. */\n";
  char line[160];
  for (const HeightRow& row : fine) {
    std::snprintf(line, sizeof line,
                  "@media (min-width: %dpx) { :root { --calc-height: %dpx; } }\n", row.width_px,
                  row.height_px);
    css += line;
  }
  for (const HeightRow& row : coarse) {
    std::snprintf(line, sizeof line,
                  "@media (pointer: coarse) and (min-width: %dpx) { :root { --calc-height: %dpx; } "
                  "}\n",
                  row.width_px, row.height_px);
    css += line;
  }
  return css;
}

// What an embed's host may leave out, in web/embed.js's words ("header,footer,padding").
std::string HiddenParts(const EmbedOptions& embed) {
  std::string parts;
  for (const auto& [shown, name] : {std::pair{embed.header, "header"},
                                    {embed.footer, "footer"},
                                    {embed.side_padding, "padding"}}) {
    if (!shown) parts += std::string(parts.empty() ? "" : ",") + name;
  }
  return parts;
}

// As JSON for embed.js, which reserves an embed's height before its iframe loads, for
// every pointer and every set of parts the host may leave out. Each table is a flat list
// of differences from the row before (from 0, 0): width, height, width, height...; they
// compress well (16 tables in about 0.4 kB gzip): {"fine":[320,2384,10,-16,...],
// "coarse":[...],"fine:header":[...],...,"coarse:header,footer,padding":[...]}.
std::string LayoutHeightsJson() {
  std::string json = "{";
  for (int hidden = 0; hidden < 8; ++hidden) {
    const EmbedOptions embed{(hidden & 1) == 0, (hidden & 2) == 0, (hidden & 4) == 0};
    for (const bool coarse : {false, true}) {
      const std::string parts = HiddenParts(embed);
      json += std::string(json.size() > 1 ? "," : "") + "\"" + (coarse ? "coarse" : "fine") +
              (parts.empty() ? "" : ":" + parts) + "\":[";
      HeightRow previous{0, 0};
      bool first = true;
      for (const HeightRow& row : LayoutHeights(coarse, embed)) {
        json += (first ? "" : ",") + std::to_string(row.width_px - previous.width_px) + "," +
                std::to_string(row.height_px - previous.height_px);
        previous = row;
        first = false;
      }
      json += "]";
    }
  }
  return json + "}";
}

std::string NoteHtml() {
  return "<p>" + std::string(awscalc::kNote.firm) +
         " estimates that Amazon Web Services could earn " +
         EscapeHtml(awscalc::NoteEstimatePhrase()) + " (" + EscapeHtml(awscalc::ArticleName()) +
         ").</p>\n<p>" + EscapeHtml(awscalc::NoteMethodSentence()) + "</p>\n<p>" +
         EscapeHtml(awscalc::AsOfLine()) + "</p>\n";
}

// The export panel's picture buttons, one per size of the core's kPictureSizes
// (web/index.html, {{PICTURE_BUTTONS}}; web/toolbar.js reads data-size).
std::string PictureButtonsHtml() {
  std::string html;
  for (const awscalc::PictureSize& size : awscalc::kPictureSizes) {
    html += "<button type=\"button\" class=\"calc-button\" data-action=\"picture\" data-size=\"" +
            std::string(size.key) + "\">" + EscapeHtml(size.label) + " (PNG)</button>\n";
  }
  return html;
}

// "Licences and credits" (web/licences.html, {{LICENCES_HTML}}; the single offline file
// inlines it): the code's licence, the data's and how to cite it, the note's source and
// the reported facts'. scripts/lib/assemble.mjs adds the third-party work the build ships.
std::string LicencesHtml() {
  const awscalc::Licence& data = awscalc::kDataLicence;
  return "<h2>Licences and credits</h2>\n<p>The calculator\xE2\x80\x99s code is free software "
         "under the MIT licence (<a href=\"LICENSE.txt\">LICENSE.txt</a>).</p>\n"
         "<p>Its charts, its downloads and the figures it computes are offered under <a href=\"" +
         std::string(data.url) + "\">" + data.title + " (" + data.name +
         ")</a>. Every file says how to cite it: " +
         EscapeHtml(awscalc::CiteLine("[its link]", "[the day]")) +
         ".</p>\n<p>The note\xE2\x80\x99s figures are " + awscalc::kNote.firm +
         "\xE2\x80\x99s, as reported by <a href=\"" + awscalc::kNote.url + "\">" +
         EscapeHtml(awscalc::ArticleName()) +
         "</a>. The facts reported since the note are each cited with their source and date "
         "(the calculator\xE2\x80\x99s \xE2\x80\x9CSince the note\xE2\x80\x9D): facts are cited, "
         "not licensed.</p>\n";
}

// -----------------------------------------------------------------------------------
// The static first view (web/index.html, {{FIRST_VIEW_HTML}}; web/first_view.js decides
// whether it shows): the headline figure, the note's figure beside it and the revenue
// chart for the article's assumptions, where the canvas will draw them. Every place comes
// from the headless interface's layout log ("title", "headline", "chart") at each canvas
// width and pointer; the chart is the core's (BuildRevenueChart) as fluid SVG (core/
// chart.h), so one SVG fits every width of a regime (bars as wide as a share of their
// slot, or 64 px).

// The embedded font's metrics per px of Dear ImGui line height (stb_truetype scales a
// font so that its hhea ascender - descender spans the line): the CSS font-size, and the
// baseline's distance from the line's top. Read from the font's head and hhea tables.
awscalc::SvgOptions FontSvgOptions(const ImFont* font) {
  const auto* data = static_cast<const unsigned char*>(font->ConfigData->FontData);
  const int size = font->ConfigData->FontDataSize;
  auto u16 = [&](int at) { return at + 1 < size ? (data[at] << 8) | data[at + 1] : 0; };
  auto s16 = [&](int at) { return static_cast<int>(static_cast<std::int16_t>(u16(at))); };
  auto u32 = [&](int at) { return (u16(at) << 16) | u16(at + 2); };
  int units_per_em = 0;
  int ascender = 0;
  int descender = 0;
  for (int i = 0, tables = u16(4); i < tables; ++i) {
    const int record = 12 + 16 * i;
    const std::string tag(reinterpret_cast<const char*>(data + record), 4);
    const int offset = u32(record + 8);
    if (tag == "head") units_per_em = u16(offset + 18);
    if (tag == "hhea") {
      ascender = s16(offset + 4);
      descender = s16(offset + 6);
    }
  }
  awscalc::SvgOptions options;
  if (units_per_em > 0 && ascender > descender) {
    options.em_per_line = static_cast<double>(units_per_em) / (ascender - descender);
    options.ascent_per_line = static_cast<double>(ascender) / (ascender - descender);
  }
  options.title = false;  // the first view is a picture of what the canvas will draw
  options.xmlns = false;  // inside web/index.html
  return options;
}

// The theme's colour for each chart role, as CSS (#rrggbb, #rrggbbaa with alpha).
awscalc::ChartColours ChartColoursCss(const awscalc::ui::Palette& palette) {
  awscalc::ChartColours colours;
  for (int i = 0; i < awscalc::kChartColourCount; ++i) {
    const ImU32 c = awscalc::ui::ChartColourOf(palette, static_cast<awscalc::ChartColour>(i));
    const unsigned alpha = (c >> IM_COL32_A_SHIFT) & 0xff;
    char text[16];
    std::snprintf(text, sizeof text, alpha == 0xff ? "#%02x%02x%02x" : "#%02x%02x%02x%02x",
                  (c >> IM_COL32_R_SHIFT) & 0xff, (c >> IM_COL32_G_SHIFT) & 0xff,
                  (c >> IM_COL32_B_SHIFT) & 0xff, alpha);
    colours[i] = text;
  }
  return colours;
}

// The layout log's rectangle named `name` in the frame (x, y, width, height), or none.
std::optional<ImVec4> LoggedRect(const awscalc::ui::CalculatorFrame& frame, const char* name) {
  for (const auto& item : frame.layout) {
    if (std::strcmp(item.name, name) == 0) return item.rect;
  }
  return std::nullopt;
}

// The first view's places at one canvas width: the title's, the headline figure's and
// the chart's rectangles (CSS px in the canvas), and the chart's fluid SVG (an index
// into the variants).
struct FirstViewRow {
  int width_px = 0;
  ImVec4 title, headline, chart;
  int variant = 0;
};

struct FirstView {
  std::vector<awscalc::FluidChart> variants;
  std::vector<std::string> variant_svgs;
  std::vector<FirstViewRow> fine, coarse;  // by width, 1 px apart
  float item_spacing_x = 0, item_spacing_y = 0;
  float small_px = 0, body_px = 0, title_px = 0, figure_px = 0;
  awscalc::SvgOptions svg;
  std::string label, figure, note;  // the headline: "AWS revenue from Anthropic in 2027"...
  awscalc::ChartColours light, dark;
};

// In the current language; `language_font`: the languages' characters (none for English).
FirstView MeasureFirstView(std::span<const unsigned char> language_font = {}) {
  constexpr int kMinWidth = 320;
  const int max_width = kEmbedMetrics.max_width_px;
  FirstView view;
  awscalc::ui::HeadlessUi ui(kMinWidth);
  if (!language_font.empty()) ui.UseLanguageFont(language_font);
  const awscalc::Projection& p = ui.state.session.projection();
  const awscalc::YearProjection& year = p.years[ui.state.session.ChosenYearIndex()];
  char label[160];  // as the canvas writes it (ui/results_panel.cpp)
  std::snprintf(label, sizeof label, awscalc::T("%s in %d"),
                awscalc::Label(*awscalc::FindResult("awsFromAnthropic")), year.year);
  view.label = label;
  view.figure = awscalc::Money(year.aws_from_anthropic_busd).str();
  view.note = awscalc::HeadlineNote(year);
  view.svg = FontSvgOptions(ui.fonts.small);
  view.small_px = ui.fonts.small->FontSize;
  view.body_px = ui.fonts.body->FontSize;
  view.title_px = ui.fonts.title->FontSize;
  view.figure_px = ui.fonts.figure->FontSize;
  view.item_spacing_x = ImGui::GetStyle().ItemSpacing.x;
  view.item_spacing_y = ImGui::GetStyle().ItemSpacing.y;
  view.light = ChartColoursCss(awscalc::ui::MakePalette(false, std::nullopt));
  view.dark = ChartColoursCss(awscalc::ui::MakePalette(true, std::nullopt));
  const awscalc::ChartFont font = awscalc::ui::ChartFontOf(ui.fonts);
  auto chart_at = [&](double width_px, double height_px) {
    return awscalc::BuildRevenueChart(p, width_px, height_px, font);
  };
  for (const bool coarse : {false, true}) {
    ui.state.coarse_pointer = coarse;  // thumb-sized controls under "(pointer: coarse)"
    std::vector<FirstViewRow>& rows = coarse ? view.coarse : view.fine;
    for (int width = kMinWidth; width <= max_width; ++width) {
      ui.Resize(static_cast<float>(width));
      ui.Frame();
      const awscalc::ui::CalculatorFrame frame = ui.Frame();
      const auto title = LoggedRect(frame, "title");
      const auto headline = LoggedRect(frame, "headline");
      const auto chart_rect = LoggedRect(frame, "chart");
      if (!title || !headline || !chart_rect) {
        std::fprintf(stderr, "site-assets: no title, headline or chart in the layout log\n");
        std::exit(1);
      }
      FirstViewRow& row = rows.emplace_back();
      row.width_px = width;
      // The title wraps at the content region's right edge (its rectangle is its text's).
      row.title = *title;
      row.title.z = static_cast<float>(width) - title->x - ImGui::GetStyle().WindowPadding.x;
      row.headline = *headline;
      row.chart = *chart_rect;
      // The chart the canvas draws at this size, as one of the fluid variants.
      const awscalc::Chart chart = chart_at(chart_rect->z, chart_rect->w);
      row.variant = -1;
      for (std::size_t v = 0; v < view.variants.size() && row.variant < 0; ++v) {
        if (awscalc::FluidChartFits(view.variants[v], chart)) row.variant = static_cast<int>(v);
      }
      if (row.variant < 0) {
        const awscalc::FluidChart fluid =
            awscalc::MakeFluidChart(chart, chart_at(chart_rect->z + 1.0, chart_rect->w),
                                    chart_at(chart_rect->z, chart_rect->w + 40.0));
        std::string svg = awscalc::FluidChartSvg(fluid, view.svg);
        if (!awscalc::FluidChartFits(fluid, chart) || svg.empty()) {
          std::fprintf(stderr, "site-assets: the revenue chart at %g x %g px is not fluid\n",
                       chart_rect->z, chart_rect->w);
          std::exit(1);
        }
        row.variant = static_cast<int>(view.variants.size());
        view.variants.push_back(fluid);
        view.variant_svgs.push_back(std::move(svg));
      }
    }
  }
  return view;
}

// "16px", or "calc(-12px + 58%)" for a value that follows the canvas's width.
struct Linear {
  double px = 0;
  double per_width = 0;
  std::string Css() const {
    char text[64];
    if (std::fabs(per_width) < 1e-6) {
      std::snprintf(text, sizeof text, "%gpx", std::round(px * 100.0) / 100.0);
    } else {
      std::snprintf(text, sizeof text, "calc(%gpx + %g%%)", std::round(px * 100.0) / 100.0,
                    std::round(per_width * 1e6) / 1e4);
    }
    return text;
  }
};

// The CSS custom properties of one row: name and the value's function of the width.
using FirstViewValues = std::vector<std::pair<const char*, Linear>>;

// Rows grouped into width ranges where every x and width is one linear function of the
// canvas's width (within 1 px: columns are whole pixels) and every y, height and
// variant is constant; one rule per range with the properties that changed.
std::string FirstViewRules(const std::vector<FirstViewRow>& rows, bool coarse,
                           std::size_t variants) {
  struct Column {
    const char* name;
    bool follows_width;
    double (*get)(const FirstViewRow&);
  };
  static constexpr Column kColumns[] = {
      {"--sf-tx", true, [](const FirstViewRow& r) -> double { return r.title.x; }},
      {"--sf-tw", true, [](const FirstViewRow& r) -> double { return r.title.z; }},
      {"--sf-ty", false, [](const FirstViewRow& r) -> double { return r.title.y; }},
      {"--sf-hx", true, [](const FirstViewRow& r) -> double { return r.headline.x; }},
      {"--sf-hy", false, [](const FirstViewRow& r) -> double { return r.headline.y; }},
      {"--sf-cx", true, [](const FirstViewRow& r) -> double { return r.chart.x; }},
      {"--sf-cw", true, [](const FirstViewRow& r) -> double { return r.chart.z; }},
      {"--sf-cy", false, [](const FirstViewRow& r) -> double { return r.chart.y; }},
      {"--sf-ch", false, [](const FirstViewRow& r) -> double { return r.chart.w; }},
      {"--sf-cv", false, [](const FirstViewRow& r) -> double { return r.variant; }},
  };
  auto fits = [&](std::size_t first, std::size_t last) {
    for (const Column& column : kColumns) {
      const double v0 = column.get(rows[first]);
      const double v1 = column.get(rows[last]);
      const double slope =
          last > first ? (v1 - v0) / (rows[last].width_px - rows[first].width_px) : 0.0;
      for (std::size_t i = first; i <= last; ++i) {
        const double expected =
            column.follows_width ? v0 + slope * (rows[i].width_px - rows[first].width_px) : v0;
        if (std::fabs(column.get(rows[i]) - expected) > (column.follows_width ? 1.0 : 0.01)) {
          return false;
        }
      }
    }
    return true;
  };
  std::string css;
  std::map<std::string, std::string> emitted;
  std::size_t first = 0;
  while (first < rows.size()) {
    std::size_t last = first;
    while (last + 1 < rows.size() && fits(first, last + 1)) ++last;
    std::string properties;
    for (const Column& column : kColumns) {
      const double v0 = column.get(rows[first]);
      const double v1 = column.get(rows[last]);
      Linear value{v0, 0.0};
      if (column.follows_width && last > first) {
        value.per_width = (v1 - v0) / (rows[last].width_px - rows[first].width_px);
        value.px = v0 - value.per_width * rows[first].width_px;
      }
      if (column.name == std::string_view("--sf-cv")) {
        // The variant shown: --c0, --c1... block for it, none for the others.
        for (std::size_t v = 0; v < variants; ++v) {
          const std::string name = "--sf-c" + std::to_string(v);
          const std::string display = static_cast<int>(v) == rows[first].variant ? "block" : "none";
          if (emitted[name] == display) continue;
          emitted[name] = display;
          properties += name + ":" + display + ";";
        }
        continue;
      }
      const std::string text = value.Css();
      if (emitted[column.name] == text) continue;
      emitted[column.name] = text;
      properties += std::string(column.name) + ":" + text + ";";
    }
    if (!properties.empty()) {
      std::string media = coarse ? "(pointer: coarse)" : "";
      if (first > 0) {
        media += (media.empty() ? "" : " and ") +
                 ("(min-width: " + std::to_string(rows[first].width_px) + "px)");
      }
      css += media.empty() ? ".calc{" + properties + "}\n"
                           : "@media " + media + " { .calc{" + properties + "} }\n";
    }
    first = last + 1;
  }
  return css;
}

std::string Px(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%gpx", std::round(value * 100.0) / 100.0);
  return text;
}

// The places of the first view's figures and chart variants, by canvas width and pointer:
// what depends on the language's words (first-view.css ends with it; another language's
// style sheet is only this, after it in the cascade).
std::string FirstViewPlacesCss(const FirstView& view) {
  std::string css;
  // The chart: each fluid variant's <svg> is the plot area, inside the chart's box.
  for (std::size_t v = 0; v < view.variants.size(); ++v) {
    const awscalc::FluidChart& f = view.variants[v];
    const std::string n = std::to_string(v);
    css += ".sf-c" + n + "{display:var(--sf-c" + n + ",none);left:calc(var(--sf-cx) + " +
           Px(f.left_px) + ");top:calc(var(--sf-cy) + " + Px(f.top_px) +
           ");width:calc(var(--sf-cw) - " + Px(f.left_px + f.right_px) +
           ");height:calc(var(--sf-ch) - " + Px(f.top_px + f.bottom_px) + ")}\n";
  }
  css += FirstViewRules(view.fine, false, view.variants.size());
  css += FirstViewRules(view.coarse, true, view.variants.size());
  return css;
}

// first-view.css: fonts, colours and places of the first view (appended to calc.css by
// scripts/lib/assemble.mjs after web/calc.css's own first-view rules).
std::string FirstViewCss(const FirstView& view) {
  const double em = view.svg.em_per_line;
  std::string css =
      "/* Generated by src/tools/site_assets at build time: the static first view's fonts,\n"
      "   colours and places (where the canvas will draw them), by canvas width and pointer. */\n";
  // Only the roles the first view draws: the chart's, and the headline's (a, m, r).
  std::vector<bool> used(awscalc::kChartColourCount, false);
  for (const awscalc::ChartColour role :
       {awscalc::ChartColour::kAccent, awscalc::ChartColour::kMuted,
        awscalc::ChartColour::kReported}) {
    used[static_cast<int>(role)] = true;
  }
  for (const awscalc::FluidChart& variant : view.variants) {
    for (const auto& shape : variant.shapes) used[static_cast<int>(shape.shape.colour)] = true;
  }
  awscalc::ChartColours light = view.light;
  awscalc::ChartColours dark = view.dark;
  for (int i = 0; i < awscalc::kChartColourCount; ++i) {
    if (!used[i]) light[i] = dark[i] = "";
  }
  // A link's accent (accent=RRGGBB) colours what the theme's accent would: web/first_view.js
  // sets --sf-accent from the link, as the interface's palette takes it.
  const int accent = static_cast<int>(awscalc::ChartColour::kAccent);
  light[accent] = "var(--sf-accent," + light[accent] + ")";
  dark[accent] = "var(--sf-accent," + dark[accent] + ")";
  css += awscalc::ChartSvgStyle(light, dark, ":root[data-theme=\"dark\"]", ".sf ");
  css += "\n";
  // The title: the page's own <h1>, shown where the canvas draws the title.
  css +=
      ".sf-on:not(.canvas-ready,.no-canvas,.no-wasm) "
      ".calc>h1{left:var(--sf-tx);top:var(--sf-ty);width:var(--sf-tw);"
      "font-size:" +
      Px(view.title_px * em) + ";line-height:" + Px(view.title_px) + "}\n";
  // The headline: the label one line above the figure, the note after it.
  css += ".sf-h{left:var(--sf-hx);top:calc(var(--sf-hy) - " +
         Px(view.small_px + view.item_spacing_y) + ");font-size:" + Px(view.figure_px * em) +
         ";line-height:" + Px(view.figure_px) + "}\n";
  css += ".sf-h span{font-size:" + Px(view.small_px * em) + ";line-height:" + Px(view.small_px) +
         ";margin-bottom:" + Px(view.item_spacing_y) + "}\n";
  css += ".sf-h i{font-size:" + Px(view.body_px * em) + ";margin-left:" + Px(view.item_spacing_x) +
         "}\n";
  return css + FirstViewPlacesCss(view);
}

// first-view.html: the block web/index.html's stage holds ({{FIRST_VIEW_HTML}}).
std::string FirstViewHtml(const FirstView& view) {
  std::string html =
      "<div class=\"sf\" id=\"calc-figures\" aria-hidden=\"true\"><p class=\"sf-h\" "
      "elementtiming=\"figures\"><span class=\"m\">" +
      EscapeHtml(view.label) + "</span><b class=\"a\">" + EscapeHtml(view.figure) +
      "</b><i class=\"r\">" + EscapeHtml(view.note) + "</i></p>";
  for (std::size_t v = 0; v < view.variant_svgs.size(); ++v) {
    std::string svg = view.variant_svgs[v];
    svg.insert(4, " class=\"sf-c sf-c" + std::to_string(v) + "\"");  // after "<svg"
    html += svg;
  }
  return html + "</div>\n";
}

// revenue-chart.svg: the chart at 600 x 240 px as a file, coloured for light and dark on
// the theme's background.
std::string RevenueChartSvg(const FirstView& view) {
  awscalc::ui::HeadlessUi ui;
  awscalc::SvgOptions options = view.svg;
  options.title = true;
  options.xmlns = true;
  options.font_family = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  // The theme's background behind the chart: the dark roles are made for it.
  awscalc::ChartColours light = view.light;
  awscalc::ChartColours dark = view.dark;
  const auto background = [](bool dark_theme) {
    const awscalc::ui::Palette palette = awscalc::ui::MakePalette(dark_theme, std::nullopt);
    char text[16];
    std::snprintf(text, sizeof text, "#%02x%02x%02x",
                  (palette.background >> IM_COL32_R_SHIFT) & 0xff,
                  (palette.background >> IM_COL32_G_SHIFT) & 0xff,
                  (palette.background >> IM_COL32_B_SHIFT) & 0xff);
    return std::string(text);
  };
  options.style = ":root{background:" + background(false) +
                  "}@media (prefers-color-scheme: dark){:root{background:" + background(true) +
                  "}}" + awscalc::ChartSvgStyle(light, dark, "@media (prefers-color-scheme: dark)");
  return awscalc::ChartSvg(awscalc::BuildRevenueChart(ui.state.session.projection(), 600, 240,
                                                      awscalc::ui::ChartFontOf(ui.fonts)),
                           options) +
         "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: site-assets OUTDIR LANGUAGE_FONT\n");
    return 2;
  }
  const std::string dir = argv[1];
  const std::vector<HeightRow> fine = LayoutHeights(false);
  const std::vector<HeightRow> coarse = LayoutHeights(true);
  const bool ok = WriteFile(dir + "/layout-heights.css", LayoutHeightsCss(fine, coarse)) &&
                  WriteFile(dir + "/layout-heights.json", LayoutHeightsJson()) &&
                  WriteFile(dir + "/note.html", NoteHtml()) &&
                  WriteFile(dir + "/licences.html", LicencesHtml()) &&
                  WriteFile(dir + "/picture-buttons.html", PictureButtonsHtml()) &&
                  WriteFile(dir + "/embed-metrics.json", EmbedMetricsJson()) &&
                  WriteFile(dir + "/embed-metrics.css", EmbedMetricsCss()) &&
                  WriteFile(dir + "/tabs.json", TabsJson()) &&
                  WriteFile(dir + "/palette.css",
                            awscalc::PageColourCss(":root", ":root[data-theme=\"dark\"]"));
  const FirstView first_view = MeasureFirstView();
  const bool first_view_ok =
      WriteFile(dir + "/first-view.html", FirstViewHtml(first_view)) &&
      WriteFile(dir + "/first-view.css", FirstViewCss(first_view)) &&
      WriteFile(dir + "/revenue-chart.svg", RevenueChartSvg(first_view)) &&
      WriteFile(dir + "/preview.svg", awscalc::PreviewCardSvg(awscalc::Session()));
  // Each other language: its words and numbers, measured with its characters' font.
  std::ifstream font_file(argv[2], std::ios::binary);
  const std::vector<unsigned char> language_font{std::istreambuf_iterator<char>(font_file),
                                                 std::istreambuf_iterator<char>()};
  if (language_font.empty()) {
    std::fprintf(stderr, "site-assets: no languages' font at %s\n", argv[2]);
    return 1;
  }
  bool languages_ok = true;
  for (const awscalc::Locale& locale : awscalc::Locales()) {
    if (&locale == &awscalc::English() || locale.pseudo) continue;
    const awscalc::LanguageScope language(locale, awscalc::FindCatalog(locale.code));
    const FirstView view = MeasureFirstView(language_font);
    const std::string stem = dir + "/first-view-" + locale.code;
    languages_ok =
        languages_ok && WriteFile(stem + ".html", FirstViewHtml(view)) &&
        WriteFile(stem + ".css", FirstViewPlacesCss(view) +
                                     LayoutHeightsCss(LayoutHeights(false, {}, language_font),
                                                      LayoutHeights(true, {}, language_font)));
  }
  return ok && first_view_ok && languages_ok ? 0 : 1;
}
