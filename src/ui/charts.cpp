// charts.cpp: see charts.h.
//
// [SECTION] DrawChart: the core's chart data as ImDrawList primitives
// [SECTION] Charts: built by the core, drawn at the cursor, hover in the interface
#include "ui/charts.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

#include "core/format.h"

namespace awscalc::ui {
namespace {

// -----------------------------------------------------------------------------------
// [SECTION] DrawChart: the core's chart data as ImDrawList primitives

void DrawDiamond(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour) {
  draw->AddQuadFilled(ImVec2(centre.x, centre.y - radius), ImVec2(centre.x + radius, centre.y),
                      ImVec2(centre.x, centre.y + radius), ImVec2(centre.x - radius, centre.y),
                      colour);
}

double MeasureSmall(const void* context, std::string_view text) {
  const ImFont* font = static_cast<const ImFont*>(context);
  return font
      ->CalcTextSizeA(font->FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, 0.0f, text.data(),
                      text.data() + text.size())
      .x;
}

// The chart placed at the cursor (it takes its width and height), drawn; its rectangle.
ImRect PlaceChart(const Chart& chart, const Fonts& fonts, const Palette& palette) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(static_cast<float>(chart.width_px), static_cast<float>(chart.height_px));
  ImGui::Dummy(size);
  DrawChart(ImGui::GetWindowDrawList(), chart, origin, fonts, palette);
  return ImRect(origin, ImVec2(origin.x + size.x, origin.y + size.y));
}

// The slot under the mouse when the chart (the last item) is hovered, else -1.
int HoveredSlot(float plot_left, float slot_width, int count) {
  if (!ImGui::IsItemHovered()) return -1;
  const float x = ImGui::GetIO().MousePos.x;
  const int slot = static_cast<int>(std::floor((x - plot_left) / slot_width));
  return slot >= 0 && slot < count ? slot : -1;
}
// The slot of a chart with slots (years) under the mouse.
int HoveredSlot(const Chart& chart, const ImRect& rect) {
  const int slots = std::max(chart.slots, 1);
  return HoveredSlot(rect.Min.x + static_cast<float>(chart.plot.x),
                     static_cast<float>(chart.plot.width / slots), chart.slots);
}

}  // namespace

ChartFont ChartFontOf(const Fonts& fonts) {
  return {fonts.small->FontSize * ImGui::GetIO().FontGlobalScale, MeasureSmall, fonts.small};
}

ImU32 ChartColourOf(const Palette& palette, ChartColour colour) {
  return RgbToImU32(palette.chart.Rgb(colour), palette.chart.Alpha(colour));
}

void DrawChart(ImDrawList* draw, const Chart& chart, ImVec2 origin, const Fonts& fonts,
               const Palette& palette, std::size_t first_shape) {
  ImFont* font = fonts.small;
  const float font_px = static_cast<float>(chart.font_px);
  auto at = [&](double x, double y) {
    return ImVec2(origin.x + static_cast<float>(x), origin.y + static_cast<float>(y));
  };
  for (std::size_t i = first_shape; i < chart.shapes.size(); ++i) {
    const ChartShape& s = chart.shapes[i];
    ImU32 colour = ChartColourOf(palette, s.colour);
    if (s.opacity != 1.0f) {
      const float alpha = static_cast<float>(colour >> IM_COL32_A_SHIFT) * s.opacity;
      colour = (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha + 0.5f) << IM_COL32_A_SHIFT);
    }
    switch (s.kind) {
      case ChartShapeKind::kRect:
        draw->AddRectFilled(
            at(s.x, s.y), at(s.x2, s.y2), colour, static_cast<float>(s.corner_px),
            s.round_bottom ? ImDrawFlags_RoundCornersAll : ImDrawFlags_RoundCornersTop);
        break;
      case ChartShapeKind::kLine: {
        ImVec2 a = at(s.x, s.y);
        ImVec2 b = at(s.x2, s.y2);
        // One-pixel horizontal lines on pixel centres: crisp.
        if (s.thickness_px == 1.0 && s.y == s.y2) a.y = b.y = std::round(a.y) + 0.5f;
        draw->AddLine(a, b, colour, static_cast<float>(s.thickness_px));
        break;
      }
      case ChartShapeKind::kDiamond:
        DrawDiamond(draw, at(s.x, s.y), static_cast<float>(s.corner_px), colour);
        break;
      case ChartShapeKind::kCircle:
        draw->AddCircleFilled(at(s.x, s.y), static_cast<float>(s.corner_px), colour);
        break;
      case ChartShapeKind::kPolyline: {
        std::vector<ImVec2> points;
        points.reserve(s.point_count);
        for (const ChartPoint& p : chart.PointsOf(s)) points.push_back(at(p.x, p.y));
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_None,
                          static_cast<float>(s.thickness_px));
        break;
      }
      case ChartShapeKind::kBand: {
        // One quadrilateral per pair of points, without anti-aliased edges so neighbours
        // meet without seams.
        const std::span<const ChartPoint> points = chart.PointsOf(s);
        const ImDrawListFlags saved_flags = draw->Flags;
        draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
        for (std::size_t p = 0; p + 1 < points.size(); ++p) {
          const ImVec2 quad[4] = {at(points[p].x, points[p].y), at(points[p].x, points[p].y2),
                                  at(points[p + 1].x, points[p + 1].y2),
                                  at(points[p + 1].x, points[p + 1].y)};
          draw->AddConvexPolyFilled(quad, 4, colour);
        }
        draw->Flags = saved_flags;
        break;
      }
      case ChartShapeKind::kText: {
        const char* text = s.text.c_str();
        const char* end = text + std::strlen(text);
        float x = at(s.x, s.y).x;
        if (s.anchor != TextAnchor::kStart) {
          const float width = font->CalcTextSizeA(font_px, FLT_MAX, 0.0f, text, end).x;
          x -= s.anchor == TextAnchor::kMiddle ? width * 0.5f : width;
        }
        float y = at(s.x, s.y).y;
        // A y axis label centred on its grid line as the line is snapped (below).
        if (s.part == ChartPart::kAxisLabel) {
          y = std::round(y + font_px * 0.5f) + 0.5f - font_px * 0.5f;
        }
        draw->AddText(font, font_px, ImVec2(std::round(x), std::round(y)), colour, text, end);
        break;
      }
    }
  }
}

