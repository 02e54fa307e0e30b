// assumptions.h: every input of the projection model, with its default, valid range,
// unit and source (listed in kInputs, assumptions.cpp), and the two views of revenue (dollars
// per year, or a first-year figure plus growth rates).
//
// An Assumptions value is plain data. Per-year arrays always hold kMaxYears entries;
// the entries past the horizon are kept filled by Normalize() with the values the
// horizon's extension rule gives, so two states that mean the same thing compare equal.
#pragma once

#include <array>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/format.h"

namespace awscalc {

inline constexpr int kFirstYear = 2025;
inline constexpr int kMaxYears = 6;   // 2025-2030
inline constexpr int kNoteYears = 3;  // the note covers 2025-2027
inline constexpr int kLastNoteYear = kFirstYear + kNoteYears - 1;

// After the note's years, each year's revenue growth is the previous year's growth
// times this factor (the calculator's own assumption, labelled as such in the UI).
inline constexpr double kGrowthDecay = 0.6;
// Revenue derived by the calculator (extension years, the growth view) is kept to the
// nearest $1M, so links stay short and readable.
inline constexpr double kRevenueStepBusd = 0.001;

using YearValues = std::array<double, kMaxYears>;

struct Assumptions {
  int horizon_years = kNoteYears;       // 1-6 years from 2025
  YearValues revenue_busd{};            // Anthropic revenue per year, $B
  YearValues gross_margin_pct{};        // Anthropic gross margin per year, %
  YearValues aws_share_pct{};           // share of cost of revenue spent on AWS, %
  YearValues training_busd{};           // extra AWS revenue from training, $B
  double aws_base_2024_busd = 0;        // AWS net sales 2024, $B
  double aws_growth_pct = 0;            // AWS growth excluding Anthropic, %/yr
  double aws_operating_margin_pct = 0;  // AWS operating margin, %
  double investment_busd = 0;           // Amazon's investment in Anthropic, $B
  double stake_value_busd = 0;          // value of Amazon's stake, $B

