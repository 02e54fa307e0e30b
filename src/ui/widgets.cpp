// widgets.cpp: see widgets.h.
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "imgui_internal.h"

namespace awscalc::ui {

void RecordRect(LayoutLog* log, const char* name, const ImVec2& min, const ImVec2& max) {
  if (log == nullptr) return;
  NamedRect entry;
  std::snprintf(entry.name, sizeof entry.name, "%s", name);
  entry.rect = ImVec4(min.x, min.y, max.x - min.x, max.y - min.y);
  log->push_back(entry);
}

SliderSpec InputSliderSpec(const InputInfo& info, int year_index) {
  SliderSpec spec;
  spec.slider_min = info.slider_min;
  spec.slider_max = info.slider_max;
  spec.valid_min = info.min_value;
  spec.valid_max = info.max_value;
  spec.unit = info.unit;
  spec.decimals = info.decimals;
  spec.marker_value = ReferenceValue(info, year_index);
  return spec;
}

namespace {

// The ImGui format of a slider's value, as core/format.h writes it: "$%.2fB", "%.1f%%",
// "%+.1f pts" (a change), "%.2f×", after the caption ("target: $%.2fB").
void SliderFormat(const SliderSpec& spec, char* out, std::size_t size) {
  const bool money = spec.unit == Unit::kBillionUsd;
  const char* suffix = "";
  switch (spec.unit) {
    case Unit::kBillionUsd:
      suffix = spec.change ? " $B" : "B";
      break;
    case Unit::kPercent:
    case Unit::kPercentPerYear:
      suffix = "%%";
      break;
    case Unit::kPoints:
      suffix = " pts";
      break;
    case Unit::kFactor:
    case Unit::kMultiple:
      suffix = kTimes;
      break;
    default:
      break;
  }
  std::snprintf(out, size, "%s%s%%%s.%df%s", spec.caption != nullptr ? spec.caption : "",
                money && !spec.change ? "$" : "", spec.change ? "+" : "", spec.decimals, suffix);
}

}  // namespace

bool ValueSlider(const WidgetContext& context, const char* id, double* value,
                 const SliderSpec& spec) {
  ImGui::SetNextItemWidth(spec.width);
  ImGuiSliderFlags flags = spec.logarithmic ? ImGuiSliderFlags_Logarithmic : 0;
  char format[48];
  SliderFormat(spec, format, sizeof format);
  double shown = *value;
  const bool changed = ImGui::SliderScalar(id, ImGuiDataType_Double, &shown, &spec.slider_min,
                                           &spec.slider_max, format, flags);
  context.tab_stops->Track();
  const ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (spec.name != nullptr) {
    char name[24];
    std::snprintf(name, sizeof name, "slider:%s", spec.name);
    RecordRect(context.layout, name, frame.Min, frame.Max);
  }

  if (std::isfinite(spec.marker_value) && spec.marker_value >= spec.slider_min &&
      spec.marker_value <= spec.slider_max && !spec.logarithmic) {
    // Where ImGui puts the grab's centre for this value (imgui_widgets.cpp,
    // SliderBehaviorT): padding 2, grab size at least GrabMinSize.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float grab_padding = 2.0f;
    const float usable = frame.GetWidth() - grab_padding * 2.0f;
    const float grab = std::max(style.GrabMinSize, 0.0f);
    const float t = static_cast<float>((spec.marker_value - spec.slider_min) /
                                       (spec.slider_max - spec.slider_min));
    const float x = frame.Min.x + grab_padding + grab * 0.5f + t * (usable - grab);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y = frame.Max.y;
    draw->AddTriangleFilled(ImVec2(x, y - 5.0f), ImVec2(x - 5.0f, y + 2.0f),
                            ImVec2(x + 5.0f, y + 2.0f), context.palette->reported);
  }

  if (!changed) return false;
  *value = std::clamp(shown, spec.valid_min, spec.valid_max);
  return true;
}

void InputLabel(const WidgetContext& context, const char* label, const char* source,
                const char* note) {
  ImGui::PushID(label);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID open_id = ImGui::GetID("source-open");
  bool open = storage->GetBool(open_id, false);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const char* button = open ? "source \xE2\x96\xB2" : "source \xE2\x96\xBC";  // ▲ ▼

  // The label, wrapped on narrow screens; the source toggle after it when it fits.
  ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label);
  ImGui::PopTextWrapPos();
  const float label_end = ImGui::GetItemRectMax().x;
  const bool one_line = ImGui::GetItemRectSize().y < ImGui::GetFrameHeight() + 1.0f;

  const float line_height = ImGui::GetFrameHeight();  // of the label's (body) font
  ImGui::PushFont(context.fonts->small);
  const float button_width = ImGui::CalcTextSize(button).x + 12.0f;
  if (one_line && label_end + style.ItemSpacing.x + button_width <= right) ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 10.0f);
  // Centred on the label's line (the small button is shorter than a frame).
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                       std::floor((line_height - ImGui::GetFrameHeight()) * 0.5f));
  // The source: inline on tap, click or Enter; as a tooltip on hover.
  if (ImGui::Button(button)) {
    open = !open;
    storage->SetBool(open_id, open);
  }
  context.tab_stops->Track();
  ImGui::PopStyleVar(2);
  if (!open && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
    ImGui::SetNextWindowSize(ImVec2(std::min(320.0f, ImGui::GetIO().DisplaySize.x - 20.0f), 0));
    ImGui::BeginTooltip();
    ImGui::TextWrapped("%s", source);
    ImGui::EndTooltip();
  }
  // The note's value, right-aligned: on the same line when there is room, else below.
  if (note != nullptr && note[0] != '\0') {
    const float width = ImGui::CalcTextSize(note).x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(std::max(ImGui::GetCursorScreenPos().x, right - width),
                                     ImGui::GetCursorScreenPos().y));
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, context.palette->reported);
    ImGui::TextUnformatted(note);
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
  if (open) TextWrappedColored(context.fonts->small, context.palette->text_muted, source);
  ImGui::PopID();
}

