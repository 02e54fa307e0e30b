// widgets.cpp: see widgets.h.
//
// [SECTION] The semantic layer's records and actions
// [SECTION] Text: wrapping at spaces, synthetic bold
// [SECTION] ValueSlider
// [SECTION] Buttons, boxes, links, labels
// [SECTION] ColumnScope, TextGrid
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "core/share_link.h"
#include "imgui_internal.h"

namespace awscalc::ui {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] The semantic layer's records and actions

// The frame being recorded (SetSemanticTarget), and how many texts and headings it has
// so far (their names: "text:12", "heading:3").
struct SemanticTarget {
  const WidgetContext* context = nullptr;
  int texts = 0;
  int headings = 0;
};
SemanticTarget g_target;

// `text` into `out`, cut to fit at a whole UTF-8 character.
void CopyText(char* out, std::size_t size, const char* text, const char* text_end = nullptr) {
  std::size_t n = text == nullptr       ? 0
                  : text_end != nullptr ? static_cast<std::size_t>(text_end - text)
                                        : std::strlen(text);
  if (n >= size) {
    n = size - 1;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  }
  if (n > 0) std::memcpy(out, text, n);
  out[n] = '\0';
}

// [text, text_end) into the pool; its offset.
int Pool(TextPool* pool, const char* text, const char* text_end = nullptr) {
  if (pool == nullptr || text == nullptr) return -1;
  if (text_end == nullptr) text_end = text + std::strlen(text);
  const int offset = pool->Size;
  const int length = static_cast<int>(text_end - text);
  pool->resize(offset + length + 1);
  std::memcpy(pool->Data + offset, text, static_cast<std::size_t>(length));
  (*pool)[offset + length] = '\0';
  return offset;
}

LayoutItem* Record(LayoutLog* log, const char* name, const ImRect& rect) {
  if (log == nullptr) return nullptr;
  LayoutItem item;
  CopyText(item.name, sizeof item.name, name);
  item.rect = ImVec4(rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight());
  log->push_back(item);
  return &log->back();
}

