// table.cpp: see table.h. Figures are written by the core's formatter (core/format.h) in
// ASCII: "$5.70B", "-$0.08B", "60.0".
#include "cli/table.h"

#include <algorithm>
#include <optional>

#include "core/explain.h"
#include "core/format.h"
#include "core/messages.h"
#include "core/reported.h"
#include "core/results.h"

namespace awscalc::cli {
namespace {

constexpr int kMinLabelWidth = 44;
constexpr int kColumnWidth = 10;

// The columns a UTF-8 text takes in a terminal: one a character ("Mrd. $" is 6 with its
// no-break space, "Año" 3).
int TextWidth(const std::string& text) {
  int width = 0;
  for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

std::string PadRight(std::string text, int width) {
  if (TextWidth(text) < width) text.append(width - TextWidth(text), ' ');
  return text;
}

std::string PadLeft(const std::string& text, int width) {
  return TextWidth(text) < width ? std::string(width - TextWidth(text), ' ') + text : " " + text;
}

// The text of a value in the terminal: 2 decimals, ASCII.
std::string Number(double value, int decimals = 2) {
  return Format(value, Unit::kPlain, {decimals, false, true}).str();
}
std::string Money(double busd) {
  return Format(busd, Unit::kBillionUsd, {2, false, true}).str();
}
std::string PercentText(double value) {  // "73.5%", "73,5 %"
  return Format(value, Unit::kPercent, {1, false, true}).str();
}
std::string Value(Unit unit, double value) {
  return Format(value, unit, {2, false, true, false, true}).str();
}

std::string YearsRow(int horizon_years, int label_width) {
  std::string line = PadRight("", label_width);
  for (int i = 0; i < horizon_years; ++i) {
    line += PadLeft(std::to_string(kFirstYear + i), kColumnWidth);
  }
  return line + "\n";
}

// One row of per-year values for the first `horizon_years` years.
std::string ValuesRow(const std::string& label, const YearValues& values, int horizon_years) {
  std::string line = PadRight(label, kMinLabelWidth);
  for (int i = 0; i < horizon_years; ++i) line += PadLeft(Number(values[i]), kColumnWidth);
  return line + "\n";
}

// "x0.7 to x1.3", "-10 to +10 points" (around the reader's values).
std::string RangeText(UncertainInput input, const UncertainRange& range) {
  const UncertainInputInfo& info = Info(input);
  if (info.kind == RangeKind::kFactor) {
    return Say("cli.range", {{"low", Format(range.low, Unit::kFactor, kExact)},
                             {"high", Format(range.high, Unit::kFactor, kExact)}});
  }
  const NumberStyle signed_exact{kShortest, false, true, true};
  const bool money = Info(info.input).unit == Unit::kBillionUsd;
  return Say(money ? "cli.range.money" : "cli.range.points",
             {{"low", Format(range.low, Unit::kPlain, signed_exact)},
              {"high", Format(range.high, Unit::kPlain, signed_exact)}});
}

// The value of an uncertain input for people: "$13.30B", "50.0%".
std::string InputText(UncertainInput input, double value) {
  const Unit unit = Info(Info(input).input).unit;
  return unit == Unit::kBillionUsd ? Money(value) : PercentText(value);
}

// The width of the uncertain inputs' name column: the longest name and two spaces.
int InputColumnWidth() {
  int width = kMinLabelWidth - 2;
  for (const UncertainInputInfo& info : UncertainInputs()) {
    width = std::max(width, TextWidth(Label(Info(info.input))) + 2);
  }
  return width;
}

std::string UncertaintySection(Session& session) {
  session.Finish();
  const UncertaintySettings& settings = session.link().uncertainty;
  const UncertaintyResult& u = session.monte_carlo().Result();
  const int h = u.horizon_years;
  std::string out = "\n" +
                    Say("cli.uncertainty", {{"samples", std::to_string(u.samples)},
                                            {"seed", std::to_string(u.seed)}}) +
                    "\n";
  for (const UncertainInputInfo& info : UncertainInputs()) {
    out += "  " + PadRight(Label(Info(info.input)), InputColumnWidth()) +
           RangeText(info.id, settings.Range(info.id)) + "\n";
  }
  out += "\n" + YearsRow(h, kMinLabelWidth);
  const Summary* summaries[] = {&u.aws_from_anthropic_busd, &u.cumulative_operating_profit_busd,
                                &u.anthropic_share_of_aws_pct};
  for (const OutputInfo& output : Outputs()) {
    const Summary& s = *summaries[static_cast<int>(output.id)];
    out += LabelWithUnit(*FindResult(output.result_key)) + "\n";
    const std::pair<const char*, const YearValues*> rows[] = {
        {"cli.percentile.p5", &s.p5},      {"cli.percentile.p10", &s.p10},
        {"cli.percentile.median", &s.p50}, {"cli.percentile.p90", &s.p90},
        {"cli.percentile.p95", &s.p95},    {"cli.percentile.mean", &s.mean}};
    for (const auto& [key, values] : rows) out += ValuesRow("  " + Say(key), *values, h);
  }
  out += "\n" +
         Say("cli.chance", {{"threshold", Money(u.threshold_busd)},
                            {"year", std::to_string(u.year)},
                            {"chance", PercentText(u.probability_above * 100.0)}}) +
         "\n";

  // The histogram, four bins to a line.
  constexpr int kBinsPerLine = 4;
  constexpr int kBarWidth = 40;
  const Histogram& histogram = u.histogram;
  int largest = 1;
  for (int i = 0; i < kHistogramBins; i += kBinsPerLine) {
    int count = 0;
    for (int k = 0; k < kBinsPerLine; ++k) count += histogram.counts[i + k];
    largest = std::max(largest, count);
  }
  out += "\n" + Say("cli.histogram", {{"year", std::to_string(histogram.year)}}) + "\n";
  for (int i = 0; i < kHistogramBins; i += kBinsPerLine) {
    int count = 0;
    for (int k = 0; k < kBinsPerLine; ++k) count += histogram.counts[i + k];
    const std::string range =
        Say("cli.histogram.bin",
            {{"low", PadLeft(Number(histogram.edges_busd[i]), 9)},
             {"high", PadLeft(Number(histogram.edges_busd[i + kBinsPerLine]), 9)}});
    out += "  " + range + PadLeft(PercentText(100.0 * count / u.samples), 8) + "  " +
           std::string(static_cast<std::size_t>(kBarWidth * count / largest), '#') + "\n";
  }
  return out;
}

std::string TornadoSection(const Session& session) {
  const Tornado& t = session.tornado();
  const OutputInfo& output = Info(t.output);
  std::string out =
      "\n" +
      Say(t.output == OutputId::kCumulativeOperatingProfit ? "cli.tornado.to" : "cli.tornado.in",
          {{"output", output.label()},
           {"year", std::to_string(t.year)},
           {"value", Value(output.unit(), t.central)}}) +
      "\n";
  for (const TornadoBar& bar : t.bars) {
    const UncertainInput input = bar.input;
    out += "  " + PadRight(Label(Info(Info(input).input)), InputColumnWidth()) +
           Say("cli.tornado.bar", {{"low", InputText(input, bar.low_value)},
                                   {"lowOutput", Value(output.unit(), bar.low_output)},
                                   {"high", InputText(input, bar.high_value)},
                                   {"highOutput", Value(output.unit(), bar.high_output)},
                                   {"swing", Value(output.unit(), bar.swing)}}) +
           "\n";
  }
  return out;
}

std::string ScenarioSection(const Session& session) {
  const std::vector<ScenarioProjection>& scenarios = session.scenarios();
  if (scenarios.empty()) return "";
  std::string out = "\n" + Say("cli.scenarios") + "\n";
  int horizon_years = session.link().assumptions.horizon_years;
  for (const ScenarioProjection& s : scenarios) {
    horizon_years = std::max(horizon_years, s.projection.horizon_years);
  }
  // The name column fits the longest name (names are at most 60 characters).
  int label_width = kMinLabelWidth;
  for (const ScenarioProjection& s : scenarios) {
    label_width = std::max(label_width, static_cast<int>(s.name.size()) + 6);
  }
  auto row = [&](const std::string& name, const Projection& p) {
    std::string line = PadRight("  " + name, label_width);
    for (int i = 0; i < horizon_years; ++i) {
      line += PadLeft(i < p.horizon_years ? Number(p.years[i].aws_from_anthropic_busd) : "-",
                      kColumnWidth);
    }
    line +=
        "   " + (p.payback_year ? Say("cli.payback", {{"year", std::to_string(*p.payback_year)}})
                                : Say("cli.payback.notYet"));
    return line + "\n";
  };
  out += YearsRow(horizon_years, label_width) + "\n";
  out += row(Say("cli.scenarios.yours"), session.projection());
  for (const ScenarioProjection& s : scenarios) {
    out += row(std::to_string(s.slot) + ". " + s.name, s.projection);
  }
  return out;
}

}  // namespace

std::string FormatTable(const Session& session) {
  const Assumptions& a = session.link().assumptions;
  const Projection& p = session.projection();
  std::string out = Say("cli.title", {{"firm", kNote.firm}}) + "\n";
  out += Say("cli.link", {{"link", "#" + session.CanonicalLink()}}) + "\n\n";
  // The label column fits the longest label.
  int label_width = kMinLabelWidth;
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInTables) == 0 || !info.per_year) continue;
    label_width = std::max(label_width, TextWidth(LabelWithUnit(info)) + 2);
  }
  out += YearsRow(p.horizon_years, label_width);
  for (const ResultInfo& info : AllResults()) {
    if ((info.doors & kInTables) == 0 || !info.per_year) continue;
    std::string line = PadRight(LabelWithUnit(info), label_width);
    for (int i = 0; i < p.horizon_years; ++i) {
      line += PadLeft(ResultCell(info, p, i, false).str(), kColumnWidth);
    }
    out += line + "\n";
  }

  // The sentences of the interface's "AWS and Amazon" view (core/explain.h).
  out += "\n" + OperatingProfitSentence(a, p) + "\n" + PaybackSentence(a, p) + "\n" +
         StakeSentence(a, p) + "\n";
  // What was reported since for the same view (core/reported.h).
  for (const std::string& sentence : AwsAndAmazonReported(p)) out += sentence + "\n";
  out += "\n" + Say("cli.extensions", {{"source", NoteSource()}}) + "\n";
  return out;
}

std::string FormatAnalysis(Session& session, const ReportParts& parts) {
  std::string out;
  if (parts.uncertainty) out += UncertaintySection(session);
  if (parts.tornado) out += TornadoSection(session);
  if (parts.scenarios) out += ScenarioSection(session);
  if (parts.goal && session.goal()) {
    out += "\n" + Say("cli.goal", {{"answer", session.goal()->answer}}) + "\n";
  }
  return out;
}

}  // namespace awscalc::cli
