// widgets.h: the calculator's controls and text, built on Dear ImGui's internals:
//   ValueSlider    a slider made for thumbs as well as mice: its track and step come
//                  from the caller (the core's input table), its value stands beside the
//                  track (never under the thumb), a finger drags relative to where it
//                  went down and a tap never changes the value; a mouse click on the
//                  track jumps, as on desktops
//   ChoiceButtons  a row of wrapping buttons, one selected (tabs, presets, years)
//   ChoiceSelect   one choice of several in one row (a phone's result sections)
//   PushButton, CheckBox, LinkButton, TextBox, InputLabel (a label with its source and
//                  the note's value)
//   text           wrapped at spaces only, so a figure ("$4.41B") or a unit never breaks
//   TextGrid, ColumnScope   tables and columns for the panels
//
// Sizes follow the pointer: with a coarse pointer (a finger) every control is at least
// kCoarseControlPx tall, with a fine one at least kFineControlPx (WCAG 2.5.8's 24 px).
//
// The semantic layer. Every control is recorded in the frame's layout log under a key
// ("slider:gm", "tab:range", "source:gm", "year:2026") with its role, accessible name
// and state, and every text, heading and chart with its words, in drawing order: the
// page builds real DOM elements over them (web/semantics.js), where keyboard focus,
// screen readers and typed values live. What those elements are asked to do comes back
// as actions (press, step, home, end) that the control of that key carries out when it
// is drawn; the one whose element has keyboard focus draws its focus ring. Dear ImGui's
// own keyboard navigation is not used.
#pragma once

#include <initializer_list>
#include <limits>
#include <span>
#include <string>

#include "core/format.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/semantic_log.h"
#include "ui/theme.h"

namespace awscalc::ui {

inline constexpr float kCoarseControlPx = 44.0f;  // Apple's 44 pt; Material's 48 dp
inline constexpr float kFineControlPx = 26.0f;    // at least WCAG 2.5.8's 24 px

// What every control needs from the frame.
struct WidgetContext {
  const Fonts* fonts = nullptr;
  const Palette* palette = nullptr;
  LayoutLog* layout = nullptr;  // optional, with:
  TextPool* text = nullptr;
  ControlState* controls = nullptr;  // optional
  bool coarse = false;               // the reader points with a finger: thumb-sized controls
  float ControlHeight() const { return coarse ? kCoarseControlPx : kFineControlPx; }
};

// What a tab list or a select shows, as a panel of the semantic layer: BeginPanel before
// it is drawn (its index in the log, -1 without one), EndPanel after, with what was
// recorded in between inside it. `label`: the chosen tab's words.
int BeginPanel(const WidgetContext& context, const char* group, const char* label);
void EndPanel(const WidgetContext& context, int begin);

// A chart, recorded with the words that describe it.
void RecordImage(const WidgetContext& context, const char* name, const ImVec2& min,
                 const ImVec2& max, const char* description);
struct SliderSpec {
  double track_min = 0;    // the slider's track; typed values and links may go beyond
  double track_max = 100;  // it...
  double valid_min = 0;    // ...up to the valid range, where they are clamped
  double valid_max = 100;
  double step = 0.5;           // values a drag or a key lands on (multiples of it)
  Unit unit = Unit::kPercent;  // the value's text ("$4.00B", "60.0%") with `decimals`
  int decimals = 1;
  bool change = false;            // a change from the reader's value: "+1.0 pts"
  const char* caption = nullptr;  // words before the value ("target: ")
  const char* text = nullptr;     // the value's text instead ("2025–2027")
  double marker_value = std::numeric_limits<double>::quiet_NaN();    // the note's value
  double reported_value = std::numeric_limits<double>::quiet_NaN();  // reported since
  float width = 0;                                                   // CSS px; 0 fills the line
};

// A slider of `*value`, recorded as "slider:<key>" with the accessible name `label`.
// Returns true when the reader changed the value (on the step grid, within the valid
// range). Typed values arrive through the page (web/semantics.js, the module's
// setControlValue), validated as a link's.
bool ValueSlider(const WidgetContext& context, const char* key, const char* label, double* value,
                 const SliderSpec& spec);

// A label line: the name, a small "source" toggle (recorded as "source:<key>") that shows
// `source` under it, and `note` in muted text ("note: 60%"). On a wide column one line;
// on a narrow one the name, then the note and the toggle: every row has the same rhythm.
// `reported` ("reported 2025: $4.59B"), when given, is a line of its own under it, after
// the hollow marker its figure has on the slider. Returns whether the source is open.
bool InputLabel(const WidgetContext& context, const char* key, const char* label,
                const char* source, const char* note, const char* reported = nullptr);

// Buttons laid out left to right, wrapping to new lines as whole buttons; the selected
// one is filled with the accent. Each is recorded as "<group>:<keys[i]>" with `role`
// (kTab or kRadio) in the group named `group_label` ("Year"). Returns true when the
// selection changed.
bool ChoiceButtons(const WidgetContext& context, const char* group, const char* group_label,
                   const char* const* labels, const char* const* keys, int count, int* selected,
                   Role role = Role::kRadio);

// One choice of several as one full-width control (a phone's result sections): the chosen
// label and a chevron; the page puts a native select over it (Role::kSelect, its value the
// chosen key, its text the "key\tlabel" lines). Recorded as "select:<group>".
bool ChoiceSelect(const WidgetContext& context, const char* group, const char* group_label,
                  const char* const* labels, const char* const* keys, int count, int* selected);

// A button recorded as "button:<key>"; true when pressed. `label` may carry an ImGui id
// suffix ("Hide the ranges###ranges").
bool PushButton(const WidgetContext& context, const char* key, const char* label);

// A tick box with its label, recorded as "<key>" with the accessible name `accessible`
// (or the label); true when toggled.
bool CheckBox(const WidgetContext& context, const char* key, const char* label, bool* value,
              const char* accessible = nullptr);

// A link to `url`, recorded as "link:<key>" (the page puts a real link over it); true
// when the canvas's own text was activated.
bool LinkButton(const WidgetContext& context, const char* key, const char* label, const char* url);

// A one-line text field's look, `width` CSS px wide, showing `value`; recorded as
// "input:<key>" with the accessible name `label`. The page edits it with a real text
// field over it; what the reader typed comes back here (a kSet action): returned, for
// the caller to check and take, or to refuse with RefuseTyped. Else nullptr.
const char* TextBox(const WidgetContext& context, const char* key, const char* label,
                    const char* value, float width);
// The text typed into the control `name` is not taken, because of `problem`.
void RefuseTyped(const WidgetContext& context, const char* name, const char* problem);

// One line of text, not wrapped (a caption beside a control), recorded as a text of the
// semantic layer; `font` nullptr: the current one.
void TextLine(ImFont* font, ImU32 colour, const char* text);

// Text wrapped at spaces (never inside a figure), in a colour and font (nullptr: the
// current font); recorded as a text of the semantic layer.
void TextWrappedColored(ImFont* font, ImU32 colour, const char* text);
void TextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) IM_FMTARGS(3);

