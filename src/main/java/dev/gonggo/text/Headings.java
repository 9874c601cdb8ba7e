package dev.gonggo.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section headings. First the variants of {@code headings.tsv} in the styles postings
 * write them ({@code [자격요건]}, {@code 【우대사항】}, {@code ■ 담당업무}, {@code ## 이런 일을 해요},
 * {@code **Requirements**}, {@code 기술 스택: …}, and a heading glued to its first item, with a
 * bullet between or nothing at all: {@code 자격요건Java 3년 이상}). Then, for a line shaped like a
 * heading, the cue words of {@code heading-cues.tsv} ({@link #byCues}), so that a wording no list
 * holds is recognised by the words it is made of.
 */
public final class Headings {

  private static final String RESOURCE = "headings.tsv";
  /** The shortest variant a longer heading is matched by its start. */
  private static final int MIN_PREFIX = 4;

  /** Decoration before a heading: markdown (#, bold, backticks), bullets, brackets, numbering. */
  private static final Pattern LEAD = Pattern.compile(
      "^(?:#{1,6}\\s*|\\*{1,2}|__|[■□◆◇▶▷►▣◈●○※•·ㆍ▪◦❖✔✓☑★☆>`\\-–]\\s*|"
          + "(?:\\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[가나다라마바사아자차카타파하]|[A-Za-z])[.)]\\s+|\\(\\d{1,2}\\)\\s*|"
          + "[\\[【〔〈<「『(\\p{So}]\\s*)+");
  /** A bracketed heading with text after it on the same line: "[자격요건] 자바 3년 이상". */
  private static final Pattern BRACKETED = Pattern.compile(
      "^\\s*(?:#{1,6}\\s*)?(?:[■◆▶※•·]\\s*)?[\\[【〔〈<「『]\\s*([^\\]】〕〉>」』]{1,40}?)\\s*[\\]】〕〉>」』]\\s*(.*)$");
  /** A heading, a colon and content: "기술 스택: Kotlin, Flink". */
  private static final Pattern COLON = Pattern.compile("^([^:：]{1,30}?)\\s*[:：]\\s*(.*)$");
  /** Decoration after a heading, besides blank space and symbols (So, Sk): "자격요건 :", "우대사항 ✨". */
  private static final String TRAIL_CHARS = "]】〕〉>」』)*_:：.!\uFE0F\u200D";
  /** What a key leaves out, with blank space. */
  private static final String KEY_DROPPED = "*_`'’";
  /** What a bracketed heading starts with: BRACKETED cannot match a line without one. */
  private static final String OPENING_BRACKETS = "[【〔〈<「『";
  private static final Pattern PARENTHETICAL = Pattern.compile("\\s*[(（][^)）]{0,20}[)）]\\s*$");

  /** Markers that open a heading line (items open with the bullets of {@link #ITEM_BULLETS}). */
  private static final String HEADING_MARKS = "#[【〔〈<「『＜■□◆◇▶▷►▣◈★☆❖";
  /** Marks that open a list item, not a heading. */
  static final String ITEM_BULLETS = "-–‐•●○◦▪·ㆍ∙*※✓✔";
  /** A numbered heading: "1. ", "2) ", "Ⅰ. ", "가. ", "(1) ". */
  private static final Pattern NUMBERED = Pattern.compile(
      "^(?:\\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[가나다라마바사아])[.)]\\s+\\S|^\\(\\d{1,2}\\)\\s*\\S");
  /** Syllables that, right after a heading word, make it a sentence ("우대사항은 아래를…"). */
  private static final String PARTICLES = "은는이가을를에의도로와과만및";
  /** The longest heading looked up by its cue words; longer lines are text. */
  private static final int MAX_CUE_HEADING = 40;
  /** A Markdown or bracketed heading may be a whole sentence ("## 이런 역량을 갖춘 동료를 모십니다"). */
  private static final int MAX_MARKED_HEADING = 60;

  private final HeadingCues cues = HeadingCues.builtIn();
  private final Map<String, SectionKind> exact = new HashMap<>();
  /** Variants of four characters or more, which a longer heading may start with. */
  private final Map<String, SectionKind> prefixes = new HashMap<>();
  private int longestPrefix;

  /** A heading found on a line: its kind, its words, and where content starts on that line. */
  public record Match(SectionKind kind, String heading, int contentStart) {}

  private Headings() {}

  /** The built-in headings, read once: they never change. */
  public static Headings builtIn() {
    return BuiltIn.HEADINGS;
  }

  private static final class BuiltIn {
    static final Headings HEADINGS = load();
  }

  private static Headings load() {
    Headings h = new Headings();
    for (String line : BuiltInFile.lines(Headings.class, RESOURCE)) {
      String[] cols = line.split("\t", 2);
      SectionKind kind = SectionKind.fromId(cols[0]);
      for (String variant : cols[1].split("\\|")) {
        String key = key(variant);
        h.exact.put(key, kind);
        if (key.length() >= MIN_PREFIX) {
          h.prefixes.putIfAbsent(key, kind); // the first in the file wins, as before
          h.longestPrefix = Math.max(h.longestPrefix, key.length());
        }
      }
    }
    return h;
  }

  /** The heading a line is or starts with, if any. */
  public Optional<Match> match(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.length() > 60) {
      // only a heading glued to a long first item by a colon: 주요업무: 사용자 로그를 …
      return isItem(s) ? Optional.empty() : colonHeading(line, withoutLead(s));
    }
    Matcher bracketed = hasOpeningBracket(s) ? BRACKETED.matcher(s) : null;
    if (bracketed != null && bracketed.matches()) {
      Optional<SectionKind> kind = lookup(bracketed.group(1), true);
      if (kind.isPresent()) {
        return Optional.of(new Match(kind.get(), bracketed.group(1).strip(),
            contentStart(line, bracketed.group(2))));
      }
    }
    String bare = withoutLead(s);
    Matcher colon = COLON.matcher(bare);
    boolean hasColon = bare.indexOf(':') >= 0 || bare.indexOf('：') >= 0;
    if (hasColon && colon.matches() && !colon.group(2).isBlank()) {
      return colonHeading(line, bare);
    }
    String cleanBare = clean(bare);
    String key = keyOfClean(cleanBare);
    Optional<SectionKind> whole = lookup(cleanBare, key, false);
    if (whole.isEmpty()) {
      Optional<Match> glued = glued(line, bare);
      if (glued.isPresent()) {
        return glued;
      }
      Optional<Match> gluedToText = gluedToText(line, bare);
      if (gluedToText.isPresent()) {
        return gluedToText;
      }
      // a longer line that starts with a variant, unless it is a list item
      whole = isItem(s) ? Optional.empty() : lookup(cleanBare, key, true);
    }
    return whole.map(k -> new Match(k, cleanBare, line.length()));
  }

  /**
   * A heading before a colon with the part's first item after it: a variant, or a short text
   * mostly of one kind's cue words (Requirements:, 이런 분을 찾아요:). The heading is looked for
   * in the first 30 characters only, so a long line costs no more than a short one.
   */
  private Optional<Match> colonHeading(String line, String bare) {
    Matcher colon = COLON.matcher(bare.length() > 40 ? bare.substring(0, 40) : bare);
    if (!colon.lookingAt()) {
      return Optional.empty();
    }
    String head = colon.group(1).strip();
    int contentFrom = colon.end(1);
    while (contentFrom < bare.length() && (bare.charAt(contentFrom) == ':'
        || bare.charAt(contentFrom) == '：' || isSpace(bare.charAt(contentFrom)))) {
      contentFrom++;
    }
    String content = bare.substring(contentFrom);
    if (content.isBlank()) {
      return Optional.empty();
    }
    Optional<SectionKind> kind = lookup(head, false);
    if (kind.isEmpty() && head.length() <= 20
        && (isLatin(head) ? cues.latinCueShare(head) : cues.cueShare(head)) >= 0.5) {
      kind = cues.kind(head);
    }
    return kind.map(k -> new Match(k, head, contentStart(line, content)));
  }

  /**
   * A line shaped like a heading whose cue words name a part, when no variant matched it. The
   * shape: marked up (#, brackets, ■ and the like, bold, numbering, a trailing colon), or followed
   * by list items and mostly made of cue words or phrased as a heading sentence (…해요, …합니다),
   * or, alone, short and mostly cue words (필수 역량). A line that opens with an item bullet is an
   * item, never a heading.
   *
   * @param followedByItems whether the next line with text opens with a bullet or a number
   */
  public Optional<Match> byCues(String line, boolean followedByItems) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_MARKED_HEADING || isItem(s)) {
      return Optional.empty();
    }
    boolean marked = isMarked(s);
    String heading = cueText(s);
    if (heading.isEmpty() || heading.length() > (marked ? MAX_MARKED_HEADING : MAX_CUE_HEADING)) {
      return Optional.empty();
    }
    if (!marked && (s.endsWith(".") || s.endsWith("。"))) {
      return Optional.empty(); // a sentence of the text, not a heading
    }
    double share = cues.cueShare(heading);
    boolean shaped = marked
        || followedByItems && (share >= 0.3 || isHeadingSentence(heading) || isLatinHeading(heading))
        || heading.length() <= 15 && share >= 0.5;
    if (!shaped) {
      return Optional.empty();
    }
    return cues.kind(heading).map(k -> new Match(k, heading, line.length()));
  }

  /**
   * A heading glued by a colon to its part's first item, with the part's other items on the
   * lines after ("함께 쓰는 기술: Java, Kafka" then "- Spark"): the text before the colon is judged
   * as {@link #byCues} judges a line of its own followed by items, so writing the first item on
   * the heading's line changes nothing. A line that opens with an item bullet is an item.
   *
   * @param followedByItems whether the next line with text opens with a bullet or a number
   */
  public Optional<Match> byCuesBeforeColon(String line, boolean followedByItems) {
    String s = line.strip();
    if (!followedByItems || s.isEmpty() || isItem(s)) {
      return Optional.empty();
    }
    Matcher colon = COLON.matcher(s.length() > 40 ? s.substring(0, 40) : s);
    if (!colon.lookingAt() || s.substring(colon.end(1)).replaceFirst("^[:：\\s]+", "").isBlank()) {
      return Optional.empty();
    }
    String head = cueText(colon.group(1));
    if (head.isEmpty() || !(cues.cueShare(head) >= 0.3 || isHeadingSentence(head)
        || isLatinHeading(head))) {
      return Optional.empty();
    }
    String content = s.substring(colon.end(1)).replaceFirst("^[:：\\s]+", "");
    return cues.kind(head).map(k -> new Match(k, head, contentStart(line, content)));
  }

  /**
   * Whether a run of text at a line's start, before items run together on the line, is a
   * heading: a variant, or cue words that make up much of it.
   */
  boolean opensLine(String piece) {
    String s = piece.strip();
    if (s.isEmpty() || s.length() > MAX_CUE_HEADING || isItem(s)) {
      return false;
    }
    if (lookup(s, true).isPresent()) {
      return true;
    }
    String heading = cueText(s);
    return !heading.isEmpty() && (isMarked(s) || cues.cueShare(heading) >= 0.3)
        && cues.kind(heading).isPresent();
  }

  private static boolean isItem(String s) {
    char c = s.charAt(0);
    if (c == '*' && s.startsWith("**")) {
      return false; // bold
    }
    return ITEM_BULLETS.indexOf(c) >= 0;
  }

  private static boolean isMarked(String s) {
    char c = s.charAt(0);
    if (HEADING_MARKS.indexOf(c) >= 0 || s.startsWith("**") || s.startsWith("__") || c == '`'
        || Character.getType(s.codePointAt(0)) == Character.OTHER_SYMBOL) {
      return true;
    }
    char last = s.charAt(s.length() - 1);
    return last == ':' || last == '：' || NUMBERED.matcher(s).lookingAt();
  }

  /** The heading's words: markup, numbering, emoji, backticks and a trailing remark dropped. */
  private static String cueText(String s) {
    String t = clean(s).replace("`", "").replace("**", "").strip();
    Matcher numbered = NUMBERED.matcher(t);
    if (numbered.lookingAt()) {
      t = t.substring(numbered.end() - 1).strip();
    }
    Matcher parenthetical = t.indexOf(')') >= 0 || t.indexOf('）') >= 0 ? PARENTHETICAL.matcher(t) : null;
    if (parenthetical != null && parenthetical.find() && parenthetical.start() > 0) {
      t = t.substring(0, parenthetical.start()).strip();
    }
    return withoutTrail(t).strip();
  }

  /** A heading phrased as a sentence ends as Korean headings do: 해요, 합니다, 돼요, 있어요. */
  private static boolean isHeadingSentence(String heading) {
    String h = heading.replaceAll("[!?~.]+$", "");
    return h.endsWith("요") || h.endsWith("다");
  }

  /** A short English heading: a few capitalised words, as "What You Will Own" or "Must Haves". */
  private static boolean isLatinHeading(String heading) {
    return heading.length() <= 40 && isLatin(heading) && heading.split("\\s+").length <= 6;
  }

  private static boolean isLatin(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  /**
   * "자격요건Java 3년 이상": a variant of four characters or more run straight into its first
   * item's text, with no space, bullet or colon between. Not when what follows is a particle
   * (우대사항은 아래를…): that is a sentence about the heading word.
   */
  private Optional<Match> gluedToText(String line, String bare) {
    StringBuilder key = new StringBuilder();
    SectionKind found = null;
    int cut = -1;
    for (int i = 0; i < bare.length() && key.length() < longestPrefix; i++) {
      char c = bare.charAt(i);
      if (isSpace(c)) {
        continue;
      }
      key.append(Character.toLowerCase(c));
      if (key.length() >= MIN_PREFIX) {
        SectionKind k = exact.get(key.toString());
        if (k != null) {
          found = k;
          cut = i + 1;
        }
      }
    }
    if (found == null || cut >= bare.length()) {
      return Optional.empty();
    }
    char next = bare.charAt(cut);
    if (isSpace(next) || PARTICLES.indexOf(next) >= 0 || "(（:：[]】)·•-".indexOf(next) >= 0) {
      return Optional.empty();
    }
    String head = bare.substring(0, cut);
    String content = bare.substring(cut);
    SectionKind kind = found;
    return Optional.of(new Match(kind, clean(head), contentStart(line, content)));
  }

  /** "자격요건• 자바 경험" or "우대사항 - 카프카": a heading run into its first item. */
  private Optional<Match> glued(String line, String bare) {
    int cut = -1;
    for (int i = 2; i < Math.min(bare.length(), 24); i++) {
      char c = bare.charAt(i);
      if (TextNormalizer.BULLETS.indexOf(c) >= 0 && c != '-' || c == '-' && i + 1 < bare.length()
          && bare.charAt(i - 1) == ' ' && bare.charAt(i + 1) == ' ') {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      return Optional.empty();
    }
    String head = bare.substring(0, cut);
    String content = bare.substring(cut);
    Optional<SectionKind> kind = lookup(head, false);
    return kind.map(k -> new Match(k, clean(head), contentStart(line, content)));
  }

  private Optional<SectionKind> lookup(String heading, boolean allowPrefix) {
    String cleaned = clean(heading);
    return lookup(cleaned, keyOfClean(cleaned), allowPrefix);
  }

  /** The kind of a heading already cleaned, with its key. */
  private Optional<SectionKind> lookup(String cleaned, String key, boolean allowPrefix) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    SectionKind kind = exact.get(key);
    if (kind != null) {
      return Optional.of(kind);
    }
    Matcher parenthetical = cleaned.indexOf(')') >= 0 || cleaned.indexOf('）') >= 0
        ? PARENTHETICAL.matcher(cleaned) : null;
    if (parenthetical != null && parenthetical.find()) {
      kind = exact.get(key(cleaned.substring(0, parenthetical.start())));
      if (kind != null) {
        return Optional.of(kind);
      }
    }
    if (allowPrefix && key.length() <= 25 && !key.endsWith("다") && !key.endsWith("요")) {
      // The longest variant the key starts with.
      // Not when a particle follows (주요업무의 과제 중…): that is a sentence about the word.
      for (int n = Math.min(key.length(), longestPrefix); n >= MIN_PREFIX; n--) {
        SectionKind prefixed = prefixes.get(key.substring(0, n));
        if (prefixed != null) {
          return n < key.length() && PARTICLES.indexOf(key.charAt(n)) >= 0
              ? Optional.empty() : Optional.of(prefixed);
        }
      }
    }
    return Optional.empty();
  }

  private static String clean(String heading) {
    return withoutTrail(withoutLead(heading.strip())).strip();
  }

  /** The text after its leading decoration (LEAD can only match at the start). */
  private static String withoutLead(String s) {
    Matcher lead = LEAD.matcher(s);
    return lead.lookingAt() ? s.substring(lead.end()) : s;
  }

  /** The text before its trailing decoration: the longest run of TRAIL characters at its end. */
  private static String withoutTrail(String s) {
    int end = s.length();
    while (end > 0) {
      int c = s.codePointBefore(end);
      if (!isTrail(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(0, end);
  }

  private static boolean isTrail(int c) {
    if (isSpace(c) || TRAIL_CHARS.indexOf(c) >= 0) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL;
  }

  /** What {@code \s} matches in a regex without UNICODE_CHARACTER_CLASS: ASCII blank space. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean hasOpeningBracket(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (OPENING_BRACKETS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The form headings are compared in: no decoration, no spaces, lowercase. */
  static String key(String heading) {
    return keyOfClean(clean(heading));
  }

  private static String keyOfClean(String cleaned) {
    StringBuilder key = new StringBuilder(cleaned.length());
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (!isSpace(c) && KEY_DROPPED.indexOf(c) < 0) {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  private static int contentStart(String line, String content) {
    int at = line.lastIndexOf(content);
    return content.isEmpty() || at < 0 ? line.length() : at;
  }
}
