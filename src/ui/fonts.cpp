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

ImFont* AddFont(ImFontAtlas& atlas, const unsigned char* data, std::size_t size, float css_px,
                float pixel_ratio) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static data: the atlas must not free it
  config.OversampleH = 1;               // rasterised at the device ratio already
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // Metrics in CSS px, glyphs rasterised at the device's density: the layout (and so the
  // page's height) is the same at every devicePixelRatio, and text is crisp at each.
  config.RasterizerDensity = pixel_ratio;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                    css_px, &config, kGlyphRanges);
}

}  // namespace

Fonts LoadFonts(ImFontAtlas& atlas, float pixel_ratio) {
  if (!(pixel_ratio > 0.0f)) pixel_ratio = 1.0f;
  atlas.Clear();
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
  Fonts fonts;
  fonts.body =
      AddFont(atlas, fonts::kInterRegular, fonts::kInterRegularSize, kBodyFontPx, pixel_ratio);
  fonts.small =
      AddFont(atlas, fonts::kInterRegular, fonts::kInterRegularSize, kSmallFontPx, pixel_ratio);
  // Headings are drawn in synthetic bold from the regular face (widgets.h, BoldText).
  fonts.heading =
      AddFont(atlas, fonts::kInterRegular, fonts::kInterRegularSize, kHeadingFontPx, pixel_ratio);
  fonts.title =
      AddFont(atlas, fonts::kInterRegular, fonts::kInterRegularSize, kTitleFontPx, pixel_ratio);
  fonts.figure =
      AddFont(atlas, fonts::kInterRegular, fonts::kInterRegularSize, kFigureFontPx, pixel_ratio);
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  ImGui::GetIO().FontGlobalScale = 1.0f;
  ImGui::GetIO().FontDefault = fonts.body;
  return fonts;
}

}  // namespace awscalc::ui
