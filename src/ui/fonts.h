// fonts.h: the interface's fonts, built from the Inter subset embedded at build time
// (cmake/assets.cmake). English needs nothing else; another language's characters (ä,
// ñ, „, €...) come in a second subset the page loads with the language's pack.
//
// Sizes are CSS pixels. Glyphs are rasterised at devicePixelRatio times their size
// (ImFontConfig::RasterizerDensity) while their metrics stay in CSS pixels, so text is
// crisp at ratio 1, 2 and 3 and lays out the same at every ratio.
#pragma once

#include <span>

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
// for the renderer). Returns the fonts; body is the default font. `languages`: the
// languages' subset (an OpenType file; empty for none), merged into each size: its
// characters are drawn with the same metrics. It must outlive the atlas's use of it.
Fonts LoadFonts(ImFontAtlas& atlas, float pixel_ratio,
                std::span<const unsigned char> languages = {});

}  // namespace awscalc::ui
