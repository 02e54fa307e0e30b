// sensitivity.h: the tornado chart's numbers (ARCHITECTURE.md, "The
// model"): which assumption matters most for the output a reader chooses.
//
// Each uncertain input (uncertainty.h) is swung from the low to the high end of its
// range in every year, the others staying at the reader's values; the output is
// projected at both ends. Bars are sorted by swing, |output at high - output at low|,
// largest first; equal swings keep the fixed input order (revenue, gross margin, AWS
// share, training, AWS growth).
#pragma once

#include <array>

#include "core/assumptions.h"
#include "core/uncertainty.h"

namespace awscalc {

struct TornadoBar {
  UncertainInput input = UncertainInput::kRevenue;
  // The input's value in the chosen year at each end of its range (revenue: $B).
  double low_value = 0;
  double high_value = 0;
  // The output with the input at each end, the rest at the reader's values.
  double low_output = 0;
  double high_output = 0;
  double swing = 0;  // |high_output - low_output|
};

struct Tornado {
  OutputId output = OutputId::kAwsFromAnthropic;
  int year = 0;                                         // calendar year the output is read in
  double central = 0;                                   // the output at the reader's values
  std::array<TornadoBar, kUncertainInputCount> bars{};  // sorted, see above
};

// The output in year `year_index` (0 = 2025, clamped to the horizon).
Tornado ComputeTornado(const Assumptions& assumptions, const UncertaintySettings& settings,
                       OutputId output, int year_index);

// The reader's choice: settings.tornado_output in the chosen year (settings.year).
Tornado ComputeTornado(const Assumptions& assumptions, const UncertaintySettings& settings);

}  // namespace awscalc
