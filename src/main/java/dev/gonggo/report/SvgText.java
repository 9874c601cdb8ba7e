package dev.gonggo.report;

import java.util.Locale;

/**
 * What the charts need to know about text before a browser draws it: about how wide a label is
 * (Hangul and other wide characters take about a full em, Latin letters about half), so that
 * columns are wide enough and a label too long for its place is cut with an ellipsis instead of
 * running into the bars.
 */
final class SvgText {

  private SvgText() {}

  /** About how many pixels wide {@code text} is at {@code size} pixels. */
  static double width(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
          || c >= 0xFF00 && c <= 0xFFEF) {
        em += 1.0;
      } else if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == 'i' || c == 'l' || c == 'j'
          || c == '|' || c == '·') {
        em += 0.3;
      } else if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '%' || c == '×') {
        em += 0.72;
      } else {
        em += 0.56;
      }
    }
    return em * size;
  }

  /** The text, cut with an ellipsis where it would be wider than {@code max} pixels. */
  static String fit(String text, double size, double max) {
    if (width(text, size) <= max) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && width(cut + "…", size) > max) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut.strip() + "…";
  }

  /** A coordinate as SVG writes it: at most one decimal. */
  static String n(double v) {
    double rounded = Math.round(v * 10) / 10.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }
}
