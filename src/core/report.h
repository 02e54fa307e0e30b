// report.h: the projection as machine-readable text, under the result keys of
// architecture.md ("Result keys"). The CLI's --json and --csv, the Embind module and
// the page's results() all come from here, so they agree to the last digit: numbers
// are written with FormatShortest (the shortest text that reads back as the same double).
#pragma once

#include <string>
#include <vector>

#include "core/projection.h"

namespace awscalc {

// {"years":[2025,...],"anthropicRevenue":[...],...,"paybackYear":2027,...,
//  "link":"v=1","problems":["..."]}
std::string ResultsJson(const Projection& projection, const std::string& canonical_link,
                        const std::vector<std::string>& problems);

// One row per result key, one column per year:
//   key,2025,2026,2027
//   anthropicRevenue,4,10,19
//   ...
//   paybackYear,2027          (single values: one column)
std::string ResultsCsv(const Projection& projection);

// JSON string literal with quotes and escapes.
std::string JsonString(const std::string& text);

}  // namespace awscalc
