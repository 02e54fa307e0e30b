// fonts_test.cpp: the languages' font subset (cmake/assets.cmake), merged into each size
// by ui::LoadFonts as the page does when it loads a language pack, draws the characters
// the other languages need; without it the embedded subset has none of them.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "imgui.h"
#include "ui/fonts.h"

namespace awscalc::ui {
namespace {

std::vector<unsigned char> LanguageFont() {
  std::ifstream file(AWSCALC_LANGUAGE_FONT, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// ä ö ü ß ñ á é í ó ú ¿ ¡ „ « » € Ä Ñ.
constexpr ImWchar kLanguageCharacters[] = {0xE4,   0xF6, 0xFC, 0xDF,   0xF1, 0xE1,
                                           0xE9,   0xED, 0xF3, 0xFA,   0xBF, 0xA1,
                                           0x201E, 0xAB, 0xBB, 0x20AC, 0xC4, 0xD1};

TEST(Fonts, TheLanguagesSubsetDrawsTheirCharactersInEverySize) {
  ImGui::CreateContext();
  const std::vector<unsigned char> font = LanguageFont();
  ASSERT_GT(font.size(), 1000u) << AWSCALC_LANGUAGE_FONT;
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;

  Fonts english = LoadFonts(atlas, 2.0f);
  for (const ImWchar c : kLanguageCharacters) {
    EXPECT_EQ(english.body->FindGlyphNoFallback(c), nullptr) << std::hex << c;
  }
  EXPECT_NE(english.body->FindGlyphNoFallback(0x2248), nullptr);  // ≈: the embedded subset's

  Fonts merged = LoadFonts(atlas, 2.0f, font);
  for (ImFont* size : {merged.body, merged.small, merged.heading, merged.title, merged.figure}) {
    for (const ImWchar c : kLanguageCharacters) {
      EXPECT_NE(size->FindGlyphNoFallback(c), nullptr) << std::hex << c;
    }
    // The same metrics: an accented letter is as wide as its letter.
    EXPECT_FLOAT_EQ(size->FindGlyphNoFallback(0xE4)->AdvanceX, size->FindGlyph('a')->AdvanceX);
  }
  ImGui::DestroyContext();
}

}  // namespace
}  // namespace awscalc::ui
