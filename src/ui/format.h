// format.h: numbers for people, as the interface writes them ("$5.70B", "60%",
// "1.73×", "−$0.08B" with a true minus sign). UTF-8; every character is in the
// embedded font's subset (cmake/assets.cmake).
#pragma once

#include <string>

namespace awscalc::ui {

inline constexpr const char* kMinus = "\xE2\x88\x92";   // − U+2212
inline constexpr const char* kTimes = "\xC3\x97";       // × U+00D7
inline constexpr const char* kEnDash = "\xE2\x80\x93";  // – U+2013
inline constexpr const char* kEmDash = "\xE2\x80\x94";  // — U+2014
inline constexpr const char* kApprox = "\xE2\x89\x88";  // ≈ U+2248
inline constexpr const char* kArrow = "\xE2\x86\x92";   // → U+2192
inline constexpr const char* kDot = "\xC2\xB7";         // · U+00B7

// "$1.20B"; `decimals` < 0 picks 2 below $100B, 1 below $1,000B, else 0.
std::string Money(double busd, int decimals = -1);
// "+$0.10B" / "−$0.08B" / "$0.00B".
std::string MoneyChange(double busd, int decimals = 2);
// "60%", "0.94%" (decimals after the point; trailing ".0" kept when asked for).
std::string Percent(double pct, int decimals = 0);
// "+1.41 pts".
std::string Points(double pts, int decimals = 2);
// "1.73×".
std::string Multiple(double value, int decimals = 2);
// "2025–2027" or "2025".
std::string YearSpan(int first_year, int last_year);

}  // namespace awscalc::ui
