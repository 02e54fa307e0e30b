// uncertainty.cpp: see uncertainty.h.
//
// [SECTION] Tables: uncertain inputs and outputs
// [SECTION] Order statistics
// [SECTION] Ranges, distributions, percentiles
// [SECTION] MonteCarloRun
#include "core/uncertainty.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace awscalc {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] Tables

constexpr std::array<UncertainInputInfo, kUncertainInputCount> kUncertainInputs = {{
    {UncertainInput::kRevenue, InputId::kRevenue, "rlo", "rhi", RangeKind::kFactor, 0.7, 1.3, 0.0,
     10.0},
    {UncertainInput::kGrossMargin, InputId::kGrossMargin, "gmlo", "gmhi", RangeKind::kOffset, -10.0,
     10.0, -200.0, 200.0},
    {UncertainInput::kAwsShare, InputId::kAwsShare, "awslo", "awshi", RangeKind::kOffset, -15.0,
     15.0, -100.0, 100.0},
    {UncertainInput::kTraining, InputId::kTraining, "trlo", "trhi", RangeKind::kOffset, 0.0, 0.0,
     -1000.0, 1000.0},
    {UncertainInput::kAwsGrowth, InputId::kAwsGrowth, "glo", "ghi", RangeKind::kOffset, -3.5, 3.5,
     -150.0, 150.0},
}};

constexpr std::array<OutputInfo, kOutputCount> kOutputs = {{
    {OutputId::kAwsFromAnthropic, "aws", "awsFromAnthropic"},
    {OutputId::kCumulativeOperatingProfit, "profit", "cumulativeOperatingProfit"},
    {OutputId::kAnthropicShareOfAws, "share", "anthropicShareOfAwsPct"},
}};

// The simulated outputs, in the order of their series in MonteCarloRun::values_.
constexpr std::array<Summary UncertaintyResult::*, 3> kSeriesSummaries = {
    &UncertaintyResult::aws_from_anthropic_busd,
    &UncertaintyResult::cumulative_operating_profit_busd,
    &UncertaintyResult::anthropic_share_of_aws_pct,
};
constexpr int kSeriesPerYear = static_cast<int>(kSeriesSummaries.size());

constexpr std::array<YearValues Summary::*, kPercentiles.size()> kPercentileFields = {
    &Summary::p5, &Summary::p10, &Summary::p50, &Summary::p90, &Summary::p95,
};

// What summarising costs, in samples' worth of work per value (measured natively and in
// WebAssembly: a sample at three years takes about 40-50 ns, summarising one series or
// binning the histogram about 5 ns a value). Keeps each Step close to its budget.
constexpr double kSummaryWorkPerValue = 0.12;
constexpr double kSelectWorkPerValue = 0.12;

// -----------------------------------------------------------------------------------
// [SECTION] Order statistics

// A rank asked of the values (k of the sorted order), where the bucket selection found
// it, and its value.
struct Rank {
  std::size_t rank;
  int bucket = 0;
  std::size_t rank_in_bucket = 0;
  double value = 0;
};

