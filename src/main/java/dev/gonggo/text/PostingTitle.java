package dev.gonggo.text;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a posting is shown by, never missing: the document's own title where the text bears
 * it out; else a field of a job site's summary box ({@code 직무: 머신러닝 엔지니어}, 포지션, 공고명,
 * 모집분야…); else the first line before the posting's sections that reads as a heading; else,
 * as the last resort, the file's name.
 */
public final class PostingTitle {

  /** How far into the text a title, a summary box or a heading is looked for. */
  private static final int HEAD = 3000;
  private static final int MAX_LINES = 40;
  /** Longer lines are prose, not a title. */
  private static final int MAX_LENGTH = 100;

  /** A public notice's number, which heads the notice but does not name it: 공고 제2023-211호. */
  private static final Pattern NOTICE_NUMBER = Pattern.compile(
      "공고\\s*제?\\s*\\d{2,4}\\s*[-–—]\\s*\\d+\\s*호\\s*[\\]】)]?\\s*$|공고\\s*제\\s*\\d{4}\\s*$");
  /** A date or a page number standing alone: 2023년 2월 6일, 2023.09.09, - 1 -. */
  private static final Pattern DATE_OR_PAGE = Pattern.compile(
      "^[\\s\\d년월일.\\-/()~:]*$|^\\d{4}\\s*[.년-]\\s*\\d{1,2}\\s*[.월-]\\s*\\d{1,2}\\s*일?\\b.*$");
  /** Markdown heading marks and emphasis around a title line. */
  private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*|\\*\\*|__");
  /**
   * Document types whose title is a property set apart from the text (PDF, office documents,
   * HWP): often left from the document the notice was copied from.
   */
  private static final Set<String> TITLE_IN_TEXT = Set.of(
      "text/plain", "text/markdown", "text/x-web-markdown", "text/html", "application/xhtml+xml");

  private static final String WORDS = "title-words.tsv";
  /** A line "label: value" whose label names the job (title-words.tsv, kind field). */
  private static final Pattern LABELLED = Pattern.compile("^\\s*([^:：]{1,20}?)\\s*[:：]\\s*(.+?)\\s*$");
  private static final Map<String, Set<String>> WORDS_BY_KIND = words();
  /** The field labels in the file's order, spaces left out: the first found in a posting wins. */
  private static final List<String> FIELDS = List.copyOf(WORDS_BY_KIND.get("field"));
  private static final Set<String> ROLE_WORDS = WORDS_BY_KIND.get("role");
  private static final Set<String> PAGE_WORDS = WORDS_BY_KIND.get("page");

  private static final Headings HEADINGS = Headings.builtIn();
  /** How far into the text the opening prose is read for the job it names. */
  private static final int OPENING = 600;
  /** Up to four capitalised words; the last is checked against the role words. */
  private static final Pattern ENGLISH_ROLE = Pattern.compile(
      "(?<![A-Za-z])((?:[A-Z][A-Za-z0-9/&+.\\-]*\\s){0,3}([A-Z][a-z]+))(?![A-Za-z])");
  /** Up to three words before a particle and a hiring verb: "… 엔지니어를 모십니다". */
  private static final Pattern KOREAN_ROLE = Pattern.compile(
      "(?<![가-힣A-Za-z0-9/])((?:[가-힣A-Za-z0-9/]+\\s){0,2}[가-힣A-Za-z0-9/]+?)(?:를|을)\\s?(?:채용|모집|모십|모시|찾습|찾고)");

  private PostingTitle() {}

  public static String of(PostingText posting) {
    String head = posting.text().length() > HEAD ? posting.text().substring(0, HEAD) : posting.text();
    String own = clean(posting.title());
    if (own != null && plausible(own)
        && (TITLE_IN_TEXT.contains(posting.contentType()) || borneOut(own, head))) {
      return own;
    }
    String field = summaryField(head);
    if (field != null) {
      return field;
    }
    String heading = firstHeading(head);
    if (heading != null) {
      return heading;
    }
    String role = openingRole(head);
    if (role != null) {
      return role;
    }
    return fileName(posting.file());
  }

