// widgets.h: the calculator's controls and text, built on Dear ImGui's internals:
//   ValueSlider    a slider made for thumbs as well as mice: its track and step come
//                  from the caller (the core's input table), its value stands beside the
//                  track (never under the thumb), a finger drags relative to where it
//                  went down and a tap never changes the value; a mouse click on the
//                  track jumps, as on desktops
//   ChoiceButtons  a row of wrapping buttons, one selected (tabs, presets, years)
//   PushButton, CheckBox, LinkButton, InputLabel (a label with its source and the note's
//                  value)
//   text           wrapped at spaces only, so a figure ("$4.41B") or a unit never breaks
//   TextGrid, ColumnScope   tables and columns for the panels
//
// Sizes follow the pointer: with a coarse pointer (a finger) every control is at least
// kCoarseControlPx tall, with a fine one at least kFineControlPx (WCAG 2.5.8's 24 px).
// Every control is recorded in the frame's layout log under a key ("slider:gm",
// "tab:range", "source:gm", "year:2026"), with its role, accessible name and state: the
// page's stats().layout, and its semantic layer over the canvas.
#pragma once

#include <initializer_list>
#include <limits>
#include <span>

#include "core/format.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace awscalc::ui {

inline constexpr float kCoarseControlPx = 44.0f;  // Apple's 44 pt; Material's 48 dp
inline constexpr float kFineControlPx = 26.0f;    // at least WCAG 2.5.8's 24 px

// The first and last keyboard stops drawn this frame (ImGui ids).
struct TabStops {
  ImGuiID first = 0;
  ImGuiID last = 0;
  void Track(ImGuiID id) {
    if (id == 0) return;
    if (first == 0) first = id;
    last = id;
  }
};

// What a recorded part of the interface is, for assistive technology.
enum class Role : unsigned char {
  kNone,  // a chart, the headline: not interactive
  kButton,
  kLink,
  kTab,    // one of the result sections
  kRadio,  // one of a group of choices (presets, years, outputs)
  kCheckbox,
  kSlider,
  kTextbox,
};

// A named part of one frame: a chart ("chart", "fan"), the headline, or a control with
// its key ("slider:rev.2026"), role, accessible name and state. CSS px.
struct LayoutItem {
  char name[32] = {};
  ImVec4 rect;  // x, y, width, height
  Role role = Role::kNone;
  ImGuiID id = 0;
  bool checked = false;  // a selected tab or choice, a ticked box
  char label[96] = {};   // the accessible name: "Anthropic gross margin"
  char value[40] = {};   // a slider's value as shown: "60.0%"
  double now = 0;        // a slider's value, and its track's ends
  double min = 0;
  double max = 0;
  ImVec4 thumb;  // a slider's thumb and its value's text, x, y, w, h
  ImVec4 text;
  ImVec2 track;  // the x of the thumb's centre at the track's two ends
};
using LayoutLog = ImVector<LayoutItem>;

// "button", "link", "tab", "radio", "checkbox", "slider", "textbox"; "" for kNone.
const char* RoleName(Role role);
// A chart or another named rectangle.
void RecordRect(LayoutLog* log, const char* name, const ImVec2& min, const ImVec2& max);

// What every control needs from the frame.
struct WidgetContext {
  const Fonts* fonts = nullptr;
  const Palette* palette = nullptr;
  TabStops* tab_stops = nullptr;
  LayoutLog* layout = nullptr;  // optional
  bool coarse = false;          // the reader points with a finger: thumb-sized controls
  float ControlHeight() const { return coarse ? kCoarseControlPx : kFineControlPx; }
};

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
  double marker_value = std::numeric_limits<double>::quiet_NaN();  // the note's value
  float width = 0;                                                 // CSS px; 0 fills the line
};

// A slider of `*value`, recorded as "slider:<key>" with the accessible name `label`.
// Returns true when the reader changed the value (on the step grid, within the valid
// range). Enter or Ctrl+click types a value.
bool ValueSlider(const WidgetContext& context, const char* key, const char* label, double* value,
                 const SliderSpec& spec);

// A label line: the name, a small "source" toggle (recorded as "source:<key>") that shows
// `source` under it, and `note` in muted text ("note: 60%"). On a wide column one line;
// on a narrow one the name, then the note and the toggle: every row has the same rhythm.
void InputLabel(const WidgetContext& context, const char* key, const char* label,
                const char* source, const char* note);

// Buttons laid out left to right, wrapping to new lines as whole buttons; the selected
// one is filled with the accent. Each is recorded as "<group>:<keys[i]>" with `role`
// (kTab or kRadio). Returns true when the selection changed.
bool ChoiceButtons(const WidgetContext& context, const char* group, const char* const* labels,
                   const char* const* keys, int count, int* selected, Role role = Role::kRadio);

// Records the last item ImGui added (a widget of ImGui's own, such as a text field) as a
// control named `name`.
void RecordLastItem(const WidgetContext& context, const char* name, Role role, const char* label);

// A button recorded as "button:<key>"; true when pressed.
bool PushButton(const WidgetContext& context, const char* key, const char* label);

// A tick box with its label, recorded as "<key>" with the accessible name `accessible`
// (or the label); true when toggled.
bool CheckBox(const WidgetContext& context, const char* key, const char* label, bool* value,
              const char* accessible = nullptr);

// A button that looks like a link, recorded as "link:<key>"; true when activated.
bool LinkButton(const WidgetContext& context, const char* key, const char* label);

// Text wrapped at spaces (never inside a figure), in a colour and font (nullptr: the
// current font).
void TextWrappedColored(ImFont* font, ImU32 colour, const char* text);
void TextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) IM_FMTARGS(3);

// The same in synthetic bold: the regular face drawn again a device pixel or two to the
// right (saves shipping a bold face: ~7 KB gzip). For headings, the title and figures.
void BoldTextWrapped(ImFont* font, ImU32 colour, const char* text);
void BoldTextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) IM_FMTARGS(3);

// A section heading with space above it.
void Heading(const WidgetContext& context, const char* text);

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
// (numbers, one line), every other row shaded.
//
//   TextGrid grid(context, {2.0f, 1.0f, 1.0f});
//   grid.Header({"", "2025", "2026"});
//   grid.Cell("Revenue"); grid.Cell("$4.00B"); grid.Cell("$10.00B");   // rows wrap
class TextGrid {
 public:
  TextGrid(const WidgetContext& context, std::initializer_list<float> weights)
      : TextGrid(context, std::span<const float>(weights.begin(), weights.size())) {}
  TextGrid(const WidgetContext& context, std::span<const float> weights);
  void Header(std::initializer_list<const char*> titles);
  // The next cell; after the last column the row ends. `colour` 0: the text colour.
  void Cell(const char* text, ImU32 colour = 0);

 private:
  const WidgetContext& context_;
  float left_ = 0;
  float line_height_ = 0;     // a one-line row
  float row_height_ = 0;      // the current row: taller when its label wraps
  ImVector<float> column_x_;  // column edges, count + 1 of them, screen x
  int column_ = 0;
  int row_ = 0;
  float row_y_ = 0;
};

}  // namespace awscalc::ui
