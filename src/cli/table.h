// table.h: the projection as a table for people reading a terminal: years as
// columns, one row per output, the note's figures beside the model's.
#pragma once

#include <string>

#include "core/projection.h"

namespace awscalc::cli {

std::string FormatTable(const Assumptions& assumptions, const Projection& projection,
                        const std::string& canonical_link);

}  // namespace awscalc::cli
