// chart_export_test.cpp: the chart files to republish (core/chart_export.h): each tab's
// chart framed with its title, subtitle, source line, link and date as a well-formed,
// self-contained SVG, the same bytes for the same session and date, text wrapped inside
// the margins; the link preview card.
#include "core/chart_export.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "core/chart.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/reported.h"
#include "core/session.h"
#include "core/share_link.h"
#include "core/tabs.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Well-formed XML for what the files hold: elements, attributes in double quotes, text
// with the five entities; every element closed in order. "" when well-formed, else why.
std::string XmlProblem(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t at = 0;
  auto entity_ok = [&](std::size_t i) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
      if (xml.compare(i, std::strlen(e), e) == 0) return true;
    }
    return false;
  };
  while (at < xml.size()) {
    if (xml[at] != '<') {
      if (xml[at] == '>') return "a '>' in text at " + std::to_string(at);
      if (xml[at] == '&' && !entity_ok(at)) return "a bare '&' at " + std::to_string(at);
      ++at;
      continue;
    }
    const bool closing = xml.compare(at, 2, "</") == 0;
    std::size_t i = at + (closing ? 2 : 1);
    const std::size_t name_start = i;
    while (i < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[i])) || xml[i] == '-'))
      ++i;
    const std::string name = xml.substr(name_start, i - name_start);
    if (name.empty()) return "a tag without a name at " + std::to_string(at);
    // Attributes: name="value", the value without '<' or a bare '&'.
    while (i < xml.size() && xml[i] != '>' && xml[i] != '/') {
      if (xml[i] == ' ') {
        ++i;
        continue;
      }
      while (i < xml.size() && xml[i] != '=' && xml[i] != '>') ++i;
      if (xml.compare(i, 2, "=\"") != 0) return "an attribute without quotes in <" + name + ">";
      i += 2;
      while (i < xml.size() && xml[i] != '"') {
        if (xml[i] == '<') return "a '<' in an attribute of <" + name + ">";
        if (xml[i] == '&' && !entity_ok(i)) return "a bare '&' in an attribute of <" + name + ">";
        ++i;
      }
      ++i;
    }
    if (i >= xml.size()) return "an unfinished <" + name + ">";
    if (closing) {
      if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open";
      open.pop_back();
    } else if (xml[i] == '/') {
      if (xml.compare(i, 2, "/>") != 0) return "a stray '/' in <" + name + ">";
      ++i;
    } else {
      open.push_back(name);
    }
    at = i + 1;
  }
  return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

TEST(XmlProblem, TheCheckerCatchesWhatItShould) {
  EXPECT_EQ(XmlProblem("<svg a=\"1\"><g/><text>a &amp; b</text></svg>\n"), "");
  EXPECT_NE(XmlProblem("<svg><text>a</svg></text>"), "");
  EXPECT_NE(XmlProblem("<svg><text>a & b</text></svg>"), "");
  EXPECT_NE(XmlProblem("<svg a=1></svg>"), "");
  EXPECT_NE(XmlProblem("<svg>"), "");
}

TEST(ExportChart, NamesAndTabs) {
  for (const ExportChart chart : {ExportChart::kBars, ExportChart::kFan, ExportChart::kHistogram,
                                  ExportChart::kTornado, ExportChart::kCompare}) {
    EXPECT_EQ(ExportChartFromName(ExportChartName(chart)), chart);
  }
  EXPECT_STREQ(ExportChartName(ExportChart::kCompare), "compare");
  EXPECT_EQ(ExportChartFromName("pie"), std::nullopt);
  EXPECT_EQ(ExportChartFromName(""), std::nullopt);
  EXPECT_EQ(TabAt(*TabIndex("range")).chart, ExportChart::kFan);
  EXPECT_EQ(TabAt(*TabIndex("drivers")).chart, ExportChart::kTornado);
  EXPECT_EQ(TabAt(*TabIndex("compare")).chart, ExportChart::kCompare);
  EXPECT_EQ(TabAt(*TabIndex("work")).chart, ExportChart::kBars);
  EXPECT_EQ(TabAt(*TabIndex("goal")).chart, ExportChart::kBars);
}

