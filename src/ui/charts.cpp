// charts.cpp: see charts.h.
//
// [SECTION] DrawChart: the core's chart data as ImDrawList primitives
// [SECTION] Plot: the core's chart frame (ChartBuilder), drawn as it grows
// [SECTION] RevenueChart
// [SECTION] FanChart, HistogramChart
// [SECTION] TornadoChart
// [SECTION] ScenarioChart
#include "ui/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "core/explain.h"
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

// -----------------------------------------------------------------------------------
// [SECTION] Plot: the core's chart frame (ChartBuilder), drawn as it grows

// The rectangle a chart takes (the full content width at the cursor), its plot area
// inside, the legend row above it and the y axis labels left of it: laid out by the
// core, drawn here shape by shape, under whatever the chart draws next.
class Plot {
 public:
  Plot(const Fonts& fonts, const Palette& palette, float height_px, Axis axis, bool y_labels)
      : fonts_(fonts),
        palette_(palette),
        builder_(ImGui::GetContentRegionAvail().x, height_px, ChartFontOf(fonts), axis, y_labels) {
    draw_ = ImGui::GetWindowDrawList();
    origin_ = ImGui::GetCursorScreenPos();
    const Chart& chart = builder_.chart();
    ImGui::Dummy(ImVec2(static_cast<float>(chart.width_px), height_px));
    rect_ = ImRect(origin_,
                   ImVec2(origin_.x + static_cast<float>(chart.width_px), origin_.y + height_px));
    Flush();
  }

  ImDrawList* draw() const { return draw_; }
  const ImRect& rect() const { return rect_; }
  ImVec2 min() const { return Screen(builder_.plot().x, builder_.plot().y); }
  ImVec2 max() const { return Screen(builder_.plot().Right(), builder_.plot().Bottom()); }

  float Y(double value) const { return origin_.y + static_cast<float>(builder_.Y(value)); }
  float SlotX(int i, int count) const {
    return origin_.x + static_cast<float>(builder_.SlotX(i, count));
  }
  float SlotWidth(int count) const { return static_cast<float>(builder_.SlotWidth(count)); }

  // A label under the plot, centred on x (screen pixels).
  void LabelBelow(float x, const char* text) {
    builder_.LabelBelow(x - origin_.x, text);
    Flush();
  }
  // The next legend entry, left to right along the top.
  void Legend(ChartColour colour, LegendMarker marker, const char* text, float opacity = 1.0f) {
    builder_.Legend(colour, marker, text, opacity);
    Flush();
  }

 private:
  ImVec2 Screen(double x, double y) const {
    return ImVec2(origin_.x + static_cast<float>(x), origin_.y + static_cast<float>(y));
  }
  // Draws the shapes added since the last call.
  void Flush() {
    DrawChart(draw_, builder_.chart(), origin_, fonts_, palette_, drawn_);
    drawn_ = builder_.chart().shapes.size();
  }

  const Fonts& fonts_;
  const Palette& palette_;
  ChartBuilder builder_;
  ImDrawList* draw_ = nullptr;
  ImVec2 origin_;
  ImRect rect_;
  std::size_t drawn_ = 0;
};

void YearLabel(Plot& plot, float x, int year) {
  char text[16];
  std::snprintf(text, sizeof text, "%d", year);
  plot.LabelBelow(x, text);
}

// The slot under the mouse when the chart (the last item) is hovered, else -1.
int HoveredSlot(float plot_left, float slot_width, int count) {
  if (!ImGui::IsItemHovered()) return -1;
  const float x = ImGui::GetIO().MousePos.x;
  const int slot = static_cast<int>(std::floor((x - plot_left) / slot_width));
  return slot >= 0 && slot < count ? slot : -1;
}
int HoveredSlot(const Plot& plot, int count) {
  return HoveredSlot(plot.min().x, plot.SlotWidth(count), count);
}

}  // namespace

ChartFont ChartFontOf(const Fonts& fonts) {
  return {fonts.small->FontSize * ImGui::GetIO().FontGlobalScale, MeasureSmall, fonts.small};
}