// The same in synthetic bold: the regular face drawn again a device pixel or two to the
// right (saves shipping a bold face: ~7 KB gzip). For headings, the title and figures.
void BoldTextWrapped(ImFont* font, ImU32 colour, const char* text);
void BoldTextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) IM_FMTARGS(3);

// A section heading with space above it (a heading of the semantic layer, `level` 2-3),
// in `colour` (0: the text colour).
void Heading(const WidgetContext& context, const char* text, int level = 2, ImU32 colour = 0);

// `text` with its spaces turned into line breaks where a line of `font` at `size` would
// pass `width`: lines break only at spaces, so a figure ("$4.41B", "10,000") or a unit
// stays whole. In ImGui's temporary buffer until the next call; `*out_end` its end.
const char* WrapAtSpaces(ImFont* font, float size, const char* text, const char* text_end,
                         float width, const char** out_end);

// The semantic layer's records, for the functions above (and the panels' own drawing):
// the text last drawn, and the pool and log of the frame that drawing happens in. Set by
// DrawCalculator for the frame; cleared after it.
void SetSemanticTarget(const WidgetContext* context);

// Lays out what is drawn inside it as a column from `min_x` to `max_x` (screen
// pixels) of the current window: wrapping text, full-width controls and new lines stay
// within it. Starts at the cursor; Bottom() is where its content ended.
class ColumnScope {
 public:
  ColumnScope(float min_x, float max_x);
  ~ColumnScope();
  ColumnScope(const ColumnScope&) = delete;
  ColumnScope& operator=(const ColumnScope&) = delete;
  float Bottom() const;

 private:
  float saved_content_max_x_ = 0;
  float saved_work_max_x_ = 0;
};

// A table of text laid out on the full content width: columns sized by weight, the
// first left-aligned (labels, wrapped over lines when long), the others right-aligned
// (numbers, one line), every other row shaded. Each row is a text of the semantic layer:
// "Anthropic revenue: 2025 $4.00B, 2026 $10.00B" (with the header's titles).
//
//   TextGrid grid(context, {2.0f, 1.0f, 1.0f});
//   grid.Header({"", "2025", "2026"});
//   grid.Cell("Revenue"); grid.Cell("$4.00B"); grid.Cell("$10.00B");   // rows wrap
class TextGrid {
 public:
  TextGrid(const WidgetContext& context, std::initializer_list<float> weights)
      : TextGrid(context, std::span<const float>(weights.begin(), weights.size())) {}
  TextGrid(const WidgetContext& context, std::span<const float> weights);
  // Titles of the columns in full words, in the small muted font, wrapped at spaces
  // (the header row as tall as its tallest); the rows' words name them.
  void Header(std::initializer_list<const char*> titles) {
    Header(std::span<const char* const>(titles.begin(), titles.size()));
  }
  void Header(std::span<const char* const> titles);
  // The next cell; after the last column the row ends. `colour` 0: the text colour.
  void Cell(const char* text, ImU32 colour = 0);

 private:
  static constexpr float kCellPadding = 6.0f;  // each side of a cell's words
  const WidgetContext& context_;
  float left_ = 0;
  float line_height_ = 0;     // a one-line row
  float row_height_ = 0;      // the current row: taller when its label wraps
  ImVector<float> column_x_;  // column edges, count + 1 of them, screen x
  int column_ = 0;
  int row_ = 0;
  float row_y_ = 0;
  bool in_header_ = false;
  ImVector<char> titles_;  // the header's titles, each null-terminated
  ImVector<char> words_;   // the row being drawn, for the semantic layer
};

}  // namespace awscalc::ui
