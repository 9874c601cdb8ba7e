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
 *   <li>a header field near the top ({@code 회사명: …}, {@code 기업명: …}, {@code COMPANY: …},
 *       or a label line such as {@code ## 회사명} with the name on the next line), the forms
 *       job-site exports and summary boxes take;
 *   <li>the title: a bracketed name ({@code [한빛데이터시스템즈] 데이터 엔지니어}), or a part of
 *       it set off by "|", " - " or "@" ({@code 데이터 엔지니어 | 한빛데이터});
 *   <li>a legal form in the opening part: {@code (주)한빛}, {@code 한빛㈜}, {@code 주식회사 한빛},
 *       {@code Hanbit Co., Ltd.};
 *   <li>the subject of the intro's first sentences: {@code 한빛은 …}, {@code 한빛에서 …},
 *       {@code … 한빛에서 … 채용합니다}, {@code At Hanbit, we …}, {@code Hanbit is a …};
 *   <li>a group and an affiliate: {@code 한빛 그룹사}, {@code kt 그룹}, {@code 한빛의 자회사}.
 * </ul>
 * Lines about other companies (investors, clients, partners, where staff came from) are passed
 * over. The first two kinds name the company for certain; the others give names to confirm
 * against a register of companies ({@link Candidate#certain}). Only the opening part of a text
 * (its first 3,000 characters; a title's first 300) is read, copied once, and it is read by lines, sentence starts and
 * the positions of a few marker words, each place tried once with a bounded pattern, so the cost
 * is small and does not grow with the text.
 */
public final class CompanyLine {

  /** How far into a text the header fields, legal forms and affiliations are looked for. */
  private static final int HEAD = 3000;
  /** How much of a title is read: a longer one is a document's first paragraph, not a title. */
  private static final int TITLE = 300;
  /** How far into a text an intro's first sentences are. */
  private static final int INTRO = 600;
  /** The labels of a company header field. */
  private static final String LABELS = "(?:회사명|회사 이름|회사이름|기업명|기업 이름|업체명|채용기업|채용 기업"
      + "|company|company name|employer|organi[sz]ation)";
  /** "회사명: 한빛" on one line; 회사 and 기업 alone only so, as headings they open prose. */
  private static final Pattern HEADER_FIELD = Pattern.compile(
      "[ \\t]*(?:" + LABELS + "|회사|기업)[ \\t]*[:：][ \\t]*(.+?)[ \\t]*", Pattern.CASE_INSENSITIVE);
  /** A label line whose value is on the next line: "## 회사명", "[Company]". */
  private static final Pattern HEADER_LABEL = Pattern.compile(
      "[ \\t]*(?:#{1,4}[ \\t]*)?[\\[【]?" + LABELS + "[\\]】]?[ \\t]*[:：]?[ \\t]*",
      Pattern.CASE_INSENSITIVE);
  /** The characters a header line can begin with: its label's first, a heading's # or bracket. */
  private static final String LABEL_STARTS = "회기업채ceo#[【";
  /** A value line that is a sentence, not a name. */
  private static final Pattern SENTENCE = Pattern.compile("(?:다|요|니다)[.!]?$|[.!?]$");
  private static final Pattern BRACKETED = Pattern.compile("[\\[【〔]([^\\]】〕\\n]{2,40})[\\]】〕]");
  /** Bracket words that describe the job, not the company. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "경력|신입|채용|모집|정규직|계약직|인턴|급구|마감|상시|공고|전환형|병역|연봉|재택|원격|주\\s?\\d"
          + "|\\d+\\s*년|hiring|urgent|remote|new|hot|d-\\d",
      Pattern.CASE_INSENSITIVE);
  /**
   * A bracketed part of a company rather than the company: "[공통기술부문]", "[데이터플랫폼팀]". A
   * title names the hiring team so as often as the company; such a name is one to confirm.
   */
  private static final Pattern UNIT = Pattern.compile(
      "(?:팀|부문|본부|사업부|사업본부|실|센터|연구소|셀|챕터|division|team)$",
      Pattern.CASE_INSENSITIVE);
  /** Where a title sets a part off: a bar, a spaced dash, an at sign, a middle dot. */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—@·]\\s+|\\s*\\|\\s*| at ");
  private static final String NAME = "[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.+\\-]{0,29}";
  /** Korean legal forms, found by their text; the name stands right after or right before. */
  private static final List<String> KOREAN_FORMS = List.of("(주)", "（주）", "㈜", "주식회사");
  private static final Pattern NAME_AFTER = Pattern.compile("\\s*(" + NAME + ")");
  /** English legal forms, found by their text; the name is the capitalised words before. */
  private static final List<String> ENGLISH_FORMS = List.of(" Co.", " Inc.", " Corp.",
      " Corporation", " Limited", " Ltd");
  private static final Pattern ENGLISH_NAME_BEFORE = Pattern.compile(
      "([A-Z][A-Za-z0-9&\\-]*(?:\\s[A-Z][A-Za-z0-9&\\-]*){0,3}),?$");
  /** A name opening a sentence as its topic or subject: "한빛은", "한빛이", "한빛(Hanbit)은". */
  private static final Pattern SUBJECT = Pattern.compile(
      "[ \\t]*(?:[#*•·\\-]+\\s*)?(?:(저희|우리)\\s+)?(?:주식회사\\s*|[(（]주[)）]\\s*)?"
          + "(" + NAME + "(?:\\s[A-Z가-힣][가-힣A-Za-z0-9&+]{0,14})?)(?:\\s?\\([^)\\n]{1,30}\\))?"
          + "(?:은|는|이|가|에서는|에서)\\s");
  /**
   * A sentence saying what its subject is, a company: "한빛은 … 데이터 회사입니다", "한빛은 2015년에
   * 설립된 기업으로". A posting describes its own company so in its intro; other companies it
   * names (investors, clients) it does not describe as such.
   */
  private static final Pattern SELF_DESCRIPTION = Pattern.compile(
      "[^.!?\\n]{0,160}?(?:기업|회사|스타트업|업체|법인)\\s?(?:입니다|이다|이에요|예요|으로서?[\\s,]|로서?[\\s,])");
  /** A founding clause before a subject: "2013년 설립된 한빛은". */
  private static final Pattern FOUNDED_BEFORE = Pattern.compile(
      "[ \\t]*(?:[#*•·\\-]+\\s*)?\\d{4}\\s*년(?:에)?\\s*(?:설립|창업|창립)(?:된|한|하여)\\s+");
  /** A public notice's number after its issuer: "한빛시 공고 제2023-9호" is issued by 한빛시. */
  private static final Pattern NOTICE_ISSUER = Pattern.compile(
      "[ \\t]*[\\[【(]?[ \\t]*([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,28}[가-힣A-Za-z0-9])[ \\t]+공고[ \\t]*"
          + "제[ \\t]*\\d{2,4}");
  /** "At Hanbit, we …", the link form of markdown included ("At [Hanbit](https://…),"). */
  private static final Pattern AT_COMPANY = Pattern.compile(
      "[ \\t]*At\\s+\\[?([A-Z][A-Za-z0-9&.\\-]*(?:\\s[A-Z][A-Za-z0-9&.\\-]*){0,2})(?:\\]\\([^)\\s]*\\))?,");
  private static final Pattern ENGLISH_SUBJECT = Pattern.compile(
      "[ \\t]*(?:(?:At|Join|About)\\s+([A-Z][A-Za-z0-9&.\\-]*(?:\\s[A-Z][A-Za-z0-9&.\\-]*){0,2})"
          + "|([A-Z][A-Za-z0-9&.\\-]*(?:\\s[A-Z][A-Za-z0-9&.\\-]*){0,2})"
          + "\\s(?:is|was|has been)\\s(?:a|an|the|one|Korea|Asia)\\b)");
  /** Words saying a sentence hires: "한빛에서 … 채용합니다". */
  private static final Pattern HIRING = Pattern.compile(
      "채용|모집|구인|찾습니다|찾고 있|모십니다|합류|함께 ?할|함께하실");
  /** Words of a notice's title that name the hiring, not the issuer. */
  private static final Pattern HIRING_WORD = Pattern.compile("채용|모집|선발|공모|시험|전형");
  /** Words after a group's name: "카카오 그룹사", "kt 그룹의", "카카오 공동체". */
  private static final List<String> GROUP_WORDS = List.of("그룹", "공동체", "패밀리");
  /** What may follow a group word in Hangul: 그룹사, 그룹의, 그룹에… but not 그룹웨어, 그룹핑. */
  private static final String GROUP_WORD_FOLLOWERS = "사의에은는이과와내계로";
  /** Words after "X의 …": "휴맥스의 모빌리티 전문 자회사". */
  private static final List<String> AFFILIATE_WORDS = List.of("자회사", "계열사", "관계사", "분사");
  /** How far before an affiliate word "X의" is looked for. */
  private static final int AFFILIATE_REACH = 25;
  /** Characters ending a word that is not a name but a verb or a particle ("위한 그룹"). */
  private static final String NOT_NAME_ENDINGS = "는은을를고한의에와과로도서";
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
  public static Optional<Field> headerField(CharSequence text) {
    String head = head(text, HEAD);
    Field block = null;
    Matcher field = HEADER_FIELD.matcher(head);
    Matcher label = HEADER_LABEL.matcher(head);
    int lineStart = 0;
    while (lineStart < head.length()) {
      int lineEnd = head.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = head.length();
      }
      // A label begins with one of a few characters; other lines are not tried.
      int first = lineStart;
      while (first < lineEnd && (head.charAt(first) == ' ' || head.charAt(first) == '\t')) {
        first++;
      }
      if (first < lineEnd && LABEL_STARTS.indexOf(Character.toLowerCase(head.charAt(first))) >= 0) {
        field.region(lineStart, lineEnd);
        if (field.matches() && !field.group(1).isBlank() && !field.group(1).startsWith("http")) {
          return Optional.of(new Field(field.group(1), field.start(1), field.end(1)));
        }
        if (block == null && lineEnd < head.length() && label.region(lineStart, lineEnd).matches()) {
          block = nextLineValue(head, lineEnd + 1);
        }
      }
      lineStart = lineEnd + 1;
    }
    return Optional.ofNullable(block);
  }

  /** The name on the line after a label line, unless that line is a sentence. */
  private static Field nextLineValue(String head, int from) {
    int end = head.indexOf('\n', from);
    if (end < 0) {
      end = head.length();
    }
    String line = head.substring(from, end);
    String value = line.strip().replaceFirst("^[-*•][ \\t]*", "");
    if (value.length() < 2 || value.length() > 40 || value.startsWith("http")
        || SENTENCE.matcher(value).find()) {
      return null;
    }
    int at = from + line.indexOf(value);
    return new Field(value, at, at + value.length());
  }

  /** The company named in the text or the title for certain, or null. */
  public static String find(CharSequence text, String title) {
    return find(candidates(text, title));
  }

  /** The name among a posting's candidates that names its company for certain, or null. */
  public static String find(List<Candidate> candidates) {
    for (Candidate c : candidates) {
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
  public static List<Candidate> candidates(CharSequence text, String title) {
    String head = head(text, HEAD);
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    headerField(head).ifPresent(f -> add(out, seen, new Candidate(f.name(), f.start(), f.end(),
        Source.HEADER_FIELD, true)));
    noticeIssuer(head).ifPresent(f -> add(out, seen, new Candidate(f.name(), f.start(), f.end(),
        Source.HEADER_FIELD, true)));
    String titleLine = title != null ? head(title, TITLE) : firstLine(head);
    if (title == null) {
      // a posting opening with a part's heading ([담당업무], 회사소개 - 한빛): the heading names no one
      Headings.builtIn().match(titleLine)
          .ifPresent(m -> seen.add(m.heading().strip().toLowerCase(Locale.ROOT)));
    }
    title(out, seen, head, titleLine);
    legalForms(out, seen, head);
    String intro = head(head, INTRO);
    for (int start : sentenceStarts(intro)) {
      Matcher founded = FOUNDED_BEFORE.matcher(intro).region(start, intro.length());
      int from = founded.lookingAt() ? founded.end() : start;
      Matcher subject = SUBJECT.matcher(intro).region(from, intro.length());
      if (subject.lookingAt()) {
        // "저희 한빛은": the posting's own; a team of it ("저희 플랫폼팀은") is not the company.
        boolean ours = subject.group(1) != null && !UNIT.matcher(subject.group(2)).find();
        boolean described = SELF_DESCRIPTION.matcher(intro).region(subject.end(), intro.length())
            .lookingAt();
        addUnlessOther(out, seen, intro, subject.group(2), subject.start(2),
            Source.SUBJECT, ours || described);
      }
      Matcher at = AT_COMPANY.matcher(intro).region(start, intro.length());
      if (at.lookingAt()) {
        addUnlessOther(out, seen, intro, at.group(1), at.start(1), Source.ENGLISH, true);
      }
      Matcher english = ENGLISH_SUBJECT.matcher(intro).region(start, intro.length());
      if (english.lookingAt()) {
        int g = english.group(1) != null ? 1 : 2;
        addUnlessOther(out, seen, intro, english.group(g), english.start(g), Source.ENGLISH);
      }
    }
    workAt(out, seen, intro);
    affiliations(out, seen, head);
    out.sort(Comparator.comparing((Candidate c) -> !c.certain()).thenComparing(Candidate::source));
    return out;
  }

  /** Where sentences may start in the intro: its start, each line's, and after ". ", "! ", "? ". */
  private static List<Integer> sentenceStarts(String intro) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < intro.length() - 1; i++) {
      char c = intro.charAt(i);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && intro.charAt(i + 1) == ' ') {
        starts.add(c == '\n' ? i + 1 : i + 2);
      }
    }
    return starts;
  }

  /** The names a legal form marks in the opening part: "(주)한빛", "한빛㈜", "Hanbit Co., Ltd.". */
  private static void legalForms(List<Candidate> out, Set<String> seen, String head) {
    List<int[]> found = new ArrayList<>();
    for (String form : KOREAN_FORMS) {
      for (int at = head.indexOf(form); at >= 0; at = head.indexOf(form, at + form.length())) {
        Matcher after = NAME_AFTER.matcher(head).region(at + form.length(), head.length());
        if (after.lookingAt()) {
          found.add(new int[] {after.start(1), after.end(1)});
        } else {
          int[] before = nameBefore(head, at);
          if (before != null) {
            found.add(before);
          }
        }
      }
    }
    for (String form : ENGLISH_FORMS) {
      for (int at = head.indexOf(form); at >= 0; at = head.indexOf(form, at + form.length())) {
        int from = Math.max(0, head.lastIndexOf('\n', at) + 1);
        Matcher before = ENGLISH_NAME_BEFORE.matcher(head).region(Math.max(from, at - 60), at);
        if (before.find()) {
          found.add(new int[] {before.start(1), before.end(1)});
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f[0]));
    for (int[] f : found) {
      if (!otherCompany(head, f[0])) {
        String name = withoutParticle(head.substring(f[0], f[1]));
        add(out, seen, new Candidate(name, f[0], f[0] + name.length(), Source.LEGAL_FORM, false));
      }
    }
  }

  /** The name written right before an offset ("한빛" before "㈜"), or null. */
  private static int[] nameBefore(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && end - start < 30 && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    return end - start >= 2 ? new int[] {start, end} : null;
  }

  private static boolean isHangul(char c) {
    return c >= '가' && c <= '힣';
  }

  private static boolean isNameChar(char c) {
    return c >= '가' && c <= '힣' || c < 128 && Character.isLetterOrDigit(c) || c == '&';
  }

  /** "한빛에서 … 채용합니다": the company one sentence of the intro says one will work at. */
  private static void workAt(List<Candidate> out, Set<String> seen, String intro) {
    for (int at = intro.indexOf("에서 "); at >= 0; at = intro.indexOf("에서 ", at + 3)) {
      int end = at;
      int sentenceEnd = at;
      while (sentenceEnd < intro.length() && sentenceEnd - at < 70
          && intro.charAt(sentenceEnd) != '.' && intro.charAt(sentenceEnd) != '\n') {
        sentenceEnd++;
      }
      int[] name = nameBefore(intro, end);
      if (name != null && name[1] == at && HIRING.matcher(intro).region(at, sentenceEnd).find()) {
        addUnlessOther(out, seen, intro, intro.substring(name[0], name[1]), name[0],
            Source.SUBJECT);
      }
    }
  }

  /**
   * The groups and companies a posting says it belongs to: a name right before a group word
   * ("카카오 그룹사", "kt 그룹의", "카카오 공동체"), or "X의" a few words before an affiliate word
   * ("휴맥스의 모빌리티 전문 자회사").
   */
  private static void affiliations(List<Candidate> out, Set<String> seen, String head) {
    List<int[]> found = new ArrayList<>();
    for (String word : GROUP_WORDS) {
      for (int at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + word.length())) {
        int[] name = nameBefore(head, at);
        int next = at + word.length();
        boolean groupWord = next >= head.length() || !isHangul(head.charAt(next))
            || GROUP_WORD_FOLLOWERS.indexOf(head.charAt(next)) >= 0;
        if (name != null && groupWord && name[1] - name[0] <= 12
            && NOT_NAME_ENDINGS.indexOf(head.charAt(name[1] - 1)) < 0) {
          found.add(name);
        }
      }
    }
    for (String word : AFFILIATE_WORDS) {
      for (int at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + word.length())) {
        int from = Math.max(0, at - AFFILIATE_REACH);
        int of = head.lastIndexOf("의 ", at);
        if (of >= from && head.substring(of, at).indexOf('.') < 0
            && head.substring(of, at).indexOf('\n') < 0) {
          int[] name = nameBefore(head, of);
          if (name != null && name[1] == of) {
            found.add(name);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f[0]));
    for (int[] f : found) {
      addUnlessOther(out, seen, head, head.substring(f[0], f[1]), f[0], Source.AFFILIATE);
    }
  }

  private static void addUnlessOther(List<Candidate> out, Set<String> seen, String text,
      String name, int start, Source source) {
    addUnlessOther(out, seen, text, name, start, source, false);
  }

  private static void addUnlessOther(List<Candidate> out, Set<String> seen, String text,
      String name, int start, Source source, boolean certain) {
    // A subject the sentence describes as a company is the poster whatever else the line says
    // ("… 대체투자 시장을 선도하는 기업입니다").
    if (!NOT_NAMES.contains(name) && (certain || !otherCompany(text, start))) {
      add(out, seen, new Candidate(name, start, start + name.length(), source, certain));
    }
  }

  /**
   * The issuer of a public notice, from the number line that heads it ("한빛시 공고 제2023-9호"),
   * unless the words before 공고 name the job rather than an issuer ("… 채용 공고 제…").
   */
  static Optional<Field> noticeIssuer(String head) {
    Matcher m = NOTICE_ISSUER.matcher(head);
    int lineStart = 0;
    for (int line = 0; line < 5 && lineStart < head.length(); line++) {
      int lineEnd = head.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? head.length() : lineEnd;
      if (m.region(lineStart, lineEnd).lookingAt() && !HIRING_WORD.matcher(m.group(1)).find()) {
        return Optional.of(new Field(m.group(1), m.start(1), m.end(1)));
      }
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
  }

  /** A name without the particle running text put after it: "한빛데이터는" is 한빛데이터. */
  private static String withoutParticle(String name) {
    Matcher m = PARTICLE.matcher(name);
    return m.find() && m.start() >= 2 ? name.substring(0, m.start()) : name;
  }

  private static void title(List<Candidate> out, Set<String> seen, String head, String title) {
    if (title == null || title.isBlank()) {
      return;
    }
    Matcher bracket = BRACKETED.matcher(title);
    boolean roleInBracket = false;
    while (bracket.find()) {
      String name = bracket.group(1).strip();
      if (PostingTitle.endsWithARole(name)) {
        roleInBracket = true; // [검색 엔지니어] 한빛클라우드: the bracket is the job
      } else if (!NOT_A_NAME.matcher(name).find()) {
        boolean opens = bracket.start() == 0 || title.substring(0, bracket.start()).isBlank();
        add(out, seen, located(head, name, Source.TITLE, opens && !UNIT.matcher(name).find()));
      }
    }
    String rest = BRACKETED.matcher(title).replaceAll(" ").strip();
    String[] parts = TITLE_PARTS.split(rest);
    if (roleInBracket && parts.length == 1 && rest.length() >= 2 && rest.length() <= 30
        && rest.split("\\s+").length <= 2 && !NOT_A_NAME.matcher(rest).find()
        && !PostingTitle.endsWithARole(rest)) {
      add(out, seen, located(head, rest, Source.TITLE, false)); // the rest may be who offers it
    }
    if (parts.length > 1) {
      for (String part : parts) {
        String name = part.strip();
        if (name.length() >= 2 && name.length() <= 30 && !NOT_A_NAME.matcher(name).find()) {
          add(out, seen, located(head, name, Source.TITLE, false));
        }
      }
    }
  }

  /** A title's name with its offsets where the text's opening part holds it. */
  private static Candidate located(String head, String name, Source source, boolean certain) {
    int at = head.indexOf(name);
    return new Candidate(name, at, at < 0 ? -1 : at + name.length(), source, certain);
  }

  private static void add(List<Candidate> out, Set<String> seen, Candidate c) {
    String name = c.name().strip();
    if (name.length() < (c.certain() ? 1 : 2)) {
      return;
    }
    Candidate named = new Candidate(name, c.start(), c.end(), c.source(), c.certain());
    if (seen.add(name.toLowerCase(Locale.ROOT))) {
      out.add(named);
    } else if (c.certain()) {
      // A name first met where it had to be confirmed, then where it is certain, is certain.
      out.replaceAll(o -> o.name().equalsIgnoreCase(name) && !o.certain() ? named : o);
    }
  }

  /** Whether the line at an offset is about another company than the poster. */
  private static boolean otherCompany(String text, int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int end = text.indexOf('\n', offset);
    return OTHER_COMPANY.matcher(text).region(start, end < 0 ? text.length() : end).find();
  }

  private static String firstLine(String head) {
    return head.strip().lines().findFirst().orElse("");
  }

  /**
   * The opening part of a text, copied once: every later read is of it, so the cost of finding a
   * company is bounded whatever the length of the text (CompanyLineTest reads a text whose
   * characters past the opening part cannot be read).
   */
  private static String head(CharSequence text, int length) {
    return (text.length() > length ? text.subSequence(0, length) : text).toString();
  }
}
