// format.cpp: see format.h.
#include "ui/format.h"

#include <cmath>

#include "core/decimal.h"

namespace awscalc::ui {
namespace {

// FormatFixed with a true minus sign instead of '-'.
std::string Signed(double value, int decimals) {
  std::string text = FormatFixed(value, decimals);
  if (!text.empty() && text.front() == '-') text.replace(0, 1, kMinus);
  return text;
}

}  // namespace

std::string Money(double busd, int decimals) {
  if (!std::isfinite(busd)) return "n/a";
  if (decimals < 0) {
    const double magnitude = std::fabs(busd);
    decimals = magnitude < 99.995 ? 2 : magnitude < 999.95 ? 1 : 0;
  }
  std::string digits = FormatFixed(std::fabs(busd), decimals);
  const bool negative = busd < 0 && digits.find_first_not_of("0.") != std::string::npos;
  return (negative ? std::string(kMinus) : "") + "$" + digits + "B";
}

std::string MoneyChange(double busd, int decimals) {
  const std::string money = Money(busd, decimals);
  if (money.rfind(kMinus, 0) == 0 || money.find_first_of("123456789") == std::string::npos) {
    return money;
  }
  return "+" + money;
}

std::string Percent(double pct, int decimals) {
  if (!std::isfinite(pct)) return "n/a";
  return Signed(pct, decimals) + "%";
}

std::string Points(double pts, int decimals) {
  if (!std::isfinite(pts)) return "n/a";
  const std::string text = Signed(pts, decimals);
  const bool positive = text.find_first_of("123456789") != std::string::npos &&
                        text.rfind(kMinus, 0) != 0;
  return (positive ? "+" : "") + text + " pts";
}

std::string Multiple(double value, int decimals) {
  if (!std::isfinite(value)) return "n/a";
  return Signed(value, decimals) + kTimes;
}

std::string YearSpan(int first_year, int last_year) {
  if (first_year == last_year) return std::to_string(first_year);
  return std::to_string(first_year) + kEnDash + std::to_string(last_year);
}

}  // namespace awscalc::ui
