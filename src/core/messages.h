// messages.h: the words the calculator says, in the reader's language.
//
// Every text is a message: a key and its English pattern, declared once in the core.
// Labels are declared with the table they label (the results' "result.KEY", the inputs'
// "input.KEY"), the note's month with its citation (kNote, "note.month"), and the other
// texts in messages.cpp's table. Another language is a
// catalog, the same keys in that language (data/messages/LANG.json, checked against the
// English keys by the build: a key missing or extra stops it, naming the key).
//
// A pattern has named placeholders and plural cases, as ICU's MessageFormat writes them:
//   "That covers Amazon's {investment} investment in {year}."
//   "{count, plural, one {# year} other {# years}}"  ('#' is the count, written locally)
// so each language orders its own sentence; none is assembled from English fragments.
//   Say("explain.payback.covered", {{"investment", "$8B"}, {"year", 2027}})
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/format.h"
#include "core/locale.h"

namespace awscalc {

struct CatalogEntry {
  const char* key;
  const char* text;
};
// One language's messages, sorted by key.
struct Catalog {
  const char* code;
  std::span<const CatalogEntry> entries;
};

// The language the formatter and the messages use. English (no catalog) until a door
// sets another; `catalog` nullptr means the English words.
void SetLanguage(const Locale& locale, const Catalog* catalog);
const Locale& CurrentLocale();
const Catalog* CurrentCatalog();     // nullptr: English words
std::string_view CurrentLanguage();  // "en", "de"

// Sets a language for its lifetime, then puts the previous one back.
class LanguageScope {
 public:
  LanguageScope(const Locale& locale, const Catalog* catalog);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  const Locale* locale_;
  const Catalog* catalog_;
};

// The message's pattern in the current language (its English one when the catalog has
// none: the build makes sure every catalog has every key). An unknown key is returned as
// itself, so a typo shows, and a test of the key table catches it.
const char* Tr(std::string_view key);

// A placeholder's value: its text, and for a count its number (for plural cases). It
// points at the caller's text, which lives until the end of the call's full expression
// (Say("k", {{"stake", Money(x).str()}}) is fine): no copy at each call.
struct MessageArg {
  MessageArg(const char* name, const std::string& text) : name(name), text(text.c_str()) {}
  MessageArg(const char* name, const char* text) : name(name), text(text) {}
  MessageArg(const char* name, const ShortText& text) : name(name), text(text.c_str()) {}
  MessageArg(const char* name, int count);  // written locally; chooses plural cases
  const char* name;
  const char* text;
  ShortText count_text;
  double count = -1;
};

// The interface's own words in the current language: their English is their key, as in
// gettext (the words stay where they are used; scripts/lib/languages.py collects every
// T("...") and MarkT("...") under src/ into the keys each language's file must have).
// A format for snprintf keeps its conversions (a language may number them: "%2$s").
//   Heading(f.widgets, T("Assumptions"));
const char* T(const char* english) __attribute__((format_arg(1)));
// Marks words in a table for the build's list; T(entry.title) translates them where shown.
constexpr const char* MarkT(const char* english) {
  return english;
}

// A text that depends on nothing but the language (the as-of line, the since tab's
// sentences), made again when the language changes rather than at every frame. One cache
// per call site: `make` is a lambda, each of its own type.
//   const std::string& as_of = ForLanguage([] { return AsOfLine(); });
template <typename Make>
const auto& ForLanguage(Make make) {
  static const Locale* locale = nullptr;
  static const Catalog* catalog = nullptr;
  static decltype(make()) value{};
  if (locale != &CurrentLocale() || catalog != CurrentCatalog()) {
    value = make();
    locale = &CurrentLocale();
    catalog = CurrentCatalog();
  }
  return value;
}

// The message with its placeholders filled.
std::string Say(std::string_view key, std::initializer_list<MessageArg> args = {});
// A pattern (already in its language) with its placeholders filled.
std::string FillPattern(std::string_view pattern, std::initializer_list<MessageArg> args);

// A door's own English messages (the CLI's table headings: only the CLI carries them),
// sorted by key, added to the core's for Tr and EnglishMessages. `entries` must outlive
// every call (a static table).
void AddEnglishMessages(std::span<const CatalogEntry> entries);

// Every English message: key and pattern (the key table: the `english-messages` tool
// writes it for the build's check, and the tests read it).
struct Message {
  std::string key;
  std::string text;
};
std::vector<Message> EnglishMessages();

// The label of a result or an input in the current language.
struct ResultInfo;
struct InputInfo;
const char* Label(const ResultInfo& info);
const char* Label(const InputInfo& info);
const char* MainLabel(const InputInfo& info);        // "Gross margin" ("input.gm.main")
std::string InputMessageKey(const InputInfo& info);  // "input.gm"

}  // namespace awscalc
