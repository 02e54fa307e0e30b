// tabs.h: the results tabs, each declared once: what it is (Tab), its name in the link
// ("tab=range"), its title on the canvas and in the semantic layer ("Range of
// outcomes"), and the chart its "Download figures" files show (ExportChart). The
// interface's tab row, the link codec, the page's exports and `aws-calc --svg` all read
// this table; nothing else names a tab.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/chart_export.h"
#include "core/messages.h"

namespace awscalc {

enum class Tab : std::uint8_t {
  kWork,
  kNote,
  kFigures,
  kAws,
  kRange,
  kDrivers,
  kGoal,
  kCompare,
  kSince
};

struct TabInfo {
  Tab tab;
  const char* link_name;  // "tab=<link_name>"; the first tab is the link's default
  const char* title;      // the tab's words on the canvas
  ExportChart chart;      // the chart of its files (the revenue bars unless it has its own)
};

inline constexpr int kTabCount = 9;
inline constexpr std::array<TabInfo, kTabCount> kTabs = {{
    {Tab::kWork, "work", MarkT("Show the work"), ExportChart::kBars},
    {Tab::kNote, "note", MarkT("The note vs the model"), ExportChart::kBars},
    {Tab::kFigures, "figures", MarkT("All figures"), ExportChart::kBars},
    {Tab::kAws, "aws", MarkT("AWS and Amazon"), ExportChart::kBars},
    {Tab::kRange, "range", MarkT("Range of outcomes"), ExportChart::kFan},
    {Tab::kDrivers, "drivers", MarkT("What matters most"), ExportChart::kTornado},
    {Tab::kGoal, "goal", MarkT("What would it take"), ExportChart::kBars},
    {Tab::kCompare, "compare", MarkT("Compare scenarios"), ExportChart::kCompare},
    {Tab::kSince, "since", MarkT("Since the note"), ExportChart::kBars},
}};

constexpr bool TabsInOrder() {
  for (int i = 0; i < kTabCount; ++i) {
    if (static_cast<int>(kTabs[i].tab) != i) return false;
  }
  return true;
}
static_assert(TabsInOrder(), "kTabs lists the tabs in Tab's order");

// The tab of a link state's index (ViewSettings::tab), clamped into the table.
constexpr const TabInfo& TabAt(int index) {
  return kTabs[static_cast<std::size_t>(index < 0            ? 0
                                        : index >= kTabCount ? kTabCount - 1
                                                             : index)];
}

// The index of the tab a link names ("range" -> 4), or nullopt.
constexpr std::optional<int> TabIndex(std::string_view link_name) {
  for (int i = 0; i < kTabCount; ++i) {
    if (link_name == kTabs[i].link_name) return i;
  }
  return std::nullopt;
}

// One column of the table, for controls that take arrays (the interface's tab row).
template <const char* TabInfo::*Field>
constexpr std::array<const char*, kTabCount> TabColumn() {
  std::array<const char*, kTabCount> column{};
  for (int i = 0; i < kTabCount; ++i) column[static_cast<std::size_t>(i)] = kTabs[i].*Field;
  return column;
}

}  // namespace awscalc
