package dev.gonggo.classify;

import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an analysed file plainly is not a job posting: a folder of postings also holds its
 * README, a manifest or a table of file names, and those should not be counted as postings. The
 * judgement is deliberately narrow, as a real posting wrongly left out is lost whole: a file with
 * a heading of a posting's part (duties, requirements, preferred, benefits, hiring process) is
 * always a posting. Without one, a file is not a posting when
 * <ul>
 *   <li>it is a table of data: a TSV or CSV file (a manifest), or
 *   <li>it is made of tables and file names: three or more Markdown table rows or named files
 *       (a README describing a folder), or
 *   <li>it holds nothing of a posting at all: no skill, no years, and none of the words a job
 *       offer is written with (채용, 모집, 지원, 경력, 우대, hiring, apply, role…).
 * </ul>
 */
public final class PostingShape {

  /** Markdown table rows or file names that make a file a description of files. */
  private static final int FILE_NOTES = 3;
  private static final Pattern FILE_NAME = Pattern.compile(
      "(?<![\\w.])[\\w\\-가-힣*]+\\.(?:txt|md|html?|hwpx?|pdf|docx?|csv|tsv|json|xlsx?|xml|ya?ml)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern JOB_WORDS = Pattern.compile(
      "채용|모집|지원|경력|신입|우대|자격|담당|업무|근무|직무|연봉|급여|복지|합류|입사"
          + "|(?i:\\b(?:hiring|hire|apply|job|role|position|responsibilit\\w*|qualifications?|"
          + "requirements?|experience|salary|benefits|join us|we are looking)\\b)");

  private PostingShape() {}

  /** Why the file does not look like a job posting, or empty when it may be one. */
  public static Optional<String> notAPosting(Posting posting) {
    for (Section s : posting.text().sections()) {
      if (s.heading() != null && isPostingPart(s.kind())) {
        return Optional.empty();
      }
    }
    String text = posting.text().text();
    if (isTable(posting.text().contentType())) {
      return Optional.of("does not look like a job posting (a table of data)");
    }
    if (fileNotes(text) >= FILE_NOTES) {
      return Optional.of("does not look like a job posting (tables and file names, no posting parts)");
    }
    if (posting.skills().isEmpty() && posting.experience().minYears() == null
        && !JOB_WORDS.matcher(text).find()) {
      return Optional.of("does not look like a job posting (no posting parts, skills, years or job words)");
    }
    return Optional.empty();
  }

  private static boolean isPostingPart(SectionKind kind) {
    return switch (kind) {
      case DUTIES, REQUIREMENTS, PREFERRED, BENEFITS, PROCESS -> true;
      default -> false;
    };
  }

  /** Tika's types for tab- and comma-separated data. */
  private static boolean isTable(String contentType) {
    return contentType != null && (contentType.startsWith("text/tab-separated-values")
        || contentType.startsWith("text/csv"));
  }

  /** Markdown table rows and distinct file names. */
  private static int fileNotes(String text) {
    int notes = 0;
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.length() > 2 && s.startsWith("|") && s.endsWith("|")) {
        notes++;
      }
    }
    return notes + (int) FILE_NAME.matcher(text).results().map(m -> m.group().toLowerCase()).distinct().count();
  }
}
