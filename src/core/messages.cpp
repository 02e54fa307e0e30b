// messages.cpp: see messages.h. The English patterns of the texts that are not a table's
// labels, and the lookup of the current language's.
#include "core/messages.h"

#include <algorithm>
#include <cstring>

#include "core/assumptions.h"
#include "core/format.h"
#include "core/results.h"

namespace awscalc {
namespace {

// Sorted by key (checked by tests/core/messages_test.cpp).
constexpr CatalogEntry kEnglish[] = {
    {"cli.extensions",
     "Reported figures: {source}. Later years and\nthe training, AWS and stake rows are the "
     "calculator's extensions."},
    {"cli.link", "Link: {link}"},
    {"cli.title", "AWS revenue from Anthropic: the {firm} note, recomputed"},
    {"explain.operatingProfit",
     "At AWS's {margin} operating margin, Anthropic's business would bring AWS {profit} of "
     "operating profit over {years}."},
    {"explain.payback.covered", "That covers Amazon's {investment} investment in {year}."},
    {"explain.payback.notCovered",
     "That does not cover Amazon's {investment} investment by {year}."},
    {"explain.stake",
     "Amazon's stake, bought for {investment}, is worth {stake}: a gain of {gain}, {multiple} "
     "the money."},
    {"explain.stake.free", "Amazon's stake is worth {stake}, for nothing invested."},
    {"input.year", "{label}, {year}"},
    {"note.month", "July 2025"},
    {"note.source", "{firm} note via {outlet} ({month})"},
    {"reported.awsShare",
     "AWS's {year} net sales were reported at {value}{cited}: on that base, the {aws} AWS would "
     "earn from Anthropic is {share} of AWS ({modelShare} of the model's {modelTotal})."},
    {"reported.stake", "Amazon's filings put its Anthropic stake at {value} on {date}{cited}."},
    {"result.paybackYear.none", "not by {year}"},
    {"typed.above", "{label} cannot be above {limit} ({given} was given): nothing was changed."},
    {"typed.below", "{label} cannot be below {limit} ({given} was given): nothing was changed."},
    {"typed.empty", "{label} has no value: nothing was changed."},
    {"typed.grouping",
     "{label} \"{given}\" is not grouped in threes (type a decimal with one comma or one dot: "
     "12,5 or 12.5): nothing was changed."},
    {"typed.notFinite", "{label} is too large to be a number: nothing was changed."},
    {"typed.notNumber",
     "{label} must be a plain decimal number such as {example}: nothing was changed."},
    {"typed.notWhole", "{label} must be a whole number such as {example}: nothing was changed."},
    {"typed.tooLong", "{label} is longer than {count} characters: nothing was changed."},
    {"unit.perYear.long", "% a year"},
    {"unit.points", " pts"},
    {"unit.points.long", " points"},
    {"unit.symbol.billionUsd", "$B"},
    {"unit.symbol.percent", "%"},
    {"unit.symbol.percentPerYear", "%/yr"},
    {"unit.symbol.points", "pts"},
    {"value.no", "no"},
    {"value.none", "n/a"},
    {"value.yes", "yes"},
};

const Locale* g_locale = nullptr;    // nullptr: English
const Catalog* g_catalog = nullptr;  // nullptr: English

const char* Find(std::span<const CatalogEntry> entries, std::string_view key) {
  const auto at =
      std::lower_bound(entries.begin(), entries.end(), key,
                       [](const CatalogEntry& e, std::string_view k) { return e.key < k; });
  return at != entries.end() && at->key == key ? at->text : nullptr;
}

const char* EnglishText(std::string_view key) {
  if (const char* text = Find(kEnglish, key)) return text;
  if (key.starts_with("result.")) {
    if (const ResultInfo* info = FindResult(key.substr(7))) return info->label;
  } else if (key.starts_with("input.")) {
    for (const InputInfo& info : AllInputs()) {
      if (InputMessageKey(info) == key) return info.label;
    }
  }
  return nullptr;
}

// The plural case of `cases` ("one {# year} other {# years}") for `count`.
std::string_view PluralCase(std::string_view cases, double count) {
  const std::string exact = "=" + std::to_string(static_cast<long long>(count));
  const std::string_view category = PluralCategory(count, CurrentLocale());
  std::string_view other;
  std::size_t at = 0;
  while (at < cases.size()) {
    const std::size_t open = cases.find('{', at);
    if (open == std::string_view::npos) break;
    std::size_t close = open + 1;
    for (int depth = 1; close < cases.size() && depth > 0; ++close) {
      depth += cases[close] == '{' ? 1 : cases[close] == '}' ? -1 : 0;
    }
    std::string_view selector = cases.substr(at, open - at);
    while (!selector.empty() && selector.front() == ' ') selector.remove_prefix(1);
    while (!selector.empty() && selector.back() == ' ') selector.remove_suffix(1);
    const std::string_view body = cases.substr(open + 1, close - open - 2);
    if (selector == exact) return body;
    if (selector == category) return body;  // "=1" written before "one" wins, as in ICU
    if (selector == "other") other = body;
    at = close;
  }
  return other;
}

}  // namespace

void SetLanguage(const Locale& locale, const Catalog* catalog) {
  g_locale = &locale;
  g_catalog = catalog;
}

const Locale& CurrentLocale() {
  return g_locale != nullptr ? *g_locale : English();
}

std::string_view CurrentLanguage() {
  return CurrentLocale().code;
}

LanguageScope::LanguageScope(const Locale& locale, const Catalog* catalog)
    : locale_(g_locale), catalog_(g_catalog) {
  SetLanguage(locale, catalog);
}

LanguageScope::~LanguageScope() {
  g_locale = locale_;
  g_catalog = catalog_;
}

const char* Tr(std::string_view key) {
  if (g_catalog != nullptr) {
    if (const char* text = Find(g_catalog->entries, key)) return text;
  }
  if (const char* text = EnglishText(key)) return text;
  static std::string unknown;  // each door runs the core on one thread
  unknown = key;
  return unknown.c_str();
}

MessageArg::MessageArg(const char* name, int count)
    : name(name), text(nullptr), count_text(Count(count)), count(count) {
  text = count_text.c_str();
}

std::string FillPattern(std::string_view pattern, std::initializer_list<MessageArg> args) {
  std::string out;
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    if (open == std::string_view::npos) break;
    out.append(pattern, at, open - at);
    std::size_t close = open + 1;
    for (int depth = 1; close < pattern.size() && depth > 0; ++close) {
      depth += pattern[close] == '{' ? 1 : pattern[close] == '}' ? -1 : 0;
    }
    const std::string_view inside = pattern.substr(open + 1, close - open - 2);
    const std::string_view name = inside.substr(0, inside.find(','));
    const MessageArg* arg = nullptr;
    for (const MessageArg& a : args) {
      if (name == a.name) arg = &a;
    }
    if (arg == nullptr) {
      out.append(pattern, open, close - open);  // left as written: the tests catch it
    } else if (name.size() == inside.size()) {
      out += arg->text;
    } else {
      // "{count, plural, one {# year} other {# years}}": the case, '#' the count.
      std::string_view rest = inside.substr(name.size() + 1);
      rest = rest.substr(rest.find(',') + 1);
      const std::string_view body = PluralCase(rest, arg->count);
      for (const char c : body) {
        if (c == '#') {
          out += arg->text;
        } else {
          out += c;
        }
      }
    }
    at = close;
  }
  if (at < pattern.size()) out.append(pattern, at, std::string_view::npos);
  return out;
}

std::string Say(std::string_view key, std::initializer_list<MessageArg> args) {
  return FillPattern(Tr(key), args);
}

std::string InputMessageKey(const InputInfo& info) {
  // Derived views have no link key: their name in the table's words.
  if (*info.link_key == '\0') return "input.revenueGrowth";
  return std::string("input.") + info.link_key;
}

std::vector<Message> EnglishMessages() {
  std::vector<Message> messages;
  for (const CatalogEntry& entry : kEnglish) messages.push_back({entry.key, entry.text});
  for (const ResultInfo& info : AllResults()) {
    messages.push_back({std::string("result.") + info.key, info.label});
  }
  for (const InputInfo& info : AllInputs()) messages.push_back({InputMessageKey(info), info.label});
  std::sort(messages.begin(), messages.end(),
            [](const Message& a, const Message& b) { return a.key < b.key; });
  return messages;
}

const char* Label(const ResultInfo& info) {
  if (g_catalog == nullptr) return info.label;
  return Tr(std::string("result.") + info.key);
}

const char* Label(const InputInfo& info) {
  if (g_catalog == nullptr) return info.label;
  return Tr(InputMessageKey(info));
}

}  // namespace awscalc