// -----------------------------------------------------------------------------------
// [SECTION] Charts: built by the core, drawn at the cursor, hover in the interface

ImRect RevenueChart(const Projection& p, const Fonts& fonts, const Palette& palette,
                    float height_px) {
  const Chart chart =
      BuildRevenueChart(p, ImGui::GetContentRegionAvail().x, height_px, ChartFontOf(fonts));
  const ImRect rect = PlaceChart(chart, fonts, palette);
  if (const int hovered = HoveredSlot(chart, rect); hovered >= 0) {
    const YearProjection& y = p.years[hovered];
    ImGui::BeginTooltip();
    ImGui::Text(T("%d: the model gives %s"), y.year, Money(y.aws_from_anthropic_busd).c_str());
    if (y.reported_busd) {
      // As the note wrote it: "~$3B", never "$3.00B".
      ImGui::Text(T("The note: %s"), Reported(*y.reported_busd, y.reported_approximate).c_str());
    } else if (y.year > kLastNoteYear) {
      ImGui::TextUnformatted(T("After 2027: the calculator's extension, not the note."));
    }
    ImGui::EndTooltip();
  }
  return rect;
}

ImRect FanChart(const UncertaintyResult& r, const Projection& p, const Fonts& fonts,
                const Palette& palette, float height_px) {
  const Chart chart =
      BuildFanChart(r, p, ImGui::GetContentRegionAvail().x, height_px, ChartFontOf(fonts));
  const ImRect rect = PlaceChart(chart, fonts, palette);
  if (const int hovered = HoveredSlot(chart, rect); hovered >= 0) {
    const Summary& s = r.aws_from_anthropic_busd;
    ImGui::BeginTooltip();
    ImGui::Text(T("%d: median %s; 80%% of outcomes between %s and %s"), p.years[hovered].year,
                Money(s.p50[hovered]).c_str(), Money(s.p10[hovered]).c_str(),
                Money(s.p90[hovered]).c_str());
    ImGui::EndTooltip();
  }
  return rect;
}

ImRect HistogramChart(const UncertaintyResult& r, const Fonts& fonts, const Palette& palette,
                      float height_px) {
  return PlaceChart(
      BuildHistogramChart(r, ImGui::GetContentRegionAvail().x, height_px, ChartFontOf(fonts)),
      fonts, palette);
}

ImRect TornadoChart(const Tornado& t, const Fonts& fonts, const Palette& palette) {
  const ChartFont font = ChartFontOf(fonts);
  return PlaceChart(
      BuildTornadoChart(t, ImGui::GetContentRegionAvail().x, TornadoChartHeight(font), font), fonts,
      palette);
}

ImRect ScenarioChart(const Projection& current, const std::vector<ScenarioProjection>& scenarios,
                     const Fonts& fonts, const Palette& palette, float height_px) {
  return PlaceChart(BuildScenarioChart(current, scenarios, ImGui::GetContentRegionAvail().x,
                                       height_px, ChartFontOf(fonts)),
                    fonts, palette);
}

ImU32 SeriesColour(const Palette& palette, int index) {
  constexpr ChartColour kSeries[] = {ChartColour::kAccent, ChartColour::kSeries1,
                                     ChartColour::kSeries2, ChartColour::kSeries3};
  return ChartColourOf(palette, kSeries[std::clamp(index, 0, 3)]);
}

}  // namespace awscalc::ui
