// text_version.h: the page's text version (its DOM mirror of the calculator) as data,
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

}  // namespace awscalc
