package dev.gonggo.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Korean postings write counts and sums: digits with commas or a decimal point and the
 * units 천 (thousand), 만 (ten thousand), 억 (hundred million) and 조 (trillion): "1,200", "3천",
 * "1.5만", "300억", "1조 2천억".
 */
final class Numbers {

  private static final Pattern PART = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(천|만|억|조)?");

  private Numbers() {}

  /** A count such as a head count: "1,200" 1200, "3천" 3000, "1.5만" 15000; 0 when unreadable. */
  static long count(String written) {
    Matcher m = PART.matcher(written);
    if (!m.find()) {
      return 0;
    }
    double n = value(m.group(1));
    String unit = m.group(2);
    if ("천".equals(unit)) {
      n *= 1_000;
    } else if ("만".equals(unit)) {
      n *= 10_000;
    }
    return Math.round(n);
  }

  /**
   * A sum of money in 억 원 (hundred millions of won): "300억" 300, "3천억" 3000, "1조" 10000,
   * "1조 2천억" 12000; 0 when unreadable.
   */
  static long hundredMillions(String written) {
    Matcher m = PART.matcher(written);
    double total = 0;
    while (m.find()) {
      double n = value(m.group(1));
      String unit = m.group(2);
      total += "조".equals(unit) ? n * 10_000 : "천".equals(unit) ? n * 1_000
          : "만".equals(unit) ? n * 10_000 : n;
    }
    return Math.round(total);
  }

  private static double value(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
