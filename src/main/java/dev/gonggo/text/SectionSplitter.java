package dev.gonggo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a posting's normalised text into sections at its headings, line by line over its
 * {@link Lines} (so a part written on one line is split into its items first). A heading is a
 * variant of headings.tsv, or a line shaped like a heading whose cue words name a part
 * ({@link Headings#byCues}). Text before the first heading is {@link SectionKind#OTHER}.
 *
 * <p>Where the headings leave the requirements unknown, the labelling rules decide, from how a
 * line is worded:
 * <ul>
 *   <li>no requirements or preferred part at all: each line outside a recognised part is a
 *       preference ("…경험자 우대"), a requirement ("…경험이 있으신 분", "Experience with …", or a
 *       bare list of tools), a duty ("…을 개발합니다") or other text (the title, header fields,
 *       the company's prose);
 *   <li>a preferred part but no requirements heading: the run of items just before the preferred
 *       heading, after the duties, is the requirements;
 *   <li>no requirements part and a duties part that holds them too (one merged list): its lines
 *       about the candidate ("…하신 분", "…경험자") are requirements, and those that say 우대
 *       preferred.
 * </ul>
 */
public final class SectionSplitter {

  /** Wording of a preference: the line is preferred even under a requirements heading. */
  public static final Pattern PREFERENCE = Pattern.compile(
      "우대|선호|가산점|가점|있으면 좋|있다면 좋|있으면 더|있다면 더|하면 좋|이면 좋|라면 좋|좋습니다\\s*$|환영|유리"
          + "|더 좋|더욱 좋|있으시다면|있으시면"
          + "|(?i:\\bplus\\b|\\bbonus\\b|nice[- ]to[- ]have|preferred|is a big plus|would be great|ideally|desirable)");
  /** Wording of a requirement, for lines outside any part. */
  private static final Pattern REQUIREMENT = Pattern.compile(
      "경험|능력|역량|이해|지식|능숙|익숙|가능한 분|있는 분|있으신 분|이상|보유|필수|숙련|활용 가능"
          + "|(?i:experience|proficien|knowledge|familiar|understanding|ability to|skilled|expertise|degree)");
  /**
   * A line about the candidate, not the work: "…하신 분", "…해보신 분", "…하시는 분", "…경험자",
   * "You have …". 분 after a verb's honorific or past form (…신, …시는, …셨던, …던) is a person.
   */
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?:있는|있으신|가진|갖춘|가지신|갖추신|하신|하는|한|된|되신|능한|능하신|익숙한|익숙하신|보유한|보유하신|"
          + "경험한|이해한|이해하고|있고|원하는|원하시는|없는|없으신|[가-힣](?:신|시는|셨던|시던|던))"
          + "\\s*분(?:[.!,]|을|이|께|들|$|\\s)"
          + "|(?:경험|유경험|경력|보유|소지|숙련|능통)자(?:[.!,]|$|\\s|를|로)"
          + "|(?i:\\byou (?:have|are|bring)\\b|\\bexperience (?:with|in)\\b|\\bproficien|\\bfamiliar(?:ity)? with\\b)");
  /** A line about the work: it ends on what is done (…개발, …을 운영합니다, build, design). */
  private static final Pattern DUTY = Pattern.compile(
      "(?:개발|구축|운영|설계|관리|담당|수행|분석|개선|고도화|자동화|최적화|작업|지원|협업|유지보수|리딩)"
          + "(?:합니다|해요|하게 됩니다|하게 돼요|하며|하고|업무|\\s*등)?[.!]?\\s*$"
          + "|(?i:^\\W*(?:build|design|develop|maintain|own|lead|operate|work|collaborate|implement|"
          + "create|improve|manage|drive|you will|you'll)\\b)");
  /** A field of a header block ("경력: 3년", "회사명: …"): not a line of the posting's body. */
  private static final Pattern HEADER_FIELD = Pattern.compile("^[^:：]{1,12}\\s*[:：]\\s*\\S");
  /** A field whose label names what a posting asks of the candidate: 경력, 학력, 전공, 자격. */
  private static final Pattern ASKED_FIELD = Pattern.compile(
      "^\\S?\\s*(?:경력|학력|전공|자격|연차)(?:\\s*(?:사항|요건|조건))?\\s*[:：]");
  /**
   * A Markdown heading line: "## 관련 자료", or "#Data Analyst" as people write it without the
   * space, when no other # follows (a line of hashtags, #재택#유연근무, is no heading).
   */
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}(?:\\s+\\S.*|[^#\\s][^#]*)");
  /** A line of prose this long is the company's or the job's description, not an item. */
  private static final int PROSE = 80;

  private static final ClosingNotes NOTES = ClosingNotes.builtIn();

  private final Headings headings;

  public SectionSplitter(Headings headings) {
    this.headings = headings;
  }

  public SectionSplitter() {
    this(Headings.builtIn());
  }

  public Headings headings() {
    return headings;
  }

  /** The lines of a text, as sections are cut from them. */
  public Lines lines(String text) {
    return Lines.of(text, headings);
  }

  public List<Section> split(String text) {
    return split(text, lines(text));
  }

  public List<Section> split(String text, Lines lines) {
    return notesApart(text, lines, parts(text, lines));
  }

  private List<Section> parts(String text, Lines lines) {
    List<Section> sections = new ArrayList<>();
    SectionKind kind = SectionKind.OTHER;
    String heading = null;
    int start = 0;
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if ((i & 255) == 0) {
        AnalysisDeadline.check();
      }
      int lineStart = lines.start(i);
      int lineEnd = lines.end(i);
      String line = text.substring(lineStart, lineEnd);
      if (continuesAList(text, lines, i)) {
        continue; // "… 우대사항, 혜택 및 복지,\n  기술스택.": the end of a wrapped sentence
      }
      Optional<Headings.Match> match = headings.match(line);
      if (match.isEmpty() && !line.isBlank() && !inNumberedList(text, lines, i)) {
        boolean items = followedByItems(text, lines, i);
        if (line.length() <= 60) {
          match = headings.byCues(line, items);
        }
        if (match.isEmpty()) {
          match = headings.byCuesBeforeColon(line, items);
        }
        if (match.isPresent() && kind == SectionKind.BENEFITS && !endsAPosting(match.get().kind())) {
          // "배움과 성장을 지원합니다", "1. 유연하게 근무합니다": a benefit's own heading
          match = Optional.empty();
        }
      }
      if (match.isPresent()) {
        add(sections, kind, heading, start, lineStart);
        kind = match.get().kind();
        heading = match.get().heading();
        start = Math.min(lineEnd, lineStart + match.get().contentStart());
      } else if (kind != SectionKind.OTHER && line.startsWith("#")
          && MARKDOWN_HEADING.matcher(line).matches()) {
        // A Markdown heading gonggo does not know ("## 관련 자료") still ends the part before it:
        // what follows is not that part's list.
        add(sections, kind, heading, start, lineStart);
        kind = SectionKind.OTHER;
        heading = line.replaceFirst("^#+\\s*", "").strip();
        start = lineEnd;
      }
    }
    add(sections, kind, heading, start, text.length());
    boolean requirements = has(sections, SectionKind.REQUIREMENTS);
    boolean preferred = has(sections, SectionKind.PREFERRED);
    if (requirements && (!preferred || requirementsComeFirst(sections))) {
      return sections;
    }
    if (preferred) {
      return mergedDuties(text, lines, requirementsBeforePreferred(text, lines, sections));
    }
    return mergedDuties(text, lines, inferred(text, lines, sections));
  }

  /** The parts that come last in a posting, after which no other part is looked for by cues. */
  private static boolean endsAPosting(SectionKind kind) {
    return kind == SectionKind.BENEFITS || kind == SectionKind.PROCESS || kind == SectionKind.OTHER;
  }

  /**
   * Whether a requirements part comes before the first preferred part, as postings order them.
   * One found only after it (응시자격 among the closing notes) leaves the skills asked before the
   * preferred part without a heading.
   */
  private static boolean requirementsComeFirst(List<Section> sections) {
    for (Section s : sections) {
      if (s.kind() == SectionKind.REQUIREMENTS) {
        return true;
      }
      if (s.kind() == SectionKind.PREFERRED) {
        return false;
      }
    }
    return false;
  }

  /**
   * The posting's closing notices written under one of the job's parts ({@link ClosingNotes})
   * taken out of it as the hiring process's: each notice line, and after one marked as a note
   * (※, *) the lines marked the same way and the lines a note wraps onto, while none reads as an
   * item of the job (a duty, a requirement, a candidate). The part goes on after them: a notice
   * may stand among the items (수습기간 3개월 between two requirements).
   */
  private static List<Section> notesApart(String text, Lines lines, List<Section> sections) {
    List<Section> out = null;
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      List<int[]> notes = isJobPart(s.kind()) ? notices(text, lines, s) : List.of();
      if (notes.isEmpty()) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(sections.subList(0, k));
      }
      int at = s.start();
      String heading = s.heading();
      for (int[] note : notes) {
        if (note[0] > at || heading != null) {
          out.add(new Section(s.kind(), heading, at, note[0])); // a heading stays with its part
          heading = null;
        }
        out.add(new Section(SectionKind.PROCESS, null, note[0], note[1]));
        at = note[1];
      }
      if (at < s.end()) {
        out.add(new Section(s.kind(), null, at, s.end()));
      }
    }
    return out == null ? sections : out;
  }

  private static boolean isJobPart(SectionKind kind) {
    return kind == SectionKind.DUTIES || kind == SectionKind.REQUIREMENTS
        || kind == SectionKind.PREFERRED || kind == SectionKind.TECH_STACK;
  }

  /** A line this long is a part written on one line, not a notice. */
  private static final int NOTICE_LENGTH = 160;
  /** A line at least this long that ends mid-sentence goes on on the next line. */
  private static final int WRAPPED = 40;
  /** The marks, among a line's opening bullets, that set a note apart from a list's items. */
  private static final String NOTE_MARKS = "※☞*";

  /** The spans of a part's closing notices, in order (start and end offsets). */
  private static List<int[]> notices(String text, Lines lines, Section s) {
    List<int[]> spans = new ArrayList<>();
    int[] open = null; // the span being read: start and end
    String mark = null; // the opening of its first line, where that marks a note
    boolean wrapping = false; // the line before was a note's, cut off mid-sentence
    List<int[]> lineSpans = new ArrayList<>();
    forEachLine(lines, s,
        (lineStart, lineEnd, first) -> lineSpans.add(new int[] {lineStart, lineEnd}));
    for (int[] ls : lineSpans) {
      String line = text.substring(ls[0], ls[1]).strip();
      if (line.isEmpty()) {
        wrapping = false;
        continue;
      }
      String prefix = opening(line);
      boolean notice = line.length() <= NOTICE_LENGTH && NOTES.isNotice(line)
          && !DUTY.matcher(line).find();
      boolean continues = open != null && !readsAsAnItem(line)
          && (mark != null && prefix.equals(mark) || prefix.isEmpty() && wrapping);
      if (notice || continues) {
        if (open == null) {
          open = new int[] {ls[0], ls[1]};
          spans.add(open);
          mark = prefix.chars().anyMatch(c -> NOTE_MARKS.indexOf(c) >= 0) ? prefix : null;
        } else {
          open[1] = ls[1];
        }
        wrapping = line.length() >= WRAPPED && !endsLikeSentence(line);
      } else {
        open = null;
        mark = null;
        wrapping = false;
      }
    }
    return spans;
  }

  /** The bullets and marks a line opens with, spaces left out: "-*" of "- * 보훈 대상자 …". */
  private static String opening(String line) {
    int i = 0;
    while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
      i++;
    }
    return line.substring(0, i).replace(" ", "");
  }

  /** Whether a line is worded as an item of the job: a duty, a requirement or a candidate. */
  private static boolean readsAsAnItem(String line) {
    return DUTY.matcher(line).find() || REQUIREMENT.matcher(line).find()
        || CANDIDATE.matcher(line).find() || PREFERENCE.matcher(line).find();
  }

  private static boolean has(List<Section> sections, SectionKind kind) {
    for (Section s : sections) {
      if (s.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line goes on with the sentence of the line before, which ends with a comma, and
   * ends it or goes on itself (a period, a comma): the wrapped end of a list item, however much
   * its words look like a heading.
   */
  private static boolean continuesAList(String text, Lines lines, int i) {
    if (i == 0) {
      return false;
    }
    String line = text.substring(lines.start(i), lines.end(i)).strip();
    if (line.isEmpty() || ".,。、".indexOf(line.charAt(line.length() - 1)) < 0) {
      return false;
    }
    int e = lines.end(i - 1);
    int s = lines.start(i - 1);
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > s && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == '、');
  }

  /**
   * Whether a numbered line is one item of a numbered list: the line with text before it or after
   * it carries the number just before or just after its own, with the same mark ("2. …" between
   * "1. …" and "3. …"). A numbered heading has its part's items between it and the next one, so
   * its neighbours never count on from it, however many cue words it holds (자격, 프로세스).
   */
  private static boolean inNumberedList(String text, Lines lines, int i) {
    NumberedLine own = NumberedLine.of(text, lines, i);
    if (own == null) {
      return false;
    }
    NumberedLine before = NumberedLine.of(text, lines, nextWithText(text, lines, i, -1));
    NumberedLine after = NumberedLine.of(text, lines, nextWithText(text, lines, i, 1));
    return before != null && before.mark() == own.mark() && before.number() + 1 == own.number()
        || after != null && after.mark() == own.mark() && after.number() == own.number() + 1;
  }

  /** The index of the nearest line with text before (step -1) or after (step 1) a line, or -1. */
  private static int nextWithText(String text, Lines lines, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!text.substring(lines.start(j), lines.end(j)).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /** A line that opens with a number and its mark: "2. …", "3) …", "(4) …". */
  private record NumberedLine(int number, char mark) {
    private static final Pattern NUMBERED =
        Pattern.compile("^\\s*(?:\\((\\d{1,2})\\)|(\\d{1,2})([.)])(?!\\d))\\s*\\S");

    static NumberedLine of(String text, Lines lines, int i) {
      if (i < 0) {
        return null;
      }
      Matcher m = NUMBERED.matcher(text.substring(lines.start(i), lines.end(i)));
      if (!m.lookingAt()) {
        return null;
      }
      return m.group(1) != null ? new NumberedLine(Integer.parseInt(m.group(1)), '(')
          : new NumberedLine(Integer.parseInt(m.group(2)), m.group(3).charAt(0));
    }
  }

  /**
   * Whether the next line with text opens with a bullet or a list number ("1.", "2)"): a list
   * follows. A line that opens with a figure of its sentence ("5년 후에도 …") is no list item.
   */
  private static boolean followedByItems(String text, Lines lines, int i) {
    for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
      int s = lines.start(j);
      int e = lines.end(j);
      while (s < e && text.charAt(s) == ' ') {
        s++;
      }
      if (s == e) {
        continue;
      }
      char c = text.charAt(s);
      return TextNormalizer.BULLETS.indexOf(c) >= 0 || Lines.STRONG_BULLETS.indexOf(c) >= 0
          || NumberedLine.of(text, lines, j) != null;
    }
    return false;
  }

  private static void add(List<Section> sections, SectionKind kind, String heading, int start, int end) {
    if (end > start || heading != null) {
      sections.add(new Section(kind, heading, start, Math.max(start, end)));
    }
  }

  /**
   * No requirements or preferred part: lines outside the recognised parts (intro, duties,
   * tech stack, benefits, process) are read one by one for what they ask. A part of the intro or
   * of no posting kind (회사 소개, 근무지: …) holds its own text only up to a list, set off from
   * that text by an empty line, that asks for or assigns something in words (…경험이 있으신 분,
   * …을 개발합니다): that list and what follows are the posting's parts written without headings.
   */
  private static List<Section> inferred(String text, Lines lines, List<Section> sections) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      Section rest = s;
      if (s.heading() != null) {
        int cut = s.kind() == SectionKind.OTHER || s.kind() == SectionKind.INTRO
            ? unheadedListStart(text, lines, s) : -1;
        if (cut < 0) {
          out.add(s); // a part named as other (근무조건, 근무지) is what it says
          continue;
        }
        out.add(new Section(s.kind(), s.heading(), s.start(), cut));
        rest = new Section(SectionKind.OTHER, null, cut, s.end());
      }
      forEachLine(lines, rest, (lineStart, lineEnd, first) -> {
        String line = text.substring(lineStart, lineEnd);
        out.add(new Section(inferredKind(line, first && lineStart == 0), null, lineStart, lineEnd));
      });
    }
    return merge(out);
  }

  /**
   * Where, in a headed part, the first list that follows the part's own text and an empty line
   * starts, when one of the list's items asks for or assigns something in words; else -1. A list
   * right under the heading is the part's own.
   */
  private static int unheadedListStart(String text, Lines lines, Section s) {
    int first = lines.indexAt(s.start());
    boolean ownText = false;
    boolean afterEmpty = false;
    for (int i = first; i < lines.size() && lines.start(i) < s.end(); i++) {
      String line = text.substring(Math.max(s.start(), lines.start(i)),
          Math.min(s.end(), lines.end(i))).strip();
      if (line.isEmpty()) {
        afterEmpty = ownText;
        continue;
      }
      if (afterEmpty && isBulleted(line) && asksOrAssigns(text, lines, i, s.end())) {
        return lines.start(i);
      }
      ownText = true;
      afterEmpty = false;
    }
    return -1;
  }

  /** Whether one item of the list starting at a line asks, prefers or assigns work in words. */
  private static boolean asksOrAssigns(String text, Lines lines, int from, int end) {
    for (int i = from; i < lines.size() && lines.start(i) < end; i++) {
      String line = text.substring(lines.start(i), Math.min(end, lines.end(i))).strip();
      if (line.isEmpty() || !isBulleted(line)) {
        return false;
      }
      if (PREFERENCE.matcher(line).find() || REQUIREMENT.matcher(line).find()
          || CANDIDATE.matcher(line).find() || DUTY.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** The part a line outside any recognised part belongs to, by its wording and shape. */
  private static SectionKind inferredKind(String line, boolean titleLine) {
    String s = line.strip();
    if (s.isEmpty() || titleLine || s.startsWith("http")) {
      return SectionKind.OTHER;
    }
    if (HEADER_FIELD.matcher(s).find() && !(isBulleted(s) && (REQUIREMENT.matcher(s).find()
        || CANDIDATE.matcher(s).find() || ASKED_FIELD.matcher(s).lookingAt()))) {
      // a field of a header block; an item of a list written as a field that asks in words or
      // by its label ("- 경력: 3년 이상", "- 학력: 학사 이상", "- 경력: 10년") is a requirement
      return SectionKind.OTHER;
    }
    if (PREFERENCE.matcher(s).find()) {
      return SectionKind.PREFERRED;
    }
    boolean item = isBulleted(s) || s.length() < PROSE && !endsLikeSentence(s);
    if (s.length() >= PROSE && (!item || endsLikeSentence(s))) {
      return SectionKind.OTHER; // a paragraph about the company or the job, bulleted or not
    }
    if (REQUIREMENT.matcher(s).find() || CANDIDATE.matcher(s).find()) {
      return SectionKind.REQUIREMENTS;
    }
    if (DUTY.matcher(s).find()) {
      return SectionKind.DUTIES;
    }
    return item ? SectionKind.REQUIREMENTS : SectionKind.OTHER;
  }

  /**
   * A preferred part and no requirements heading before it: the run of items just before each
   * preferred heading that has no requirements part between it and the preferred part before it
   * (one per position, where a posting offers several), in a part of no kind or at the end of
   * another part after a break, is the requirements, as a reader takes it.
   */
  private static List<Section> requirementsBeforePreferred(String text, Lines lines,
      List<Section> sections) {
    List<Section> out = new ArrayList<>();
    boolean asked = false; // a requirements part since the last preferred part
    for (int p = 0; p < sections.size(); p++) {
      Section s = sections.get(p);
      if (s.kind() == SectionKind.REQUIREMENTS) {
        asked = true;
      }
      if (s.kind() != SectionKind.PREFERRED) {
        out.add(s);
        continue;
      }
      Section before = p > 0 ? sections.get(p - 1) : null;
      if (!asked && before != null && before.kind() != SectionKind.PREFERRED) {
        int runStart = trailingRun(text, lines, before, before.kind() != SectionKind.OTHER);
        if (runStart >= 0) {
          out.remove(out.size() - 1);
          if (runStart > before.start()) {
            out.add(new Section(before.kind(), before.heading(), before.start(), runStart));
          }
          out.add(new Section(SectionKind.REQUIREMENTS,
              runStart > before.start() ? null : before.heading(), runStart, before.end()));
        }
      }
      out.add(s);
      asked = false;
    }
    return out;
  }

  /**
   * Where the last run of list items of a section starts, or -1 when it has none. In a part of a
   * kind (the duties, the stack, the hiring process) the run must be set off from the part's own
   * list by an empty line or a line of text, and read as asking rather than as more of that list:
   * half its items ask (경험, 이상, …한 분), or its first item asks and assigns no work, or none of
   * its items assigns work in words (…을 개발합니다, Build …) while the list above it does
   * (Stream processing at scale, after verb-led duties). Otherwise it is the part's own list.
   */
  private static int trailingRun(String text, Lines lines, Section s, boolean inDuties) {
    int last = lines.indexAt(Math.max(s.start(), s.end() - 1));
    int first = lines.indexAt(s.start());
    int i = last;
    while (i >= first && text.substring(lines.start(i), lines.end(i)).isBlank()) {
      i--;
    }
    int runEnd = i;
    int asks = 0;
    int assigns = 0;
    boolean firstAsks = false;
    while (i >= first && lines.start(i) >= s.start()) {
      String line = text.substring(lines.start(i), lines.end(i)).strip();
      if (line.isEmpty() || !isBulleted(line)) {
        break;
      }
      boolean asking = REQUIREMENT.matcher(line).find() || CANDIDATE.matcher(line).find();
      boolean assigning = DUTY.matcher(line).find();
      asks += asking ? 1 : 0;
      assigns += assigning ? 1 : 0;
      firstAsks = asking && !assigning; // the last one seen is the run's first
      i--;
    }
    int runFirst = i + 1;
    if (runFirst > runEnd) {
      return -1;
    }
    if (inDuties) {
      boolean setOff = i >= first && lines.start(i) >= s.start();
      int size = runEnd - runFirst + 1;
      boolean unlikeAbove = assigns == 0 && assignsAbove(text, lines, s.start(), lines.start(runFirst));
      if (!setOff || asks * 2 < size && !firstAsks && !unlikeAbove) {
        return -1;
      }
    }
    return Math.max(s.start(), lines.start(runFirst));
  }

  /** Whether an item between two offsets assigns work in words (…을 개발합니다, Build …). */
  private static boolean assignsAbove(String text, Lines lines, int from, int to) {
    for (int i = lines.indexAt(from); i < lines.size() && lines.start(i) < to; i++) {
      String line = text.substring(Math.max(from, lines.start(i)), Math.min(to, lines.end(i))).strip();
      if (isBulleted(line) && DUTY.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * No requirements part: a duties part that holds the whole merged list (two lines about the
   * candidate or more: "…하신 분", "…경험자") has its lines that say 우대 read as preferred, and
   * those about the candidate or asking for experience or knowledge, not ending on the work, as
   * requirements.
   */
  private static List<Section> mergedDuties(String text, Lines lines, List<Section> sections) {
    if (has(sections, SectionKind.REQUIREMENTS) || !has(sections, SectionKind.DUTIES)) {
      return sections;
    }
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() != SectionKind.DUTIES || candidateLines(text, lines, s) < 2) {
        out.add(s);
        continue;
      }
      List<Section> parts = new ArrayList<>();
      forEachLine(lines, s, (lineStart, lineEnd, firstLine) -> {
        String line = text.substring(lineStart, lineEnd);
        SectionKind kind = PREFERENCE.matcher(line).find() ? SectionKind.PREFERRED
            : CANDIDATE.matcher(line).find() ? SectionKind.REQUIREMENTS
            : REQUIREMENT.matcher(line).find() && !DUTY.matcher(line.strip()).find()
                ? SectionKind.REQUIREMENTS : SectionKind.DUTIES;
        parts.add(new Section(kind, null, lineStart, lineEnd));
      });
      if (parts.isEmpty()) {
        out.add(s);
        continue;
      }
      // the part keeps its heading on its first piece, which starts where the part does
      Section head = parts.get(0);
      parts.set(0, new Section(head.kind(), s.heading(), s.start(), head.end()));
      out.addAll(mergeKeepingHeadings(parts));
    }
    return out;
  }

  private static int candidateLines(String text, Lines lines, Section s) {
    int[] n = {0};
    forEachLine(lines, s, (lineStart, lineEnd, first) -> {
      if (CANDIDATE.matcher(text.substring(lineStart, lineEnd)).find()) {
        n[0]++;
      }
    });
    return n[0];
  }

  private interface LineVisitor {
    void line(int start, int end, boolean firstOfText);
  }

  /** Each line of a section, clipped to it, the last one running to the section's end. */
  private static void forEachLine(Lines lines, Section s, LineVisitor visitor) {
    if (s.end() <= s.start()) {
      return;
    }
    int i = lines.indexAt(s.start());
    int at = s.start();
    while (at < s.end() && i < lines.size()) {
      int end = Math.min(s.end(), i + 1 < lines.size() ? lines.start(i + 1) : s.end());
      if (end > at) {
        visitor.line(at, end, i == 0);
      }
      at = end;
      i++;
    }
  }

  /** A sentence of prose ends on punctuation or on a Korean sentence ending (…다, …요). */
  private static boolean endsLikeSentence(String s) {
    char last = s.charAt(s.length() - 1);
    return ".!?。".indexOf(last) >= 0 || last == '다' || last == '요';
  }

  /** A line that opens with a bullet or a number: an item of a list. */
  private static boolean isBulleted(String line) {
    String s = line.strip();
    return !s.isEmpty() && (TextNormalizer.BULLETS.indexOf(s.charAt(0)) >= 0
        || Lines.STRONG_BULLETS.indexOf(s.charAt(0)) >= 0 || Character.isDigit(s.charAt(0)));
  }

  /** A line that may be an item: bulleted, numbered, or short. */
  private static boolean isListItem(String line) {
    String s = line.strip();
    return !s.isEmpty() && (TextNormalizer.BULLETS.indexOf(s.charAt(0)) >= 0
        || Lines.STRONG_BULLETS.indexOf(s.charAt(0)) >= 0
        || Character.isDigit(s.charAt(0)) || s.length() < 120);
  }

  /** Neighbouring inferred lines of the same kind become one section. */
  private static List<Section> merge(List<Section> lines) {
    List<Section> out = new ArrayList<>();
    for (Section s : lines) {
      Section last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.heading() == null && s.heading() == null && last.kind() == s.kind()) {
        out.set(out.size() - 1, new Section(s.kind(), null, last.start(), s.end()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Like {@link #merge}, but a piece that carries a heading may be joined by those after it. */
  private static List<Section> mergeKeepingHeadings(List<Section> parts) {
    List<Section> out = new ArrayList<>();
    for (Section s : parts) {
      Section last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.heading() == null && last.kind() == s.kind()) {
        out.set(out.size() - 1, new Section(s.kind(), last.heading(), last.start(), s.end()));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
