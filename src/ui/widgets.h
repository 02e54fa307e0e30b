// widgets.h: the calculator's controls, built from Dear ImGui widgets: a labelled
// slider that shows its unit, its source and the note's value; a row of wrapping
// choice buttons; wrapped text with a colour.
//
// Every widget reports itself to the TabStops of the frame, so the platform layer
// knows where keyboard focus may leave the canvas.
#pragma once

#include <initializer_list>
#include <span>
#include <string>

#include <limits>

#include "core/assumptions.h"
#include "core/format.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace awscalc::ui {

// The first and last keyboard stops drawn this frame (ImGui ids).
struct TabStops {
  ImGuiID first = 0;
  ImGuiID last = 0;
  // Call right after a focusable widget.
  void Track() {
    const ImGuiID id = ImGui::GetItemID();
    if (id == 0) return;
    if (first == 0) first = id;
    last = id;
  }
};

// Where named parts of the interface were drawn this frame (CSS px): the charts and the
// sliders ("slider:gm", "slider:rev.2026") and the "Different each year" boxes
// ("years:gm"), for the page's stats() (tests, automation) to find them.
struct NamedRect {
  char name[24] = {};
  ImVec4 rect;  // x, y, width, height
};
using LayoutLog = ImVector<NamedRect>;
void RecordRect(LayoutLog* log, const char* name, const ImVec2& min, const ImVec2& max);

// What every control needs from the frame.
struct WidgetContext {
  const Fonts* fonts = nullptr;
  const Palette* palette = nullptr;
  TabStops* tab_stops = nullptr;
  LayoutLog* layout = nullptr;  // optional
};

struct SliderSpec {
  double slider_min = 0;  // the slider's travel; typed values may go beyond it...
  double slider_max = 100;
  double valid_min = 0;  // ...up to the input's valid range, where they are clamped
  double valid_max = 100;
  Unit unit = Unit::kPercent;     // the value's text ("$4.00B", "60.0%") and, with
  int decimals = 1;               // `decimals`, the slider's step
  bool change = false;            // a change from the reader's value: "+1.0 pts"
  const char* caption = nullptr;  // words before the value ("target: ")
  double marker_value = std::numeric_limits<double>::quiet_NaN();  // the note's value
  bool logarithmic = false;
  float width = -FLT_MIN;      // CSS px; the default fills the line
  const char* name = nullptr;  // recorded in the layout log as "slider:<name>"
};

// The slider of an input of the core's table in a year: its track, valid range, unit,
// decimals and reference marker.
SliderSpec InputSliderSpec(const InputInfo& info, int year_index);

// A full-width slider. Returns true when the reader changed the value (clamped to the
// valid range). Ctrl+click or Enter types a value.
bool ValueSlider(const WidgetContext& context, const char* id, double* value,
                 const SliderSpec& spec);

// A label line: the name in body text, then a small "source" toggle that shows
// `source` inline (tap, click, Enter) and as a tooltip (hover), and `note` in muted
// text at the right ("note: 60%"). Returns nothing; the toggle keeps its own state.
void InputLabel(const WidgetContext& context, const char* label, const char* source,
                const char* note);

// Buttons laid out left to right, wrapping to new lines; the selected one is filled
// with the accent. Returns true when the selection changed.
bool ChoiceButtons(const WidgetContext& context, const char* id, const char* const* labels,
                   int count, int* selected);

// Wrapped text in a colour and font (nullptr: the current font).
void TextWrappedColored(ImFont* font, ImU32 colour, const char* text);
// The same, formatted printf-style.
void TextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) IM_FMTARGS(3);

// Wrapped text drawn in synthetic bold: the regular face drawn again a device pixel or
// two to the right (saves shipping a bold face: ~7 KB gzip). For headings, the title and key
// figures.
void BoldTextWrapped(ImFont* font, ImU32 colour, const char* text);
void BoldTextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) IM_FMTARGS(3);

// A button that looks like a link; returns true when activated.
bool LinkButton(const WidgetContext& context, const char* label);

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
// (numbers, one line), every other row shaded. (Dear ImGui's tables would cost ~10 KB of download.)
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
