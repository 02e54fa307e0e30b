// results.h: the one table of results: every figure a projection gives, each declared
// once with its key (JSON and CSV, README.md "The page's JavaScript API"), its label for people
// (the CLI's table, the interface's "All figures", the page's text version), its unit
// and the decimals people see. The reports (report.h) and every table loop over it, so
// adding a result is a row here (and its formula in projection.cpp).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/format.h"
#include "core/projection.h"

namespace awscalc {

// Where a result appears.
enum ResultDoor : unsigned {
  kInJson = 1,    // the result keys: --json, results(), the Embind API
  kInCsv = 2,     // the CSV file
  kInTables = 4,  // the tables people read: the CLI, "All figures", the text version
};

struct ResultInfo {
  const char* key;    // "awsFromAnthropic"
  const char* label;  // "AWS revenue from Anthropic"
  Unit unit;
  int decimals;    // as people see it
  bool per_year;   // one value per year, or one for the projection
  unsigned doors;  // ResultDoor bits
  bool change;     // a difference: written with its sign ("+$0.10B")
  // The value in a year (single values ignore the year); none where there is none (the
  // note has no figure after 2027; the first year has no growth contribution).
  std::optional<double> (*value)(const Projection& projection, int year_index);
  // Words for no value where no value means something, with %d the last year projected
  // ("not by %d": the investment is not covered within the years projected); nullptr:
  // none is just none (blank in a file, "n/a" for people): the key of its message, whose
  // {year} is the last year (core/messages.cpp: "not by {year}").
  const char* none = nullptr;
};

// A result's words for no value in `projection` ("not by 2027"), or "" when none is just
// none (ResultInfo::none).
std::string NoneWords(const ResultInfo& info, const Projection& projection);

std::span<const ResultInfo> AllResults();
// The result with this key, or nullptr.
const ResultInfo* FindResult(std::string_view key);

// A cell of a people's table: "$1.20B", "60.0%", "+1.41 pts", "~$3B" (the note's
// approximate figure), "n/a". Without the unit (the CLI, whose labels carry it):
// "1.20", "~3.00".
ShortText ResultCell(const ResultInfo& info, const Projection& projection, int year_index,
                     bool with_unit = true);

// "AWS revenue from Anthropic ($B)": a label with its unit, for tables whose cells have
// none.
std::string LabelWithUnit(const ResultInfo& info);

}  // namespace awscalc