// The words of a file's <text> elements, lines joined by spaces (as they were wrapped).
std::string AllText(const std::string& svg) {
  std::string words;
  for (std::size_t at = svg.find("<text"); at != std::string::npos;
       at = svg.find("<text", at + 1)) {
    const std::size_t start = svg.find('>', at) + 1;
    if (!words.empty()) words += ' ';
    words += svg.substr(start, svg.find("</text>", start) - start);
  }
  return words;
}

ExportFrame Frame(std::string link = "https://example.org/calc/#v=1&gm=55") {
  ExportFrame frame;
  frame.link = std::move(link);
  frame.date = "2026-11-29";
  return frame;
}

TEST(PreviewCardSvg, TheLinkPreviewAtItsSizeWithTheHeadlineAndTheNote) {
  const std::string svg = PreviewCardSvg(Session());
  EXPECT_THAT(svg, HasSubstr(">" + AsOfLine() + "</text>"));
  EXPECT_EQ(XmlProblem(svg), "");
  EXPECT_THAT(svg, HasSubstr("width=\"1200\" height=\"630\""));
  EXPECT_THAT(svg, HasSubstr(std::string(">") + kCalculatorTitle + "</text>"));
  EXPECT_THAT(svg, HasSubstr(">$5.70B</text>"));
  EXPECT_THAT(svg, HasSubstr(">(the note: $5.6B)</text>"));
  EXPECT_THAT(svg, HasSubstr("almost $3B"));  // the chart's words, in <desc>
  EXPECT_THAT(svg, Not(HasSubstr("$3.00B)")));
  // Another session, another figure: nothing typed in.
  Session other;
  other.ApplyLink("v=1&gm=50");
  EXPECT_THAT(PreviewCardSvg(other), HasSubstr(">$7.12B</text>"));
}

TEST(ExportChartSvg, AFramedChartAsWellFormedSvg) {
  Session session(ParseLink("v=1&gm=55"));
  const std::string svg = ExportChartSvg(session, ExportChart::kBars, Frame());
  EXPECT_EQ(XmlProblem(svg), "");
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 "));
  EXPECT_TRUE(svg.ends_with("</svg>\n"));
  const std::string title =
      std::string(Info(OutputId::kAwsFromAnthropic).label()) + ", $B per year";
  EXPECT_EQ(title, "AWS revenue from Anthropic, $B per year");
  EXPECT_THAT(svg, HasSubstr("<title>" + title + "</title>"));
  EXPECT_THAT(svg, HasSubstr(">" + title + "</text>"));
  EXPECT_THAT(AllText(svg),
              HasSubstr("Sources: the note's figures (Morgan Stanley note via Business Insider "
                        "(July 2025)); the model's, the calculator \xE2\x80\x9C" +
                        std::string(kCalculatorTitle) + "\xE2\x80\x9D at the assumptions above. " +
                        AsOfLine() + " Downloaded on 2026-11-29."));
  EXPECT_THAT(svg, HasSubstr(">https://example.org/calc/#v=1&amp;gm=55</text>"));
  // The assumptions in words, the note's figures as the note wrote them.
  EXPECT_THAT(AllText(svg), HasSubstr("Anthropic gross margin 55%"));
  EXPECT_THAT(AllText(svg), HasSubstr("The note: " + NoteEstimatePhrase()));
  EXPECT_THAT(svg, HasSubstr("almost $3B"));
  EXPECT_THAT(svg, Not(HasSubstr("3.00B")));
  // The chart itself, its colours on its shapes, on the theme's background.
  EXPECT_THAT(svg, HasSubstr("<rect width=\"640\" height=\""));
  EXPECT_THAT(svg, HasSubstr("fill=\"#ffffff\"/>"));
  EXPECT_THAT(svg, HasSubstr(">$6.41B</text>"));  // 2027: 19 x 0.45 x 0.75
  EXPECT_THAT(svg, HasSubstr("fill=\"#0b63c5\""));
  EXPECT_THAT(svg, Not(HasSubstr("class=")));
  EXPECT_THAT(svg, HasSubstr("font-family=\"Inter, system-ui, sans-serif\""));
}

