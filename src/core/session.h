// session.h: a reader's session: the link state and everything derived from it: the
// projection, the Monte Carlo run (spread over slices), the tornado, the goal-seek
// answer and the kept scenarios. The page's module, the command line and the tests all
// hold one; the interface (src/ui) draws one and edits its link state.
//
//   Session session;
//   session.ApplyLink("v=1&gm=55");                // a reader's link: problems kept
//   session.link().assumptions.aws_share_pct.fill(80);
//   session.Edited();                              // after any edit of link()
//   while (session.Advance(20000)) {}              // or one slice per frame
//   std::string json = session.Json();             // = aws-calc --json for its link
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/goal_seek.h"
#include "core/projection.h"
#include "core/report.h"
#include "core/scenarios.h"
#include "core/sensitivity.h"
#include "core/share_link.h"
#include "core/uncertainty.h"

namespace awscalc {

class Session {
 public:
  Session();                                   // the article's assumptions
  explicit Session(const ParsedLink& parsed);  // a reader's link, as Apply

  // Applies a link as a reader's, on top of `base` (the article's assumptions unless
  // given): its state, and its problems until DismissProblems().
  void ApplyLink(std::string_view fragment, const LinkState& base = LinkState{});
  void Apply(const ParsedLink& parsed);

  // The state to edit in place; call Edited() after any change.
  LinkState& link() { return link_; }
  const LinkState& link() const { return link_; }
  // Normalizes the assumptions and recomputes what derives from them.
  void Edited();

  // Sets one input from text a reader typed, through the link's own validation (a value
  // that is not a number changes nothing; one out of range is clamped): `year_index`
  // -1 for every year (or a one-value input). Returns the problems, as the link's.
  std::vector<std::string> SetInputText(const InputInfo& input, int year_index,
                                        std::string_view text);
  // Starts from a preset's assumptions (the other settings stay).
  void UsePreset(const Preset& preset);

  const Projection& projection() const { return projection_; }
  const std::vector<std::string>& problems() const { return problems_; }
  void DismissProblems() { problems_.clear(); }
  // The year the range of outcomes, the tornado and goal seek look at (0 = 2025).
  int ChosenYearIndex() const;

  const Tornado& tornado() const { return tornado_; }
  const std::optional<GoalResult>& goal() const { return goal_; }
  const std::vector<ScenarioProjection>& scenarios() const { return scenarios_; }
  // The Monte Carlo run: Result() is the last finished one (samples 0 before the first).
  const MonteCarloRun& monte_carlo() const { return monte_carlo_; }

  // Does up to `max_samples` of the Monte Carlo run the state asks for (starting it
  // when the state changed, or only reselecting the chosen year and threshold from the
  // same samples); returns true while it still runs.
  bool Advance(int max_samples);
  // Runs it to the end (at most ~35 ms for 200,000 samples in WebAssembly).
  void Finish();

  std::string CanonicalLink() const;
  // The result keys (= aws-calc --json, the page's awsCalc.results(): the same keys in
  // every door, "scenarios": [] when there are none): the parts asked, the Monte Carlo
  // run finished first unless `finish` is false (then the last finished run is written).
  std::string Json(const ReportParts& parts = {}, bool finish = true);
  // The projection as a tidy CSV table (report.h, ResultsCsv: `aws-calc --csv`).
  std::string Csv(CsvValues values = CsvValues::kRounded) const;
  // The data to republish (report.h, ResultsDataFiles), with the Monte Carlo run's
  // percentiles (finished first) and the kept scenarios; `link` defaults to "#" and the
  // canonical link, `date` ("2026-11-29") is left out when empty. DataZip: the same
  // files as one ZIP (the page's data download, `aws-calc --zip`).
  std::vector<DataFile> DataFiles(CsvValues values = CsvValues::kRounded,
                                  std::string_view link = "", std::string_view date = "");
  std::string DataZip(CsvValues values = CsvValues::kRounded, std::string_view link = "",
                      std::string_view date = "");

 private:
  void Recompute();

  LinkState link_;
  Projection projection_;
  std::vector<std::string> problems_;
  Tornado tornado_;
  std::optional<GoalResult> goal_;
  std::vector<ScenarioProjection> scenarios_;
  MonteCarloRun monte_carlo_;
  bool monte_carlo_stale_ = true;        // the state changed since the run started
  Assumptions monte_carlo_assumptions_;  // what the run was started with
  UncertaintySettings monte_carlo_settings_;
};

// Everything a link asks for (the CLI's --json, the core module's projectLink): a
// session of the parsed link, its report. The same link gives the same text everywhere.
std::string LinkResultsJson(const ParsedLink& parsed, const ReportParts& parts = {});

}  // namespace awscalc
