package dev.gonggo.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a posting names the company that posts it, read from the text alone. Job postings name
 * their company in a few set places, and only those are read:
 * <ul>
 *   <li>a header field near the top ({@code 회사명: …}, {@code 기업명: …}, {@code COMPANY: …}),
 *       the form job-site exports and summary boxes take;
 *   <li>the title: a bracketed name ({@code [한빛데이터시스템즈] 데이터 엔지니어}), or a part of
 *       it set off by "|", " - " or "@" ({@code 데이터 엔지니어 | 한빛데이터});
 *   <li>a legal form in the opening part: {@code (주)한빛}, {@code 한빛㈜}, {@code 주식회사 한빛},
 *       {@code Hanbit Co., Ltd.};
 *   <li>the subject of the intro's first sentences: {@code 한빛은 …}, {@code 한빛에서 … 채용합니다},
 *       {@code At Hanbit, we …}, {@code Hanbit is a …};
 *   <li>a group and an affiliate: {@code 한빛 그룹사}, {@code kt 그룹}, {@code 한빛의 자회사}.
 * </ul>
 * Lines about other companies (investors, clients, partners, where staff came from) are passed
 * over. The first two kinds name the company for certain; the others give names to confirm
 * against a register of companies ({@link Candidate#certain}). Only the opening part of a text is
 * read, so the cost does not grow with its length.
 */
public final class CompanyLine {

  /** How far into a text the header fields, legal forms and intro are looked for. */
  private static final int HEAD = 3000;
  /** How far into a text an intro's first sentences are. */
  private static final int INTRO = 600;
  private static final Pattern HEADER_FIELD = Pattern.compile(
      "(?m)^[ \\t]*(?:회사명|회사 이름|회사이름|기업명|기업 이름|업체명|채용기업|채용 기업|회사|기업"
          + "|company|company name|employer|organi[sz]ation)[ \\t]*[:：][ \\t]*(.+?)[ \\t]*$",
      Pattern.CASE_INSENSITIVE);
  /** A label line with the value on the next line: "## 회사명" then "한빛", "[Company]" then "Hanbit". */
  private static final Pattern HEADER_BLOCK = Pattern.compile(
      "(?m)^[ \\t]*(?:#{1,4}[ \\t]*)?[\\[【]?(?:회사명|회사 이름|기업명|업체명|채용기업|company|company name"
          + "|employer)[\\]】]?[ \\t]*[:：]?[ \\t]*\\n[ \\t]*(?:[-*•][ \\t]*)?([^\\n]{2,40}?)[ \\t]*$",
      Pattern.CASE_INSENSITIVE);
  /** A value line that is a sentence, not a name. */
  private static final Pattern SENTENCE = Pattern.compile("(?:다|요|니다)[.!]?$|[.!?]$");
  private static final Pattern BRACKETED = Pattern.compile("[\\[【〔]([^\\]】〕\\n]{2,40})[\\]】〕]");
  /** Bracket words that describe the job, not the company. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "경력|신입|채용|모집|정규직|계약직|인턴|급구|마감|상시|공고|전환형|병역|연봉|재택|원격|주\\s?\\d"
          + "|\\d+\\s*년|hiring|urgent|remote|new|hot|d-\\d",
      Pattern.CASE_INSENSITIVE);
  /** Where a title sets a part off: a bar, a spaced dash, an at sign, a middle dot. */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—@·]\\s+|\\s*\\|\\s*| at ");
  private static final String NAME = "[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.+\\-]{0,29}";
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "(?:[(（]\\s*주\\s*[)）]|㈜|주식회사)\\s*(" + NAME + ")"
          + "|(" + NAME + ")\\s*(?:[(（]\\s*주\\s*[)）]|㈜|주식회사)"
          + "|([A-Z][A-Za-z0-9&\\-]*(?:\\s[A-Z][A-Za-z0-9&\\-]*){0,3}),?\\s(?:Co\\.,?\\s?Ltd|Inc\\.|Corp\\.|Corporation|Limited)");
  /** A name opening a sentence as its topic or subject: "한빛은", "한빛이", "한빛(Hanbit)은". */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?:^|(?<=[.!?]\\s)|(?<=\\n))[ \\t]*(?:[#*•·\\-]+\\s*)?(?:주식회사\\s*|[(（]주[)）]\\s*)?"
          + "(" + NAME + "(?:\\s[A-Z가-힣][가-힣A-Za-z0-9&+]{0,14})?)(?:\\s?\\([^)\\n]{1,30}\\))?"
          + "(?:은|는|이|가|에서는|에서)\\s");
  /** "한빛에서 … 채용합니다": the company a sentence says one will work at. */
  private static final Pattern WORK_AT = Pattern.compile(
      "(?<![가-힣A-Za-z0-9])(" + NAME + ")에서\\s[^.\\n]{0,60}?"
          + "(?:채용|모집|구인|찾습니다|찾고 있|모십니다|모집합니다|합류|함께 ?할|함께하실)");
  private static final Pattern ENGLISH_SUBJECT = Pattern.compile(
      "(?:^|(?<=[.!?]\\s)|(?<=\\n))[ \\t]*(?:At|Join|About)\\s+([A-Z][A-Za-z0-9&.\\-]*(?:\\s[A-Z][A-Za-z0-9&.\\-]*){0,2})"
          + "|(?:^|(?<=[.!?]\\s)|(?<=\\n))[ \\t]*([A-Z][A-Za-z0-9&.\\-]*(?:\\s[A-Z][A-Za-z0-9&.\\-]*){0,2})"
          + "\\s(?:is|was|has been)\\s(?:a|an|the|one|Korea|Asia|a leading)\\b");
  /** A group and the affiliate wording around it: "카카오 그룹사", "kt 그룹", "X의 자회사". */
  private static final Pattern AFFILIATE = Pattern.compile(
      "(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9&]{0,11}(?<![는은을를고한의에와과로도서]))\\s?"
          + "(?:그룹사|그룹\\s?계열사|그룹의|그룹\\s|그룹$|그룹\\)|계열사|공동체|패밀리)"
          + "|(?<![가-힣A-Za-z0-9])(" + NAME + ")의\\s(?:[^.\\n]{0,20}\\s)?(?:자회사|계열사|관계사|분사)",
      Pattern.MULTILINE);
  /** Particles that follow a name in running text; 이 and 가 end names too often to be cut. */
  private static final Pattern PARTICLE = Pattern.compile("(?:은|는|을|를|의|에서|에게|와|과|으로)$");
  /** Lines naming a company that is not the poster: investors, clients, partners, alumni. */
  private static final Pattern OTHER_COMPANY = Pattern.compile(
      "투자|출신|고객사|고객사로|파트너|제휴|협력|협업사|납품|레퍼런스|인수|주주|기관|도입 사례|수상|선정|등 ");
  /** Words that open a sentence as its subject but are not names. */
  private static final Set<String> NOT_NAMES = Set.of("저희", "우리", "당사", "회사", "본사",
      "이", "그", "저", "이번", "해당", "지원자", "합격자", "모든", "이곳", "여기", "현재", "지금",
      "경력", "신입", "분야", "업무", "직무", "포지션", "역할", "서비스", "제품", "고객", "지원",
      "채용", "전형", "근무", "팀", "조직", "우대", "자격", "복지", "We", "Our", "The", "This",
      "You", "It");

  private CompanyLine() {}

  /** Where a posting names a company. */
  public enum Source {
    HEADER_FIELD, TITLE, LEGAL_FORM, SUBJECT, ENGLISH, AFFILIATE;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A name a posting gives, where, and from which kind of place.
   *
   * @param name the name as written
   * @param start offset in the text, or -1 when it comes from a title the text does not hold
   * @param end end offset in the text, or -1
   * @param certain whether the place names the posting's own company for certain (a header field,
   *     a bracketed title); the others are names to confirm against a register
   */
  public record Candidate(String name, int start, int end, Source source, boolean certain) {}

  /** Where a header field names the company: the value and its offsets in the text. */
  public record Field(String name, int start, int end) {}

  /**
   * The value of a company header field near the top of the text, if there is one: "회사명: 한빛"
   * on one line, or a label line and the name on the next.
   */
  public static Optional<Field> headerField(String text) {
    String head = head(text, HEAD);
    Matcher field = HEADER_FIELD.matcher(head);
    while (field.find()) {
      String value = field.group(1);
      if (!value.isBlank() && !value.startsWith("http")) {
        return Optional.of(new Field(value, field.start(1), field.end(1)));
      }
    }
    Matcher block = HEADER_BLOCK.matcher(head);
    while (block.find()) {
      String value = block.group(1).strip();
      if (!value.isEmpty() && !value.startsWith("http") && !SENTENCE.matcher(value).find()) {
        return Optional.of(new Field(value, block.start(1), block.end(1)));
      }
    }
    return Optional.empty();
  }

  /** The company named in the text or the title for certain, or null. */
  public static String find(String text, String title) {
    for (Candidate c : candidates(text, title)) {
      if (c.certain() || c.source() == Source.LEGAL_FORM) {
        return c.name();
      }
    }
    return null;
  }

  /**
   * Every name the posting's set places give, the most telling first: header fields, the
   * title, legal forms, the intro's subjects, English names, groups with affiliate wording. A name
   * appears once, at its first place.
   */
  public static List<Candidate> candidates(String text, String title) {
    String head = head(text, HEAD);
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    headerField(text).ifPresent(f -> add(out, seen, new Candidate(f.name(), f.start(), f.end(),
        Source.HEADER_FIELD, true)));
    title(out, seen, text, title != null ? title : firstLine(head));
    Matcher legal = LEGAL_FORM.matcher(head);
    while (legal.find()) {
      int g = legal.group(1) != null ? 1 : legal.group(2) != null ? 2 : 3;
      if (!otherCompany(head, legal.start())) {
        String name = withoutParticle(legal.group(g));
        add(out, seen, new Candidate(name, legal.start(g), legal.start(g) + name.length(),
            Source.LEGAL_FORM, false));
      }
    }
    String intro = head(text, INTRO);
    for (Pattern p : List.of(SUBJECT, WORK_AT)) {
      Matcher m = p.matcher(intro);
      while (m.find()) {
        if (!NOT_NAMES.contains(m.group(1)) && !otherCompany(intro, m.start())) {
          add(out, seen, new Candidate(m.group(1), m.start(1), m.end(1), Source.SUBJECT, false));
        }
      }
    }
    Matcher english = ENGLISH_SUBJECT.matcher(intro);
    while (english.find()) {
      int g = english.group(1) != null ? 1 : 2;
      if (!NOT_NAMES.contains(english.group(g)) && !otherCompany(intro, english.start())) {
        add(out, seen, new Candidate(english.group(g), english.start(g), english.end(g),
            Source.ENGLISH, false));
      }
    }
    Matcher affiliate = AFFILIATE.matcher(head);
    while (affiliate.find()) {
      int g = affiliate.group(1) != null ? 1 : 2;
      if (!otherCompany(head, affiliate.start())) {
        add(out, seen, new Candidate(affiliate.group(g), affiliate.start(g), affiliate.end(g),
            Source.AFFILIATE, false));
      }
    }
    out.sort(Comparator.comparing((Candidate c) -> !c.certain()).thenComparing(Candidate::source));
    return out;
  }

  /** A name without the particle running text put after it: "한빛데이터는" is 한빛데이터. */
  private static String withoutParticle(String name) {
    Matcher m = PARTICLE.matcher(name);
    return m.find() && m.start() >= 2 ? name.substring(0, m.start()) : name;
  }

  private static void title(List<Candidate> out, Set<String> seen, String text, String title) {
    if (title == null || title.isBlank()) {
      return;
    }
    Matcher bracket = BRACKETED.matcher(title);
    while (bracket.find()) {
      String name = bracket.group(1).strip();
      if (!NOT_A_NAME.matcher(name).find()) {
        add(out, seen, located(text, name, Source.TITLE, bracket.start() == 0
            || title.substring(0, bracket.start()).isBlank()));
      }
    }
    String[] parts = TITLE_PARTS.split(BRACKETED.matcher(title).replaceAll(" ").strip());
    if (parts.length > 1) {
      for (String part : parts) {
        String name = part.strip();
        if (name.length() >= 2 && name.length() <= 30 && !NOT_A_NAME.matcher(name).find()) {
          add(out, seen, located(text, name, Source.TITLE, false));
        }
      }
    }
  }

  /** A title's name with its offsets where the text holds it near the top. */
  private static Candidate located(String text, String name, Source source, boolean certain) {
    int at = head(text, HEAD).indexOf(name);
    return new Candidate(name, at, at < 0 ? -1 : at + name.length(), source, certain);
  }

  private static void add(List<Candidate> out, Set<String> seen, Candidate c) {
    String name = c.name().strip();
    if (name.length() >= 2 && seen.add(name.toLowerCase(Locale.ROOT))) {
      out.add(new Candidate(name, c.start(), c.end(), c.source(), c.certain()));
    }
  }

  /** Whether the line at an offset is about another company than the poster. */
  private static boolean otherCompany(String text, int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int end = text.indexOf('\n', offset);
    return OTHER_COMPANY.matcher(text.substring(start, end < 0 ? text.length() : end)).find();
  }

  private static String firstLine(String head) {
    return head.strip().lines().findFirst().orElse("");
  }

  private static String head(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }
}
