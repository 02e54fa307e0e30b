// calculator.cpp: see calculator.h. The page's frame: the header, the link-problems
// banner, the panels laid out by width (panel_context.h lists them), the footer.
//
// [SECTION] Applying links
// [SECTION] Header, problems, footer
// [SECTION] DrawCalculator: layout by width
#include "ui/calculator.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/explain.h"
#include "core/reported.h"
#include "ui/panel_context.h"

namespace awscalc::ui {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] Header, problems, footer

void DrawHeader(PanelContext& f) {
  BoldTextWrapped(f.fonts.title, f.palette.text, T(kCalculatorTitle));
  RecordRect(&f.layout, "title", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  TextWrappedF(nullptr, f.palette.text,
               T("%s estimates that Amazon Web Services could earn %s. Change the "
                 "assumptions behind that estimate: every figure here recomputes in your "
                 "browser."),
               kNote.firm, NoteEstimatePhrase().c_str());
  // "Source: <link> reporting a Morgan Stanley note.", centred on the link's line (as
  // tall as a control, for fingers); the words after it wrap below when they must.
  ImGui::PushFont(f.fonts.small);
  ImGui::PushStyleVar(
      ImGuiStyleVar_FramePadding,
      ImVec2(0, std::floor((f.widgets.ControlHeight() - ImGui::GetFontSize()) * 0.5f)));
  ImGui::AlignTextToFramePadding();
  TextLine(nullptr, f.palette.text_muted, T("Source:"));
  ImGui::SameLine(0.0f, 4.0f);
  if (LinkButton(f.widgets, "article", ArticleName().c_str(), kNote.url) &&
      f.hooks.open_url != nullptr) {
    f.hooks.open_url(kNote.url);
  }
  const std::string reporting = StringPrintf(T("reporting a %s note."), kNote.firm);
  const char* rest = reporting.c_str();
  ImGui::SameLine(0.0f, 4.0f);
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(rest).x) {
    ImGui::NewLine();
  } else {
    ImGui::AlignTextToFramePadding();
  }
  TextLine(nullptr, f.palette.text_muted, rest);
  ImGui::PopStyleVar();
  // When the note's figures and the newest reported ones date from (core/reported.h).
  const std::string& as_of = ForLanguage([] { return AsOfLine(); });
  TextWrappedColored(nullptr, f.palette.text_muted, as_of.c_str());
  ImGui::PopFont();
}

