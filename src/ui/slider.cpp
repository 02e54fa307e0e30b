// slider.cpp: ValueSlider; see widgets.h.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/share_link.h"
#include "ui/widget_internal.h"

namespace awscalc::ui {

// -----------------------------------------------------------------------------------
// [SECTION] ValueSlider
//
// The track runs under the left part of the row, the value's text stands at its right:
// the thumb never covers it. Pointer input, by source:
// - a mouse (or pen) pressed on the track jumps there, then drags: the desktop habit;
// - a finger drags relative to where it went down (the platform only reports a touch
//   once it moves sideways: src/web/platform.cpp), so aiming never changes a value and
//   a tap changes nothing.
// Values land on multiples of the step. The keyboard and typed values come from the
// page's semantic layer as actions: a step or ten, the track's ends, a typed value.

namespace {

struct SliderDrag {
  ImGuiID id = 0;
  bool relative = false;  // a finger: the value moves by the finger's travel
  bool on_track = false;  // a mouse pressed on the track (not on the value's text)
  double start_value = 0;
  float start_x = 0;
  double track_min = 0;  // the track as it was at the press: a drag keeps it (a track
  double track_max = 0;  // widened to a typed value does not shrink under the pointer)
};
SliderDrag g_drag;

// The nearest multiple of the step, as the decimal a link would carry: with a step of
// 0.1, 6.6 and not 66 x 0.1 = 6.6000000000000005 (dividing by 10 is exact, multiplying
// by 0.1 is not).
double Snap(double value, const SliderSpec& spec) {
  double snapped = value;
  if (spec.step > 0) {
    const double per_unit = std::round(1.0 / spec.step);
    snapped = std::fabs(per_unit * spec.step - 1.0) < 1e-12
                  ? std::round(value * per_unit) / per_unit
                  : std::round(value / spec.step) * spec.step;
  }
  return std::clamp(snapped, spec.valid_min, spec.valid_max);
}

void SliderText(const SliderSpec& spec, double value, char* out, std::size_t size) {
  if (spec.text != nullptr) {
    CopyText(out, size, spec.text);
    return;
  }
  const ShortText figure = Format(value, spec.unit, {spec.decimals, false, false, spec.change});
  std::snprintf(out, size, "%s%s", spec.caption != nullptr ? spec.caption : "", figure.c_str());
}

// The value an action asks for, or `value` when it asks for nothing this slider does. A
// typed value that cannot be used leaves its problem in the control state.
double ActedValue(const WidgetContext& c, const char* name, const char* label,
                  const ControlAction& action, double value, const SliderSpec& spec) {
  // Keys stay on the track, unless the value is already beyond it (typed, or a link's).
  const double low = std::min(spec.track_min, value);
  const double high = std::max(spec.track_max, value);
  switch (action.kind) {
    case ActionKind::kPress:
      return value;
    case ActionKind::kStep:
      return std::clamp(Snap(value + action.steps * spec.step, spec), low, high);
    case ActionKind::kHome:
      return Snap(spec.track_min, spec);
    case ActionKind::kEnd:
      return Snap(spec.track_max, spec);
    case ActionKind::kSet: {
      const bool whole = spec.step >= 1.0 && spec.decimals == 0;
      const TypedValue typed =
          ReadTypedValue(action.text, label, spec.valid_min, spec.valid_max, spec.unit, whole);
      if (typed.problem.empty()) return typed.value;
      RefuseTyped(c, name, typed.problem.c_str());
      return value;
    }
  }
  return value;
}

// Where a slider's parts are, in screen pixels: the row, the track under its left part
// (inset by the thumb's radius), the value's text at its right.
struct SliderGeometry {
  ImRect frame;
  ImRect track;
  float thumb_radius = 0;
  double track_min = 0;
  double span = 0;
  float XOf(double v) const {
    const double t = span > 0 ? std::clamp((v - track_min) / span, 0.0, 1.0) : 0.0;
    return track.Min.x + static_cast<float>(t) * track.GetWidth();
  }
  double ValueAt(float x) const {
    return track_min + span * static_cast<double>((x - track.Min.x) / track.GetWidth());
  }
};

// The value's column at the right is as wide as a three-digit value of the slider's
// unit (so the tracks of a panel line up) unless the value needs more.
SliderGeometry LayOutSlider(const WidgetContext& c, const ImRect& frame, const SliderSpec& spec,
                            const char* text) {
  char widest[64];
  SliderText(spec, 888.888, widest, sizeof widest);
  const float text_width = std::max(ImGui::CalcTextSize(text).x, ImGui::CalcTextSize(widest).x);
  SliderGeometry g;
  g.frame = frame;
  g.thumb_radius = c.coarse ? 12.0f : 8.0f;
  g.track = ImRect(frame.Min.x + g.thumb_radius, frame.Min.y,
                   frame.Max.x - text_width - 12.0f - g.thumb_radius, frame.Max.y);
  g.track_min = spec.track_min;
  g.span = spec.track_max - spec.track_min;
  return g;
}

// What the reader did to the slider this frame (actions from the page, then the
// pointer), as Dear ImGui's SliderBehavior: `*value` updated on the step grid; true when
// it changed.
bool SliderBehavior(const WidgetContext& c, const char* name, const char* label, ImGuiID id,
                    const SliderGeometry& geometry, const SliderSpec& spec, bool hovered,
                    double* value) {
  ImGuiContext& g = *GImGui;
  bool changed = false;
  double next = *value;
  // Every key pressed since the last frame, in order.
  while (const ControlAction* action = Disabled() ? nullptr : TakeAction(c, name)) {
    next = ActedValue(c, name, label, *action, *value, spec);
    if (next != *value) {
      *value = next;  // typed values are taken as typed (a link's may have any decimals)
      changed = true;
    }
  }
  if (hovered && ImGui::IsMouseClicked(0, id)) {
    ImGuiWindow* window = g.CurrentWindow;
    ImGui::SetKeyOwner(ImGuiKey_MouseLeft, id);
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    g_drag = {id,
              g.IO.MouseSource == ImGuiMouseSource_TouchScreen,
              g.IO.MousePos.x <= geometry.track.Max.x + geometry.thumb_radius,
              *value,
              g.IO.MousePos.x,
              spec.track_min,
              spec.track_max};
  }
  if (g.ActiveId != id) return changed;
  if (!g.IO.MouseDown[0]) {
    ImGui::ClearActiveID();
    return changed;
  }
  if (g_drag.id != id) return changed;
  // A finger moves the value by its travel; a mouse puts it under the pointer (a click
  // on the track jumps). Either way it stays on the track, which reaches a value typed
  // beyond it (ShownSpec): a drag moves from that value, never snaps it to the old end.
  const float dx = g.IO.MousePos.x - g_drag.start_x;
  if (g_drag.relative && dx != 0.0f) {
    next = g_drag.start_value + geometry.span * static_cast<double>(dx / geometry.track.GetWidth());
  } else if (!g_drag.relative && (g_drag.on_track || dx != 0.0f)) {
    next = geometry.ValueAt(g.IO.MousePos.x);
  }
  if (next != *value) next = std::clamp(next, spec.track_min, spec.track_max);
  if (next != *value) {
    const double snapped = Snap(next, spec);
    if (snapped != *value) {
      *value = snapped;
      changed = true;
    }
  }
  return changed;
}

// The slider as it is shown: its track widened to reach a value beyond it (typed, or a
// link's), so the thumb sits at the end and a drag starts from the value; while a drag
// lasts, the track it started on.
SliderSpec ShownSpec(const SliderSpec& spec, ImGuiID id, double value) {
  SliderSpec shown = spec;
  if (g_drag.id == id && GImGui->ActiveId == id) {
    shown.track_min = g_drag.track_min;
    shown.track_max = g_drag.track_max;
  } else {
    shown.track_min = std::min(spec.track_min, value);
    shown.track_max = std::max(spec.track_max, value);
  }
  return shown;
}

}  // namespace

void DrawReportedMarker(ImDrawList* draw, ImVec2 tip, ImU32 colour) {
  draw->AddTriangle(tip, ImVec2(tip.x - 5.0f, tip.y + 7.0f), ImVec2(tip.x + 5.0f, tip.y + 7.0f),
                    colour, 1.5f);
}

namespace {

// The track, filled up to the value, the note's marker under it, the thumb and the
// value's text, as Dear ImGui's RenderFrame and RenderText; the thumb's and the text's
// places go into the slider's record (`item`, when recorded).
void RenderSlider(const WidgetContext& c, const char* name, const SliderGeometry& geometry,
                  const SliderSpec& spec, double value, const char* text, bool hovered, bool active,
                  LayoutItem* item) {
  const Palette& p = *c.palette;
  const ImRect& frame = geometry.frame;
  const ImRect& track = geometry.track;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  FocusRing(c, name, frame, ImGui::GetStyle().FrameRounding);
  if (hovered || active) {
    draw->AddRectFilled(frame.Min, frame.Max, p.panel, ImGui::GetStyle().FrameRounding);
  }
  const float y = std::round(frame.GetCenter().y);
  const float thickness = c.coarse ? 6.0f : 4.0f;
  const float thumb_x = geometry.XOf(value);
  draw->AddRectFilled(ImVec2(track.Min.x, y - thickness * 0.5f),
                      ImVec2(track.Max.x, y + thickness * 0.5f), p.frame, thickness);
  draw->AddRect(ImVec2(track.Min.x, y - thickness * 0.5f),
                ImVec2(track.Max.x, y + thickness * 0.5f), p.control_border, thickness);
  draw->AddRectFilled(ImVec2(track.Min.x, y - thickness * 0.5f),
                      ImVec2(thumb_x, y + thickness * 0.5f), p.accent, thickness);
  if (std::isfinite(spec.marker_value) && spec.marker_value >= spec.track_min &&
      spec.marker_value <= spec.track_max) {
    const float x = geometry.XOf(spec.marker_value);
    const float top = y + thickness * 0.5f + 2.0f;
    draw->AddTriangleFilled(ImVec2(x, top), ImVec2(x - 5.0f, top + 7.0f),
                            ImVec2(x + 5.0f, top + 7.0f), p.reported);
  }
  if (std::isfinite(spec.reported_value) && spec.reported_value >= spec.track_min &&
      spec.reported_value <= spec.track_max) {
    DrawReportedMarker(draw, ImVec2(geometry.XOf(spec.reported_value), y + thickness * 0.5f + 2.0f),
                       p.text);
  }
  const float r = geometry.thumb_radius + (active ? 1.5f : 0.0f);
  draw->AddCircleFilled(ImVec2(thumb_x, y), r, p.accent);
  draw->AddCircleFilled(ImVec2(thumb_x, y), geometry.thumb_radius * 0.45f, p.on_accent);
  const ImVec2 text_size = ImGui::CalcTextSize(text);
  const ImVec2 text_pos(frame.Max.x - text_size.x, y - text_size.y * 0.5f);
  draw->AddText(text_pos, p.text, text);
  if (item != nullptr) {
    item->thumb = ImVec4(thumb_x - r, y - r, r * 2.0f, r * 2.0f);
    item->value_rect = ImVec4(text_pos.x, text_pos.y, text_size.x, text_size.y);
    item->track = ImVec2(track.Min.x, track.Max.x);
  }
}

}  // namespace

bool ValueSlider(const WidgetContext& c, const char* key, const char* label, double* value,
                 const SliderSpec& asked) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  ImGuiContext& g = *GImGui;
  char name[32];
  JoinName(name, sizeof name, "slider", key);
  const ImGuiID id = window->GetID(name);
  const float width = asked.width > 0 ? asked.width : ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect frame(pos, ImVec2(pos.x + width, pos.y + c.ControlHeight()));
  ImGui::ItemSize(frame.GetSize());
  if (!ImGui::ItemAdd(frame, id, &frame, ImGuiItemFlags_NoNav)) return false;

