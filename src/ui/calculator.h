// calculator.h: the calculator's interface, built with Dear ImGui each frame.
//
// The interface draws a Session (core/session.h: the link state, the single source of
// truth whose canonical form is the share link, and everything derived from it) and
// edits its link state; it keeps only how the reader is looking at things. The platform
// (src/web, or a headless test) owns ImGui's context, input and rendering.
//
//   ui::ApplyLink(state, ParseLink(fragment));     // a link opened or set by the page
//   ui::CalculatorFrame f = ui::DrawCalculator(state, fonts, palette, hooks);
//   if (f.link_changed) ...state.session.CanonicalLink()...   // the URL, the text version
//   // f.content_height_px: the height the page should give the canvas
#pragma once

#include <array>

#include "core/session.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace awscalc::ui {

// The results sections a reader switches between are the core's tabs (core/tabs.h:
// Tab, kTabs: link name, title, exported chart).

struct CalculatorState {
  Session session;  // the link state and its results

  // How the reader is looking at things (not part of the link).
  bool revenue_as_growth = false;  // revenue edited as growth rates
  // The preset caption's reserved height (CSS px): what it has been since a preset was
  // chosen, so that moving a slider below it (the caption becoming "your own") never
  // moves that slider.
  float preset_caption_px = 0;
  float preset_caption_width = 0;            // the column width it was measured at
  std::array<bool, kInputCount> per_year{};  // per-year inputs (by InputId) shown year by year
  int work_year_index = kNoteYears - 1;      // "show the work" year (index from 2025)
  int figures_year_index = kNoteYears - 1;   // all figures, one-column layout
  bool show_ranges = false;                  // the Monte Carlo ranges' controls
  bool scenario_presets = false;             // a free scenario slot offers the presets
  const InputInfo* last_moved = nullptr;     // the input the reader changed last
  int last_moved_year = -1;                  // and its year (-1: every year)
  bool coarse_pointer = false;  // a finger (the page's "(pointer: coarse)"): thumb-sized controls
  GoalQuery goal_draft;         // the goal-seek question before it is asked
  ControlState controls;        // the page's semantic layer: actions, keyboard focus
  // What an embed's host left out (web/embed_child.js reads it from the iframe's query string,
  // never from the link): the header (title, intro, source line: the article has
  // them), the footer, the side padding (the article's column has its own).
  struct EmbedOptions {
    bool header = true;
    bool footer = true;
    bool side_padding = true;
    bool operator==(const EmbedOptions&) const = default;
  } embed;
};

// Applies a parsed link to the session, and sets the view to match it (the per-year
// switches on where the link gives different values per year).
void ApplyLink(CalculatorState& state, const ParsedLink& parsed);

// What the UI needs from its host: optional.
struct CalculatorHooks {
  void (*open_url)(const char* url) = nullptr;  // the source link was activated
};

struct CalculatorFrame {
  float content_height_px = 0;   // CSS pixels the whole interface needs
  bool link_changed = false;     // the reader edited something this frame
  bool busy = false;             // a Monte Carlo run is in progress: draw another frame
  bool actions_waiting = false;  // the semantic layer's actions for the next frame
  bool two_columns = false;      // the layout chosen for this width
  ImVec4 chart_rect;             // the revenue chart: x, y, width, height in CSS px
  // Where the charts, the headline, every control and every text were drawn ("chart",
  // "headline", "slider:gm", "tab:range", "source:gm", "text:3"...), in CSS px, in
  // drawing order, with their roles, names and words (widgets.h): the semantic layer.
  LayoutLog layout;
  TextPool text;
};

// Width (CSS px) from which the assumptions and the results sit side by side.
inline constexpr float kTwoColumnMinWidthPx = 760.0f;
// Monte Carlo samples one frame may compute: 10,000 take about 0.75 ms in WebAssembly.
inline constexpr int kSamplesPerFrame = 20000;

// Builds the whole interface into one window covering io.DisplaySize. Call between
// ImGui::NewFrame() and ImGui::Render(). Advances the session's Monte Carlo run by one
// slice.
CalculatorFrame DrawCalculator(CalculatorState& state, const Fonts& fonts, const Palette& palette,
                               const CalculatorHooks& hooks);

}  // namespace awscalc::ui
