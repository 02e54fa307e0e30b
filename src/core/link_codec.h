// link_codec.h: the share link's codec, inside the core (share_link.h is its public face).
//
// Three rooms, one job each:
//   link_values.cpp  what a value may be: percent-escapes, printable echoes, numbers with
//                    their ranges and units, per-year lists, and the problems a link's
//                    reader is told about (also ReadTypedValue, the one validator of a
//                    typed value);
//   link_keys.cpp    one row per key of the link: its name, its reader and its writer;
//   share_link.cpp   ParseLink and CanonicalLink walk the rows, and scenarios reuse the
//                    model's rows under "s1." to "s3.".
// Nothing outside these three files includes this header.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/format.h"
#include "core/share_link.h"
#include "core/small_sort.h"

namespace awscalc::link_codec {

// -----------------------------------------------------------------------------------
// Text: what a stranger sent, decoded and echoed safely (link_values.cpp)

int HexValue(char c);  // 0-15, or -1 when `c` is not a hex digit
// Decodes %XX escapes; false when an escape is broken ("%", "%z1").
bool PercentDecode(std::string_view in, std::string& out);
// What the reader typed, safe to show anywhere (a terminal, JSON, the DOM's textContent):
// printable ASCII as is, every other byte as %XX, at most 40 characters.
std::string Printable(std::string_view raw);
// Unreserved characters (RFC 3986) as they are, every other byte as %XX: names in links.
std::string PercentEncode(std::string_view text);
std::string YearName(int year_index);  // "2026"
// A value as a message writes it: exact, ASCII ("-$0.5B", "x1.3", "-10 points").
std::string ValueText(Unit unit, double value);

// -----------------------------------------------------------------------------------
// Problems: collected with their position in the link, capped

// One "key=value" of a link, decoded, with its position (1-based) for ordering problems.
struct Segment {
  std::string key;
  std::string value;
  std::size_t position = 0;
  std::string Echo() const { return Printable(key) + "=" + Printable(value); }
};

class Problems {
 public:
  void Add(const Segment& segment, std::string reason) {
    Add(segment.position, Printable(segment.key), Printable(segment.value),
        segment.Echo() + ": " + std::move(reason));
  }
  void Add(std::size_t position, std::string key, std::string given, std::string message) {
    items_.push_back({position, {std::move(key), std::move(given), std::move(message)}});
    // Keep memory bounded for links with thousands of problems: only the earliest
    // kMaxReportedProblems (by position) can be shown.
    if (items_.size() > 4 * kMaxReportedProblems) Trim();
  }
  void Finish(ParsedLink& parsed) {
    Trim();
    for (auto& item : items_) parsed.problems.push_back(std::move(item.second));
    parsed.unreported_problems = dropped_;
  }

 private:
  void Trim() {
    SmallStableSort(items_.begin(), items_.end(),
                    [](const auto& a, const auto& b) { return a.first < b.first; });
    if (items_.size() > kMaxReportedProblems) {
      dropped_ += items_.size() - kMaxReportedProblems;
      items_.resize(kMaxReportedProblems);
    }
  }
  std::vector<std::pair<std::size_t, LinkProblem>> items_;
  std::size_t dropped_ = 0;
};

// -----------------------------------------------------------------------------------
// Values: numbers with ranges, per-year lists (link_values.cpp)

// What a number key accepts and how its messages name it.
struct NumberSpec {
  std::string label;  // "Anthropic gross margin"
  double min_value = 0;
  double max_value = 0;
  Unit unit = Unit::kPlain;
  bool whole = false;  // whole numbers only (samples, seed, year)
  const char* example = "12.5";
};

NumberSpec SpecOf(const InputInfo& info);

// Reads one number; `year_index` -1 for scalar inputs. Returns the value to use: the
// number, clamped to the range, or `current` (the value before the link, normally the
// default) when it is not a usable number; `*used` says which.
double ReadValue(const Segment& segment, std::string_view text, const NumberSpec& spec,
                 int year_index, double current, Problems& problems, bool* used = nullptr);

// "4,10,19" -> {"4", "10", "19"}; "" -> {""}.
std::vector<std::string_view> SplitList(std::string_view text);

// A per-year list: one value for all years, or one per year of the horizon.
void ReadYearList(const Segment& segment, const InputInfo& info, int horizon_years,
                  YearValues& values, Problems& problems);

// The value of a per-year key: nothing when the horizon's years equal `base`'s (what a
// link without the key gives), else one value when all years agree, else one per year.
bool YearListText(const YearValues& values, const YearValues& base, int horizon_years,
                  std::string& text);

// -----------------------------------------------------------------------------------
// Keys: one row per key of the link (link_keys.cpp)

struct KeySpec;
// Applies a key's value to the state (or reports why not).
using KeyReader = void (*)(const KeySpec&, const Segment&, LinkState&, Problems&);
// The value text when the state differs from `base` (the state a link without the key
// gives), else false.
using KeyWriter = bool (*)(const KeySpec&, const LinkState&, const LinkState&, std::string&);

// Where a key's name comes from: its row, or the input or uncertainty table.
enum class KeyNameFrom : std::uint8_t { kRow, kInputTable, kRangeLow, kRangeHigh };

struct KeySpec {
  std::string_view key;  // empty when the name comes from a table (KeyName)
  KeyReader read = nullptr;
  KeyWriter write = nullptr;
  KeyNameFrom name_from = KeyNameFrom::kRow;
  int index = 0;  // the input table's row, or the uncertain input
};

// The model's keys, which scenarios reuse under "sN.", are rows
// [kFirstModelKey, kFirstModelKey + kModelKeyCount) of kLinkKeys.
inline constexpr std::size_t kFirstModelKey = 1;
inline constexpr std::size_t kModelKeyCount = kInputCount;
inline constexpr std::size_t kKeyCount = 1 + kModelKeyCount + 4 + 2 * kUncertainInputCount + 8;

// Every key of the link, in parse order = canonical order.
extern const std::array<KeySpec, kKeyCount> kLinkKeys;

// A key's name: its own, or its input's or range's from their tables.
std::string_view KeyName(const KeySpec& spec);

inline void ReadKey(const KeySpec& spec, const Segment& segment, LinkState& state,
                    Problems& problems) {
  spec.read(spec, segment, state, problems);
}

inline bool WriteKey(const KeySpec& spec, const LinkState& state, const LinkState& base,
                     std::string& value) {
  return spec.write(spec, state, base, value);
}

}  // namespace awscalc::link_codec
