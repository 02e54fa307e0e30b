// share_link_fuzzer.cpp: libFuzzer target on the share-link parser (ParseLink).
//
// An input is a link, any bytes. The target parses it and turns every broken promise of
// share_link.h into a crash (abort after a message naming the check and the input):
//
// - No sanitizer finding: the fuzz preset builds the core and this file with
//   AddressSanitizer + UndefinedBehaviorSanitizer, every finding fatal.
// - The parsed state is valid: every Assumptions field finite and inside its range in
//   every year (the years past the horizon too, which Normalize fills; a stricter check
//   than Validate's), the horizon 1-6, the assumptions normalized; the Monte Carlo settings
//   (samples, chosen year inside the horizon, threshold, both ends of each range, the
//   tornado's output); the goal (input, output, target); each scenario (its assumptions
//   as above, its name usable); the tab, the theme and the accent.
// - The problems: at most kMaxReportedProblems, and more only counted
//   (unreported_problems > 0 only when the list is full); every key, given text and
//   message printable ASCII and short, each message starting with its key;
//   ProblemMessages gives one line per problem plus one for the unreported ones.
// - The round trip: the canonical link of the state uses only URL-safe characters,
//   parses with no problems to exactly the same state, and is a fixed point (its state's
//   canonical link is the same text).
// - The whole input read as one number (ParseStrictNumber, which the link's values and
//   the typed values use): where the grammar accepts it, the same double as strtod's,
//   bit for bit (the core reads decimals itself: core/decimal.cpp).
//
// An input with a newline is also read as two links, "first\nsecond": the second is
// parsed on top of the first's state (ParseLink's `base`, as the web module's goal seek
// and the CLI's --preset use it) and checked the same way, except that its chosen year
// may lie past a horizon the second link shortened (kept by design, and written in the
// canonical link as the horizon's last year).
//
// Build and run: scripts/fuzz [SECONDS] (the fuzz preset; seeds in corpus/, the
// dictionary share_link.dict). Replay one input: build/fuzz/tests/fuzz/share_link_fuzzer FILE
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assumptions.h"
#include "core/decimal.h"
#include "core/goal_seek.h"
#include "core/scenarios.h"
#include "core/share_link.h"
#include "core/uncertainty.h"

namespace awscalc {
namespace {

// Generous bounds on what a reader is shown: a hostile link must not make one line long.
constexpr std::size_t kMaxEchoLength = 48;  // key and given ("..." and an escape included)
constexpr std::size_t kMaxMessageLength = 512;

std::string_view g_input;  // the whole input, for the failure message

std::string Escaped(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') {
      out.push_back(static_cast<char>(c));
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
      out += escaped;
    }
  }
  return out;
}

std::string Number(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "\nshare_link_fuzzer: CHECK FAILED: %s\n  input (%zu bytes): \"%s\"\n",
               what.c_str(), g_input.size(), Escaped(g_input).c_str());
  std::fflush(stderr);
  std::abort();
}

// The message is only built when the check fails.
#define FUZZ_CHECK(condition, message) \
  do {                                 \
    if (!(condition)) Fail(message);   \
  } while (false)

bool InRange(double value, double low, double high) {
  return std::isfinite(value) && value >= low && value <= high;
}

