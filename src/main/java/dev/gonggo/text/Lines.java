package dev.gonggo.text;

import java.util.Arrays;

/**
 * The lines of a posting's normalised text as a reader sees them: each physical line, and within
 * a line the items a job site ran together on it. Text copied from a job site often holds a whole
 * part on one line: its heading, then its items separated by {@code •} ({@code 자격요건 • Java 3년
 * 이상 • Spark 경험}), or by {@code ㆍ}, {@code ·} or {@code " - "} after a heading. A line is split
 * before every strong bullet ({@code • ▪ ◦ ● ■ ◆ ▶ ✔ ❖}) that does not open it, and, when it
 * opens with a heading, at the weaker separators too; inside an item those (Kafka · Spark) stay.
 * Offsets point into the text: nothing is rewritten. Lookups by offset are binary searches, so
 * every stage can ask for the line of each of its matches in logarithmic time.
 */
public final class Lines {

  /** Bullets that mark an item wherever they stand; the normaliser keeps them at line starts. */
  static final String STRONG_BULLETS = "•▪◦●■□◆◇▶▷►❖✓✔";
  /** Separators that mark items only after a heading: inside an item they join words. */
  private static final String WEAK_SEPARATORS = "ㆍ·∙";
  /** How far back a web address's start is looked for. */
  private static final int MAX_URL = 500;

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private Lines(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The lines of a text, items run together on one line split apart. */
  public static Lines of(String text, Headings headings) {
    IntList starts = new IntList();
    IntList ends = new IntList();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      split(text, lineStart, lineEnd, headings, starts, ends);
      lineStart = lineEnd + 1;
    }
    return new Lines(text, starts.toArray(), ends.toArray());
  }

  /** The physical lines only, for texts that need no item splitting. */
  public static Lines physical(String text) {
    IntList starts = new IntList();
    IntList ends = new IntList();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      starts.add(lineStart);
      ends.add(lineEnd);
      lineStart = lineEnd + 1;
    }
    return new Lines(text, starts.toArray(), ends.toArray());
  }

  private static void split(String text, int from, int to, Headings headings, IntList starts,
      IntList ends) {
    int pieceStart = from;
    // whether the line opens with a heading, asked once, at its first separator
    Boolean headingFirst = null;
    int first = firstNonSpace(text, from, to);
    for (int i = first + 1; i < to; i++) {
      char c = text.charAt(i);
      boolean strong = STRONG_BULLETS.indexOf(c) >= 0;
      boolean weak = !strong && (WEAK_SEPARATORS.indexOf(c) >= 0 || c == '-' && isSpacedHyphen(text, i, to));
      if (!strong && !weak || inUrl(text, from, i)) {
        continue;
      }
      if (headingFirst == null) {
        headingFirst = headings.opensLine(text.substring(from, i));
      }
      if (weak && !headingFirst) {
        continue; // only a heading's items are cut at the weak separators
      }
      int pieceEnd = trimEnd(text, pieceStart, i);
      if (pieceEnd > pieceStart) {
        starts.add(pieceStart);
        ends.add(pieceEnd);
        pieceStart = i;
      }
    }
    starts.add(pieceStart);
    ends.add(to);
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /** " - " between two items; not a hyphen inside a word or a range (3-5년). */
  private static boolean isSpacedHyphen(String text, int i, int to) {
    return i > 0 && i + 1 < to && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
  }

  /** Whether position i lies inside a web address that starts earlier on the line. */
  private static boolean inUrl(String text, int lineStart, int i) {
    int start = i;
    int limit = Math.max(lineStart, i - MAX_URL);
    while (start > limit && text.charAt(start - 1) != ' ') {
      start--;
    }
    return text.startsWith("http", start) || text.startsWith("www.", start);
  }

  /** The text the lines are of. */
  public String text() {
    return text;
  }

  public int size() {
    return starts.length;
  }

  public int start(int line) {
    return starts[line];
  }

  public int end(int line) {
    return ends[line];
  }

  public String line(int line) {
    return text.substring(starts[line], ends[line]);
  }

  /**
   * The index of the line an offset falls on: the last line starting at or before it (an offset
   * on a line break belongs to the line it ends).
   */
  public int indexAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      // several pieces never share a start, but an empty line may start where the next begins
      return i;
    }
    return Math.max(0, -i - 2);
  }

  /** The text of the line an offset falls on. */
  public String lineAt(int offset) {
    return line(indexAt(offset));
  }

  /** Whether the line is a physical line's first piece (it starts the line of the text). */
  public boolean startsPhysicalLine(int line) {
    int s = starts[line];
    return s == 0 || text.charAt(s - 1) == '\n';
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] values = new int[256];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
