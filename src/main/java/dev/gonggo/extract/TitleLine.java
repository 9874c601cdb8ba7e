package dev.gonggo.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a plain-text or Markdown posting, when the text names one: a Markdown heading on
 * its first line, or a header field such as {@code 공고명: …}, {@code TITLE: …} or {@code 제목: …}
 * in its first lines (the form job-site exports take).
 */
final class TitleLine {

  private static final Pattern HEADER_FIELD = Pattern.compile(
      "(?m)^\\s*(?:공고명|공고 제목|채용공고명|제목|직무명|TITLE|Title|Job Title)\\s*[:：]\\s*(.+?)\\s*$");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,2}\\s+(.+?)\\s*#*\\s*$");

  private TitleLine() {}

  static String find(String text) {
    String head = text.length() > 2000 ? text.substring(0, 2000) : text;
    Matcher field = HEADER_FIELD.matcher(head);
    if (field.find()) {
      return field.group(1);
    }
    for (String line : head.split("\n", 6)) {
      if (line.isBlank()) {
        continue;
      }
      Matcher heading = MARKDOWN_HEADING.matcher(line.replace("\uFEFF", ""));
      // A heading ending in a colon labels what follows (## Mission:), it names no posting.
      return heading.matches() && !heading.group(1).matches(".*[:：]") ? heading.group(1) : null;
    }
    return null;
  }
}
