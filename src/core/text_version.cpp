// text_version.cpp: see text_version.h.
#include "core/text_version.h"

#include "core/decimal.h"
#include "core/explain.h"
#include "core/presets.h"
#include "core/reported.h"
#include "core/results.h"

namespace awscalc {
namespace {

// ,"key":
void Key(std::string& out, const char* key) {
  if (out.back() != '{') out += ',';
  out += '"';
  out += key;
  out += "\":";
}

// ["a","b",...] of the strings fn(i) for i in [0, count).
template <typename Fn>
std::string StringList(int count, Fn fn) {
  std::string out = "[";
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ',';
    out += JsonString(fn(i));
  }
  return out + "]";
}

bool InTables(const ResultInfo& info) {
  return (info.doors & kInTables) != 0 && info.per_year;
}

std::string RangeJson(const Session& session) {
  const UncertaintyResult& r = session.monte_carlo().Result();
  if (r.samples == 0) return "null";
  const Summary& aws = r.aws_from_anthropic_busd;
  const YearValues* columns[] = {&aws.p5, &aws.p10, &aws.p50, &aws.p90, &aws.p95, &aws.mean};
  std::string out = "{";
  Key(out, "sentence");
  out += JsonString(RangeSentence(r, session.projection(), session.ChosenYearIndex()));
  Key(out, "threshold");
  out += JsonString(ThresholdSentence(r));
  Key(out, "head");
  const char* head[] = {T("5th"), T("10th"), T("Median"), T("90th"), T("95th"), T("Mean")};
  out += StringList(6, [&](int i) { return std::string(head[i]); });
  Key(out, "rows");
  out += '[';
  for (int y = 0; y < r.horizon_years; ++y) {
    if (y > 0) out += ',';
    out += "{\"year\":" + std::to_string(kFirstYear + y) +
           ",\"cells\":" + StringList(6, [&](int i) { return Money((*columns[i])[y]).str(); }) +
           "}";
  }
  return out + "]}";
}

std::string TornadoJson(const Tornado& t) {
  std::string out = "{";
  Key(out, "headline");
  out += JsonString(TornadoHeadline(t));
  Key(out, "sentence");
  out += JsonString(TornadoSentence(t));
  Key(out, "bars");
  out += StringList(kUncertainInputCount, [&](int i) { return TornadoBarLine(t, i); });
  return out + "}";
}

}  // namespace

std::string TextVersionSpecJson() {
  std::string out = "{";
  Key(out, "firstYear");
  out += std::to_string(kFirstYear);
  Key(out, "maxYears");
  out += std::to_string(kMaxYears);
  Key(out, "horizons");
  out += StringList(kMaxYears, [](int i) { return YearSpan(kFirstYear, kFirstYear + i).str(); });
  Key(out, "inputs");
  out += '[';
  bool first = true;
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kDerived) continue;  // a view, not in links
    out += first ? "{" : ",{";
    first = false;
    out += "\"key\":" + JsonString(info.link_key) + ",\"label\":" + JsonString(Label(info)) +
           ",\"unit\":" + JsonString(UnitSymbol(info.unit)) +
           ",\"min\":" + FormatShortest(info.min_value) +
           ",\"max\":" + FormatShortest(info.max_value) +
           ",\"perYear\":" + (info.years != nullptr ? "true" : "false") +
           ",\"source\":" + JsonString(T(info.source)) +
           ",\"reference\":" + JsonString(ReferenceText(info)) +
           ",\"reported\":" + JsonString(ReportedSource(info)) + "}";
  }
  out += ']';
  Key(out, "presets");
  out += '[';
  for (std::size_t i = 0; i < Presets().size(); ++i) {
    const Preset& preset = Presets()[i];
    if (i > 0) out += ',';
    out += "{\"id\":" + JsonString(preset.id) + ",\"name\":" + JsonString(T(preset.name)) +
           ",\"description\":" + JsonString(T(preset.description.c_str())) + "}";
  }
  out += ']';
  Key(out, "columns");
  out += '[';
  first = true;
  for (const ResultInfo& info : AllResults()) {
    if (!InTables(info)) continue;
    out += first ? "{" : ",{";
    first = false;
    out += "\"key\":" + JsonString(info.key) + ",\"label\":" + JsonString(Label(info)) + "}";
  }
  out += ']';
  // "Since the note": the as-of line, the reported figures beside the note's, what the
  // formula leaves out, and every fact (core/reported.h).
  Key(out, "since");
  out += "{\"asOf\":" + JsonString(AsOfLine()) + ",\"sentences\":";
  const std::vector<std::string> sentences = SinceTheNoteSentences();
  out += StringList(static_cast<int>(sentences.size()), [&](int i) { return sentences[i]; });
  out += ",\"leavesOut\":" + JsonString(FormulaLeavesOut());
  // The view's charts in words (core/reported_charts.cpp).
  out += ",\"charts\":[" + JsonString(RunRateChartText()) + "," + JsonString(StakeChartText()) +
         "," + JsonString(AwsSalesChartText()) + "],\"facts\":[";
  for (std::size_t i = 0; i < ReportedFacts().size(); ++i) {
    const ReportedFact& f = ReportedFacts()[i];
    if (i > 0) out += ',';
    out += "{\"measure\":" + JsonString(T(MeasureName(f.measure))) +
           ",\"period\":" + JsonString(f.period) +
           ",\"figure\":" + JsonString(ReportedValueText(f)) +
           ",\"strength\":" + JsonString(T(StrengthName(f.strength))) +
           ",\"reportedOn\":" + JsonString(f.reported_on) + ",\"source\":" + JsonString(f.source) +
           ",\"url\":" + JsonString(f.url) + ",\"definition\":" + JsonString(T(f.definition)) + "}";
  }
  return out + "]}}";
}

