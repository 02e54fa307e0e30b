// explain.cpp: see explain.h.
#include "core/explain.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/assumptions.h"
#include "core/format.h"
#include "core/messages.h"
#include "core/presets.h"

namespace awscalc {
namespace {

// "a, b and c".
std::string Join(const std::string* items, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    // The language's list pattern (CLDR's "standard" list: "a, b and c", "a, b und c").
    if (i > 0) out += i + 1 == count ? T(" and ") : T(", ");
    out += items[i];
  }
  return out;
}

// The note's figure as it wrote it: "$1.28B", "almost $3B".
std::string NoteFigure(const ReportedFigure& figure) {
  const ShortText value = Format(figure.aws_from_anthropic_busd, Unit::kBillionUsd, kCompact);
  return figure.approximate ? StringPrintf(T("almost %s"), value.c_str()) : value.str();
}

ShortText Span(const Projection& p) {
  return YearSpan(p.years[0].year, p.years[p.horizon_years - 1].year);
}

}  // namespace

std::string ArticleName() {
  return std::string(kNote.outlet) + ", " + Tr("note.month");
}

std::string NoteSource() {
  return Say("note.source",
             {{"firm", kNote.firm}, {"outlet", kNote.outlet}, {"month", Tr("note.month")}});
}

std::string CiteLine(std::string_view link, std::string_view date) {
  std::string line = T(kCalculatorTitle);
  if (!link.empty()) line += ", " + std::string(link);
  if (!date.empty()) line += FillPattern(T(", downloaded on {date}"), {{"date", DateText(date)}});
  return line +
         FillPattern(T(", after the {firm} note reported by {outlet} ({month})"),
                     {{"firm", kNote.firm}, {"outlet", kNote.outlet}, {"month", Tr("note.month")}});
}

std::string TermsLine(std::string_view link, std::string_view date) {
  return FillPattern(
      T("Licence: {licence} ({url}). Cite as: {cite}."),
      {{"licence", kDataLicence.name}, {"url", kDataLicence.url}, {"cite", CiteLine(link, date)}});
}

std::string SourceLine() {
  return StringPrintf(T("%s, %s; the years after 2027, the training, AWS and stake figures and "
                        "the range of outcomes are the calculator's extensions"),
                      NoteSource().c_str(), kArticleUrl);
}

std::string NoteEstimatePhrase() {
  std::string items[kNoteYears];
  for (int i = 0; i < kNoteYears; ++i) {
    items[i] = StringPrintf(i == 0 ? T("%s from Anthropic in %d") : T("%s in %d"),
                            NoteFigure(kReported[i]).c_str(), kReported[i].year);
  }
  return Join(items, kNoteYears);
}

std::string NoteMethodSentence() {
  const Assumptions note = DefaultAssumptions();
  const Projection rounded = Project(note);
  std::string model[kNoteYears];
  std::string revenue[kNoteYears];
  std::string exact_items[kNoteYears];
  std::string implied_items[kNoteYears];
  int exact = 0;
  for (int i = 0; i < kNoteYears; ++i) {
    const YearProjection& y = rounded.years[i];
    model[i] = Money(y.aws_from_anthropic_busd).str();
    revenue[i] = MoneyCompact(y.anthropic_revenue_busd).str();
    if (!kReported[i].approximate) {
      exact_items[exact] = MoneyCompact(kReported[i].aws_from_anthropic_busd).str();
      implied_items[exact] = Money(*y.implied_revenue_busd).str();
      ++exact;
    }
  }
  return StringPrintf(
      T("The note's method, Anthropic's revenue %s (1 %s its gross margin) %s the share of its "
        "costs spent on AWS, gives %s from its own rounded revenue of %s (at a %s margin and a %s "
        "share), not the %s it reports. At that margin and share those figures imply revenue of "
        "about %s: the note probably rounded its revenue forecasts."),
      kTimes, kMinus, kTimes, Join(model, kNoteYears).c_str(), Join(revenue, kNoteYears).c_str(),
      PercentCompact(note.gross_margin_pct[0]).c_str(),
      PercentCompact(note.aws_share_pct[0]).c_str(), Join(exact_items, exact).c_str(),
      Join(implied_items, exact).c_str());
}

