// messages.cpp: see messages.h. The English patterns of the texts that are not a table's
// labels, and the lookup of the current language's.
#include "core/messages.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/assumptions.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/reported.h"
#include "core/results.h"

namespace awscalc {
namespace {

// Sorted by key (checked by tests/core/messages_test.cpp).
constexpr CatalogEntry kEnglish[] = {
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
    {"goal.already",
     "It already is, whatever {input} is: with these assumptions it does not change {output}."},
    {"goal.alreadyNoMargin",
     "It already is: with an AWS operating margin of 0%, the profit is $0B whatever {input} is."},
    {"goal.input.aws.above", "a share cannot exceed {limit}"},
    {"goal.input.aws.below", "a share cannot be negative"},
    {"goal.input.aws.noun", "the AWS share"},
    {"goal.input.aws.phrase", "an AWS share of {value}"},
    {"goal.input.gm.above", "a gross margin cannot exceed {limit}"},
    {"goal.input.gm.below", "the calculator allows a gross margin down to {limit}"},
    {"goal.input.gm.noun", "the gross margin"},
    {"goal.input.gm.phrase", "a gross margin of {value}"},
    {"goal.input.rev.above", "the calculator allows revenue up to {limit}"},
    {"goal.input.rev.below", "revenue cannot be negative"},
    {"goal.input.rev.noun", "Anthropic revenue in {year}"},
    {"goal.input.rev.phrase", "Anthropic revenue of {value} in {year}"},
    {"goal.input.train.above", "the calculator allows training revenue up to {limit}"},
    {"goal.input.train.below", "training revenue cannot be negative"},
    {"goal.input.train.noun", "training revenue in {year}"},
    {"goal.input.train.phrase", "training revenue of {value} in {year}"},
    {"goal.noEffect",
     "No value of {input} can do it: with these assumptions, {input} does not change {output}."},
    {"goal.outOfRange", "It would take {input}, and {limit}."},
    {"goal.output.aws.noun", "AWS revenue from Anthropic in {year}"},
    {"goal.output.aws.target", "AWS revenue from Anthropic to be {value} in {year}"},
    {"goal.output.profit.noun", "AWS's cumulative operating profit from Anthropic to {year}"},
    {"goal.output.profit.target",
     "AWS's cumulative operating profit from Anthropic to reach {value} by {year}"},
    {"goal.output.share.noun", "Anthropic's share of AWS revenue in {year}"},
    {"goal.output.share.target", "Anthropic to be {value} of AWS revenue in {year}"},
    {"goal.shareNegative", "No value can do it: a share of AWS revenue cannot be negative."},
    {"goal.shareOfAll",
     "No value can do it: Anthropic cannot be 100% or more of AWS revenue while AWS has other "
     "revenue."},
    {"goal.solved", "It takes {input} (now {now}) for {target}."},
    {"goal.solved.everyYear", "It takes {input} in every year (now {now}) for {target}."},
    {"input.year", "{label}, {year}"},
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

std::span<const CatalogEntry> g_door_english;  // AddEnglishMessages
const Locale* g_locale = nullptr;              // nullptr: English
const Catalog* g_catalog = nullptr;            // nullptr: English

const char* Find(std::span<const CatalogEntry> entries, std::string_view key) {
  const auto at =
      std::lower_bound(entries.begin(), entries.end(), key,
                       [](const CatalogEntry& e, std::string_view k) { return e.key < k; });
  return at != entries.end() && at->key == key ? at->text : nullptr;
}

// An input's name in its message keys: its link key; derived views have none, so their
// name in the table's words.
const char* InputKeyName(const InputInfo& info) {
  return *info.link_key != '\0' ? info.link_key : "revenueGrowth";
}

const char* EnglishText(std::string_view key) {
  if (const char* text = Find(kEnglish, key)) return text;
  if (const char* text = Find(g_door_english, key)) return text;
  if (key == "note.month") return kNote.month;  // "July 2025": the note's citation's
  if (key.starts_with("result.")) {
    if (const ResultInfo* info = FindResult(key.substr(7))) return info->label;
  } else if (key.starts_with("input.")) {
    std::string_view name = key.substr(6);
    const bool main = name.ends_with(".main");
    if (main) name.remove_suffix(5);
    for (const InputInfo& info : AllInputs()) {
      if (name == InputKeyName(info)) return main ? info.main_label : info.label;
    }
  }
  return nullptr;
}

// The index after the brace that closes the one at `open`.
std::size_t AfterClose(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
    if (depth == 0) return i + 1;
  }
  return text.size();
}

// The plural case of `cases` (" one {# year} other {# years}") for `count`: "=N" first,
// then the language's category, then "other".
std::string_view PluralCase(std::string_view cases, double count) {
  char exact[24];
  std::snprintf(exact, sizeof exact, "=%.0f", count);
  const std::string_view category = PluralCategory(count, CurrentLocale());
  std::string_view chosen, other;
  std::size_t at = 0;
  for (std::size_t open; (open = cases.find('{', at)) != std::string_view::npos;) {
    const std::size_t close = AfterClose(cases, open);
    std::string_view selector = cases.substr(at, open - at);
    selector.remove_prefix(std::min(selector.find_first_not_of(' '), selector.size()));
    selector = selector.substr(0, selector.find(' '));
    const std::string_view body = cases.substr(open + 1, close - open - 2);
    if (selector == exact) return body;
    if (selector == category && chosen.empty()) chosen = body;
    if (selector == "other") other = body;
    at = close;
  }
  return chosen.empty() ? other : chosen;
}

}  // namespace

void AddEnglishMessages(std::span<const CatalogEntry> entries) {
  g_door_english = entries;
}

void SetLanguage(const Locale& locale, const Catalog* catalog) {
  g_locale = &locale;
  g_catalog = catalog;
}

const Locale& CurrentLocale() {
  return g_locale != nullptr ? *g_locale : English();
}

const Catalog* CurrentCatalog() {
  return g_catalog;
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

const char* T(const char* english) {
  if (g_catalog == nullptr) return english;
  const char* text = Find(g_catalog->entries, english);
  return text != nullptr ? text : english;
}

MessageArg::MessageArg(const char* name, int count)
    : name(name), text(nullptr), count_text(Count(count)), count(count) {
  text = count_text.c_str();
}

std::string FillPattern(std::string_view pattern, std::initializer_list<MessageArg> args) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open; (open = pattern.find('{', at)) != std::string_view::npos;) {
    out.append(pattern, at, open - at);
    at = AfterClose(pattern, open);
    const std::string_view inside = pattern.substr(open + 1, at - open - 2);
    const std::size_t comma = inside.find(',');
    const std::string_view name = inside.substr(0, comma);
    const MessageArg* arg = nullptr;
    for (const MessageArg& a : args) {
      if (name == a.name) arg = &a;
    }
    if (arg == nullptr) {
      out.append(pattern, open, at - open);  // left as written: the tests catch it
    } else if (comma == std::string_view::npos) {
      out += arg->text;
    } else {
      // "{count, plural, one {# year} other {# years}}": the case, '#' the count.
      const std::string_view rest = inside.substr(inside.find(',', comma + 1) + 1);
      for (const char c : PluralCase(rest, arg->count)) {
        if (c == '#') {
          out += arg->text;
        } else {
          out += c;
        }
      }
    }
  }
  out.append(pattern.substr(at));
  return out;
}

