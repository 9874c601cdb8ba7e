package dev.gonggo.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans extracted text so that every later stage sees the same thing whatever the file format:
 * Unicode NFC (macOS writes Hangul decomposed, which Nori cannot read), no zero-width characters
 * or byte-order marks, one bullet style per line start, runs of blank space folded while line
 * breaks stay, and at most one empty line in a row.
 */
public final class TextNormalizer {

  /** Bullets seen at the starts of lines in Korean postings. */
  public static final String BULLETS = "ㆍ·•▪■□◦※-‐–∙●○◆◇▶▷►➢✓✔*";

  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  /**
   * A run of blank space other than a line break (NBSP, ideographic space and tabs included) that
   * is not already one plain space: each becomes one plain space.
   */
  private static final Pattern BLANKS = Pattern.compile(
      " [\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+"
          + "|[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000][\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]*");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
  /**
   * A ㆍ (or ·) glued between two words, as in 수집ㆍ가공: Nori reads it as part of a Hangul
   * word, so it becomes a separator the tokenizer breaks on.
   */
  private static final Pattern GLUED_DOT = Pattern.compile("[ㆍ·](?<=[\\p{L}\\p{N}][ㆍ·])(?=[\\p{L}\\p{N}])");
  private static final Pattern MANY_EMPTY_LINES = Pattern.compile("\\n{3,}");

  private TextNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    // The check is far cheaper than composing text that is already NFC, as nearly all is.
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
        : Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = LINE_BREAKS.matcher(s).replaceAll("\n");
    s = GLUED_DOT.matcher(s).replaceAll(", ");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      String clean = BLANKS.matcher(line).replaceAll(" ").strip();
      clean = spaceAfterBullet(clean);
      out.append(clean).append('\n');
    }
    s = MANY_EMPTY_LINES.matcher(out).replaceAll("\n\n");
    return s.strip();
  }

  /** "•데이터" and "-  데이터" both become "• 데이터" / "- 데이터": the bullet stays the line's start. */
  private static String spaceAfterBullet(String line) {
    if (line.length() < 2 || BULLETS.indexOf(line.charAt(0)) < 0) {
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