bool Disabled() {
  return (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
}

// A control of the frame, with its accessible name (a label without its ImGui id
// suffix: "Hide the ranges###ranges").
LayoutItem* RecordControl(const WidgetContext& c, const char* name, Role role, const char* label,
                          const ImRect& rect) {
  LayoutItem* item = Record(c.layout, name, rect);
  if (item == nullptr) return nullptr;
  item->role = role;
  item->disabled = Disabled();
  CopyText(item->label, sizeof item->label, label, ImGui::FindRenderedTextEnd(label));
  return item;
}

// Words drawn in `rect`, as a text or heading of the semantic layer.
void RecordWords(Role role, const char* text, const char* text_end, const ImRect& rect,
                 int level = 0) {
  const WidgetContext* c = g_target.context;
  if (c == nullptr || c->layout == nullptr || text == nullptr) return;
  if (text_end == nullptr) text_end = text + std::strlen(text);
  if (text_end == text) return;
  char name[32];
  if (role == Role::kHeading) {
    std::snprintf(name, sizeof name, "heading:%d", ++g_target.headings);
  } else {
    std::snprintf(name, sizeof name, "text:%d", ++g_target.texts);
  }
  LayoutItem* item = Record(c->layout, name, rect);
  item->role = role;
  item->level = static_cast<unsigned char>(level);
  item->text = Pool(c->text, text, text_end);
}

// "group:key".
void JoinName(char* out, std::size_t size, const char* group, const char* key) {
  std::snprintf(out, size, "%s:%s", group, key);
}

// The action queued for the control `name`, taken from the queue; nullptr if none.
const ControlAction* TakeAction(const WidgetContext& c, const char* name) {
  if (c.controls == nullptr) return nullptr;
  for (ControlAction& action : c.controls->actions) {
    if (action.name[0] != '\0' && std::strcmp(action.name, name) == 0) {
      action.name[0] = '\0';  // taken
      ++c.controls->taken;
      return &action;
    }
  }
  return nullptr;
}

// True when the page pressed the control `name` (Enter or Space on its element).
bool TakePress(const WidgetContext& c, const char* name) {
  const ControlAction* action = TakeAction(c, name);
  return action != nullptr && action->kind == ActionKind::kPress && !Disabled();
}

// The keyboard focus ring, around a control whose element has focus by keyboard.
void FocusRing(const WidgetContext& c, const char* name, const ImRect& rect, float rounding) {
  if (c.controls == nullptr || !c.controls->focus_visible ||
      std::strcmp(c.controls->focused, name) != 0) {
    return;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRect(ImVec2(rect.Min.x - 3.0f, rect.Min.y - 3.0f),
                ImVec2(rect.Max.x + 3.0f, rect.Max.y + 3.0f), c.palette->accent, rounding + 3.0f, 0,
                2.0f);
}

// -----------------------------------------------------------------------------------
// [SECTION] Text

// Wrapped text in a font (nullptr: the current one) and a colour; [text, text_end).
void WrappedText(ImFont* font, ImU32 colour, const char* text, const char* text_end) {
  if (font != nullptr) ImGui::PushFont(font);
  const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const char* end = nullptr;
  const char* wrapped =
      WrapAtSpaces(ImGui::GetFont(), ImGui::GetFontSize(), text, text_end, width, &end);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(wrapped, end);
  ImGui::PopStyleColor();
  if (font != nullptr) ImGui::PopFont();
  RecordWords(Role::kText, text, text_end,
              ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
}

void BoldText(ImFont* font, ImU32 colour, const char* text, const char* text_end, Role role,
              int level) {
  ImGui::PushFont(font);
  const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const char* end = nullptr;
  const char* wrapped = WrapAtSpaces(font, ImGui::GetFontSize(), text, text_end, width, &end);
  const ImVec2 size = ImGui::CalcTextSize(wrapped, end);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The face drawn again one device pixel to the right, once or twice: about 0.7 CSS px
  // of extra stroke at any devicePixelRatio, and every copy on the pixel grid.
  const float ratio = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1.0f);
  const int copies = std::max(1, static_cast<int>(ratio * 0.8f + 0.5f));
  for (int i = 0; i <= copies; ++i) {
    draw->AddText(font, ImGui::GetFontSize(), ImVec2(pos.x + static_cast<float>(i) / ratio, pos.y),
                  colour, wrapped, end);
  }
  const float offset = static_cast<float>(copies) / ratio;
  ImGui::Dummy(ImVec2(size.x + offset, size.y));
  ImGui::PopFont();
  RecordWords(role, text, text_end, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()),
              level);
}

void BoldTextAsText(ImFont* font, ImU32 colour, const char* text, const char* text_end) {
  BoldText(font, colour, text, text_end, Role::kText, 0);
}

// printf-style text into a buffer of its own (the wrapping uses ImGui's temporary
// buffer), then drawn by `draw`.
void DrawFormatted(void (*draw)(ImFont*, ImU32, const char*, const char*), ImFont* font,
                   ImU32 colour, const char* format, va_list args) {
  char text[1024];
  const int length = std::vsnprintf(text, sizeof text, format, args);
  draw(font, colour, text, text + std::clamp(length, 0, static_cast<int>(sizeof text) - 1));
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kNone:
      return "";
    case Role::kButton:
      return "button";
    case Role::kLink:
      return "link";
    case Role::kTab:
      return "tab";
    case Role::kRadio:
      return "radio";
    case Role::kCheckbox:
      return "checkbox";
    case Role::kSlider:
      return "slider";
    case Role::kTextbox:
      return "textbox";
    case Role::kHeading:
      return "heading";
    case Role::kText:
      return "text";
    case Role::kImage:
      return "image";
  }
  return "";
}

void QueueAction(ControlState* state, const char* name, ActionKind kind, int steps,
                 const char* text) {
  if (state == nullptr) return;
  ControlAction action;
  CopyText(action.name, sizeof action.name, name);
  action.kind = kind;
  action.steps = steps;
  CopyText(action.text, sizeof action.text, text);
  state->actions.push_back(action);
}

void SetSemanticTarget(const WidgetContext* context) {
  g_target = SemanticTarget{context};
}

void RecordRect(LayoutLog* log, const char* name, const ImVec2& min, const ImVec2& max) {
  Record(log, name, ImRect(min, max));
}

void RecordImage(const WidgetContext& c, const char* name, const ImVec2& min, const ImVec2& max,
                 const char* description) {
  LayoutItem* item = Record(c.layout, name, ImRect(min, max));
  if (item == nullptr) return;
  item->role = Role::kImage;
  item->text = Pool(c.text, description);
}

