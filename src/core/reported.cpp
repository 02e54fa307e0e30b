// reported.cpp: see reported.h. The table's rows are generated from data/reported.csv.
#include "core/reported.h"

#include <array>
#include <cstdio>
#include <string>

#include "core/assumptions.h"
#include "core/decimal.h"
#include "core/explain.h"
#include "core/messages.h"
#include "core/report.h"

namespace awscalc {
namespace {

constexpr ReportedFact kFacts[] = {
#include "reported_facts.inc"
};

// The newest fact's date, computed by the build: the "as of" line of every view and file.
#define AWSCALC_REPORTED_NEWEST
#include "reported_facts.inc"
#undef AWSCALC_REPORTED_NEWEST

// "", "about ", "over ", "up to ": the qualifier before a figure.
std::string QualifierWord(Qualifier qualifier) {
  const char* word = kQualifierWords[static_cast<int>(qualifier)];
  return *word == '\0' ? std::string() : std::string(T(word)) + " ";
}

// "$9B", "$4.59B", "$128.725B", "40%": the fewest digits the data file gave.
std::string Figure(double value, Unit unit) {
  NumberStyle style;
  style.decimals = kShortest;
  style.ascii = true;
  return Format(value, unit, style).str();
}

}  // namespace

std::span<const ReportedFact> ReportedFacts() {
  return kFacts;
}

const char* MeasureKey(ReportedMeasure measure) {
  return kReportedMeasureWords[static_cast<int>(measure)].key;
}

const char* MeasureName(ReportedMeasure measure) {
  return kReportedMeasureWords[static_cast<int>(measure)].name;
}

const char* StrengthName(Strength strength) {
  return kStrengthWords[static_cast<int>(strength)];
}

std::string NewestReportedDate() {
  return kNewestReportedDate;
}

std::string AsOfLine() {
  return StringPrintf(T("Note: %s. Reported figures up to %s."), Tr("note.month"),
                      DateText(NewestReportedDate()).c_str());
}

std::string ReportedValueText(const ReportedFact& fact) {
  std::string text = QualifierWord(fact.qualifier) + Figure(fact.value, fact.unit);
  if (!std::isnan(fact.value_high)) text += "-" + Figure(fact.value_high, fact.unit);
  return text;
}

const ReportedFact* FindReported(ReportedMeasure measure, std::string_view period) {
  const ReportedFact* found = nullptr;
  for (const ReportedFact& f : kFacts) {
    if (f.measure != measure || period != f.period) continue;
    if (found == nullptr || std::string_view(f.reported_on) > found->reported_on) found = &f;
  }
  return found;
}

const ReportedFact* FindReportedById(std::string_view id) {
  for (const ReportedFact& f : kFacts) {
    if (id == f.id) return &f;
  }
  return nullptr;
}

namespace {

// "(Amazon 10-K for 2025, 2026-02-06)".
std::string Cited(const ReportedFact& f) {
  return std::string(" (") + f.source + ", " + DateText(f.reported_on).c_str() + ")";
}

// The newest fact of `measure` by period (periods of one measure sort as text).
const ReportedFact* Latest(ReportedMeasure measure) {
  const ReportedFact* latest = nullptr;
  for (const ReportedFact& f : kFacts) {
    if (f.measure == measure &&
        (latest == nullptr || std::string_view(f.period) > latest->period)) {
      latest = &f;
    }
  }
  return latest;
}

// The newest full calendar year of AWS net sales after the 2024 base.
const ReportedFact* LatestAwsYear() {
  const ReportedFact* latest = nullptr;
  for (const ReportedFact& f : kFacts) {
    const std::string_view period = f.period;
    if (f.measure == ReportedMeasure::kAwsNetSales && period.size() == 4 &&
        period > std::to_string(kFirstYear - 1) && (latest == nullptr || period > latest->period)) {
      latest = &f;
    }
  }
  return latest;
}

// The years whose reported figure sits beside an input: each projected year for a
// per-year input, the AWS base's one (its latest year) for the base.
template <typename Each>
void ForEachReported(const InputInfo& info, Each each) {
  if (info.id == InputId::kAwsBase) {
    if (const ReportedFact* f = ReportedBeside(info.id, 0)) each(*f);
    return;
  }
  for (int i = 0; i < kMaxYears; ++i) {
    if (const ReportedFact* f = ReportedBeside(info.id, i)) each(*f);
  }
}

}  // namespace

const ReportedFact* ReportedBeside(InputId id, int year_index) {
  const std::string year = std::to_string(kFirstYear + year_index);
  switch (id) {
    case InputId::kRevenue:
      return FindReported(ReportedMeasure::kAnthropicRevenueYear, year);
    case InputId::kGrossMargin:
      return FindReported(ReportedMeasure::kAnthropicGrossMargin, year);
    case InputId::kAwsBase:
      return LatestAwsYear();
    default:
      return nullptr;
  }
}

double ReportedMarkerValue(const InputInfo& info, int year_index) {
  if (info.id == InputId::kAwsBase) return kNoHigh;  // a later year than the slider's
  const ReportedFact* f = ReportedBeside(info.id, year_index);
  return f != nullptr && f->unit == info.unit ? f->value : kNoHigh;
}

std::string ReportedNote(const InputInfo& info) {
  std::string note;
  ForEachReported(info, [&](const ReportedFact& f) {
    note += StringPrintf(note.empty() ? T("reported %s: %s") : T("; %s: %s"),
                         PeriodText(f.period).c_str(), ReportedValueText(f).c_str());
  });
  return note;
}

std::string ReportedSource(const InputInfo& info) {
  std::string text;
  ForEachReported(info, [&](const ReportedFact& f) {
    text += StringPrintf(
        text.empty() ? T("Reported since the note: %s, %s, %s%s.") : T(" %s, %s, %s%s."),
        T(MeasureName(f.measure)), PeriodText(f.period).c_str(), ReportedValueText(f).c_str(),
        Cited(f).c_str());
  });
  return text;
}

ReportedAwsShare ShareOfReportedAws(const Projection& projection) {
  ReportedAwsShare out;
  for (int i = 0; i < projection.horizon_years; ++i) {
    const YearProjection& y = projection.years[i];
    const ReportedFact* f = FindReported(ReportedMeasure::kAwsNetSales, std::to_string(y.year));
    if (f == nullptr || !(f->value > 0)) continue;
    out.fact = f;
    out.year = y.year;
    out.aws_from_anthropic_busd = y.aws_from_anthropic_busd;
    out.share_pct = y.aws_from_anthropic_busd / f->value * 100.0;
    return out;
  }
  return out;
}

std::vector<std::string> AwsAndAmazonReported(const Projection& p) {
  std::vector<std::string> out;
  const ReportedAwsShare share = ShareOfReportedAws(p);
  if (share.fact != nullptr) {
    const YearProjection& y = p.years[share.year - kFirstYear];
    out.push_back(
        Say("reported.awsShare", {{"year", std::to_string(share.year)},
                                  {"value", ReportedValueText(*share.fact)},
                                  {"cited", Cited(*share.fact)},
                                  {"aws", Money(share.aws_from_anthropic_busd)},
                                  {"share", Percent(share.share_pct, 2)},
                                  {"modelShare", Percent(y.anthropic_share_of_aws_pct, 2)},
                                  {"modelTotal", Money(y.aws_total_busd, 1)}}));
  }
  if (const ReportedFact* f = Latest(ReportedMeasure::kAmazonStake)) {
    out.push_back(Say(
        "reported.stake",
        {{"value", ReportedValueText(*f)}, {"date", DateText(f->period)}, {"cited", Cited(*f)}}));
  }
  return out;
}

std::vector<std::string> SinceTheNoteSentences() {
  const Assumptions note = DefaultAssumptions();
  std::vector<std::string> out;
  if (const ReportedFact* f = FindReported(ReportedMeasure::kAnthropicRevenueYear, "2025")) {
    out.push_back(StringPrintf(T("Anthropic's revenue in 2025 was reported at %s%s; the note "
                                 "assumed %s."),
                               ReportedValueText(*f).c_str(), Cited(*f).c_str(),
                               Figure(note.revenue_busd[0], Unit::kBillionUsd).c_str()));
  }
  if (const ReportedFact* f = FindReported(ReportedMeasure::kAnthropicGrossMargin, "2025")) {
    out.push_back(
        StringPrintf(T("Its 2025 gross margin was reported at %s%s; the note assumed %s."),
                     ReportedValueText(*f).c_str(), Cited(*f).c_str(),
                     Figure(note.gross_margin_pct[0], Unit::kPercent).c_str()));
  }
  if (const ReportedFact* f = Latest(ReportedMeasure::kAmazonStake)) {
    out.push_back(StringPrintf(T("Amazon's filings put its Anthropic stake at %s on %s%s; the "
                                 "article's figure was %s."),
                               ReportedValueText(*f).c_str(), DateText(f->period).c_str(),
                               Cited(*f).c_str(),
                               Figure(note.stake_value_busd, Unit::kBillionUsd).c_str()));
  }
  if (const ReportedFact* f = Latest(ReportedMeasure::kAnthropicRunRate)) {
    out.push_back(StringPrintf(T("Anthropic's latest stated run-rate, for %s, is %s%s: annualized "
                                 "and gross, it is not a year's revenue and not comparable with "
                                 "the note's yearly figures."),
                               PeriodText(f->period).c_str(), ReportedValueText(*f).c_str(),
                               Cited(*f).c_str()));
  }
  return out;
}

std::string FormulaLeavesOut() {
  std::string share;
  if (const ReportedFact* f = Latest(ReportedMeasure::kAmazonBedrockShare)) {
    share = StringPrintf(T(" (Amazon keeps %s of Anthropic's gross profit on those sales: %s, %s)"),
                         ReportedValueText(*f).c_str(), f->source, f->reported_on);
  }
  return StringPrintf(T("What the note's formula leaves out: AWS also earns on Claude sold "
                        "through Amazon Bedrock%s, which revenue \xC3\x97 (1 \xE2\x88\x92 "
                        "margin) \xC3\x97 share does not count; and Anthropic states its "
                        "run-rates gross of that share."),
                      share.c_str());
}

std::string ReportedFactsJson() {
  std::string json = "[";
  for (const ReportedFact& f : kFacts) {
    if (json.size() > 1) json += ',';
    json += "{\"id\":" + JsonString(f.id) + ",\"measure\":" + JsonString(MeasureKey(f.measure)) +
            ",\"period\":" + JsonString(f.period) +
            ",\"qualifier\":" + JsonString(kQualifierWords[static_cast<int>(f.qualifier)]) +
            ",\"value\":" + FormatShortest(f.value) +
            ",\"valueHigh\":" + (std::isnan(f.value_high) ? "null" : FormatShortest(f.value_high)) +
            ",\"unit\":" + JsonString(f.unit == Unit::kPercent ? "percent" : "usd_billion") +
            ",\"text\":" + JsonString(ReportedValueText(f)) +
            ",\"reportedOn\":" + JsonString(f.reported_on) + ",\"source\":" + JsonString(f.source) +
            ",\"url\":" + JsonString(f.url) +
            ",\"strength\":" + JsonString(StrengthName(f.strength)) +
            ",\"definition\":" + JsonString(f.definition) + "}";
  }
  return json + "]";
}

std::string ReportedFactsCsv() {
  std::string csv;
  for (const char* column :
       {T("Measure"), T("Period"), T("Figure as reported"), T("Value"), T("High value"), T("Unit"),
        T("Reported on"), T("Source"), T("URL"), T("Strength"), T("What it measures")}) {
    csv += (csv.empty() ? "" : ",") + CsvField(column);
  }
  csv += '\n';
  for (const ReportedFact& f : kFacts) {
    csv += CsvField(T(MeasureName(f.measure))) + "," + CsvField(f.period) + "," +
           CsvField(ReportedValueText(f)) + "," + FormatShortest(f.value) + "," +
           (std::isnan(f.value_high) ? "" : FormatShortest(f.value_high)) + "," +
           UnitSymbol(f.unit) + "," + CsvField(f.reported_on) + "," + CsvField(f.source) + "," +
           CsvField(f.url) + "," + CsvField(T(StrengthName(f.strength))) + "," +
           CsvField(T(f.definition)) + "\n";
  }
  return csv;
}

std::string ReportedFactsTable() {
  std::string out = StringPrintf(T("Reported since the note. %s"), AsOfLine().c_str()) + "\n";
  ReportedMeasure last = kFacts[0].measure;
  bool first = true;
  for (const ReportedFact& f : kFacts) {
    if (first || f.measure != last) {
      out += std::string("\n") + T(MeasureName(f.measure)) + "\n";
      last = f.measure;
      first = false;
    }
    char line[512];
    std::snprintf(line, sizeof line, "  %-10s %-16s %-10s %-8s %s\n", f.period,
                  ReportedValueText(f).c_str(), f.reported_on, T(StrengthName(f.strength)),
                  f.source);
    out += line;
  }
  return out;
}

}  // namespace awscalc
