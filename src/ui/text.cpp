// text.cpp: text wrapped at spaces only (never inside a figure), synthetic bold, and
// headings, each recorded as a text or heading of the semantic layer; see widgets.h.
#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "ui/widget_internal.h"

namespace awscalc::ui {

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

namespace {

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
}  // namespace awscalc::ui
