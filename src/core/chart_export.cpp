// chart_export.cpp: see chart_export.h.
//
// [SECTION] Which chart
// [SECTION] Words: title, subtitle, source
// [SECTION] Lines: wrapping by the estimated widths
// [SECTION] ExportChartSvg
// [SECTION] PreviewCardSvg
#include "core/chart_export.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "core/assumptions.h"
#include "core/chart.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/messages.h"
#include "core/reported.h"
#include "core/session.h"
#include "core/share_link.h"

namespace awscalc {

// -----------------------------------------------------------------------------------
// [SECTION] Which chart

namespace {

constexpr std::array<const char*, 5> kExportChartNames = {"bars", "fan", "histogram", "tornado",
                                                          "compare"};

}  // namespace

const char* ExportChartName(ExportChart chart) {
  return kExportChartNames[static_cast<int>(chart)];
}

std::optional<ExportChart> ExportChartFromName(std::string_view name) {
  for (std::size_t i = 0; i < kExportChartNames.size(); ++i) {
    if (name == kExportChartNames[i]) return static_cast<ExportChart>(i);
  }
  return std::nullopt;
}

std::string GraphicCredit(std::string_view typed) {
  std::string text;
  std::size_t chars = 0;
  bool space = false;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const auto byte = static_cast<unsigned char>(typed[i]);
    if (byte < 0x20 || byte == 0x7F || byte == ' ') {  // a control character or a space
      space = !text.empty();
      continue;
    }
    // A UTF-8 character whole: its lead byte and the continuation bytes after it.
    std::size_t end = i + 1;
    while (end < typed.size() && (static_cast<unsigned char>(typed[end]) & 0xC0) == 0x80) ++end;
    if (chars + (space ? 1 : 0) + 1 > kMaxGraphicCreditChars) break;
    if (space) {
      text += ' ';
      ++chars;
      space = false;
    }
    text.append(typed.substr(i, end - i));
    ++chars;
    i = end - 1;
  }
  // "Graphic: X" or "graphic by X" typed: the label once.
  for (const std::string_view label : {"graphic:", "graphic by", "graphic"}) {
    if (text.size() >= label.size() &&
        std::equal(label.begin(), label.end(), text.begin(), [](char a, char b) {
          return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b);
        })) {
      std::size_t from = label.size();
      while (from < text.size() && text[from] == ' ') ++from;
      text.erase(0, from);
      break;
    }
  }
  return text.empty() ? "" : FillPattern(T("Graphic: {credit}"), {{"credit", text}});
}

