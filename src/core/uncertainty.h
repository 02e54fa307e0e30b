// uncertainty.h: the Monte Carlo simulation (ARCHITECTURE.md, "The
// model"): how wide the range of outcomes is when the uncertain inputs vary together.
//
// [SECTION] Uncertain inputs: which inputs vary, their ranges around the reader's values
// [SECTION] Outputs a reader can study (shared with the tornado and goal seek)
// [SECTION] Settings: ranges, samples, seed, chosen year, threshold
// [SECTION] Results and the sliced run
//
// The method, precisely:
// - Each uncertain input has a triangular distribution whose mode is the reader's own
//   value. The revenue range is a factor on the whole revenue path (default x0.7 to
//   x1.3, one draw per sample for all years); the other ranges are offsets in the
//   input's unit (gross margin -10/+10 points, AWS share -15/+15 points, training 0/0
//   $B, AWS growth -3.5/+3.5 points), clamped to the input's valid range.
// - A sample draws five uniforms from one xoshiro256** stream (random.h), always in the
//   order revenue, gross margin, AWS share, training, AWS growth, even for ranges of zero
//   width (so narrowing one range does not reshuffle the others). A per-year input takes
//   the same quantile in every year (a sample is "margins are low", not noise per year).
// - Each sample is projected with exactly the arithmetic of Project(), so ranges of zero
//   width give every percentile equal to the deterministic projection, bit for bit.
// - Percentile p of n values (Hyndman & Fan type 7, R's default, NumPy's "linear"): with
//   x(0) <= ... <= x(n-1) the order statistics, h = (n - 1) p / 100 split exactly (in
//   integers) into k = floor(h) and f = h - k, the percentile is x(k) + (x(k+1) - x(k)) f,
//   computed in that order (f as remainder / 100.0). Order statistics come from selection,
//   not sorting, and are values, so every standard library finds the same ones. The mean
//   is x0 + sum(x_i - x0) / n, summed in sample order (x0 = the first sample).
// - The histogram of the chosen year has kHistogramBins equal bins from the smallest to
//   the largest sample (bin i holds edges[i] <= x < edges[i+1], the last bin also its
//   upper edge); when every sample is equal, the bins centre on that value.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "core/assumptions.h"
#include "core/messages.h"
#include "core/projection.h"
#include "core/random.h"
#include "core/results.h"

namespace awscalc {

// ---------------------------------------------------------------------------------
// [SECTION] Uncertain inputs

enum class UncertainInput { kRevenue, kGrossMargin, kAwsShare, kTraining, kAwsGrowth };
inline constexpr int kUncertainInputCount = 5;

enum class RangeKind {
  kFactor,  // low/high multiply the reader's value (revenue: x0.7 to x1.3)
  kOffset,  // low/high are added to it, in the input's own unit (margin: -10 to +10 points)
};

struct UncertainInputInfo {
  UncertainInput id;
  InputId input;        // the model input it varies: its key, label, unit and valid range
  const char* low_key;  // share-link keys of the range: "rlo" / "rhi"
  const char* high_key;
  RangeKind kind;
  double default_low;  // 0.7 (factor) or -10 (offset)
  double default_high;
  double min_low;   // the link accepts low in [min_low, neutral] and high in
  double max_high;  // [neutral, max_high]; neutral is 1 (factor) or 0 (offset)
  // In JSON (the tornado's bars): the input's link key, "rev", "gm", ...
  const char* key() const { return Info(input).link_key; }
};

std::span<const UncertainInputInfo> UncertainInputs();
const UncertainInputInfo& Info(UncertainInput id);
// 1 for factors, 0 for offsets: the value of low and high for a range of zero width.
double NeutralEnd(UncertainInput id);
// The input's value in year `year_index` (0 = 2025; scalar inputs ignore it).
double InputValue(const Assumptions& assumptions, UncertainInput id, int year_index);

struct UncertainRange {
  double low = 0;  // factor or offset, see RangeKind; low <= neutral <= high
  double high = 0;
  bool operator==(const UncertainRange&) const = default;
};

// ---------------------------------------------------------------------------------
// [SECTION] Outputs

enum class OutputId {
  kAwsFromAnthropic,           // AWS revenue from Anthropic in the chosen year, $B
  kCumulativeOperatingProfit,  // AWS operating profit from Anthropic, summed to the chosen year, $B
  kAnthropicShareOfAws,        // Anthropic's share of AWS revenue in the chosen year, %
};
inline constexpr int kOutputCount = 3;

struct OutputInfo {
  OutputId id;
  const char* key;             // in links and JSON: "aws", "profit", "share"
  const char* result_key;      // its row in the results table (results.h): label and unit
  const char* label() const {  // "AWS revenue from Anthropic", in the current language
    return Label(*FindResult(result_key));
  }
  Unit unit() const { return FindResult(result_key)->unit; }  // kBillionUsd or kPercent
};
std::span<const OutputInfo> Outputs();
const OutputInfo& Info(OutputId id);

// The output in year `year_index` (0 = 2025) of a projection.
double OutputValue(const Projection& projection, OutputId output, int year_index);

// ---------------------------------------------------------------------------------
// [SECTION] Settings

inline constexpr int kDefaultSamples = 10000;
inline constexpr int kMinSamples = 1000;  // what the link accepts
inline constexpr int kMaxSamples = 200000;
inline constexpr std::uint32_t kDefaultSeed = 1;
inline constexpr double kDefaultThresholdBusd = 5;
inline constexpr double kMaxThresholdBusd = 10000;
inline constexpr int kHistogramBins = 40;

std::array<UncertainRange, kUncertainInputCount> DefaultRanges();

struct UncertaintySettings {
  std::array<UncertainRange, kUncertainInputCount> ranges = DefaultRanges();
  int samples = kDefaultSamples;  // 1000-200000
  std::uint32_t seed = kDefaultSeed;
  // The year the histogram, the threshold, the tornado and goal seek look at (2025 =
  // first); none = the horizon's last year, following the horizon when it changes.
  std::optional<int> year;
  double threshold_busd = kDefaultThresholdBusd;  // 0-10000
  OutputId tornado_output = OutputId::kAwsFromAnthropic;

