// core_bindings.cpp: the model core for JavaScript, through Embind: the core-only module
// (awscalc-core), which the node tests load and the page loads on a click for its
// downloads (web/exports.js): the page's own module leaves the file writers out.
//
// A thin binding: links in, JSON, CSV and SVG text out, made by the same functions as
// the native `aws-calc --json/--csv/--svg`, so a page, node and the CLI agree to the
// last byte. A link in another language (lang=de) is written in it as the CLI writes it
// once the page has handed over that language's pack (addLanguage), else in English.
// `link` is a share link's fragment (the state); `url` the address printed in a file (what
// "Copy link" gives); `date` the day of the download ("2026-11-29", or "").
//
//   projectLink(link)            everything the link asks for (= aws-calc --json)
//   resultsJson(link, parts)     the projection plus some parts (= aws-calc --json --parts)
//   goalSeek(link, query)        the link with a goal-seek query on top ("goal=gm&target=8")
//   canonicalLink(link)
//   resultsCsv(link, exact)      the projection as a tidy table (= aws-calc --csv [--exact])
//   resultsZip(link, exact, url, date)   the data download, a Uint8Array view to copy at
//                                (= aws-calc --zip [--exact])
//   exportChart(link)            the chart of the link's tab: "bars", "fan", ...
//   chartSvg(link, chart, dark, widthPx, url, date, graphic)   (= aws-calc --svg [--graphic]);
//                                "" for no such chart; `graphic` the editor's credit or ""
//   pictureSvg(link, chart, dark, size, url, date, graphic)    (= aws-calc --svg --size); ""
//   likewise
//   addLanguage(code, messages)  the pack of a language as the page fetched it
//                                (src/core/language_pack.h), for the links in it; false
//                                when refused
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "core/chart_export.h"
#include "core/language_pack.h"
#include "core/report.h"
#include "core/session.h"
#include "core/share_link.h"
#include "core/tabs.h"

namespace {

using namespace awscalc;

// The language pack the page handed over last (web/exports.js: the page's language).
LanguagePack g_language;

bool AddLanguage(const std::string& code, const std::string& messages) {
  return g_language.Load(code, messages);
}

// A link, read with its language as the current one when its pack is here (else
// English), so that its problems are said in it too, as the CLI says them.
ParsedLink Parse(const std::string& fragment) {
  g_language.Use(ParseLink(fragment).state.view.language);
  return ParseLink(fragment);
}

// The projection of a link as the result-key JSON (with the link's problems), with its
// uncertainty, tornado, scenarios and goal.
std::string ProjectLink(const std::string& fragment) {
  return LinkResultsJson(Parse(fragment));
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
  return LinkResultsJson(Parse(fragment), *chosen);
}

// The query's keys (goal, goalout, target, yr, or any other) apply on top of the link;
// the answer is the projection with "goal", and the problems of both.
std::string GoalSeek(const std::string& fragment, const std::string& query) {
  const ParsedLink link = Parse(fragment);
  ParsedLink combined = ParseLink(query, link.state);
  combined.problems.insert(combined.problems.begin(), link.problems.begin(), link.problems.end());
  combined.unreported_problems += link.unreported_problems;
  ReportParts parts = kProjectionOnly;
  parts.goal = true;
  return LinkResultsJson(combined, parts);
}

std::string CanonicalLinkOf(const std::string& fragment) {
  return CanonicalLink(Parse(fragment).state);
}

std::string ResultsCsvOf(const std::string& fragment, bool exact) {
  return Session(Parse(fragment)).Csv(exact ? CsvValues::kExact : CsvValues::kRounded);
}

// The ZIP's bytes, as a Uint8Array the caller copies at once (a view of this buffer, which
// the next call overwrites).
emscripten::val ResultsZipOf(const std::string& fragment, bool exact, const std::string& url,
                             const std::string& date) {
  static std::string zip;
  zip =
      Session(Parse(fragment)).DataZip(exact ? CsvValues::kExact : CsvValues::kRounded, url, date);
  return emscripten::val(emscripten::typed_memory_view(
      zip.size(), reinterpret_cast<const unsigned char*>(zip.data())));
}

std::string ExportChartOf(const std::string& fragment) {
  return ExportChartName(TabAt(Parse(fragment).state.view.tab).chart);
}

// The chart called `chart` ("" for the link's tab's) as a file: `picture` null for the
// chart at `width_px`, else that fixed size.
std::string ChartFile(const std::string& fragment, const std::string& chart, bool dark,
                      double width_px, const PictureSize* picture, const std::string& url,
                      const std::string& date, const std::string& graphic) {
  Session session(Parse(fragment));
  const std::optional<ExportChart> which =
      chart.empty() ? TabAt(session.link().view.tab).chart : ExportChartFromName(chart);
  if (!which) return "";
  return ExportChartSvg(session, *which,
                        ExportFrame{.link = url,
                                    .date = date,
                                    .dark = dark,
                                    .width_px = width_px,
                                    .picture = picture,
                                    .graphic = graphic});
}

std::string ChartSvgOf(const std::string& fragment, const std::string& chart, bool dark,
                       double width_px, const std::string& url, const std::string& date,
                       const std::string& graphic) {
  return ChartFile(fragment, chart, dark, width_px, nullptr, url, date, graphic);
}

std::string PictureSvgOf(const std::string& fragment, const std::string& chart, bool dark,
                         const std::string& size, const std::string& url, const std::string& date,
                         const std::string& graphic) {
  const PictureSize* picture = FindPictureSize(size);
  return picture == nullptr ? "" : ChartFile(fragment, chart, dark, 0, picture, url, date, graphic);
}

}  // namespace

EMSCRIPTEN_BINDINGS(awscalc_core) {
  emscripten::function("projectLink", &ProjectLink);
  emscripten::function("resultsJson", &ResultsJsonOf);
  emscripten::function("goalSeek", &GoalSeek);
  emscripten::function("canonicalLink", &CanonicalLinkOf);
  emscripten::function("resultsCsv", &ResultsCsvOf);
  emscripten::function("resultsZip", &ResultsZipOf);
  emscripten::function("exportChart", &ExportChartOf);
  emscripten::function("chartSvg", &ChartSvgOf);
  emscripten::function("pictureSvg", &PictureSvgOf);
  emscripten::function("addLanguage", &AddLanguage);
}
