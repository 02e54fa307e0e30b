// main.cpp: `aws-calc`, the calculator for analysts and scripts.
//
//   aws-calc [--table | --csv [--exact] | --zip [--exact] | --json] [--parts LIST] [--preset ID]
//   [LINK] aws-calc --svg [--chart NAME] [--dark] [--width PX | --size social|square] [--graphic
//   TEXT]
//                  [--preset ID] [LINK]
//   aws-calc --json --batch [--parts LIST] [--preset ID] < LINKS   (one link per line)
//   aws-calc --reported [--table | --csv | --json]   the facts reported since the note
//
// LINK is a share link: a fragment ("v=1&gm=55"), "#v=1&gm=55", or a whole URL (one
// starting with http://, https:// or file:, as an address bar gives it). Prints
// the same projection the page shows for that link, with its uncertainty (Monte Carlo),
// tornado, scenarios and goal seek (--parts chooses). Exit status: 0 for a clean link,
// 1 when the link had problems (listed on stderr; the projection is still printed),
// 2 when the arguments cannot be used. --batch reads links from standard input, one
// per line, and prints one line of JSON for each (their problems inside it): the
// differential test's way to ask thousands of links in one process. --svg prints a chart
// as the page's "Chart as SVG" writes it (core/chart_export.h), dated today (UTC) or
// $AWSCALC_DATE, so the same link and date give the same file in both.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/cli_messages.h"
#include "cli/table.h"
#include "core/catalogs.h"
#include "core/chart_export.h"
#include "core/decimal.h"
#include "core/explain.h"
#include "core/presets.h"
#include "core/report.h"
#include "core/reported.h"
#include "core/session.h"

