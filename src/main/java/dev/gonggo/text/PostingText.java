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

  /** The kind of section an offset falls in. */
  public SectionKind sectionAt(int offset) {
    for (Section s : sections) {
      if (s.contains(offset)) {
        return s.kind();
      }
    }
    return SectionKind.OTHER;
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
