// headless.h: Dear ImGui without a GPU, for the UI tests and the build's tools
// (src/tools). Builds the calculator's frames at a chosen size and theme, records every
// item ImGui adds (through its test engine hooks, in native builds with tests: id,
// label, rectangle) and feeds mouse input and the semantic layer's actions like a
// reader. Native only.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/calculator.h"

namespace awscalc::ui {

struct RecordedItem {
  ImGuiID id = 0;
  std::string label;  // as given to the widget ("##revenue", "Dismiss")
  ImRect rect;
};

class HeadlessUi {
 public:
  explicit HeadlessUi(float width_px = 1200.0f, bool dark = false, float pixel_ratio = 1.0f);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // One frame at the current size; records the items and returns what the UI says.
  CalculatorFrame Frame();
  void Resize(float width_px, float height_px = 0.0f);  // 0: keep the height
  void SetDark(bool dark);
  // Merges the languages' font subset (cmake/assets.cmake) into every size, as the page
  // does when it loads a language's pack, so texts in those languages measure as drawn
  // (an empty span: the embedded font alone, as the constructor loads it).
  void UseLanguageFont(std::span<const unsigned char> font);

  // Items of the last frame whose label is `label`, in the order they were drawn.
  std::vector<RecordedItem> Find(const std::string& label) const;
  // The control or chart of the last frame's layout log named `name` ("slider:gm"), or
  // nullptr: valid until the next frame (copy it to keep it); Centre() of its rectangle.
  const LayoutItem* Control(const std::string& name) const;
  static ImVec2 Centre(const LayoutItem& item) {
    return ImVec2(item.rect.x + item.rect.z * 0.5f, item.rect.y + item.rect.w * 0.5f);
  }
  const std::vector<RecordedItem>& Items() const { return items_; }

  // Input for the next frame.
  void MoveMouse(ImVec2 pos);
  void MouseButton(bool down);
  // What the pointer is from now on: a mouse (the default) or a finger.
  void PointerIsTouch(bool touch);
  // Presses and releases a mouse button at `pos` over two frames.
  void Click(ImVec2 pos);
  // What the page's semantic layer does: an action for the control `name`, carried out
  // in a frame drawn here; true when the control was there to take it. Type: a value
  // typed into a slider or text box; returns why it was refused ("" when taken).
  bool Act(const std::string& name, ActionKind kind, int steps = 0);
  std::string Type(const std::string& name, const std::string& text);
  // The words of a text or chart of the last frame.
  const char* Words(const LayoutItem& item) const { return ItemText(text_, item); }
  const LayoutLog& Layout() const { return layout_; }

  CalculatorState state;
  Fonts fonts;
  Palette palette;

 private:
  friend void RecordItem(ImGuiContext*, ImGuiID, const ImRect&);
  friend void RecordLabel(ImGuiContext*, ImGuiID, const char*);
  ImGuiContext* context_ = nullptr;
  std::vector<RecordedItem> items_;
  LayoutLog layout_;
  TextPool text_;
  std::vector<RecordedItem> building_;
};

}  // namespace awscalc::ui