const char* ItemText(const TextPool& pool, const LayoutItem& item) {
  return item.text >= 0 && item.text < pool.Size ? pool.Data + item.text : "";
}

// `text` with its spaces turned into line breaks where a line would pass `width`: lines
// break only at spaces, so a figure ("$4.41B", "10,000") or a unit stays whole (Dear
// ImGui's own wrapping also breaks after '.' and ','). A word wider than the line keeps
// its own line.
const char* WrapAtSpaces(ImFont* font, float size, const char* text, const char* text_end,
                         float width, const char** out_end) {
  ImGuiContext& g = *GImGui;
  if (text_end == nullptr) text_end = text + std::strlen(text);
  const int length = static_cast<int>(text_end - text);
  g.TempBuffer.reserve(length + 1);
  char* out = g.TempBuffer.Data;
  std::memcpy(out, text, static_cast<std::size_t>(length));
  out[length] = '\0';
  const auto measure = [&](const char* from, const char* to) {
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, from, to).x;
  };
  const char* line_start = out;
  char* last_space = nullptr;
  for (char* p = out; p <= out + length; ++p) {
    const bool end = p == out + length;
    if (!end && *p == '\n') {
      line_start = p + 1;
      last_space = nullptr;
      continue;
    }
    if (!end && *p != ' ') continue;
    // [line_start, p) is the line so far, up to a space or the end.
    if (measure(line_start, p) > width && last_space != nullptr) {
      *last_space = '\n';
      line_start = last_space + 1;
    }
    last_space = end ? nullptr : p;
  }
  *out_end = out + length;
  return out;
}

void TextWrappedColored(ImFont* font, ImU32 colour, const char* text) {
  WrappedText(font, colour, text, nullptr);
}

void TextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) {
  va_list args;
  va_start(args, format);
  DrawFormatted(WrappedText, font, colour, format, args);
  va_end(args);
}

void BoldTextWrapped(ImFont* font, ImU32 colour, const char* text) {
  BoldTextAsText(font, colour, text, nullptr);
}

void BoldTextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) {
  va_list args;
  va_start(args, format);
  DrawFormatted(BoldTextAsText, font, colour, format, args);
  va_end(args);
}

void TextLine(ImFont* font, ImU32 colour, const char* text) {
  if (font != nullptr) ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  if (font != nullptr) ImGui::PopFont();
  RecordWords(Role::kText, text, nullptr, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
}

void Heading(const WidgetContext& context, const char* text, int level, ImU32 colour) {
  ImGui::Dummy(ImVec2(0, 4));
  BoldText(context.fonts->heading, colour != 0 ? colour : context.palette->text, text, nullptr,
           Role::kHeading, level);
}

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

}  // namespace

