// platform.cpp: the project's browser platform backend for Dear ImGui (see
// platform.h for the contract). The JS glue html5.h lacks (observers) is in
// src/web/library_awscalc.js (js.h). Sections:
//   [input]  mouse, wheel and touch callbacks (the keyboard lives in the page's
//            semantic layer: web/semantics.js)
//   [frame]  canvas size, pixel ratio, time and cursor, once per frame
//   [api]    PlatformInit and the rest of platform.h
#include "web/platform.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <emscripten/html5_webgl.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "imgui_internal.h"  // hovered-window scroll state (wheel)
#include "web/js.h"

namespace awscalc::web {
namespace {

constexpr float kTouchSlopCssPx = 8.0f;        // travel before a touch is a drag or a scroll
constexpr double kTouchMouseGuardMs = 1000.0;  // emulated mouse events trail a touch by less
constexpr int kSelectorCapacity = 64;

// What the JS glue reports through AwscalcPlatformDomEvent (numbers shared with
// library_awscalc.js).
enum DomEvent : int {
  kDomResize = 0,        // the canvas' CSS box changed
  kDomPixelRatio = 1,    // devicePixelRatio changed
  kDomIntersection = 2,  // value: 1 = some of the canvas is on screen, 0 = none
};

enum class TouchMode { kNone, kUndecided, kDragging, kScrolling };

struct PlatformState {
  char canvas_selector[kSelectorCapacity] = "";
  PlatformHooks hooks;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context = 0;

  double last_frame_ms = 0.0;
  float pixel_ratio = 1.0f;
  double max_buffer_px = 4096;  // the context's limit (PlatformInit reads it)
  int framebuffer_width_px = 0;
  int framebuffer_height_px = 0;
  float canvas_css_height_px = -1.0f;
  ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;  // none applied yet

  bool tab_hidden = false;
  bool on_screen = true;  // until the IntersectionObserver says otherwise
  bool context_lost = false;

  // Buttons pressed on the canvas keep reporting, from the document, until released.
  int captured_buttons = 0;  // bit per ImGuiMouseButton
  ImVec2 capture_origin_client_px;
  double last_touch_ms = -1e9;

  TouchMode touch_mode = TouchMode::kNone;  // the first finger only
  long touch_id = 0;
  ImVec2 touch_start_css_px;
};
PlatformState g_platform;

void RequestFrame() {
  if (g_platform.hooks.request_frame != nullptr) g_platform.hooks.request_frame();
}

// ---------------------------------------------------------------------------
// [input]

void UpdateModifiers(bool ctrl, bool shift, bool alt, bool meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
}

bool AfterTouch() {
  return emscripten_get_now() - g_platform.last_touch_ms < kTouchMouseGuardMs;
}

// DOM buttons are left, middle, right; ImGui's are left, right, middle.
int ToImGuiButton(unsigned short dom_button) {
  return dom_button == 0 ? 0 : dom_button == 1 ? 2 : dom_button == 2 ? 1 : -1;
}

// html5.h reports whole CSS px as long.
ImVec2 CssPx(long x, long y) {
  return ImVec2(static_cast<float>(x), static_cast<float>(y));
}

const ImVec2 kNoMouse(-FLT_MAX, -FLT_MAX);  // ImGui's "mouse not over the canvas"

void FeedMousePos(ImGuiMouseSource source, const ImVec2& pos_css_px) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(source);
  io.AddMousePosEvent(pos_css_px.x, pos_css_px.y);
}

void FeedMouseButton(ImGuiMouseSource source, int button, bool down) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(source);
  io.AddMouseButtonEvent(button, down);
}

bool InsideCanvas(const ImVec2& pos) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  return pos.x >= 0 && pos.y >= 0 && pos.x < size.x && pos.y < size.y;
}