std::string HeadlineNote(const YearProjection& y) {
  if (!y.reported_busd) return "";
  return StringPrintf(T("the note: %s"),
                      NoteFigure({y.year, *y.reported_busd, y.reported_approximate}).c_str());
}

std::string OperatingProfitSentence(const Assumptions& a, const Projection& p) {
  const YearProjection& last = p.years[p.horizon_years - 1];
  return Say("explain.operatingProfit", {{"margin", PercentCompact(a.aws_operating_margin_pct)},
                                         {"profit", Money(last.cumulative_operating_profit_busd)},
                                         {"years", Span(p)}});
}

std::string PaybackSentence(const Assumptions& a, const Projection& p) {
  const ShortText investment = MoneyCompact(a.investment_busd);
  if (p.payback_year) {
    return Say("explain.payback.covered",
               {{"investment", investment.str()}, {"year", std::to_string(*p.payback_year)}});
  }
  return Say("explain.payback.notCovered",
             {{"investment", investment.str()},
              {"year", std::to_string(p.years[p.horizon_years - 1].year)}});
}

std::string StakeSentence(const Assumptions& a, const Projection& p) {
  const ShortText stake = MoneyCompact(a.stake_value_busd);
  if (!p.stake_multiple) return Say("explain.stake.free", {{"stake", stake.str()}});
  return Say("explain.stake", {{"investment", MoneyCompact(a.investment_busd)},
                               {"stake", stake.str()},
                               {"gain", Money(p.stake_gain_busd, 1)},
                               {"multiple", Multiple(*p.stake_multiple)}});
}

std::string TotalSentence(const Projection& p) {
  const YearProjection& last = p.years[p.horizon_years - 1];
  const std::string start =
      StringPrintf(T("Over %s, AWS would earn %s from Anthropic in all"), Span(p).c_str(),
                   Money(last.cumulative_aws_from_anthropic_busd).c_str());
  if (!last.reported_difference_busd) return start + ".";
  const double difference = *last.reported_difference_busd;
  if (std::fabs(difference) < 0.005) {
    return start + StringPrintf(T("; in %d, the same as the note."), last.year);
  }
  return start + StringPrintf(difference > 0 ? T("; in %d, %s more than the note says.")
                                             : T("; in %d, %s less than the note says."),
                              last.year, Money(std::fabs(difference)).c_str());
}

std::string SummarySentence(const Projection& p) {
  const YearProjection& last = p.years[p.horizon_years - 1];
  const std::string note = HeadlineNote(last);
  const std::string covered =
      p.payback_year ? StringPrintf(T("covers Amazon's investment in %d"), *p.payback_year)
                     : StringPrintf(T("does not cover Amazon's investment by %d"), last.year);
  return StringPrintf(
      T("AWS would earn %s from Anthropic in %d%s%s%s, %s over %s. Anthropic would be %s "
        "of AWS's revenue. The operating profit AWS makes on it %s."),
      Money(last.aws_from_anthropic_busd).c_str(), last.year, note.empty() ? "" : " (",
      note.c_str(), note.empty() ? "" : ")", Money(last.cumulative_aws_from_anthropic_busd).c_str(),
      Span(p).c_str(), Percent(last.anthropic_share_of_aws_pct, 2).c_str(), covered.c_str());
}

std::string RangeSentence(const UncertaintyResult& r, const Projection& p, int year) {
  const Summary& aws = r.aws_from_anthropic_busd;
  const int y = std::clamp(year, 0, std::min(r.horizon_years, p.horizon_years) - 1);
  return StringPrintf(
      T("In %d, AWS revenue from Anthropic falls between %s and %s in 80%% of %s simulated "
        "outcomes; the middle one is %s (your assumptions give %s)."),
      kFirstYear + y, Money(aws.p10[y]).c_str(), Money(aws.p90[y]).c_str(),
      Count(r.samples).c_str(), Money(aws.p50[y]).c_str(),
      Money(p.years[y].aws_from_anthropic_busd).c_str());
}

std::string ThresholdSentence(const UncertaintyResult& r) {
  return StringPrintf(T("A %.0f%% chance that AWS earns more than %s from Anthropic in %d."),
                      r.probability_above * 100.0, MoneyCompact(r.threshold_busd).c_str(), r.year);
}

