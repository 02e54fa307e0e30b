// core_bindings.cpp: the model core for JavaScript, through Embind.
//
// A thin binding: links in, JSON/CSV text out, made by the same functions as the
// native `aws-calc --json/--csv`, so a page, node and the CLI agree to the last digit.
// Linked into the page module and into the core-only module the node tests load.
#include <emscripten/bind.h>

#include <string>

#include "core/report.h"
#include "core/share_link.h"

namespace {

using namespace awscalc;

// The projection of a link as the result-key JSON (with the link's problems).
std::string ProjectLink(const std::string& fragment) {
  const ParsedLink parsed = ParseLink(fragment);
  return ResultsJson(Project(parsed.state.assumptions), CanonicalLink(parsed.state),
                     ProblemMessages(parsed));
}

std::string CanonicalLinkOf(const std::string& fragment) {
  return CanonicalLink(ParseLink(fragment).state);
}

std::string ResultsCsvOf(const std::string& fragment) {
  return ResultsCsv(Project(ParseLink(fragment).state.assumptions));
}

}  // namespace

EMSCRIPTEN_BINDINGS(awscalc_core) {
  emscripten::function("projectLink", &ProjectLink);
  emscripten::function("canonicalLink", &CanonicalLinkOf);
  emscripten::function("resultsCsv", &ResultsCsvOf);
}