  const UncertainRange& Range(UncertainInput id) const { return ranges[static_cast<int>(id)]; }
  UncertainRange& Range(UncertainInput id) { return ranges[static_cast<int>(id)]; }
  bool operator==(const UncertaintySettings&) const = default;
};

// The chosen year as an index into the horizon (0 = 2025), clamped to the horizon.
int ChosenYearIndex(const UncertaintySettings& settings, int horizon_years);

// The distribution of one input in one year: low and high clamped to the input's valid
// range, mode = the reader's value. For revenue it is the distribution of the factor
// (the same for every year; `year_index` is ignored): the sampled revenue is
// min(revenue x factor, the input's maximum).
Triangular InputDistribution(const Assumptions& assumptions, const UncertaintySettings& settings,
                             UncertainInput input, int year_index);

enum class RangeEnd { kLow, kHigh };

// The assumptions with one input at the low or high end of its range in every year, the
// rest at the reader's values (the tornado's two runs per input).
Assumptions WithInputAt(const Assumptions& assumptions, const UncertaintySettings& settings,
                        UncertainInput input, RangeEnd end);

// ---------------------------------------------------------------------------------
// [SECTION] Results and the sliced run

inline constexpr std::array<int, 5> kPercentiles = {5, 10, 50, 90, 95};

// One output across the samples, per year of the horizon.
struct Summary {
  YearValues p5{};
  YearValues p10{};
  YearValues p50{};
  YearValues p90{};
  YearValues p95{};
  YearValues mean{};
};

struct Histogram {
  int year = 0;  // calendar year
  std::array<double, kHistogramBins + 1> edges_busd{};
  std::array<int, kHistogramBins> counts{};
};

struct UncertaintyResult {
  int horizon_years = 0;
  int samples = 0;  // 0: no result yet
  std::uint32_t seed = 0;
  Summary aws_from_anthropic_busd;
  Summary cumulative_operating_profit_busd;
  Summary anthropic_share_of_aws_pct;
  Histogram histogram;  // of AWS revenue from Anthropic
  int year = 0;         // the chosen year (calendar)
  double threshold_busd = 0;
  double probability_above = 0;  // share of samples whose AWS revenue from Anthropic in
                                 // `year` is strictly above the threshold, 0-1
};

// p of `values` as defined above (type 7). Reorders `values`. `percentile` 0-100.
double Percentile(std::span<double> values, int percentile);

// A Monte Carlo run computed in slices, so a page can spread 200,000 samples over
// frames. Start, then call Step with a budget until it returns true; the result equals
// RunMonteCarlo's bit for bit however the work was sliced. The buffers are kept between
// runs (no allocation per sample, none per run once they are large enough).
class MonteCarloRun {
 public:
  // Starts a new run (abandoning any in progress). Assumptions must be valid; samples
  // are clamped to 1-kMaxSamples.
  void Start(const Assumptions& assumptions, const UncertaintySettings& settings);
  // Does about `max_samples` samples' worth of work (summarising the results counts
  // too, so no call does much more than asked). Returns Done().
  bool Step(int max_samples);
  // 0-1, the share of the run's work done.
  double Progress() const;
  // The run started last has finished.
  bool Done() const { return phase_ == Phase::kDone; }
  bool Running() const { return phase_ != Phase::kIdle && phase_ != Phase::kDone; }
  // The last finished run's result (the previous one while a run is in progress; samples
  // = 0 before the first).
  const UncertaintyResult& Result() const { return result_; }
  // After a finished run: another chosen year or threshold, from the same samples, in
  // one pass (no new sampling). Gives what a new run with those settings would. Returns
  // false (and changes nothing) while a run is in progress.
  bool Reselect(std::optional<int> year, double threshold_busd);

 private:
  enum class Phase { kIdle, kSampling, kSummarising, kDone };
  void DrawSamples(int count);
  void SummariseSeries(int series_index);
  void SelectYear(UncertaintyResult& result);
  std::span<double> Series(int series_index);

  Phase phase_ = Phase::kIdle;
  Assumptions assumptions_;
  UncertaintySettings settings_;
  int horizon_years_ = 0;
  int samples_ = 0;
  int samples_done_ = 0;
  int series_done_ = 0;
  double work_done_ = 0;
  Random random_;
  // Distributions, computed once per run; a year equal to the year before reuses its value.
  Triangular revenue_factor_;
  std::array<Triangular, kMaxYears> gross_margin_pct_;
  std::array<Triangular, kMaxYears> aws_share_pct_;
  std::array<Triangular, kMaxYears> training_busd_;
  std::array<bool, kMaxYears> same_as_previous_year_{};
  Triangular aws_growth_pct_;
  // Samples: series s, year y, sample i at values_[(s * horizon + y) * samples + i].
  // Not zeroed when it grows (every value is written before it is read).
  std::unique_ptr<double[]> values_;
  std::size_t values_capacity_ = 0;
  // Scratch space of the percentile selection.
  std::vector<int> buckets_;
  std::vector<double> gathered_;
  UncertaintyResult pending_;
  UncertaintyResult result_;
};

// The whole run at once (the CLI, tests, small links).
UncertaintyResult RunMonteCarlo(const Assumptions& assumptions,
                                const UncertaintySettings& settings);

}  // namespace awscalc
