package dev.gonggo.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The legal and hiring notices a posting closes with (closing-notes.txt): 국가보훈대상자 및 장애인
 * 우대, 수습기간, 허위 기재 시 입사 취소, an equal-opportunity statement. A line holding one is no
 * part of the job, whatever part it was written under.
 */
final class ClosingNotes {

  private static final String RESOURCE = "closing-notes.txt";

  private final Pattern notice;

  private ClosingNotes(List<String> wordings) {
    List<String> groups = wordings.stream().map(w -> "(?:" + w + ")").toList();
    this.notice = Pattern.compile(String.join("|", groups),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static ClosingNotes builtIn() {
    return BuiltIn.NOTES;
  }

  private static final class BuiltIn {
    static final ClosingNotes NOTES =
        new ClosingNotes(BuiltInFile.lines(ClosingNotes.class, RESOURCE));
  }

  /** Whether a line is one of a posting's closing notices. */
  boolean isNotice(CharSequence line) {
    return notice.matcher(line).find();
  }
}
