// since_panel.cpp: the "Since the note" section: what has been reported since July 2025
// (core/reported.h, from data/reported.csv) beside the note's assumptions, never mixed
// into them. The as-of line, the reported figures set beside the note's, then every
// fact grouped by what it measures: its period, figure, strength and date, and its
// source as a link where it has an address. A run-rate is always named as one.
#include <cstdio>
#include <string>
#include <string_view>

#include "core/reported.h"
#include "ui/panel_context.h"

namespace awscalc::ui {

void DrawSinceTheNote(PanelContext& f) {
  const ImU32 text = f.palette.text;
  const ImU32 muted = f.palette.text_muted;
  TextWrappedColored(f.fonts.small, muted, AsOfLine().c_str());
  TextWrappedColored(nullptr, text,
                     "The note's assumptions stay the calculator's defaults. What has been "
                     "reported since, beside them:");
  for (const std::string& sentence : SinceTheNoteSentences()) {
    TextWrappedColored(nullptr, text, sentence.c_str());
  }
  TextWrappedColored(f.fonts.small, muted, FormulaLeavesOut().c_str());

  const ReportedFact* previous = nullptr;
  for (const ReportedFact& fact : ReportedFacts()) {
    if (previous == nullptr || previous->measure != fact.measure) {
      Heading(f.widgets, MeasureName(fact.measure), 3);
    }
    // A group's facts share their definition; a fact that defines itself otherwise says so.
    if (previous == nullptr || previous->measure != fact.measure ||
        std::string_view(previous->definition) != fact.definition) {
      TextWrappedColored(f.fonts.small, muted, fact.definition);
    }
    previous = &fact;
    TextWrappedF(nullptr, text, "%s: %s (%s, %s)", fact.period, ReportedValueText(fact).c_str(),
                 StrengthName(fact.strength), fact.reported_on);
    if (fact.url[0] != '\0') {
      ImGui::PushFont(f.fonts.small);
      char key[48];
      std::snprintf(key, sizeof key, "reported-%s", fact.id);
      if (LinkButton(f.widgets, key, fact.source, fact.url) && f.hooks.open_url != nullptr) {
        f.hooks.open_url(fact.url);
      }
      ImGui::PopFont();
    } else {
      TextWrappedColored(f.fonts.small, muted, fact.source);
    }
  }
}

}  // namespace awscalc::ui
