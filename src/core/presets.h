// presets.h: named sets of assumptions a reader can start from (ARCHITECTURE.md, "The model").
//
// The first two follow the note; bear and bull are the calculator's own illustrations
// and say so in their names and descriptions.
#pragma once

#include <span>

#include "core/assumptions.h"

namespace awscalc {

struct Preset {
  const char* id;           // stable, for links and tests: "note", "matched", "bear", "bull"
  const char* name;         // for people
  const char* short_name;   // on a button: "Bear (illustrative)"
  const char* description;  // one sentence: where the numbers come from
  bool from_note;           // false: the calculator's own illustration
  Assumptions assumptions;
};

std::span<const Preset> Presets();
const Preset* FindPreset(const char* id);

}  // namespace awscalc
