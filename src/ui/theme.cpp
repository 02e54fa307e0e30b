// theme.cpp: see theme.h.
#include "ui/theme.h"

namespace awscalc::ui {

ImU32 RgbToImU32(std::uint32_t rgb, float alpha) {
  const auto channel = [&](int shift) { return static_cast<int>((rgb >> shift) & 0xff); };
  return IM_COL32(channel(16), channel(8), channel(0), static_cast<int>(alpha * 255.0f + 0.5f));
}

Palette MakePalette(bool dark, std::optional<std::uint32_t> accent_rgb) {
  Palette p;
  p.dark = dark;
  p.chart = MakeChartTheme(dark, accent_rgb);
  const auto role = [&](ChartColour colour) {
    return RgbToImU32(p.chart.Rgb(colour), p.chart.Alpha(colour));
  };
  p.background = RgbToImU32(p.chart.background);
  p.text = role(ChartColour::kText);
  p.text_muted = role(ChartColour::kMuted);
  p.accent = role(ChartColour::kAccent);
  p.accent_soft = role(ChartColour::kAccentSoft);
  p.reported = role(ChartColour::kReported);
  p.grid = role(ChartColour::kGrid);
  // White text on a dark accent, near-black on a light one (relative luminance).
  const std::uint32_t accent = p.chart.Rgb(ChartColour::kAccent);
  const float r = ((accent >> 16) & 0xff) / 255.0f;
  const float g = ((accent >> 8) & 0xff) / 255.0f;
  const float b = (accent & 0xff) / 255.0f;
  const float luminance = 0.2126f * r * r + 0.7152f * g * g + 0.0722f * b * b;
  p.on_accent = luminance > 0.3f ? RgbToImU32(0x0d1117) : RgbToImU32(0xffffff);
  // The surfaces are the core's too (core/chart.h), as are the page's CSS colours.
  const SurfaceColours surfaces = MakeSurfaceColours(dark);
  p.frame = RgbToImU32(surfaces.frame);
  p.control_border = RgbToImU32(surfaces.control_border);
  p.panel = RgbToImU32(surfaces.panel);
  p.warning_bg = RgbToImU32(surfaces.warning_bg);
  p.warning_text = RgbToImU32(surfaces.warning_text);
  return p;
}

// One assignment per field of Dear ImGui's style, a table read top to bottom: longer than
// most functions here, and clearer whole than split.
void ApplyStyle(const Palette& p, ImGuiStyle& style) {
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 4);
  style.ScrollbarSize = 12;
  style.GrabMinSize = 16;
  style.WindowBorderSize = 0;
  // Controls show their edges (WCAG 1.4.11: 3:1 against the page).
  style.FrameBorderSize = 1;
  style.ChildBorderSize = 0;
  style.PopupBorderSize = 1;
  style.FrameRounding = 6;
  style.GrabRounding = 6;
  style.ChildRounding = 8;
  style.PopupRounding = 6;
  style.TabRounding = 6;
  style.ScrollbarRounding = 6;
  style.SeparatorTextBorderSize = 1;

  const ImVec4 text = ImGui::ColorConvertU32ToFloat4(p.text);
  const ImVec4 muted = ImGui::ColorConvertU32ToFloat4(p.text_muted);
  const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(p.accent);
  const ImVec4 frame = ImGui::ColorConvertU32ToFloat4(p.frame);
  const ImVec4 panel = ImGui::ColorConvertU32ToFloat4(p.panel);
  const ImVec4 grid = ImGui::ColorConvertU32ToFloat4(p.grid);
  const ImVec4 background = ImGui::ColorConvertU32ToFloat4(p.background);
  auto with_alpha = [](ImVec4 c, float a) { return ImVec4(c.x, c.y, c.z, a); };
  // Mix of a colour toward the text colour, for hovered/active frames.
  auto toward_text = [&](ImVec4 c, float t) {
    return ImVec4(c.x + (text.x - c.x) * t, c.y + (text.y - c.y) * t, c.z + (text.z - c.z) * t, 1);
  };

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = text;
  c[ImGuiCol_TextDisabled] = muted;
  c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = background;
  c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(p.control_border);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = frame;
  c[ImGuiCol_FrameBgHovered] = toward_text(frame, 0.08f);
  c[ImGuiCol_FrameBgActive] = toward_text(frame, 0.14f);
  c[ImGuiCol_TitleBg] = panel;
  c[ImGuiCol_TitleBgActive] = panel;
  c[ImGuiCol_TitleBgCollapsed] = panel;
  c[ImGuiCol_MenuBarBg] = panel;
  c[ImGuiCol_ScrollbarBg] = with_alpha(frame, 0.6f);
  c[ImGuiCol_ScrollbarGrab] = toward_text(frame, 0.25f);
  c[ImGuiCol_ScrollbarGrabHovered] = toward_text(frame, 0.35f);
  c[ImGuiCol_ScrollbarGrabActive] = toward_text(frame, 0.45f);
  c[ImGuiCol_CheckMark] = accent;
  // Translucent, so the value written across the slider stays readable over the grab.
  c[ImGuiCol_SliderGrab] = with_alpha(accent, 0.45f);
  c[ImGuiCol_SliderGrabActive] = with_alpha(accent, 0.7f);
  c[ImGuiCol_Button] = frame;
  c[ImGuiCol_ButtonHovered] = toward_text(frame, 0.08f);
  c[ImGuiCol_ButtonActive] = toward_text(frame, 0.16f);
  c[ImGuiCol_Header] = with_alpha(accent, 0.18f);
  c[ImGuiCol_HeaderHovered] = with_alpha(accent, 0.26f);
  c[ImGuiCol_HeaderActive] = with_alpha(accent, 0.34f);
  c[ImGuiCol_Separator] = grid;
  c[ImGuiCol_SeparatorHovered] = accent;
  c[ImGuiCol_SeparatorActive] = accent;
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ResizeGripHovered] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Tab] = frame;
  c[ImGuiCol_TabHovered] = with_alpha(accent, 0.3f);
  c[ImGuiCol_TabActive] = with_alpha(accent, 0.22f);
  c[ImGuiCol_TabUnfocused] = frame;
  c[ImGuiCol_TabUnfocusedActive] = with_alpha(accent, 0.22f);
  c[ImGuiCol_PlotLines] = accent;
  c[ImGuiCol_PlotLinesHovered] = accent;
  c[ImGuiCol_PlotHistogram] = accent;
  c[ImGuiCol_PlotHistogramHovered] = accent;
  c[ImGuiCol_TableHeaderBg] = panel;
  c[ImGuiCol_TableBorderStrong] = grid;
  c[ImGuiCol_TableBorderLight] = grid;
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = with_alpha(panel, 0.7f);
  c[ImGuiCol_TextSelectedBg] = with_alpha(accent, 0.35f);
  c[ImGuiCol_DragDropTarget] = accent;
  // Keyboard focus must be unmistakable: a thick accent ring.
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_NavWindowingHighlight] = accent;
  c[ImGuiCol_NavWindowingDimBg] = ImVec4(0, 0, 0, 0.2f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.35f);
}

}  // namespace awscalc::ui