  bool operator==(const Assumptions&) const = default;
};

// The article's assumptions: the Morgan Stanley note as reported.
Assumptions DefaultAssumptions();

// ---------------------------------------------------------------------------------
// The one table of inputs: what the link codec reads and writes, the uncertainty and
// goal-seek lists name, the assumptions panel draws, the page's text version builds
// its form from and the docs list. Adding an input: a row here and its field in
// Assumptions (and the model's use of it); every door follows.

enum class InputId {
  kRevenue,
  kRevenueGrowth,  // the growth view of kRevenue (not stored, derived)
  kGrossMargin,
  kAwsShare,
  kTraining,
  kAwsBase,
  kAwsGrowth,
  kAwsOperatingMargin,
  kInvestment,
  kStakeValue,
};

enum class InputShape {
  kRevenuePath,  // one value per year; how many values sets the horizon ("rev=4,10,19")
  kPerYear,      // one value for every year, or one per year ("gm=60" or "gm=60,55,50")
  kScalar,       // one value ("g=17.5")
  kDerived,      // a view of another input, not in links (revenue growth)
};

// One row of the table (written with designated initializers in assumptions.cpp: a field
// left out takes the default below).
struct InputInfo {
  InputId id = InputId::kRevenue;
  const char* link_key = "";  // share-link key ("" for derived views)
  const char* label = "";     // for people: "Anthropic revenue"
  // One of the inputs that move the headline most, in a word or two ("Revenue"): set,
  // a phone shows it again right under the headline and its chart (ui: DrawMainInputs),
  // in the table's order. nullptr: not one of them.
  const char* main_label = nullptr;
  Unit unit = Unit::kPlain;
  double min_value = 0;  // the valid range: links, typed values, validation
  double max_value = 0;
  InputShape shape = InputShape::kScalar;
  YearValues Assumptions::*years = nullptr;  // the field of a per-year input
  double Assumptions::*value = nullptr;      // the field of a one-value input
  double default_value = 0;  // every year's default (revenue: the note's path, DefaultValue)
  // The figure a reader compares with, and who gives it ("note: 60%", "10-K: $107.6B"):
  // the default, or the range [reference_low, reference_high] when the default is a
  // midpoint ("article: 16-19%"), or words when there is no figure.
  const char* reference_by = nullptr;  // "note", "10-K", "article"; nullptr: none
  double reference_low = std::numeric_limits<double>::quiet_NaN();  // NaN: the default
  double reference_high = std::numeric_limits<double>::quiet_NaN();
  const char* reference_words = nullptr;  // instead of a figure ("more, amount not given")
  const char* source = "";                // where the default comes from
  // The slider: its track (typed values and links may go to the valid range), or for an
  // input that scales with its year, 0 to track_scale x the year's default (InputTrack);
  // the values it lands on and the digits it shows.
  double track_min = 0;
  double track_max = 0;
  double track_scale = 0;
  double step = 0.1;
  int decimals = 1;
  // The result it moves most directly (a results-table key): the figure the page keeps
  // in view while a reader changes it.
  const char* moves = "awsFromAnthropic";
};

inline constexpr int kInputCount = 10;  // rows of the table (InputId values)
std::span<const InputInfo> AllInputs();
const InputInfo& Info(InputId id);
// The input with this link key, or nullptr.
const InputInfo* FindInput(std::string_view link_key);
// An input's name for one year ("Anthropic gross margin, 2026"), or its label when
// `year_index` is -1: the slider's accessible name and the words of a typed value's
// problem, whichever door the value came through.
std::string InputYearLabel(const InputInfo& info, int year_index);

// The default of an input in a year (index 0 = 2025). For scalar inputs the year is
// ignored. Revenue past the note's years follows the extension rule.
double DefaultValue(InputId id, int year_index);

// The input's value in a year (scalar inputs ignore the year; derived: revenue growth).
double InputValue(const Assumptions& assumptions, const InputInfo& info, int year_index);

// The value a reader compares with, drawn as a marker on the slider (the note's 60%),
// in a year; NaN when there is none (training, years after the note).
double ReferenceValue(const InputInfo& info, int year_index);

// "note: 60%", "note: $4B, $10B, $19B", "article: 16\u201319%"; "" without a reference.
std::string ReferenceText(const InputInfo& info);

// The slider track of an input in a year: [track_min, track_max], or for an input that
// scales with its year (revenue: $4B in 2025, $19B in 2027) from 0 to track_scale x the
// year's default, rounded up to a whole number (a multiple of 5 from 10 on): a finger's
// travel moves each year's value in proportion to it.
struct Track {
  double min = 0;
  double max = 0;
};
Track InputTrack(const InputInfo& info, int year_index);

// ---------------------------------------------------------------------------------
// Validation.

struct ValidationIssue {
  InputId id;
  int year_index;       // -1 for scalar inputs
  std::string message;  // "Gross margin in 2026 is 140%; it must be between -100% and 100%."
};

// Every input that is not finite or outside its range, named with its year. The
// horizon must be 1-6. An empty result means the assumptions are usable.
std::vector<ValidationIssue> Validate(const Assumptions& assumptions);

// ---------------------------------------------------------------------------------
// Horizon and the two views of revenue.

// Revenue growth of year `year_index` over the previous year, in percent; NaN for the
// first year or when the previous year's revenue is zero.
double RevenueGrowthPct(const Assumptions& assumptions, int year_index);

// The growth view: revenue growth per year (index 0 is NaN: the first year has none).
YearValues RevenueGrowthView(const YearValues& revenue_busd, int horizon_years);

// The dollar view from the growth view: revenue[0] = first_year_busd and
// revenue[i] = revenue[i-1] * (1 + growth[i] / 100). Exact inverse of RevenueGrowthView
// up to rounding (no $1M rounding here).
YearValues RevenueFromGrowth(double first_year_busd, const YearValues& growth_pct,
                             int horizon_years);

// Sets the growth of one year (index >= 1) in the growth view: that year's revenue
// becomes previous * (1 + growth), and every later year keeps its own growth, so the
// path after it moves too. Revenue is rounded to the nearest $1M and clamped to its
// range. Year 0 or a zero previous revenue leaves the assumptions unchanged (returns
// false).
bool SetRevenueGrowth(Assumptions& assumptions, int year_index, double growth_pct);

// Changes the horizon (clamped to 1-6). New years get revenue from the extension
// rule (growth decays by kGrowthDecay a year) and copy the last year's margin, share
// and training; see Normalize.
void SetHorizon(Assumptions& assumptions, int horizon_years);

// One input back at its default (the note's value where it has one) in every year
// projected, the others untouched ("Back to the note's value"); whether it is there.
void ResetInput(Assumptions& assumptions, const InputInfo& info);
bool InputAtDefault(const Assumptions& assumptions, const InputInfo& info);

// Fills the entries past the horizon as SetHorizon would create them. Called after
// every change of horizon or of a per-year value, so equal meanings compare equal.
void Normalize(Assumptions& assumptions);

// Rounds revenue to the nearest kRevenueStepBusd.
double RoundRevenue(double revenue_busd);

}  // namespace awscalc
