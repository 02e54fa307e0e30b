// renderer.h: the project's WebGL2 renderer backend for Dear ImGui draw data.
// Follows ImGui's renderer-backend contract (docs/BACKENDS.md): Init / Shutdown /
// NewFrame / RenderDrawData, plus device-object calls for WebGL context restore.
//
// Contract with the caller:
// - A WebGL2 context (see PlatformInit) is current before any call.
// - The renderer owns that context: it sets the state it needs every frame and
//   does not save or restore anything. Clearing is the caller's job; call
//   glClear before RendererRenderDrawData (scissor is left disabled for that).
// - Blending is straight alpha into a premultiplied framebuffer
//   (premultipliedAlpha: true): clear with a premultiplied colour.
// - The font atlas is kept CPU-side (its pixels are not freed) so it can be
//   uploaded again after a WebGL context loss.
#pragma once

struct ImDrawData;

namespace awscalc::web {

// Sets io.BackendRendererName and ImGuiBackendFlags_RendererHasVtxOffset and
// creates the GPU objects. Returns false if shaders fail to build.
bool RendererInit();
void RendererShutdown();

// Creates the device objects if they are missing (e.g. after a failed restore).
void RendererNewFrame();

// Draws ImGui::GetDrawData() into the default framebuffer, in framebuffer pixels
// (draw_data->DisplaySize x draw_data->FramebufferScale).
void RendererRenderDrawData(ImDrawData* draw_data);

// Program, buffers, vertex array and font texture. WebGL context loss: call
// RendererDestroyDeviceObjects() when it is lost (frees the handles; GL calls
// on a lost context are silent no-ops) and RendererCreateDeviceObjects() when
// it is restored (PlatformHooks::context_lost / context_restored).
bool RendererCreateDeviceObjects();
void RendererDestroyDeviceObjects();

// (Re)uploads io.Fonts' atlas, e.g. after the app rebuilt its fonts for a new
// pixel ratio (call between frames, after io.Fonts->Build() or AddFont...).
bool RendererUpdateFontTexture();

}  // namespace awscalc::web
