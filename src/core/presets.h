// presets.h: named sets of assumptions a reader can start from (ARCHITECTURE.md, "The model").
//
// The first two follow the note; the next two set figures reported since the note
// (core/reported.h, from data/reported.csv) in the note's place where they exist, and name
// their sources and dates; bear and bull are the calculator's own illustrations and say
// so in their names and descriptions.
#pragma once

#include <span>
#include <string>

#include "core/assumptions.h"

namespace awscalc {

// Where a preset's figures come from.
enum class PresetOrigin {
  kNote,          // the note's assumptions (or the revenue that reproduces its figures)
  kReported,      // figures reported since the note, the note's where none was reported
  kIllustration,  // the calculator's own
};

struct Preset {
  const char* id;           // stable, for links and tests: "note", "matched", "reported", ...
  const char* name;         // for people
  const char* short_name;   // on a button: "Bear (illustrative)"
  std::string description;  // where the numbers come from, with sources and dates
  PresetOrigin origin;
  Assumptions assumptions;
};

std::span<const Preset> Presets();
const Preset* FindPreset(const char* id);

}  // namespace awscalc
