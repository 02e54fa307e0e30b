// charts.cpp: see charts.h.
#include "ui/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/format.h"

namespace awscalc::ui {
namespace {

void DrawDiamond(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour) {
  draw->AddQuadFilled(ImVec2(centre.x, centre.y - radius), ImVec2(centre.x + radius, centre.y),
                      ImVec2(centre.x, centre.y + radius), ImVec2(centre.x - radius, centre.y),
                      colour);
}

// Text horizontally centred on x, with its top at y.
void TextCentred(ImDrawList* draw, ImFont* font, float x, float y, ImU32 colour,
                 const char* text) {
  const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
  draw->AddText(font, size, ImVec2(std::round(x - extent.x * 0.5f), y), colour, text);
}

}  // namespace

Axis NiceAxis(double max_value, int max_ticks) {
  if (!(max_value > 0.0) || !std::isfinite(max_value)) return {1.0, 0.25};
  const double rough = max_value / std::max(max_ticks, 1);
  double magnitude = 1.0;
  while (magnitude * 10.0 <= rough) magnitude *= 10.0;
  while (magnitude > rough) magnitude /= 10.0;
  double step = magnitude;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = magnitude * factor;
    if (step >= rough) break;
  }
  return {std::ceil(max_value / step - 1e-9) * step, step};
}

ImRect RevenueChart(const Projection& p, const Fonts& fonts, const Palette& palette,
                  float height_px) {
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height_px));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* label_font = fonts.small;
  const float label_px = label_font->FontSize * ImGui::GetIO().FontGlobalScale;

  // Scale: the highest of the model's bars and the note's markers, with headroom for
  // the value labels.
  double highest = 0.0;
  for (int i = 0; i < p.horizon_years; ++i) {
    highest = std::max(highest, p.years[i].aws_from_anthropic_busd);
    if (p.years[i].reported_busd) highest = std::max(highest, *p.years[i].reported_busd);
  }
  const Axis axis = NiceAxis(highest * 1.08, 4);

  // Plot area: y labels on the left, year labels below, a legend row above.
  const float axis_label_width =
      label_font->CalcTextSizeA(label_px, FLT_MAX, 0.0f, Money(axis.max, 0).c_str()).x + 8.0f;
  const float legend_height = label_px + 10.0f;
  const ImVec2 plot_min(origin.x + axis_label_width, origin.y + legend_height + label_px + 4.0f);
  const ImVec2 plot_max(origin.x + width - 4.0f, origin.y + height_px - label_px - 8.0f);
  const float plot_height = plot_max.y - plot_min.y;
  auto y_of = [&](double busd) {
    return plot_max.y - static_cast<float>(busd / axis.max) * plot_height;
  };

  // Legend: the model's bars, the note's markers, and the extension when shown.
  float legend_x = origin.x;
  const float legend_y = origin.y;
  auto legend_item = [&](ImU32 colour, bool diamond, const char* text) {
    const ImVec2 centre(legend_x + 6.0f, legend_y + label_px * 0.5f + 1.0f);
    if (diamond) {
      DrawDiamond(draw, centre, 5.5f, colour);
    } else {
      draw->AddRectFilled(ImVec2(centre.x - 5.0f, centre.y - 5.0f),
                          ImVec2(centre.x + 5.0f, centre.y + 5.0f), colour, 2.0f);
    }
    draw->AddText(label_font, label_px, ImVec2(legend_x + 16.0f, legend_y), palette.text_muted,
                  text);
    legend_x += 16.0f + label_font->CalcTextSizeA(label_px, FLT_MAX, 0.0f, text).x + 14.0f;
  };
  legend_item(palette.accent, false, "Model");
  legend_item(palette.reported, true, "The note");
  if (p.horizon_years > kNoteYears) legend_item(palette.accent_soft, false, "Extension");

  // Grid lines and y labels.
  for (double tick = 0.0; tick <= axis.max + axis.step * 0.5; tick += axis.step) {
    const float y = std::round(y_of(tick)) + 0.5f;
    draw->AddLine(ImVec2(plot_min.x, y), ImVec2(plot_max.x, y), palette.grid, 1.0f);
    const ShortText label = Money(tick, axis.step < 1.0 ? 1 : 0);
    const ImVec2 extent = label_font->CalcTextSizeA(label_px, FLT_MAX, 0.0f, label.c_str());
    draw->AddText(label_font, label_px,
                  ImVec2(plot_min.x - 8.0f - extent.x, y - label_px * 0.5f), palette.text_muted,
                  label.c_str());
  }

  // Bars, value labels, the note's markers, year labels.
  const float slot = (plot_max.x - plot_min.x) / static_cast<float>(p.horizon_years);
  const float bar_width = std::min(64.0f, slot * 0.56f);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  int hovered = -1;
  for (int i = 0; i < p.horizon_years; ++i) {
    const YearProjection& y = p.years[i];
    const float centre = plot_min.x + slot * (static_cast<float>(i) + 0.5f);
    const float top = y_of(y.aws_from_anthropic_busd);
    const bool extension = y.year > kLastNoteYear;
    draw->AddRectFilled(ImVec2(centre - bar_width * 0.5f, top),
                        ImVec2(centre + bar_width * 0.5f, plot_max.y),
                        extension ? palette.accent_soft : palette.accent, 3.0f,
                        ImDrawFlags_RoundCornersTop);
    TextCentred(draw, label_font, centre, top - label_px - 3.0f, palette.text,
                Money(y.aws_from_anthropic_busd).c_str());
    if (y.reported_busd) {
      const float marker_y = y_of(*y.reported_busd);
      draw->AddLine(ImVec2(centre - bar_width * 0.5f - 6.0f, marker_y),
                    ImVec2(centre + bar_width * 0.5f + 6.0f, marker_y), palette.reported, 2.0f);
      DrawDiamond(draw, ImVec2(centre + bar_width * 0.5f + 6.0f, marker_y), 5.5f,
                  palette.reported);
    }
    char year[8];
    std::snprintf(year, sizeof year, "%d", y.year);
    TextCentred(draw, label_font, centre, plot_max.y + 5.0f, palette.text_muted, year);
    if (ImGui::IsItemHovered() && mouse.x >= centre - slot * 0.5f &&
        mouse.x < centre + slot * 0.5f) {
      hovered = i;
    }
  }

  if (hovered >= 0) {
    const YearProjection& y = p.years[hovered];
    ImGui::BeginTooltip();
    ImGui::Text("%d: the model gives %s", y.year, Money(y.aws_from_anthropic_busd).c_str());
    if (y.reported_busd) {
      ImGui::Text("The note: %s%s", y.reported_approximate ? "almost " : "",
                  Money(*y.reported_busd).c_str());
    } else if (y.year > kLastNoteYear) {
      ImGui::TextUnformatted("After 2027: the calculator's extension, not the note.");
    }
    ImGui::EndTooltip();
  }
  return ImRect(origin, ImVec2(origin.x + width, origin.y + height_px));
}

}  // namespace awscalc::ui
