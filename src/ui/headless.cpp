// headless.cpp: see headless.h.
#include "ui/headless.h"

#include <string_view>

#include "core/share_link.h"

namespace awscalc::ui {
namespace {
HeadlessUi* g_current = nullptr;
}  // namespace

void RecordItem(ImGuiContext* context, ImGuiID id, const ImRect& rect) {
  if (g_current == nullptr || id == 0) return;
  // ImGui's implicit "Debug##Default" window exists every frame but draws nothing.
  const ImGuiWindow* window = context->CurrentWindow;
  if (window != nullptr && std::string_view(window->Name).starts_with("Debug##Default")) return;
  g_current->building_.push_back({id, "", rect});
}

void RecordLabel(ImGuiContext*, ImGuiID id, const char* label) {
  if (g_current == nullptr || label == nullptr) return;
  for (auto it = g_current->building_.rbegin(); it != g_current->building_.rend(); ++it) {
    if (it->id == id) {
      it->label = label;
      return;
    }
  }
}

HeadlessUi::HeadlessUi(float width_px, bool dark, float pixel_ratio) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  context_->TestEngineHookItems = true;
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width_px, 4000.0f);
  io.DisplayFramebufferScale = ImVec2(pixel_ratio, pixel_ratio);
  io.DeltaTime = 1.0f / 60.0f;
  UseLanguageFont({});  // the embedded font alone: English
  SetDark(dark);
  ApplyLink(state, ParseLink("v=1"));
}

HeadlessUi::~HeadlessUi() {
  if (g_current == this) g_current = nullptr;
  ImGui::DestroyContext(context_);
}

void HeadlessUi::UseLanguageFont(std::span<const unsigned char> font) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  fonts = LoadFonts(*io.Fonts, io.DisplayFramebufferScale.x, font);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

void HeadlessUi::SetDark(bool dark) {
  palette = MakePalette(dark, state.session.link().view.accent_rgb);
  ApplyStyle(palette, ImGui::GetStyle());
}

void HeadlessUi::Resize(float width_px, float height_px) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize.x = width_px;
  if (height_px > 0.0f) io.DisplaySize.y = height_px;
}

CalculatorFrame HeadlessUi::Frame() {
  ImGui::SetCurrentContext(context_);
  g_current = this;
  building_.clear();
  ImGui::NewFrame();
  CalculatorFrame frame = DrawCalculator(state, fonts, palette, {});
  ImGui::Render();
  items_ = building_;
  layout_ = frame.layout;
  text_ = frame.text;
  return frame;
}

std::vector<RecordedItem> HeadlessUi::Find(const std::string& label) const {
  std::vector<RecordedItem> found;
  for (const RecordedItem& item : items_) {
    if (item.label == label) found.push_back(item);
  }
  return found;
}

const LayoutItem* HeadlessUi::Control(const std::string& name) const {
  for (const LayoutItem& item : layout_) {
    if (name == item.name) return &item;
  }
  return nullptr;
}

void HeadlessUi::MoveMouse(ImVec2 pos) {
  ImGui::GetIO().AddMousePosEvent(pos.x, pos.y);
}
void HeadlessUi::MouseButton(bool down) {
  ImGui::GetIO().AddMouseButtonEvent(0, down);
}
void HeadlessUi::PointerIsTouch(bool touch) {
  ImGui::GetIO().AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
}

void HeadlessUi::Click(ImVec2 pos) {
  MoveMouse(pos);
  Frame();
  MouseButton(true);
  Frame();
  MouseButton(false);
  Frame();
}

bool HeadlessUi::Act(const std::string& name, ActionKind kind, int steps) {
  return ActOnControl(&state.controls, name.c_str(), kind, steps, [this] { Frame(); });
}

std::string HeadlessUi::Type(const std::string& name, const std::string& text) {
  return TypeIntoControl(&state.controls, name.c_str(), text.c_str(), [this] { Frame(); });
}

}  // namespace awscalc::ui

// Dear ImGui's test engine hooks (IMGUI_ENABLE_TEST_ENGINE in native builds).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData*) {
  awscalc::ui::RecordItem(ctx, id, bb);
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  awscalc::ui::RecordLabel(ctx, id, label);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
