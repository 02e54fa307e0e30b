// link_values_test.cpp: what a value of a link may be (link_values.cpp): numbers and
// their ranges, per-year lists, percent-escapes, printable echoes, the cap on problems,
// and ReadTypedValue, the one validator of a typed value.
#include "core/share_link.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/format.h"
#include "tests/core/link_problems.h"

namespace awscalc {
namespace {

using ::testing::HasSubstr;

// The example: gm, aws and the repeated rev are reported; the rest applies.
TEST(ShareLink, BadValuesAreReportedAndTheRestApplied) {
  const ParsedLink parsed = ParseLink("v=1&gm=abc&aws=150&rev=4,10,19&rev=1&g=20");
  ASSERT_EQ(parsed.problems.size(), 3u);
  EXPECT_EQ(parsed.problems[0].message,
            "gm=abc: Anthropic gross margin must be a plain decimal number such as 12.5, so it "
            "stays at 60%.");
  EXPECT_EQ(parsed.problems[0].key, "gm");
  EXPECT_EQ(parsed.problems[0].given, "abc");
  EXPECT_EQ(parsed.problems[1].message,
            "aws=150: Share of Anthropic's costs spent on AWS cannot be above 100% (150 was "
            "given), so 100% is used.");
  EXPECT_EQ(parsed.problems[2].message,
            "rev=1: \"rev\" appears more than once; the first one is used and this one is "
            "ignored.");
  const Assumptions& a = parsed.state.assumptions;
  EXPECT_EQ(a.gross_margin_pct[0], 60.0);
  EXPECT_EQ(a.aws_share_pct[0], 100.0);
  EXPECT_EQ(a.horizon_years, 3);
  EXPECT_EQ(a.revenue_busd[2], 19.0);
  EXPECT_EQ(a.aws_growth_pct, 20.0);
}

TEST(ShareLink, EachKindOfBadNumber) {
  struct Case {
    const char* link;
    const char* expected;
  };
  for (const Case& c : {
           Case{"gm=", "gm=: Anthropic gross margin has no value, so it stays at 60%."},
           Case{"gm=0x10", "must be a plain decimal number"},
           Case{"gm=inf", "must be a plain decimal number"},
           Case{"gm=nan", "must be a plain decimal number"},
           Case{"gm=5,5", "one value for all years or one per year (3); 2 were given"},
           Case{"gm=1,5", "2 were given, so the last one is used for the years after 2026."},
           Case{"base=1e999", "base=1e999: AWS net sales in 2024 is too large to be a number"},
           Case{"inv=111111111111111111111111111111111",
                "is longer than 32 characters, so it stays at $8B."},
           Case{"opm=-101", "cannot be below -100% (-101 was given), so -100% is used."},
           Case{"g=+5", "g=+5: AWS growth excluding Anthropic must be a plain decimal"},
           Case{"stake=-0.5", "cannot be below $0B"},
       }) {
    const ParsedLink parsed = ParseLink(c.link);
    EXPECT_THAT(OnlyProblem(parsed), HasSubstr(c.expected)) << c.link;
  }
}

TEST(ShareLink, ABadYearKeepsOnlyThatYear) {
  const ParsedLink parsed = ParseLink("rev=5,abc,30&gm=50,x,70");
  ASSERT_EQ(parsed.problems.size(), 2u);
  EXPECT_EQ(parsed.problems[0].message,
            "rev=5,abc,30: Anthropic revenue for 2026 (\"abc\") must be a plain decimal number "
            "such as 12.5, so it stays at $10B.");
  EXPECT_THAT(parsed.problems[1].message, HasSubstr("gross margin for 2026 (\"x\")"));
  const Assumptions& a = parsed.state.assumptions;
  EXPECT_EQ(a.revenue_busd[0], 5.0);
  EXPECT_EQ(a.revenue_busd[1], 10.0);
  EXPECT_EQ(a.revenue_busd[2], 30.0);
  EXPECT_EQ(a.gross_margin_pct[1], 60.0);
  EXPECT_EQ(a.gross_margin_pct[2], 70.0);
}

TEST(ShareLink, TooManyYearsAreCut) {
  const ParsedLink parsed = ParseLink("rev=1,2,3,4,5,6,7,8");
  EXPECT_THAT(OnlyProblem(parsed), HasSubstr("at most 6 years (2025 to 2030)"));
  EXPECT_EQ(parsed.state.assumptions.horizon_years, 6);
  EXPECT_EQ(parsed.state.assumptions.revenue_busd[5], 6.0);
  EXPECT_THAT(OnlyProblem(ParseLink("train=1,2,3,4")), HasSubstr("values after 2027 are ignored"));
}

TEST(ShareLink, UnknownKeysAndMissingValues) {
  EXPECT_EQ(OnlyProblem(ParseLink("colour=red&gm=50")),
            "colour=red: \"colour\" is not a setting this calculator knows, so it is ignored.");
  EXPECT_THAT(OnlyProblem(ParseLink("gm")), HasSubstr("a setting needs a value (gm=...)"));
  const ParsedLink parsed = ParseLink("colour=red&gm=50");
  EXPECT_EQ(parsed.state.assumptions.gross_margin_pct[0], 50.0);
}

TEST(ShareLink, Versions) {
  const ParsedLink newer = ParseLink("v=2&gm=50&future=1");
  ASSERT_EQ(newer.problems.size(), 2u);
  EXPECT_THAT(newer.problems[0].message, HasSubstr("v=2: this link was made by a newer version"));
  EXPECT_EQ(newer.state.assumptions.gross_margin_pct[0], 50.0);
  EXPECT_THAT(OnlyProblem(ParseLink("v=abc")), HasSubstr("read as version 1"));
  EXPECT_THAT(OnlyProblem(ParseLink("v=0")), HasSubstr("read as version 1"));
  EXPECT_THAT(OnlyProblem(ParseLink("v=1.5")), HasSubstr("read as version 1"));
  EXPECT_TRUE(ParseLink("v=1").problems.empty());
}

TEST(ShareLink, PercentEscapes) {
  const ParsedLink parsed = ParseLink("rev=5%2C12%2C24&theme=%64ark");
  EXPECT_TRUE(parsed.problems.empty());
  EXPECT_EQ(parsed.state.assumptions.horizon_years, 3);
  EXPECT_EQ(parsed.state.assumptions.revenue_busd[2], 24.0);
  EXPECT_EQ(parsed.state.view.theme, Theme::kDark);
  EXPECT_THAT(OnlyProblem(ParseLink("gm=%zz")), HasSubstr("broken %-escape"));
  EXPECT_THAT(OnlyProblem(ParseLink("gm=5%")), HasSubstr("broken %-escape"));
}

TEST(ShareLink, EchoesArePrintableAndShort) {
  // Non-UTF-8 bytes, control characters and script come back as inert, short text.
  const ParsedLink parsed =
      ParseLink("gm=%FF%FE%0A<script>alert(1)</script>" + std::string(200, 'x'));
  const std::string message = OnlyProblem(parsed);
  EXPECT_THAT(message, HasSubstr("gm=%FF%FE%0A<script>alert(1)</script>"));
  EXPECT_THAT(message, HasSubstr("..."));
  EXPECT_LT(message.size(), 260u);
  for (unsigned char c : message) EXPECT_TRUE(c >= 0x20 && c < 0x7f);
}

TEST(ShareLink, ThousandsOfProblemsAreCapped) {
  std::string link = "gm=50";
  for (int i = 0; i < 5000; ++i) link += "&k" + std::to_string(i) + "=1";
  link += "&gm=1";
  const ParsedLink parsed = ParseLink(link);
  EXPECT_EQ(parsed.problems.size(), kMaxReportedProblems);
  EXPECT_EQ(parsed.unreported_problems, 5001 - kMaxReportedProblems);
  EXPECT_THAT(parsed.problems[0].message, HasSubstr("k0=1"));  // earliest first
  const auto messages = ProblemMessages(parsed);
  EXPECT_EQ(messages.back(), "...and 4,981 more problems in the link.");  // a count, grouped
  EXPECT_EQ(parsed.state.assumptions.gross_margin_pct[0], 50.0);
}

// Whatever Format writes, in any style, a reader may type back: the unit around the
// number is read as Format writes it ("-$0.5B", "x1.3", "×1.3", "+2 pts", "17.5% a year").
TEST(TypedValue, ReadsBackWhatFormatWrites) {
  for (const Unit unit : {Unit::kBillionUsd, Unit::kPercent, Unit::kPercentPerYear, Unit::kPoints,
                          Unit::kFactor, Unit::kMultiple, Unit::kPlain}) {
    for (const double value : {-0.5, 0.0, 1.3, 17.5, 60.0}) {
      for (const bool times_sign : {false, true}) {
        for (const bool long_units : {false, true}) {
          for (const bool plus : {false, true}) {
            NumberStyle style;
            style.decimals = kShortest;
            style.ascii = true;  // a reader types '-', not U+2212
            style.long_units = long_units;
            style.plus = plus;
            std::string text = Format(value, unit, style).str();
            const std::size_t x = text.find('x');
            if (times_sign && x != std::string::npos) text.replace(x, 1, kTimes);
            const TypedValue typed = ReadTypedValue(text, "A value", -100, 100, unit, false);
            EXPECT_EQ(typed.problem, "") << text;
            EXPECT_EQ(typed.value, value) << text;
          }
        }
      }
    }
  }
  // Each affix is read once: a doubled unit is not a number.
  EXPECT_NE(ReadTypedValue("60%%", "A value", 0, 100, Unit::kPercent, false).problem, "");
  EXPECT_NE(ReadTypedValue("$$5B", "A value", 0, 100, Unit::kBillionUsd, false).problem, "");
}

// Any decimal separator: a decimal comma as phone keyboards give it, commas grouping
// threes, both together; a grouping that is not in threes is refused with a clear message.
TEST(TypedValue, ReadsADecimalCommaAndGrouping) {
  const auto read = [](const char* text, Unit unit = Unit::kPercent) {
    return ReadTypedValue(text, "Anthropic gross margin", -1e7, 1e7, unit, false);
  };
  for (const auto& [text, value] :
       std::initializer_list<std::pair<const char*, double>>{{"62,5", 62.5},
                                                             {"62.5", 62.5},
                                                             {"0,25", 0.25},
                                                             {"12,50", 12.5},
                                                             {"-0,5", -0.5},
                                                             {"62,5%", 62.5},
                                                             {"1,2345", 1.2345},
                                                             {"1,000", 1000},
                                                             {"1,234,567", 1234567},
                                                             {"1,000.5", 1000.5},
                                                             {"1.000,5", 1000.5},
                                                             {"1.234.567,25", 1234567.25},
                                                             {",5", 0.5}}) {
    const TypedValue typed = read(text);
    EXPECT_EQ(typed.problem, "") << text;
    EXPECT_EQ(typed.value, value) << text;
  }
  EXPECT_EQ(read("$1,5B", Unit::kBillionUsd).value, 1.5);
  EXPECT_EQ(read("1,00.5").problem,
            "Anthropic gross margin \"1,00.5\" is not grouped in threes (type a decimal with one "
            "comma or one dot: 12,5 or 12.5): nothing was changed.");
  for (const char* refused : {"12,34,5", "1,0000.5", "1.00,5", ",1,000", "1,,000", "1,000,"}) {
    EXPECT_NE(read(refused).problem, "") << refused;
  }
}

}  // namespace
}  // namespace awscalc