  const SliderSpec spec = ShownSpec(asked, id, *value);
  char text[64];
  SliderText(spec, *value, text, sizeof text);
  const SliderGeometry geometry = LayOutSlider(c, frame, spec, text);
  const bool hovered = ImGui::ItemHoverable(frame, id, g.LastItemData.InFlags);
  const bool changed = SliderBehavior(c, name, label, id, geometry, spec, hovered, value);
  if (changed) {
    ImGui::MarkItemEdited(id);
    SliderText(spec, *value, text, sizeof text);
  }

  LayoutItem* item = RecordControl(c, name, Role::kSlider, label, frame);
  if (item != nullptr) {
    CopyText(item->value, sizeof item->value, text);
    // aria-valuenow: the value at the digits it shows (a growth the core derives,
    // 149.99999999999997, is 150), as the decimal a link would carry.
    // (Ten to the decimals by multiplying: std::pow would bring libm's pow, 2 kB of
    // the download, for this line alone.)
    double scale = 1.0;
    for (int i = 0; i < spec.decimals; ++i) scale *= 10.0;
    item->now = std::round(*value * scale) / scale;
    item->min = spec.track_min;
    item->max = spec.track_max;
    item->valid_min = spec.valid_min;
    item->valid_max = spec.valid_max;
    item->step = spec.step;
  }
  RenderSlider(c, name, geometry, spec, *value, text, hovered, g.ActiveId == id, item);
  return changed;
}

}  // namespace awscalc::ui
