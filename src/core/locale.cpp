// locale.cpp: see locale.h. The table is CLDR's, read at build time (locale_data.inc).
#include "core/locale.h"

#include <cctype>
#include <cmath>

namespace awscalc {
namespace {

constexpr Locale kLocales[] = {
#include "locale_data.inc"
};

}  // namespace

std::span<const Locale> Locales() {
  return kLocales;
}

const Locale& English() {
  return kLocales[0];
}

const Locale* FindLocale(std::string_view code) {
  // "de-AT", "de_AT" and "DE" are German: the language subtag decides.
  const std::size_t end = code.find_first_of("-_");
  const std::string_view language = code.substr(0, end);
  for (const Locale& locale : kLocales) {
    const std::string_view own(locale.code);
    if (own.size() != language.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < own.size(); ++i) {
      same = same && std::tolower(static_cast<unsigned char>(language[i])) == own[i];
    }
    if (same) return &locale;
  }
  return nullptr;
}

const Locale* FindReaderLocale(std::string_view code) {
  const Locale* locale = FindLocale(code);
  return locale != nullptr && !locale->pseudo ? locale : nullptr;
}

const char* PluralCategory(double count, const Locale& locale) {
  const bool whole = count == std::floor(count);
  switch (locale.plural) {
    case PluralRule::kOneIsWholeOne:  // the count as written: 1, not 1.0 (whole here)
    case PluralRule::kOneIsOne:
      return whole && count == 1 ? "one" : "other";
  }
  return "other";
}

}  // namespace awscalc
