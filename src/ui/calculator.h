// calculator.h: the calculator's interface, built with Dear ImGui each frame.
//
// The UI only reads and edits a CalculatorState: the LinkState (the single source of
// truth, whose canonical form is the share link) and what is derived from it. The
// platform (src/web, or a headless test) owns ImGui's context, input and rendering.
//
//   ApplyLink(state, ParseLink(fragment));        // a link opened or set by the page
//   ui::CalculatorFrame f = ui::DrawCalculator(state, fonts, palette, hooks);
//   if (f.link_changed) ...CanonicalLink(state.link)...   // update the URL, the mirror
//   // f.content_height_px: the height the page should give the canvas
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/goal_seek.h"
#include "core/projection.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/share_link.h"
#include "core/uncertainty.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace awscalc::ui {

// Results sections a reader can switch between (in the link: "tab=", kTabNames).
enum class Section {
  kMath,
  kNoteVsModel,
  kAllFigures,
  kAwsAndAmazon,
  kRangeOfOutcomes,
  kWhatMattersMost,
  kWhatItWouldTake,
  kScenarios,
  kCount
};

struct CalculatorState {
  LinkState link;                      // what the share link carries
  Projection projection;               // Project(link.assumptions), kept by Recompute
  std::vector<std::string> problems;   // of the last link applied; shown until dismissed

  // Beyond one number (analysis.h): derived from the link like the projection.
  MonteCarloRun monte_carlo;           // sliced over frames; Result() is the last finished
  bool monte_carlo_stale = true;       // the link changed since the run started
  Assumptions monte_carlo_assumptions; // what the current run was started with
  UncertaintySettings monte_carlo_settings;
  Tornado tornado;
  std::optional<GoalResult> goal;      // when the link asks a goal-seek question
  std::vector<ScenarioProjection> scenarios;

  // How the reader is looking at things (not part of the link).
  bool revenue_as_growth = false;              // revenue edited as growth rates
  std::array<bool, 3> per_year{};              // gross margin, AWS share, training
  int work_year_index = kNoteYears - 1;        // "show the work" year (index from 2025)
  int figures_year_index = kNoteYears - 1;     // all figures, one-column layout
  bool show_ranges = false;                    // the Monte Carlo ranges' controls
  GoalQuery goal_draft;                        // the goal-seek question before it is asked
};

// Sets the state from a parsed link: the assumptions, the problems to show, and the
// per-year switches (on where the link gives different values per year).
void ApplyLink(CalculatorState& state, const ParsedLink& parsed);

// Recomputes what derives from state.link (after any edit).
void Recompute(CalculatorState& state);

// What the UI needs from its host: both optional.
struct CalculatorHooks {
  void (*open_url)(const char* url) = nullptr;   // the source link was activated
};

struct CalculatorFrame {
  float content_height_px = 0;   // CSS pixels the whole interface needs
  bool link_changed = false;     // the reader edited something this frame
  bool busy = false;             // a Monte Carlo run is in progress: draw another frame
  bool two_columns = false;      // the layout chosen for this width
  ImGuiID first_tab_stop = 0;    // keyboard focus may leave the canvas before this...
  ImGuiID last_tab_stop = 0;     // ...and after this
  ImVec4 chart_rect;             // the revenue chart: x, y, width, height in CSS px
  // Where the charts and the sliders were drawn ("chart", "fan", "histogram",
  // "tornado", "scenarios", "slider:gm", "slider:rev.2026"...), in CSS px.
  ImVector<NamedRect> layout;
};

// Width (CSS px) from which the assumptions and the results sit side by side.
inline constexpr float kTwoColumnMinWidthPx = 760.0f;

// Builds the whole interface into one window covering io.DisplaySize. Call between
// ImGui::NewFrame() and ImGui::Render().
CalculatorFrame DrawCalculator(CalculatorState& state, const Fonts& fonts,
                               const Palette& palette, const CalculatorHooks& hooks);

inline constexpr const char* kArticleUrl =
    "https://www.businessinsider.com/amazon-anthropic-billions-cloud-revenue-growth-2025-7";

}  // namespace awscalc::ui