bool IsPrintable(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

// -----------------------------------------------------------------------------------
// The state

void CheckInput(InputId id, double value, const std::string& where, int year_index) {
  const InputInfo& info = Info(id);
  FUZZ_CHECK(InRange(value, info.min_value, info.max_value),
             where + ": " + info.label +
                 (year_index >= 0 ? " in " + std::to_string(kFirstYear + year_index) : "") +
                 " is " + Number(value) + ", outside " + Number(info.min_value) + " to " +
                 Number(info.max_value));
}

void CheckAssumptions(const Assumptions& a, const std::string& where) {
  FUZZ_CHECK(a.horizon_years >= 1 && a.horizon_years <= kMaxYears,
             where + ": the horizon is " + std::to_string(a.horizon_years) + " years");
  // Every year, not only the horizon's: Normalize fills the rest, and they are compared.
  for (int y = 0; y < kMaxYears; ++y) {
    CheckInput(InputId::kRevenue, a.revenue_busd[y], where, y);
    CheckInput(InputId::kGrossMargin, a.gross_margin_pct[y], where, y);
    CheckInput(InputId::kAwsShare, a.aws_share_pct[y], where, y);
    CheckInput(InputId::kTraining, a.training_busd[y], where, y);
  }
  CheckInput(InputId::kAwsBase, a.aws_base_2024_busd, where, -1);
  CheckInput(InputId::kAwsGrowth, a.aws_growth_pct, where, -1);
  CheckInput(InputId::kAwsOperatingMargin, a.aws_operating_margin_pct, where, -1);
  CheckInput(InputId::kInvestment, a.investment_busd, where, -1);
  CheckInput(InputId::kStakeValue, a.stake_value_busd, where, -1);
  Assumptions normalized = a;
  Normalize(normalized);
  FUZZ_CHECK(normalized == a, where + ": the assumptions are not normalized");
}

// `year_within_horizon`: false for a link read on top of a base (see the top).
void CheckState(const LinkState& state, bool year_within_horizon, const std::string& where) {
  CheckAssumptions(state.assumptions, where);

  const UncertaintySettings& u = state.uncertainty;
  FUZZ_CHECK(u.samples >= kMinSamples && u.samples <= kMaxSamples,
             where + ": samples " + std::to_string(u.samples));
  if (u.year) {
    const int last_year =
        kFirstYear + (year_within_horizon ? state.assumptions.horizon_years : kMaxYears) - 1;
    FUZZ_CHECK(*u.year >= kFirstYear && *u.year <= last_year,
               where + ": the chosen year " + std::to_string(*u.year) + " is outside " +
                   std::to_string(kFirstYear) + " to " + std::to_string(last_year));
  }
  FUZZ_CHECK(InRange(u.threshold_busd, 0, kMaxThresholdBusd),
             where + ": threshold " + Number(u.threshold_busd));
  for (const UncertainInputInfo& info : UncertainInputs()) {
    const UncertainRange& range = u.Range(info.id);
    const double neutral = NeutralEnd(info.id);
    FUZZ_CHECK(InRange(range.low, info.min_low, neutral),
               where + ": " + info.low_key + " is " + Number(range.low));
    FUZZ_CHECK(InRange(range.high, neutral, info.max_high),
               where + ": " + info.high_key + " is " + Number(range.high));
  }
  const int tornado = static_cast<int>(u.tornado_output);
  FUZZ_CHECK(tornado >= 0 && tornado < kOutputCount,
             where + ": tornado output " + std::to_string(tornado));

  if (state.goal) {
    const int input = static_cast<int>(state.goal->input);
    const int output = static_cast<int>(state.goal->output);
    FUZZ_CHECK(input >= 0 && input < kGoalInputCount,
               where + ": goal input " + std::to_string(input));
    FUZZ_CHECK(output >= 0 && output < kOutputCount,
               where + ": goal output " + std::to_string(output));
    FUZZ_CHECK(InRange(state.goal->target, -kMaxGoalTarget, kMaxGoalTarget),
               where + ": goal target " + Number(state.goal->target));
  }

  for (int s = 0; s < kMaxScenarios; ++s) {
    if (!state.scenarios[s]) continue;
    const std::string scenario = where + ", scenario " + std::to_string(s + 1);
    const char* problem = ScenarioNameProblem(state.scenarios[s]->name);
    FUZZ_CHECK(problem == nullptr, scenario + ": the name \"" + Escaped(state.scenarios[s]->name) +
                                       "\" " + (problem ? problem : ""));
    CheckAssumptions(state.scenarios[s]->assumptions, scenario);
  }

  const ViewSettings& view = state.view;
  FUZZ_CHECK(
      view.theme == Theme::kAuto || view.theme == Theme::kLight || view.theme == Theme::kDark,
      where + ": theme " + std::to_string(static_cast<int>(view.theme)));
  FUZZ_CHECK(view.tab >= 0 && view.tab < kTabCount, where + ": tab " + std::to_string(view.tab));
  FUZZ_CHECK(!view.accent_rgb || *view.accent_rgb <= 0xffffffu,
             where + ": accent " + std::to_string(*view.accent_rgb));
}

// -----------------------------------------------------------------------------------
// The problems

void CheckProblems(const ParsedLink& parsed, const std::string& where) {
  const std::size_t count = parsed.problems.size();
  FUZZ_CHECK(count <= kMaxReportedProblems,
             where + ": " + std::to_string(count) + " problems reported");
  FUZZ_CHECK(parsed.unreported_problems == 0 || count == kMaxReportedProblems,
             where + ": " + std::to_string(parsed.unreported_problems) +
                 " unreported problems with only " + std::to_string(count) + " reported");
  for (const LinkProblem& problem : parsed.problems) {
    const std::string& message = problem.message;
    FUZZ_CHECK(IsPrintable(problem.key) && IsPrintable(problem.given) && IsPrintable(message),
               where + ": a problem is not printable ASCII: \"" + Escaped(message) + "\"");
    FUZZ_CHECK(problem.key.size() <= kMaxEchoLength && problem.given.size() <= kMaxEchoLength,
               where + ": a problem's key or given text is long: \"" + problem.key + "\", \"" +
                   problem.given + "\"");
    FUZZ_CHECK(!message.empty() && message.size() <= kMaxMessageLength,
               where + ": a problem's message has " + std::to_string(message.size()) +
                   " characters: \"" + message + "\"");
    FUZZ_CHECK(message.compare(0, problem.key.size(), problem.key) == 0,
               where + ": the message \"" + message + "\" does not start with its key \"" +
                   problem.key + "\"");
  }
  const std::vector<std::string> messages = ProblemMessages(parsed);
  FUZZ_CHECK(messages.size() == count + (parsed.unreported_problems > 0 ? 1 : 0),
             where + ": ProblemMessages gives " + std::to_string(messages.size()) + " lines for " +
                 std::to_string(count) + " problems and " +
                 std::to_string(parsed.unreported_problems) + " unreported");
  for (const std::string& message : messages) {
    FUZZ_CHECK(IsPrintable(message), where + ": \"" + Escaped(message) + "\" is not printable");
  }
}

// -----------------------------------------------------------------------------------
// The round trip

// The parts of two states that differ, for the failure message.
std::string Differences(const LinkState& a, const LinkState& b) {
  std::string out;
  auto note = [&out](bool differs, const std::string& what) {
    if (differs) out += (out.empty() ? "" : ", ") + what;
  };
  auto assumptions = [&note](const Assumptions& x, const Assumptions& y, const std::string& in) {
    note(x.horizon_years != y.horizon_years, in + "horizon");
    note(x.revenue_busd != y.revenue_busd, in + "rev");
    note(x.gross_margin_pct != y.gross_margin_pct, in + "gm");
    note(x.aws_share_pct != y.aws_share_pct, in + "aws");
    note(x.training_busd != y.training_busd, in + "train");
    note(x.aws_base_2024_busd != y.aws_base_2024_busd, in + "base");
    note(x.aws_growth_pct != y.aws_growth_pct, in + "g");
    note(x.aws_operating_margin_pct != y.aws_operating_margin_pct, in + "opm");
    note(x.investment_busd != y.investment_busd, in + "inv");
    note(x.stake_value_busd != y.stake_value_busd, in + "stake");
  };
  assumptions(a.assumptions, b.assumptions, "");
  note(a.view != b.view, "view (tab, theme, accent, debug)");
  const UncertaintySettings& u = a.uncertainty;
  const UncertaintySettings& v = b.uncertainty;
  note(u.samples != v.samples, "n");
  note(u.seed != v.seed, "seed");
  note(u.year != v.year, "yr");
  note(u.threshold_busd != v.threshold_busd, "thr");
  note(u.ranges != v.ranges, "the ranges");
  note(u.tornado_output != v.tornado_output, "tor");
  note(a.goal != b.goal, "the goal");
  for (int s = 0; s < kMaxScenarios; ++s) {
    const std::string in = "s" + std::to_string(s + 1);
    const std::optional<Scenario>& x = a.scenarios[s];
    const std::optional<Scenario>& y = b.scenarios[s];
    if (x.has_value() != y.has_value()) {
      note(true, in + " (kept in one state only)");
    } else if (x) {
      note(x->name != y->name,
           in + ".name (\"" + Escaped(x->name) + "\" / \"" + Escaped(y->name) + "\")");
      assumptions(x->assumptions, y->assumptions, in + ".");
    }
  }
  return out.empty() ? "nothing visible" : out;
}

bool IsLinkCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '%' || c == '=' || c == '&' || c == ',';
}

