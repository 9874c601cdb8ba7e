package dev.gonggo.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Formats the highlighter's passages (lines of the posting) as one line of text, matches marked
 * «like this», each passage cut to a window around its first match so a long line stays short.
 */
public final class SnippetFormatter extends PassageFormatter {

  /** Characters of a passage shown around its first match. */
  public static final int WINDOW = 140;
  public static final String OPEN = "«";
  public static final String CLOSE = "»";
  private static final String GAP = " … ";

  private final int window;

  SnippetFormatter(int window) {
    this.window = window;
  }

  /**
   * The snippet of passages that another highlighter (Solr's) gave whole, their matches marked
   * {@link #OPEN}like this{@link #CLOSE}: formatted as gonggo formats its own.
   */
  public static String formatMarked(List<String> marked) {
    StringBuilder content = new StringBuilder();
    Passage[] passages = new Passage[marked.size()];
    for (int i = 0; i < marked.size(); i++) {
      String text = marked.get(i);
      int start = content.length();
      List<int[]> matches = new ArrayList<>();
      int open = -1;
      for (int at = 0; at < text.length(); ) {
        if (text.startsWith(OPEN, at)) {
          open = content.length();
          at += OPEN.length();
        } else if (text.startsWith(CLOSE, at) && open >= 0) {
          matches.add(new int[] {open, content.length()});
          open = -1;
          at += CLOSE.length();
        } else {
          content.append(text.charAt(at++));
        }
      }
      Passage p = new Passage();
      p.setStartOffset(start);
      p.setEndOffset(content.length());
      matches.forEach(m -> p.addMatch(m[0], m[1], new BytesRef(), 1));
      passages[i] = p;
      content.append('\n');
    }
    return new SnippetFormatter(WINDOW).format(passages, content.toString());
  }

  @Override
  public String format(Passage[] passages, String content) {
    List<String> parts = new ArrayList<>();
    for (Passage p : passages) {
      parts.add(passage(p, content));
    }
    return String.join(GAP, parts);
  }

  private String passage(Passage p, String content) {
    int start = p.getStartOffset();
    int end = p.getEndOffset();
    if (p.getNumMatches() > 0 && end - start > window) {
      int first = p.getMatchStarts()[0];
      start = Math.max(start, first - window / 3);
      end = Math.min(end, start + window);
    } else if (end - start > window) {
      end = start + window;
    }
    StringBuilder out = new StringBuilder();
    if (start > p.getStartOffset()) {
      out.append('…');
    }
    int at = start;
    for (int i = 0; i < p.getNumMatches(); i++) {
      int ms = p.getMatchStarts()[i];
      int me = p.getMatchEnds()[i];
      if (ms < at || me > end) {
        continue; // overlaps the previous match, or falls outside the window
      }
      if (ms == at && out.length() >= CLOSE.length() && at > start) {
        out.setLength(out.length() - CLOSE.length()); // 실 and 시간 side by side: one mark
        out.append(content, ms, me).append(CLOSE);
      } else {
        out.append(content, at, ms).append(OPEN).append(content, ms, me).append(CLOSE);
      }
      at = me;
    }
    out.append(content, at, end);
    if (end < p.getEndOffset()) {
      out.append('…');
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}