ImU32 ChartColourOf(const Palette& palette, ChartColour colour) {
  switch (colour) {
    case ChartColour::kAccent:
      return palette.accent;
    case ChartColour::kAccentSoft:
      return palette.accent_soft;
    case ChartColour::kReported:
      return palette.reported;
    case ChartColour::kText:
      return palette.text;
    case ChartColour::kMuted:
      return palette.text_muted;
    case ChartColour::kGrid:
      return palette.grid;
    case ChartColour::kSeries1:
      return SeriesColour(palette, 1);
    case ChartColour::kSeries2:
      return SeriesColour(palette, 2);
    case ChartColour::kSeries3:
      return SeriesColour(palette, 3);
  }
  return palette.text;
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
// [SECTION] RevenueChart

ImRect RevenueChart(const Projection& p, const Fonts& fonts, const Palette& palette,
                    float height_px) {
  const Chart chart =
      BuildRevenueChart(p, ImGui::GetContentRegionAvail().x, height_px, ChartFontOf(fonts));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(static_cast<float>(chart.width_px), height_px));
  DrawChart(ImGui::GetWindowDrawList(), chart, origin, fonts, palette);

  const float plot_left = origin.x + static_cast<float>(chart.plot.x);
  const float slot_width = static_cast<float>(chart.plot.width / std::max(chart.slots, 1));
  if (const int hovered = HoveredSlot(plot_left, slot_width, chart.slots); hovered >= 0) {
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
  return ImRect(origin,
                ImVec2(origin.x + static_cast<float>(chart.width_px), origin.y + height_px));
}

// -----------------------------------------------------------------------------------
// [SECTION] FanChart, HistogramChart

ImRect FanChart(const UncertaintyResult& r, const Projection& p, const Fonts& fonts,
                const Palette& palette, float height_px) {
  const int years = std::min(r.horizon_years, p.horizon_years);
  const Summary& s = r.aws_from_anthropic_busd;
  double highest = 0.0;
  for (int i = 0; i < years; ++i) {
    highest = std::max({highest, s.p95[i], p.years[i].aws_from_anthropic_busd});
    if (p.years[i].reported_busd) highest = std::max(highest, *p.years[i].reported_busd);
  }
  Plot plot(fonts, palette, height_px, NiceAxis(highest * 1.05, 4), true);
  const ImU32 outer = (palette.accent & 0x00ffffffu) | (0x30u << 24);
  const ImU32 inner = (palette.accent & 0x00ffffffu) | (0x60u << 24);
  plot.Legend(ChartColour::kAccent, LegendMarker::kSquare, "90% of outcomes", 0x30 / 255.0f);
  plot.Legend(ChartColour::kAccent, LegendMarker::kSquare, "80%", 0x60 / 255.0f);
  plot.Legend(ChartColour::kAccent, LegendMarker::kLine, "Median");
  plot.Legend(ChartColour::kText, LegendMarker::kSquare, "Your assumptions");
  plot.Legend(ChartColour::kReported, LegendMarker::kDiamond, "The note");

  ImDrawList* draw = plot.draw();
  auto x_of = [&](int i) { return plot.SlotX(i, years); };
  // Bands: one quadrilateral per pair of years (a box when there is one year), drawn
  // without anti-aliased edges so neighbours meet without seams.
  const ImDrawListFlags saved_flags = draw->Flags;
  draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  auto band = [&](const YearValues& low, const YearValues& high, ImU32 colour) {
    if (years == 1) {
      const float x = x_of(0);
      draw->AddRectFilled(ImVec2(x - 24.0f, plot.Y(high[0])), ImVec2(x + 24.0f, plot.Y(low[0])),
                          colour);
      return;
    }
    for (int i = 0; i + 1 < years; ++i) {
      const ImVec2 quad[4] = {ImVec2(x_of(i), plot.Y(low[i])), ImVec2(x_of(i), plot.Y(high[i])),
                              ImVec2(x_of(i + 1), plot.Y(high[i + 1])),
                              ImVec2(x_of(i + 1), plot.Y(low[i + 1]))};
      draw->AddConvexPolyFilled(quad, 4, colour);
    }
  };
  band(s.p5, s.p95, outer);
  band(s.p10, s.p90, inner);
  draw->Flags = saved_flags;

  ImVec2 median[kMaxYears];
  for (int i = 0; i < years; ++i) median[i] = ImVec2(x_of(i), plot.Y(s.p50[i]));
  if (years > 1) draw->AddPolyline(median, years, palette.accent, ImDrawFlags_None, 2.5f);
  for (int i = 0; i < years; ++i) {
    const YearProjection& y = p.years[i];
    draw->AddCircleFilled(median[i], 3.5f, palette.accent);
    draw->AddRectFilled(ImVec2(x_of(i) - 4.0f, plot.Y(y.aws_from_anthropic_busd) - 4.0f),
                        ImVec2(x_of(i) + 4.0f, plot.Y(y.aws_from_anthropic_busd) + 4.0f),
                        palette.text, 1.0f);
    if (y.reported_busd) {
      DrawDiamond(draw, ImVec2(x_of(i) + 12.0f, plot.Y(*y.reported_busd)), 5.5f, palette.reported);
    }
    YearLabel(plot, x_of(i), y.year);
  }

  if (const int hovered = HoveredSlot(plot, years); hovered >= 0) {
    ImGui::BeginTooltip();
    ImGui::Text("%d: median %s; 80%% of outcomes between %s and %s", p.years[hovered].year,
                Money(s.p50[hovered]).c_str(), Money(s.p10[hovered]).c_str(),
                Money(s.p90[hovered]).c_str());
    ImGui::EndTooltip();
  }
  return plot.rect();
}

ImRect HistogramChart(const UncertaintyResult& r, const Fonts& fonts, const Palette& palette,
                      float height_px) {
  const Histogram& h = r.histogram;
  int most = 1;
  for (int count : h.counts) most = std::max(most, count);
  Plot plot(fonts, palette, height_px, Axis{static_cast<double>(most), 1.0}, false);
  plot.Legend(ChartColour::kAccent, LegendMarker::kSquare, "Above the threshold");
  plot.Legend(ChartColour::kAccentSoft, LegendMarker::kSquare, "At or below");
  plot.Legend(ChartColour::kReported, LegendMarker::kLine, "Threshold");

  ImDrawList* draw = plot.draw();
  const double low = h.edges_busd.front();
  const double high = h.edges_busd.back();
  const double span = high > low ? high - low : 1.0;
  auto x_of = [&](double busd) {
    return plot.min().x + static_cast<float>((busd - low) / span) * (plot.max().x - plot.min().x);
  };
  for (int i = 0; i < kHistogramBins; ++i) {
    const float left = x_of(h.edges_busd[i]);
    const float right = std::max(left + 1.0f, x_of(h.edges_busd[i + 1]) - 1.0f);
    const bool above = h.edges_busd[i] >= r.threshold_busd;
    draw->AddRectFilled(ImVec2(left, plot.Y(h.counts[i])), ImVec2(right, plot.max().y),
                        above ? palette.accent : palette.accent_soft);
  }
  draw->AddLine(ImVec2(plot.min().x, plot.max().y), ImVec2(plot.max().x, plot.max().y),
                palette.grid, 1.0f);
  // A few $ labels under the axis, at nice values.
  const double step = NiceAxis(span, 4).step;
  for (double tick = std::ceil(low / step) * step; tick <= high + 1e-9; tick += step) {
    plot.LabelBelow(x_of(tick), Money(tick, step < 1.0 ? 1 : 0).c_str());
  }
  if (r.threshold_busd >= low && r.threshold_busd <= high) {
    const float x = std::round(x_of(r.threshold_busd)) + 0.5f;
    draw->AddLine(ImVec2(x, plot.min().y - 4.0f), ImVec2(x, plot.max().y), palette.reported, 2.5f);
  }
  return plot.rect();
}

// -----------------------------------------------------------------------------------
// [SECTION] TornadoChart

ImRect TornadoChart(const Tornado& t, const Fonts& fonts, const Palette& palette) {
  ImFont* font = fonts.small;
  const float font_px = font->FontSize * ImGui::GetIO().FontGlobalScale;
  const float row_height = font_px * 2.0f + 14.0f;  // the label, then the bar
  const float legend_height = font_px + 10.0f;
  const float height = legend_height + row_height * kUncertainInputCount + 4.0f;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();

  double low = t.central;
  double high = t.central;
  for (const TornadoBar& bar : t.bars) low = std::min({low, bar.low_output, bar.high_output});
  for (const TornadoBar& bar : t.bars) high = std::max({high, bar.low_output, bar.high_output});
  const double span = high > low ? high - low : 1.0;
  // Room at both ends for the value labels.
  const float pad = std::min(90.0f, width * 0.2f);
  const float left = origin.x + pad;
  const float right = origin.x + width - pad;
  auto x_of = [&](double v) {
    return left + static_cast<float>((v - low) / span) * (right - left);
  };

  const ImU32 low_colour = palette.accent_soft;
  const ImU32 high_colour = palette.accent;
  auto legend = [&](float x, ImU32 colour, const char* text) {
    draw->AddRectFilled(ImVec2(x, origin.y + 3.0f), ImVec2(x + 10.0f, origin.y + 13.0f), colour,
                        2.0f);
    draw->AddText(font, font_px, ImVec2(x + 16.0f, origin.y), palette.text_muted, text);
    return x + 30.0f + font->CalcTextSizeA(font_px, FLT_MAX, 0.0f, text).x;
  };
  legend(legend(origin.x, low_colour, "Input at its low end"), high_colour, "At its high end");

  const float centre_x = std::round(x_of(t.central)) + 0.5f;
  for (int row = 0; row < kUncertainInputCount; ++row) {
    const TornadoBar& bar = t.bars[row];
    const float top = origin.y + legend_height + row_height * static_cast<float>(row);
    draw->AddText(font, font_px, ImVec2(origin.x, top), palette.text,
                  Info(Info(bar.input).input).label);
    const float bar_top = top + font_px + 4.0f;
    const float bar_bottom = top + row_height - 6.0f;
    const float x_low = x_of(bar.low_output);
    const float x_high = x_of(bar.high_output);
    draw->AddRectFilled(ImVec2(std::min(centre_x, x_low), bar_top),
                        ImVec2(std::max(centre_x, x_low), bar_bottom), low_colour, 2.0f);
    draw->AddRectFilled(ImVec2(std::min(centre_x, x_high), bar_top),
                        ImVec2(std::max(centre_x, x_high), bar_bottom), high_colour, 2.0f);
    if (bar.swing == 0.0) {
      draw->AddText(font, font_px, ImVec2(centre_x + 8.0f, bar_top), palette.text_muted,
                    "no effect on this result");
      continue;
    }
    // Each end's output beside it, outside the bar.
    for (const double value : {bar.low_output, bar.high_output}) {
      if (value == t.central) continue;
      const ShortText text = OutputText(t.output, value);
      const float text_width = font->CalcTextSizeA(font_px, FLT_MAX, 0.0f, text.c_str()).x;
      const float x = value < t.central ? x_of(value) - 6.0f - text_width : x_of(value) + 6.0f;
      draw->AddText(font, font_px, ImVec2(x, bar_top + (bar_bottom - bar_top - font_px) * 0.5f),
                    palette.text_muted, text.c_str());
    }
  }
  draw->AddLine(ImVec2(centre_x, origin.y + legend_height), ImVec2(centre_x, origin.y + height),
                palette.text, 1.5f);
  return ImRect(origin, ImVec2(origin.x + width, origin.y + height));
}

// -----------------------------------------------------------------------------------
// [SECTION] ScenarioChart

ImU32 SeriesColour(const Palette& palette, int index) {
  static constexpr std::uint32_t kLight[] = {0, 0x8250df, 0x1a7f37, 0xbc4c00};
  static constexpr std::uint32_t kDark[] = {0, 0xd2a8ff, 0x56d364, 0xffa657};
  if (index <= 0) return palette.accent;
  const int slot = std::min(index, 3);
  return RgbToImU32(palette.dark ? kDark[slot] : kLight[slot]);
}

ImRect ScenarioChart(const Projection& current, const std::vector<ScenarioProjection>& scenarios,
                     const Fonts& fonts, const Palette& palette, float height_px) {
  // Years: the longest horizon among the series.
  int years = current.horizon_years;
  double highest = 0.0;
  for (const ScenarioProjection& s : scenarios) years = std::max(years, s.projection.horizon_years);
  // Series 0 is the reader's assumptions; a scenario's colour follows its slot (1-3).
  auto for_each_series = [&](auto&& fn) {
    fn(0, 0, current, "Your assumptions");
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
      fn(static_cast<int>(i) + 1, scenarios[i].slot, scenarios[i].projection,
         scenarios[i].name.c_str());
    }
  };
  for_each_series([&](int, int, const Projection& p, const char*) {
    for (int i = 0; i < p.horizon_years; ++i)
      highest = std::max(highest, p.years[i].aws_from_anthropic_busd);
  });
  Plot plot(fonts, palette, height_px, NiceAxis(highest * 1.05, 4), true);
  const int series = 1 + static_cast<int>(scenarios.size());
  // The legend names the series by number; the table beside the chart has the names.
  for_each_series([&](int, int slot, const Projection&, const char*) {
    char label[16];
    if (slot == 0) {
      std::snprintf(label, sizeof label, "Yours");
    } else {
      std::snprintf(label, sizeof label, "%d", slot);
    }
    constexpr ChartColour kSeries[] = {ChartColour::kAccent, ChartColour::kSeries1,
                                       ChartColour::kSeries2, ChartColour::kSeries3};
    plot.Legend(kSeries[std::clamp(slot, 0, 3)], LegendMarker::kSquare, label);
  });
  ImDrawList* draw = plot.draw();
  const float group = plot.SlotWidth(years) * 0.8f;
  const float bar = group / static_cast<float>(series);
  for (int y = 0; y < years; ++y) {
    const float start = plot.SlotX(y, years) - group * 0.5f;
    for_each_series([&](int index, int colour, const Projection& p, const char*) {
      if (y >= p.horizon_years) return;
      const float x = start + bar * static_cast<float>(index);
      draw->AddRectFilled(ImVec2(x + 1.0f, plot.Y(p.years[y].aws_from_anthropic_busd)),
                          ImVec2(x + bar - 1.0f, plot.max().y), SeriesColour(palette, colour), 2.0f,
                          ImDrawFlags_RoundCornersTop);
    });
    YearLabel(plot, plot.SlotX(y, years), kFirstYear + y);
  }
  return plot.rect();
}

}  // namespace awscalc::ui