std::string TextVersionJson(const Session& session) {
  const LinkState& link = session.link();
  const Assumptions& a = link.assumptions;
  const Projection& p = session.projection();
  std::string out = "{";
  Key(out, "link");
  out += JsonString(session.CanonicalLink());
  Key(out, "years");
  out += std::to_string(a.horizon_years);
  Key(out, "values");
  out += '{';
  for (const InputInfo& info : AllInputs()) {
    if (info.shape == InputShape::kDerived) continue;
    Key(out, info.link_key);
    if (info.value != nullptr) {
      out += FormatShortest(a.*info.value);
      continue;
    }
    out += '[';
    for (int i = 0; i < a.horizon_years; ++i) {
      if (i > 0) out += ',';
      out += FormatShortest((a.*info.years)[i]);
    }
    out += ']';
  }
  out += '}';
  Key(out, "preset");
  const Preset* preset = MatchingPreset(a);
  out += JsonString(preset != nullptr ? preset->id : "");
  Key(out, "rows");
  out += '[';
  for (int y = 0; y < p.horizon_years; ++y) {
    if (y > 0) out += ',';
    out += "{\"year\":" + std::to_string(p.years[y].year) + ",\"cells\":[";
    bool first = true;
    for (const ResultInfo& info : AllResults()) {
      if (!InTables(info)) continue;
      if (!first) out += ',';
      first = false;
      out += JsonString(ResultCell(info, p, y).str());
    }
    out += "]}";
  }
  out += ']';
  Key(out, "summary");
  out += JsonString(SummarySentence(p));
  Key(out, "range");
  out += RangeJson(session);
  Key(out, "tornado");
  out += TornadoJson(session.tornado());
  Key(out, "goal");
  out += session.goal() ? JsonString(session.goal()->answer) : "null";
  Key(out, "scenarios");
  const int last = p.horizon_years - 1;
  out += StringList(static_cast<int>(session.scenarios().size()),
                    [&](int i) { return ScenarioLine(session.scenarios()[i], last); });
  return out + "}";
}

std::string ResultStripJson(const Session& session, const InputInfo* moved, int moved_year_index) {
  const Projection& p = session.projection();
  const YearProjection& y = p.years[session.ChosenYearIndex()];
  const ResultInfo& aws = *FindResult("awsFromAnthropic");
  std::string out = "{";
  Key(out, "year");
  out += std::to_string(y.year);
  Key(out, "label");
  out += JsonString(StringPrintf(T("%s in %d"), Label(aws), y.year));
  Key(out, "figure");
  out += JsonString(Money(y.aws_from_anthropic_busd).str());
  Key(out, "note");
  out += JsonString(HeadlineNote(y));
  Key(out, "detail");
  std::string detail_text;
  const ResultInfo* detail = moved != nullptr ? FindResult(moved->moves) : nullptr;
  int detail_year = session.ChosenYearIndex();
  if (detail == &aws && moved_year_index >= 0 && moved_year_index < p.horizon_years) {
    detail_year = moved_year_index;  // the same figure, in the year the reader moved
  }
  if (detail == &aws && detail_year != session.ChosenYearIndex()) {
    // "2025: $1.98B": the figure above, in the year the reader moved.
    detail_text =
        std::to_string(p.years[detail_year].year) + ": " + ResultCell(aws, p, detail_year).str();
  } else if (detail != nullptr && detail != &aws) {
    // "Anthropic's share of AWS revenue: 3.16%", in the year above (or a single value).
    const int year_index = detail->per_year ? detail_year : 0;
    detail_text = std::string(Label(*detail)) + ": " + ResultCell(*detail, p, year_index).str();
  }
  out += JsonString(detail_text);
  // What a screen reader hears once a change settles: what moved, briefly.
  Key(out, "announce");
  const std::string note = HeadlineNote(y);
  out += JsonString(StringPrintf("%d: %s%s%s%s%s", y.year, Money(y.aws_from_anthropic_busd).c_str(),
                                 note.empty() ? "" : " (", note.c_str(), note.empty() ? "" : ")",
                                 detail_text.empty() ? "" : (". " + detail_text).c_str()));
  Key(out, "years");
  out += '[';
  for (int i = 0; i < p.horizon_years; ++i)
    out += (i > 0 ? "," : "") + std::to_string(p.years[i].year);
  out += ']';
  for (const char* key : {"values", "reported"}) {
    Key(out, key);
    out += '[';
    for (int i = 0; i < p.horizon_years; ++i) {
      const std::optional<double> value =
          key[0] == 'v' ? std::optional<double>(p.years[i].aws_from_anthropic_busd)
                        : p.years[i].reported_busd;
      out += (i > 0 ? "," : "") + (value ? FormatShortest(*value) : std::string("null"));
    }
    out += ']';
  }
  return out + "}";
}

}  // namespace awscalc
