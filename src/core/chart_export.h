// chart_export.h: a chart as a file to republish: the chart a reader looks at (core/
// chart.h builds it, as the interface draws it), framed with what a newsroom needs
// around it: a title, the reader's key assumptions in words, the source, the date and
// the link that opens the same numbers again. The page's "Chart as SVG" (and its PNG)
// and `aws-calc --svg` both write it, byte for byte the same for the same session,
// frame and date: text is measured with the core's estimate of Inter (EstimateTextWidth),
// never with the machine's fonts, and the colours are the core's (ChartTheme).
//
//   Session session;
//   session.ApplyLink("v=1&gm=55&tab=range");
//   const ExportChart chart = TabAt(session.link().view.tab).chart;   // core/tabs.h
//   const std::string svg = ExportChartSvg(session, chart, {.link = url, .date = "2026-11-29"});
//
// The file, top to bottom (CSS px, `width_px` wide, as tall as it needs):
//   20 px margin; the title (20 px, semi-bold, wrapped); the subtitle (14 px, muted: the
//   assumptions, then what the chart adds: the note's figures, the chance above the
//   threshold, what matters most, the scenarios' names); the chart (core/chart.h, its
//   usual height in the interface, 20 px in from each side); the source line and the
//   link (12 px, muted, wrapped; the link broken after '&' where it is too long; the
//   editor's "Graphic:" credit first, when given); 20 px.
// One <svg> with a <title> (the title), a <desc> (the chart in words, core/explain.h), a
// <metadata> (its licence and how to cite it: TermsLine), an
// opaque background and the chart as a nested <svg> whose shapes carry their colours.
//
// [SECTION] Which chart
// [SECTION] The file
// [SECTION] The link preview
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awscalc {

class Session;

// -----------------------------------------------------------------------------------
// [SECTION] Which chart

enum class ExportChart : std::uint8_t { kBars, kFan, kHistogram, kTornado, kCompare };

// "bars", "fan", "histogram", "tornado", "compare"; and back (nullopt for anything else).
const char* ExportChartName(ExportChart chart);
std::optional<ExportChart> ExportChartFromName(std::string_view name);

// The chart each results tab's files show is a column of the tab table (core/tabs.h:
// TabAt(session.link().view.tab).chart).

// -----------------------------------------------------------------------------------
// [SECTION] The file

// The widths a file can have, CSS px: `width_px` outside them is clamped (a chart
// narrower than a phone has no room for its legend), one that is not a number is 640.
inline constexpr double kMinExportWidthPx = 280;
inline constexpr double kMaxExportWidthPx = 2400;

struct ExportFrame {
  std::string link;       // the share link (URL) printed under the chart
  std::string date;       // "2026-11-29", printed in the source line
  bool dark = false;      // the dark theme's colours (else light)
  double width_px = 640;  // CSS px; the height follows from the chart and the frame...
  // ...unless a picture size is given (kPictureSizes): then the file is laid out at its
  // size in CSS px, its width and height attributes are the picture's pixels, and the
  // chart takes the height the words leave (the subtitle's last paragraphs give way when
  // the chart would be too short).
  const struct PictureSize* picture = nullptr;
  // The editor's own credit as they typed it (GraphicCredit below), printed first in the
  // source lines: never part of a link.
  std::string graphic{};
};

// The editor's credit line, "Graphic: Jane Doe, The Paper", from what they typed: control
// characters gone, runs of spaces one space, a "Graphic:" they typed themselves not
// doubled, at most kMaxGraphicCreditChars characters (UTF-8, never cut inside one); ""
// when nothing is left.
inline constexpr std::size_t kMaxGraphicCreditChars = 80;
std::string GraphicCredit(std::string_view typed);

// Pictures of a fixed size, for social posts: laid out at `layout_width_px` x
// `layout_height_px` CSS px, drawn at `pixel_width` x `pixel_height` (1.5 x: the words
// stay legible at the size the post shows).
struct PictureSize {
  const char* key;    // "social": the page's and the CLI's name for it
  const char* label;  // for people: "Social post, 1200 x 675"
  int pixel_width;
  int pixel_height;
  double layout_width_px;
  double layout_height_px;
};
inline constexpr PictureSize kPictureSizes[] = {
    {"social", "Social post, 1200 \xC3\x97 675", 1200, 675, 800, 450},
    {"square", "Square, 1080 \xC3\x97 1080", 1080, 1080, 720, 720},
};
// The picture size called `key`, or nullptr.
const PictureSize* FindPictureSize(std::string_view key);
// The least height a chart keeps in a picture before the subtitle gives way, CSS px.
inline constexpr double kMinPictureChartPx = 140;

// The chart as a standalone SVG file (ending in a newline): see the top of this file.
// The link's accent colours the chart, as it does the interface. The session's Monte
// Carlo run is finished first for kFan and kHistogram (session.Finish()).
std::string ExportChartSvg(Session& session, ExportChart chart, const ExportFrame& frame);

// -----------------------------------------------------------------------------------
// [SECTION] The link preview

// The image a shared link shows in chats and social networks (Open Graph, Twitter's
// summary_large_image): 1200 x 630 px, the calculator's title, the headline figure for
// the note's last year beside the note's, and the revenue chart, in the light theme, for
// the session's assumptions (a build writes it for the article's: a link's fragment never
// reaches a server, so every link previews those).
inline constexpr int kPreviewWidthPx = 1200;
inline constexpr int kPreviewHeightPx = 630;
std::string PreviewCardSvg(const Session& session);

}  // namespace awscalc
