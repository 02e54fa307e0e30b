// format.cpp: see format.h.
#include "ui/format.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace awscalc::ui {
namespace {

// The digits of |value| with `decimals` decimals, and whether the value shows as
// negative once rounded ("-0.00" reads as an error to people: it gets no sign).
struct Digits {
  char text[40];
  bool negative;
};

Digits DigitsOf(double value, int decimals) {
  Digits d{};
  std::snprintf(d.text, sizeof d.text, "%.*f", decimals, std::fabs(value));
  d.negative = value < 0 && std::strpbrk(d.text, "123456789") != nullptr;
  return d;
}

// Drops trailing zeros after the point, and the point itself if nothing follows.
void TrimZeros(char* text) {
  if (std::strchr(text, '.') == nullptr) return;
  char* end = text + std::strlen(text);
  while (end > text && end[-1] == '0') *--end = '\0';
  if (end > text && end[-1] == '.') end[-1] = '\0';
}

// The sign of a change: "+" above zero, "−" below, none for a value that rounds to zero.
const char* ChangeSign(const Digits& d) {
  if (std::strpbrk(d.text, "123456789") == nullptr) return "";
  return d.negative ? kMinus : "+";
}

ShortText NotAvailable() {
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "n/a");
  return t;
}

}  // namespace

ShortText Money(double busd, int decimals) {
  if (!std::isfinite(busd)) return NotAvailable();
  if (decimals < 0) {
    const double magnitude = std::fabs(busd);
    decimals = magnitude < 99.995 ? 2 : magnitude < 999.95 ? 1 : 0;
  }
  const Digits d = DigitsOf(busd, decimals);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s$%sB", d.negative ? kMinus : "", d.text);
  return t;
}

ShortText Reported(double busd, bool approximate) {
  if (!approximate) return Money(busd);
  // "Almost $3B": as round as the note put it.
  ShortText t = MoneyCompact(busd);
  std::memmove(t.text + 1, t.text, sizeof t.text - 2);
  t.text[0] = '~';
  t.text[sizeof t.text - 1] = '\0';
  return t;
}

ShortText MoneyCompact(double busd) {
  if (!std::isfinite(busd)) return NotAvailable();
  Digits d = DigitsOf(busd, 2);
  TrimZeros(d.text);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s$%sB", d.negative ? kMinus : "", d.text);
  return t;
}

ShortText MoneyChange(double busd, int decimals) {
  if (!std::isfinite(busd)) return NotAvailable();
  const Digits d = DigitsOf(busd, decimals);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s$%sB", ChangeSign(d), d.text);
  return t;
}

ShortText Percent(double pct, int decimals) {
  if (!std::isfinite(pct)) return NotAvailable();
  const Digits d = DigitsOf(pct, decimals);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s%s%%", d.negative ? kMinus : "", d.text);
  return t;
}

ShortText PercentCompact(double pct) {
  if (!std::isfinite(pct)) return NotAvailable();
  Digits d = DigitsOf(pct, 1);
  TrimZeros(d.text);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s%s%%", d.negative ? kMinus : "", d.text);
  return t;
}

ShortText Points(double pts, int decimals) {
  if (!std::isfinite(pts)) return NotAvailable();
  const Digits d = DigitsOf(pts, decimals);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s%s pts", ChangeSign(d), d.text);
  return t;
}

ShortText Multiple(double value, int decimals) {
  if (!std::isfinite(value)) return NotAvailable();
  const Digits d = DigitsOf(value, decimals);
  ShortText t;
  std::snprintf(t.text, sizeof t.text, "%s%s%s", d.negative ? kMinus : "", d.text, kTimes);
  return t;
}

ShortText YearSpan(int first_year, int last_year) {
  ShortText t;
  if (first_year == last_year) {
    std::snprintf(t.text, sizeof t.text, "%d", first_year);
  } else {
    std::snprintf(t.text, sizeof t.text, "%d%s%d", first_year, kEnDash, last_year);
  }
  return t;
}

}  // namespace awscalc::ui