bool ValueSlider(const WidgetContext& c, const char* key, const char* label, double* value,
                 const SliderSpec& spec) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  ImGuiContext& g = *GImGui;
  char name[32];
  JoinName(name, sizeof name, "slider", key);
  const ImGuiID id = window->GetID(name);
  const float width = spec.width > 0 ? spec.width : ImGui::GetContentRegionAvail().x;
  const float height = c.ControlHeight();
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect frame(pos, ImVec2(pos.x + width, pos.y + height));
  ImGui::ItemSize(frame.GetSize());
  if (!ImGui::ItemAdd(frame, id, &frame, ImGuiItemFlags_NoNav)) return false;

  // The value's column at the right, as wide as a three-digit value of the slider's
  // unit (so the tracks of a panel line up) unless the value needs more.
  char text[64];
  SliderText(spec, *value, text, sizeof text);
  char widest[64];
  SliderText(spec, 888.888, widest, sizeof widest);
  const float text_width = std::max(ImGui::CalcTextSize(text).x, ImGui::CalcTextSize(widest).x);
  const float thumb_radius = c.coarse ? 12.0f : 8.0f;
  const ImRect track(frame.Min.x + thumb_radius, frame.Min.y,
                     frame.Max.x - text_width - 12.0f - thumb_radius, frame.Max.y);
  const double span = spec.track_max - spec.track_min;
  const auto x_of = [&](double v) {
    const double t = span > 0 ? std::clamp((v - spec.track_min) / span, 0.0, 1.0) : 0.0;
    return track.Min.x + static_cast<float>(t) * track.GetWidth();
  };
  const auto value_at = [&](float x) {
    return spec.track_min + span * static_cast<double>((x - track.Min.x) / track.GetWidth());
  };

  const bool hovered = ImGui::ItemHoverable(frame, id, g.LastItemData.InFlags);
  bool changed = false;
  double next = *value;
  // Every key pressed since the last frame, in order.
  while (const ControlAction* action = Disabled() ? nullptr : TakeAction(c, name)) {
    next = ActedValue(c, name, label, *action, *value, spec);
    if (next != *value) {
      *value = next;  // typed values are taken as typed (a link's may have any decimals)
      changed = true;
      SliderText(spec, *value, text, sizeof text);
    }
  }
  const bool clicked = hovered && ImGui::IsMouseClicked(0, id);
  if (clicked) {
    ImGui::SetKeyOwner(ImGuiKey_MouseLeft, id);
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    g_drag = {id, g.IO.MouseSource == ImGuiMouseSource_TouchScreen,
              g.IO.MousePos.x <= track.Max.x + thumb_radius, *value, g.IO.MousePos.x};
  }
  if (g.ActiveId == id) {
    if (!g.IO.MouseDown[0]) {
      ImGui::ClearActiveID();
    } else if (g_drag.id == id) {
      // A finger moves the value by its travel; a mouse puts it under the pointer (a
      // click on the track jumps). Either way it stays on the track; a value typed
      // beyond it stays until it is dragged.
      const float dx = g.IO.MousePos.x - g_drag.start_x;
      if (g_drag.relative && dx != 0.0f) {
        next = g_drag.start_value + span * static_cast<double>(dx / track.GetWidth());
      } else if (!g_drag.relative && (g_drag.on_track || dx != 0.0f)) {
        next = value_at(g.IO.MousePos.x);
      }
      if (next != *value) next = std::clamp(next, spec.track_min, spec.track_max);
      if (next != *value) {
        const double snapped = Snap(next, spec);
        if (snapped != *value) {
          *value = snapped;
          changed = true;
          SliderText(spec, *value, text, sizeof text);
        }
      }
    }
  }
  if (changed) ImGui::MarkItemEdited(id);

  LayoutItem* item = RecordControl(c, name, Role::kSlider, label, frame);
  if (item != nullptr) {
    CopyText(item->value, sizeof item->value, text);
    item->now = *value;
    item->min = spec.track_min;
    item->max = spec.track_max;
    item->valid_min = spec.valid_min;
    item->valid_max = spec.valid_max;
    item->step = spec.step;
  }
  const int item_index = item != nullptr ? static_cast<int>(item - c.layout->Data) : -1;

  // The track, filled up to the value, the note's marker under it, the thumb, the text.
  const Palette& p = *c.palette;
  ImDrawList* draw = window->DrawList;
  const bool active = g.ActiveId == id;
  FocusRing(c, name, frame, ImGui::GetStyle().FrameRounding);
  if (hovered || active) {
    draw->AddRectFilled(frame.Min, frame.Max, p.panel, ImGui::GetStyle().FrameRounding);
  }
  const float y = std::round(frame.GetCenter().y);
  const float thickness = c.coarse ? 6.0f : 4.0f;
  const float thumb_x = x_of(*value);
  draw->AddRectFilled(ImVec2(track.Min.x, y - thickness * 0.5f),
                      ImVec2(track.Max.x, y + thickness * 0.5f), p.frame, thickness);
  draw->AddRect(ImVec2(track.Min.x, y - thickness * 0.5f),
                ImVec2(track.Max.x, y + thickness * 0.5f), p.control_border, thickness);
  draw->AddRectFilled(ImVec2(track.Min.x, y - thickness * 0.5f),
                      ImVec2(thumb_x, y + thickness * 0.5f), p.accent, thickness);
  if (std::isfinite(spec.marker_value) && spec.marker_value >= spec.track_min &&
      spec.marker_value <= spec.track_max) {
    const float x = x_of(spec.marker_value);
    const float top = y + thickness * 0.5f + 2.0f;
    draw->AddTriangleFilled(ImVec2(x, top), ImVec2(x - 5.0f, top + 7.0f),
                            ImVec2(x + 5.0f, top + 7.0f), p.reported);
  }
  draw->AddCircleFilled(ImVec2(thumb_x, y), thumb_radius + (active ? 1.5f : 0.0f), p.accent);
  draw->AddCircleFilled(ImVec2(thumb_x, y), thumb_radius * 0.45f, p.on_accent);
  const ImVec2 text_size = ImGui::CalcTextSize(text);
  const ImVec2 text_pos(frame.Max.x - text_size.x, y - text_size.y * 0.5f);
  draw->AddText(text_pos, p.text, text);
  if (item_index >= 0) {
    LayoutItem& recorded = (*c.layout)[item_index];
    const float r = thumb_radius + (active ? 1.5f : 0.0f);
    recorded.thumb = ImVec4(thumb_x - r, y - r, r * 2.0f, r * 2.0f);
    recorded.value_rect = ImVec4(text_pos.x, text_pos.y, text_size.x, text_size.y);
    recorded.track = ImVec2(track.Min.x, track.Max.x);
  }
  return changed;
}

