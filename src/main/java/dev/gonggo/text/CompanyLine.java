package dev.gonggo.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hiring company, when a posting names it plainly: a header field such as {@code 회사명: …} or
 * {@code COMPANY: …} near the top (the form job-site exports take), else a bracketed name opening
 * the title ({@code [한빛데이터시스템즈] 데이터 엔지니어}). Anything less certain is left unknown.
 */
public final class CompanyLine {

  private static final int HEAD = 3000;
  private static final Pattern HEADER_FIELD = Pattern.compile(
      "(?m)^\\s*(?:회사명|회사 이름|기업명|회사|company|company name)\\s*[:：]\\s*(.+?)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETED = Pattern.compile("^\\s*[\\[【]([^\\]】]{2,40})[\\]】]");
  /** Bracket words that describe the job, not the company. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "경력|신입|채용|모집|정규직|계약직|인턴|급구|마감|상시|공고|hiring|urgent|remote|재택");

  private CompanyLine() {}

  /** Where a header field names the company: the value and its offsets in the text. */
  public record Field(String name, int start, int end) {}

  /** The value of a company header field near the top of the text, if there is one. */
  public static Optional<Field> headerField(String text) {
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    Matcher field = HEADER_FIELD.matcher(head);
    if (field.find() && !field.group(1).isBlank()) {
      return Optional.of(new Field(field.group(1), field.start(1), field.end(1)));
    }
    return Optional.empty();
  }

  /** The company named in the text or the title, or null. */
  public static String find(String text, String title) {
    Optional<Field> field = headerField(text);
    if (field.isPresent()) {
      return field.get().name();
    }
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    String first = title != null ? title : head.strip().lines().findFirst().orElse("");
    Matcher bracket = BRACKETED.matcher(first);
    if (bracket.find()) {
      String name = bracket.group(1).strip();
      if (!NOT_A_NAME.matcher(name.toLowerCase(Locale.ROOT)).find()) {
        return name;
      }
    }
    return null;
  }
}