// The values of `ranks` (ascending) among `values`, whose extremes are low < high: the
// bucket selection described under SummariseValues.
void SelectRanks(std::span<const double> values, double low, double high, std::span<Rank> ranks,
                 std::vector<int>& buckets, std::vector<double>& gathered) {
  const std::size_t n = values.size();
  const std::size_t rank_count = ranks.size();
  const int bucket_count = std::clamp(static_cast<int>(n / 16), 16, 16384);
  const double span = high - low;
  const double scale = bucket_count / span;
  // A span of subnormal numbers (revenue of 5e-324) makes the scale infinite: divide
  // first then, so every bucket index stays a finite number inside the buckets.
  const bool finite_scale = std::isfinite(scale);
  auto bucket_of = [&](double x) {
    const double at = finite_scale ? (x - low) * scale : (x - low) / span * bucket_count;
    return std::clamp(static_cast<int>(at), 0, bucket_count - 1);
  };
  buckets.assign(static_cast<std::size_t>(bucket_count), 0);
  for (const double x : values) ++buckets[bucket_of(x)];

  // Ranks are ascending: one walk finds each one's bucket and its rank inside it.
  std::size_t before = 0;  // values in the buckets before `bucket`
  int bucket = 0;
  for (std::size_t r = 0; r < rank_count; ++r) {
    while (before + buckets[bucket] <= ranks[r].rank) before += buckets[bucket++];
    ranks[r].bucket = bucket;
    ranks[r].rank_in_bucket = ranks[r].rank - before;
  }
  // The buckets wanted get a place in `gathered` (start position; -1: not wanted).
  std::array<int, 2 * kPercentiles.size()> starts{};
  std::array<int, 2 * kPercentiles.size()> sizes{};
  int total = 0;
  for (std::size_t r = 0; r < rank_count; ++r) {
    if (r > 0 && ranks[r].bucket == ranks[r - 1].bucket) {
      starts[r] = starts[r - 1], sizes[r] = sizes[r - 1];
      continue;
    }
    starts[r] = total;
    sizes[r] = buckets[ranks[r].bucket];
    total += sizes[r];
  }
  for (int& count : buckets) count = -1;
  for (std::size_t r = 0; r < rank_count; ++r) buckets[ranks[r].bucket] = starts[r];
  gathered.resize(static_cast<std::size_t>(total));
  for (const double x : values) {
    int& position = buckets[bucket_of(x)];
    if (position >= 0) gathered[position++] = x;
  }
  for (std::size_t r = 0; r < rank_count; ++r) {
    const auto first = gathered.begin() + starts[r];
    const auto nth = first + static_cast<std::ptrdiff_t>(ranks[r].rank_in_bucket);
    std::nth_element(first, nth, first + sizes[r]);
    ranks[r].value = *nth;
  }
}

// Summarises `values` (in sample order, left unchanged) into year `year` of `summary`.
//
// The order statistics come from a bucket selection, exact and O(n) with small
// constants: the values are counted into equal-width buckets between their minimum and
// maximum (x <= y gives bucket(x) <= bucket(y), as subtraction and multiplication are
// monotonic), the buckets holding the ranks asked are gathered into `gathered`, and the
// rank is selected there. Every step depends on the values only, never on how a standard
// library orders equal elements, so the results are the same everywhere.
void SummariseValues(std::span<const double> values, Summary& summary, int year,
                     std::vector<int>& buckets, std::vector<double>& gathered) {
  const std::size_t n = values.size();
  // The mean, in sample order, and the extremes.
  const double shift = values[0];
  double sum = 0.0;
  double low = values[0];
  double high = values[0];
  for (const double x : values) {
    sum += x - shift;
    low = std::min(low, x);
    high = std::max(high, x);
  }
  summary.mean[year] = shift + sum / static_cast<double>(n);

  // The ranks: k = floor((n - 1) p / 100) and, when the remainder is not 0, k + 1.
  std::array<Rank, 2 * kPercentiles.size()> ranks;
  std::size_t rank_count = 0;
  for (const int percentile : kPercentiles) {
    const std::uint64_t scaled = static_cast<std::uint64_t>(n - 1) * percentile;
    ranks[rank_count++].rank = static_cast<std::size_t>(scaled / 100);
    ranks[rank_count++].rank = static_cast<std::size_t>(scaled / 100) + (scaled % 100 > 0);
  }

  if (high > low) {
    SelectRanks(values, low, high, std::span<Rank>(ranks.data(), rank_count), buckets, gathered);
  } else {
    for (std::size_t r = 0; r < rank_count; ++r) ranks[r].value = low;  // all equal
  }

  for (std::size_t p = 0; p < kPercentiles.size(); ++p) {
    const std::uint64_t remainder = static_cast<std::uint64_t>(n - 1) * kPercentiles[p] % 100;
    const double x_k = ranks[2 * p].value;
    const double x_next = ranks[2 * p + 1].value;
    (summary.*kPercentileFields[p])[year] =
        remainder == 0 ? x_k : x_k + (x_next - x_k) * (static_cast<double>(remainder) / 100.0);
  }
}

}  // namespace

// -----------------------------------------------------------------------------------
// [SECTION] Ranges, distributions, percentiles

std::span<const UncertainInputInfo> UncertainInputs() {
  return kUncertainInputs;
}

const UncertainInputInfo& Info(UncertainInput id) {
  return kUncertainInputs[static_cast<int>(id)];
}

double NeutralEnd(UncertainInput id) {
  return Info(id).kind == RangeKind::kFactor ? 1.0 : 0.0;
}

