package dev.gonggo.skills;

import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import dev.gonggo.text.SectionSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the years of experience a posting asks for. Where it looks, in order: the requirements
 * (the largest number asked there, lines that say 우대 aside), the header fields job sites add (경력조건, 경력), the title,
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
      N + "\\s*년\\s*(?:이상|차|↑|\\+|넘|초과|경력|경험|의|정도|내외|～|~\\s*(?=[^\\d]))"
          + "|경력\\s*" + N + "\\s*년"
          + "|최소\\s*" + N + "\\s*년"
          + "|" + N + "\\s*\\+\\s*(?:years?|yrs?)"
          + "|(?:at least|minimum of|min\\.?|over|more than)\\s*" + N + "\\s*(?:\\+\\s*)?(?:years?|yrs?)"
          + "|" + N + "\\s*(?:or more|plus)?\\s*years?(?:'|’)?\\s*(?:of|experience|in|with|working|professional|hands)",
      Pattern.CASE_INSENSITIVE);
  /** 신입, 경력무관, 신입~N년, entry level, new grad. */
  private static final Pattern NONE_NEEDED = Pattern.compile(
      "신입(?![^\\n]{0,8}(?:아쉽|불가|제외|안\\s?됩|지원\\s?불가))|경력\\s*무관|경력\\s*관계\\s*없|경력\\s*상관\\s*없|(?i:entry[- ]level|new grad|no experience)");
  /** 신입~10년: from none up to N years. */
  private static final Pattern NONE_TO = Pattern.compile("신입\\s*(?:~|∼|〜|-|–)\\s*" + N + "\\s*년");
  /** Header fields of job-site exports and summary boxes. */
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*(?:경력조건|경력 조건|경력사항|경력|지원경력|요구경력|career|experience)\\s*[:：]\\s*(.+)$",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  /** From this many requirements parts on, a posting is taken to hire for several positions. */
  private static final int MANY_POSITIONS = 3;
  /** A line that offers alternatives asks for the least of them. */
  private static final Pattern CHOICE = Pattern.compile("또는|혹은|이나|(?i:\\bor\\b)");
  /** A line that speaks of experience (not of a ban for five years or a founding date). */
  private static final Pattern CAREER_WORD = Pattern.compile(
      "경력|경험|실무|개발|근무|업무|연차|년차|이상|신입|(?i:experience|years|entry|grad)");

  public Experience read(PostingText posting) {
    String text = posting.text();
    List<Experience> found = new ArrayList<>();
    int requirementParts = 0;
    for (Section s : posting.sections()) {
      if (s.kind() == SectionKind.REQUIREMENTS) {
        scanLines(text, s.start(), s.end(), found, true);
        requirementParts++;
      }
    }
    if (!found.isEmpty()) {
      // Requirements hold together: "경력 5년 이상" and "Spark 3년 이상" ask for five years. A
      // notice with a requirements part per position asks for the least of them, and so does
      // one with a line that takes newcomers ("경력: 3년 이상" then "신입: 경력 무관"): a choice.
      boolean newcomers = found.stream().anyMatch(e -> e.minYears() == 0);
      return requirementParts >= MANY_POSITIONS || newcomers ? smallest(found) : largest(found);
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
      Experience e = years(posting.title(), 0, posting.title().length(), true);
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
      boolean preference = SectionSplitter.PREFERENCE.matcher(line).find();
      if (!preference && (!careerOnly || CAREER_WORD.matcher(line).find())) {
        Experience e = years(text, lineStart, lineEnd, true);
        if (e != null) {
          out.add(e);
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * The years one stretch of text asks for, or null. Several numbers on one line hold together
   * ("최소 4년 / 개발 3년 이상" asks for four) unless the line offers a choice (또는, or).
   */
  private static Experience years(String text, int from, int to, boolean allowNone) {
    String s = text.substring(from, to);
    List<Experience> found = new ArrayList<>();
    // Every pattern but NONE_NEEDED needs a digit: most lines have none, and are passed quickly.
    boolean digits = hasDigit(s);
    Matcher range = RANGE.matcher(s);
    Experience lastRange = null;
    while (digits && range.find()) {
      int lo = Integer.parseInt(range.group(1));
      int hi = Integer.parseInt(range.group(2));
      if (lo <= hi && hi <= 40) {
        lastRange = new Experience(lo, hi, from + range.start(), from + range.end());
        found.add(lastRange);
      }
    }
    Matcher atLeast = AT_LEAST.matcher(s);
    while (digits && atLeast.find()) {
      int n = Integer.parseInt(firstGroup(atLeast));
      int at = from + atLeast.start();
      boolean inRange = found.stream().anyMatch(r -> r.maxYears() != null && at >= r.start() && at < r.end());
      if (n <= 40 && !inRange) {
        found.add(new Experience(n, null, at, from + atLeast.end()));
      }
    }
    if (allowNone) {
      Matcher upTo = NONE_TO.matcher(s);
      if (digits && upTo.find()) {
        return new Experience(0, Integer.parseInt(upTo.group(1)), from + upTo.start(), from + upTo.end());
      }
      Matcher none = NONE_NEEDED.matcher(s);
      if (none.find()) {
        return new Experience(0, null, from + none.start(), from + none.end());
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    // A remark in parentheses ("(5년 이상은 시니어로 진행)") gives way to the line's own number.
    List<Experience> main = found.stream().filter(e -> !inParentheses(text, from, e.start())).toList();
    List<Experience> use = main.isEmpty() ? found : main;
    return CHOICE.matcher(s).find() ? smallest(use) : largest(use);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean inParentheses(String text, int lineStart, int at) {
    int depth = 0;
    for (int i = lineStart; i < at; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("no number in " + m.group());
  }

  private static Experience largest(List<Experience> all) {
    Experience best = all.get(0);
    for (Experience e : all) {
      if (e.minYears() > best.minYears()) {
        best = e;
      }
    }
    return best;
  }

  private static Experience smallest(List<Experience> all) {
    Experience best = all.get(0);
    for (Experience e : all) {
      if (e.minYears() < best.minYears()) {
        best = e;
      }
    }
    return best;
  }
}
