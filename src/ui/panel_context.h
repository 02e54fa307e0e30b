// panel_context.h: what the calculator's panels share while one frame is built (internal to
// src/ui): the state, the fonts and palette, the widgets' context, and what the frame
// reports back (an edit, the chart's place). calculator.cpp lays the panels out:
//   assumptions_panel.cpp   the assumptions and the AWS-and-Amazon context inputs
//   results_panel.cpp       the headline, the chart and the first four result sections
//   analysis.cpp            range of outcomes, what matters most, goal seek, scenarios
#pragma once

#include "imgui_internal.h"
#include "ui/calculator.h"

namespace awscalc::ui {

struct PanelContext {
  CalculatorState& state;
  const Fonts& fonts;
  const Palette& palette;
  const CalculatorHooks& hooks;
  LayoutLog layout;
  TextPool text;
  WidgetContext widgets;
  bool changed = false;  // the reader edited the link state this frame
  bool narrow = false;   // a phone-sized column (under 600 px)
  ImRect chart_rect;

  PanelContext(CalculatorState& s, const Fonts& f, const Palette& p, const CalculatorHooks& h)
      : state(s), fonts(f), palette(p), hooks(h), widgets{&f,    &p,          &layout,
                                                          &text, &s.controls, s.coarse_pointer} {}
  PanelContext(const PanelContext&) = delete;
  PanelContext& operator=(const PanelContext&) = delete;

  Session& session() { return state.session; }
  LinkState& link() { return state.session.link(); }
  Assumptions& assumptions() { return state.session.link().assumptions; }
  const Projection& projection() const { return state.session.projection(); }
  // After any edit of the link state: recompute, and tell the page.
  void Edited() {
    state.session.Edited();
    changed = true;
  }
};

// Year labels for rows of year buttons.
inline constexpr const char* kYearLabels[kMaxYears] = {"2025", "2026", "2027",
                                                       "2028", "2029", "2030"};

// The panels.
void DrawMainInputs(PanelContext& f);  // a phone's: the inputs that move the headline most
void DrawAssumptions(PanelContext& f);
void DrawContextAssumptions(PanelContext& f);
void DrawResultsTop(PanelContext& f);      // the headline figure and the chart
void DrawResultSections(PanelContext& f);  // the section tabs and the chosen section
void DrawRangeOfOutcomes(PanelContext& f);
void DrawWhatMattersMost(PanelContext& f);
void DrawWhatItWouldTake(PanelContext& f);
void DrawScenarios(PanelContext& f);
void DrawSinceTheNote(PanelContext& f);  // since_panel.cpp

}  // namespace awscalc::ui