// `expected` must be what ParseLink(CanonicalLink(state)) gives.
void CheckRoundTrip(const LinkState& state, const LinkState& expected, const std::string& where) {
  const std::string link = CanonicalLink(state);
  FUZZ_CHECK(link.rfind("v=1", 0) == 0,
             where + ": the canonical link \"" + Escaped(link) + "\" does not start with v=1");
  for (char c : link) {
    FUZZ_CHECK(IsLinkCharacter(c), where + ": the canonical link \"" + Escaped(link) +
                                       "\" has a character that is not URL-safe");
  }
  const ParsedLink again = ParseLink(link);
  FUZZ_CHECK(again.problems.empty() && again.unreported_problems == 0,
             where + ": the canonical link \"" + link + "\" has problems: " +
                 (again.problems.empty() ? "(unreported only)" : again.problems[0].message));
  FUZZ_CHECK(again.state == expected,
             where + ": the canonical link \"" + link +
                 "\" reads back differently: " + Differences(expected, again.state) +
                 " (read back: \"" + CanonicalLink(again.state) + "\")");
  const std::string link_again = CanonicalLink(again.state);
  FUZZ_CHECK(link_again == link, where + ": the canonical link \"" + link +
                                     "\" is not a fixed point: \"" + link_again + "\"");
}