double InputValue(const Assumptions& a, UncertainInput id, int year_index) {
  year_index = std::clamp(year_index, 0, kMaxYears - 1);
  switch (id) {
    case UncertainInput::kRevenue:
      return a.revenue_busd[year_index];
    case UncertainInput::kGrossMargin:
      return a.gross_margin_pct[year_index];
    case UncertainInput::kAwsShare:
      return a.aws_share_pct[year_index];
    case UncertainInput::kTraining:
      return a.training_busd[year_index];
    case UncertainInput::kAwsGrowth:
      return a.aws_growth_pct;
  }
  return 0.0;
}

std::span<const OutputInfo> Outputs() {
  return kOutputs;
}

const OutputInfo& Info(OutputId id) {
  return kOutputs[static_cast<int>(id)];
}

double OutputValue(const Projection& p, OutputId output, int year_index) {
  const YearProjection& y = p.years[std::clamp(year_index, 0, kMaxYears - 1)];
  switch (output) {
    case OutputId::kAwsFromAnthropic:
      return y.aws_from_anthropic_busd;
    case OutputId::kCumulativeOperatingProfit:
      return y.cumulative_operating_profit_busd;
    case OutputId::kAnthropicShareOfAws:
      return y.anthropic_share_of_aws_pct;
  }
  return 0.0;
}

std::array<UncertainRange, kUncertainInputCount> DefaultRanges() {
  std::array<UncertainRange, kUncertainInputCount> ranges;
  for (const UncertainInputInfo& info : kUncertainInputs) {
    ranges[static_cast<int>(info.id)] = {info.default_low, info.default_high};
  }
  return ranges;
}

int ChosenYearIndex(const UncertaintySettings& settings, int horizon_years) {
  const int last = std::clamp(horizon_years, 1, kMaxYears) - 1;
  if (!settings.year) return last;
  return std::clamp(*settings.year - kFirstYear, 0, last);
}

Triangular InputDistribution(const Assumptions& a, const UncertaintySettings& settings,
                             UncertainInput input, int year_index) {
  const UncertainRange& range = settings.Range(input);
  if (Info(input).kind == RangeKind::kFactor) return Triangular(range.low, 1.0, range.high);
  const InputInfo& info = Info(Info(input).input);
  const double central = InputValue(a, input, std::clamp(year_index, 0, kMaxYears - 1));
  return Triangular(std::clamp(central + range.low, info.min_value, info.max_value), central,
                    std::clamp(central + range.high, info.min_value, info.max_value));
}

Assumptions WithInputAt(const Assumptions& a, const UncertaintySettings& settings,
                        UncertainInput input, RangeEnd end) {
  Assumptions out = a;
  const int horizon_years = std::clamp(a.horizon_years, 1, kMaxYears);
  auto end_of = [&](int year_index) {
    const Triangular distribution = InputDistribution(a, settings, input, year_index);
    return end == RangeEnd::kLow ? distribution.low() : distribution.high();
  };
  switch (input) {
    case UncertainInput::kRevenue: {
      const double factor = end_of(0);
      const double max_busd = Info(InputId::kRevenue).max_value;
      for (int y = 0; y < horizon_years; ++y) {
        out.revenue_busd[y] = std::min(a.revenue_busd[y] * factor, max_busd);
      }
      break;
    }
    case UncertainInput::kGrossMargin:
      for (int y = 0; y < horizon_years; ++y) out.gross_margin_pct[y] = end_of(y);
      break;
    case UncertainInput::kAwsShare:
      for (int y = 0; y < horizon_years; ++y) out.aws_share_pct[y] = end_of(y);
      break;
    case UncertainInput::kTraining:
      for (int y = 0; y < horizon_years; ++y) out.training_busd[y] = end_of(y);
      break;
    case UncertainInput::kAwsGrowth:
      out.aws_growth_pct = end_of(0);
      break;
  }
  Normalize(out);
  return out;
}

double Percentile(std::span<double> values, int percentile) {
  if (values.empty()) return 0.0;
  const std::uint64_t scaled = static_cast<std::uint64_t>(values.size() - 1) *
                               static_cast<std::uint64_t>(std::clamp(percentile, 0, 100));
  const std::size_t k = static_cast<std::size_t>(scaled / 100);
  const std::uint64_t remainder = scaled % 100;
  std::nth_element(values.begin(), values.begin() + k, values.end());
  const double low = values[k];
  if (remainder == 0) return low;
  const double high = *std::min_element(values.begin() + k + 1, values.end());
  return low + (high - low) * (static_cast<double>(remainder) / 100.0);
}