TEST(ExportChartSvg, TheSameSessionGivesTheSameBytes) {
  for (const ExportChart chart : {ExportChart::kBars, ExportChart::kFan, ExportChart::kHistogram,
                                  ExportChart::kTornado, ExportChart::kCompare}) {
    // (At 55% the model's 2026 is not $3.00B: the note's figure must not be written so.)
    Session a(ParseLink("v=1&gm=55&n=1000&s1=bull&s2.name=Cheap%20%26%20%3Cfast%3E"));
    Session b(ParseLink("v=1&gm=55&n=1000&s1=bull&s2.name=Cheap%20%26%20%3Cfast%3E"));
    const std::string svg = ExportChartSvg(a, chart, Frame());
    EXPECT_EQ(svg, ExportChartSvg(b, chart, Frame())) << ExportChartName(chart);
    EXPECT_EQ(XmlProblem(svg), "") << ExportChartName(chart);
    EXPECT_THAT(svg, Not(HasSubstr("3.00B"))) << ExportChartName(chart);
  }
}

TEST(ExportChartSvg, EachChartItsOwn) {
  Session session(ParseLink("v=1&n=1000&s1=bear"));
  const std::string bars = ExportChartSvg(session, ExportChart::kBars, Frame());
  EXPECT_EQ(session.monte_carlo().Result().samples, 0);  // the bars need no Monte Carlo run
  const std::string fan = ExportChartSvg(session, ExportChart::kFan, Frame());
  EXPECT_EQ(session.monte_carlo().Result().samples, 1000);  // finished for the fan
  EXPECT_NE(fan, bars);
  EXPECT_THAT(fan, HasSubstr("<circle"));
  EXPECT_THAT(fan, HasSubstr(">90% of outcomes</text>"));
  EXPECT_THAT(fan, HasSubstr(RangeSentence(session.monte_carlo().Result(), session.projection(),
                                           session.ChosenYearIndex())
                                 .substr(0, 30)));
  const std::string histogram = ExportChartSvg(session, ExportChart::kHistogram, Frame());
  EXPECT_THAT(histogram, HasSubstr(">Threshold</text>"));
  const std::string tornado = ExportChartSvg(session, ExportChart::kTornado, Frame());
  EXPECT_THAT(tornado, HasSubstr("What matters most for AWS revenue from Anthropic in 2027"));
  EXPECT_THAT(tornado, HasSubstr(">Anthropic revenue</text>"));
  const std::string compare = ExportChartSvg(session, ExportChart::kCompare, Frame());
  EXPECT_THAT(compare, HasSubstr(">Yours</text>"));
  EXPECT_THAT(compare, HasSubstr("1: " + session.scenarios()[0].name));  // the legend's key
  for (const std::string* svg : {&fan, &histogram, &tornado, &compare}) {
    EXPECT_EQ(XmlProblem(*svg), "");
  }
}

