// fonts.cpp: see fonts.h.
#include "ui/fonts.h"

#include "font_data.h"  // generated: awscalc::fonts::kInterRegular

namespace awscalc::ui {
namespace {

// The characters of the embedded subset (cmake/assets.cmake, AWSCALC_FONT_UNICODES).
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00A0, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2013, 0x2014, 0x2018,
    0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0x2192, 0x2192, 0x2212, 0x2212,
    0x2248, 0x2248, 0x2264, 0x2265, 0x25B2, 0x25B2, 0x25BC, 0x25BC, 0,
};

// The languages' subset's characters (cmake/assets.cmake, AWSCALC_FONT_LANGUAGE_UNICODES,
// within these blocks): a code point the file lacks is skipped, one the embedded subset
// has keeps its glyph.
constexpr ImWchar kLanguageRanges[] = {0x00A1, 0x00FF, 0x2018, 0x203A, 0x20AC, 0x20AC, 0};

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
                                    css_px, &config, merge ? kLanguageRanges : kGlyphRanges);
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
