#version 300 es
// imgui.frag.glsl: fragment shader of the WebGL2 renderer (src/web/renderer.cpp).
// Vertex colour times the texture sample (font atlas: white RGB, coverage in A).
// Output is straight alpha; the renderer's blend state turns it premultiplied.

precision mediump float;

uniform sampler2D u_texture;  // texture unit 0

in highp vec2 v_uv;  // mediump (fp16 on mobile GPUs) is too coarse for a large atlas
in vec4 v_color;

layout(location = 0) out vec4 out_color;

void main() {
  out_color = v_color * texture(u_texture, v_uv);
}
