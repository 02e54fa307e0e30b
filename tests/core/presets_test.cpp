// presets_test.cpp: every preset is valid, labelled, and the note's ones come first.
#include "core/presets.h"

#include <gtest/gtest.h>

#include <string>

namespace awscalc {
namespace {

TEST(Presets, AreValidAndLabelled) {
  ASSERT_EQ(Presets().size(), 4u);
  for (const Preset& preset : Presets()) {
    EXPECT_TRUE(Validate(preset.assumptions).empty()) << preset.id;
    const std::string name = preset.name;
    if (!preset.from_note) {
      EXPECT_NE(name.find("calculator's"), std::string::npos) << name;
      EXPECT_NE(std::string(preset.description).find("Not from the note"), std::string::npos);
    }
  }
  EXPECT_EQ(FindPreset("note")->assumptions, DefaultAssumptions());
  EXPECT_TRUE(FindPreset("note")->from_note);
  EXPECT_TRUE(FindPreset("matched")->from_note);
  EXPECT_FALSE(FindPreset("bear")->from_note);
  EXPECT_FALSE(FindPreset("bull")->from_note);
  EXPECT_EQ(FindPreset("nope"), nullptr);
}

TEST(Presets, MatchedUsesTheImpliedRevenue) {
  const Assumptions& a = FindPreset("matched")->assumptions;
  EXPECT_EQ(a.revenue_busd[0], 4.267);
  EXPECT_EQ(a.revenue_busd[1], 10.0);
  EXPECT_EQ(a.revenue_busd[2], 18.667);
}

}  // namespace
}  // namespace awscalc
