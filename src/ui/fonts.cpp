// fonts.cpp: see fonts.h.
#include "ui/fonts.h"

#include "font_data.h"    // generated: awscalc::fonts::kInterRegular
#include "font_ranges.h"  // generated: the characters of each subset (cmake/assets.cmake)

namespace awscalc::ui {
namespace {

ImFont* AddFont(ImFontAtlas& atlas, const unsigned char* data, std::size_t size, float css_px,
                float pixel_ratio, bool merge = false) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static data: the atlas must not free it
  config.OversampleH = 1;               // rasterised at the device ratio already
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // Metrics in CSS px, glyphs rasterised at the device's density: the layout (and so the
  // page's height) is the same at every devicePixelRatio, and text is crisp at each.
  config.RasterizerDensity = pixel_ratio;
  config.MergeMode = merge;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                    css_px, &config,
                                    merge ? fonts::kLanguageRanges : fonts::kGlyphRanges);
}

// One size: the embedded subset, and the languages' merged into it.
ImFont* AddSize(ImFontAtlas& atlas, float css_px, float pixel_ratio,
                std::span<const unsigned char> languages) {
  ImFont* font =
      AddFont(atlas, fonts::kInterRegular, fonts::kInterRegularSize, css_px, pixel_ratio);
  if (!languages.empty()) {
    AddFont(atlas, languages.data(), languages.size(), css_px, pixel_ratio, true);
  }
  return font;
}

}  // namespace

Fonts LoadFonts(ImFontAtlas& atlas, float pixel_ratio, std::span<const unsigned char> languages) {
  if (!(pixel_ratio > 0.0f)) pixel_ratio = 1.0f;
  atlas.Clear();
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
  Fonts fonts;
  fonts.body = AddSize(atlas, kBodyFontPx, pixel_ratio, languages);
  fonts.small = AddSize(atlas, kSmallFontPx, pixel_ratio, languages);
  // Headings are drawn in synthetic bold from the regular face (widgets.h, BoldText).
  fonts.heading = AddSize(atlas, kHeadingFontPx, pixel_ratio, languages);
  fonts.title = AddSize(atlas, kTitleFontPx, pixel_ratio, languages);
  fonts.figure = AddSize(atlas, kFigureFontPx, pixel_ratio, languages);
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  ImGui::GetIO().FontGlobalScale = 1.0f;
  ImGui::GetIO().FontDefault = fonts.body;
  return fonts;
}

}  // namespace awscalc::ui
