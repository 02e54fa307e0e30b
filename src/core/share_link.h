// share_link.h: the share-link format v1 (README.md, "The share link").
//
// State lives in the URL fragment: "v=1&rev=4,10,19&gm=60&aws=75". Keys (README.md, "The
// share link"): the model's inputs; the Monte Carlo settings (n, seed, yr, thr and the
// ranges rlo/rhi, gmlo/gmhi, awslo/awshi, trlo/trhi, glo/ghi); the tornado's output (tor);
// a goal-seek question (goal, goalout, target); presentation (theme, accent); scenarios
// s1-s3 (sN = the preset it starts from, sN.name, and sN.rev ... sN.stake on top of it).
//
// ParseLink reads any text a stranger may send and never throws: every bad key or value
// is reported in plain words and only that input keeps its default (or is clamped, and
// says so); the rest is applied. CanonicalLink writes the shortest link for a state: keys
// in a fixed order, values equal to their default left out, so the article's assumptions
// are "v=1". For a normalized state, ParseLink(CanonicalLink(s)).state == s.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assumptions.h"
#include "core/goal_seek.h"
#include "core/locale.h"
#include "core/scenarios.h"
#include "core/tabs.h"
#include "core/uncertainty.h"

namespace awscalc {

inline constexpr int kLinkVersion = 1;
// A link can carry thousands of bad keys; readers are shown the first few.
inline constexpr std::size_t kMaxReportedProblems = 20;

enum class Theme { kAuto, kLight, kDark };

// Presentation carried by the link; not part of the model.

struct ViewSettings {
  Theme theme = Theme::kAuto;
  std::optional<std::uint32_t> accent_rgb;  // 0xRRGGBB; none = the page's own accent
  int tab = 0;  // the results tab it opens on ("tab=range"): an index into kTabs (tabs.h)
  // The language the reader saw ("lang=de": core/locale.h), so the link opens in it;
  // nullptr: none chosen (English, or the door's own choice: the CLI's --lang).
  const Locale* language = nullptr;
  bool operator==(const ViewSettings&) const = default;
};

struct LinkState {
  Assumptions assumptions = DefaultAssumptions();
  ViewSettings view;
  // Monte Carlo ranges, samples, seed, the chosen year, the threshold, the tornado's output.
  UncertaintySettings uncertainty;
  // The reader's goal-seek question, if any (solved in the chosen year).
  std::optional<GoalQuery> goal;
  // Scenarios kept for comparison, slots 1-3.
  Scenarios scenarios;
  bool operator==(const LinkState&) const = default;
};

struct LinkProblem {
  std::string key;      // as given, made printable ("gm")
  std::string given;    // the value text as given, made printable and shortened
  std::string message;  // the whole sentence a reader sees; starts with the key
};

struct ParsedLink {
  LinkState state;
  std::vector<LinkProblem> problems;    // at most kMaxReportedProblems, in link order
  std::size_t unreported_problems = 0;  // how many more there were
};

// `fragment` is a URL's fragment as the page's location.hash gives it: one leading '#'
// is dropped (here, and nowhere else: in "##gm=55" the key is "#gm"). It is never read
// as a whole URL, whatever its text ("note:see&rev=4,10,30" is a link with a bad key);
// a whole URL is cut by LinkOfUrl, where it comes from a door that takes URLs (the
// CLI's argument). Inside a fragment a '#' or '?' separates nothing: a value holding
// one is a problem like any other character that does not belong there. Percent-escapes
// are decoded. Test and benchmark switches are not settings of a link (a link a reader
// is sent must not be able to break the page): "debug" is reported and ignored. The
// link's settings apply on top of
ParsedLink ParseLink(std::string_view fragment, const LinkState& base = LinkState{});

// The link inside a whole URL an analyst pasted from an address bar: what follows its
// first '#' ("" without one), for a text starting with http://, https:// or file:
// (any case); nullopt for any other text, which is a link itself.
std::optional<std::string_view> LinkOfUrl(std::string_view text);

// One input set from text a reader typed (the page's text version, a typed slider
// value), validated exactly as the link's value for that key: a value that is not a
// number keeps the current one, one out of range is clamped; either way a problem says
// so. `year_index` -1 sets every year (or a one-value input). The result is `state`
// with that change.
ParsedLink ApplyInputText(const LinkState& state, const InputInfo& input, int year_index,
                          std::string_view text);

// A value a reader typed into one control (a slider's field), read as a link's value
// is: the number, or why it cannot be used, in the words a link's problem uses
// ("Anthropic gross margin cannot be above 100% (150 was given): nothing was changed.").
// Unlike a link's, a value out of range is refused, not clamped: the reader is still
// there to type another. The unit as shown may surround the number ("60%", "$4.5B").
struct TypedValue {
  double value = 0;
  std::string problem;  // "" when `value` can be used
};
TypedValue ReadTypedValue(std::string_view text, std::string_view label, double min_value,
                          double max_value, Unit unit, bool whole);

// The canonical fragment, without '#'.
std::string CanonicalLink(const LinkState& state);

// The problems as sentences, with "...and N more problems." when some were left out.
std::vector<std::string> ProblemMessages(const ParsedLink& parsed);

const char* ThemeName(Theme theme);

}  // namespace awscalc