void DrawProblems(PanelContext& f) {
  if (f.session().problems().empty()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::Indent(10.0f);
  Heading(f.widgets, T("Part of this link could not be used"), 2, f.palette.warning_text);
  {
    // The problems, each a bullet with its text wrapped beside it.
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x - 10.0f;
    for (const std::string& problem : f.session().problems()) {
      ImGui::PushStyleColor(ImGuiCol_Text, f.palette.warning_text);
      ImGui::Bullet();
      ImGui::PopStyleColor();
      ImGui::SameLine();
      ColumnScope column(ImGui::GetCursorScreenPos().x, right);
      TextWrappedColored(nullptr, f.palette.warning_text, problem.c_str());
    }
  }
  TextWrappedColored(nullptr, f.palette.warning_text, T("Everything else in the link is applied."));
  if (PushButton(f.widgets, "dismiss", T("Dismiss"))) f.session().DismissProblems();
  ImGui::Unindent(10.0f);
  ImGui::Dummy(ImVec2(0, 2));
  const ImVec2 bottom_right(top_left.x + ImGui::GetContentRegionAvail().x,
                            ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(top_left, bottom_right, f.palette.warning_bg, 8.0f);
  draw->ChannelsMerge();
}

void DrawFooter(PanelContext& f) {
  ImGui::Spacing();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::Separator();
  TextWrappedF(f.fonts.small, f.palette.text_muted,
               T("Figures in billions of US dollars. The note: %s, as reported by %s in %s. "
                 "Years after %d, the bear and bull presets and the AWS and Amazon context are "
                 "the calculator's own. Everything is computed in your browser; nothing is sent "
                 "anywhere."),
               kNote.firm, kNote.outlet, Tr("note.month"), kLastNoteYear);
  RecordRect(&f.layout, "footer", top,
             ImVec2(top.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y));
}

bool SameEveryYear(const YearValues& values, int horizon_years) {
  return std::all_of(values.begin(), values.begin() + horizon_years,
                     [&](double v) { return v == values[0]; });
}

}  // namespace

// -----------------------------------------------------------------------------------
// [SECTION] Applying links

void ApplyLink(CalculatorState& state, const ParsedLink& parsed) {
  state.session.Apply(parsed);
  const LinkState& link = state.session.link();
  const Assumptions& a = link.assumptions;
  if (link.goal) state.goal_draft = *link.goal;
  for (const InputInfo& info : AllInputs()) {
    if (info.shape != InputShape::kPerYear) continue;
    state.per_year[static_cast<int>(info.id)] = !SameEveryYear(a.*info.years, a.horizon_years);
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] DrawCalculator

namespace {

// The panels: the assumptions left and the results right on a wide canvas, one column
// on a phone.
void DrawPanels(PanelContext& f, bool two_columns) {
  if (two_columns) {
    // The assumptions left, the results right: each in a group whose right edge is
    // its column's, so wrapping text and full-width controls stay inside it.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = 32.0f;
    const float left_width = std::floor((width - gap) * 0.42f);
    float bottom = top.y;
    {
      ColumnScope column(top.x, top.x + left_width);
      DrawAssumptions(f);
      bottom = std::max(bottom, column.Bottom());
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x + left_width + gap, top.y));
    {
      // The context inputs under the results, so the two columns end near each other.
      ColumnScope column(top.x + left_width + gap, top.x + width);
      DrawResultsTop(f);
      ImGui::Spacing();
      DrawResultSections(f);
      ImGui::Spacing();
      DrawContextAssumptions(f);
      bottom = std::max(bottom, column.Bottom());
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
  } else {
    // One column, for phones: the answer and the inputs that move it most (the first
    // screen holds the figure, the chart and those inputs), then every assumption, then
    // the longer explanations.
    DrawResultsTop(f);
    ImGui::Spacing();
    DrawMainInputs(f);
    ImGui::Spacing();
    DrawAssumptions(f);
    ImGui::Spacing();
    DrawResultSections(f);
    ImGui::Spacing();
    DrawContextAssumptions(f);
  }
}

// Keeps the actions for the controls this frame drew (a button pressed twice between two
// frames takes its second press in the next one); drops those for controls it did not
// draw (the layout changed under them): the page's next key acts on what the reader sees
// now.
void KeepWaitingActions(ControlState& controls, const LayoutLog& layout) {
  ImVector<ControlAction> waiting;
  for (const ControlAction& action : controls.actions) {
    if (action.name[0] == '\0') continue;
    for (const LayoutItem& item : layout) {
      if (std::strcmp(item.name, action.name) == 0) {
        waiting.push_back(action);
        break;
      }
    }
  }
  controls.actions.swap(waiting);
}

}  // namespace

CalculatorFrame DrawCalculator(CalculatorState& state, const Fonts& fonts, const Palette& palette,
                               const CalculatorHooks& hooks) {
  PanelContext f(state, fonts, palette, hooks);
  SetSemanticTarget(&f.widgets);
  state.controls.refused[0] = '\0';
  state.controls.problem[0] = '\0';
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  // An embed in an article's column: no side padding when the host asks.
  const bool side_padding = state.embed.side_padding;
  if (!side_padding) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, ImGui::GetStyle().WindowPadding.y));
  }
  const ImGuiWindowFlags window_flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
      ImGuiWindowFlags_NoBackground;
  ImGui::Begin("AWS revenue from Anthropic", nullptr, window_flags);
  // Anti-aliasing fringes one device pixel wide (not one CSS pixel): crisp lines at
  // devicePixelRatio 2 and 3.
  ImGui::GetWindowDrawList()->_FringeScale = 1.0f / std::max(io.DisplayFramebufferScale.x, 1.0f);

  const bool two_columns = io.DisplaySize.x >= kTwoColumnMinWidthPx;
  f.narrow = io.DisplaySize.x < 600.0f;
  // Controls as tall as the pointer needs (ImGui's own frames too: the scenario names).
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(
      ImGuiStyleVar_FramePadding,
      ImVec2(style.FramePadding.x,
             std::floor((f.widgets.ControlHeight() - ImGui::GetFontSize()) * 0.5f)));
  if (state.coarse_pointer) {
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, 10.0f));
  }
  if (state.embed.header) {
    DrawHeader(f);
    ImGui::Spacing();
  }
  DrawProblems(f);

  DrawPanels(f, two_columns);
  if (state.embed.footer) DrawFooter(f);
  // A slice of the Monte Carlo run (after the UI, so this frame shows the last result
  // and the next one the new).
  const bool busy = state.session.Advance(kSamplesPerFrame);

  CalculatorFrame frame;
  frame.busy = busy;
  frame.content_height_px = std::ceil(ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y -
                                      ImGui::GetStyle().ItemSpacing.y);
  ImGui::PopStyleVar(state.coarse_pointer ? 2 : 1);
  ImGui::End();
  if (!side_padding) ImGui::PopStyleVar();
  SetSemanticTarget(nullptr);
  KeepWaitingActions(state.controls, f.layout);
  frame.actions_waiting = !state.controls.actions.empty();
  frame.link_changed = f.changed;
  frame.two_columns = two_columns;
  frame.chart_rect = ImVec4(f.chart_rect.Min.x, f.chart_rect.Min.y, f.chart_rect.GetWidth(),
                            f.chart_rect.GetHeight());
  frame.layout.swap(f.layout);
  frame.text.swap(f.text);
  return frame;
}

}  // namespace awscalc::ui
