package dev.gonggo.report;

import static dev.gonggo.report.SvgText.n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Horizontal bars as inline SVG, one row each: a label, a bar of one or more segments laid end to
 * end (required, then preferred, then the rest), and the bar's figures after it. Each bar is a
 * {@code g.bar} carrying its numbers as data attributes and a tooltip.
 */
final class BarChart {

  /** One part of a bar: its CSS kind ({@code seg-KIND}) and its length in the chart's unit. */
  record Segment(String kind, double value) {}

  /**
   * One row.
   *
   * @param label what the bar is of, left of it
   * @param segments its parts, laid end to end
   * @param figures the numbers written after the bar
   * @param tooltip shown on hover
   * @param data data attributes ({@code data-NAME}), the numbers a reader or a test can check
   */
  record Bar(String label, List<Segment> segments, String figures, String tooltip,
      Map<String, String> data) {

    double length() {
      return segments.stream().mapToDouble(Segment::value).sum();
    }
  }

  static final double WIDTH = 960;
  private static final double ROW = 27;
  private static final double THICKNESS = 17;
  private static final double FONT = 13;
  private static final double FIGURES_FONT = 12;
  private static final double PAD = 10;

  private final String name;
  private final String description;
  private final List<Bar> bars;
  private final double scaleEnd;
  private final double width;

  /**
   * @param name the chart's name ({@code data-chart})
   * @param description what it shows, for screen readers
   * @param scaleEnd the value a full-length bar stands for; 0 for the longest bar's
   */
  BarChart(String name, String description, List<Bar> bars, double scaleEnd) {
    this(name, description, bars, scaleEnd, WIDTH);
  }

  BarChart(String name, String description, List<Bar> bars, double scaleEnd, double width) {
    this.name = name;
    this.description = description;
    this.bars = List.copyOf(bars);
    this.scaleEnd = scaleEnd > 0 ? scaleEnd
        : bars.stream().mapToDouble(Bar::length).max().orElse(1);
    this.width = width;
  }

  /** Appends the chart's {@code svg} to {@code parent}. */
  Element appendTo(Element parent) {
    double labelWidth = clamp(bars.stream().mapToDouble(b -> SvgText.width(b.label(), FONT)).max()
        .orElse(0) + 2 * PAD, 80, width * 0.34);
    // The figures start 6 pixels after their bar; a tenth more than the estimate is kept free.
    double figuresWidth = clamp(bars.stream().mapToDouble(b -> SvgText.width(b.figures(), FIGURES_FONT))
        .max().orElse(0) * 1.1 + 6 + PAD, 40, width * 0.4);
    double barArea = width - labelWidth - figuresWidth;
    double height = Math.max(ROW, bars.size() * ROW);
    Element svg = parent.appendElement("svg").addClass("chart")
        .attr("data-chart", name)
        .attr("viewBox", "0 0 " + n(width) + " " + n(height))
        .attr("width", n(width)).attr("height", n(height))
        .attr("style", "max-width: " + n(width) + "px")
        .attr("role", "img").attr("aria-label", description);
    svg.appendElement("line").addClass("base")
        .attr("x1", n(labelWidth)).attr("x2", n(labelWidth))
        .attr("y1", "0").attr("y2", n(height));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = i * ROW + (ROW - THICKNESS) / 2;
      double middle = i * ROW + ROW / 2;
      Element g = svg.appendElement("g").addClass("bar");
      bar.data().forEach((k, v) -> g.attr("data-" + k, v));
      g.appendElement("title").text(bar.tooltip());
      g.appendElement("text").attr("x", n(labelWidth - 8)).attr("y", n(middle))
          .attr("text-anchor", "end").attr("dominant-baseline", "central")
          .text(SvgText.fit(bar.label(), FONT, labelWidth - PAD - 2));
      double x = labelWidth;
      for (Segment s : bar.segments()) {
        double w = barArea * s.value() / scaleEnd;
        if (w > 0) {
          g.appendElement("rect").addClass("seg-" + s.kind())
              .attr("x", n(x)).attr("y", n(y)).attr("width", n(Math.max(w, 1)))
              .attr("height", n(THICKNESS)).attr("rx", "2");
          x += w;
        }
      }
      g.appendElement("text").addClass("value").attr("x", n(x + 6)).attr("y", n(middle))
          .attr("dominant-baseline", "central").text(bar.figures());
    }
    return svg;
  }

  private static double clamp(double v, double least, double most) {
    return Math.max(least, Math.min(most, v));
  }

  /** Data attributes in the order given. */
  static Map<String, String> data(String... keysAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      out.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
