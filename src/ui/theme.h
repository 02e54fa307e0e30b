// theme.h: the light and dark palettes and Dear ImGui's style for the calculator.
//
// The window background is transparent: the page (or the host's article) shows
// through, and the text colours are chosen for the theme's background (#ffffff light,
// #0d1117 dark), with contrast of at least 4.5:1 for text (WCAG AA). The colours charts
// and files share (background, text, accent, the note's, grid, scenario series) come from
// the core's table (core/chart.h, MakeChartTheme); the controls' own colours are here.
#pragma once

#include <cstdint>
#include <optional>

#include "core/chart.h"
#include "imgui.h"

namespace awscalc::ui {

struct Palette {
  bool dark = false;
  ChartTheme chart;      // the core's colours by role, which the fields below repeat
  ImU32 background = 0;  // what the page behind the canvas is painted with
  ImU32 text = 0;
  ImU32 text_muted = 0;
  ImU32 accent = 0;       // bars, active controls; the host may set it
  ImU32 accent_soft = 0;  // extension years, bands
  ImU32 on_accent = 0;    // text drawn on the accent colour
  ImU32 reported = 0;     // the note's figures
  ImU32 grid = 0;
  ImU32 frame = 0;           // slider and input backgrounds
  ImU32 control_border = 0;  // edges of controls: at least 3:1 against the background
  ImU32 panel = 0;           // cards
  ImU32 warning_bg = 0;
  ImU32 warning_text = 0;
};

// `accent_rgb` 0xRRGGBB overrides the theme's accent.
Palette MakePalette(bool dark, std::optional<std::uint32_t> accent_rgb);

// Colours, rounding, padding for the calculator (sizes in CSS pixels).
void ApplyStyle(const Palette& palette, ImGuiStyle& style);

// 0xRRGGBB and an alpha as an ImGui colour.
ImU32 RgbToImU32(std::uint32_t rgb, float alpha = 1.0f);

}  // namespace awscalc::ui