// Each chart credits exactly what it shows: the note's figures to the note (the bars and
// the fan show them), the ranges, chances and sensitivities to the calculator's own
// assumptions, never to the note; the scenarios to the reader. Every credit ends with the
// data's dates and the download's, named as such.
TEST(ExportChartSvg, EachChartCreditsWhatItShows) {
  Session session(ParseLink("v=1&n=1000&s1=bear"));
  const std::string own =
      "the calculator's own assumptions of how far each input may vary, "
      "not Morgan Stanley's";
  const std::string note = "the note's figures (" + NoteSource() + ")";
  struct Case {
    ExportChart chart;
    std::vector<std::string> credits;
    bool shows_note;
  };
  const Case cases[] = {
      {ExportChart::kBars, {"Sources: " + note, "the model's, the calculator"}, true},
      {ExportChart::kFan, {"Sources: the ranges and their chances, " + own, note}, true},
      {ExportChart::kHistogram,
       {"Source: the simulated outcomes and their chances, " + own},
       false},
      {ExportChart::kTornado, {"Source: the ranges swept, " + own}, false},
      {ExportChart::kCompare,
       {"Source: the scenarios, kept by the reader in the calculator",
        "its bear and bull presets are its own illustrations, not Morgan Stanley's"},
       false},
  };
  for (const Case& c : cases) {
    const std::string text = AllText(ExportChartSvg(session, c.chart, Frame()));
    for (const std::string& credit : c.credits) {
      EXPECT_THAT(text, HasSubstr(credit)) << ExportChartName(c.chart);
    }
    // Morgan Stanley is credited only where its figures are drawn.
    EXPECT_EQ(text.find(NoteSource()) != std::string::npos, c.shows_note)
        << ExportChartName(c.chart);
    EXPECT_THAT(text, HasSubstr(AsOfLine() + " Downloaded on 2026-11-29."))
        << ExportChartName(c.chart);
  }
}

// The editor's "Graphic:" credit: cleaned (no control characters, one space, the label
// once), capped at kMaxGraphicCreditChars characters without cutting a UTF-8 character,
// printed first in the source lines of a chart file and a picture, the words inside the
// picture; nothing typed, no line.
TEST(ExportChartSvg, TheEditorsGraphicCreditIsCleanedCappedAndPrintedFirst) {
  EXPECT_EQ(GraphicCredit(""), "");
  EXPECT_EQ(GraphicCredit(" \t\n "), "");
  EXPECT_EQ(GraphicCredit("  Jane   Doe,\tThe Paper \n"), "Graphic: Jane Doe, The Paper");
  EXPECT_EQ(GraphicCredit("Graphic: Jane Doe"), "Graphic: Jane Doe");
  EXPECT_EQ(GraphicCredit("graphic by Jane Doe"), "Graphic: Jane Doe");
  const std::string accented =
      "Jos\xC3\xA9 Mar\xC3\xAD"
      "a";
  EXPECT_EQ(GraphicCredit(accented + " \x01\x7F/ El Diario"),
            "Graphic: " + accented + " / El Diario");
  // 100 two-byte characters: 80 kept, each whole.
  std::string long_name;
  for (int i = 0; i < 100; ++i) long_name += "\xC3\xA9";
  const std::string capped = GraphicCredit(long_name);
  EXPECT_EQ(capped, "Graphic: " + long_name.substr(0, 2 * kMaxGraphicCreditChars));

  Session session(ParseLink("v=1&gm=55"));
  ExportFrame frame = Frame();
  frame.graphic = "Jane Doe <The Paper> & Co";
  const std::string svg = ExportChartSvg(session, ExportChart::kBars, frame);
  EXPECT_EQ(XmlProblem(svg), "");
  const std::string text = AllText(svg);
  const std::size_t graphic = text.find("Graphic: Jane Doe &lt;The Paper&gt; &amp; Co");
  ASSERT_NE(graphic, std::string::npos) << text;
  EXPECT_LT(graphic, text.find("Sources: "));
  EXPECT_EQ(AllText(ExportChartSvg(session, ExportChart::kBars, Frame())).find("Graphic:"),
            std::string::npos);
  // In a picture too, every line inside it.
  frame.picture = FindPictureSize("social");
  frame.graphic = long_name;
  const std::string picture = ExportChartSvg(session, ExportChart::kFan, frame);
  EXPECT_THAT(AllText(picture), HasSubstr("Graphic: "));
  EXPECT_THAT(picture, HasSubstr("width=\"1200\" height=\"675\""));
}

