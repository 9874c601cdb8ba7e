package dev.gonggo.skills;

import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the years of experience a posting asks for. Where it looks, in order: the requirements
 * (the smallest number asked there), the header fields job sites add (경력조건, 경력), the title,
 * then any line that speaks of 경력 or experience. A number in the intro or the benefits (근속 3년,
 * 설립 10년) is never read as experience.
 */
public final class YearsReader {

  private static final String N = "(\\d{1,2})";
  private static final String RANGE_SEP = "\\s*(?:~|∼|〜|-|–|to)\\s*";
  /** N~M년, N-M years. */
  private static final Pattern RANGE = Pattern.compile(
      N + "\\s*(?:년)?" + RANGE_SEP + N + "\\s*(?:년|years?|yrs?)", Pattern.CASE_INSENSITIVE);
  /** N년 이상, N년차, N년↑, N+ years, N years of, at least N years, 최소 N년, 경력 N년. */
  private static final Pattern AT_LEAST = Pattern.compile(
      N + "\\s*년\\s*(?:이상|차|↑|\\+|넘|초과|경력|경험|간|의|정도|내외|～|~\\s*(?=[^\\d]))"
          + "|경력\\s*" + N + "\\s*년"
          + "|최소\\s*" + N + "\\s*년"
          + "|" + N + "\\s*\\+\\s*(?:years?|yrs?)"
          + "|(?:at least|minimum of|min\\.?|over|more than)\\s*" + N + "\\s*(?:\\+\\s*)?(?:years?|yrs?)"
          + "|" + N + "\\s*(?:or more|plus)?\\s*years?(?:'|’)?\\s*(?:of|experience|in|with|working|professional|hands)",
      Pattern.CASE_INSENSITIVE);
  /** 신입, 경력무관, 신입~N년, entry level, new grad. */
  private static final Pattern NONE_NEEDED = Pattern.compile(
      "신입|경력\\s*무관|경력\\s*관계\\s*없|경력\\s*상관\\s*없|(?i:entry[- ]level|new grad|no experience)");
  /** Header fields of job-site exports and summary boxes. */
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*(?:경력조건|경력 조건|경력사항|경력|지원경력|요구경력|career|experience)\\s*[:：]\\s*(.+)$",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  private static final Pattern CAREER_WORD = Pattern.compile(
      "경력|경험|실무|(?i:experience|years)");

  public Experience read(PostingText posting) {
    String text = posting.text();
    List<Experience> found = new ArrayList<>();
    for (Section s : posting.sections()) {
      if (s.kind() == SectionKind.REQUIREMENTS) {
        scanLines(text, s.start(), s.end(), found, false);
      }
    }
    if (!found.isEmpty()) {
      return smallest(found);
    }
    Matcher header = HEADER.matcher(text);
    while (header.find()) {
      Experience e = years(text, header.start(1), header.end(1), true);
      if (e != null) {
        found.add(e);
      }
    }
    if (!found.isEmpty()) {
      return smallest(found);
    }
    if (posting.title() != null) {
      Experience e = years(posting.title(), 0, posting.title().length(), false);
      if (e != null) {
        return new Experience(e.minYears(), e.maxYears(), -1, -1);
      }
    }
    for (Section s : posting.sections()) {
      if (s.kind() != SectionKind.INTRO && s.kind() != SectionKind.BENEFITS
          && s.kind() != SectionKind.PROCESS) {
        scanLines(text, s.start(), s.end(), found, true);
      }
    }
    return found.isEmpty() ? Experience.UNKNOWN : smallest(found);
  }

  private static void scanLines(String text, int from, int to, List<Experience> out, boolean careerOnly) {
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      String line = text.substring(lineStart, lineEnd);
      if (!careerOnly || CAREER_WORD.matcher(line).find()) {
        Experience e = years(text, lineStart, lineEnd, true);
        if (e != null) {
          out.add(e);
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The years one stretch of text asks for, or null. */
  private static Experience years(String text, int from, int to, boolean allowNone) {
    String s = text.substring(from, to);
    Experience best = null;
    Matcher range = RANGE.matcher(s);
    while (range.find()) {
      int lo = Integer.parseInt(range.group(1));
      int hi = Integer.parseInt(range.group(2));
      if (lo <= hi && hi <= 40) {
        best = min(best, new Experience(lo, hi, from + range.start(), from + range.end()));
      }
    }
    Matcher atLeast = AT_LEAST.matcher(s);
    while (atLeast.find()) {
      int n = Integer.parseInt(firstGroup(atLeast));
      if (n <= 40 && !insideRange(best, from + atLeast.start())) {
        best = min(best, new Experience(n, null, from + atLeast.start(), from + atLeast.end()));
      }
    }
    if (allowNone) {
      Matcher none = NONE_NEEDED.matcher(s);
      if (none.find()) {
        Integer hi = best != null && best.start() > from + none.start() ? best.maxYears() : null;
        if (best != null && hi == null && best.start() > from + none.start()) {
          hi = best.minYears(); // 신입~10년
        }
        best = new Experience(0, hi, from + none.start(), from + none.end());
      }
    }
    return best;
  }

  private static boolean insideRange(Experience range, int offset) {
    return range != null && range.maxYears() != null && offset >= range.start() && offset < range.end();
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("no number in " + m.group());
  }

  private static Experience min(Experience a, Experience b) {
    return a == null || b.minYears() < a.minYears() ? b : a;
  }

  private static Experience smallest(List<Experience> all) {
    Experience best = all.get(0);
    for (Experience e : all) {
      best = min(best, e);
    }
    return best;
  }
}
