// widget_internal.h: what the widgets' own files share (semantic_log.cpp records and
// takes actions; text.cpp, slider.cpp and widgets.cpp draw). Not for the panels: they
// use widgets.h.
#pragma once

#include <cstddef>

#include "imgui_internal.h"
#include "ui/widgets.h"

namespace awscalc::ui {

// `text` into `out`, cut to fit at a whole UTF-8 character.
void CopyText(char* out, std::size_t size, const char* text, const char* text_end = nullptr);

// [text, text_end) into the pool; its offset (-1 without a pool).
int Pool(TextPool* pool, const char* text, const char* text_end = nullptr);

// An item named `name` over `rect` in the log; nullptr without a log.
LayoutItem* Record(LayoutLog* log, const char* name, const ImRect& rect);

// Is the item being drawn disabled (ImGui::BeginDisabled)?
bool Disabled();

// A control of the frame, with its accessible name (a label without its ImGui id
// suffix: "Hide the ranges###ranges").
LayoutItem* RecordControl(const WidgetContext& c, const char* name, Role role, const char* label,
                          const ImRect& rect);

// Words drawn in `rect`, as a text or heading of the semantic layer of the frame being
// recorded (SetSemanticTarget).
void RecordWords(Role role, const char* text, const char* text_end, const ImRect& rect,
                 int level = 0);

// "group:key".
void JoinName(char* out, std::size_t size, const char* group, const char* key);

// The action queued for the control `name`, taken from the queue; nullptr if none.
const ControlAction* TakeAction(const WidgetContext& c, const char* name);

// True when the page pressed the control `name` (Enter or Space on its element).
bool TakePress(const WidgetContext& c, const char* name);

// Wrapped text in a font (nullptr: the current one) and a colour; [text, text_end).
void WrappedText(ImFont* font, ImU32 colour, const char* text, const char* text_end);

// The marker of a figure reported since the note: a hollow triangle pointing up at the
// track (the note's is filled), its tip at `tip`.
void DrawReportedMarker(ImDrawList* draw, ImVec2 tip, ImU32 colour);

// The keyboard focus ring, around a control whose element has focus by keyboard.
void FocusRing(const WidgetContext& c, const char* name, const ImRect& rect, float rounding);

}  // namespace awscalc::ui