EM_BOOL OnCanvasMouseDown(int, const EmscriptenMouseEvent* e, void*) {
  if (AfterTouch()) return EM_TRUE;  // a touch's emulated mouse event: already handled
  const int button = ToImGuiButton(e->button);
  if (button < 0) return EM_FALSE;
  if (g_platform.captured_buttons == 0)
    g_platform.capture_origin_client_px = CssPx(e->clientX - e->targetX, e->clientY - e->targetY);
  g_platform.captured_buttons |= 1 << button;
  UpdateModifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  FeedMousePos(ImGuiMouseSource_Mouse, CssPx(e->targetX, e->targetY));
  FeedMouseButton(ImGuiMouseSource_Mouse, button, true);
  RequestFrame();
  return EM_TRUE;  // no text selection or autoscroll starting on the canvas
}

EM_BOOL OnCanvasMouseMove(int, const EmscriptenMouseEvent* e, void*) {
  if (g_platform.captured_buttons != 0 || AfterTouch()) return EM_FALSE;
  UpdateModifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  FeedMousePos(ImGuiMouseSource_Mouse, CssPx(e->targetX, e->targetY));
  RequestFrame();
  return EM_FALSE;
}

EM_BOOL OnCanvasMouseLeave(int, const EmscriptenMouseEvent*, void*) {
  if (g_platform.captured_buttons != 0 || AfterTouch()) return EM_FALSE;
  FeedMousePos(ImGuiMouseSource_Mouse, kNoMouse);  // no hover left behind
  RequestFrame();
  return EM_FALSE;
}

ImVec2 CapturedPos(const EmscriptenMouseEvent& e) {
  const ImVec2 client = CssPx(e.clientX, e.clientY);
  return ImVec2(client.x - g_platform.capture_origin_client_px.x,
                client.y - g_platform.capture_origin_client_px.y);
}

EM_BOOL OnDocumentMouseMove(int, const EmscriptenMouseEvent* e, void*) {
  if (g_platform.captured_buttons == 0) return EM_FALSE;
  FeedMousePos(ImGuiMouseSource_Mouse, CapturedPos(*e));
  RequestFrame();
  return EM_FALSE;
}

EM_BOOL OnDocumentMouseUp(int, const EmscriptenMouseEvent* e, void*) {
  const int button = ToImGuiButton(e->button);
  if (button < 0 || (g_platform.captured_buttons & (1 << button)) == 0) return EM_FALSE;
  g_platform.captured_buttons &= ~(1 << button);
  const ImVec2 pos = CapturedPos(*e);
  UpdateModifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  FeedMousePos(ImGuiMouseSource_Mouse, pos);
  FeedMouseButton(ImGuiMouseSource_Mouse, button, false);
  if (g_platform.captured_buttons == 0 && !InsideCanvas(pos))
    FeedMousePos(ImGuiMouseSource_Mouse, kNoMouse);
  RequestFrame();
  return EM_FALSE;
}

// The window ImGui would find under pos, as FindHoveredWindow does, from the
// state the last frame left (window rectangles, scroll positions).
ImGuiWindow* WindowAt(const ImVec2& pos) {
  ImGuiContext& g = *GImGui;
  for (int i = g.Windows.Size - 1; i >= 0; --i) {  // front to back
    ImGuiWindow* window = g.Windows[i];
    if (!window->Active || window->Hidden || (window->Flags & ImGuiWindowFlags_NoMouseInputs))
      continue;
    if (window->OuterRectClipped.Contains(pos)) return window;
  }
  return nullptr;
}

