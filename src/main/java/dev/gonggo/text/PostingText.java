package dev.gonggo.text;

import java.nio.file.Path;
import java.util.List;

/**
 * A posting as the text stage leaves it: normalised text, split into sections.
 *
 * @param file where it was read from
 * @param contentType the detected media type
 * @param title the document's title when known, else null
 * @param text the normalised text every later offset points into
 * @param sections the sections in text order, covering the text
 */
public record PostingText(Path file, String contentType, String title, String text,
    List<Section> sections) {

  /** How far back a link's start is looked for; longer addresses are not read as links. */
  private static final int MAX_LINK = 500;
  /** Characters a link follows directly: ( of a Markdown link, < of an autolink, quotes. */
  private static final String LINK_OPENERS = "(<[\"'";

  /** The kind of section an offset falls in. */
  public SectionKind sectionAt(int offset) {
    for (Section s : sections) {
      if (s.contains(offset)) {
        return s.kind();
      }
    }
    return SectionKind.OTHER;
  }

  /**
   * Whether an offset falls inside a web address (http://…, https://…, www.…): the words of a
   * link's address (naver.github.io, d2.naver.com) are not words of the posting.
   */
  public boolean inLink(int offset) {
    int start = offset;
    int limit = Math.max(0, offset - MAX_LINK);
    while (start > limit && !Character.isWhitespace(text.charAt(start - 1))
        && LINK_OPENERS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return text.regionMatches(true, start, "http://", 0, 7)
        || text.regionMatches(true, start, "https://", 0, 8)
        || text.regionMatches(true, start, "www.", 0, 4);
  }

  /** The line an offset falls on, without its line break. */
  public String lineAt(int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      start = 0;
    }
    int end = text.indexOf('\n', offset);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
