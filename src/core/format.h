// format.h: numbers for people, written one way everywhere: the interface, the page's
// text version (through the module), the command line's table, and the core's own
// sentences (goal-seek answers, link problems, explanations). UTF-8; every character
// the interface may draw is in the embedded font's subset (cmake/assets.cmake).
//
// One function writes a value in its unit, in a style; the short names below are the
// styles the doors use:
//   Money(5.7)                     "$5.70B"     the interface (2 decimals below $100B)
//   MoneyChange(-0.08)             "−$0.08B"    a change, with its sign
//   Format(0.7, Unit::kFactor, kExact)   "x0.7" a link problem: exact, ASCII
// Each returns a ShortText: a small fixed buffer, so a sentence can be assembled with
// one printf-style call and no heap traffic:
//   TextWrappedF(font, colour, "AWS would earn %s in %d.", Money(x).c_str(), year);
#pragma once

#include <string>
#include <string_view>

#include "core/locale.h"

namespace awscalc {

inline constexpr const char* kMinus = "\xE2\x88\x92";   // − U+2212
inline constexpr const char* kTimes = "\xC3\x97";       // × U+00D7
inline constexpr const char* kEnDash = "\xE2\x80\x93";  // – U+2013
inline constexpr const char* kEmDash = "\xE2\x80\x94";  // — U+2014

// What a value measures.
enum class Unit {
  kBillionUsd,      // "$5.70B"
  kPercent,         // "60%"
  kPercentPerYear,  // "17.5%" (long: "17.5% a year")
  kPoints,          // percentage points: "+1.41 pts" (long: "+1.41 points")
  kFactor,          // a factor on a value: "x0.7" (ASCII) or "×0.7"
  kMultiple,        // a multiple of a value: "1.73×" (ASCII: "1.73x")
  kYear,            // "2027"
  kPlain,           // a number: "10000"
  kFlag,            // yes or no (1 or 0): "yes"
};

// "$B", "%", "%/yr", "pts", "x", "x", "", "", "": for column heads and file headers (in
// the current language: "Mrd. $", "Pp.").
const char* UnitSymbol(Unit unit);

// How the digits are written.
inline constexpr int kShortest = -1;      // the fewest digits that read back exactly
inline constexpr int kAutoDecimals = -2;  // money: 2 below $100B, 1 below $1,000B, else 0
struct NumberStyle {
  int decimals = kAutoDecimals;  // digits after the point, or one of the two above
  bool trim = false;             // trailing zeros dropped: "4.5", "19"
  bool ascii = false;            // '-' and 'x' (messages, files) for '−' and '×'
  bool plus = false;             // '+' before a positive value (a change)
  bool long_units = false;       // "points", "% a year" for "pts", "%"
};

// What a unit writes around a value's sign and digits: "-$0.5B" is "" "-" "$" "0.5" "B";
// "x0.7" is "x" "" "" "0.7" "". Format writes them and ReadTypedValue reads them back.
// Money has two forms in some languages (Spanish: "5700 M$" below $10B, its digits the
// value times 10^shift, "19 mil M$" from $10B): `large` chooses.
struct UnitAffixes {
  const char* before_sign = "";
  const char* after_sign = "";
  const char* suffix = "";
  int shift = 0;
};
UnitAffixes AffixesOf(Unit unit, NumberStyle style, const Locale& locale, bool large = false);

// The styles the doors share.
inline constexpr NumberStyle kInterface{};                                 // "$5.70B"
inline constexpr NumberStyle kCompact{2, true};                            // "$4.27B", "$19B"
inline constexpr NumberStyle kChange{2, false, false, true};               // "+$0.10B"
inline constexpr NumberStyle kExact{kShortest, false, true, false, true};  // "-$0.5B", "x1.3"

struct ShortText {
  char text[48] = {};
  const char* c_str() const { return text; }
  std::string str() const { return text; }
  bool operator==(std::string_view other) const { return other == text; }
};

// `value` in `unit`, in `style`, as `locale` writes numbers (the current language's
// unless given: "5,70 Mrd. $", "60,0 %"). A value that rounds to zero has no sign
// ("-0.00" reads as an error to people); magnitudes of 1e15 and more are written
// exactly; a value that is not finite is "n/a".
ShortText Format(double value, Unit unit, NumberStyle style, const Locale& locale);
ShortText Format(double value, Unit unit, NumberStyle style = kInterface);

// The interface's shorthands.
inline ShortText Money(double busd, int decimals = kAutoDecimals) {
  return Format(busd, Unit::kBillionUsd, {decimals});
}
inline ShortText MoneyCompact(double busd) {
  return Format(busd, Unit::kBillionUsd, kCompact);
}
inline ShortText MoneyChange(double busd, int decimals = 2) {
  return Format(busd, Unit::kBillionUsd, {decimals, false, false, true});
}
inline ShortText Percent(double pct, int decimals = 0) {
  return Format(pct, Unit::kPercent, {decimals});
}
inline ShortText PercentCompact(double pct) {
  return Format(pct, Unit::kPercent, {1, true});
}
inline ShortText Points(double pts, int decimals = 2) {
  return Format(pts, Unit::kPoints, {decimals, false, false, true});
}
inline ShortText Multiple(double value, int decimals = 2) {
  return Format(value, Unit::kMultiple, {decimals});
}

// `text` after `prefix` ("~" and "$3B": "~$3B"), cut to fit.
ShortText Prefixed(const char* prefix, const ShortText& text);

// The note's figure: "~$3B" when it is approximate ("almost $3B"), else as Money.
ShortText Reported(double busd, bool approximate);

// "2025–2027" or "2025" (the current language's year range).
ShortText YearSpan(int first_year, int last_year);

// A date ("2026-02-05", ISO 8601) as the current language writes it: "2026-02-05",
// German "5.2.2026", Spanish "5/2/2026". Any other text is returned as it is.
ShortText DateText(std::string_view iso);

// A reported fact's period as the current language labels it (CLDR's abbreviated names
// and its yMMM, yQQQ patterns): "2025-12" and "2025-12-31" -> "Dec 2025" (German "Dez.
// 2025", Spanish "dic 2025"); "2026-Q1" -> "2026 Q1" ("Q1 2026", "T1 2026"); "2024" as it is.
ShortText PeriodText(std::string_view period);

// "200,000" ("200.000" in German).
ShortText Count(long long n);

// printf into a std::string, for sentences (up to 1,023 bytes): one function, not an
// inline chain of concatenations at every call, which in the page's WebAssembly costs
// far more bytes.
std::string StringPrintf(const char* format, ...) __attribute__((format(printf, 1, 2)));

}  // namespace awscalc
