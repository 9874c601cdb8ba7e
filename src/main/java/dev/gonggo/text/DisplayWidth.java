package dev.gonggo.text;

/**
 * How many terminal columns text takes: a Hangul syllable or another East Asian wide character
 * takes two, so tables of Korean names line up only when padded by columns, not characters.
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  public static int of(String s) {
    int columns = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      columns += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return columns;
  }

  /** The text cut to at most {@code columns} and padded with spaces to exactly that many. */
  public static String pad(String s, int columns) {
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int w = wide(c) ? 2 : 1;
      if (used + w > columns) {
        break;
      }
      b.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    return b + " ".repeat(columns - used);
  }

  private static boolean wide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
        || c >= 0xFF01 && c <= 0xFF60 || c >= 0x3000 && c <= 0x303F;
  }
}
