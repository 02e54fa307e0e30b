// format.h: numbers for people, as the interface writes them ("$5.70B", "60%",
// "1.73×", "−$0.08B" with a true minus sign). UTF-8; every character is in the
// embedded font's subset (cmake/assets.cmake).
//
// Each returns a ShortText: a small fixed buffer, so a sentence can be assembled with
// one printf-style call and no heap traffic:
//   TextWrappedF(font, colour, "AWS would earn %s in %d.", Money(x).c_str(), year);
#pragma once

#include <string_view>

namespace awscalc::ui {

inline constexpr const char* kMinus = "\xE2\x88\x92";   // − U+2212
inline constexpr const char* kTimes = "\xC3\x97";       // × U+00D7
inline constexpr const char* kEnDash = "\xE2\x80\x93";  // – U+2013
inline constexpr const char* kEmDash = "\xE2\x80\x94";  // — U+2014

struct ShortText {
  char text[48] = {};
  const char* c_str() const { return text; }
  bool operator==(std::string_view other) const { return other == text; }
};

// "$1.20B"; `decimals` < 0 picks 2 below $100B, 1 below $1,000B, else 0.
ShortText Money(double busd, int decimals = -1);
// The note's figure: "~$3B" when it is approximate ("almost $3B"), else "$1.28B".
ShortText Reported(double busd, bool approximate);
// "$19B", "$4.27B": at most two decimals, trailing zeros dropped (inputs in formulas).
ShortText MoneyCompact(double busd);
// "+$0.10B" / "−$0.08B" / "$0.00B".
ShortText MoneyChange(double busd, int decimals = 2);
// "60%", "0.94%" (`decimals` after the point).
ShortText Percent(double pct, int decimals = 0);
// "60%", "62.5%": one decimal at most, ".0" dropped.
ShortText PercentCompact(double pct);
// "+1.41 pts".
ShortText Points(double pts, int decimals = 2);
// "1.73×".
ShortText Multiple(double value, int decimals = 2);
// "2025–2027" or "2025".
ShortText YearSpan(int first_year, int last_year);

}  // namespace awscalc::ui
