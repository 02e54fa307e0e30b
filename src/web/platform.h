// platform.h: the project's browser platform backend for Dear ImGui, on
// emscripten/html5.h (no GLFW emulation). Owns the canvas: its WebGL2 context,
// backing-store size, pointer input, time, visibility and context loss. The keyboard
// is the page's: its semantic layer (web/semantics.js) has an element for every
// control, and tells the interface what they were asked to do.
// The renderer (renderer.h) is separate; the app wires the two via the hooks.
//
// Event policy: every callback feeds ImGui and tells the browser to skip its
// default action only when the event is the calculator's, so the article keeps
// scrolling under the wheel and on vertical swipes.
//
// The page must give the canvas CSS "touch-action: pan-y", a CSS
// width (e.g. 100% of the column) and no border or padding. Its CSS height is
// set by the app through PlatformSetCanvasCssHeight.
#pragma once

#include "imgui.h"

namespace awscalc::web {

struct PlatformHooks {
  // Input, a resize or the canvas coming back into view needs a redraw. Required.
  void (*request_frame)() = nullptr;
  // devicePixelRatio changed (zoom, other screen). Called from PlatformNewFrame,
  // before ImGui::NewFrame: rebuild the font atlas at the new ratio and upload
  // it (RendererUpdateFontTexture). Optional.
  void (*pixel_ratio_changed)(float pixel_ratio) = nullptr;
  // The WebGL context was lost: forget every GPU object
  // (RendererDestroyDeviceObjects; calls on a lost context are silent no-ops).
  void (*context_lost)() = nullptr;
  // It was restored: recreate them all, font texture included
  // (RendererCreateDeviceObjects). A frame is requested right after.
  // Optional, like context_lost; without it the canvas stays blank.
  void (*context_restored)() = nullptr;
};

// Creates the WebGL2 context on the canvas (alpha, premultiplied, no depth, no
// antialias) and makes it current, sets up ImGui's io for this backend and
// installs the event listeners. Returns false, with nothing installed, when
// the canvas is missing or WebGL2 is unavailable: the page shows its fallback.
// Call after ImGui::CreateContext. canvas_selector is a CSS selector ("#calc"),
// under 64 bytes. One canvas per module instance (the state is global).
bool PlatformInit(const char* canvas_selector, PlatformHooks hooks);
void PlatformShutdown();

// Before ImGui::NewFrame: sizes the canvas backing store to its CSS size x
// devicePixelRatio, sets io.DisplaySize (CSS px), io.DisplayFramebufferScale
// and io.DeltaTime (wall clock since the previous frame), and updates the cursor.
void PlatformNewFrame();

// devicePixelRatio as of the last PlatformNewFrame (or PlatformInit). Build the
// font atlas at font_css_px * ratio with io.FontGlobalScale = 1 / ratio.
float PlatformPixelRatio();

// The canvas's drawing buffer (device px), its ratio to the CSS size (devicePixelRatio,
// or less when the canvas would pass the context's limit) and that limit.
struct BufferInfo {
  int width = 0;
  int height = 0;
  float ratio = 1;
  int limit = 0;
};
BufferInfo PlatformDrawingBuffer();

// The app's content height: sets the canvas' CSS height (no-op if unchanged).
void PlatformSetCanvasCssHeight(float css_px);

// False while the tab is hidden or the canvas is entirely off screen: draw
// nothing then; a frame is requested when it becomes visible again.
bool PlatformCanvasVisible();

// True between webglcontextlost and webglcontextrestored: draw nothing then.
bool PlatformContextLost();

}  // namespace awscalc::web