// -----------------------------------------------------------------------------------
// [SECTION] Buttons, boxes, links, labels

namespace {

// A button of the control height (the visual at least `visual_height`, centred in it),
// pressed by a pointer or by the page (the element of `name`).
bool SizedButton(const WidgetContext& c, const char* name, const char* label,
                 float visual_height = 0) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float height = c.ControlHeight();
  const float visual = visual_height > 0 ? std::min(visual_height, height) : height;
  const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
  const ImVec2 size(text.x + style.FramePadding.x * 2.0f, height);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, size) || TakePress(c, name);
  const bool held = ImGui::IsItemActive();
  const bool hovered = ImGui::IsItemHovered();
  const float inset = std::floor((height - visual) * 0.5f);
  const ImRect box(ImVec2(pos.x, pos.y + inset), ImVec2(pos.x + size.x, pos.y + height - inset));
  const ImU32 fill = ImGui::GetColorU32(held      ? ImGuiCol_ButtonActive
                                        : hovered ? ImGuiCol_ButtonHovered
                                                  : ImGuiCol_Button);
  FocusRing(c, name, box, style.FrameRounding);
  ImGui::RenderFrame(box.Min, box.Max, fill, true, style.FrameRounding);
  ImGui::RenderTextClipped(box.Min, box.Max, label, nullptr, &text, ImVec2(0.5f, 0.5f), &box);
  return pressed;
}

}  // namespace