namespace {

// -----------------------------------------------------------------------------------
// [SECTION] Words: title, subtitle, source

constexpr const char* kMiddleDot = " \xC2\xB7 ";  // " · "

std::string YearText(int year) {
  char text[16];
  std::snprintf(text, sizeof text, "%d", year);
  return text;
}

// "Anthropic revenue $4B, $10B, $19B (2025–2027) · Anthropic gross margin 60% · Share of
// Anthropic's costs spent on AWS 75%": the inputs AWS revenue from Anthropic follows,
// from the input table, one value for a per-year input that is the same in every year.
// Training only when there is some.
std::string AssumptionsPhrase(const Assumptions& a) {
  std::string phrase;
  for (const InputId id :
       {InputId::kRevenue, InputId::kGrossMargin, InputId::kAwsShare, InputId::kTraining}) {
    const InputInfo& info = Info(id);
    bool same = true;
    bool any = false;
    for (int i = 0; i < a.horizon_years; ++i) {
      same = same && InputValue(a, info, i) == InputValue(a, info, 0);
      any = any || InputValue(a, info, i) != 0.0;
    }
    if (id == InputId::kTraining && !any) continue;
    const int values = info.shape == InputShape::kRevenuePath || !same ? a.horizon_years : 1;
    if (!phrase.empty()) phrase += kMiddleDot;
    phrase += Label(info);
    for (int i = 0; i < values; ++i) {
      phrase += i == 0 ? " " : ", ";
      phrase += Format(InputValue(a, info, i), info.unit, kCompact).c_str();
    }
    if (values > 1) {
      phrase += " (";
      phrase += YearSpan(kFirstYear, kFirstYear + a.horizon_years - 1).c_str();
      phrase += ')';
    }
  }
  return phrase;
}

// "AWS revenue from Anthropic, $B per year" and the like: what the chart shows.
std::string Title(const Session& session, ExportChart chart) {
  const OutputInfo& aws = Info(OutputId::kAwsFromAnthropic);
  const std::string label = aws.label();
  const char* unit = UnitSymbol(aws.unit());
  switch (chart) {
    case ExportChart::kBars:
      return FillPattern(T("{label}, {unit} per year"), {{"label", label}, {"unit", unit}});
    case ExportChart::kFan:
      return FillPattern(T("{label}: the range of outcomes, {unit} per year"),
                         {{"label", label}, {"unit", unit}});
    case ExportChart::kHistogram: {
      const UncertaintyResult& r = session.monte_carlo().Result();
      return FillPattern(T("{label} in {year}: {count} simulated outcomes, {unit}"),
                         {{"label", label},
                          {"year", YearText(r.year)},
                          {"count", Count(r.samples)},
                          {"unit", unit}});
    }
    case ExportChart::kTornado: {
      const Tornado& t = session.tornado();
      return FillPattern(T("What matters most for {output} in {year}"),
                         {{"output", Info(t.output).label()}, {"year", YearText(t.year)}});
    }
    case ExportChart::kCompare: {
      const int kept = static_cast<int>(session.scenarios().size());
      if (kept == 0) {
        return FillPattern(T("{label}, {unit} per year: your assumptions"),
                           {{"label", label}, {"unit", unit}});
      }
      return FillPattern(T("{label}, {unit} per year: yours and {count, plural, one {a kept "
                           "scenario} other {# kept scenarios}}"),
                         {{"label", label}, {"unit", unit}, {"count", kept}});
    }
  }
  return label;
}

// The subtitle's paragraphs: the reader's assumptions, then what the chart adds in words.
std::vector<std::string> Subtitle(const Session& session, ExportChart chart) {
  const Projection& p = session.projection();
  const std::string assumptions = AssumptionsPhrase(session.link().assumptions);
  const std::string note =
      FillPattern(T("The note: {estimate}."), {{"estimate", NoteEstimatePhrase()}});
  switch (chart) {
    case ExportChart::kBars:
      return {assumptions, TotalSentence(p) + " " + note};
    case ExportChart::kFan:
      return {
          assumptions,
          RangeSentence(session.monte_carlo().Result(), p, session.ChosenYearIndex()) + " " + note};
    case ExportChart::kHistogram:
      return {assumptions, ThresholdSentence(session.monte_carlo().Result())};
    case ExportChart::kTornado:
      return {assumptions,
              TornadoHeadline(session.tornado()) + " " + TornadoSentence(session.tornado())};
    case ExportChart::kCompare: {
      // The legend names the scenarios by slot: their names are here.
      std::string names;
      for (const ScenarioProjection& s : session.scenarios()) {
        if (!names.empty()) names += kMiddleDot;
        names += std::to_string(s.slot) + ": " + s.name;
      }
      std::vector<std::string> paragraphs = {
          FillPattern(T("Yours: {assumptions}"), {{"assumptions", assumptions}})};
      if (!names.empty()) paragraphs.push_back(names);
      return paragraphs;
    }
  }
  return {assumptions};
}

// The chart in words, for the file's <desc> (what a screen reader says of the image).
std::string Description(const Session& session, ExportChart chart) {
  const Projection& p = session.projection();
  switch (chart) {
    case ExportChart::kBars:
      return RevenueChartText(p);
    case ExportChart::kFan:
      return FanChartText(session.monte_carlo().Result(), p);
    case ExportChart::kHistogram:
      return HistogramChartText(session.monte_carlo().Result());
    case ExportChart::kTornado:
      return TornadoChartText(session.tornado());
    case ExportChart::kCompare:
      return ScenarioChartText(p, session.scenarios());
  }
  return "";
}

// Who made what the chart shows, each part credited to its maker: the note's figures
// to the note, the bars to the calculator at the reader's assumptions, the ranges,
// chances and sensitivities to the calculator's own assumptions (never to the note);
// then the data's dates and the download's, named as such. "Sources: the note's figures
// (Morgan Stanley note via Business Insider (July 2025)); the model's, the calculator
// “How much could AWS earn from Anthropic?” at the assumptions above. Note: July 2025.
// Reported figures up to 2026-09-29. Downloaded on 2026-12-06."
std::string CreditText(ExportChart chart, const std::string& date) {
  const std::string note =
      FillPattern(T("the note's figures ({source})"), {{"source", NoteSource()}});
  const std::string calculator = FillPattern(T("the calculator \xE2\x80\x9C{title}\xE2\x80\x9D"),
                                             {{"title", T(kCalculatorTitle)}});
  const std::string own = FillPattern(
      T("the calculator's own assumptions of how far each input may vary, not {firm}'s"),
      {{"firm", kNote.firm}});
  const std::initializer_list<MessageArg> parts = {
      {"note", note}, {"calculator", calculator}, {"own", own}, {"firm", kNote.firm}};
  std::string text;
  switch (chart) {
    case ExportChart::kBars:
      text = FillPattern(T("Sources: {note}; the model's, {calculator} at the assumptions above."),
                         parts);
      break;
    case ExportChart::kFan:
      text = FillPattern(
          T("Sources: the ranges and their chances, {own}; the median, {calculator}; {note}."),
          parts);
      break;
    case ExportChart::kHistogram:
      text = FillPattern(
          T("Source: the simulated outcomes and their chances, {own} ({calculator})."), parts);
      break;
    case ExportChart::kTornado:
      text = FillPattern(T("Source: the ranges swept, {own} ({calculator})."), parts);
      break;
    case ExportChart::kCompare:
      text = FillPattern(T("Source: the scenarios, kept by the reader in {calculator} (its bear "
                           "and bull presets are its own illustrations, not {firm}'s)."),
                         parts);
      break;
  }
  text += " " + AsOfLine();
  if (!date.empty()) {
    text += " " + FillPattern(T("Downloaded on {date}."), {{"date", DateText(date)}});
  }
  return text;
}

// -----------------------------------------------------------------------------------
// [SECTION] Lines: wrapping by the estimated widths

// The title's semi-bold is wider than the regular face the estimate measures.
constexpr double kSemiBoldWidth = 1.05;

double TextWidth(std::string_view text, double font_px, bool bold) {
  return EstimateTextWidth(text, font_px) * (bold ? kSemiBoldWidth : 1.0);
}

// The bytes of `text`'s longest start (whole UTF-8 characters, at least one) that is at
// most `width` wide.
std::size_t FittingPrefix(std::string_view text, double font_px, bool bold, double width) {
  std::size_t fits = 0;
  for (std::size_t i = 1; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) continue;
    if (fits > 0 && TextWidth(text.substr(0, i), font_px, bold) > width) break;
    fits = i;
  }
  return fits;
}