// -----------------------------------------------------------------------------------
// [SECTION] MonteCarloRun

void MonteCarloRun::Start(const Assumptions& a, const UncertaintySettings& settings) {
  assumptions_ = a;
  settings_ = settings;
  horizon_years_ = std::clamp(a.horizon_years, 1, kMaxYears);
  samples_ = std::clamp(settings.samples, 1, kMaxSamples);
  samples_done_ = 0;
  series_done_ = 0;
  work_done_ = 0.0;
  random_ = Random(settings.seed);

  revenue_factor_ = InputDistribution(a, settings, UncertainInput::kRevenue, 0);
  aws_growth_pct_ = InputDistribution(a, settings, UncertainInput::kAwsGrowth, 0);
  for (int y = 0; y < kMaxYears; ++y) {
    gross_margin_pct_[y] = InputDistribution(a, settings, UncertainInput::kGrossMargin, y);
    aws_share_pct_[y] = InputDistribution(a, settings, UncertainInput::kAwsShare, y);
    training_busd_[y] = InputDistribution(a, settings, UncertainInput::kTraining, y);
    same_as_previous_year_[y] = y > 0 && gross_margin_pct_[y] == gross_margin_pct_[y - 1] &&
                                aws_share_pct_[y] == aws_share_pct_[y - 1] &&
                                training_busd_[y] == training_busd_[y - 1];
  }

  const std::size_t values = static_cast<std::size_t>(kSeriesPerYear) * horizon_years_ * samples_;
  if (values > values_capacity_) {
    values_.reset(new double[values]);
    values_capacity_ = values;
  }
  pending_ = UncertaintyResult{};
  pending_.horizon_years = horizon_years_;
  pending_.samples = samples_;
  pending_.seed = settings.seed;
  phase_ = Phase::kSampling;
}

std::span<double> MonteCarloRun::Series(int series_index) {
  return {values_.get() + static_cast<std::size_t>(series_index) * samples_,
          static_cast<std::size_t>(samples_)};
}

void MonteCarloRun::DrawSamples(int count) {
  const int h = horizon_years_;
  const std::size_t n = static_cast<std::size_t>(samples_);
  const double revenue_max_busd = Info(InputId::kRevenue).max_value;
  const double operating_margin = assumptions_.aws_operating_margin_pct / 100.0;
  const YearValues& revenue_busd = assumptions_.revenue_busd;
  double* const aws_out = values_.get();
  double* const profit_out = aws_out + h * n;
  double* const share_out = profit_out + h * n;

  const int end = samples_done_ + count;
  for (int i = samples_done_; i < end; ++i) {
    // Always five draws, in this order (see uncertainty.h).
    const double u_revenue = random_.Uniform();
    const double u_margin = random_.Uniform();
    const double u_share = random_.Uniform();
    const double u_training = random_.Uniform();
    const double u_growth = random_.Uniform();

    const double revenue_factor = revenue_factor_.Quantile(u_revenue);
    // The arithmetic of Project(), in the same order, so a point range gives its doubles.
    const double aws_growth_factor = 1.0 + aws_growth_pct_.Quantile(u_growth) / 100.0;
    double aws_excluding_busd = assumptions_.aws_base_2024_busd;
    double cumulative_profit_busd = 0.0;
    double cost_fraction = 0.0;
    double aws_share = 0.0;
    double training_busd = 0.0;
    for (int y = 0; y < h; ++y) {
      if (!same_as_previous_year_[y]) {
        cost_fraction = 1.0 - gross_margin_pct_[y].Quantile(u_margin) / 100.0;
        aws_share = aws_share_pct_[y].Quantile(u_share) / 100.0;
        training_busd = training_busd_[y].Quantile(u_training);
      }
      const double revenue = std::min(revenue_busd[y] * revenue_factor, revenue_max_busd);
      const double aws_from_anthropic_busd = revenue * cost_fraction * aws_share + training_busd;
      aws_excluding_busd *= aws_growth_factor;
      cumulative_profit_busd += aws_from_anthropic_busd * operating_margin;
      const std::size_t at = y * n + i;
      aws_out[at] = aws_from_anthropic_busd;
      profit_out[at] = cumulative_profit_busd;
      share_out[at] =
          aws_from_anthropic_busd / (aws_excluding_busd + aws_from_anthropic_busd) * 100.0;
    }
  }
  samples_done_ = end;
}

