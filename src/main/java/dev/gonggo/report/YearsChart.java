package dev.gonggo.report;

import static dev.gonggo.report.SvgText.n;

import dev.gonggo.search.MarketStats.YearsBucket;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The least years of experience the postings ask, as a histogram: 신입 (0, entry level or no
 * experience needed) set apart on the left, then one bar per year, then the postings that state
 * none set apart on the right.
 */
final class YearsChart {

  private static final double WIDTH = BarChart.WIDTH;
  private static final double HEIGHT = 250;
  private static final double TOP = 22;
  private static final double BOTTOM = 42;
  private static final double SIDE = 12;
  private static final double GROUP_GAP = 0.9; // in bar slots

  private final List<YearsBucket> buckets;
  private final String notStated;

  YearsChart(List<YearsBucket> buckets, String notStated) {
    this.buckets = List.copyOf(buckets);
    this.notStated = notStated;
  }

  Element appendTo(Element parent) {
    int max = Math.max(1, buckets.stream().mapToInt(YearsBucket::postings).max().orElse(1));
    // Where each bar stands, in bar slots: a gap after 신입 and before "not stated".
    double[] at = new double[buckets.size()];
    double position = 0;
    for (int i = 0; i < buckets.size(); i++) {
      if (i > 0 && (buckets.get(i - 1).label().equals("0") || buckets.get(i).label().equals(notStated))) {
        position += GROUP_GAP;
      }
      at[i] = position;
      position += 1;
    }
    double slot = (WIDTH - 2 * SIDE) / Math.max(position, 6);
    double barWidth = Math.min(56, slot * 0.72);
    double plot = HEIGHT - TOP - BOTTOM;
    Element svg = parent.appendElement("svg").addClass("chart")
        .attr("data-chart", "years")
        .attr("viewBox", "0 0 " + n(WIDTH) + " " + n(HEIGHT))
        .attr("width", n(WIDTH)).attr("height", n(HEIGHT))
        .attr("role", "img").attr("aria-label", "요구 경력 분포 (least years of experience asked)");
    svg.appendElement("line").addClass("base").attr("x1", n(SIDE)).attr("x2", n(WIDTH - SIDE))
        .attr("y1", n(TOP + plot)).attr("y2", n(TOP + plot));
    for (int i = 0; i < buckets.size(); i++) {
      YearsBucket b = buckets.get(i);
      boolean isEntry = b.label().equals("0");
      boolean unstated = b.label().equals(notStated);
      double centre = SIDE + (at[i] + 0.5) * slot;
      double h = plot * b.postings() / max;
      Element g = svg.appendElement("g").addClass("bar")
          .attr("data-label", b.label()).attr("data-postings", Integer.toString(b.postings()));
      String name = label(b.label(), unstated);
      g.appendElement("title").text(name + ": " + String.format(Locale.ROOT, "%,d", b.postings()) + "건");
      g.appendElement("rect")
          .addClass(isEntry ? "seg-entry" : unstated ? "seg-unstated" : "seg-single")
          .attr("x", n(centre - barWidth / 2)).attr("y", n(TOP + plot - h))
          .attr("width", n(barWidth)).attr("height", n(Math.max(h, b.postings() > 0 ? 1 : 0)))
          .attr("rx", "2");
      g.appendElement("text").addClass("value").attr("x", n(centre)).attr("y", n(TOP + plot - h - 6))
          .attr("text-anchor", "middle").text(String.format(Locale.ROOT, "%,d", b.postings()));
      g.appendElement("text").addClass("axis").attr("x", n(centre)).attr("y", n(TOP + plot + 18))
          .attr("text-anchor", "middle")
          .text(SvgText.fit(name, 12, slot + (isEntry || unstated ? slot * GROUP_GAP : 0) - 4));
    }
    return svg;
  }

  private static String label(String bucket, boolean unstated) {
    if (unstated) {
      return "명시 없음";
    }
    if (bucket.equals("0")) {
      return "신입·무관";
    }
    return bucket + "년";
  }
}