// Words onto lines at most `width` wide; a word wider than a line (a 60-letter name
// without spaces) is broken between characters, never left to run past the edge.
std::vector<std::string> WrapWords(std::string_view text, double font_px, bool bold, double width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = text.find(' ', at);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    while (TextWidth(word, font_px, bold) > width) {
      if (!line.empty()) lines.push_back(std::exchange(line, {}));
      const std::size_t cut = FittingPrefix(word, font_px, bold, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    if (word.empty()) continue;
    const std::string longer = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (!line.empty() && TextWidth(longer, font_px, bold) > width) {
      lines.push_back(line);
      line = std::string(word);
    } else {
      line = longer;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// A link onto lines: as much as fits, broken after its last '&' or '/' that fits, else
// anywhere between characters (never inside one).
std::vector<std::string> WrapLink(std::string_view link, double font_px, double width) {
  std::vector<std::string> lines;
  while (!link.empty()) {
    std::size_t fits = 0;  // bytes that fit
    std::size_t last_break = 0;
    for (std::size_t i = 1; i <= link.size(); ++i) {
      if (i < link.size() && (static_cast<unsigned char>(link[i]) & 0xc0) == 0x80) continue;
      if (fits > 0 && EstimateTextWidth(link.substr(0, i), font_px) > width) break;
      fits = i;
      if (link[i - 1] == '&' || link[i - 1] == '/') last_break = i;
    }
    const std::size_t cut = fits < link.size() && last_break > 0 ? last_break : fits;
    lines.emplace_back(link.substr(0, cut));
    link.remove_prefix(cut);
  }
  return lines;
}

// -----------------------------------------------------------------------------------
// [SECTION] ExportChartSvg

// The frame's sizes, CSS px.
constexpr double kMarginPx = 20;
constexpr double kTitlePx = 20, kTitleLinePx = 26;
constexpr double kSubtitlePx = 14, kSubtitleLinePx = 20;
constexpr double kFootPx = 12, kFootLinePx = 17;
constexpr double kGapPx = 12;              // between the blocks
constexpr double kParagraphGapPx = 4;      // between the subtitle's paragraphs
constexpr double kChartFontLinePx = 13.5;  // the interface's small font (src/ui/fonts.h)

// The chart at `width_px`, its own height for its kind unless `height_px` is a number.
Chart BuildChart(Session& session, ExportChart chart, double width_px, double height_px) {
  const ChartFont font{kChartFontLinePx};  // the estimate: no machine's font
  const auto height = [&](double own) { return std::isnan(height_px) ? own : height_px; };
  switch (chart) {
    case ExportChart::kBars:
      break;
    case ExportChart::kFan:
      return BuildFanChart(session.monte_carlo().Result(), session.projection(), width_px,
                           height(kFanChartHeight.wide), font);
    case ExportChart::kHistogram:
      return BuildHistogramChart(session.monte_carlo().Result(), width_px,
                                 height(kHistogramChartHeight.wide), font);
    case ExportChart::kTornado:
      return BuildTornadoChart(session.tornado(), width_px, height(TornadoChartHeight(font)), font);
    case ExportChart::kCompare:
      return BuildScenarioChart(session.projection(), session.scenarios(), width_px,
                                height(kScenarioChartHeight.wide), font);
  }
  return BuildRevenueChart(session.projection(), width_px, height(kRevenueChartHeight.wide), font);
}

std::string Hex(std::uint32_t rgb) {
  char text[16];
  std::snprintf(text, sizeof text, "#%06x", static_cast<unsigned>(rgb & 0xffffffu));
  return text;
}

// Lines of text, each line box `line_px` tall from `top` (the text centred in it).
struct TextBlock {
  std::vector<std::string> lines;
  double font_px = 0;
  double line_px = 0;
  double top = 0;
  bool bold = false;
  std::uint32_t rgb = 0;
};

void AppendBlock(std::string& out, const TextBlock& block, double x) {
  // The baseline in a line box: the font's own line (font-size / kInterEmPerLine) centred
  // in the box, its ascent down from that line's top.
  const double natural = block.font_px / kInterEmPerLine;
  const double baseline =
      (block.line_px - natural) * 0.5 + block.font_px * (kInterAscentPerLine / kInterEmPerLine);
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    out += "<text x=\"" + SvgNumber(x) + "\" y=\"" +
           SvgNumber(block.top + block.line_px * static_cast<double>(i) + baseline) +
           "\" font-size=\"" + SvgNumber(block.font_px) + "\" fill=\"" + Hex(block.rgb) + '"';
    if (block.bold) out += " font-weight=\"600\"";
    out += '>';
    AppendSvgEscaped(out, block.lines[i]);
    out += "</text>";
  }
}

// The chart as a nested <svg> at (x, y), its shapes painted in the theme's colours.
void AppendChart(std::string& out, const Chart& chart, const ChartTheme& theme, double x,
                 double y) {
  SvgOptions options;
  options.paint = &theme;
  options.title = false;
  options.xmlns = false;
  options.attributes = " x=\"" + SvgNumber(x) + "\" y=\"" + SvgNumber(y) + '"';
  out += ChartSvg(chart, options);
}

double BlockHeight(const TextBlock& block) {
  return block.line_px * static_cast<double>(block.lines.size());
}

}  // namespace

const PictureSize* FindPictureSize(std::string_view key) {
  for (const PictureSize& size : kPictureSizes) {
    if (key == size.key) return &size;
  }
  return nullptr;
}

std::string ExportChartSvg(Session& session, ExportChart chart, const ExportFrame& frame) {
  if (chart == ExportChart::kFan || chart == ExportChart::kHistogram) session.Finish();
  const PictureSize* picture = frame.picture;
  const double width = picture != nullptr ? picture->layout_width_px
                       : std::isnan(frame.width_px)
                           ? 640.0
                           : std::clamp(frame.width_px, kMinExportWidthPx, kMaxExportWidthPx);
  const double inner = width - 2.0 * kMarginPx;
  const ChartTheme theme = MakeChartTheme(frame.dark, session.link().view.accent_rgb);
  const std::uint32_t text_rgb = theme.Rgb(ChartColour::kText);
  const std::uint32_t muted_rgb = theme.Rgb(ChartColour::kMuted);

  double y = kMarginPx;
  TextBlock title{WrapWords(Title(session, chart), kTitlePx, true, inner),
                  kTitlePx,
                  kTitleLinePx,
                  y,
                  true,
                  text_rgb};
  y += BlockHeight(title) + kParagraphGapPx;
  std::vector<std::string> paragraphs = Subtitle(session, chart);
  std::vector<std::string> credit = WrapWords(CreditText(chart, frame.date), kFootPx, false, inner);
  if (const std::string graphic = GraphicCredit(frame.graphic); !graphic.empty()) {
    const std::vector<std::string> lines = WrapWords(graphic, kFootPx, false, inner);
    credit.insert(credit.begin(), lines.begin(), lines.end());
  }
  const std::vector<std::string> link_lines = WrapLink(frame.link, kFootPx, inner);
  // A picture's chart: the height its words leave, the subtitle's last paragraphs giving
  // way while that is under kMinPictureChartPx (the assumptions, the first, stay).
  double chart_height = std::numeric_limits<double>::quiet_NaN();
  while (picture != nullptr) {
    double words = y + kGapPx + kGapPx +
                   kFootLinePx * static_cast<double>(credit.size() + link_lines.size()) + kMarginPx;
    for (const std::string& paragraph : paragraphs) {
      words += kSubtitleLinePx *
                   static_cast<double>(WrapWords(paragraph, kSubtitlePx, false, inner).size()) +
               kParagraphGapPx;
    }
    if (!paragraphs.empty()) words -= kParagraphGapPx;
    chart_height = std::floor(picture->layout_height_px - words);
    if (chart_height >= kMinPictureChartPx || paragraphs.size() <= 1) break;
    paragraphs.pop_back();
  }
  std::vector<TextBlock> subtitle;
  for (const std::string& paragraph : paragraphs) {
    TextBlock& block =
        subtitle.emplace_back(TextBlock{WrapWords(paragraph, kSubtitlePx, false, inner),
                                        kSubtitlePx, kSubtitleLinePx, y, false, muted_rgb});
    y += BlockHeight(block) + kParagraphGapPx;
  }
  y += kGapPx - kParagraphGapPx;
  const Chart built = BuildChart(session, chart, inner, chart_height);
  const double chart_top = y;
  y += built.height_px + kGapPx;
  TextBlock source{credit, kFootPx, kFootLinePx, y, false, muted_rgb};
  y += BlockHeight(source);
  TextBlock link{link_lines, kFootPx, kFootLinePx, y, false, muted_rgb};
  y += BlockHeight(link) + kMarginPx;
  const double height = picture != nullptr ? picture->layout_height_px : std::ceil(y);
  // A picture is drawn at its pixels; a chart file at its CSS px.
  const std::string pixels =
      picture != nullptr ? "\" width=\"" + std::to_string(picture->pixel_width) + "\" height=\"" +
                               std::to_string(picture->pixel_height)
                         : "\" width=\"" + SvgNumber(width) + "\" height=\"" + SvgNumber(height);

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + SvgNumber(width) +
                    ' ' + SvgNumber(height) + pixels +
                    "\" font-family=\"Inter, system-ui, sans-serif\">";
  out += "<title>";
  AppendSvgEscaped(out, Title(session, chart));
  out += "</title><desc>";
  AppendSvgEscaped(out, Description(session, chart));
  // The file's terms, for whoever republishes it (a PNG made from it carries them too:
  // web/exports.js).
  out += "</desc><metadata>";
  AppendSvgEscaped(out, TermsLine(frame.link, frame.date));
  out += "</metadata>";
  out += "<rect width=\"" + SvgNumber(width) + "\" height=\"" + SvgNumber(height) + "\" fill=\"" +
         Hex(theme.background) + "\"/>";
  AppendBlock(out, title, kMarginPx);
  for (const TextBlock& block : subtitle) AppendBlock(out, block, kMarginPx);
  AppendChart(out, built, theme, kMarginPx, chart_top);
  AppendBlock(out, source, kMarginPx);
  AppendBlock(out, link, kMarginPx);
  out += "</svg>\n";
  return out;
}

// -----------------------------------------------------------------------------------
// [SECTION] PreviewCardSvg

std::string PreviewCardSvg(const Session& session) {
  // Laid out at half size (600 x 315 CSS px, the sizes of the export above) and drawn at
  // twice that: a preview is seen small, in a chat or a feed.
  constexpr double kWidth = kPreviewWidthPx / 2.0, kHeight = kPreviewHeightPx / 2.0;
  constexpr double kMargin = 24, kFigurePx = 40, kFigureLinePx = 48;
  const double inner = kWidth - 2.0 * kMargin;
  const ChartTheme theme = MakeChartTheme(false, session.link().view.accent_rgb);
  const Projection& p = session.projection();
  const YearProjection& year = p.years[std::min(p.horizon_years, kNoteYears) - 1];

  double y = kMargin;
  const TextBlock title{WrapWords(T(kCalculatorTitle), kTitlePx + 2, true, inner),
                        kTitlePx + 2,
                        kTitleLinePx + 2,
                        y,
                        true,
                        theme.Rgb(ChartColour::kText)};
  y += BlockHeight(title) + 6.0;
  // "$5.70B" in the accent, and beside it what it is and the note's figure.
  const std::string figure = Money(year.aws_from_anthropic_busd).str();
  const TextBlock headline{{figure}, kFigurePx, kFigureLinePx,
                           y,        true,      theme.Rgb(ChartColour::kAccent)};
  const double beside = kMargin + TextWidth(figure, kFigurePx, true) + 12.0;
  const TextBlock what{
      {FillPattern(T("{label} in {year}"), {{"label", Info(OutputId::kAwsFromAnthropic).label()},
                                            {"year", YearText(year.year)}})},
      kSubtitlePx,
      kSubtitleLinePx,
      y + 4.0,
      false,
      theme.Rgb(ChartColour::kMuted)};
  const TextBlock note{
      {"(" + HeadlineNote(year) + ")"}, kSubtitlePx, kSubtitleLinePx,
      y + 4.0 + kSubtitleLinePx,        false,       theme.Rgb(ChartColour::kReported)};
  y += kFigureLinePx + 6.0;
  const double foot_top = kHeight - kMargin * 0.5 - 2.0 * kFootLinePx;
  const Chart chart = BuildRevenueChart(p, inner, foot_top - 6.0 - y, ChartFont{kChartFontLinePx});
  const TextBlock foot{
      {T("Change the assumptions: every figure recomputes in your browser."), AsOfLine()},
      kFootPx,
      kFootLinePx,
      foot_top,
      false,
      theme.Rgb(ChartColour::kMuted)};

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + SvgNumber(kWidth) +
                    ' ' + SvgNumber(kHeight) + "\" width=\"" + std::to_string(kPreviewWidthPx) +
                    "\" height=\"" + std::to_string(kPreviewHeightPx) +
                    "\" font-family=\"Inter, system-ui, sans-serif\"><title>";
  AppendSvgEscaped(out, T(kCalculatorTitle));
  out += "</title><desc>";
  AppendSvgEscaped(out, RevenueChartText(p));
  out += "</desc><rect width=\"" + SvgNumber(kWidth) + "\" height=\"" + SvgNumber(kHeight) +
         "\" fill=\"" + Hex(theme.background) + "\"/>";
  AppendBlock(out, title, kMargin);
  AppendBlock(out, headline, kMargin);
  AppendBlock(out, what, beside);
  AppendBlock(out, note, beside);
  AppendChart(out, chart, theme, kMargin, y);
  AppendBlock(out, foot, kMargin);
  out += "</svg>\n";
  return out;
}

}  // namespace awscalc
