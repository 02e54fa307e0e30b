// locale.h: the languages the calculator speaks and how each writes numbers.
//
// A Locale is read from the Unicode CLDR at build time (scripts/lib/languages.py reads
// Debian's unicode-cldr-core into locale_data.inc): the decimal and grouping marks, where
// the percent sign goes, how billions of dollars are written in the language's short
// form ("$5.70B", "5,70 Mrd. $", "5700 M$"), the year range, the plural rule. English is
// the house style where it differs from CLDR's (years joined by an en dash, values not
// grouped): what English readers have always seen.
//
// The formatter (core/format.h) and the messages (core/messages.h) read the current
// language, which starts as English and is set once by a door (the CLI's --lang; the
// page's language) or for a scope (LanguageScope, in tests and file writers).
#pragma once

#include <span>
#include <string_view>

namespace awscalc {

// CLDR's rule for the "one" case (supplemental/plurals.xml); every other count is "other".
enum class PluralRule {
  kOneIsWholeOne,  // "i = 1 and v = 0": 1 but not 1.0 (English, German)
  kOneIsOne,       // "n = 1": 1 and 1.0 (Spanish)
};

// How a value in billions of dollars is written: the sign, then `prefix`, the digits of
// the value times 10^shift, then `suffix` ("$" "5.70" "B"; "" "5700" " M$", shift 3).
struct MoneyForm {
  const char* prefix;
  const char* suffix;
  int shift;
};

struct Locale {
  const char* code;           // "de": the link's and the page's name for it
  const char* cldr;           // the CLDR locale its numbers follow
  const char* name;           // in itself: "Deutsch"
  const char* decimal;        // ","
  const char* group;          // "."
  const char* approximately;  // before a rounded figure: "~3" (CLDR's approximatelySign)
  int minimum_grouping;       // digits before a first grouping mark: 2 writes "1280", "12.800"
  const char* percent_prefix;
  const char* percent_suffix;  // "\u00a0%": "60,0 %"
  MoneyForm money;             // below $10B
  MoneyForm money_large;       // from $10B
  const char* year_range;      // "{0}–{1}"
  const char* date;            // CLDR's short date (yMd): "d.M.y"; English: "y-MM-dd"
  const char* months;          // CLDR's abbreviated months: "Jan.|Feb.|März|...|Dez."
  const char* year_month;      // CLDR's yMMM: "MMM y"
  const char* quarters;        // CLDR's abbreviated quarters: "Q1|Q2|Q3|Q4", "T1|..."
  const char* year_quarter;    // CLDR's yQQQ: "QQQ y"; English: "y QQQ" ("2026 Q1")
  PluralRule plural;
  bool group_values;  // Format groups digits (Count always does); English: no, house style
  bool pseudo;        // the layout tests' pseudo-locale ("qps"): never offered to readers
};

// English first, then each language of data/messages, in name order.
std::span<const Locale> Locales();
const Locale& English();
// The locale of a language code ("de", "de-AT" and "DE" find German), or nullptr.
const Locale* FindLocale(std::string_view code);
// The same for a language readers may choose (English included; never the layout tests'
// pseudo-locale): what a link's lang=, the switcher, an embed's language and a pack may
// name. nullptr for any other code.
const Locale* FindReaderLocale(std::string_view code);

// CLDR's plural category of a count in a locale: "one" or "other".
const char* PluralCategory(double count, const Locale& locale);

}  // namespace awscalc