bool PushButton(const WidgetContext& c, const char* key, const char* label) {
  char name[32];
  JoinName(name, sizeof name, "button", key);
  const bool pressed = SizedButton(c, name, label);
  RecordControl(c, name, Role::kButton, label,
                ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
  return pressed;
}

bool ChoiceButtons(const WidgetContext& c, const char* group, const char* group_label,
                   const char* const* labels, const char* const* keys, int count, int* selected,
                   Role role) {
  ImGui::PushID(group);
  bool changed = false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = c.coarse ? 8.0f : 6.0f;
  const float right = ImGui::GetContentRegionMax().x + ImGui::GetWindowPos().x;
  for (int i = 0; i < count; ++i) {
    const float width = ImGui::CalcTextSize(labels[i]).x + style.FramePadding.x * 2.0f;
    if (i > 0) {
      ImGui::SameLine(0.0f, gap);
      // Wrap when the button would cross the right edge: buttons stay whole.
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    const bool is_selected = *selected == i;
    if (is_selected) {
      ImGui::PushStyleColor(ImGuiCol_Button, c.palette->accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c.palette->accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, c.palette->accent);
      ImGui::PushStyleColor(ImGuiCol_Text, c.palette->on_accent);
    }
    ImGui::PushID(i);
    char name[32];
    JoinName(name, sizeof name, group, keys[i]);
    if (SizedButton(c, name, labels[i]) && !is_selected) {
      *selected = i;
      changed = true;
    }
    LayoutItem* item = RecordControl(c, name, role, labels[i],
                                     ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
    if (item != nullptr) {
      item->checked = is_selected;
      CopyText(item->value, sizeof item->value, group_label);
    }
    ImGui::PopID();
    if (is_selected) ImGui::PopStyleColor(4);
  }
  // Rows of buttons keep their distance: a finger should not hit the neighbour.
  if (c.coarse) ImGui::Dummy(ImVec2(0, 0));
  ImGui::PopID();
  return changed;
}

bool CheckBox(const WidgetContext& c, const char* key, const char* label, bool* value,
              const char* accessible) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float height = c.ControlHeight();
  const float box = std::min(height, 22.0f);
  const ImVec2 text = ImGui::CalcTextSize(label);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(box + style.ItemInnerSpacing.x + text.x + 4.0f, height);
  const bool pressed = ImGui::InvisibleButton(key, size) || TakePress(c, key);
  if (pressed) *value = !*value;
  const ImRect square(ImVec2(pos.x, pos.y + (height - box) * 0.5f),
                      ImVec2(pos.x + box, pos.y + (height + box) * 0.5f));
  FocusRing(c, key, ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y)), style.FrameRounding);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(square.Min, square.Max, *value ? c.palette->accent : c.palette->frame,
                      style.FrameRounding * 0.5f);
  draw->AddRect(square.Min, square.Max, *value ? c.palette->accent : c.palette->control_border,
                style.FrameRounding * 0.5f);
  if (*value)
    ImGui::RenderCheckMark(draw, ImVec2(square.Min.x + box * 0.2f, square.Min.y + box * 0.2f),
                           c.palette->on_accent, box * 0.6f);
  draw->AddText(ImVec2(square.Max.x + style.ItemInnerSpacing.x, pos.y + (height - text.y) * 0.5f),
                c.palette->text, label);
  LayoutItem* item =
      RecordControl(c, key, Role::kCheckbox, accessible != nullptr ? accessible : label,
                    ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
  if (item != nullptr) item->checked = *value;
  return pressed;
}

bool LinkButton(const WidgetContext& c, const char* key, const char* label, const char* url) {
  char name[32];
  JoinName(name, sizeof name, "link", key);
  const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
  const float height = std::max(text.y, c.ControlHeight());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(text.x, height)) || TakePress(c, name);
  const float baseline = pos.y + (height - text.y) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  FocusRing(c, name, ImRect(ImVec2(pos.x, baseline), ImVec2(pos.x + text.x, baseline + text.y)),
            2.0f);
  draw->AddText(ImVec2(pos.x, baseline), c.palette->accent, label,
                ImGui::FindRenderedTextEnd(label));
  // Underlined like a link on the page; thicker when hovered.
  const float thickness = ImGui::IsItemHovered() ? 2.0f : 1.0f;
  draw->AddLine(ImVec2(pos.x, baseline + text.y), ImVec2(pos.x + text.x, baseline + text.y),
                c.palette->accent, thickness);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  LayoutItem* item = RecordControl(c, name, Role::kLink, label,
                                   ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
  if (item != nullptr) item->text = Pool(c.text, url);
  return pressed;
}

const char* TextBox(const WidgetContext& c, const char* key, const char* label, const char* value,
                    float width) {
  char name[32];
  JoinName(name, sizeof name, "input", key);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImRect box(pos, ImVec2(pos.x + width, pos.y + c.ControlHeight()));
  ImGui::ItemSize(box.GetSize());
  ImGui::ItemAdd(box, ImGui::GetID(name), nullptr, ImGuiItemFlags_NoNav);
  FocusRing(c, name, box, style.FrameRounding);
  ImGui::RenderFrame(box.Min, box.Max, c.palette->frame, true, style.FrameRounding);
  ImGui::GetWindowDrawList()->AddRect(box.Min, box.Max, c.palette->control_border,
                                      style.FrameRounding);
  const ImRect inner(ImVec2(box.Min.x + style.FramePadding.x, box.Min.y),
                     ImVec2(box.Max.x - style.FramePadding.x, box.Max.y));
  ImGui::RenderTextClipped(inner.Min, inner.Max, value, nullptr, nullptr, ImVec2(0.0f, 0.5f),
                           &inner);
  LayoutItem* item = RecordControl(c, name, Role::kTextbox, label, box);
  if (item != nullptr) item->text = Pool(c.text, value);
  const ControlAction* action = TakeAction(c, name);
  return action != nullptr && action->kind == ActionKind::kSet ? action->text : nullptr;
}

void RefuseTyped(const WidgetContext& c, const char* name, const char* problem) {
  if (c.controls == nullptr) return;
  CopyText(c.controls->refused, sizeof c.controls->refused, name);
  CopyText(c.controls->problem, sizeof c.controls->problem, problem);
}

void InputLabel(const WidgetContext& c, const char* key, const char* label, const char* source,
                const char* note) {
  ImGui::PushID(key);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID open_id = ImGui::GetID("source-open");
  bool open = storage->GetBool(open_id, false);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  const char* button = open ? "source \xE2\x96\xB2" : "source \xE2\x96\xBC";  // ▲ ▼
  const bool has_note = note != nullptr && note[0] != '\0';

  ImGui::PushFont(c.fonts->small);
  const float button_width = ImGui::CalcTextSize(button).x + 12.0f;
  const float note_width = has_note ? ImGui::CalcTextSize(note).x : 0.0f;
  ImGui::PopFont();
  const float label_width = ImGui::CalcTextSize(label).x;
  // One line when the name, the toggle and the note fit; else the name, then a line
  // with the note at the left and the toggle at the right: always the same rhythm.
  const bool one_line =
      label_width + button_width + note_width + style.ItemSpacing.x * 3.0f <= right - left;
  const float line = c.ControlHeight();
  const float top = ImGui::GetCursorScreenPos().y;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float row_y = top;
  const float label_y = top + (line - ImGui::GetTextLineHeight()) * 0.5f;
  if (one_line) {
    draw->AddText(ImVec2(left, label_y), c.palette->text, label);
    RecordWords(Role::kText, label, nullptr,
                ImRect(ImVec2(left, label_y),
                       ImVec2(left + label_width, label_y + ImGui::GetTextLineHeight())));
  } else {
    WrappedText(nullptr, c.palette->text, label, nullptr);
    row_y = ImGui::GetCursorScreenPos().y - style.ItemSpacing.y;
  }
  ImGui::PushFont(c.fonts->small);
  const float small_line = ImGui::GetTextLineHeight();
  if (has_note) {
    const float note_x = one_line ? right - note_width : left;
    const ImVec2 note_pos(note_x, row_y + (line - small_line) * 0.5f);
    draw->AddText(note_pos, c.palette->reported, note);
    RecordWords(Role::kText, note, nullptr,
                ImRect(note_pos, ImVec2(note_pos.x + note_width, note_pos.y + small_line)));
  }
  const float button_x = one_line ? left + label_width + style.ItemSpacing.x : right - button_width;
  ImGui::SetCursorScreenPos(ImVec2(button_x, row_y));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 10.0f);
  // The source: shown under the label on tap, click or Enter (no hover tooltip: it would
  // cover the controls a reader reaches for next).
  char name[32];
  JoinName(name, sizeof name, "source", key);
  if (SizedButton(c, name, button, small_line + 8.0f)) {
    open = !open;
    storage->SetBool(open_id, open);
  }
  char accessible[96];
  std::snprintf(accessible, sizeof accessible, "Source of %s", label);
  LayoutItem* item = RecordControl(c, name, Role::kButton, accessible,
                                   ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
  if (item != nullptr) item->checked = open;
  ImGui::PopStyleVar(2);
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(left, row_y + line + style.ItemSpacing.y));
  if (open) TextWrappedColored(c.fonts->small, c.palette->text_muted, source);
  ImGui::PopID();
}

