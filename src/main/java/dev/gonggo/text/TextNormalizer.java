package dev.gonggo.text;

import java.text.Normalizer;

/**
 * Cleans extracted text so that every later stage sees the same thing whatever the file format:
 * Unicode NFC (macOS writes Hangul decomposed, which Nori cannot read), no zero-width characters
 * or byte-order marks, one bullet style per line start, runs of blank space folded while line
 * breaks stay, and at most one empty line in a row.
 *
 * <p>Two passes over the characters rather than a regex per rule: the rules used to be six
 * regexes over the whole text and one more per line, and took as long as the section split and the
 * skills together. TextNormalizerTest holds the passes to those regexes.
 */
public final class TextNormalizer {

  /** Bullets seen at the starts of lines in Korean postings. */
  public static final String BULLETS = "ㆍ·•▪■□◦※-‐–∙●○◆◇▶▷►➢✓✔*";

  private TextNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    // The check is far cheaper than composing text that is already NFC, as nearly all is.
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
        : Normalizer.normalize(raw, Normalizer.Form.NFC);
    return lines(visibleWithNewlines(s));
  }

  /** Without zero-width characters, and with every kind of line break one '\n'. */
  private static String visibleWithNewlines(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean invisible = isInvisible(c);
      boolean lineBreak = c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
      if (out == null) {
        if (!invisible && !lineBreak) {
          continue;
        }
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (lineBreak) {
        out.append('\n');
        if (c == '\r') {
          int next = i + 1;
          while (next < s.length() && isInvisible(s.charAt(next))) {
            next++;
          }
          if (next < s.length() && s.charAt(next) == '\n') {
            i = next; // "\r\n" is one break, zero-width characters between them or not
          }
        }
      } else if (!invisible) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Each line with its blank runs folded to one space, stripped, its bullet set off by one space,
   * a ㆍ or · glued between two words (수집ㆍ가공, which Nori reads as one word) made ", ", and no
   * more than one empty line in a row.
   */
  private static String lines(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    StringBuilder line = new StringBuilder(128);
    int emptyRun = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      if (c == '\n') {
        String clean = spaceAfterBullet(line.toString().strip());
        line.setLength(0);
        // "\n{3,}" in the joined lines becomes "\n\n": an empty line after an empty line is dropped
        emptyRun = clean.isEmpty() ? emptyRun + 1 : 0;
        if (emptyRun < 2) {
          out.append(clean).append('\n');
        }
      } else if (isBlank(c)) {
        int end = i + 1;
        while (end < s.length() && isBlank(s.charAt(end))) {
          end++;
        }
        line.append(' ');
        i = end - 1;
      } else if ((c == 'ㆍ' || c == '·') && i > 0 && i + 1 < s.length()
          && isWordChar(s.codePointBefore(i)) && isWordChar(s.codePointAt(i + 1))) {
        line.append(", ");
      } else {
        line.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || c == '\u00AD';
  }

  /** Blank space other than a line break: tabs, NBSP, the typographic and ideographic spaces. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0'
        || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetter(codePoint) || isNumber(codePoint);
  }

  private static boolean isNumber(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * "•데이터" and "-  데이터" both become "• 데이터" / "- 데이터": the bullet stays the line's start.
   * Two asterisks open Markdown bold ("**우대사항**"), not a bullet: they stay as written.
   */
  private static String spaceAfterBullet(String line) {
    if (line.length() < 2 || BULLETS.indexOf(line.charAt(0)) < 0 || line.startsWith("**")) {
      return line;
    }
    char bullet = line.charAt(0);
    String rest = line.substring(1).strip();
    if (bullet == '-' && !rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
      return line; // a negative number or a range, not a bullet
    }
    return rest.isEmpty() ? String.valueOf(bullet) : bullet + " " + rest;
  }
}
