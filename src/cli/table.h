// table.h: the projection as a table for people reading a terminal: years as
// columns, one row per output, the note's figures beside the model's; then the
// uncertainty, tornado, scenario and goal-seek sections.
#pragma once

#include <string>

#include "core/projection.h"
#include "core/report.h"
#include "core/share_link.h"

namespace awscalc::cli {

std::string FormatTable(const Assumptions& assumptions, const Projection& projection,
                        const std::string& canonical_link);

// The sections after the table, for the parts asked (a goal only when the link asks one).
std::string FormatAnalysis(const LinkState& state, const ReportParts& parts);

}  // namespace awscalc::cli