// -----------------------------------------------------------------------------------
// [SECTION] ColumnScope, TextGrid

ColumnScope::ColumnScope(float min_x, float max_x) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  saved_content_max_x_ = window->ContentRegionRect.Max.x;
  saved_work_max_x_ = window->WorkRect.Max.x;
  window->ContentRegionRect.Max.x = max_x;
  window->WorkRect.Max.x = max_x;
  ImGui::SetCursorScreenPos(ImVec2(min_x, ImGui::GetCursorScreenPos().y));
  ImGui::BeginGroup();  // new lines start at min_x
}

ColumnScope::~ColumnScope() {
  ImGui::EndGroup();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  window->ContentRegionRect.Max.x = saved_content_max_x_;
  window->WorkRect.Max.x = saved_work_max_x_;
}

float ColumnScope::Bottom() const {
  return ImGui::GetCursorScreenPos().y;
}

TextGrid::TextGrid(const WidgetContext& context, std::span<const float> weights)
    : context_(context) {
  float total = 0.0f;
  for (float weight : weights) total += weight;
  left_ = ImGui::GetCursorScreenPos().x;
  const float width = ImGui::GetContentRegionAvail().x;
  float x = left_;
  column_x_.push_back(x);
  for (float weight : weights) {
    x += width * weight / total;
    column_x_.push_back(x);
  }
  line_height_ = ImGui::GetTextLineHeight() + 8.0f;
  row_height_ = line_height_;
  row_y_ = ImGui::GetCursorScreenPos().y;
}

