// language_pack.cpp: see language_pack.h.
#include "core/language_pack.h"

#include <cstring>
#include <utility>

namespace awscalc {

bool LanguagePack::Load(std::string_view code, std::string text) {
  const Locale* locale = FindReaderLocale(code);
  if (locale == nullptr || locale == &English()) return false;
  SetLanguage(English(), nullptr);
  locale_ = nullptr;
  entries_.clear();
  text_ = std::move(text);
  // Split in place: each key and text ends at its separator, now a '\0'.
  char* at = text_.data();
  char* const end = at + text_.size();
  while (at < end) {
    char* key = at;
    char* value = static_cast<char*>(std::memchr(key, '\x1f', end - key));
    if (value == nullptr) break;
    *value++ = '\0';
    char* next = static_cast<char*>(std::memchr(value, '\x1f', end - value));
    if (next == nullptr) next = end;
    *next = '\0';
    if (!entries_.empty() && std::strcmp(entries_.back().key, key) >= 0) break;
    entries_.push_back({key, value});
    at = next + 1;
  }
  if (at < end) {
    entries_.clear();
    return false;
  }
  locale_ = locale;
  catalog_ = {locale->code, entries_};
  return true;
}

void LanguagePack::Use(const Locale* wanted) const {
  if (wanted != nullptr && wanted == locale_) {
    SetLanguage(*wanted, &catalog_);
  } else {
    SetLanguage(English(), nullptr);
  }
}

}  // namespace awscalc
