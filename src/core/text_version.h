// text_version.h: the page's text version (the calculator as plain HTML) as data,
// every label, cell and sentence written by the core, so the page script only places
// them: the form's inputs from the input table, the table's columns from the results
// table, the sentences from explain.h. The module hands both to web/text_version.js.
//
// TextVersionSpecJson(), once: {"firstYear","maxYears","horizons":["2025","2025–2026",..],
//   "inputs":[{"key","label","unit","min","max","perYear","source","reference"}],
//   "presets":[{"id","name","description"}], "columns":[{"key","label"}]}
// TextVersionJson(session), after each change: {"link","years","values":{"rev":[..],
//   "base":107.556,..},"preset":"note"|"","rows":[{"year":2025,"cells":[..]}],"summary",
//   "range":{"sentence","threshold","head":[..],"rows":[..]} (once a run has finished),
//   "tornado":{"headline","sentence","bars":[..]},"goal":"..."|null,"scenarios":[..]}
#pragma once

#include <string>

#include "core/session.h"

namespace awscalc {

std::string TextVersionSpecJson();
std::string TextVersionJson(const Session& session);

// The result strip the page pins above the assumptions a reader is changing (when the
// headline has scrolled away): {"year":2027,"label":"AWS revenue from Anthropic in 2027",
// "figure":"$5.70B","note":"the note: $5.6B","detail":"Anthropic's share of AWS revenue:
// 3.16%" or "2025: $1.98B" or "","announce":"2027: $5.70B (the note: $5.6B)","years":
// [2025,..],"values":[1.2,..],"reported":[1.28,..,null]}: the chosen
// year's figure, the bars of every year, and the figure that `moved` (the input the
// reader changed last, if any, in `moved_year_index`, -1 for every year) moves when that
// is another one: its `moves`, or the same figure in the year moved; "announce" says it
// in one short line for screen readers once a change settles.
std::string ResultStripJson(const Session& session, const InputInfo* moved = nullptr,
                            int moved_year_index = -1);

}  // namespace awscalc
