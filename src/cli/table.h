// table.h: a session as a table for people reading a terminal: years as columns, one
// row per result of the results table (core/results.h), then the payback and the
// stake; then the uncertainty, tornado, scenario and goal-seek sections.
#pragma once

#include <string>

#include "core/report.h"
#include "core/session.h"

namespace awscalc::cli {

std::string FormatTable(const Session& session);

// The sections after the table, for the parts asked (a goal only when the link asks
// one). Finishes the session's Monte Carlo run when the uncertainty is asked.
std::string FormatAnalysis(Session& session, const ReportParts& parts);

}  // namespace awscalc::cli
