#version 300 es
// imgui.vert.glsl: vertex shader of the WebGL2 renderer (src/web/renderer.cpp).
// Takes Dear ImGui's vertices (CSS px, atlas uv, RGBA8 colour) to clip space.
// Attribute locations are fixed here; the renderer binds its buffers to them.

uniform mat4 u_projection;  // ortho: display rect in CSS px -> clip space

layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;  // normalised from 4 x uint8

out vec2 v_uv;
out vec4 v_color;

void main() {
  v_uv = a_uv;
  v_color = a_color;
  gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
}