// Would ImGui scroll something by this wheel step at pos? Mirrors ImGui's
// routing (FindBestWheelingWindow: bubble from child to parent while the child
// cannot scroll on the axis or ignores the wheel), then asks whether the chosen
// window can move further that way; if not, the page should scroll instead.
bool WheelScrollsImGui(const ImVec2& pos, ImVec2 wheel) {
  ImGuiContext& g = *GImGui;
  if (g.IO.KeyShift && !g.IO.ConfigMacOSXBehaviors) wheel = ImVec2(wheel.y, 0.0f);  // ImGui's swap
  const int axis = std::fabs(wheel.x) > std::fabs(wheel.y) ? ImGuiAxis_X : ImGuiAxis_Y;
  const float step = axis == ImGuiAxis_X ? wheel.x : wheel.y;
  if (step == 0.0f) return false;
  ImGuiWindow* window = WindowAt(pos);
  for (; window != nullptr && (window->Flags & ImGuiWindowFlags_ChildWindow);
       window = window->ParentWindow) {
    const bool ignores_wheel = (window->Flags & ImGuiWindowFlags_NoScrollWithMouse) &&
                               !(window->Flags & ImGuiWindowFlags_NoMouseInputs);
    if (window->ScrollMax[axis] != 0.0f && !ignores_wheel) break;
  }
  if (window == nullptr ||
      (window->Flags & (ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMouseInputs)))
    return false;
  // A positive wheel step scrolls towards the start.
  return step > 0.0f ? window->Scroll[axis] > 0.0f : window->Scroll[axis] < window->ScrollMax[axis];
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
  if (e->mouse.ctrlKey) return EM_FALSE;  // Ctrl+wheel and trackpad pinch zoom the page
  // To ImGui's units (about one notch = 1, positive = up/left) from pixels,
  // lines or pages.
  const float scale = e->deltaMode == DOM_DELTA_PIXEL  ? 0.01f
                      : e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f
                                                       : 1.0f;
  const ImVec2 wheel(static_cast<float>(-e->deltaX) * scale,
                     static_cast<float>(-e->deltaY) * scale);
  const ImVec2 pos = CssPx(e->mouse.targetX, e->mouse.targetY);
  if (!WheelScrollsImGui(pos, wheel)) return EM_FALSE;  // the page scrolls
  UpdateModifiers(e->mouse.ctrlKey, e->mouse.shiftKey, e->mouse.altKey, e->mouse.metaKey);
  FeedMousePos(ImGuiMouseSource_Mouse, pos);
  ImGui::GetIO().AddMouseWheelEvent(wheel.x, wheel.y);
  RequestFrame();
  return EM_TRUE;
}

// Touch: one finger, reported as ImGui mouse input from a touch screen. With
// "touch-action: pan-y" the browser scrolls the article on vertical swipes, so
// nothing reaches ImGui until the finger either lifts (a tap: press + release)
// or travels kTouchSlopCssPx mostly sideways (a drag: press at the start, then
// moves). A mostly vertical start is the browser's scroll: ignored to the end.
const EmscriptenTouchPoint* FindTouch(const EmscriptenTouchEvent& e, bool first_changed) {
  for (int i = 0; i < e.numTouches; ++i) {
    const EmscriptenTouchPoint& t = e.touches[i];
    if (t.isChanged && (first_changed || t.identifier == g_platform.touch_id)) return &t;
  }
  return nullptr;
}

void ReleaseTouch(const ImVec2& pos) {
  FeedMousePos(ImGuiMouseSource_TouchScreen, pos);
  FeedMouseButton(ImGuiMouseSource_TouchScreen, ImGuiMouseButton_Left, false);
  FeedMousePos(ImGuiMouseSource_TouchScreen, kNoMouse);  // a finger leaves no hover
}

