// widgets.cpp: buttons, boxes, links, labels, the focus ring, ColumnScope and TextGrid;
// see widgets.h. The semantic log is in semantic_log.cpp, text in text.cpp, the slider
// in slider.cpp.
//
// [SECTION] Buttons, boxes, links, labels
// [SECTION] ColumnScope, TextGrid
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "ui/widget_internal.h"

namespace awscalc::ui {

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
  // Its name is its id: the same control in every language; its words are its label for
  // Dear ImGui's test hooks (src/ui/headless.cpp finds buttons by what they say).
  const bool pressed = ImGui::InvisibleButton(name, size) || TakePress(c, name);
  [[maybe_unused]] ImGuiContext& g = *GImGui;
  IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label, 0);
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

bool ChoiceSelect(const WidgetContext& c, const char* group, const char* group_label,
                  const char* const* labels, const char* const* keys, int count, int* selected) {
  char name[32];
  JoinName(name, sizeof name, "select", group);
  int chosen = std::clamp(*selected, 0, count - 1);
  // The page's element asks for a choice by its key (a native select), or steps; a press
  // without a page (the canvas alone) goes to the next choice.
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, c.ControlHeight());
  bool pressed = ImGui::InvisibleButton(name, size);
  if (const ControlAction* action = TakeAction(c, name)) {
    if (action->kind == ActionKind::kSet) {
      for (int i = 0; i < count; ++i) {
        if (std::strcmp(action->text, keys[i]) == 0) chosen = i;
      }
    } else if (action->kind == ActionKind::kStep) {
      chosen = std::clamp(chosen + action->steps, 0, count - 1);
    } else if (action->kind == ActionKind::kPress) {
      pressed = true;
    }
  }
  if (pressed) chosen = (chosen + 1) % count;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImRect box(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  FocusRing(c, name, box, style.FrameRounding);
  ImGui::RenderFrame(
      box.Min, box.Max,
      ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button), true,
      style.FrameRounding);
  // "Show the work" at the left, a chevron at the right: one choice of several.
  const char* chevron = "\xe2\x96\xbc";  // U+25BC, as the source toggles
  const float chevron_width = ImGui::CalcTextSize(chevron).x;
  const ImRect text_box(ImVec2(box.Min.x + style.FramePadding.x, box.Min.y),
                        ImVec2(box.Max.x - style.FramePadding.x * 2.0f - chevron_width, box.Max.y));
  ImGui::RenderTextClipped(text_box.Min, text_box.Max, labels[chosen], nullptr, nullptr,
                           ImVec2(0.0f, 0.5f), &text_box);
  ImGui::RenderTextClipped(ImVec2(text_box.Max.x, box.Min.y),
                           ImVec2(box.Max.x - style.FramePadding.x, box.Max.y), chevron, nullptr,
                           nullptr, ImVec2(1.0f, 0.5f));
  LayoutItem* item = RecordControl(c, name, Role::kSelect, group_label, box);
  if (item != nullptr) {
    // The choices for the page's element: "key\tlabel" lines; the chosen one's words.
    std::string options;
    for (int i = 0; i < count; ++i) {
      options += std::string(i > 0 ? "\n" : "") + keys[i] + "\t" + labels[i];
    }
    item->text = Pool(c.text, options.c_str(), options.c_str() + options.size());
    CopyText(item->value, sizeof item->value, keys[chosen]);
  }
  const bool changed = chosen != *selected;
  *selected = chosen;
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

namespace {

// "reported 2025: $4.59B" after the hollow triangle its figure has on the slider.
void ReportedLine(const WidgetContext& c, const char* reported) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushFont(c.fonts->small);
  const float line = ImGui::GetTextLineHeight();
  const float mid = pos.y + line * 0.5f;
  DrawReportedMarker(ImGui::GetWindowDrawList(), ImVec2(pos.x + 5.0f, mid - 3.5f), c.palette->text);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 14.0f, pos.y));
  WrappedText(c.fonts->small, c.palette->text, reported, nullptr);
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
}

}  // namespace

bool InputLabel(const WidgetContext& c, const char* key, const char* label, const char* source,
                const char* note, const char* reported) {
  ImGui::PushID(key);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID open_id = ImGui::GetID("source-open");
  bool open = storage->GetBool(open_id, false);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  const char* button = open ? T("source \xE2\x96\xB2") : T("source \xE2\x96\xBC");  // ▲ ▼
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
  std::snprintf(accessible, sizeof accessible, T("Source of %s"), label);
  LayoutItem* item = RecordControl(c, name, Role::kButton, accessible,
                                   ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
  if (item != nullptr) item->checked = open;
  ImGui::PopStyleVar(2);
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(left, row_y + line + style.ItemSpacing.y));
  if (reported != nullptr && reported[0] != '\0') ReportedLine(c, reported);
  if (open) TextWrappedColored(c.fonts->small, c.palette->text_muted, source);
  ImGui::PopID();
  return open;
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
  // Titles in full words, wrapped at spaces: the row is as tall as the tallest, each
  // title at its bottom.
  row_height_ = line_height_;
  for (int i = 0; i < static_cast<int>(titles.size()) && i + 1 < column_x_.Size; ++i) {
    const float room = column_x_[i + 1] - column_x_[i] - kCellPadding * 2.0f;
    const char* end = nullptr;
    const char* wrapped =
        WrapAtSpaces(ImGui::GetFont(), ImGui::GetFontSize(), titles[i], nullptr, room, &end);
    row_height_ = std::max(row_height_, ImGui::CalcTextSize(wrapped, end).y + 8.0f);
  }
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
  const float padding = kCellPadding;
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
  if (in_header_) {
    // A title, wrapped at spaces (Header measured the row): each line at the column's
    // left (the labels' column) or right (the figures'), the last on the row's bottom.
    const char* end = nullptr;
    const char* wrapped =
        WrapAtSpaces(ImGui::GetFont(), ImGui::GetFontSize(), text, nullptr, room, &end);
    const float line = ImGui::GetTextLineHeight();
    float y = row_y_ + row_height_ - 4.0f - ImGui::CalcTextSize(wrapped, end).y;
    for (const char* at = wrapped; at < end; y += line) {
      const char* stop = static_cast<const char*>(std::memchr(at, '\n', end - at));
      if (stop == nullptr) stop = end;
      const float x = column_ == 0
                          ? column_x_[0] + padding
                          : column_x_[column_ + 1] - padding - ImGui::CalcTextSize(at, stop).x;
      draw->AddText(ImVec2(x, y), ink, at, stop);
      at = stop < end ? stop + 1 : end;
    }
  } else if (column_ == 0) {
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
