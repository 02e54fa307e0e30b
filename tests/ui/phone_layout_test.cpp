// phone_layout_test.cpp: the one-column layout a phone gets (under 600 px): the inputs
// that move the headline most right under it, the result sections as one select with
// its panel, and scenario compare starting with one action. Headless (ui/headless.h).
#include <gtest/gtest.h>

#include <string>

#include "core/assumptions.h"
#include "core/tabs.h"
#include "ui/headless.h"

namespace awscalc {
namespace {

using ui::ActionKind;
using ui::HeadlessUi;
using ui::LayoutItem;
using ui::LayoutLog;
using ui::Role;

HeadlessUi& Phone(HeadlessUi& ui) {
  ui.state.coarse_pointer = true;
  ui.Frame();
  ui.Frame();
  return ui;
}

float Top(const HeadlessUi& ui, const std::string& name) {
  const LayoutItem* item = ui.Control(name);
  EXPECT_NE(item, nullptr) << name;
  return item != nullptr ? item->rect.y : -1.0f;
}

// The main inputs are the core's (InputInfo::main_label), in its order, after the chart
// and before the presets and the full list; a desktop has none (its two columns put
// every input beside the answer).
TEST(PhoneLayout, TheMainInputsComeRightAfterTheChart) {
  for (const float width : {360.0f, 390.0f}) {
    HeadlessUi ui(width);
    Phone(ui);
    std::vector<std::string> main;
    for (const LayoutItem& item : ui.Layout()) {
      if (std::string(item.name).starts_with("slider:main.")) main.emplace_back(item.name);
    }
    std::vector<std::string> expected;
    for (const InputInfo& info : AllInputs()) {
      if (info.main_label != nullptr)
        expected.push_back(std::string("slider:main.") + info.link_key);
    }
    EXPECT_EQ(main, expected);
    ASSERT_EQ(main.size(), 3u);
    const LayoutItem* chart = ui.Control("chart");
    ASSERT_NE(chart, nullptr);
    EXPECT_GT(Top(ui, main.front()), chart->rect.y + chart->rect.w);
    // The last one ends within 200 px of the chart: no presets, no captions between.
    EXPECT_LT(Top(ui, main.back()), chart->rect.y + chart->rect.w + 200.0f) << width;
    EXPECT_LT(Top(ui, main.back()), Top(ui, "button:reset"));
    EXPECT_LT(Top(ui, main.back()), Top(ui, "slider:rev.2025"));
  }
  HeadlessUi desktop(1200);
  desktop.Frame();
  EXPECT_EQ(desktop.Control("slider:main.gm"), nullptr);
}

// The same values as the full list: the chosen year's revenue, every year's margin (one
// value) or the chosen year's (year by year).
TEST(PhoneLayout, AMainInputChangesTheSameAssumptions) {
  HeadlessUi ui(390);
  Phone(ui);
  const Assumptions& a = ui.state.session.link().assumptions;
  EXPECT_EQ(ui.Control("slider:main.rev")->now, 19.0);
  EXPECT_STREQ(ui.Control("slider:main.rev")->label, "Anthropic revenue, 2027");
  EXPECT_EQ(ui.Type("slider:main.rev", "25"), "");
  EXPECT_EQ(a.revenue_busd[2], 25.0);
  EXPECT_EQ(ui.Control("slider:rev.2027")->now, 25.0);
  EXPECT_EQ(ui.Type("slider:main.gm", "50"), "");
  EXPECT_EQ(a.gross_margin_pct[0], 50.0);
  EXPECT_EQ(a.gross_margin_pct[2], 50.0);
  // Year by year: the main slider is the chosen year's.
  ASSERT_TRUE(ui.Act("years:aws", ActionKind::kPress));
  ui.Frame();
  EXPECT_STREQ(ui.Control("slider:main.aws")->label,
               "Share of Anthropic's costs spent on AWS, 2027");
  EXPECT_EQ(ui.Type("slider:main.aws", "80"), "");
  EXPECT_EQ(a.aws_share_pct[2], 80.0);
  EXPECT_EQ(a.aws_share_pct[0], 75.0);
  EXPECT_EQ(ui.state.session.CanonicalLink(), "v=1&rev=4,10,25&gm=50&aws=75,75,80");
}

// Nine sections as one control on a phone (one row), rows of tabs on a desktop; either
// way what the section shows is one panel, named by the section and holding its items.
TEST(PhoneLayout, TheSectionsAreOneSelectWithAPanel) {
  HeadlessUi ui(360);
  Phone(ui);
  EXPECT_EQ(ui.Control("tab:work"), nullptr);
  const LayoutItem* select = ui.Control("select:tab");
  ASSERT_NE(select, nullptr);
  EXPECT_EQ(select->role, Role::kSelect);
  EXPECT_STREQ(select->value, "work");
  EXPECT_LE(select->rect.w, 60.0f);  // one row
  EXPECT_LE(select->rect.x + select->rect.z, 360.0f);
  std::string options = ui.Words(*select);
  for (const TabInfo& tab : kTabs) {
    EXPECT_NE(options.find(std::string(tab.link_name) + "\t" + tab.title), std::string::npos)
        << tab.link_name;
  }
  ASSERT_TRUE(ui.Act("select:tab", ActionKind::kStep, 1));
  EXPECT_EQ(ui.state.session.link().view.tab, 1);
  EXPECT_EQ(ui.Type("select:tab", "since"), "");
  EXPECT_EQ(ui.state.session.link().view.tab, static_cast<int>(Tab::kSince));
  EXPECT_EQ(ui.state.session.CanonicalLink(), "v=1&tab=since");

  for (const float width : {360.0f, 1200.0f}) {
    ui.Resize(width);
    ui.Frame();
    ui.Frame();
    const LayoutLog& log = ui.Layout();
    int at = -1;
    for (int i = 0; i < log.Size; ++i) {
      if (std::string(log[i].name) == "panel:tab") at = i;
    }
    ASSERT_GE(at, 0) << width;
    const LayoutItem& panel = log[at];
    EXPECT_EQ(panel.role, Role::kPanel);
    EXPECT_STREQ(panel.label, "Since the note");
    ASSERT_GT(panel.children, 3);
    ASSERT_LE(at + panel.children, log.Size - 1);
    // Inside: the section's charts; after it, nothing of the section.
    bool chart = false;
    for (int i = at + 1; i <= at + panel.children; ++i) {
      chart = chart || std::string(log[i].name) == "chart-run-rate";
      EXPECT_GE(log[i].rect.y + 0.5f, panel.rect.y) << log[i].name;
      EXPECT_LE(log[i].rect.y + log[i].rect.w, panel.rect.y + panel.rect.w + 0.5f) << log[i].name;
    }
    EXPECT_TRUE(chart) << width;
  }
}

// Compare starts with one action ("Keep your assumptions to compare") and a box for the
// presets, not three slots of seven buttons; a kept scenario brings the next free slot.
TEST(PhoneLayout, CompareStartsWithOneAction) {
  HeadlessUi ui(360);
  ui.state.session.link().view.tab = static_cast<int>(Tab::kCompare);
  Phone(ui);
  int buttons = 0;
  for (const LayoutItem& item : ui.Layout()) {
    if (std::string(item.name).starts_with("button:s")) ++buttons;
  }
  EXPECT_EQ(buttons, 1);
  ASSERT_NE(ui.Control("button:s1.keep"), nullptr);
  EXPECT_EQ(ui.Control("button:s2.keep"), nullptr);
  EXPECT_EQ(ui.Control("button:s1.bear"), nullptr);
  ASSERT_TRUE(ui.Act("presets:s1", ActionKind::kPress));
  ui.Frame();
  ASSERT_TRUE(ui.Act("button:s1.bear", ActionKind::kPress));
  ui.Frame();
  EXPECT_NE(ui.Control("button:s1.use"), nullptr);
  EXPECT_NE(ui.Control("button:s2.keep"), nullptr);
  EXPECT_EQ(ui.Control("button:s2.bear"), nullptr);  // the box closed with the choice
  EXPECT_EQ(ui.Control("button:s3.keep"), nullptr);
}

// aria-valuenow is the value at the digits the slider shows: a growth the core derives
// carries no float noise.
TEST(PhoneLayout, ASlidersValueIsRoundedAsShown) {
  HeadlessUi ui(390);
  Phone(ui);
  ASSERT_TRUE(ui.Act("view:growth", ActionKind::kPress));
  ui.Frame();
  EXPECT_EQ(ui.Type("slider:rev.2025", "4.1"), "");
  ui.Frame();
  const LayoutItem* growth = ui.Control("slider:growth.2026");
  ASSERT_NE(growth, nullptr);
  EXPECT_EQ(growth->now, 143.9);  // 10 / 4.1 - 1 = 143.90243...
  EXPECT_STREQ(growth->value, "143.9%");
}

}  // namespace
}  // namespace awscalc
