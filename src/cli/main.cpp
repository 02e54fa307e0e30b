// main.cpp: `aws-calc`, the calculator for analysts and scripts.
//
//   aws-calc [--table | --csv | --json] [--parts LIST] [--preset ID] [LINK]
//   aws-calc --json --batch [--parts LIST] [--preset ID] < LINKS   (one link per line)
//
// LINK is a share link: a fragment ("v=1&gm=55"), "#v=1&gm=55", or a whole URL. Prints
// the same projection the page shows for that link, with its uncertainty (Monte Carlo),
// tornado, scenarios and goal seek (--parts chooses). Exit status: 0 for a clean link,
// 1 when the link had problems (listed on stderr; the projection is still printed),
// 2 when the arguments cannot be used. --batch reads links from standard input, one
// per line, and prints one line of JSON for each (their problems inside it): the
// differential test's way to ask thousands of links in one process.
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "cli/table.h"
#include "core/presets.h"
#include "core/report.h"
#include "core/session.h"

namespace {

constexpr const char* kUsage =
    "usage: aws-calc [--table | --csv | --json] [--parts LIST] [--preset note|matched|bear|bull]\n"
    "                [LINK]\n"
    "       aws-calc --json --batch [--parts LIST] [--preset ID] < LINKS\n";

constexpr const char* kHelp =
    "Projects AWS revenue from Anthropic (Morgan Stanley's note, as reported by Business\n"
    "Insider in July 2025) for a share link of the calculator page.\n"
    "\n"
    "  LINK            a fragment such as 'v=1&rev=4,10,19&gm=60', with or without '#',\n"
    "                  or the page's whole URL; none means the article's assumptions\n"
    "  --table         a table for people (the default)\n"
    "  --csv           one row per result key, one column per year\n"
    "  --json          the result keys of the page's awsCalc.results()\n"
    "  --parts LIST    what to add to the projection (table and JSON): 'all' (the\n"
    "                  default), 'projection' (nothing), or a comma list of\n"
    "                  uncertainty, tornado, scenarios, goal; CSV is the projection only\n"
    "  --preset ID     start from a preset instead of the article's assumptions;\n"
    "                  a LINK's settings then apply on top of it\n"
    "  --batch         with --json: read links from standard input, one per line,\n"
    "                  and print one line of JSON for each (problems inside it)\n"
    "\n"
    "Problems in the link go to stderr and the exit status is 1; the projection is\n"
    "still printed with every valid setting applied.\n";

enum class Output { kTable, kCsv, kJson };

int UsageError(const std::string& message) {
  std::fprintf(stderr, "aws-calc: %s\n%s", message.c_str(), kUsage);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace awscalc;
  Output format = Output::kTable;
  bool format_given = false;
  const Preset* preset = nullptr;
  ReportParts parts;
  std::string link;
  bool link_given = false;
  bool batch = false;

  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::printf("%s\n%s", kUsage, kHelp);
      return 0;
    } else if (arg == "--table" || arg == "--csv" || arg == "--json") {
      const Output f = arg == "--csv"    ? Output::kCsv
                       : arg == "--json" ? Output::kJson
                                         : Output::kTable;
      if (format_given && f != format) return UsageError("choose one of --table, --csv, --json");
      format = f;
      format_given = true;
    } else if (arg == "--parts") {
      if (i + 1 >= argc) return UsageError("--parts needs a list");
      const std::optional<ReportParts> chosen = ParseReportParts(argv[++i]);
      if (!chosen) {
        return UsageError(std::string("--parts takes all, projection or a comma list of "
                                      "uncertainty, tornado, scenarios, goal; not '") +
                          argv[i] + "'");
      }
      parts = *chosen;
    } else if (arg == "--batch") {
      batch = true;
    } else if (arg == "--preset") {
      if (i + 1 >= argc) return UsageError("--preset needs an ID");
      preset = FindPreset(argv[++i]);
      if (preset == nullptr) return UsageError(std::string("no preset called '") + argv[i] + "'");
    } else if (arg.size() > 1 && arg.front() == '-' && arg[1] == '-') {
      return UsageError("unknown option " + std::string(arg));
    } else if (link_given) {
      return UsageError("give one link (quote it: '&' means something to the shell)");
    } else {
      link = std::string(arg);
      link_given = true;
    }
  }

  // A preset replaces the article's assumptions; the link's settings apply on top.
  LinkState base;
  if (preset != nullptr) base.assumptions = preset->assumptions;
  if (batch) {
    if (format != Output::kJson) return UsageError("--batch writes JSON: add --json");
    if (link_given) return UsageError("--batch reads its links from standard input");
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::fputs((Session(ParseLink(line, base)).Json(parts) + "\n").c_str(), stdout);
    }
    return std::ferror(stdout) ? 2 : 0;
  }
  Session session(ParseLink(link, base));

  const std::vector<std::string> problems = session.problems();
  for (const std::string& problem : problems) {
    std::fprintf(stderr, "aws-calc: link problem: %s\n", problem.c_str());
  }
  switch (format) {
    case Output::kTable:
      std::fputs(cli::FormatTable(session).c_str(), stdout);
      std::fputs(cli::FormatAnalysis(session, parts).c_str(), stdout);
      break;
    case Output::kCsv:
      std::fputs(session.Csv().c_str(), stdout);
      break;
    case Output::kJson:
      std::fputs((session.Json(parts) + "\n").c_str(), stdout);
      break;
  }
  return problems.empty() ? 0 : 1;
}