  /**
   * The value of the summary-box field that names the job best: the field named first in
   * title-words.tsv among those in the posting's first lines.
   */
  static String summaryField(String head) {
    String[] lines = head.split("\n", MAX_LINES + 1);
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < Math.min(MAX_LINES, lines.length); i++) {
      Matcher m = LABELLED.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int rank = FIELDS.indexOf(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
      String value = clean(m.group(2));
      if (rank >= 0 && rank < bestRank && value != null && plausible(value)) {
        best = value;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * The line that reads as the title among those before the posting's first section: the first
   * that names a job (엔지니어, 개발자, 채용…), else the first at all; never a section heading, a list
   * item, a date, a notice number or a line of prose.
   */
  static String firstHeading(String head) {
    String[] lines = head.split("\n", MAX_LINES + 1);
    String first = null;
    for (int i = 0; i < Math.min(MAX_LINES, lines.length); i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (HEADINGS.match(line).isPresent()) {
        break; // the sections have begun; a title stands before them
      }
      if (isListItem(line) || line.startsWith("![") || line.startsWith("|")) {
        continue;
      }
      String title = clean(line);
      if (title != null && plausible(title)) {
        if (namesAJob(title)) {
          return title;
        }
        first = first == null ? title : first;
      }
    }
    return first;
  }

  /**
   * The job the opening prose names, for a posting with no title line: capitalised English words
   * ending in a role word ("A Data Engineer is responsible for …" gives Data Engineer), or Korean
   * words ending in one, as the object of a hiring verb ("데이터 엔지니어를 모십니다").
   */
  static String openingRole(String head) {
    String opening = head.length() > OPENING ? head.substring(0, OPENING) : head;
    Matcher english = ENGLISH_ROLE.matcher(opening);
    while (english.find()) {
      String last = english.group(2).toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(last)) {
        String role = english.group(1).replaceFirst("^(?:A|An|The|Our|Your)\\s+", "");
        if (role.indexOf(' ') > 0) {
          return role; // a role word alone (Engineer) names no job
        }
      }
    }
    Matcher korean = KOREAN_ROLE.matcher(opening);
    while (korean.find()) {
      String phrase = korean.group(1);
      if (namesAJob(phrase) && plausible(phrase)) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * Whether a name ends with a role word (검색 엔지니어, Data Engineer, 데이터분석가): the job, not
   * who offers it. Glued to the word before, only a Korean role of three syllables or more counts
   * (개발 of 한빛개발 names a company's trade as often as a job).
   */
  static boolean endsWithARole(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    String[] words = lower.split("[^\\p{L}\\p{N}]+");
    if (words.length > 0 && ROLE_WORDS.contains(words[words.length - 1])) {
      return true;
    }
    for (String role : ROLE_WORDS) {
      if (role.codePointCount(0, role.length()) >= 3
          && Character.UnicodeScript.of(role.codePointAt(0)) == Character.UnicodeScript.HANGUL
          && lower.endsWith(role)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesAJob(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
      if (ROLE_WORDS.contains(word)) {
        return true;
      }
    }
    // A Korean job is often written in one compound: 백엔드엔지니어, 데이터분석가.
    for (String role : ROLE_WORDS) {
      if (Character.UnicodeScript.of(role.codePointAt(0)) == Character.UnicodeScript.HANGUL
          && lower.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** A title that names something: letters, not too long, not a date, notice number or heading. */
  private static boolean plausible(String title) {
    long letters = title.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && title.length() <= MAX_LENGTH
        && !DATE_OR_PAGE.matcher(title).matches()
        && !NOTICE_NUMBER.matcher(title).find()
        && !title.contains("://")
        && !title.endsWith(":") && !title.endsWith("：") // a label of what follows (Mission:)
        && !namesThePage(title)
        && HEADINGS.match(title).isEmpty();
  }

  private static boolean namesThePage(String title) {
    for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !PAGE_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text's first part holds every word of a title: a document property the text does
   * not bear out names an earlier document (another school, last year's notice number).
   */
  static boolean borneOut(String title, String head) {
    String text = head.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !text.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isListItem(String line) {
    return TextNormalizer.BULLETS.indexOf(line.charAt(0)) >= 0 && line.length() > 1
        && (line.charAt(1) == ' ' || TextNormalizer.BULLETS.indexOf(line.charAt(1)) >= 0)
        || line.matches("^(\\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[가나다라마바사])[.)]\\s.*");
  }

  /** Without Markdown marks and folded blank space; null when nothing is left. */
  private static String clean(String title) {
    if (title == null) {
      return null;
    }
    String t = MARKDOWN.matcher(title.strip()).replaceAll("").replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  private static Map<String, Set<String>> words() {
    Map<String, Set<String>> byKind = new HashMap<>();
    for (String line : BuiltInFile.lines(PostingTitle.class, WORDS)) {
      String[] cols = line.split("\t", 2);
      String kind = cols[0].strip();
      // Labels are compared without their spaces (채용 분야 = 채용분야), words as written.
      String space = kind.equals("field") ? "" : " ";
      Set<String> words = byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>());
      for (String word : cols[1].split("\\|")) {
        if (!word.isBlank()) {
          words.add(word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", space));
        }
      }
    }
    for (String kind : List.of("field", "role", "page")) {
      byKind.putIfAbsent(kind, Set.of());
    }
    return byKind;
  }

  private static String fileName(Path file) {
    if (file == null || file.getFileName() == null) {
      return "untitled";
    }
    return file.getFileName().toString();
  }
}
