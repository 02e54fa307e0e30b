// language_pack_test.cpp: a language pack as a page hands it to a WebAssembly module
// (core/language_pack.h): its messages become the language's catalog for the links in
// that language; anything that is not a pack of this build changes nothing or leaves
// English, never half a catalog.
#include "core/language_pack.h"

#include <gtest/gtest.h>

#include <string>

#include "core/locale.h"
#include "core/messages.h"

namespace awscalc {
namespace {

// Puts English back after each test (the current language is the process's).
class LanguagePackTest : public ::testing::Test {
 protected:
  void TearDown() override { SetLanguage(English(), nullptr); }
};

// Two of the interface's words, as web/languages.js joins a pack's messages (sorted).
const std::string kGerman =
    std::string("Assumptions\x1f") + "Annahmen\x1f" + "Copy link\x1fLink kopieren";

TEST_F(LanguagePackTest, ALinkInThePacksLanguageSpeaksIt) {
  LanguagePack pack;
  ASSERT_TRUE(pack.Load("de", kGerman));
  EXPECT_EQ(pack.locale(), FindLocale("de"));
  pack.Use(FindLocale("de"));
  EXPECT_EQ(CurrentLanguage(), "de");
  EXPECT_STREQ(T("Assumptions"), "Annahmen");
  EXPECT_STREQ(T("Copy link"), "Link kopieren");
  EXPECT_STREQ(T("Reload"), "Reload");  // a word the pack lacks: its English
  // A link in another language, or in none, is English.
  pack.Use(FindLocale("es"));
  EXPECT_EQ(CurrentLanguage(), "en");
  EXPECT_STREQ(T("Assumptions"), "Assumptions");
  pack.Use(nullptr);
  EXPECT_EQ(CurrentLanguage(), "en");
}

TEST_F(LanguagePackTest, APackOutOfOrderOrCutShortIsRefusedAndLeavesEnglish) {
  LanguagePack pack;
  ASSERT_TRUE(pack.Load("de", kGerman));
  pack.Use(FindLocale("de"));
  EXPECT_FALSE(pack.Load(
      "de", std::string("Copy link\x1fLink kopieren\x1f") + "Assumptions\x1f" + "Annahmen"));
  EXPECT_EQ(pack.locale(), nullptr);
  EXPECT_EQ(CurrentLanguage(), "en");
  pack.Use(FindLocale("de"));
  EXPECT_STREQ(T("Assumptions"), "Assumptions");
  EXPECT_FALSE(pack.Load("de", "Assumptions"));  // a key without its text
  EXPECT_EQ(pack.locale(), nullptr);
}

TEST_F(LanguagePackTest, ACodeThatIsNoLanguageOfThisBuildChangesNothing) {
  LanguagePack pack;
  ASSERT_TRUE(pack.Load("de", kGerman));
  for (const char* code : {"fr", "en", "qps", ""}) {
    EXPECT_FALSE(pack.Load(code, kGerman)) << code;
    EXPECT_EQ(pack.locale(), FindLocale("de")) << code;
  }
  pack.Use(FindLocale("de"));
  EXPECT_STREQ(T("Assumptions"), "Annahmen");
}

}  // namespace
}  // namespace awscalc
