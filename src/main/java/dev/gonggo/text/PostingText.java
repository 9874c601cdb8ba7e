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
 * @param lines the text's lines as the sections were cut from them (items run together split)
 * @param companies the names the posting gives in the places a company is named ({@link
 *     CompanyLine}), the most telling first
 */
public record PostingText(Path file, String contentType, String title, String text,
    List<Section> sections, Lines lines, List<CompanyLine.Candidate> companies) {

  /** A posting whose company names are read here, once for every stage that reads them. */
  public PostingText(Path file, String contentType, String title, String text,
      List<Section> sections, Lines lines) {
    this(file, contentType, title, text, sections, lines, CompanyLine.candidates(text, title));
  }

  /** A posting whose lines are worked out here, as the built-in splitter cuts them. */
  public PostingText(Path file, String contentType, String title, String text,
      List<Section> sections) {
    this(file, contentType, title, text, sections, Lines.of(text, Headings.builtIn()));
  }

  /** How far back a link's start is looked for; longer addresses are not read as links. */
  private static final int MAX_LINK = 500;
  /** Characters a link follows directly: ( of a Markdown link, < of an autolink, quotes. */
  private static final String LINK_OPENERS = "(<[\"'";

  /** The kind of section an offset falls in (a binary search: sections are in text order). */
  public SectionKind sectionAt(int offset) {
    Section s = sectionContaining(offset);
    return s == null ? SectionKind.OTHER : s.kind();
  }

  /** The section an offset falls in, or null (a heading, or text no section covers). */
  public Section sectionContaining(int offset) {
    // the last section starting at or before the offset: sections never overlap
    int lo = 0;
    int hi = sections.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sections.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && sections.get(found).contains(offset) ? sections.get(found) : null;
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

  /** The line an offset falls on, without its line break: an item, where items share a line. */
  public String lineAt(int offset) {
    return lines.lineAt(offset);
  }
}