// Every chart file carries its terms: the licence's name and address and how to cite it
// (the link and the day), in its <metadata>.
TEST(ExportChartSvg, EachFileCarriesItsLicenceAndCitation) {
  Session session(ParseLink("v=1&gm=55&n=1000&s1=bear"));
  for (const ExportChart chart : {ExportChart::kBars, ExportChart::kFan, ExportChart::kHistogram,
                                  ExportChart::kTornado, ExportChart::kCompare}) {
    const std::string svg = ExportChartSvg(session, chart, Frame());
    EXPECT_THAT(svg, HasSubstr("<metadata>Licence: CC BY 4.0 (https://creativecommons.org/"
                               "licenses/by/4.0/). Cite as: How much could AWS earn from "
                               "Anthropic?, https://example.org/calc/#v=1&amp;gm=55, downloaded "
                               "on 2026-11-29, after the Morgan Stanley note reported by "
                               "Business Insider (July 2025).</metadata>"))
        << ExportChartName(chart);
  }
}

// Pictures for social posts: each size has its pixels, its layout's viewBox, and every
// line of words inside it (by the core's width estimate: the title, the credit with its
// dates, the link), for every chart, light and dark, with a long link.
TEST(ExportChartSvg, PicturesHaveTheirSizeWithEveryWordInside) {
  ASSERT_EQ(FindPictureSize("social")->pixel_width, 1200);
  ASSERT_EQ(FindPictureSize("social")->pixel_height, 675);
  ASSERT_EQ(FindPictureSize("square")->pixel_width, 1080);
  ASSERT_EQ(FindPictureSize("square")->pixel_height, 1080);
  EXPECT_EQ(FindPictureSize("banner"), nullptr);
  Session session(
      ParseLink("v=1&n=1000&s1=bear&s2=bull&rev=4,10,19,29,38,46&gm=60,58,56,54,52,50"));
  for (const PictureSize& size : kPictureSizes) {
    // Aspect: the layout is the picture's, scaled.
    EXPECT_DOUBLE_EQ(size.layout_width_px / size.layout_height_px,
                     static_cast<double>(size.pixel_width) / size.pixel_height);
    for (const ExportChart chart : {ExportChart::kBars, ExportChart::kFan, ExportChart::kHistogram,
                                    ExportChart::kTornado, ExportChart::kCompare}) {
      for (const bool dark : {false, true}) {
        ExportFrame frame = Frame(
            "https://news.example.com/calculators/aws/#v=1&rev=4,10,19,29,38,46"
            "&gm=60,58,56,54,52,50&n=1000&s1=bear&s2=bull");
        frame.dark = dark;
        frame.picture = &size;
        const std::string svg = ExportChartSvg(session, chart, frame);
        const std::string what = std::string(size.key) + " " + ExportChartName(chart);
        EXPECT_EQ(XmlProblem(svg), "") << what;
        EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                                    SvgNumber(size.layout_width_px) + " " +
                                    SvgNumber(size.layout_height_px) + "\" width=\"" +
                                    std::to_string(size.pixel_width) + "\" height=\"" +
                                    std::to_string(size.pixel_height) + "\""))
            << what << ": " << svg.substr(0, 160);
        // Every <text> of the frame (x="20") within the layout's width and height.
        for (std::size_t at = svg.find("<text x=\"20\""); at != std::string::npos;
             at = svg.find("<text x=\"20\"", at + 1)) {
          const double y = std::stod(svg.substr(svg.find("y=\"", at) + 3));
          const double font = std::stod(svg.substr(svg.find("font-size=\"", at) + 11));
          const std::size_t start = svg.find('>', at) + 1;
          const bool bold = svg.substr(at, start - at).find("font-weight") != std::string::npos;
          std::string words = svg.substr(start, svg.find("</text>", start) - start);
          for (std::size_t amp = words.find("&amp;"); amp != std::string::npos;
               amp = words.find("&amp;", amp + 1)) {
            words.erase(amp + 1, 4);
          }
          EXPECT_LE(y, size.layout_height_px - 10.0) << what << ": " << words;
          EXPECT_LE(20.0 + EstimateTextWidth(words, font) * (bold ? 1.05 : 1.0),
                    size.layout_width_px - 20.0 + 0.5)
              << what << ": " << words;
        }
        const std::string text = AllText(svg);
        const std::size_t title = svg.find("<title>") + 7;
        EXPECT_THAT(text, HasSubstr(svg.substr(title, svg.find("</title>") - title))) << what;
        EXPECT_THAT(text, HasSubstr(AsOfLine() + " Downloaded on 2026-11-29.")) << what;
        // The chart keeps its room: the nested <svg>'s height.
        const std::size_t nested = svg.find("<svg viewBox=");
        ASSERT_NE(nested, std::string::npos) << what;
        const double chart_height = std::stod(svg.substr(svg.find("height=\"", nested) + 8));
        EXPECT_GE(chart_height, kMinPictureChartPx) << what;
      }
    }
  }
}

