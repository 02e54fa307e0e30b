// small_sort.h: a stable insertion sort for the few elements the core sorts (the
// tornado's five bars, a link's problems, at most a hundred), in place of
// std::stable_sort, whose merge sort costs about 1.5 KB of WebAssembly per element type.
#pragma once

#include <algorithm>

namespace awscalc {

// Sorts [first, last) by `less`, keeping equal elements in their order.
template <typename It, typename Less>
void SmallStableSort(It first, It last, Less less) {
  for (It i = first; i != last; ++i) {
    for (It j = i; j != first && less(*j, *(j - 1)); --j) std::iter_swap(j, j - 1);
  }
}

}  // namespace awscalc