std::string Say(std::string_view key, std::initializer_list<MessageArg> args) {
  return FillPattern(Tr(key), args);
}

std::string InputMessageKey(const InputInfo& info) {
  return std::string("input.") + InputKeyName(info);
}

std::vector<Message> EnglishMessages() {
  std::vector<Message> messages;
  for (const CatalogEntry& entry : kEnglish) messages.push_back({entry.key, entry.text});
  for (const CatalogEntry& entry : g_door_english) messages.push_back({entry.key, entry.text});
  messages.push_back({"note.month", kNote.month});
  for (const ResultInfo& info : AllResults()) {
    messages.push_back({std::string("result.") + info.key, info.label});
  }
  for (const InputInfo& info : AllInputs()) {
    messages.push_back({InputMessageKey(info), info.label});
    if (info.main_label != nullptr) {
      messages.push_back({InputMessageKey(info) + ".main", info.main_label});
    }
  }
  // The words of the reported facts' data (data/reported_measures.csv, the qualifiers): T
  // translates them where they are shown, like T("...") in the code.
  for (const char* word : kQualifierWords) {
    if (*word != '\0') messages.push_back({word, word});
  }
  for (const ReportedMeasureWords& measure : kReportedMeasureWords) {
    messages.push_back({measure.name, measure.name});
  }
  for (const char* word : kStrengthWords) messages.push_back({word, word});
  // ... and what each fact measures (data/reported.csv's definitions, several facts may
  // share one).
  std::vector<std::string_view> definitions;
  for (const ReportedFact& fact : ReportedFacts()) definitions.push_back(fact.definition);
  std::sort(definitions.begin(), definitions.end());
  definitions.erase(std::unique(definitions.begin(), definitions.end()), definitions.end());
  for (const std::string_view definition : definitions) {
    messages.push_back({std::string(definition), std::string(definition)});
  }
  std::sort(messages.begin(), messages.end(),
            [](const Message& a, const Message& b) { return a.key < b.key; });
  return messages;
}

namespace {

// A label's key in the current catalog ("result.awsFromAnthropic", "input.gm.main"),
// written on the stack: labels are looked up every frame.
const char* LabelIn(const char* prefix, const char* key, const char* suffix) {
  char full[96];
  std::snprintf(full, sizeof full, "%s%s%s", prefix, key, suffix);
  return Tr(full);
}

}  // namespace

const char* Label(const ResultInfo& info) {
  if (g_catalog == nullptr) return info.label;
  return LabelIn("result.", info.key, "");
}

const char* Label(const InputInfo& info) {
  if (g_catalog == nullptr) return info.label;
  return LabelIn("input.", InputKeyName(info), "");
}

const char* MainLabel(const InputInfo& info) {
  if (g_catalog == nullptr || info.main_label == nullptr) return info.main_label;
  return LabelIn("input.", InputKeyName(info), ".main");
}

}  // namespace awscalc
