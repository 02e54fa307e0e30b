// core_bindings.cpp: the model core for JavaScript, through Embind.
//
// A thin binding: links in, JSON/CSV text out, made by the same functions as the
// native `aws-calc --json/--csv`, so a page, node and the CLI agree to the last digit.
// Linked into the page module and into the core-only module the node tests load.
//
//   projectLink(link)            everything the link asks for (= aws-calc --json)
//   resultsJson(link, parts)     the projection plus some parts (= aws-calc --json --parts)
//   goalSeek(link, query)        the link with a goal-seek query on top ("goal=gm&target=8")
//   canonicalLink(link), resultsCsv(link, exact)
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "core/report.h"
#include "core/session.h"
#include "core/share_link.h"

namespace {

using namespace awscalc;

// The projection of a link as the result-key JSON (with the link's problems), with its
// uncertainty, tornado, scenarios and goal.
std::string ProjectLink(const std::string& fragment) {
  return LinkResultsJson(ParseLink(fragment));
}

// `parts`: "all", "projection", or a comma list of uncertainty, tornado, scenarios, goal
// (report.h). Unknown words: {"error": "..."}.
std::string ResultsJsonOf(const std::string& fragment, const std::string& parts) {
  const std::optional<ReportParts> chosen = ParseReportParts(parts);
  if (!chosen) {
    return "{\"error\":" +
           JsonString(
               "parts must be all, projection or a comma list of uncertainty, tornado, "
               "scenarios, goal; not '" +
               parts + "'") +
           "}";
  }
  return LinkResultsJson(ParseLink(fragment), *chosen);
}

// The query's keys (goal, goalout, target, yr, or any other) apply on top of the link;
// the answer is the projection with "goal", and the problems of both.
std::string GoalSeek(const std::string& fragment, const std::string& query) {
  const ParsedLink link = ParseLink(fragment);
  ParsedLink combined = ParseLink(query, link.state);
  combined.problems.insert(combined.problems.begin(), link.problems.begin(), link.problems.end());
  combined.unreported_problems += link.unreported_problems;
  ReportParts parts = kProjectionOnly;
  parts.goal = true;
  return LinkResultsJson(combined, parts);
}

std::string CanonicalLinkOf(const std::string& fragment) {
  return CanonicalLink(ParseLink(fragment).state);
}

// = aws-calc --csv [--exact] for the link.
std::string ResultsCsvOf(const std::string& fragment, bool exact) {
  Session session(ParseLink(fragment));
  return session.Csv(exact ? CsvValues::kExact : CsvValues::kRounded);
}

}  // namespace

EMSCRIPTEN_BINDINGS(awscalc_core) {
  emscripten::function("projectLink", &ProjectLink);
  emscripten::function("resultsJson", &ResultsJsonOf);
  emscripten::function("goalSeek", &GoalSeek);
  emscripten::function("canonicalLink", &CanonicalLinkOf);
  emscripten::function("resultsCsv", &ResultsCsvOf);
}
