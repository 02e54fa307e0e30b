// semantic_log.cpp: see semantic_log.h (and widget_internal.h for the recording helpers
// the widgets share).
#include "ui/semantic_log.h"

#include <cstdio>
#include <cstring>

#include "core/decimal.h"
#include "core/report.h"
#include "ui/widget_internal.h"

namespace awscalc::ui {
namespace {

// The frame being recorded (SetSemanticTarget), and how many texts and headings it has
// so far (their names: "text:12", "heading:3").
struct SemanticTarget {
  const WidgetContext* context = nullptr;
  int texts = 0;
  int headings = 0;
};
SemanticTarget g_target;

}  // namespace

std::string RectJson(const ImVec4& r) {
  char text[80];
  std::snprintf(text, sizeof text, "[%g,%g,%g,%g]", r.x, r.y, r.z, r.w);
  return text;
}

bool IsControl(Role role) {
  return role != Role::kNone && role != Role::kText && role != Role::kHeading &&
         role != Role::kImage && role != Role::kPanel;
}

void AppendItemJson(std::string& json, const LayoutItem& item, const TextPool& pool) {
  json += "{\"name\":" + JsonString(item.name) + ",\"role\":\"" + RoleName(item.role) +
          "\",\"rect\":" + RectJson(item.rect);
  if (IsControl(item.role)) {
    json += ",\"label\":" + JsonString(item.label);
    json += item.checked ? ",\"checked\":true" : ",\"checked\":false";
    if (item.disabled) json += ",\"disabled\":true";
  }
  if (item.role == Role::kTab || item.role == Role::kRadio) {
    json += ",\"group\":" + JsonString(item.value);
  }
  if (item.role == Role::kHeading) json += ",\"level\":" + std::to_string(item.level);
  if (item.role == Role::kSelect) json += ",\"value\":" + JsonString(item.value);
  if (item.role == Role::kPanel) {
    json += ",\"label\":" + JsonString(item.label) + ",\"group\":" + JsonString(item.value) +
            ",\"children\":" + std::to_string(item.children);
  }
  if (item.role == Role::kSlider) {
    json += ",\"value\":" + JsonString(item.value) + ",\"now\":" + FormatShortest(item.now) +
            ",\"min\":" + FormatShortest(item.min) + ",\"max\":" + FormatShortest(item.max) +
            ",\"validMin\":" + FormatShortest(item.valid_min) +
            ",\"validMax\":" + FormatShortest(item.valid_max) +
            ",\"step\":" + FormatShortest(item.step) + ",\"thumb\":" + RectJson(item.thumb) +
            ",\"valueRect\":" + RectJson(item.value_rect) + ",\"track\":[" +
            FormatShortest(item.track.x) + "," + FormatShortest(item.track.y) + "]";
  }
  if (item.text >= 0) json += ",\"text\":" + JsonString(ItemText(pool, item));
  json += "}";
}

void CopyText(char* out, std::size_t size, const char* text, const char* text_end) {
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

int Pool(TextPool* pool, const char* text, const char* text_end) {
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

LayoutItem* RecordControl(const WidgetContext& c, const char* name, Role role, const char* label,
                          const ImRect& rect) {
  LayoutItem* item = Record(c.layout, name, rect);
  if (item == nullptr) return nullptr;
  item->role = role;
  item->disabled = Disabled();
  CopyText(item->label, sizeof item->label, label, ImGui::FindRenderedTextEnd(label));
  return item;
}

void RecordWords(Role role, const char* text, const char* text_end, const ImRect& rect, int level) {
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

void JoinName(char* out, std::size_t size, const char* group, const char* key) {
  std::snprintf(out, size, "%s:%s", group, key);
}

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

bool TakePress(const WidgetContext& c, const char* name) {
  const ControlAction* action = TakeAction(c, name);
  return action != nullptr && action->kind == ActionKind::kPress && !Disabled();
}

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
    case Role::kSelect:
      return "select";
    case Role::kPanel:
      return "panel";
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

int BeginPanel(const WidgetContext& c, const char* group, const char* label) {
  if (c.layout == nullptr) return -1;
  char name[32];
  JoinName(name, sizeof name, "panel", group);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  LayoutItem* item = Record(c.layout, name, ImRect(top, top));
  item->role = Role::kPanel;
  CopyText(item->label, sizeof item->label, label);
  CopyText(item->value, sizeof item->value, group);
  return c.layout->Size - 1;
}

void EndPanel(const WidgetContext& c, int begin) {
  if (c.layout == nullptr || begin < 0 || begin >= c.layout->Size) return;
  LayoutItem& item = (*c.layout)[begin];
  item.children = c.layout->Size - begin - 1;
  item.rect.z = ImGui::GetContentRegionAvail().x + (ImGui::GetCursorScreenPos().x - item.rect.x);
  item.rect.w = ImGui::GetCursorScreenPos().y - item.rect.y;
}

const char* ItemText(const TextPool& pool, const LayoutItem& item) {
  return item.text >= 0 && item.text < pool.Size ? pool.Data + item.text : "";
}

std::string SemanticLogJson(const LayoutLog& log, const TextPool& pool) {
  std::string json = "[";
  bool first = true;
  for (const LayoutItem& item : log) {
    if (item.role == Role::kNone) continue;
    if (!first) json += ",";
    first = false;
    AppendItemJson(json, item, pool);
  }
  return json + "]";
}

ActionKind ActionKindOf(std::string_view kind) {
  if (kind == "step") return ActionKind::kStep;
  if (kind == "home") return ActionKind::kHome;
  if (kind == "end") return ActionKind::kEnd;
  return ActionKind::kPress;
}

}  // namespace awscalc::ui
