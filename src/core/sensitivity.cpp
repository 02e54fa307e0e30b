// sensitivity.cpp: see sensitivity.h.
#include "core/sensitivity.h"

#include <algorithm>
#include <cmath>

#include "core/small_sort.h"

namespace awscalc {
Tornado ComputeTornado(const Assumptions& a, const UncertaintySettings& settings, OutputId output,
                       int year_index) {
  Tornado tornado;
  const int horizon_years = std::clamp(a.horizon_years, 1, kMaxYears);
  year_index = std::clamp(year_index, 0, horizon_years - 1);
  tornado.output = output;
  tornado.year = kFirstYear + year_index;
  tornado.central = OutputValue(Project(a), output, year_index);

  for (const UncertainInputInfo& info : UncertainInputs()) {
    TornadoBar& bar = tornado.bars[static_cast<int>(info.id)];
    bar.input = info.id;
    const Assumptions low = WithInputAt(a, settings, info.id, RangeEnd::kLow);
    const Assumptions high = WithInputAt(a, settings, info.id, RangeEnd::kHigh);
    bar.low_value = InputValue(low, info.id, year_index);
    bar.high_value = InputValue(high, info.id, year_index);
    bar.low_output = OutputValue(Project(low), output, year_index);
    bar.high_output = OutputValue(Project(high), output, year_index);
    bar.swing = std::fabs(bar.high_output - bar.low_output);
  }
  SmallStableSort(tornado.bars.begin(), tornado.bars.end(),
                  [](const TornadoBar& x, const TornadoBar& y) { return x.swing > y.swing; });
  return tornado;
}

Tornado ComputeTornado(const Assumptions& a, const UncertaintySettings& settings) {
  return ComputeTornado(a, settings, settings.tornado_output,
                        ChosenYearIndex(settings, a.horizon_years));
}

}  // namespace awscalc