namespace {

constexpr const char* kUsage =
    "usage: aws-calc [--table | --csv [--exact] | --zip [--exact] | --json] [--parts LIST]\n"
    "                [--preset ID] [--set KEY[.YEAR]=VALUE]... [--lang CODE] [LINK]\n"
    "       aws-calc --svg [--chart bars|fan|histogram|tornado|compare] [--dark]\n"
    "                [--width PX | --size social|square] [--graphic TEXT]\n"
    "                [--preset ID] [LINK]\n"
    "       aws-calc --json --batch [--parts LIST] [--preset ID] < LINKS\n"
    "       aws-calc --reported [--table | --csv | --json]\n";

// After the line naming the note (kNote, core/explain.h: printed with --help).
constexpr const char* kHelp =
    "  LINK            a fragment such as 'v=1&rev=4,10,19&gm=60', with or without '#',\n"
    "                  or the page's whole URL (http://, https:// or file:); none means\n"
    "                  the article's assumptions\n"
    "  --table         a table for people (the default)\n"
    "  --csv           the projection as a tidy CSV table: a year a row, a result a\n"
    "                  column, its unit in its name (rounded as the calculator shows them)\n"
    "  --zip           the data to republish as one ZIP, the page's data download: that\n"
    "                  table, the single values, the range's percentiles, the scenarios,\n"
    "                  the reported facts (CSV) and metadata.json (source, link, dates,\n"
    "                  units, licence, how to cite); binary, so redirect it to a file\n"
    "  --exact         with --csv or --zip: every value exact (the shortest text that\n"
    "                  reads back as the same number, as in --json)\n"
    "  --json          the result keys of the page's awsCalc.results()\n"
    "  --svg           a chart as an SVG file to republish, as the page's \"Chart as SVG\":\n"
    "                  title, the assumptions in words, the chart, source, date and link\n"
    "  --chart NAME    with --svg: bars, fan, histogram, tornado or compare; by default\n"
    "                  the chart of the link's tab (range: fan, drivers: tornado,\n"
    "                  compare: compare, others: bars)\n"
    "  --dark          with --svg: the dark theme's colours (so does the link's theme=dark)\n"
    "  --width PX      with --svg: the file's width in CSS px, 280-2400 (default 640)\n"
    "  --size NAME     with --svg: a picture of a fixed size for social posts, as the page's\n"
    "                  PNG buttons draw it: social (1200 x 675) or square (1080 x 1080)\n"
    "  --graphic TEXT  with --svg: your credit line, printed first under the chart as\n"
    "                  \"Graphic: TEXT\" (at most 80 characters; never part of the link)\n"
    "  --reported      what has been reported since the note (data/reported.csv): each\n"
    "                  fact with its period, figure, date, source and strength; a run-rate\n"
    "                  is annualized, not a year's revenue\n"
    "  --parts LIST    what to add to the projection (table and JSON): 'all' (the\n"
    "                  default), 'projection' (nothing), or a comma list of\n"
    "                  uncertainty, tornado, scenarios, goal; the CSV file always has\n"
    "                  the range of outcomes and the scenarios\n"
    "  --preset ID     start from a preset instead of the article's assumptions (note,\n"
    "                  matched, reported, projections, bear, bull); a LINK's settings\n"
    "                  then apply on top of it\n"
    "  --set KEY=VALUE a value as a reader types it into the page, on top of the link:\n"
    "                  KEY a link key (gm, rev.2026 for one year), VALUE with its unit\n"
    "                  or not, a decimal comma or dot ('gm=62,5', 'rev.2026=$30B');\n"
    "                  repeatable; a refused value is a problem, nothing changed\n"
    "  --lang CODE     the table's words and numbers in a language: en (the default),\n"
    "                  de, es (data/messages); typed values (--set) are read as its\n"
    "                  readers type them ('gm=62,5'); the values themselves do not change.\n"
    "                  Without it, the link's own language (lang=de) is used\n"
    "  --batch         with --json: read links from standard input, one per line,\n"
    "                  and print one line of JSON for each (problems inside it)\n"
    "\n"
    "Problems in the link go to stderr and the exit status is 1; the projection is\n"
    "still printed with every valid setting applied. --zip and --svg date their files\n"
    "with today's date (UTC), or AWSCALC_DATE when set (e.g. 2026-11-29); their link is\n"
    "the canonical one, after the page's address when LINK is a whole URL.\n";

enum class Output { kTable, kCsv, kZip, kJson, kSvg };

// Today as "2026-11-29" (UTC), or $AWSCALC_DATE when set: the same file every run.
std::string ExportDate() {
  if (const char* date = std::getenv("AWSCALC_DATE"); date != nullptr && *date != '\0') {
    return date;
  }
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

// The link a file prints: the page's address from a whole URL (up to its '#'), then
// '#' and the canonical link; just '#' and the canonical link for a fragment.
std::string ExportLink(std::string_view given, const std::string& canonical) {
  std::string_view base;
  if (awscalc::LinkOfUrl(given)) base = given.substr(0, given.find('#'));
  return std::string(base) + "#" + canonical;
}

int UsageError(const std::string& message) {
  std::fprintf(stderr, "aws-calc: %s\n%s", message.c_str(), kUsage);
  return 2;
}

// What the arguments ask for.
struct Options {
  Output format = Output::kTable;
  bool lang_given = false;  // --lang: it wins over the link's lang=
  bool format_given = false;
  const awscalc::Preset* preset = nullptr;
  awscalc::ReportParts parts;
  std::string link;
  bool link_given = false;
  bool batch = false;
  bool exact = false;
  std::optional<awscalc::ExportChart> chart;
  awscalc::ExportFrame frame;
  bool svg_option = false;  // --chart, --dark, --width, --size or --graphic: only with --svg
  bool reported = false;    // the reported facts, not a link's projection
  // --set KEY[.YEAR]=VALUE: values typed as on the page, in order.
  struct Typed {
    const awscalc::InputInfo* input;
    int year_index;  // -1: every year (or a one-value input)
    std::string text;
  };
  std::vector<Typed> typed;
};

constexpr int kGoOn = -1;

// --set KEY[.YEAR]=VALUE, or a usage error.
int ReadTyped(const std::string& setting, Options& o) {
  const std::size_t equals = setting.find('=');
  if (equals == std::string::npos) return UsageError("--set takes KEY=VALUE, such as gm=62,5");
  std::string key = setting.substr(0, equals);
  int year_index = -1;
  if (const std::size_t dot = key.find('.'); dot != std::string::npos) {
    const std::string year = key.substr(dot + 1);
    key.resize(dot);
    char* end = nullptr;
    const long y = std::strtol(year.c_str(), &end, 10);
    if (year.empty() || *end != '\0' || y < awscalc::kFirstYear ||
        y >= awscalc::kFirstYear + awscalc::kMaxYears) {
      return UsageError("--set " + setting + ": the year must be " +
                        std::to_string(awscalc::kFirstYear) + " to " +
                        std::to_string(awscalc::kFirstYear + awscalc::kMaxYears - 1));
    }
    year_index = static_cast<int>(y - awscalc::kFirstYear);
  }
  const awscalc::InputInfo* input = awscalc::FindInput(key);
  if (input == nullptr) return UsageError("--set " + setting + ": no input has the key " + key);
  o.typed.push_back({input, year_index, setting.substr(equals + 1)});
  return kGoOn;
}

// --width PX: a number of px in the export's range.
int ReadWidth(const std::string& text, Options& o) {
  const awscalc::ParsedNumber parsed = awscalc::ParseStrictNumber(text);
  const double width = parsed.value;
  if (parsed.error != awscalc::NumberError::kNone || width < awscalc::kMinExportWidthPx ||
      width > awscalc::kMaxExportWidthPx) {
    char range[64];
    std::snprintf(range, sizeof range, "--width takes a number of px from %g to %g",
                  awscalc::kMinExportWidthPx, awscalc::kMaxExportWidthPx);
    return UsageError(std::string(range) + "; not '" + text + "'");
  }
  o.frame.width_px = width;
  o.svg_option = true;
  return kGoOn;
}

// One argument (and its value, from argv[++*i]); kGoOn, or the exit status.
int ReadArgument(int argc, char** argv, int* i, Options& o) {
  using namespace awscalc;
  const std::string_view arg = argv[*i];
  const auto value = [&]() -> const char* { return *i + 1 < argc ? argv[++*i] : nullptr; };
  if (arg == "-h" || arg == "--help") {
    std::printf(
        "%s\nProjects AWS revenue from Anthropic (%s's note, as reported by %s in %s)\n"
        "for a share link of the calculator page.\n\n%s",
        kUsage, kNote.firm, kNote.outlet, kNote.month, kHelp);
    return 0;
  }
  if (arg == "--table" || arg == "--csv" || arg == "--zip" || arg == "--json" || arg == "--svg") {
    const Output f = arg == "--csv"    ? Output::kCsv
                     : arg == "--zip"  ? Output::kZip
                     : arg == "--json" ? Output::kJson
                     : arg == "--svg"  ? Output::kSvg
                                       : Output::kTable;
    if (o.format_given && f != o.format) {
      return UsageError("choose one of --table, --csv, --zip, --json, --svg");
    }
    o.format = f;
    o.format_given = true;
  } else if (arg == "--exact") {
    o.exact = true;
  } else if (arg == "--lang") {
    const char* code = value();
    o.lang_given = true;
    if (code == nullptr || !UseLanguage(code)) {
      std::string codes;
      for (const Locale& locale : Locales()) {
        if (FindReaderLocale(locale.code) != nullptr) {
          codes += std::string(codes.empty() ? "" : ", ") + locale.code + " (" + locale.name + ")";
        }
      }
      return UsageError("--lang takes " + codes +
                        (code != nullptr ? "; not '" + std::string(code) + "'" : ""));
    }
  } else if (arg == "--chart") {
    const char* name = value();
    if (name == nullptr) return UsageError("--chart needs a name");
    o.chart = ExportChartFromName(name);
    if (!o.chart) {
      return UsageError(std::string("--chart takes bars, fan, histogram, tornado or compare; "
                                    "not '") +
                        name + "'");
    }
    o.svg_option = true;
  } else if (arg == "--dark") {
    o.frame.dark = true;
    o.svg_option = true;
  } else if (arg == "--width") {
    const char* text = value();
    if (text == nullptr) return UsageError("--width needs a number of px");
    return ReadWidth(text, o);
  } else if (arg == "--graphic") {
    const char* text = value();
    if (text == nullptr) return UsageError("--graphic needs the credit's words");
    o.frame.graphic = text;
    o.svg_option = true;
  } else if (arg == "--size") {
    const char* name = value();
    const awscalc::PictureSize* size = name != nullptr ? awscalc::FindPictureSize(name) : nullptr;
    if (size == nullptr) {
      std::string names;
      for (const awscalc::PictureSize& each : awscalc::kPictureSizes) {
        names += std::string(names.empty() ? "" : " or ") + each.key;
      }
      return UsageError("--size takes " + names +
                        (name != nullptr ? "; not '" + std::string(name) + "'" : ""));
    }
    o.frame.picture = size;
    o.svg_option = true;
  } else if (arg == "--parts") {
    const char* list = value();
    if (list == nullptr) return UsageError("--parts needs a list");
    const std::optional<ReportParts> chosen = ParseReportParts(list);
    if (!chosen) {
      return UsageError(std::string("--parts takes all, projection or a comma list of "
                                    "uncertainty, tornado, scenarios, goal; not '") +
                        list + "'");
    }
    o.parts = *chosen;
  } else if (arg == "--batch") {
    o.batch = true;
  } else if (arg == "--reported") {
    o.reported = true;
  } else if (arg == "--set") {
    const char* setting = value();
    if (setting == nullptr) return UsageError("--set needs KEY=VALUE");
    if (const int status = ReadTyped(setting, o); status != kGoOn) return status;
  } else if (arg == "--preset") {
    const char* id = value();
    if (id == nullptr) return UsageError("--preset needs an ID");
    o.preset = FindPreset(id);
    if (o.preset == nullptr) return UsageError(std::string("no preset called '") + id + "'");
  } else if (arg.size() > 1 && arg.front() == '-' && arg[1] == '-') {
    return UsageError("unknown option " + std::string(arg));
  } else if (o.link_given) {
    return UsageError("give one link (quote it: '&' means something to the shell)");
  } else {
    o.link = std::string(arg);
    o.link_given = true;
  }
  return kGoOn;
}

// --batch: one line of JSON for each link of standard input.
int RunBatch(const Options& o, const awscalc::LinkState& base) {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::fputs((awscalc::Session(awscalc::ParseLink(line, base)).Json(o.parts) + "\n").c_str(),
               stdout);
  }
  return std::ferror(stdout) ? 2 : 0;
}

// The session in the format asked for (the session finishes its runs as it is asked).
void Print(const Options& o, awscalc::Session& session) {
  using namespace awscalc;
  switch (o.format) {
    case Output::kTable:
      std::fputs(cli::FormatTable(session).c_str(), stdout);
      std::fputs(cli::FormatAnalysis(session, o.parts).c_str(), stdout);
      break;
    case Output::kCsv:
      std::fputs(session.Csv(o.exact ? CsvValues::kExact : CsvValues::kRounded).c_str(), stdout);
      break;
    case Output::kZip: {
      const std::string zip =
          session.DataZip(o.exact ? CsvValues::kExact : CsvValues::kRounded,
                          ExportLink(o.link, session.CanonicalLink()), ExportDate());
      std::fwrite(zip.data(), 1, zip.size(), stdout);
      break;
    }
    case Output::kSvg: {
      const ExportChart shown = o.chart.value_or(TabAt(session.link().view.tab).chart);
      ExportFrame frame = o.frame;
      frame.dark = frame.dark || session.link().view.theme == Theme::kDark;
      frame.date = ExportDate();
      frame.link = ExportLink(o.link, session.CanonicalLink());
      std::fputs(ExportChartSvg(session, shown, frame).c_str(), stdout);
      break;
    }
    case Output::kJson:
      std::fputs((session.Json(o.parts) + "\n").c_str(), stdout);
      break;
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace awscalc;
  cli::AddCliMessages();
  Options options;
  for (int i = 1; i < argc; ++i) {
    if (const int status = ReadArgument(argc, argv, &i, options); status != kGoOn) return status;
  }
  if (options.exact && options.format != Output::kCsv && options.format != Output::kZip) {
    return UsageError("--exact goes with --csv or --zip");
  }
  if (options.svg_option && options.format != Output::kSvg) {
    return UsageError("--chart, --dark, --width, --size and --graphic go with --svg");
  }
  if (options.reported) {
    if (options.link_given || options.batch || options.preset != nullptr ||
        options.format == Output::kSvg || options.format == Output::kZip) {
      return UsageError(
          "--reported takes no link, preset or --batch, and --table, --csv or --json");
    }
    std::fputs(options.format == Output::kJson  ? (ReportedFactsJson() + "\n").c_str()
               : options.format == Output::kCsv ? ReportedFactsCsv().c_str()
                                                : ReportedFactsTable().c_str(),
               stdout);
    return 0;
  }
  // A preset replaces the article's assumptions; the link's settings apply on top.
  LinkState base;
  if (options.preset != nullptr) base.assumptions = options.preset->assumptions;
  if (options.batch) {
    if (options.format != Output::kJson) return UsageError("--batch writes JSON: add --json");
    if (options.link_given) return UsageError("--batch reads its links from standard input");
    return RunBatch(options, base);
  }
  // The argument may be a whole URL pasted from an address bar (the link is its
  // fragment), else it is the link itself; --batch's lines are always links, as the page
  // reads its fragment.
  const std::string link(LinkOfUrl(options.link).value_or(options.link));
  // The language the link was shared in ("lang=de"), unless --lang chose one: known before
  // the link is read for good, so that its problems are said in it too.
  if (const Locale* language = ParseLink(link, base).state.view.language;
      !options.lang_given && language != nullptr) {
    UseLanguage(language->code);
  }
  ParsedLink parsed = ParseLink(link, base);
  // Typed values on top, each read as the page reads what a reader types.
  for (const Options::Typed& typed : options.typed) {
    ParsedLink next = ApplyInputText(parsed.state, *typed.input, typed.year_index, typed.text);
    parsed.state = next.state;
    for (LinkProblem& problem : next.problems) parsed.problems.push_back(std::move(problem));
  }
  Session session(parsed);
  const std::vector<std::string> problems = session.problems();
  for (const std::string& problem : problems) {
    std::fprintf(stderr, "aws-calc: link problem: %s\n", problem.c_str());
  }
  Print(options, session);
  return problems.empty() ? 0 : 1;
}
