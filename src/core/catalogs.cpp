// catalogs.cpp: see catalogs.h. The catalogs are data/messages/*.json, checked and
// written as C++ by scripts/lib/languages.py (catalogs.inc).
#include "core/catalogs.h"

namespace awscalc {
namespace {

#include "catalogs.inc"

}  // namespace

const Catalog* FindCatalog(std::string_view code) {
  const Locale* locale = FindLocale(code);
  if (locale == nullptr) return nullptr;
  for (const Catalog& catalog : kCatalogs) {
    if (std::string_view(catalog.code) == locale->code) return &catalog;
  }
  return nullptr;
}

bool UseLanguage(std::string_view code) {
  const Locale* locale = FindLocale(code);
  if (locale == nullptr) return false;
  SetLanguage(*locale, FindCatalog(code));
  return true;
}

}  // namespace awscalc