void TextGrid::Header(std::span<const char* const> titles) {
  ImGui::PushFont(context_.fonts->small);
  in_header_ = true;
  titles_.clear();
  for (const char* title : titles) {
    Pool(&titles_, title);
    Cell(title, context_.palette->text_muted);
  }
  in_header_ = false;
  ImGui::PopFont();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddLine(ImVec2(left_, row_y_ - 1.0f), ImVec2(column_x_.back(), row_y_ - 1.0f),
                context_.palette->grid, 1.0f);
  row_ = 0;  // shading starts with the first data row
}

void TextGrid::Cell(const char* text, ImU32 colour) {
  const int columns = column_x_.Size - 1;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float padding = 6.0f;
  const float room = column_x_[column_ + 1] - column_x_[column_] - padding * 2.0f;
  const ImU32 ink = colour != 0 ? colour : context_.palette->text;
  // The row's words for the semantic layer: "Revenue: 2025 $4.00B, 2026 $10.00B".
  if (!in_header_) {
    const char* title = "";
    if (column_ > 0) {
      // The column's title, when the header gave one.
      int offset = 0;
      for (int i = 0; i < column_ && offset < titles_.Size; ++i) {
        offset += static_cast<int>(std::strlen(titles_.Data + offset)) + 1;
      }
      if (offset < titles_.Size) title = titles_.Data + offset;
    }
    if (!words_.empty()) words_.pop_back();  // the terminator
    const char* separator = column_ == 0 ? "" : column_ == 1 ? ": " : ", ";
    for (const char* part : {separator, title, title[0] != '\0' ? " " : "", text}) {
      for (; *part != '\0'; ++part) words_.push_back(*part);
    }
    words_.push_back('\0');
  }
  if (column_ == 0) {
    // A label wraps at spaces; its row grows to hold it.
    const char* end = nullptr;
    const char* wrapped =
        WrapAtSpaces(ImGui::GetFont(), ImGui::GetFontSize(), text, nullptr, room, &end);
    const ImVec2 size = ImGui::CalcTextSize(wrapped, end);
    row_height_ = std::max(line_height_, size.y + 8.0f);
    if (row_ % 2 == 1) {
      draw->AddRectFilled(ImVec2(left_, row_y_), ImVec2(column_x_.back(), row_y_ + row_height_),
                          context_.palette->panel, 4.0f);
    }
    draw->AddText(ImVec2(column_x_[0] + padding, row_y_ + (row_height_ - size.y) * 0.5f), ink,
                  wrapped, end);
  } else {
    // A number on one line; one longer than its column is cut with an ellipsis.
    char clipped[132];
    if (ImGui::CalcTextSize(text).x > room) {
      std::size_t length = std::min(std::strlen(text), sizeof clipped - 4);
      std::memcpy(clipped, text, length);
      do {
        // Back over a whole UTF-8 character, then "…" and the terminator.
        while (length > 0 && (static_cast<unsigned char>(clipped[--length]) & 0xC0) == 0x80) {
        }
        std::memcpy(clipped + length, "\xE2\x80\xA6", 4);
      } while (length > 0 && ImGui::CalcTextSize(clipped).x > room);
      text = clipped;
    }
    const ImVec2 size = ImGui::CalcTextSize(text);
    draw->AddText(
        ImVec2(column_x_[column_ + 1] - padding - size.x, row_y_ + (row_height_ - size.y) * 0.5f),
        ink, text);
  }
  if (++column_ == columns) {
    column_ = 0;
    ++row_;
    row_y_ += row_height_;
    if (!in_header_ && !words_.empty()) {
      RecordWords(Role::kText, words_.Data, nullptr,
                  ImRect(ImVec2(left_, row_y_ - row_height_), ImVec2(column_x_.back(), row_y_)));
      words_.clear();
    }
    // Reserve the row in the layout so the window's content height includes it.
    ImGui::SetCursorScreenPos(ImVec2(left_, row_y_ - row_height_));
    ImGui::Dummy(ImVec2(column_x_.back() - left_, row_height_ - ImGui::GetStyle().ItemSpacing.y));
    row_height_ = line_height_;
  }
}

}  // namespace awscalc::ui
