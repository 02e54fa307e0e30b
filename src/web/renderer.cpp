// renderer.cpp: the project's WebGL2 renderer backend for Dear ImGui draw data.
// One program (shaders/imgui.*.glsl, embedded at build time), one vertex array,
// one vertex and one index buffer refilled per draw list, one RGBA font texture.
// WebGL2 has no glDrawElementsBaseVertex, so ImDrawCmd::VtxOffset is honoured
// by re-pointing the vertex attributes at the command's first vertex.
#include "renderer.h"

#include <GLES3/gl3.h>
#include <emscripten/console.h>
#include <emscripten/html5_webgl.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "imgui.h"
#include "shaders_embedded.h"

namespace awscalc::web {
namespace {

// Attribute locations, fixed by layout(location = N) in imgui.vert.glsl.
constexpr GLuint kPositionLocation = 0;
constexpr GLuint kUvLocation = 1;
constexpr GLuint kColorLocation = 2;

struct RendererState {
  GLuint program = 0;
  GLint projection_location = -1;
  GLuint vertex_array = 0;
  GLuint vertex_buffer = 0;
  GLuint index_buffer = 0;
  GLuint font_texture = 0;
};
RendererState g_renderer;

// The context can be lost at any moment, even while objects are being made (a GPU
// reset right after a restore). Every call then fails quietly, except that Emscripten
// 3.1.6's glGetShaderInfoLog and glGetProgramInfoLog throw a TypeError (the browser
// returns no log): ask before reading one. The platform asks for new objects after
// the next restore.
bool ContextLost() {
  return emscripten_is_webgl_context_lost(emscripten_webgl_get_current_context()) != 0;
}

GLuint CompileShader(GLenum stage, const char* source) {
  const GLuint shader = glCreateShader(stage);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  if (!ContextLost()) {
    char log[512] = "";
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    emscripten_console_error(log);
  }
  glDeleteShader(shader);
  return 0;
}

GLuint LinkProgram() {
  const GLuint vert = CompileShader(GL_VERTEX_SHADER, shaders::kImguiVertGlsl);
  const GLuint frag = CompileShader(GL_FRAGMENT_SHADER, shaders::kImguiFragGlsl);
  GLuint program = 0;
  if (vert != 0 && frag != 0) {
    program = glCreateProgram();
    glAttachShader(program, vert);
    glAttachShader(program, frag);
    glLinkProgram(program);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
      if (!ContextLost()) {
        char log[512] = "";
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        emscripten_console_error(log);
      }
      glDeleteProgram(program);
      program = 0;
    }
  }
  glDeleteShader(vert);  // deleting 0 is a no-op; attached shaders die with the program
  glDeleteShader(frag);
  return program;
}

// Points the attributes at the vertex buffer, starting byte_offset bytes in.
// Records into the bound vertex array.
void PointAttributes(std::size_t byte_offset) {
  const GLsizei stride = sizeof(ImDrawVert);
  const auto at = [byte_offset](std::size_t field) {
    return reinterpret_cast<const void*>(byte_offset + field);
  };
  glVertexAttribPointer(kPositionLocation, 2, GL_FLOAT, GL_FALSE, stride,
                        at(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUvLocation, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColorLocation, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        at(offsetof(ImDrawVert, col)));
}

void SetupRenderState(const ImDrawData* draw_data, int fb_width, int fb_height) {
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  // Straight-alpha "over" for colour, and alpha accumulated as 1-(1-a)(1-b):
  // the framebuffer stays premultiplied, as the page compositor expects.
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glViewport(0, 0, fb_width, fb_height);

  // Column-major ortho projection of the display rectangle (CSS px) to clip space.
  const float l = draw_data->DisplayPos.x;
  const float r = draw_data->DisplayPos.x + draw_data->DisplaySize.x;
  const float t = draw_data->DisplayPos.y;
  const float b = draw_data->DisplayPos.y + draw_data->DisplaySize.y;
  const float projection[16] = {
      2.0f / (r - l), 0.0f, 0.0f, 0.0f,  0.0f, 2.0f / (t - b),    0.0f,
      0.0f,           0.0f, 0.0f, -1.0f, 0.0f, (r + l) / (l - r), (t + b) / (b - t),
      0.0f,           1.0f,
  };
  glUseProgram(g_renderer.program);
  glUniformMatrix4fv(g_renderer.projection_location, 1, GL_FALSE, projection);
  glActiveTexture(GL_TEXTURE0);  // u_texture keeps its default, unit 0
  glBindVertexArray(g_renderer.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, g_renderer.vertex_buffer);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_renderer.index_buffer);
}

}  // namespace

bool RendererInit() {
  ImGuiIO& io = ImGui::GetIO();
  IM_ASSERT(io.BackendRendererUserData == nullptr && "renderer already initialised");
  io.BackendRendererUserData = &g_renderer;
  io.BackendRendererName = "awscalc_webgl2";
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  return RendererCreateDeviceObjects();
}

