// messages_test.cpp: the languages (core/locale.h, core/messages.h, core/catalogs.h): the
// key table, the message patterns, the numbers as CLDR writes them in each language, and
// typed values read the way each language's readers type them.
#include "core/messages.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/assumptions.h"
#include "core/catalogs.h"
#include "core/explain.h"
#include "core/format.h"
#include "core/goal_seek.h"
#include "core/projection.h"
#include "core/report.h"
#include "core/results.h"
#include "core/share_link.h"

namespace awscalc {
namespace {

constexpr const char* kNbsp = "\xC2\xA0";

std::string Nb(std::string text) {  // "5,70 Mrd. $" with no-break spaces for its spaces
  std::string out;
  for (const char c : text) out += c == ' ' ? std::string(kNbsp) : std::string(1, c);
  return out;
}

struct In {
  explicit In(const char* code) : scope(*FindLocale(code), FindCatalog(code)) {}
  LanguageScope scope;
};

TEST(Messages, EachEnglishKeyIsDeclaredOnceAndEveryCatalogHasIt) {
  const std::vector<Message> english = EnglishMessages();
  std::set<std::string> keys;
  for (const Message& m : english) EXPECT_TRUE(keys.insert(m.key).second) << m.key;
  ASSERT_GE(Locales().size(), 3u);
  for (const Locale& locale : Locales().subspan(1)) {
    const Catalog* catalog = FindCatalog(locale.code);
    ASSERT_NE(catalog, nullptr) << locale.code;
    // Sorted, so Tr finds each key (the CLI's own keys are there too: cli.*).
    for (std::size_t i = 1; i < catalog->entries.size(); ++i) {
      EXPECT_LT(std::string(catalog->entries[i - 1].key), catalog->entries[i].key);
    }
    std::set<std::string> in_catalog;
    for (const CatalogEntry& entry : catalog->entries) in_catalog.insert(entry.key);
    for (const Message& m : english) EXPECT_TRUE(in_catalog.count(m.key)) << locale.code << m.key;
  }
}

TEST(Messages, EveryEnglishKeyIsFoundWithItsText) {  // the table is sorted, as Tr needs
  for (const Message& m : EnglishMessages()) EXPECT_EQ(Tr(m.key), m.text) << m.key;
}

// A language readers may choose: English and each message file's, never the layout
// tests' pseudo-locale (links, the switcher, embeds and packs all ask FindReaderLocale).
TEST(Locales, ReadersChooseAmongTheRealLanguages) {
  EXPECT_EQ(FindReaderLocale("en"), &English());
  ASSERT_NE(FindReaderLocale("de-AT"), nullptr);
  EXPECT_STREQ(FindReaderLocale("de-AT")->code, "de");
  EXPECT_STREQ(FindReaderLocale("ES")->code, "es");
  ASSERT_NE(FindLocale("qps"), nullptr);
  EXPECT_EQ(FindReaderLocale("qps"), nullptr);
  EXPECT_EQ(FindReaderLocale("fr"), nullptr);
  EXPECT_EQ(FindReaderLocale(""), nullptr);
  EXPECT_EQ(ParseLink("v=1&lang=qps").state.view.language, nullptr);
  EXPECT_EQ(ParseLink("v=1&lang=qps").problems.size(), 1u);
}

TEST(Messages, EnglishIsTheDefaultAndAnUnknownKeyShowsItself) {
  EXPECT_EQ(CurrentLanguage(), "en");
  EXPECT_STREQ(Tr("value.none"), "n/a");
  EXPECT_STREQ(Tr("no.such.key"), "no.such.key");
  {
    In de("de");
    EXPECT_EQ(CurrentLanguage(), "de");
    EXPECT_STREQ(Tr("value.none"), Nb("k. A.").c_str());
    EXPECT_STREQ(Label(*FindResult("awsTotal")), "AWS gesamt");
    EXPECT_EQ(InputYearLabel(Info(InputId::kGrossMargin), 1), "Bruttomarge von Anthropic, 2026");
  }
  EXPECT_EQ(CurrentLanguage(), "en");  // the scope put English back
  EXPECT_STREQ(Label(*FindResult("awsTotal")), "AWS total");
}

TEST(Messages, PatternsFillNamedPlaceholdersAndPluralCases) {
  const char* years = "{count, plural, =0 {no year} one {# year} other {# years}} to {end}";
  EXPECT_EQ(FillPattern(years, {{"count", 1}, {"end", "2027"}}), "1 year to 2027");
  EXPECT_EQ(FillPattern(years, {{"count", 3}, {"end", "2027"}}), "3 years to 2027");
  EXPECT_EQ(FillPattern(years, {{"count", 0}, {"end", "2027"}}), "no year to 2027");
  EXPECT_EQ(FillPattern(years, {{"count", 2000}, {"end", "2027"}}), "2,000 years to 2027");
  In de("de");
  EXPECT_EQ(FillPattern("{n, plural, one {# Jahr} other {# Jahre}}", {{"n", 2000}}), "2.000 Jahre");
  EXPECT_STREQ(PluralCategory(1, CurrentLocale()), "one");
  EXPECT_STREQ(PluralCategory(1.5, CurrentLocale()), "other");
}

TEST(Locales, NumbersAsCldrWritesThemInEachLanguage) {
  EXPECT_EQ(Money(5.7), "$5.70B");  // English: unchanged
  EXPECT_EQ(Count(200000), "200,000");
  {
    In de("de");
    EXPECT_EQ(Money(5.7), Nb("5,70 Mrd. $"));
    EXPECT_EQ(MoneyCompact(19.0), Nb("19 Mrd. $"));
    EXPECT_EQ(Money(-0.08), std::string(kMinus) + Nb("0,08 Mrd. $"));
    EXPECT_EQ(Money(1234.6), Nb("1.235 Mrd. $"));  // grouped, as German writes it
    EXPECT_EQ(Percent(60.0, 1), Nb("60,0 %"));
    EXPECT_EQ(Points(1.78224), "+1,78" + Nb(" Pp."));
    EXPECT_EQ(Multiple(13.8 / 8.0), std::string("1,73") + kTimes);
    EXPECT_EQ(Count(200000), "200.000");
    EXPECT_EQ(YearSpan(2025, 2027), std::string("2025") + kEnDash + "2027");
    EXPECT_EQ(Reported(3.0, true), "\xE2\x89\x88" + Nb("3 Mrd. $"));  // CLDR's ≈
    EXPECT_EQ(Format(0.7, Unit::kFactor, kExact), "x0,7");
  }
  {
    In es("es");
    EXPECT_EQ(Money(1.28), Nb("1280 M$"));  // millions below $10B; no grouping of 4 digits
    EXPECT_EQ(Money(5.7), Nb("5700 M$"));
    EXPECT_EQ(MoneyCompact(4.267), Nb("4270 M$"));
    EXPECT_EQ(Money(0.08), Nb("80 M$"));
    EXPECT_EQ(Money(19.0), Nb("19,00 mil M$"));
    EXPECT_EQ(MoneyCompact(19.0), Nb("19 mil M$"));
    EXPECT_EQ(Money(1234.6), Nb("1235 mil M$"));
    EXPECT_EQ(Format(1.2345, Unit::kBillionUsd, kExact), Nb("1234,5 M$"));
    EXPECT_EQ(Percent(62.5, 1), Nb("62,5 %"));
    EXPECT_EQ(Count(1280), "1280");
    EXPECT_EQ(Count(12800), "12.800");
  }
  // Dates: ISO in English (the house style), CLDR's short date elsewhere.
  EXPECT_EQ(DateText("2026-02-05"), "2026-02-05");
  EXPECT_EQ(DateText("2026-Q2"), "2026-Q2");  // not a date: as it is
  {
    In de("de");
    EXPECT_EQ(DateText("2026-02-05"), "5.2.2026");
  }
  {
    In es("es");
    EXPECT_EQ(DateText("2026-11-30"), "30/11/2026");
  }
  // Files are for machines: their digits stay English whatever the language.
  In de("de");
  EXPECT_EQ(Format(4.5, Unit::kPlain, {2, false, true}, English()), "4.50");
}

TEST(Locales, PeriodsAsCldrLabelsThem) {  // the reported facts' months and quarters
  EXPECT_STREQ(PeriodText("2025-12").c_str(), "Dec 2025");
  EXPECT_STREQ(PeriodText("2025-12-31").c_str(), "Dec 2025");
  EXPECT_STREQ(PeriodText("2026-Q1").c_str(), "2026 Q1");  // house style
  EXPECT_STREQ(PeriodText("2024").c_str(), "2024");
  {
    In de("de");
    EXPECT_EQ(PeriodText("2025-12").str(), "Dez. 2025");
    EXPECT_EQ(PeriodText("2025-03-31").str(), "März 2025");
    EXPECT_EQ(PeriodText("2026-Q1").str(), "Q1 2026");
  }
  In es("es");
  EXPECT_EQ(PeriodText("2025-01").str(), "ene 2025");
  EXPECT_EQ(PeriodText("2026-Q2").str(), "T2 2026");
  EXPECT_EQ(PeriodText("2024").str(), "2024");
}

TEST(Locales, FindsALanguageByItsSubtag) {
  EXPECT_EQ(FindLocale("de-AT"), FindLocale("de"));
  EXPECT_EQ(FindLocale("ES"), FindLocale("es"));
  EXPECT_EQ(FindLocale("fr"), nullptr);
  EXPECT_FALSE(UseLanguage("fr"));
  EXPECT_EQ(CurrentLanguage(), "en");
}

// A share link carries the language the reader saw; the article's link stays as it is.
TEST(LinkLanguage, TheLinkCarriesTheLanguageTheReaderSaw) {
  EXPECT_EQ(CanonicalLink(ParseLink("v=1").state), "v=1");
  const ParsedLink german = ParseLink("v=1&gm=55&lang=de");
  EXPECT_TRUE(german.problems.empty());
  ASSERT_NE(german.state.view.language, nullptr);
  EXPECT_STREQ(german.state.view.language->code, "de");
  EXPECT_EQ(CanonicalLink(german.state), "v=1&gm=55&lang=de");
  EXPECT_EQ(CanonicalLink(ParseLink("v=1&lang=DE-at").state), "v=1&lang=de");
  EXPECT_EQ(CanonicalLink(ParseLink("v=1&lang=en").state), "v=1");  // the default
  for (const char* link : {"v=1&lang=fr", "v=1&lang=qps", "v=1&lang="}) {
    const ParsedLink parsed = ParseLink(link);
    EXPECT_EQ(parsed.state.view.language, nullptr) << link;
    ASSERT_EQ(parsed.problems.size(), 1u) << link;
    EXPECT_NE(parsed.problems[0].message.find("must be one of en, de, es; English is used"),
              std::string::npos)
        << parsed.problems[0].message;
  }
}

double Typed(const char* text, Unit unit = Unit::kPercent, double max = 100) {
  const TypedValue typed = ReadTypedValue(text, "Anthropic gross margin", 0, max, unit, false);
  EXPECT_EQ(typed.problem, "") << text;
  return typed.value;
}

TEST(TypedValues, ReadAsEachLanguagesReadersTypeThem) {
  EXPECT_EQ(Typed("62,5"), 62.5);
  EXPECT_EQ(Typed("62.5"), 62.5);
  EXPECT_EQ(Typed("1.000", Unit::kPlain, 2000), 1.0);  // English: a decimal point
  for (const char* code : {"de", "es"}) {
    In language(code);
    EXPECT_EQ(Typed("62,5"), 62.5) << code;
    EXPECT_EQ(Typed("62,5 %"), 62.5) << code;
    EXPECT_EQ(Typed(Nb("62,5 %").c_str()), 62.5) << code;
    EXPECT_EQ(Typed("62.5"), 62.5) << code;  // an English keyboard's point, not grouping
    EXPECT_EQ(Typed("1.000", Unit::kPlain, 2000), 1000.0) << code;  // grouping threes
    EXPECT_EQ(Typed("1.000,5", Unit::kPlain, 2000), 1000.5) << code;
  }
  In es("es");
  EXPECT_DOUBLE_EQ(Typed("5700 M$", Unit::kBillionUsd, 1000), 5.7);
  EXPECT_DOUBLE_EQ(Typed("19 mil M$", Unit::kBillionUsd, 1000), 19.0);
}

TEST(TypedValues, RefusalsAreInTheReadersLanguage) {
  const auto refusal = [](const char* text) {
    return ReadTypedValue(text, Label(Info(InputId::kGrossMargin)), 0, 100, Unit::kPercent, false)
        .problem;
  };
  EXPECT_EQ(refusal("1,00.5"),
            "Anthropic gross margin \"1,00.5\" is not grouped in threes (type a decimal with one "
            "comma or one dot: 12,5 or 12.5): nothing was changed.");
  EXPECT_EQ(refusal("150"),
            "Anthropic gross margin cannot be above 100% (150 was given): nothing was changed.");
  {
    In de("de");
    EXPECT_EQ(refusal("1.00,5"),
              "Bruttomarge von Anthropic „1.00,5“ ist nicht in Dreiergruppen geschrieben (geben "
              "Sie eine Dezimalzahl mit einem Komma oder einem Punkt ein: 12,5 oder 12.5): Nichts "
              "wurde geändert.");
    EXPECT_EQ(refusal("150"), "Bruttomarge von Anthropic darf nicht über 100" + Nb(" %") +
                                  " liegen (150 eingegeben): Nichts wurde geändert.");
    EXPECT_EQ(refusal("abc"),
              "Bruttomarge von Anthropic muss eine einfache Dezimalzahl sein, etwa 12,5: Nichts "
              "wurde geändert.");
  }
  In es("es");
  EXPECT_EQ(refusal("-5"), "Margen bruto de Anthropic no puede ser inferior a 0" + Nb(" %") +
                               " (se escribió -5): no se ha cambiado nada.");
}

// A link's problems, said in the language the link is read in (the doors set it before
// they read a link: the CLI, the page's SetLink, the downloads' module): whole sentences,
// the link's own text quoted as the language quotes, the same values.
TEST(LinkProblems, AreSaidInTheLanguage) {
  const char* link = "v=1&gm=150&zz=1&rev=1,2,3x&s1.name=&yr=2026.5&gm=2";
  const std::vector<std::string> english = ProblemMessages(ParseLink(link));
  ASSERT_EQ(english.size(), 6u);
  EXPECT_EQ(
      english[0],
      "gm=150: Anthropic gross margin cannot be above 100% (150 was given), so 100% is used.");
  {
    In de("de");
    const std::vector<std::string> german = ProblemMessages(ParseLink(link));
    ASSERT_EQ(german.size(), english.size());
    EXPECT_EQ(german[0], "gm=150: Bruttomarge von Anthropic darf nicht über 100" + Nb(" %") +
                             " liegen (150 angegeben), daher wird 100" + Nb(" %") + " verwendet.");
    EXPECT_EQ(
        german[1],
        "zz=1: „zz“ ist keine Einstellung, die dieser Rechner kennt, und wird daher ignoriert.");
    EXPECT_EQ(german[2],
              "rev=1,2,3x: Umsatz von Anthropic für 2027 („3x“) muss eine einfache "
              "Dezimalzahl sein, etwa 12.5, daher bleibt es bei 19" +
                  Nb(" Mrd. $") + ".");
    EXPECT_EQ(german[5],
              "gm=2: „gm“ kommt mehr als einmal vor; die erste Angabe gilt, diese "
              "wird ignoriert.");
  }
  In es("es");
  const std::vector<std::string> spanish = ProblemMessages(ParseLink(link));
  ASSERT_EQ(spanish.size(), english.size());
  EXPECT_EQ(spanish[3], "s1.name=: el nombre del escenario está vacío, así que se usa «" +
                            ParseLink(link).state.scenarios[0]->name + "».");
  EXPECT_EQ(spanish[4],
            "yr=2026.5: El año elegido debe ser un número entero, como 2027, así que "
            "se queda en 2027.");
  // The same state, whatever the language.
  EXPECT_EQ(CanonicalLink(ParseLink(link).state), [&] {
    In en("en");
    return CanonicalLink(ParseLink(link).state);
  }());
}

TEST(Sentences, FollowTheLanguageWithTheSameFigures) {
  const Assumptions a = DefaultAssumptions();
  const Projection p = Project(a);
  EXPECT_EQ(PaybackSentence(a, p), "That does not cover Amazon's $8B investment by 2027.");
  In de("de");
  EXPECT_EQ(PaybackSentence(a, p),
            "Damit ist Amazons Investition von 8" + Nb(" Mrd. $") + " bis 2027 nicht gedeckt.");
  EXPECT_EQ(NoneWords(*FindResult("paybackYear"), p), "bis 2027 nicht");
}

// The goal seek's answers are whole sentences in each language, the figures placed where
// the language puts them (no English phrase order).
TEST(Sentences, GoalSeekAnswersInEachLanguage) {
  const Assumptions a = DefaultAssumptions();
  const GoalQuery margin{GoalInput::kGrossMargin, OutputId::kAwsFromAnthropic, 8.0};
  const GoalQuery share{GoalInput::kAwsShare, OutputId::kAwsFromAnthropic, 8.0};
  EXPECT_EQ(SeekGoal(a, margin, 2).answer,
            "It takes a gross margin of 43.86% in every year (now 60%) for AWS revenue from "
            "Anthropic to be $8B in 2027.");
  {
    In de("de");
    EXPECT_EQ(SeekGoal(a, margin, 2).answer,
              "Für einen AWS-Umsatz mit Anthropic von 8" + Nb(" Mrd. $") +
                  " im Jahr 2027 braucht es eine Bruttomarge von 43,86" + Nb(" %") +
                  " in jedem Jahr (derzeit 60" + Nb(" %") + ").");
    EXPECT_EQ(SeekGoal(a, share, 2).answer, "Dafür bräuchte es einen Anteil für AWS von 105,26" +
                                                Nb(" %") + ", aber ein Anteil kann 100" + Nb(" %") +
                                                " nicht übersteigen.");
  }
  In es("es");
  EXPECT_EQ(SeekGoal(a, share, 2).answer, "Haría falta una parte de AWS del 105,26" + Nb(" %") +
                                              ", y una parte no puede superar 100" + Nb(" %") +
                                              ".");
}

// The data download's metadata.json: its keys are for machines (English in every
// language), what they say is for people, in the language.
TEST(DataFiles, MetadataDescribesTheFilesInTheLanguage) {
  const Projection p = Project(DefaultAssumptions());
  auto metadata = [&] {
    for (const DataFile& file : ResultsDataFiles(p)) {
      if (file.name == "metadata.json") return file.text;
    }
    return std::string();
  };
  const std::string english = metadata();
  EXPECT_NE(english.find("\"$B\":\"billions of US dollars\""), std::string::npos) << english;
  EXPECT_NE(english.find("\"title\":\"How much could AWS earn from Anthropic?\""),
            std::string::npos);
  {
    In german("de");
    const std::string text = metadata();
    EXPECT_NE(text.find("\"$B\":\"Milliarden US-Dollar\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"projection.csv\",\"description\":\"Die Projektion:"),
              std::string::npos);
    EXPECT_NE(text.find("\"title\":\"Wie viel könnte AWS mit Anthropic verdienen?\""),
              std::string::npos);
    EXPECT_EQ(text.find("billions of"), std::string::npos);
    EXPECT_EQ(text.find("The range of"), std::string::npos);
  }
  {
    In spanish("es");
    EXPECT_NE(metadata().find("\"%\":\"por ciento\""), std::string::npos);
  }
}

}  // namespace
}  // namespace awscalc
