// fonts.h: the interface's fonts, built from the Inter subset embedded at build time
// (cmake/assets.cmake): no font is fetched at run time.
//
// Sizes are CSS pixels. Glyphs are rasterised at devicePixelRatio times their size
// (ImFontConfig::RasterizerDensity) while their metrics stay in CSS pixels, so text is
// crisp at ratio 1, 2 and 3 and lays out the same at every ratio.
#pragma once

#include "imgui.h"

namespace awscalc::ui {

inline constexpr float kBodyFontPx = 16.0f;     // sliders, tables, explanations
inline constexpr float kSmallFontPx = 13.5f;    // sources, axis labels, notes
inline constexpr float kHeadingFontPx = 17.0f;  // section headings (synthetic bold)
inline constexpr float kTitleFontPx = 24.0f;    // the calculator's title (synthetic bold)
inline constexpr float kFigureFontPx = 30.0f;   // the headline figure (synthetic bold)

struct Fonts {
  ImFont* body = nullptr;
  ImFont* small = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  ImFont* figure = nullptr;
};

// Clears `atlas`, adds the fonts at `pixel_ratio` and builds it (RGBA32 pixels ready
// for the renderer). Returns the fonts; body is the default font.
Fonts LoadFonts(ImFontAtlas& atlas, float pixel_ratio);

}  // namespace awscalc::ui