ShortText OutputText(OutputId output, double value) {
  return Info(output).unit() == Unit::kBillionUsd ? Money(value) : Percent(value, 2);
}

std::string TornadoHeadline(const Tornado& t) {
  return StringPrintf(T("%s matters most."), Label(Info(Info(t.bars[0].input).input)));
}

std::string TornadoSentence(const Tornado& t) {
  const TornadoBar& top = t.bars[0];
  return StringPrintf(T("Across its range it moves %s in %d from %s to %s (%s at your values)."),
                      Info(t.output).label(), t.year, OutputText(t.output, top.low_output).c_str(),
                      OutputText(t.output, top.high_output).c_str(),
                      OutputText(t.output, t.central).c_str());
}

std::string TornadoBarLine(const Tornado& t, int bar) {
  const TornadoBar& b = t.bars[bar];
  return StringPrintf(T("%s: %s to %s"), Label(Info(Info(b.input).input)),
                      OutputText(t.output, b.low_output).c_str(),
                      OutputText(t.output, b.high_output).c_str());
}

std::string ScenarioLine(const ScenarioProjection& s, int last_year_index) {
  const Projection& p = s.projection;
  const int y = std::min(last_year_index, p.horizon_years - 1);
  return StringPrintf(
      T("%s: %s in %d, %s in all"), s.name.c_str(),
      Money(p.years[y].aws_from_anthropic_busd).c_str(), p.years[y].year,
      Money(p.years[p.horizon_years - 1].cumulative_aws_from_anthropic_busd).c_str());
}

std::string RevenueChartText(const Projection& p) {
  std::string text = T("Chart of AWS revenue from Anthropic by year:");
  for (int i = 0; i < p.horizon_years; ++i) {
    const YearProjection& y = p.years[i];
    const std::string note = HeadlineNote(y);
    text += StringPrintf("%s %d %s%s%s%s", i > 0 ? "," : "", y.year,
                         Money(y.aws_from_anthropic_busd).c_str(), note.empty() ? "" : " (",
                         note.c_str(), note.empty() ? "" : ")");
  }
  return text + ".";
}

std::string FanChartText(const UncertaintyResult& r, const Projection& p) {
  const Summary& aws = r.aws_from_anthropic_busd;
  std::string text = StringPrintf(
      T("Chart of the range of AWS revenue from Anthropic in %s simulated outcomes, by year "
        "(median, and the middle 80%%):"),
      Count(r.samples).c_str());
  for (int i = 0; i < std::min(r.horizon_years, p.horizon_years); ++i) {
    text += StringPrintf(T("%s %d %s, %s to %s"), i > 0 ? ";" : "", p.years[i].year,
                         Money(aws.p50[i]).c_str(), Money(aws.p10[i]).c_str(),
                         Money(aws.p90[i]).c_str());
  }
  return text + ".";
}

std::string HistogramChartText(const UncertaintyResult& r) {
  return StringPrintf(
             T("Chart of how the %s simulated outcomes for %d spread, with the threshold at %s. "),
             Count(r.samples).c_str(), r.year, Money(r.threshold_busd).c_str()) +
         ThresholdSentence(r);
}

std::string TornadoChartText(const Tornado& t) {
  std::string text =
      StringPrintf(T("Chart of what matters most for %s in %d:"), Info(t.output).label(), t.year);
  for (int i = 0; i < static_cast<int>(t.bars.size()); ++i) {
    text += (i > 0 ? "; " : " ") + TornadoBarLine(t, i);
  }
  return text + ".";
}

std::string ScenarioChartText(const Projection& current,
                              const std::vector<ScenarioProjection>& scenarios) {
  const int last = current.horizon_years - 1;
  std::string text = StringPrintf(
      T("Chart of AWS revenue from Anthropic by year, yours and the kept scenarios: yours: %s in "
        "%d"),
      Money(current.years[last].aws_from_anthropic_busd).c_str(), current.years[last].year);
  for (const ScenarioProjection& scenario : scenarios) text += "; " + ScenarioLine(scenario, last);
  return text + ".";
}

}  // namespace awscalc