bool ChoiceButtons(const WidgetContext& context, const char* id, const char* const* labels,
                   int count, int* selected) {
  ImGui::PushID(id);
  bool changed = false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetContentRegionMax().x + ImGui::GetWindowPos().x;
  for (int i = 0; i < count; ++i) {
    const ImVec2 size = ImGui::CalcTextSize(labels[i]);
    const float width = size.x + style.FramePadding.x * 2.0f;
    if (i > 0) {
      ImGui::SameLine(0.0f, 6.0f);
      // Wrap when the button would cross the right edge.
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    const bool is_selected = *selected == i;
    if (is_selected) {
      ImGui::PushStyleColor(ImGuiCol_Button, context.palette->accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, context.palette->accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, context.palette->accent);
      ImGui::PushStyleColor(ImGuiCol_Text, context.palette->on_accent);
    }
    ImGui::PushID(i);
    if (ImGui::Button(labels[i]) && !is_selected) {
      *selected = i;
      changed = true;
    }
    context.tab_stops->Track();
    ImGui::PopID();
    if (is_selected) ImGui::PopStyleColor(4);
  }
  ImGui::PopID();
  return changed;
}

namespace {

// Wrapped text in a font (nullptr: the current one) and a colour; [text, text_end).
void WrappedText(ImFont* font, ImU32 colour, const char* text, const char* text_end) {
  if (font != nullptr) ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text, text_end);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (font != nullptr) ImGui::PopFont();
}

void BoldText(ImFont* font, ImU32 colour, const char* text, const char* text_end) {
  ImGui::PushFont(font);
  const float wrap_width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const ImVec2 size = ImGui::CalcTextSize(text, text_end, false, wrap_width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The face drawn again one device pixel to the right, once or twice: about 0.7 CSS px
  // of extra stroke at any devicePixelRatio, and every copy on the pixel grid.
  const float ratio = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1.0f);
  const int copies = std::max(1, static_cast<int>(ratio * 0.8f + 0.5f));
  for (int i = 0; i <= copies; ++i) {
    draw->AddText(font, ImGui::GetFontSize(), ImVec2(pos.x + static_cast<float>(i) / ratio, pos.y),
                  colour, text, text_end, wrap_width);
  }
  const float offset = static_cast<float>(copies) / ratio;
  ImGui::Dummy(ImVec2(size.x + offset, size.y));
  ImGui::PopFont();
}

// printf-style text into ImGui's temporary buffer (valid until the next such call), then
// drawn by `draw`.
void DrawFormatted(void (*draw)(ImFont*, ImU32, const char*, const char*), ImFont* font,
                   ImU32 colour, const char* format, va_list args) {
  const char* text = nullptr;
  const char* text_end = nullptr;
  ImFormatStringToTempBufferV(&text, &text_end, format, args);
  draw(font, colour, text, text_end);
}

}  // namespace

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
  BoldText(font, colour, text, nullptr);
}

void BoldTextWrappedF(ImFont* font, ImU32 colour, const char* format, ...) {
  va_list args;
  va_start(args, format);
  DrawFormatted(BoldText, font, colour, format, args);
  va_end(args);
}

bool LinkButton(const WidgetContext& context, const char* label) {
  ImGui::PushStyleColor(ImGuiCol_Text, context.palette->accent);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::CalcTextSize(label, nullptr, true);
  const bool pressed = ImGui::InvisibleButton(label, size);
  context.tab_stops->Track();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(pos, context.palette->accent, label, ImGui::FindRenderedTextEnd(label));
  // Underlined like a link on the page; thicker when hovered or focused.
  const float thickness = ImGui::IsItemHovered() || ImGui::IsItemFocused() ? 2.0f : 1.0f;
  draw->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y),
                context.palette->accent, thickness);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor();
  return pressed;
}

void Heading(const WidgetContext& context, const char* text) {
  ImGui::Dummy(ImVec2(0, 4));
  BoldTextWrapped(context.fonts->heading, context.palette->text, text);
}

}  // namespace awscalc::ui

namespace awscalc::ui {

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

void TextGrid::Header(std::initializer_list<const char*> titles) {
  ImGui::PushFont(context_.fonts->small);
  for (const char* title : titles) Cell(title, context_.palette->text_muted);
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
  if (column_ == 0) {
    // A label wraps at whole words; its row grows to hold it.
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, room);
    row_height_ = std::max(line_height_, size.y + 8.0f);
    if (row_ % 2 == 1) {
      draw->AddRectFilled(ImVec2(left_, row_y_), ImVec2(column_x_.back(), row_y_ + row_height_),
                          context_.palette->panel, 4.0f);
    }
    draw->AddText(nullptr, 0.0f,
                  ImVec2(column_x_[0] + padding, row_y_ + (row_height_ - size.y) * 0.5f), ink, text,
                  nullptr, room);
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
    // Reserve the row in the layout so the window's content height includes it.
    ImGui::SetCursorScreenPos(ImVec2(left_, row_y_ - row_height_));
    ImGui::Dummy(ImVec2(column_x_.back() - left_, row_height_ - ImGui::GetStyle().ItemSpacing.y));
    row_height_ = line_height_;
  }
}

}  // namespace awscalc::ui