TEST(ExportChartSvg, ThemeAccentAndWidth) {
  Session session(ParseLink("v=1&accent=ff0000"));
  ExportFrame frame = Frame();
  const std::string light = ExportChartSvg(session, ExportChart::kBars, frame);
  EXPECT_THAT(light, HasSubstr("fill=\"#ff0000\""));  // the reader's accent
  frame.dark = true;
  const std::string dark = ExportChartSvg(session, ExportChart::kBars, frame);
  EXPECT_THAT(dark, HasSubstr("fill=\"#0d1117\"/>"));
  EXPECT_THAT(dark, HasSubstr("fill=\"#e6edf3\""));  // the dark theme's text
  frame.width_px = 900;
  EXPECT_THAT(ExportChartSvg(session, ExportChart::kBars, frame), HasSubstr("width=\"900\""));
  frame.width_px = 10;  // clamped: a legend needs room
  EXPECT_THAT(ExportChartSvg(session, ExportChart::kBars, frame), HasSubstr("width=\"280\""));
}

TEST(ExportChartSvg, LongLinksAndTitlesWrapInsideTheMargins) {
  std::string link = "https://example.org/calc/#v=1";
  for (int i = 0; i < 3; ++i) {
    link += "&s" + std::to_string(i + 1) + ".name=A%20rather%20long%20scenario%20name%20" +
            std::to_string(i);
  }
  Session session(ParseLink(link));
  const std::string svg = ExportChartSvg(session, ExportChart::kCompare, Frame(link));
  EXPECT_EQ(XmlProblem(svg), "");
  // Each <text> of the frame (x="20") fits in the 600 px between the margins.
  std::size_t lines = 0;
  for (std::size_t at = svg.find("<text x=\"20\""); at != std::string::npos;
       at = svg.find("<text x=\"20\"", at + 1)) {
    const std::size_t size_at = svg.find("font-size=\"", at) + 11;
    const double font_px = std::stod(svg.substr(size_at));
    const std::size_t start = svg.find('>', at) + 1;
    std::string text = svg.substr(start, svg.find("</text>", start) - start);
    for (std::size_t amp = text.find("&amp;"); amp != std::string::npos; amp = text.find("&amp;"))
      text.replace(amp, 5, "&");
    const bool bold = svg.substr(at, start - at).find("font-weight") != std::string::npos;
    EXPECT_LE(EstimateTextWidth(text, font_px) * (bold ? 1.05 : 1.0), 600.0) << text;
    ++lines;
  }
  EXPECT_GE(lines, 8u);
  EXPECT_THAT(svg, HasSubstr("name=A%20rather%20long%20scenario%20name%200&amp;</text>"));
}

}  // namespace
}  // namespace awscalc