EM_BOOL OnTouch(int event_type, const EmscriptenTouchEvent* e, void*) {
  g_platform.last_touch_ms = emscripten_get_now();
  const bool tracking = g_platform.touch_mode != TouchMode::kNone;
  if (event_type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    const EmscriptenTouchPoint* t = tracking ? nullptr : FindTouch(*e, true);
    if (t != nullptr) {
      g_platform.touch_mode = TouchMode::kUndecided;
      g_platform.touch_id = t->identifier;
      g_platform.touch_start_css_px = CssPx(t->targetX, t->targetY);
    }
    return EM_FALSE;  // cancelling touchstart would stop the browser's vertical scroll
  }
  const EmscriptenTouchPoint* t = tracking ? FindTouch(*e, false) : nullptr;
  if (t == nullptr) return EM_FALSE;
  const ImVec2 pos = CssPx(t->targetX, t->targetY);
  const ImVec2 start = g_platform.touch_start_css_px;

  if (event_type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
    if (g_platform.touch_mode == TouchMode::kUndecided) {
      const float dx = std::fabs(pos.x - start.x);
      const float dy = std::fabs(pos.y - start.y);
      if (dx < kTouchSlopCssPx && dy < kTouchSlopCssPx) return EM_FALSE;
      g_platform.touch_mode = dx > dy ? TouchMode::kDragging : TouchMode::kScrolling;
      if (g_platform.touch_mode == TouchMode::kScrolling) return EM_FALSE;
      FeedMousePos(ImGuiMouseSource_TouchScreen, start);
      FeedMouseButton(ImGuiMouseSource_TouchScreen, ImGuiMouseButton_Left, true);
    }
    if (g_platform.touch_mode != TouchMode::kDragging) return EM_FALSE;
    FeedMousePos(ImGuiMouseSource_TouchScreen, pos);
    RequestFrame();
    return EM_TRUE;
  }

  // touchend or touchcancel of the tracked finger.
  const TouchMode mode = g_platform.touch_mode;
  g_platform.touch_mode = TouchMode::kNone;
  if (mode == TouchMode::kScrolling) return EM_FALSE;
  if (event_type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
    // The browser took the gesture over: end a drag where it was, drop a tap.
    if (mode == TouchMode::kDragging) ReleaseTouch(ImGui::GetIO().MousePos);
    RequestFrame();
    return EM_FALSE;
  }
  if (mode == TouchMode::kUndecided) {  // a tap
    FeedMousePos(ImGuiMouseSource_TouchScreen, start);
    FeedMouseButton(ImGuiMouseSource_TouchScreen, ImGuiMouseButton_Left, true);
  }
  ReleaseTouch(mode == TouchMode::kUndecided ? start : pos);
  RequestFrame();
  return EM_TRUE;  // no emulated mouse events or click after it
}

EM_BOOL OnVisibilityChange(int, const EmscriptenVisibilityChangeEvent* e, void*) {
  g_platform.tab_hidden = e->hidden;
  RequestFrame();
  return EM_FALSE;
}

EM_BOOL OnContextLost(int, const void*, void*) {
  g_platform.context_lost = true;
  if (g_platform.hooks.context_lost != nullptr) g_platform.hooks.context_lost();
  return EM_TRUE;  // preventDefault: tells the browser we will restore
}

EM_BOOL OnContextRestored(int, const void*, void*) {
  g_platform.context_lost = false;
  if (g_platform.hooks.context_restored != nullptr) g_platform.hooks.context_restored();
  RequestFrame();
  return EM_FALSE;
}

// Installs (or with install = false removes) every html5.h callback.
void SetCallbacks(bool install) {
  const char* canvas = g_platform.canvas_selector;
  const char* document = EMSCRIPTEN_EVENT_TARGET_DOCUMENT;
  const auto pick = [install](auto callback) { return install ? callback : nullptr; };
  emscripten_set_mousedown_callback(canvas, nullptr, EM_FALSE, pick(OnCanvasMouseDown));
  emscripten_set_mousemove_callback(canvas, nullptr, EM_FALSE, pick(OnCanvasMouseMove));
  emscripten_set_mouseleave_callback(canvas, nullptr, EM_FALSE, pick(OnCanvasMouseLeave));
  emscripten_set_mousemove_callback(document, nullptr, EM_FALSE, pick(OnDocumentMouseMove));
  emscripten_set_mouseup_callback(document, nullptr, EM_FALSE, pick(OnDocumentMouseUp));
  emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, pick(OnWheel));
  emscripten_set_touchstart_callback(canvas, nullptr, EM_FALSE, pick(OnTouch));
  emscripten_set_touchmove_callback(canvas, nullptr, EM_FALSE, pick(OnTouch));
  emscripten_set_touchend_callback(canvas, nullptr, EM_FALSE, pick(OnTouch));
  emscripten_set_touchcancel_callback(canvas, nullptr, EM_FALSE, pick(OnTouch));
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, pick(OnVisibilityChange));
  emscripten_set_webglcontextlost_callback(canvas, nullptr, EM_FALSE, pick(OnContextLost));
  emscripten_set_webglcontextrestored_callback(canvas, nullptr, EM_FALSE, pick(OnContextRestored));
}

