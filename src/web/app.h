// app.h: the page module's state and frame loop (app.cpp), for its Embind API (api.cpp).
//
// Rendering is on demand: a frame is drawn after input, a state change, a resize or
// while ImGui still needs one (a drag, a hover delay), and then the loop stops. Nothing
// runs while the reader is idle, the tab is hidden or the canvas is off screen.
#pragma once

#include <string>

#include "core/locale.h"
#include "imgui.h"
#include "ui/calculator.h"

namespace awscalc::web {

struct App {
  ui::CalculatorState state;  // the session and how the reader looks at it
  ui::Fonts fonts;
  ui::Palette palette;
  bool started = false;  // WebGL2 and ImGui are up
  bool page_prefers_dark = false;
  bool continuous = false;  // the benchmark's switch: draw every animation frame
  bool frame_requested = false;
  double last_input_ms = -1e9;
  int settle_frames = 0;          // frames still owed after the last input
  bool analysis_running = false;  // a Monte Carlo run was in progress after the last frame
  int frames_rendered = 0;
  bool first_frame_pending = false;  // the page is told of the first frame after a start
  float content_height_px = 0;
  ImVec4 chart_rect;          // where the chart was last drawn (CSS px), for tests
  ui::LayoutLog layout;       // the charts, controls and texts of the last frame
  ui::TextPool text;          // their words
  std::string semantics;      // the semantic layer's JSON, as last told to the page
  std::string link;           // canonical link of the state, as last told to the page
  std::string language_font;  // the languages' font subset, once a pack brought it
};
extern App g_app;

// Starts ImGui on the canvas. False when WebGL2 is missing: the page then shows its text
// version as the calculator (the session keeps working).
bool StartCanvas(const std::string& canvas_selector, bool prefers_dark);

// Stops drawing and lets go of the canvas and its WebGL context (the page gave up waiting
// for a lost context to come back; it may start again on a fresh canvas). The session,
// the reader's state, stays.
void StopCanvas();

// After the page or the API changed the session's link state: the theme, the language
// and a new frame follow it.
void StateChanged();

// The languages. The page speaks English until a link, an embed or the reader asks for
// another: web/languages.js then fetches its pack (messages, and the font subset with the
// languages' characters) and hands it over here. The link's language is used once its
// pack is here; English words and numbers until then (never a mix).
//   AddLanguage: `messages` is "key\x1ftext\x1fkey\x1ftext..." (the pack's, sorted by
//   key); `font` the subset's bytes (once is enough: "" keeps the one there is). One
//   pack at a time: the last one handed over. False for a code the calculator does not
//   know or messages out of order (English then).
bool AddLanguage(const std::string& code, const std::string& messages, const std::string& font);
// The language in use ("en", "de").
std::string LanguageInUse();
// Speaks `wanted` when its pack is here, else English (nullptr: English): the link's
// language, before a link is read for good (its problems are said in it).
void UseLanguageOf(const Locale* wanted);
void SetPrefersDark(bool dark);
// The benchmark's comparison: draw every animation frame instead of on demand. Behind
// the page's awsCalc.debug, never in a link.
void SetRenderContinuously(bool continuous);
// What an embed's host left out (header, footer, side padding): web/embed_child.js's query
// string, never the link.
void SetEmbedOptions(bool header, bool footer, bool side_padding);
// The page's "(pointer: coarse)": thumb-sized controls (a new layout and height).
void SetCoarsePointer(bool coarse);

// Draws a frame now, outside the animation-frame loop, so the page can copy the canvas in
// the same task (the chart as PNG): WebGL clears the drawing buffer once it has been
// shown. False when there is nothing to draw on.
bool RenderNow();

// The page's semantic layer (web/semantics.js). `kind`: "press", "step" (`steps` up,
// down when negative), "home", "end": carried out by the control `name` in the next
// frame. SetControlValue types a value into a slider or a text box and draws a frame
// at once, so the answer is known: {"link": ..., "problems": [...]} (a refused value
// changes nothing). FocusControl: the control whose element has focus (`visible`: by
// keyboard, so its ring is drawn); "" for none.
void Act(const std::string& name, const std::string& kind, int steps);
std::string SetControlValue(const std::string& name, const std::string& text);
void FocusControl(const std::string& name, bool visible);
// Every control, text, heading and chart of the last frame, in drawing order (JSON).
std::string SemanticsJson();

// What the page's awsCalc.stats() reports from the module, as JSON: frames drawn, the
// content height, the Monte Carlo run's progress, and where the charts and controls were
// last drawn (CSS px within the canvas: "layout": {"chart": [x, y, w, h], ...}).
std::string StatsJson();
// The headline figure's rectangle of the last frame, "[x,y,w,h]" (CSS px in the canvas),
// or "null" before the first: cheap enough for every scroll frame (web/strip.js).
std::string HeadlineRectJson();

}  // namespace awscalc::web
