// app.cpp: the calculator page's WebAssembly module: Dear ImGui with the project's
// platform (platform.h) and renderer (renderer.h) backends, the interface
// (src/ui/calculator.h), and the Embind API the page script (web/page.js) calls.
//
// Rendering is on demand: a frame is drawn after input, a state change, a resize or
// while ImGui still needs one (a drag, a hover delay), and then the loop stops.
// Nothing runs while the reader is idle, the tab is hidden or the canvas is off
// screen.
//
// A frame: take input, build the UI (which recomputes when the state changed), render,
// tell the page what changed, decide whether another frame is needed.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/bind.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <string>

#include "core/decimal.h"
#include "core/presets.h"
#include "core/report.h"
#include "core/share_link.h"
#include "imgui.h"
#include "imgui_internal.h"   // the input queue (on-demand frames)
#include "ui/analysis.h"
#include "ui/calculator.h"
#include "web/platform.h"
#include "web/renderer.h"

namespace awscalc::web {
namespace {

// After the last input, frames continue this long so hover delays, tooltips and the
// keyboard-focus highlight settle (ImGui's longest hover delay is 0.40 s)...
constexpr double kSettleMs = 600.0;
// ...and at least this many frames, so navigation, scrolling and the cursor shape
// catch up with input that arrived in one burst.
constexpr int kSettleFrames = 3;

struct App {
  ui::CalculatorState state;
  ui::Fonts fonts;
  ui::Palette palette;
  bool started = false;          // WebGL2 and ImGui are up
  bool page_prefers_dark = false;
  bool continuous = false;       // "debug=continuous": draw every animation frame
  bool frame_requested = false;
  double last_input_ms = -1e9;
  int settle_frames = 0;         // frames still owed after the last input
  int frames_rendered = 0;
  float content_height_px = 0;
  ImVec4 chart_rect;             // where the chart was last drawn (CSS px), for tests
  std::string link;              // canonical link of the state, as last told to the page
};
App g_app;

// The page script listens through these (web/page.js: Module.onLinkChanged, ...).
EM_JS(void, JsNotifyLinkChanged, (const char* link), {
  if (Module["onLinkChanged"]) Module["onLinkChanged"](UTF8ToString(link));
});
EM_JS(void, JsNotifyFirstFrame, (), {
  if (Module["onFirstFrame"]) Module["onFirstFrame"]();
});
EM_JS(void, JsOpenUrl, (const char* url), {
  window.open(UTF8ToString(url), "_blank", "noopener,noreferrer");
});

bool Dark() {
  switch (g_app.state.link.view.theme) {
    case Theme::kLight: return false;
    case Theme::kDark: return true;
    case Theme::kAuto: return g_app.page_prefers_dark;
  }
  return false;
}

void ApplyTheme() {
  g_app.palette = ui::MakePalette(Dark(), g_app.state.link.view.accent_rgb);
  ui::ApplyStyle(g_app.palette, ImGui::GetStyle());
}

EM_BOOL OnAnimationFrame(double, void*);

void RequestFrame() {
  if (!g_app.started || g_app.frame_requested) return;
  g_app.frame_requested = true;
  emscripten_request_animation_frame(OnAnimationFrame, nullptr);
}

void OnInput() {
  g_app.last_input_ms = emscripten_get_now();
  g_app.settle_frames = kSettleFrames;
  RequestFrame();
}

// Called inside PlatformNewFrame, before ImGui::NewFrame: the new atlas is used at once.
void OnPixelRatioChanged(float pixel_ratio) {
  g_app.fonts = ui::LoadFonts(*ImGui::GetIO().Fonts, pixel_ratio);
  RendererUpdateFontTexture();
}

// GL objects are forgotten when the context is lost (deleting them after a restore
// would name objects of the dead context) and made again when it comes back.
void OnContextLost() { RendererDestroyDeviceObjects(); }
void OnContextRestored() { RendererCreateDeviceObjects(); }

void NotifyLinkIfChanged() {
  std::string link = CanonicalLink(g_app.state.link);
  if (link == g_app.link) return;
  g_app.link = std::move(link);
  JsNotifyLinkChanged(g_app.link.c_str());
}

void DrawFrame() {
  PlatformNewFrame();
  RendererNewFrame();
  ImGui::NewFrame();
  const ui::CalculatorHooks hooks{[](const char* url) { JsOpenUrl(url); }};
  const ui::CalculatorFrame frame = ui::DrawCalculator(g_app.state, g_app.fonts, g_app.palette, hooks);
  ImGui::Render();

  ImDrawData* draw_data = ImGui::GetDrawData();
  glViewport(0, 0, static_cast<int>(draw_data->DisplaySize.x * draw_data->FramebufferScale.x),
             static_cast<int>(draw_data->DisplaySize.y * draw_data->FramebufferScale.y));
  glClearColor(0, 0, 0, 0);   // transparent: the page or the host shows through
  glClear(GL_COLOR_BUFFER_BIT);
  RendererRenderDrawData(draw_data);
  ++g_app.frames_rendered;

  PlatformSetTabBoundary(frame.first_tab_stop, frame.last_tab_stop);
  g_app.chart_rect = frame.chart_rect;
  const bool resized = frame.content_height_px != g_app.content_height_px;
  if (resized) {
    g_app.content_height_px = frame.content_height_px;
    PlatformSetCanvasCssHeight(frame.content_height_px);
  }
  if (frame.link_changed) NotifyLinkIfChanged();
  if (g_app.frames_rendered == 1) JsNotifyFirstFrame();

  // Another frame when the layout moved, the reader is mid-drag, ImGui still has queued
  // input (it spreads fast input over frames), or input was recent enough that a
  // hover delay may still expire. A keyboard reader resting on a slider (an active
  // text field after Tab) needs no frames: the next key brings one.
  const bool dragging = ImGui::IsAnyItemActive() && ImGui::IsAnyMouseDown();
  const bool settling = g_app.settle_frames > 0 ||
                        emscripten_get_now() - g_app.last_input_ms < kSettleMs;
  if (g_app.settle_frames > 0) --g_app.settle_frames;
  const bool queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
  if (resized || frame.link_changed || frame.busy || dragging || settling || queued ||
      g_app.continuous) {
    RequestFrame();
  }
}

EM_BOOL OnAnimationFrame(double, void*) {
  g_app.frame_requested = false;
  if (PlatformContextLost() || (!PlatformCanvasVisible() && !g_app.continuous)) {
    return EM_FALSE;   // the platform requests a frame when this changes
  }
  DrawFrame();
  return EM_FALSE;
}

// ---------------------------------------------------------------------------------
// The Embind API (web/page.js wraps it as window.awsCalc).

// Starts ImGui on the canvas. False when WebGL2 is missing: the page then shows the
// DOM mirror as the calculator (the core functions below keep working).
bool Start(const std::string& canvas_selector, bool prefers_dark) {
  if (g_app.started) return true;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;   // a blinking cursor would need frames forever
  PlatformHooks hooks;
  hooks.request_frame = OnInput;
  hooks.pixel_ratio_changed = OnPixelRatioChanged;
  hooks.context_lost = OnContextLost;
  hooks.context_restored = OnContextRestored;
  if (!PlatformInit(canvas_selector.c_str(), hooks)) {
    ImGui::DestroyContext();
    return false;
  }
  g_app.fonts = ui::LoadFonts(*io.Fonts, PlatformPixelRatio());
  if (!RendererInit()) {
    PlatformShutdown();
    ImGui::DestroyContext();
    return false;
  }
  g_app.page_prefers_dark = prefers_dark;
  ApplyTheme();
  g_app.started = true;
  g_app.link = CanonicalLink(g_app.state.link);
  RequestFrame();
  return true;
}

// Applies a link as a reader's would; returns the result keys (with its problems).
std::string SetLink(const std::string& fragment) {
  const ParsedLink parsed = ParseLink(fragment);
  ui::ApplyLink(g_app.state, parsed);
  g_app.link = CanonicalLink(g_app.state.link);
  g_app.continuous = g_app.state.link.view.render_continuously;
  if (g_app.started) {
    ApplyTheme();
    RequestFrame();
  }
  return ResultsJson(g_app.state.projection, g_app.link, ProblemMessages(parsed));
}

std::string GetLink() { return CanonicalLink(g_app.state.link); }

// The results table as CSV (the toolbar's "Results as CSV").
std::string ResultsCsvNow() { return ResultsCsv(g_app.state.projection); }

// The text version's "Years projected": new years follow the extension rule (a link
// cannot say that). Returns the new link.
std::string SetHorizonYears(int years) {
  SetHorizon(g_app.state.link.assumptions, years);
  ui::Recompute(g_app.state);
  g_app.link = CanonicalLink(g_app.state.link);
  RequestFrame();
  return g_app.link;
}

// The result keys of the current state, with the uncertainty, tornado, scenarios and
// goal-seek results. A Monte Carlo run still in progress is finished first, so the
// answer always matches the link (at most ~35 ms, for 200,000 samples).
std::string Results() {
  ui::CalculatorState& state = g_app.state;
  while (ui::AdvanceAnalysis(state, kMaxSamples)) {}
  ReportExtras extras;
  extras.uncertainty = &state.monte_carlo.Result();
  extras.tornado = &state.tornado;
  if (!state.scenarios.empty()) extras.scenarios = &state.scenarios;
  if (state.goal) extras.goal = &*state.goal;
  return ResultsJson(state.projection, CanonicalLink(state.link), state.problems, extras);
}

void SetPrefersDark(bool dark) {
  g_app.page_prefers_dark = dark;
  if (!g_app.started) return;
  ApplyTheme();
  RequestFrame();
}

// Every input with its link key, label, unit, range, default and source, and the
// presets with their links: the page's text version (DOM mirror) is built from this.
std::string InputsJson() {
  std::string json = "{\"inputs\":[";
  bool first = true;
  for (const InputInfo& info : AllInputs()) {
    if (info.link_key[0] == '\0') continue;   // derived views (revenue growth)
    if (!first) json += ',';
    first = false;
    json += "{\"key\":" + JsonString(info.link_key) + ",\"label\":" + JsonString(info.label) +
            ",\"unit\":" + JsonString(UnitSymbol(info.unit)) +
            ",\"min\":" + FormatShortest(info.min_value) +
            ",\"max\":" + FormatShortest(info.max_value) +
            ",\"perYear\":" + (info.per_year ? "true" : "false") +
            ",\"source\":" + JsonString(info.source) + "}";
  }
  json += "],\"presets\":[";
  first = true;
  for (const Preset& preset : Presets()) {
    if (!first) json += ',';
    first = false;
    LinkState state;
    state.assumptions = preset.assumptions;
    json += "{\"id\":" + JsonString(preset.id) + ",\"name\":" + JsonString(preset.name) +
            ",\"description\":" + JsonString(preset.description) +
            ",\"link\":" + JsonString(CanonicalLink(state)) + "}";
  }
  return json + "]}";
}

// The current assumptions under their link keys: one number, or a list per year.
std::string AssumptionsJson() {
  const Assumptions& a = g_app.state.link.assumptions;
  auto list = [&](const YearValues& values) {
    std::string text = "[";
    for (int i = 0; i < a.horizon_years; ++i) {
      if (i > 0) text += ',';
      text += FormatShortest(values[i]);
    }
    return text + "]";
  };
  return "{\"years\":" + std::to_string(a.horizon_years) + ",\"rev\":" + list(a.revenue_busd) +
         ",\"gm\":" + list(a.gross_margin_pct) + ",\"aws\":" + list(a.aws_share_pct) +
         ",\"train\":" + list(a.training_busd) +
         ",\"base\":" + FormatShortest(a.aws_base_2024_busd) +
         ",\"g\":" + FormatShortest(a.aws_growth_pct) +
         ",\"opm\":" + FormatShortest(a.aws_operating_margin_pct) +
         ",\"inv\":" + FormatShortest(a.investment_busd) +
         ",\"stake\":" + FormatShortest(a.stake_value_busd) + "}";
}

// Draws a frame now, outside the animation-frame loop, so the page can copy the
// canvas in the same task (the chart as PNG): WebGL clears the drawing buffer once it
// has been shown. False when there is nothing to draw on.
bool RenderNow() {
  if (!g_app.started || PlatformContextLost()) return false;
  DrawFrame();
  return true;
}


// What the page's awsCalc.stats() reports from the module, as JSON.
std::string Stats() {
  const MonteCarloRun& run = g_app.state.monte_carlo;
  char json[320];
  std::snprintf(json, sizeof json,
                "{\"framesRendered\":%d,\"contentHeight\":%g,\"chart\":{\"x\":%g,\"y\":%g,"
                "\"width\":%g,\"height\":%g},\"uncertaintyRunning\":%s,"
                "\"uncertaintyProgress\":%g,\"uncertaintySamples\":%d}",
                g_app.frames_rendered, g_app.content_height_px, g_app.chart_rect.x,
                g_app.chart_rect.y, g_app.chart_rect.z, g_app.chart_rect.w,
                run.Running() ? "true" : "false", run.Running() ? run.Progress() : 1.0,
                run.Result().samples);
  return json;
}

}  // namespace
}  // namespace awscalc::web

EMSCRIPTEN_BINDINGS(awscalc_app) {
  using namespace awscalc::web;
  emscripten::function("start", &Start);
  emscripten::function("setLink", &SetLink);
  emscripten::function("getLink", &GetLink);
  emscripten::function("resultsCsv", &ResultsCsvNow);
  emscripten::function("setHorizon", &SetHorizonYears);
  emscripten::function("results", &Results);
  emscripten::function("setPrefersDark", &SetPrefersDark);
  emscripten::function("stats", &Stats);
  emscripten::function("inputs", &InputsJson);
  emscripten::function("assumptions", &AssumptionsJson);
  emscripten::function("renderNow", &RenderNow);
}
