// language_pack.h: a language pack as a page hands it to a WebAssembly module (the page's
// module, src/web/app.cpp; the downloads' core-only module, src/web/core_bindings.cpp):
// its messages as one text, "key\x1ftext\x1fkey\x1ftext...", sorted by key
// (scripts/lib/languages.py writes the packs so; web/languages.js joins them), kept as the
// catalog of that language until the next pack. The native doors have every catalog
// built in instead (src/core/catalogs.cpp).
//
//   LanguagePack pack;
//   pack.Load("de", text);                 // false: nothing kept (not a pack of this build)
//   pack.Use(link.state.view.language);    // the link's language if it is the pack's, else
//                                          // English (SetLanguage)
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/locale.h"
#include "core/messages.h"

namespace awscalc {

class LanguagePack {
 public:
  // The pack of the language `code`. A code that is no language of this build (or English,
  // or the pseudo-locale) is refused and changes nothing. Otherwise sets English as the
  // current language first (the old catalog's text goes); a text not sorted by key or with
  // a key without its text is not a pack of this build: refused, the pack holds none then.
  bool Load(std::string_view code, std::string text);
  // Sets `wanted` as the current language when it is this pack's, else English.
  void Use(const Locale* wanted) const;
  const Locale* locale() const { return locale_; }  // nullptr: none held

 private:
  const Locale* locale_ = nullptr;
  std::string text_;  // the catalog's keys and texts point into it
  std::vector<CatalogEntry> entries_;
  Catalog catalog_{};
};

}  // namespace awscalc