void CheckParsed(const ParsedLink& parsed, bool year_within_horizon, const std::string& where) {
  CheckProblems(parsed, where);
  CheckState(parsed.state, year_within_horizon, where);
  LinkState expected = parsed.state;
  // A chosen year past the horizon is written, and so read back, as its last year.
  if (std::optional<int>& year = expected.uncertainty.year) {
    *year = kFirstYear + ChosenYearIndex(expected.uncertainty, expected.assumptions.horizon_years);
  }
  CheckRoundTrip(parsed.state, expected, where);
}

// The core reads decimals itself (core/decimal.cpp); each value the link grammar accepts
// must be the double strtod (glibc, correctly rounded) reads, bit for bit.
void CheckNumber(std::string_view input) {
  const ParsedNumber parsed = ParseStrictNumber(input);
  if (parsed.error != NumberError::kNone && parsed.error != NumberError::kNotFinite) return;
  const double expected = std::strtod(std::string(input).c_str(), nullptr);
  if (parsed.error == NumberError::kNotFinite
          ? std::isfinite(expected)
          : parsed.value != (expected == 0.0 ? 0.0 : expected)) {
    Fail("ParseStrictNumber reads " + Number(parsed.value) + ", strtod " + Number(expected));
  }
}

}  // namespace
}  // namespace awscalc

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace awscalc;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  g_input = input;

  CheckParsed(ParseLink(input), true, "the link");

  // "first\nsecond": the second on top of the first's state.
  if (const std::size_t newline = input.find('\n'); newline != std::string_view::npos) {
    const ParsedLink first = ParseLink(input.substr(0, newline));
    CheckState(first.state, true, "the first link");
    CheckParsed(ParseLink(input.substr(newline + 1), first.state), false,
                "the second link on top of the first");
  }
  CheckNumber(input);
  return 0;
}
