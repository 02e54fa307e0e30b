// calculator_test.cpp: the interface, headless: layouts at phone and desktop widths in
// both themes, a stable content height, and readers' input reaching the model.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/assumptions.h"
#include "core/catalogs.h"
#include "core/decimal.h"
#include "core/messages.h"
#include "core/share_link.h"
#include "ui/charts.h"
#include "ui/headless.h"

namespace awscalc {
namespace {

using ui::ActionKind;
using ui::HeadlessUi;
using ui::LayoutItem;
using ui::Role;

struct LayoutCase {
  float width_px;
  bool dark;
};

class Layouts : public ::testing::TestWithParam<LayoutCase> {};

// Frames build (ImGui asserts in this debug build) at both widths and themes, with
// the layout the width calls for, nothing drawn past the right edge, and a content
// height that settles and then stays put.
// The frame at `width_px` (returns its settled content height): the layout the width
// calls for, a height that settles and stays put, nothing outside the canvas.
float ExpectInsideTheWidth(HeadlessUi& ui, float width_px) {
  ui::CalculatorFrame first = ui.Frame();
  ui::CalculatorFrame frame = ui.Frame();
  EXPECT_EQ(frame.two_columns, width_px >= ui::kTwoColumnMinWidthPx);
  EXPECT_GT(frame.content_height_px, 600.0f);
  EXPECT_LT(frame.content_height_px, 4000.0f);
  for (int i = 0; i < 5; ++i) {
    const ui::CalculatorFrame next = ui.Frame();
    EXPECT_EQ(next.content_height_px, frame.content_height_px) << "frame " << i;
  }
  (void)first;
  // The canvas is exactly as tall as the content: nothing may be lost below it.
  ui.Resize(width_px, frame.content_height_px);
  EXPECT_EQ(ui.Frame().content_height_px, frame.content_height_px);
  for (const ui::RecordedItem& item : ui.Items()) {
    EXPECT_LE(item.rect.Max.x, width_px + 0.5f) << item.label;
    EXPECT_GE(item.rect.Min.x, -0.5f) << item.label;
    EXPECT_LE(item.rect.Max.y, frame.content_height_px + 0.5f) << item.label;
  }
  // Every item of the semantic layer lies inside the canvas too.
  for (const LayoutItem& item : ui.Layout()) {
    EXPECT_LE(item.rect.x + item.rect.z, width_px + 0.5f) << item.name;
    EXPECT_LE(item.rect.y + item.rect.w, frame.content_height_px + 0.5f) << item.name;
  }
  return frame.content_height_px;
}

TEST_P(Layouts, BuildWithAStableHeightInsideTheWidth) {
  const LayoutCase c = GetParam();
  HeadlessUi ui(c.width_px, c.dark);
  ExpectInsideTheWidth(ui, c.width_px);
}

// The pseudo-locale (scripts/lib/languages.py: every message 40% longer and accented, as
// German runs about 30% longer than English) at a phone's widths: the translated texts
// (today the inputs' and results' labels) wrap inside the canvas, nothing is cut off.
TEST(PseudoLocale, LongerTextsStayInsideAPhonesWidth) {
  const Locale* pseudo = FindLocale("qps");
  ASSERT_NE(pseudo, nullptr);
  LanguageScope scope(*pseudo, FindCatalog("qps"));
  const std::string margin = Label(Info(InputId::kGrossMargin));
  ASSERT_GT(margin.size(), std::string(Info(InputId::kGrossMargin).label).size() * 13 / 10);
  for (const float width : {320.0f, 360.0f, 390.0f}) {
    HeadlessUi ui(width);
    const float height = ExpectInsideTheWidth(ui, width);
    bool labelled = false;  // the slider is named in the pseudo-locale's words
    for (const LayoutItem& item : ui.Layout()) {
      labelled = labelled || std::string_view(item.label).starts_with(margin);
    }
    EXPECT_TRUE(labelled) << width;
    std::printf("pseudo-locale at %.0f px: %.0f px tall\n", width, height);
  }
}

INSTANTIATE_TEST_SUITE_P(PhoneAndDesktop, Layouts,
                         ::testing::Values(LayoutCase{360, false}, LayoutCase{360, true},
                                           LayoutCase{320, false}, LayoutCase{600, true},
                                           LayoutCase{1200, false}, LayoutCase{1200, true}));

TEST(Calculator, EveryHorizonAndSectionBuilds) {
  for (float width : {360.0f, 1200.0f}) {
    HeadlessUi ui(width);
    for (const char* link : {"rev=4", "rev=4,10,19,29.26,38.74,46.271&gm=60,50,40,30,20,10",
                             "gm=100&aws=0", "rev=0,0,0", "gm=abc&aws=150&x=1"}) {
      ui::ApplyLink(ui.state, ParseLink(link));
      for (int section = 0; section < kTabCount; ++section) {
        ui.state.session.link().view.tab = section;
        ui.state.revenue_as_growth = section % 2 == 1;
        ui.Frame();
        ui.Frame();
      }
    }
  }
}

TEST(Calculator, ProblemsShowUntilDismissed) {
  HeadlessUi ui(1200);
  ui::ApplyLink(ui.state, ParseLink("gm=abc"));
  ASSERT_EQ(ui.state.session.problems().size(), 1u);
  const float with_problems = ui.Frame().content_height_px;
  const auto dismiss = ui.Find("Dismiss");
  ASSERT_EQ(dismiss.size(), 1u);
  ui.Click(dismiss[0].rect.GetCenter());
  EXPECT_TRUE(ui.state.session.problems().empty());
  EXPECT_LT(ui.Frame().content_height_px, with_problems);
  EXPECT_TRUE(ui.Find("Dismiss").empty());
}

// A reader drags the gross-margin slider: the model and the results follow.
TEST(Calculator, DraggingASliderRecomputes) {
  HeadlessUi ui(1200);
  ui.Frame();
  const LayoutItem* slider = ui.Control("slider:gm");  // one value for every year
  ASSERT_NE(slider, nullptr);
  const ImRect margin(slider->rect.x, slider->rect.y, slider->rect.x + slider->rect.z,
                      slider->rect.y + slider->rect.w);
  const double before = ui.state.session.projection().years[2].aws_from_anthropic_busd;
  ui.MoveMouse(margin.GetCenter());
  ui.Frame();
  ui.MouseButton(true);
  ui.Frame();
  ui.MoveMouse(ImVec2(margin.Min.x + margin.GetWidth() * 0.25f, margin.GetCenter().y));
  const ui::CalculatorFrame dragged = ui.Frame();
  ui.MouseButton(false);
  ui.Frame();
  EXPECT_TRUE(dragged.link_changed);
  const double margin_pct = ui.state.session.link().assumptions.gross_margin_pct[0];
  EXPECT_LT(margin_pct, 40.0);
  EXPECT_EQ(ui.state.session.link().assumptions.gross_margin_pct[2],
            margin_pct);  // one value, all years
  EXPECT_EQ(ui.state.session.projection().years[2].gross_margin_pct, margin_pct);
  EXPECT_GT(ui.state.session.projection().years[2].aws_from_anthropic_busd, before);
  EXPECT_NE(ui.state.session.CanonicalLink().find("&gm="), std::string::npos);
}

// A value typed beyond a slider's track (readers type figures past the note's span): the
// track widens to reach it, the thumb sits at its end and the value's text is exact; a
// 3 px nudge, with a mouse or a finger, moves from the value, never to the old end of the
// track; a key steps down from it (up, the track's end is the value: keys stay on it).
TEST(Calculator, ATypedValueBeyondTheTrackSurvivesANudge) {
  for (const bool touch : {false, true}) {
    HeadlessUi ui(1200);
    ui.Frame();
    const double old_end = ui.Control("slider:rev.2026")->max;
    ASSERT_LT(old_end, 30.0);
    ASSERT_EQ(ui.Type("slider:rev.2026", "30"), "");
    ui.Frame();
    const LayoutItem slider = *ui.Control("slider:rev.2026");
    EXPECT_EQ(slider.max, 30.0);
    EXPECT_STREQ(slider.value, "$30.0B");
    const ImVec2 thumb(slider.thumb.x + slider.thumb.z * 0.5f,
                       slider.thumb.y + slider.thumb.w * 0.5f);
    EXPECT_NEAR(thumb.x, slider.track.y, 0.5f);  // at the track's right end
    ui.PointerIsTouch(touch);
    ui.MoveMouse(thumb);
    ui.Frame();
    ui.MouseButton(true);
    ui.Frame();
    ui.MoveMouse(ImVec2(thumb.x - 3.0f, thumb.y));
    ui.Frame();
    ui.MouseButton(false);
    ui.Frame();
    const double nudged = ui.state.session.link().assumptions.revenue_busd[1];
    EXPECT_LT(nudged, 30.0) << (touch ? "finger" : "mouse");
    EXPECT_GT(nudged, 29.0) << (touch ? "finger" : "mouse");        // not the old end, $20B
    ASSERT_TRUE(ui.Act("slider:rev.2026", ActionKind::kStep, -1));  // down from it
    EXPECT_NEAR(ui.state.session.link().assumptions.revenue_busd[1], nudged - 0.1, 1e-9);
  }
}

// No jumps: a slider a reader is moving stays where it is on screen, whatever the text
// above it says about the new values (the preset's caption becoming "your own", the
// headline's sentences), on a phone (390 and 360 px, a finger) and a desktop.
TEST(Calculator, AMovedSliderStaysPut) {
  for (const float width : {360.0f, 390.0f, 1200.0f}) {
    HeadlessUi ui(width);
    ui.state.coarse_pointer = width < 600.0f;
    ui.Frame();
    ui.Frame();
    std::vector<std::string> sliders;
    for (const LayoutItem& item : ui.Layout()) {
      if (item.role == Role::kSlider && std::string(item.name) != "slider:years") {
        sliders.push_back(item.name);
      }
    }
    ASSERT_GT(sliders.size(), 8u);
    for (const std::string& name : sliders) {
      for (const ActionKind kind : {ActionKind::kStep, ActionKind::kEnd, ActionKind::kHome}) {
        ui.Act("button:reset", ActionKind::kPress);  // from the article's assumptions
        ui.Frame();
        const LayoutItem* before = ui.Control(name);
        if (before == nullptr) continue;  // not drawn at the article's assumptions
        const float y = before->rect.y;
        ASSERT_TRUE(ui.Act(name, kind, kind == ActionKind::kStep ? -1 : 0)) << name;
        ui.Frame();
        ASSERT_NE(ui.Control(name), nullptr) << name;
        EXPECT_EQ(ui.Control(name)->rect.y, y)
            << name << " moved at " << width << " px (action " << static_cast<int>(kind) << ")";
      }
    }
  }
}

// "Back to the note's value": an input's open source offers it alone back at its
// default; the other inputs keep what the reader set.
TEST(Calculator, OneInputBackToTheNotesValue) {
  HeadlessUi ui(390);
  ui.state.coarse_pointer = true;
  ui.Frame();
  ASSERT_EQ(ui.Type("slider:gm", "50"), "");
  ASSERT_EQ(ui.Type("slider:aws", "80"), "");
  ASSERT_TRUE(ui.Act("source:gm", ActionKind::kPress));
  ui.Frame();
  ASSERT_NE(ui.Control("button:default:gm"), nullptr);
  EXPECT_EQ(ui.Control("button:default:aws"), nullptr);  // its source is closed
  ASSERT_TRUE(ui.Act("button:default:gm", ActionKind::kPress));
  ui.Frame();
  EXPECT_EQ(ui.state.session.CanonicalLink(), "v=1&aws=80");
  EXPECT_EQ(ui.Control("button:default:gm"), nullptr);  // at the note's value: no button
}

TEST(Calculator, PresetsAndResetApply) {
  HeadlessUi ui(1200);
  ui.Frame();
  const auto use_implied = [&] {
    ui.state.session.link().view.tab = static_cast<int>(Tab::kNote);
    ui.Frame();
    return ui.Find("Use the revenue the note's figures imply");
  };
  auto button = use_implied();
  ASSERT_EQ(button.size(), 1u);
  ui.Click(button[0].rect.GetCenter());
  // The tab the reader is on travels in the link too.
  EXPECT_EQ(ui.state.session.CanonicalLink(), "v=1&rev=4.267,10,18.667&tab=note");
  EXPECT_EQ(FormatFixed(ui.state.session.projection().years[0].aws_from_anthropic_busd, 2), "1.28");
  const auto reset = ui.Find("Reset to the article");
  ASSERT_EQ(reset.size(), 1u);
  ui.Click(reset[0].rect.GetCenter());
  EXPECT_EQ(ui.state.session.CanonicalLink(), "v=1&tab=note");
}

// The page's semantic layer drives the controls by name: a slider steps (arrows, Page
// Up/Down), goes to its track's ends (Home/End) and takes a typed value validated as a
// link's; buttons, tabs and choices are pressed.
TEST(Calculator, SemanticActionsAdjustControls) {
  HeadlessUi ui(1200);
  ui.Frame();
  const Assumptions& a = ui.state.session.link().assumptions;
  ASSERT_TRUE(ui.Act("slider:gm", ActionKind::kStep, 1));
  EXPECT_EQ(a.gross_margin_pct[0], 60.5);  // one step of the table's 0.5
  ASSERT_TRUE(ui.Act("slider:gm", ActionKind::kStep, -10));
  EXPECT_EQ(a.gross_margin_pct[0], 55.5);
  ASSERT_NE(ui.Control("slider:gm"), nullptr);
  const LayoutItem gm = *ui.Control("slider:gm");  // a copy: the log is the last frame's
  ASSERT_TRUE(ui.Act("slider:gm", ActionKind::kEnd));
  EXPECT_EQ(a.gross_margin_pct[0], gm.max);
  ASSERT_TRUE(ui.Act("slider:gm", ActionKind::kHome));
  EXPECT_EQ(a.gross_margin_pct[0], gm.min);
  EXPECT_EQ(ui.Type("slider:gm", "50"), "");
  EXPECT_EQ(a.gross_margin_pct[2], 50.0);
  EXPECT_DOUBLE_EQ(ui.state.session.projection().years[2].aws_from_anthropic_busd, 19 * 0.5 * 0.75);
  EXPECT_EQ(ui.Type("slider:gm", " 55.25% "), "");  // the unit as shown, any decimals
  EXPECT_EQ(a.gross_margin_pct[0], 55.25);

  // A bad value is refused with the link's words, and changes nothing.
  const std::string link = ui.state.session.CanonicalLink();
  EXPECT_EQ(ui.Type("slider:gm", "abc"),
            "Anthropic gross margin must be a plain decimal number such as 12.5: nothing was "
            "changed.");
  EXPECT_EQ(ui.Type("slider:gm", "150"),
            "Anthropic gross margin cannot be above 100% (150 was given): nothing was changed.");
  EXPECT_EQ(ui.state.session.CanonicalLink(), link);

  // A year's revenue, the horizon (whole years), a button, a tab.
  EXPECT_EQ(ui.Type("slider:rev.2026", "$12B"), "");
  EXPECT_EQ(a.revenue_busd[1], 12.0);
  EXPECT_NE(ui.Type("slider:years", "4.5"), "");
  EXPECT_EQ(ui.Type("slider:years", "4"), "");
  EXPECT_EQ(a.horizon_years, 4);
  ASSERT_TRUE(ui.Act("button:reset", ActionKind::kPress));
  EXPECT_EQ(a, DefaultAssumptions());
  ASSERT_TRUE(ui.Act("tab:range", ActionKind::kPress));
  EXPECT_EQ(ui.state.session.link().view.tab, static_cast<int>(Tab::kRange));
  // A control that is not drawn takes nothing.
  EXPECT_FALSE(ui.Act("slider:nothing", ActionKind::kStep, 1));
}

// The tab row is the core's tab table (core/tabs.h), in its order: each tab a control
// named by its link name ("tab:range"), labelled with its title, and every tab has a
// chart for its files. The semantic layer and the CLI read the same names (tabs.h).
TEST(Calculator, TheTabRowIsTheCoresTabTable) {
  HeadlessUi ui(1200);
  ui.Frame();
  std::vector<std::string> names;
  std::vector<std::string> labels;
  for (const LayoutItem& item : ui.Layout()) {
    if (item.role != Role::kTab) continue;
    names.emplace_back(item.name);
    labels.emplace_back(item.label);
  }
  ASSERT_EQ(names.size(), static_cast<std::size_t>(kTabCount));
  for (int i = 0; i < kTabCount; ++i) {
    EXPECT_EQ(names[i], std::string("tab:") + kTabs[i].link_name);
    EXPECT_EQ(labels[i], kTabs[i].title);
    EXPECT_EQ(TabIndex(kTabs[i].link_name), i);
    EXPECT_NE(ExportChartName(kTabs[i].chart), nullptr);
  }
  EXPECT_EQ(TabAt(static_cast<int>(Tab::kRange)).chart, ExportChart::kFan);
  EXPECT_EQ(TabAt(static_cast<int>(Tab::kDrivers)).chart, ExportChart::kTornado);
  EXPECT_EQ(TabAt(static_cast<int>(Tab::kCompare)).chart, ExportChart::kCompare);
  EXPECT_EQ(TabAt(99).link_name, kTabs.back().link_name);
}

// The keyboard's control draws a ring; a pointer's does not.
TEST(Calculator, TheFocusedControlDrawsItsRing) {
  HeadlessUi ui(1200);
  ui.Frame();
  const int plain = ImGui::GetDrawData()->TotalVtxCount;
  std::snprintf(ui.state.controls.focused, sizeof ui.state.controls.focused, "slider:gm");
  ui.state.controls.focus_visible = false;
  ui.Frame();
  EXPECT_EQ(ImGui::GetDrawData()->TotalVtxCount, plain);
  ui.state.controls.focus_visible = true;
  ui.Frame();
  EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, plain);
}

// What a screen reader gets: every text in drawing order with its words, headings,
// charts described, and every control named.
TEST(Calculator, TheLayoutLogCarriesTheWords) {
  HeadlessUi ui(1200);
  ui.Frame();
  std::string words;
  int headings = 0;
  int charts = 0;
  for (const LayoutItem& item : ui.Layout()) {
    if (item.role == Role::kText) words += std::string(ui.Words(item)) + "\n";
    if (item.role == Role::kHeading) ++headings;
    if (item.role == Role::kImage) {
      ++charts;
      EXPECT_NE(std::string(ui.Words(item)).find("2027 $5.70B (the note: $5.6B)"),
                std::string::npos)
          << ui.Words(item);
    }
    if (item.role != Role::kNone && item.role != Role::kText && item.role != Role::kHeading &&
        item.role != Role::kImage) {
      EXPECT_STRNE(item.label, "") << item.name;
    }
  }
  EXPECT_GE(headings, 2);  // "Results", "Assumptions"
  EXPECT_EQ(charts, 1);
  EXPECT_NE(words.find("AWS revenue from Anthropic in 2027"), std::string::npos) << words;
  EXPECT_NE(words.find("$5.70B"), std::string::npos);
  EXPECT_NE(words.find("Over 2025\xE2\x80\x93"
                       "2027"),
            std::string::npos)
      << words;
  // A table row names its columns.
  ASSERT_TRUE(ui.Act("tab:note", ActionKind::kPress));
  ui.Frame();
  bool row = false;
  for (const LayoutItem& item : ui.Layout()) {
    if (item.role == Role::kText &&
        std::string(ui.Words(item)).starts_with("2027: The note $5.60B, Model $5.70B")) {
      row = true;
    }
  }
  EXPECT_TRUE(row) << [&] {
    std::string all;
    for (const LayoutItem& item : ui.Layout()) all += std::string(ui.Words(item)) + "\n";
    return all;
  }();
}

TEST(Calculator, RevenueAsGrowthEditsTheSameNumbers) {
  HeadlessUi ui(1200);
  ui.state.revenue_as_growth = true;
  ui.Frame();
  // 2026 and 2027 as growth; 2025 stays in dollars.
  ASSERT_NE(ui.Control("slider:growth.2026"), nullptr);
  ASSERT_NE(ui.Control("slider:growth.2027"), nullptr);
  ASSERT_NE(ui.Control("slider:rev.2025"), nullptr);
  ASSERT_EQ(ui.Control("slider:rev.2026"), nullptr);
  const LayoutItem growth = *ui.Control("slider:growth.2026");  // a copy: frames follow
  ui.MoveMouse(HeadlessUi::Centre(growth));
  ui.Frame();
  ui.MouseButton(true);
  ui.Frame();
  ui.MoveMouse(ImVec2(growth.rect.x + 4.0f, HeadlessUi::Centre(growth).y));
  ui.Frame();
  ui.MouseButton(false);
  ui.Frame();
  const Assumptions& a = ui.state.session.link().assumptions;
  EXPECT_LT(a.revenue_busd[1], 4.0);                // strongly negative growth
  EXPECT_NEAR(RevenueGrowthPct(a, 2), 90.0, 0.05);  // 2027 keeps its growth
}

// An embed's host may leave out the header, the footer and the side padding:
// each changes what is drawn, and none is part of the link.
TEST(Calculator, EmbedOptionsLeaveOutWhatTheArticleHas) {
  HeadlessUi ui(740);
  ui.Frame();
  const float full = ui.Frame().content_height_px;
  ASSERT_NE(ui.Control("title"), nullptr);
  ASSERT_NE(ui.Control("footer"), nullptr);
  const float inset = ui.Control("slider:gm")->rect.x;
  EXPECT_GT(inset, 10.0f);
  const std::string link = ui.state.session.CanonicalLink();

  ui.state.embed = {false, false, false};
  ui.Frame();
  const float trimmed = ui.Frame().content_height_px;
  EXPECT_EQ(ui.Control("title"), nullptr);
  EXPECT_EQ(ui.Control("link:article"), nullptr);
  EXPECT_EQ(ui.Control("footer"), nullptr);
  EXPECT_LT(ui.Control("slider:gm")->rect.x, inset - 10.0f);  // no side padding
  EXPECT_LT(trimmed, full - 100.0f);
  EXPECT_EQ(ui.state.session.CanonicalLink(), link);
}

}  // namespace
}  // namespace awscalc

namespace awscalc {
namespace {

// Fonts keep CSS-pixel metrics at every devicePixelRatio: the page is as tall at ratio 2
// and 3 as the loading placeholder measured at ratio 1.
TEST(Calculator, TheLayoutIsTheSameAtEveryPixelRatio) {
  for (float width : {360.0f, 1200.0f}) {
    ui::HeadlessUi one(width, false, 1.0f);
    one.Frame();
    const float height = one.Frame().content_height_px;
    for (float ratio : {2.0f, 3.0f}) {
      ui::HeadlessUi other(width, false, ratio);
      other.Frame();
      EXPECT_EQ(other.Frame().content_height_px, height) << width << " px at ratio " << ratio;
    }
  }
}

}  // namespace
}  // namespace awscalc
