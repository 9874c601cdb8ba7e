package dev.gonggo.match;

import java.util.Locale;

/**
 * How a person's years meet what a posting asks.
 *
 * @param have the person's years, or null when unknown
 * @param min the least years the posting asks, or null when it says nothing
 * @param max the most it asks (신입~2년, 3~5년), or null
 * @param fit 1 when the years meet the range or cannot be judged; less the further short of the
 *     minimum (or, mildly, the further over a stated maximum)
 */
public record YearsFit(Double have, Integer min, Integer max, double fit) {

  /** What the posting asks: "3+", "3~5", "any", or "not stated". */
  public String asked() {
    if (min == null) {
      return "not stated";
    }
    if (max != null) {
      return min + "~" + max;
    }
    return min == 0 ? "0+ (신입/무관)" : min + "+";
  }

  /** A few words on the fit: "ok", "2 short", "8 over the 3 asked at most". */
  public String note() {
    if (have == null) {
      return "your years unknown";
    }
    if (min != null && have < min) {
      return years(min - have) + " short";
    }
    if (max != null && have > max) {
      return years(have - max) + " over";
    }
    return min == null ? "not asked" : "ok";
  }

  private static String years(double d) {
    return d == Math.rint(d) ? Integer.toString((int) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
