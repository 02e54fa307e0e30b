// semantic_log.h: what a frame of the interface tells the page's semantic layer, and
// what the page asks of the interface's controls.
//
// Every control is recorded in the frame's layout log under a key ("slider:gm",
// "tab:range", "source:gm", "year:2026") with its role, accessible name and state, and
// every text, heading and chart with its words, in drawing order; SemanticLogJson writes
// the log for the page (web/semantics.js builds real DOM elements over it). What those
// elements are asked to do comes back as actions (press, step, home, end, set) that the
// control of that key carries out when it is drawn (widgets.h).
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"

namespace awscalc::ui {

// What a recorded part of the interface is, for assistive technology.
enum class Role : unsigned char {
  kNone,  // a named rectangle only ("headline")
  kButton,
  kLink,
  kTab,    // one of the result sections
  kRadio,  // one of a group of choices (presets, years, outputs)
  kCheckbox,
  kSlider,
  kTextbox,
  kHeading,
  kText,    // a paragraph, a table's row
  kImage,   // a chart, with words that say what it shows
  kSelect,  // one choice of several in one control (the page's native select)
  kPanel,   // the part a tab list or a select shows: `children` items follow inside it
};

// "button", "link", "tab", "radio", "checkbox", "slider", "textbox", "heading", "text",
// "image", "select", "panel"; "" for kNone.
const char* RoleName(Role role);

// A named part of one frame, in CSS px: a control with its key, role, accessible name and
// state; a text, a heading or a chart with its words; or a named rectangle.
struct LayoutItem {
  char name[32] = {};  // "slider:rev.2026", "chart", "text:12"
  ImVec4 rect;         // x, y, width, height
  Role role = Role::kNone;
  bool checked = false;  // a selected tab or choice, a ticked box, an open source
  char label[160] = {};  // the accessible name: "Anthropic gross margin, 2026" (room for languages
                         // that run longer)
  int text = -1;         // in the frame's text pool: a text's words, a chart's
                         // description, a link's address, a text box's value
  char value[40] = {};   // a slider's value as shown ("60.0%"); a choice's group name
                         // ("Year"), for its radio group or tab list
  double now = 0;        // a slider's value, and its track's ends
  double min = 0;
  double max = 0;
  double valid_min = 0;  // a slider's valid range (typed values may pass the track)
  double valid_max = 0;
  double step = 0;  // a slider's step
  ImVec4 thumb;     // a slider's thumb and its value's text, x, y, w, h
  ImVec4 value_rect;
  ImVec2 track;             // the x of the thumb's centre at the track's two ends
  unsigned char level = 0;  // a heading's level (2, 3)
  bool disabled = false;    // a control that cannot be used now
  int children = 0;         // a panel: how many of the items after it are inside it
};
using LayoutLog = ImVector<LayoutItem>;
// Words of any length, each null-terminated; LayoutItem::text indexes it.
using TextPool = ImVector<char>;

// What the page's semantic layer asks a control to do.
enum class ActionKind : unsigned char {
  kPress,  // a button, tab, choice, box or source toggle: as a click
  kStep,   // a slider: `steps` steps up (down when negative)
  kHome,   // a slider: the start of its track
  kEnd,    // a slider: its end
  kSet,    // a slider or a text box: the value `text` a reader typed
};
struct ControlAction {
  char name[32] = {};
  ActionKind kind = ActionKind::kPress;
  int steps = 0;
  char text[256] = {};
};

// What the interface and the page's semantic layer share from frame to frame.
struct ControlState {
  // For the next frame: each is carried out by the control of its name when that is
  // drawn; the rest are dropped at the frame's end.
  ImVector<ControlAction> actions;
  int taken = 0;               // actions carried out so far (was the control there?)
  char focused[32] = {};       // the control whose element has focus...
  bool focus_visible = false;  // ...by keyboard: its ring is drawn
  // A typed value (kSet) the control refused, and why (the link's words), for the page.
  char refused[32] = {};
  char problem[320] = {};
};

// Queues an action for the control `name` (cut to fit).
void QueueAction(ControlState* state, const char* name, ActionKind kind, int steps = 0,
                 const char* text = nullptr);

// The one path an action takes, for the page (src/web/app.cpp) and the UI tests
// (headless.cpp) alike: queue it, build one frame (`draw_frame()`, which offers it to the
// control of its name), and read what came of it. ActOnControl: was it taken (the
// control was drawn)? TypeIntoControl: "" when a typed value was taken and used, else
// the reader's words: the control's refusal (ReadTypedValue's), or that no such control
// is on screen.
template <typename DrawFrame>
bool ActOnControl(ControlState* state, const char* name, ActionKind kind, int steps,
                  DrawFrame&& draw_frame) {
  const int taken = state->taken;
  QueueAction(state, name, kind, steps);
  draw_frame();
  return state->taken != taken;
}
template <typename DrawFrame>
std::string TypeIntoControl(ControlState* state, const char* name, const char* text,
                            DrawFrame&& draw_frame) {
  const int taken = state->taken;
  QueueAction(state, name, ActionKind::kSet, 0, text);
  draw_frame();
  if (state->taken == taken) {
    return std::string("\"") + name + "\" is not a control on screen now: nothing was changed.";
  }
  return std::string(name) == state->refused ? std::string(state->problem) : std::string();
}

// A named rectangle (the headline), recorded in `log`.
void RecordRect(LayoutLog* log, const char* name, const ImVec2& min, const ImVec2& max);

// The words of an item (its `text` in the pool), or "".
const char* ItemText(const TextPool& pool, const LayoutItem& item);

// The log as the page reads it: a JSON array of the items with a role (named rectangles
// are left out), each with its name, role, place (CSS px), accessible name, state and
// words. The format is web/semantics.js's input.
std::string SemanticLogJson(const LayoutLog& log, const TextPool& pool);

// The parts of SemanticLogJson, for the page's other reports: "[x,y,w,h]"; whether a
// role is a control's (not a text's, a heading's, an image's or none); one item.
std::string RectJson(const ImVec4& rect);
bool IsControl(Role role);
void AppendItemJson(std::string& json, const LayoutItem& item, const TextPool& pool);

// "step", "home", "end"; anything else is a press.
ActionKind ActionKindOf(std::string_view kind);

}  // namespace awscalc::ui
