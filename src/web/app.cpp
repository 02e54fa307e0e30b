// app.cpp: the calculator page's frame loop (app.h): Dear ImGui with the project's
// platform (platform.h) and renderer (renderer.h) backends drawing the interface
// (src/ui/calculator.h). The Embind API the page script calls is in api.cpp.
//
// A frame: take input, build the UI (the session recomputes when the state changed),
// render, tell the page what changed, decide whether another frame is needed.
#include "web/app.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/decimal.h"
#include "core/language_pack.h"
#include "core/messages.h"
#include "core/report.h"
#include "imgui_internal.h"  // the input queue (on-demand frames)
#include "web/js.h"
#include "web/platform.h"
#include "web/renderer.h"

namespace awscalc::web {

App g_app;

namespace {

// After the last input, frames continue this long so hover delays, tooltips and the
// keyboard-focus highlight settle (ImGui's longest hover delay is 0.40 s)...
constexpr double kSettleMs = 600.0;
// ...and at least this many frames, so navigation, scrolling and the cursor shape
// catch up with input that arrived in one burst.
constexpr int kSettleFrames = 3;

bool Dark() {
  switch (g_app.state.session.link().view.theme) {
    case Theme::kLight:
      return false;
    case Theme::kDark:
      return true;
    case Theme::kAuto:
      return g_app.page_prefers_dark;
  }
  return false;
}

void ApplyTheme() {
  g_app.palette = ui::MakePalette(Dark(), g_app.state.session.link().view.accent_rgb);
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

std::span<const unsigned char> LanguageFont() {
  return {reinterpret_cast<const unsigned char*>(g_app.language_font.data()),
          g_app.language_font.size()};
}

// Called inside PlatformNewFrame, before ImGui::NewFrame: the new atlas is used at once.
void OnPixelRatioChanged(float pixel_ratio) {
  g_app.fonts = ui::LoadFonts(*ImGui::GetIO().Fonts, pixel_ratio, LanguageFont());
  RendererUpdateFontTexture();
}

// The language pack the page handed over last (one at a time: the page keeps the packs it
// fetched and hands one over again when the reader goes back to it).
LanguagePack g_language;

// The link's language when its pack is here, else English.
void ApplyLanguage() {
  UseLanguageOf(g_app.state.session.link().view.language);
}

// GL objects are forgotten when the context is lost (deleting them after a restore
// would name objects of the dead context) and made again when it comes back.
void OnContextLost() {
  RendererDestroyDeviceObjects();
}
void OnContextRestored() {
  RendererCreateDeviceObjects();
}

void NotifyLinkIfChanged() {
  std::string link = g_app.state.session.CanonicalLink();
  if (link == g_app.link) return;
  g_app.link = std::move(link);
  JsNotifyLinkChanged(g_app.link.c_str());
}

void DrawFrame() {
  PlatformNewFrame();
  RendererNewFrame();
  ImGui::NewFrame();
  const ui::CalculatorHooks hooks{[](const char* url) { JsOpenUrl(url); }};
  const ui::CalculatorFrame frame =
      ui::DrawCalculator(g_app.state, g_app.fonts, g_app.palette, hooks);
  ImGui::Render();

  ImDrawData* draw_data = ImGui::GetDrawData();
  glViewport(0, 0, static_cast<int>(draw_data->DisplaySize.x * draw_data->FramebufferScale.x),
             static_cast<int>(draw_data->DisplaySize.y * draw_data->FramebufferScale.y));
  glClearColor(0, 0, 0, 0);  // transparent: the page or the host shows through
  glClear(GL_COLOR_BUFFER_BIT);
  RendererRenderDrawData(draw_data);
  ++g_app.frames_rendered;

  g_app.chart_rect = frame.chart_rect;
  g_app.layout = frame.layout;
  g_app.text = frame.text;
  if (std::string semantics = SemanticsJson(); semantics != g_app.semantics) {
    g_app.semantics = std::move(semantics);
    JsNotifySemantics(g_app.semantics.c_str());
  }
  const bool resized = frame.content_height_px != g_app.content_height_px;
  if (resized) {
    g_app.content_height_px = frame.content_height_px;
    PlatformSetCanvasCssHeight(frame.content_height_px);
  }
  if (frame.link_changed) NotifyLinkIfChanged();
  if (g_app.analysis_running && !frame.busy) JsNotifyAnalysisDone();
  g_app.analysis_running = frame.busy;
  if (g_app.first_frame_pending) {
    g_app.first_frame_pending = false;
    JsNotifyFirstFrame();
  }

  // Another frame when the layout moved, the reader is mid-drag, ImGui still has queued
  // input (it spreads fast input over frames), or input was recent enough that a
  // hover delay may still expire. A keyboard reader resting on a slider (an active
  // text field after Tab) needs no frames: the next key brings one.
  const bool dragging = ImGui::IsAnyItemActive() && ImGui::IsAnyMouseDown();
  const bool settling =
      g_app.settle_frames > 0 || emscripten_get_now() - g_app.last_input_ms < kSettleMs;
  if (g_app.settle_frames > 0) --g_app.settle_frames;
  const bool queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
  if (resized || frame.link_changed || frame.busy || frame.actions_waiting || dragging ||
      settling || queued || g_app.continuous) {
    RequestFrame();
  }
}

EM_BOOL OnAnimationFrame(double, void*) {
  g_app.frame_requested = false;
  if (!g_app.started) return EM_FALSE;  // stopped (StopCanvas) since it was requested
  if (PlatformContextLost() || (!PlatformCanvasVisible() && !g_app.continuous)) {
    return EM_FALSE;  // the platform requests a frame when this changes
  }
  DrawFrame();
  return EM_FALSE;
}

}  // namespace

bool StartCanvas(const std::string& canvas_selector, bool prefers_dark) {
  if (g_app.started) return true;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  PlatformHooks hooks;
  hooks.request_frame = OnInput;
  hooks.pixel_ratio_changed = OnPixelRatioChanged;
  hooks.context_lost = OnContextLost;
  hooks.context_restored = OnContextRestored;
  if (!PlatformInit(canvas_selector.c_str(), hooks)) {
    ImGui::DestroyContext();
    return false;
  }
  g_app.fonts = ui::LoadFonts(*io.Fonts, PlatformPixelRatio(), LanguageFont());
  if (!RendererInit()) {
    PlatformShutdown();
    ImGui::DestroyContext();
    return false;
  }
  g_app.page_prefers_dark = prefers_dark;
  ApplyTheme();
  g_app.started = true;
  g_app.first_frame_pending = true;
  g_app.link = g_app.state.session.CanonicalLink();
  RequestFrame();
  return true;
}

void StopCanvas() {
  if (!g_app.started) return;
  RendererShutdown();  // on a lost context, deleting its objects does nothing
  PlatformShutdown();  // the listeners, and the context itself
  ImGui::DestroyContext();
  g_app.started = false;
  g_app.content_height_px = 0;
  g_app.layout.clear();
  g_app.text.clear();
  g_app.semantics.clear();
  g_app.state.controls = ui::ControlState{};
}

void StateChanged() {
  g_app.link = g_app.state.session.CanonicalLink();
  ApplyLanguage();
  if (!g_app.started) return;
  ApplyTheme();
  RequestFrame();
}

bool AddLanguage(const std::string& code, const std::string& messages, const std::string& font) {
  if (!g_language.Load(code, messages)) {  // not a pack of this build: English, drawn as such
    StateChanged();
    return false;
  }
  if (!font.empty() && font != g_app.language_font) {
    g_app.language_font = font;
    if (g_app.started) {
      g_app.fonts = ui::LoadFonts(*ImGui::GetIO().Fonts, PlatformPixelRatio(), LanguageFont());
      RendererUpdateFontTexture();
    }
  }
  StateChanged();
  return true;
}

void UseLanguageOf(const Locale* wanted) {
  g_language.Use(wanted);
}

std::string LanguageInUse() {
  return std::string(CurrentLanguage());
}

void SetRenderContinuously(bool continuous) {
  g_app.continuous = continuous;
  RequestFrame();
}

void SetEmbedOptions(bool header, bool footer, bool side_padding) {
  const ui::CalculatorState::EmbedOptions options{header, footer, side_padding};
  if (g_app.state.embed == options) return;
  g_app.state.embed = options;
  RequestFrame();
}

void SetCoarsePointer(bool coarse) {
  if (g_app.state.coarse_pointer == coarse) return;
  g_app.state.coarse_pointer = coarse;
  RequestFrame();
}

void SetPrefersDark(bool dark) {
  g_app.page_prefers_dark = dark;
  if (!g_app.started) return;
  ApplyTheme();
  RequestFrame();
}

bool RenderNow() {
  if (!g_app.started || PlatformContextLost()) return false;
  DrawFrame();
  return true;
}

std::string HeadlineRectJson() {
  for (const ui::LayoutItem& item : g_app.layout) {
    if (std::strcmp(item.name, "headline") == 0) return ui::RectJson(item.rect);
  }
  return "null";
}

std::string SemanticsJson() {
  return ui::SemanticLogJson(g_app.layout, g_app.text);
}

void Act(const std::string& name, const std::string& kind, int steps) {
  ui::QueueAction(&g_app.state.controls, name.c_str(), ui::ActionKindOf(kind), steps);
  OnInput();
}

std::string SetControlValue(const std::string& name, const std::string& text) {
  ui::ControlState& controls = g_app.state.controls;
  std::string problem;
  if (!g_app.started || PlatformContextLost()) {
    problem = "The calculator is not drawn now: use the text version to type a value.";
  } else {
    problem = ui::TypeIntoControl(&controls, name.c_str(), text.c_str(), [] { DrawFrame(); });
  }
  return "{\"link\":" + JsonString(g_app.state.session.CanonicalLink()) +
         ",\"problems\":" + (problem.empty() ? "[]" : "[" + JsonString(problem) + "]") + "}";
}

void FocusControl(const std::string& name, bool visible) {
  ui::ControlState& controls = g_app.state.controls;
  std::snprintf(controls.focused, sizeof controls.focused, "%s", name.c_str());
  controls.focus_visible = visible && !name.empty();
  RequestFrame();
}

std::string StatsJson() {
  const MonteCarloRun& run = g_app.state.session.monte_carlo();
  const BufferInfo buffer = PlatformDrawingBuffer();
  char head[480];
  std::snprintf(head, sizeof head,
                "{\"framesRendered\":%d,\"contentHeight\":%g,\"chart\":{\"x\":%g,\"y\":%g,"
                "\"width\":%g,\"height\":%g},\"drawingBuffer\":{\"width\":%d,\"height\":%d,"
                "\"ratio\":%g,\"limit\":%d},\"coarsePointer\":%s,\"uncertaintyRunning\":%s,"
                "\"uncertaintyProgress\":%g,\"uncertaintySamples\":%d,\"layout\":{",
                g_app.frames_rendered, g_app.content_height_px, g_app.chart_rect.x,
                g_app.chart_rect.y, g_app.chart_rect.z, g_app.chart_rect.w, buffer.width,
                buffer.height, buffer.ratio, buffer.limit,
                g_app.state.coarse_pointer ? "true" : "false", run.Running() ? "true" : "false",
                run.Running() ? run.Progress() : 1.0, run.Result().samples);
  std::string json = head;
  // The named rectangles, charts and controls (not every text) by name.
  bool first = true;
  for (const ui::LayoutItem& entry : g_app.layout) {
    if (entry.role == ui::Role::kText || entry.role == ui::Role::kHeading) continue;
    json += (first ? "\"" : ",\"") + std::string(entry.name) + "\":" + ui::RectJson(entry.rect);
    first = false;
  }
  // The control whose element has focus, and whether its ring is drawn.
  json += "},\"focus\":{\"name\":" + JsonString(g_app.state.controls.focused) +
          ",\"visible\":" + (g_app.state.controls.focus_visible ? "true" : "false") + "}";
  // Every control with its role, accessible name and state, in drawing order.
  json += ",\"controls\":[";
  first = true;
  for (const ui::LayoutItem& entry : g_app.layout) {
    if (!ui::IsControl(entry.role)) continue;
    if (!first) json += ",";
    first = false;
    ui::AppendItemJson(json, entry, g_app.text);
  }
  return json + "]}";
}

}  // namespace awscalc::web