void RendererShutdown() {
  RendererDestroyDeviceObjects();
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererUserData = nullptr;
  io.BackendRendererName = nullptr;
  io.BackendFlags &= ~ImGuiBackendFlags_RendererHasVtxOffset;
}

void RendererNewFrame() {
  if (g_renderer.program == 0) RendererCreateDeviceObjects();
}

bool RendererCreateDeviceObjects() {
  if (g_renderer.program != 0) RendererDestroyDeviceObjects();
  if (ContextLost()) return false;
  g_renderer.program = LinkProgram();
  if (g_renderer.program == 0) return false;
  g_renderer.projection_location = glGetUniformLocation(g_renderer.program, "u_projection");

  glGenVertexArrays(1, &g_renderer.vertex_array);
  glGenBuffers(1, &g_renderer.vertex_buffer);
  glGenBuffers(1, &g_renderer.index_buffer);
  glBindVertexArray(g_renderer.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, g_renderer.vertex_buffer);
  glEnableVertexAttribArray(kPositionLocation);
  glEnableVertexAttribArray(kUvLocation);
  glEnableVertexAttribArray(kColorLocation);
  PointAttributes(0);
  glBindVertexArray(0);
  return RendererUpdateFontTexture();
}

void RendererDestroyDeviceObjects() {
  // Deleting 0 is a no-op, as is any call while the context is lost (then
  // this just frees Emscripten's id slots).
  glDeleteProgram(g_renderer.program);
  glDeleteVertexArrays(1, &g_renderer.vertex_array);
  glDeleteBuffers(1, &g_renderer.vertex_buffer);
  glDeleteBuffers(1, &g_renderer.index_buffer);
  glDeleteTextures(1, &g_renderer.font_texture);
  g_renderer = RendererState{};
  ImGui::GetIO().Fonts->SetTexID(ImTextureID{});
}

bool RendererUpdateFontTexture() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas->GetTexDataAsRGBA32(&pixels, &width, &height);  // builds the atlas if needed
  if (pixels == nullptr) return false;

  if (g_renderer.font_texture == 0) glGenTextures(1, &g_renderer.font_texture);
  glBindTexture(GL_TEXTURE_2D, g_renderer.font_texture);
  // Glyphs are rasterised at the display's pixel ratio and drawn 1:1, so
  // linear filtering only matters for fractional positions.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  atlas->SetTexID(
      reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(g_renderer.font_texture)));
  return true;
}

void RendererRenderDrawData(ImDrawData* draw_data) {
  const ImVec2 clip_off = draw_data->DisplayPos;
  const ImVec2 clip_scale = draw_data->FramebufferScale;
  const int fb_width = static_cast<int>(draw_data->DisplaySize.x * clip_scale.x);
  const int fb_height = static_cast<int>(draw_data->DisplaySize.y * clip_scale.y);
  if (fb_width <= 0 || fb_height <= 0 || g_renderer.program == 0) return;

  SetupRenderState(draw_data, fb_width, fb_height);
  constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;

  for (int list_i = 0; list_i < draw_data->CmdListsCount; ++list_i) {
    const ImDrawList* list = draw_data->CmdLists[list_i];
    glBufferData(GL_ARRAY_BUFFER, list->VtxBuffer.size_in_bytes(), list->VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, list->IdxBuffer.size_in_bytes(), list->IdxBuffer.Data,
                 GL_STREAM_DRAW);
    unsigned int pointed_vtx_offset = 0;  // where the attributes point now, in vertices
    PointAttributes(0);

    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
          SetupRenderState(draw_data, fb_width, fb_height);
        } else {
          cmd.UserCallback(list, &cmd);
        }
        continue;
      }
      // Clip rectangle in framebuffer pixels, clamped to the framebuffer.
      const ImVec2 clip_min(std::max((cmd.ClipRect.x - clip_off.x) * clip_scale.x, 0.0f),
                            std::max((cmd.ClipRect.y - clip_off.y) * clip_scale.y, 0.0f));
      const ImVec2 clip_max(
          std::min((cmd.ClipRect.z - clip_off.x) * clip_scale.x, static_cast<float>(fb_width)),
          std::min((cmd.ClipRect.w - clip_off.y) * clip_scale.y, static_cast<float>(fb_height)));
      if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
      // GL's scissor origin is bottom-left.
      glScissor(static_cast<GLint>(clip_min.x),
                static_cast<GLint>(static_cast<float>(fb_height) - clip_max.y),
                static_cast<GLsizei>(clip_max.x - clip_min.x),
                static_cast<GLsizei>(clip_max.y - clip_min.y));

      if (cmd.VtxOffset != pointed_vtx_offset) {
        pointed_vtx_offset = cmd.VtxOffset;
        PointAttributes(static_cast<std::size_t>(pointed_vtx_offset) * sizeof(ImDrawVert));
      }
      glBindTexture(GL_TEXTURE_2D,
                    static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                     reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) *
                                                   sizeof(ImDrawIdx)));
    }
  }
  // Leave the context ready for the caller's next glClear.
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
}

}  // namespace awscalc::web
