// session.cpp: see session.h.
#include "core/session.h"

#include "core/presets.h"
#include "core/zip.h"

namespace awscalc {

Session::Session() {
  Recompute();
}

Session::Session(const ParsedLink& parsed) {
  Apply(parsed);
}

void Session::ApplyLink(std::string_view fragment, const LinkState& base) {
  Apply(ParseLink(fragment, base));
}

void Session::Apply(const ParsedLink& parsed) {
  link_ = parsed.state;
  problems_ = ProblemMessages(parsed);
  Recompute();
}

void Session::Edited() {
  Normalize(link_.assumptions);
  Recompute();
}

std::vector<std::string> Session::SetInputText(const InputInfo& input, int year_index,
                                               std::string_view text) {
  const ParsedLink parsed = ApplyInputText(link_, input, year_index, text);
  link_ = parsed.state;
  Recompute();
  return ProblemMessages(parsed);
}

void Session::UsePreset(const Preset& preset) {
  link_.assumptions = preset.assumptions;
  Edited();
}

int Session::ChosenYearIndex() const {
  return awscalc::ChosenYearIndex(link_.uncertainty, link_.assumptions.horizon_years);
}

void Session::Recompute() {
  const Assumptions& a = link_.assumptions;
  projection_ = Project(a);
  tornado_ = ComputeTornado(a, link_.uncertainty);
  goal_.reset();
  if (link_.goal) goal_ = SeekGoal(a, *link_.goal, ChosenYearIndex());
  scenarios_ = ProjectScenarios(link_.scenarios);
  monte_carlo_stale_ = true;
}

bool Session::Advance(int max_samples) {
  if (monte_carlo_stale_) {
    monte_carlo_stale_ = false;
    const UncertaintySettings& settings = link_.uncertainty;
    // The same samples serve another chosen year, threshold or tornado output.
    UncertaintySettings same_samples = settings;
    same_samples.year = monte_carlo_settings_.year;
    same_samples.threshold_busd = monte_carlo_settings_.threshold_busd;
    same_samples.tornado_output = monte_carlo_settings_.tornado_output;
    const bool only_reselect = monte_carlo_.Done() &&
                               monte_carlo_assumptions_ == link_.assumptions &&
                               same_samples == monte_carlo_settings_;
    if (!only_reselect || !monte_carlo_.Reselect(settings.year, settings.threshold_busd)) {
      monte_carlo_.Start(link_.assumptions, settings);
    }
    monte_carlo_assumptions_ = link_.assumptions;
    monte_carlo_settings_ = settings;
  }
  if (monte_carlo_.Running()) monte_carlo_.Step(max_samples);
  return monte_carlo_.Running();
}

void Session::Finish() {
  while (Advance(kMaxSamples)) {
  }
}

std::string Session::CanonicalLink() const {
  return awscalc::CanonicalLink(link_);
}

std::string Session::Json(const ReportParts& parts, bool finish) {
  if (parts.uncertainty && finish) Finish();
  ReportExtras extras;
  if (parts.uncertainty) extras.uncertainty = &monte_carlo_.Result();
  if (parts.tornado) extras.tornado = &tornado_;
  if (parts.scenarios) extras.scenarios = &scenarios_;
  if (parts.goal && goal_) extras.goal = &*goal_;
  return ResultsJson(projection_, CanonicalLink(), problems_, extras);
}

std::string Session::Csv(CsvValues values) const {
  return ResultsCsv(projection_, values);
}

std::vector<DataFile> Session::DataFiles(CsvValues values, std::string_view link,
                                         std::string_view date) {
  Finish();
  ReportExtras extras;
  extras.uncertainty = &monte_carlo_.Result();
  extras.scenarios = &scenarios_;
  const CsvFile file{values, link.empty() ? "#" + CanonicalLink() : std::string(link),
                     std::string(date)};
  return ResultsDataFiles(projection_, file, extras);
}

std::string Session::DataZip(CsvValues values, std::string_view link, std::string_view date) {
  std::vector<ZipEntry> entries;
  for (DataFile& data : DataFiles(values, link, date)) {
    entries.push_back({std::move(data.name), std::move(data.text)});
  }
  return ZipStore(entries, date);
}

std::string LinkResultsJson(const ParsedLink& parsed, const ReportParts& parts) {
  return Session(parsed).Json(parts);
}

}  // namespace awscalc
