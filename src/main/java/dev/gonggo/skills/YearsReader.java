package dev.gonggo.skills;

import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.text.Lines;
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
 * (the largest number asked there, lines that say 우대 aside), the header fields job sites add
 * (경력조건, 경력), the title, then any line that speaks of 경력 or experience outside the intro,
 * the preferred part, the benefits and the hiring process. A number in the intro or the benefits
 * (근속 3년, 설립 10년) is never read as experience, nor one, wherever it stands, that describes
 * the company's age or a tenure (2015년 설립, 10년차 기업, 근속자) or the team ("3~10년 경력의
 * 팀원들"), one in a line that offers another track ("7년 이상 경력의 경우 리드로"), or
 * 신입 in a company programme (신입사원 교육).
 *
 * <p>Requirements for several positions ask for the least of them: a requirements part cut into
 * blocks by lines naming a position ("1) Data Engineer", "[백엔드]"), the same requirements
 * heading repeated, one per position, or requirements that come again after a preferred part
 * (postings ask, then prefer, once per position).
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
  /** 신입, 경력무관, 신입~N년, entry level, new grad; not 신입사원 교육 or 신입 불가. */
  private static final Pattern NONE_NEEDED = Pattern.compile(
      "신입(?![^\\n]{0,8}(?:아쉽|불가|제외|안\\s?됩|지원\\s?불가))(?!\\s*(?:사원)?\\s*(?:교육|연수|온보딩|입문|프로그램|멘토|공채\\s*교육))"
          + "|경력\\s*무관|경력\\s*관계\\s*없|경력\\s*상관\\s*없|(?i:entry[- ]level|new grad|no experience)");
  /** A header field's value that asks for no experience: "경력: 무관", "신입/경력: 신입". */
  private static final Pattern NO_YEARS_VALUE = Pattern.compile(
      "^\\s*(?:무관|관계\\s*없음|상관\\s*없음|신입(?![^\\n]{0,3}[~∼〜\\-–])(?:\\s*[/,·및]\\s*경력)?|누구나)");
  /** A line about the team, not the candidate: "N~M년 경력의 팀원들", "동료들은 평균 7년차". */
  private static final Pattern TEAM = Pattern.compile("팀원|구성원|동료들|멤버들|팀은|팀이|(?i:our team|team members)");
  /**
   * A line about the company's age or a staff member's tenure, not the candidate: "2015년 설립",
   * "업력 12년", "10년차 기업", "근속 4년 포상 휴가".
   */
  private static final Pattern COMPANY_YEARS = Pattern.compile(
      "설립|창립|업력|근속|\\d\\s*년\\s*(?:차|째|된)?\\s*(?:의\\s*)?(?:회사|기업|스타트업)");
  /** How long a line labelling a track of the hiring process is at most: "경력 3년 이상 (경력직)". */
  private static final int TRACK_LABEL = 20;
  /** A step of a hiring process: 서류 전형, 1차 면접, 인터뷰, 사전 과제, 코딩 테스트, 최종 합격. */
  private static final Pattern HIRING_STEP = Pattern.compile(
      "서류\\s*(?:전형|심사|검토)|면접|인터뷰|사전\\s*과제|코딩\\s*테스트|최종\\s*합격|처우\\s*협의|"
          + "(?i:interview|coding test|take-home)");
  /** A line that offers another track: "7년 이상 경력의 경우 Team Lead로 지원 가능". */
  private static final Pattern CONDITIONAL = Pattern.compile("경우|(?i:\\bif you\\b|\\bfor senior\\b)");
  /** A line naming one of several positions inside a requirements part: "1) Data Engineer". */
  private static final Pattern POSITION_LINE = Pattern.compile(
      "^\\s*(?:\\d{1,2}[.)]|[\\[<【(]|[■◆▶])\\s*[^\\d]{2,30}?[\\]>】)]?\\s*$");
  /** What makes "경력 2년" a bound from above: 경력 2년 미만 asks for less, not for two. */
  private static final Pattern UPPER_BOUND = Pattern.compile("\\s*(?:미만|이하|(?i:or less|max))");
  /** 신입~10년: from none up to N years. */
  private static final Pattern NONE_TO = Pattern.compile("신입\\s*(?:~|∼|〜|-|–)\\s*" + N + "\\s*년");
  /** Header fields of job-site exports and summary boxes. */
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*(?:경력조건|경력 조건|경력사항|경력|지원경력|요구경력|신입\\s*/\\s*경력|경력\\s*구분|career|experience)\\s*[:：]\\s*(.+)$",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  /** A line that offers alternatives asks for the least of them. */
  private static final Pattern CHOICE = Pattern.compile("또는|혹은|이나|(?i:\\bor\\b)");
  /** A line that speaks of experience (not of a ban for five years or a founding date). */
  private static final Pattern CAREER_WORD = Pattern.compile(
      "경력|경험|실무|개발|근무|업무|연차|년차|이상|신입|(?i:experience|years|entry|grad)");

  public Experience read(PostingText posting) {
    String text = posting.text();
    Experience required = requirements(posting);
    if (required != null) {
      return required;
    }
    List<Experience> found = new ArrayList<>();
    Matcher header = HEADER.matcher(text);
    while (header.find()) {
      if (NO_YEARS_VALUE.matcher(header.group(1)).lookingAt()) {
        found.add(new Experience(0, null, header.start(1), header.end(1)));
        continue;
      }
      // "신입/경력: 경력" names the choice in its label: only a 신입 in the value takes newcomers
      String label = text.substring(header.start(), header.start(1));
      Experience e = label.contains("신입")
          ? years(text, header.start(1), header.end(1), !header.group(1).strip().equals("경력"))
          : years(text, header.start(1), header.end(1), true);
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
          && s.kind() != SectionKind.PROCESS && s.kind() != SectionKind.PREFERRED) {
        scanLines(posting.lines(), s.start(), s.end(), found, true);
      }
    }
    return found.isEmpty() ? Experience.UNKNOWN : smallest(found);
  }

  /**
   * The years the requirements ask for, or null when they name none. Requirements hold together
   * ("경력 5년 이상" and "Spark 3년 이상" ask for five years); a line that takes newcomers ("신입:
   * 경력 무관") makes the whole a choice, and several positions ask for the least of theirs.
   */
  private static Experience requirements(PostingText posting) {
    String text = posting.text();
    List<List<Experience>> blocks = new ArrayList<>();
    java.util.Map<String, Integer> headings = new java.util.HashMap<>();
    boolean preferredSince = false; // a headed preferred part since the last requirements part
    boolean positions = false;
    for (Section s : posting.sections()) {
      if (s.kind() == SectionKind.PREFERRED && s.heading() != null) {
        preferredSince = true;
      }
      if (s.kind() != SectionKind.REQUIREMENTS) {
        continue;
      }
      positions |= preferredSince && !blocks.isEmpty();
      preferredSince = false;
      if (s.heading() != null) {
        headings.merge(s.heading().replace(" ", ""), 1, Integer::sum);
      }
      List<Experience> block = new ArrayList<>();
      Lines lines = posting.lines();
      for (int i = lines.indexAt(s.start()); i < lines.size() && lines.start(i) < s.end(); i++) {
        int lineStart = Math.max(s.start(), lines.start(i));
        int lineEnd = Math.min(s.end(), lines.end(i));
        if (lineEnd <= lineStart) {
          continue;
        }
        if (POSITION_LINE.matcher(text.substring(lineStart, lineEnd)).matches() && !block.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        }
        scanLines(lines, lineStart, lineEnd, block, false);
      }
      if (!block.isEmpty()) {
        blocks.add(block);
      }
    }
    if (blocks.isEmpty()) {
      return null;
    }
    boolean repeated = headings.values().stream().anyMatch(n -> n >= 2);
    List<Experience> perBlock = new ArrayList<>();
    List<Experience> all = new ArrayList<>();
    for (List<Experience> block : blocks) {
      perBlock.add(largest(block));
      all.addAll(block);
    }
    boolean newcomers = all.stream().anyMatch(e -> e.minYears() == 0);
    if (newcomers) {
      return smallest(all);
    }
    return blocks.size() > 1 && (repeated || positions || positionBlocks(posting)) ? smallest(perBlock)
        : largest(all);
  }

  /** Whether some requirements part is cut into blocks by lines naming positions. */
  private static boolean positionBlocks(PostingText posting) {
    String text = posting.text();
    for (Section s : posting.sections()) {
      if (s.kind() != SectionKind.REQUIREMENTS) {
        continue;
      }
      Lines lines = posting.lines();
      for (int i = lines.indexAt(s.start()); i < lines.size() && lines.start(i) < s.end(); i++) {
        int lineStart = Math.max(s.start(), lines.start(i));
        int lineEnd = Math.min(s.end(), lines.end(i));
        if (lineEnd > lineStart
            && POSITION_LINE.matcher(text.substring(lineStart, lineEnd)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads each line of a stretch of text for years. A line is an item as {@link Lines} cuts them:
   * items a job site ran together on one line ("• 3년 이상 … • 동료들과 …") are read one by one,
   * as they would be on lines of their own, so one item's 또는 or 동료들 says nothing of another's.
   */
  private static void scanLines(Lines lines, int from, int to, List<Experience> out,
      boolean skipHeaderFields) {
    String text = lines.text();
    for (int i = lines.indexAt(from); i < lines.size() && lines.start(i) < to; i++) {
      AnalysisDeadline.check();
      int lineStart = Math.max(from, lines.start(i));
      int lineEnd = Math.min(to, lines.end(i));
      if (lineEnd <= lineStart) {
        continue;
      }
      String line = text.substring(lineStart, lineEnd);
      if (skipHeaderFields && HEADER.matcher(line).matches()) {
        // read as a header field already (경력: 무관, 신입/경력: 경력), not as a line of text
        continue;
      }
      // a condition in parentheses ("(석사의 경우 1년)") is the line's remark, not another track
      boolean aside = SectionSplitter.PREFERENCE.matcher(line).find() || TEAM.matcher(line).find()
          || COMPANY_YEARS.matcher(line).find() || labelsAHiringTrack(lines, i, line)
          || CONDITIONAL.matcher(line.replaceAll("[(（][^)）]*[)）]", "")).find();
      if (!aside && CAREER_WORD.matcher(line).find()) {
        Experience e = years(text, lineStart, lineEnd, true);
        if (e != null) {
          out.add(e);
        }
      }
    }
  }

  /**
   * Whether a short line stands over a list of hiring steps ("경력 3년 이상" then "• 서류 전형 …",
   * "• 1차 면접 …"): it labels the process of one track of applicants, and the years it names say
   * which process applies, not what the posting asks. The next two lines with text are read.
   */
  private static boolean labelsAHiringTrack(Lines lines, int i, String line) {
    if (line.strip().length() > TRACK_LABEL) {
      return false;
    }
    String text = lines.text();
    int read = 0;
    for (int j = i + 1; j < lines.size() && j <= i + 4 && read < 2; j++) {
      String next = text.substring(lines.start(j), lines.end(j));
      if (!next.isBlank()) {
        read++;
        if (HIRING_STEP.matcher(next).find()) {
          return true;
        }
      }
    }
    return false;
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
    List<Experience> ranges = new ArrayList<>();
    while (digits && range.find()) {
      int lo = Integer.parseInt(range.group(1));
      int hi = Integer.parseInt(range.group(2));
      if (lo <= hi && hi <= 40) {
        ranges.add(new Experience(lo, hi, from + range.start(), from + range.end()));
      }
    }
    found.addAll(ranges);
    Matcher atLeast = AT_LEAST.matcher(s);
    int nextRange = 0; // both come in text order: one walk over the ranges, not one per number
    while (digits && atLeast.find()) {
      int n = Integer.parseInt(firstGroup(atLeast));
      int at = from + atLeast.start();
      while (nextRange < ranges.size() && ranges.get(nextRange).end() <= at) {
        nextRange++;
      }
      boolean inRange = nextRange < ranges.size() && ranges.get(nextRange).start() <= at;
      if (n <= 40 && !inRange && !UPPER_BOUND.matcher(s).region(atLeast.end(), s.length()).lookingAt()) {
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
    int[] depth = parenthesisDepth(s);
    List<Experience> main = found.stream().filter(e -> depth[e.start() - from] == 0).toList();
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

  /** How many parentheses are open before each position of a line: one pass, not one per number. */
  private static int[] parenthesisDepth(String line) {
    int[] depth = new int[line.length() + 1];
    int d = 0;
    for (int i = 0; i < line.length(); i++) {
      depth[i] = d;
      char c = line.charAt(i);
      if (c == '(' || c == '（') {
        d++;
      } else if ((c == ')' || c == '）') && d > 0) {
        d--;
      }
    }
    depth[line.length()] = d;
    return depth;
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
