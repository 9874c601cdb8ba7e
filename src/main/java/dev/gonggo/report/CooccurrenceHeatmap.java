package dev.gonggo.report;

import static dev.gonggo.report.SvgText.n;

import dev.gonggo.search.MarketStats.SkillMatrix;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * How many postings name both of two of the most named skills, as a heatmap: one {@code
 * rect.cell} per pair, darker for more postings, the count written in it; the diagonal (one skill
 * with itself: the postings naming it) in grey.
 */
final class CooccurrenceHeatmap {

  private static final double CELL = 34;
  private static final double FONT = 12;
  private static final double CELL_FONT = 11;
  /** The lightest and the darkest colour of the scale, as RGB. */
  private static final int[] LIGHT = {0xee, 0xf4, 0xfb};
  private static final int[] DARK = {0x0b, 0x3d, 0x91};

  private final SkillMatrix matrix;
  private final List<String> names;

  /** @param names the skills' display names, in the matrix's order */
  CooccurrenceHeatmap(SkillMatrix matrix, List<String> names) {
    this.matrix = matrix;
    this.names = List.copyOf(names);
  }

  Element appendTo(Element parent) {
    int size = matrix.skills().size();
    double labelWidth = Math.min(170, names.stream().mapToDouble(s -> SvgText.width(s, FONT)).max()
        .orElse(0) + 12);
    // Column labels are turned 45°: they rise up and to the right of their column.
    double rise = labelWidth * Math.sqrt(0.5) + 8;
    double width = labelWidth + size * CELL + rise;
    double height = rise + size * CELL + 4;
    int max = 1;
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (i != j) {
          max = Math.max(max, matrix.postings()[i][j]);
        }
      }
    }
    Element svg = parent.appendElement("svg").addClass("chart")
        .attr("data-chart", "cooccurrence")
        .attr("viewBox", "0 0 " + n(width) + " " + n(height))
        .attr("width", n(width)).attr("height", n(height))
        .attr("style", "max-width: " + n(width) + "px")
        .attr("role", "img").attr("aria-label", "함께 요구되는 기술 (skills named together)");
    for (int j = 0; j < size; j++) {
      double x = labelWidth + j * CELL + CELL / 2;
      svg.appendElement("text").addClass("axis")
          .attr("transform", "translate(" + n(x) + " " + n(rise - 6) + ") rotate(-45)")
          .text(SvgText.fit(names.get(j), FONT, labelWidth - 12));
    }
    for (int i = 0; i < size; i++) {
      double y = rise + i * CELL;
      svg.appendElement("text").addClass("axis").attr("x", n(labelWidth - 8))
          .attr("y", n(y + CELL / 2)).attr("text-anchor", "end").attr("dominant-baseline", "central")
          .text(SvgText.fit(names.get(i), FONT, labelWidth - 12));
      for (int j = 0; j < size; j++) {
        int count = matrix.postings()[i][j];
        double x = labelWidth + j * CELL;
        double t = i == j ? 0 : count / (double) max;
        Element cell = svg.appendElement("rect").addClass("cell")
            .attr("x", n(x + 1)).attr("y", n(y + 1))
            .attr("width", n(CELL - 2)).attr("height", n(CELL - 2)).attr("rx", "2")
            .attr("data-row", matrix.skills().get(i)).attr("data-col", matrix.skills().get(j))
            .attr("data-postings", Integer.toString(count));
        if (i == j) {
          cell.addClass("diagonal");
        } else {
          cell.attr("fill", colour(t));
        }
        cell.appendElement("title").text(i == j
            ? String.format(Locale.ROOT, "%s: %,d건", names.get(i), count)
            : String.format(Locale.ROOT, "%s + %s: %,d건", names.get(i), names.get(j), count));
        if (count > 0) {
          Element text = svg.appendElement("text").addClass("small")
              .attr("x", n(x + CELL / 2)).attr("y", n(y + CELL / 2))
              .attr("text-anchor", "middle").attr("dominant-baseline", "central")
              .attr("pointer-events", "none")
              .text(compact(count));
          if (t > 0.55) {
            text.addClass("on-dark");
          }
        }
      }
    }
    return svg;
  }

  /** A count short enough for a cell: 1234 as 1.2k, 45678 as 46k. */
  static String compact(int count) {
    if (count < 1000) {
      return Integer.toString(count);
    }
    if (count < 10_000) {
      return String.format(Locale.ROOT, "%.1fk", count / 1000.0);
    }
    return Math.round(count / 1000.0) + "k";
  }

  private static String colour(double t) {
    StringBuilder hex = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      hex.append(String.format(Locale.ROOT, "%02x", Math.round(LIGHT[c] + (DARK[c] - LIGHT[c]) * t)));
    }
    return hex.toString();
  }
}