// ---------------------------------------------------------------------------
// [frame]

// The drawing buffer is the canvas's CSS size x devicePixelRatio, unless that passes
// the largest buffer the context draws (MAX_RENDERBUFFER_SIZE, MAX_VIEWPORT_DIMS,
// MAX_TEXTURE_SIZE: 8,192 px in Chromium here, 4,096 on some phones; a taller buffer
// would be shrunk silently and drawn stretched): then the ratio is lowered until the
// whole canvas fits. A phone's long page draws at about 2.3 device px per CSS px
// instead of 3; text stays sharp enough, and the buffer stays within the GPU's limits.
void UpdateCanvasSize() {
  double css_width_px = 0.0;
  double css_height_px = 0.0;
  emscripten_get_element_css_size(g_platform.canvas_selector, &css_width_px, &css_height_px);
  const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const double longest_css_px = std::max(css_width_px, css_height_px);
  const double limit_px = g_platform.max_buffer_px;
  const double buffer_ratio =
      longest_css_px * ratio > limit_px ? limit_px / longest_css_px : static_cast<double>(ratio);
  // Floor, not round: a buffer of limit + 1 would be shrunk.
  const int width_px = static_cast<int>(std::floor(css_width_px * buffer_ratio + 0.5 - 1e-9));
  const int height_px = std::min(static_cast<int>(limit_px),
                                 static_cast<int>(std::lround(css_height_px * buffer_ratio)));
  if (width_px != g_platform.framebuffer_width_px ||
      height_px != g_platform.framebuffer_height_px) {
    emscripten_set_canvas_element_size(g_platform.canvas_selector, width_px, height_px);
    g_platform.framebuffer_width_px = width_px;
    g_platform.framebuffer_height_px = height_px;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(css_width_px), static_cast<float>(css_height_px));
  // The exact framebuffer/CSS ratio, so one CSS px maps onto whole pixels.
  io.DisplayFramebufferScale = css_width_px > 0.0 && css_height_px > 0.0
                                   ? ImVec2(static_cast<float>(width_px / css_width_px),
                                            static_cast<float>(height_px / css_height_px))
                                   : ImVec2(ratio, ratio);
  if (ratio != g_platform.pixel_ratio) {
    g_platform.pixel_ratio = ratio;
    if (g_platform.hooks.pixel_ratio_changed != nullptr)
      g_platform.hooks.pixel_ratio_changed(ratio);
  }
}

void UpdateMouseCursor() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) return;
  const ImGuiMouseCursor cursor =
      io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (cursor == g_platform.cursor) return;
  g_platform.cursor = cursor;
  static constexpr const char* kCssCursors[ImGuiMouseCursor_COUNT] = {
      "default",     "text",        "move",    "ns-resize",  "ew-resize",
      "nesw-resize", "nwse-resize", "pointer", "not-allowed"};
  JsSetCursor(cursor >= 0 && cursor < ImGuiMouseCursor_COUNT ? kCssCursors[cursor] : "none");
}

}  // namespace

// ---------------------------------------------------------------------------
// [api]