void MonteCarloRun::SummariseSeries(int series_index) {
  const int kind = series_index / horizon_years_;
  const int year = series_index % horizon_years_;
  SummariseValues(Series(series_index), pending_.*kSeriesSummaries[kind], year, buckets_,
                  gathered_);
}

void MonteCarloRun::SelectYear(UncertaintyResult& result) {
  const int year_index = ChosenYearIndex(settings_, horizon_years_);
  const std::span<const double> values = Series(year_index);  // AWS revenue from Anthropic
  result.year = kFirstYear + year_index;
  result.threshold_busd = settings_.threshold_busd;

  double low = values[0];
  double high = values[0];
  int above = 0;
  for (const double x : values) {
    low = std::min(low, x);
    high = std::max(high, x);
    above += x > settings_.threshold_busd ? 1 : 0;
  }
  result.probability_above = static_cast<double>(above) / static_cast<double>(values.size());

  Histogram& histogram = result.histogram;
  histogram.year = result.year;
  if (!(high > low)) {
    // Every sample is the same: bins centred on it.
    // (a subnormal value has no tenth: then the same width as around zero)
    const double tenth = std::fabs(low) * 0.1;
    const double half_width = low != 0.0 && tenth > 0.0 ? tenth : 0.1;
    high = low + half_width;
    low -= half_width;
  }
  const double span = high - low;
  for (int i = 0; i < kHistogramBins; ++i)
    histogram.edges_busd[i] = low + span * i / kHistogramBins;
  histogram.edges_busd[kHistogramBins] = high;
  histogram.counts.fill(0);
  for (const double x : values) {
    int bin =
        std::clamp(static_cast<int>((x - low) / span * kHistogramBins), 0, kHistogramBins - 1);
    // The estimate can be one off where rounding meets an edge; the edges decide.
    while (bin > 0 && x < histogram.edges_busd[bin]) --bin;
    while (bin < kHistogramBins - 1 && x >= histogram.edges_busd[bin + 1]) ++bin;
    ++histogram.counts[bin];
  }
}

bool MonteCarloRun::Step(int max_samples) {
  long long budget = std::max(max_samples, 1);
  const int series_count = kSeriesPerYear * horizon_years_;
  while (budget > 0 && Running()) {
    if (phase_ == Phase::kSampling) {
      const int count = static_cast<int>(std::min<long long>(samples_ - samples_done_, budget));
      DrawSamples(count);
      work_done_ += count;
      budget -= count;
      if (samples_done_ == samples_) phase_ = Phase::kSummarising;
    } else if (series_done_ < series_count) {
      SummariseSeries(series_done_++);
      const double work = kSummaryWorkPerValue * samples_;
      work_done_ += work;
      budget -= static_cast<long long>(work);
    } else {
      SelectYear(pending_);
      work_done_ += kSelectWorkPerValue * samples_;
      result_ = pending_;
      phase_ = Phase::kDone;
    }
  }
  return Done();
}

double MonteCarloRun::Progress() const {
  if (phase_ == Phase::kIdle) return 0.0;
  if (phase_ == Phase::kDone) return 1.0;
  const double total_work =
      samples_ *
      (1.0 + kSummaryWorkPerValue * kSeriesPerYear * horizon_years_ + kSelectWorkPerValue);
  return std::min(work_done_ / total_work, 1.0);
}

bool MonteCarloRun::Reselect(std::optional<int> year, double threshold_busd) {
  if (!Done()) return false;
  settings_.year = year;
  settings_.threshold_busd = threshold_busd;
  SelectYear(result_);
  return true;
}

UncertaintyResult RunMonteCarlo(const Assumptions& assumptions,
                                const UncertaintySettings& settings) {
  MonteCarloRun run;
  run.Start(assumptions, settings);
  while (!run.Step(INT_MAX)) {
  }
  return run.Result();
}

}  // namespace awscalc