bool PlatformInit(const char* canvas_selector, PlatformHooks hooks) {
  ImGuiIO& io = ImGui::GetIO();
  IM_ASSERT(io.BackendPlatformUserData == nullptr && "platform already initialised");
  if (std::strlen(canvas_selector) >= sizeof g_platform.canvas_selector) return false;
  g_platform = PlatformState{};
  std::strcpy(g_platform.canvas_selector, canvas_selector);
  g_platform.hooks = hooks;

  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_TRUE;               // the page shows through where the app clears to 0
  attributes.premultipliedAlpha = EM_TRUE;  // matches the renderer's blending
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;              // ImGui antialiases its own shapes
  attributes.preserveDrawingBuffer = EM_FALSE;  // the last frame stays on screen anyway
  attributes.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  attributes.failIfMajorPerformanceCaveat = EM_FALSE;  // software GL beats the fallback
  attributes.enableExtensionsByDefault = EM_FALSE;     // WebGL2 core is enough
  g_platform.gl_context = emscripten_webgl_create_context(canvas_selector, &attributes);
  if (g_platform.gl_context <= 0) return false;
  if (!JsInstallPage(canvas_selector)) {
    emscripten_webgl_destroy_context(g_platform.gl_context);
    g_platform.gl_context = 0;
    return false;
  }
  emscripten_webgl_make_context_current(g_platform.gl_context);
  GLint renderbuffer = 0;
  GLint texture = 0;
  GLint viewport[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &texture);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
  const GLint limit = std::min({renderbuffer, texture, viewport[0], viewport[1]});
  if (limit > 0) g_platform.max_buffer_px = limit;

  io.BackendPlatformUserData = &g_platform;
  io.BackendPlatformName = "awscalc_html5";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;

  EmscriptenVisibilityChangeEvent visibility;
  if (emscripten_get_visibility_status(&visibility) == EMSCRIPTEN_RESULT_SUCCESS)
    g_platform.tab_hidden = visibility.hidden;
  g_platform.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  g_platform.last_frame_ms = emscripten_get_now();
  SetCallbacks(true);
  return true;
}

void PlatformShutdown() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.BackendPlatformUserData == nullptr) return;
  SetCallbacks(false);
  JsUninstallPage();
  emscripten_webgl_destroy_context(g_platform.gl_context);
  io.BackendPlatformUserData = nullptr;
  io.BackendPlatformName = nullptr;
  io.BackendFlags &= ~ImGuiBackendFlags_HasMouseCursors;
  g_platform = PlatformState{};
}

void PlatformNewFrame() {
  ImGuiIO& io = ImGui::GetIO();
  const double now_ms = emscripten_get_now();
  // Wall-clock time, even after a long idle gap: ImGui's double-click and
  // tooltip timers must not see idle time shrunk.
  io.DeltaTime = static_cast<float>(std::fmax((now_ms - g_platform.last_frame_ms) / 1000.0, 1e-4));
  g_platform.last_frame_ms = now_ms;
  UpdateCanvasSize();
  UpdateMouseCursor();
}

BufferInfo PlatformDrawingBuffer() {
  const ImGuiIO& io = ImGui::GetIO();
  return {g_platform.framebuffer_width_px, g_platform.framebuffer_height_px,
          io.DisplayFramebufferScale.y, static_cast<int>(g_platform.max_buffer_px)};
}

float PlatformPixelRatio() {
  return g_platform.pixel_ratio;
}

void PlatformSetCanvasCssHeight(float css_px) {
  if (css_px == g_platform.canvas_css_height_px) return;
  g_platform.canvas_css_height_px = css_px;
  JsSetCanvasCssHeight(css_px);
}

bool PlatformCanvasVisible() {
  return !g_platform.tab_hidden && g_platform.on_screen;
}

bool PlatformContextLost() {
  return g_platform.context_lost;
}

}  // namespace awscalc::web

// Entry point for the JS glue (library_awscalc.js); exported, hence C linkage.
extern "C" EMSCRIPTEN_KEEPALIVE int AwscalcPlatformDomEvent(int kind, double value) {
  using namespace awscalc::web;
  switch (kind) {
    case kDomIntersection:
      g_platform.on_screen = value != 0.0;
      break;
    default:  // kDomResize, kDomPixelRatio: the next frame reads the new size
      break;
  }
  RequestFrame();
  return 0;
}
