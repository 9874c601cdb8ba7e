package dev.gonggo.skills;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.TechTermFilter;
import dev.gonggo.analysis.Token;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.text.CompanyLine;
import dev.gonggo.text.Lines;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The key terms of a posting, read from the tokens of its one analysis: what a job seeker learns
 * the job is about (its domain, the systems it builds, its kinds of work, its tools), not its
 * company, address or boilerplate.
 *
 * <p>Where candidates come from: the parts that describe the job (title, duties, requirements,
 * preferred, tech stack, the job's own text and, weighed less, the intro, as which the opening of
 * a posting whose duties have a heading of their own is read: a page's menus, the company);
 * never the header fields of a job site's export (회사명:, 근무지:, 주소:), the benefits, the
 * hiring process, links, or a part named as other (근무조건, 기타). What a candidate is: a noun
 * phrase, a run of adjacent noun and foreign-word tokens (nothing between them, one space, or a
 * hyphen between English words: cloud-native), every stretch of one to {@link #MAX_TERMS} written
 * words (대용량 is one word of two tokens; at most {@link #MAX_TOKENS} tokens) of a run without
 * filler ({@link KeywordStopWords}, some of it filler only after an amount: 3년 이상, not 이상 탐지)
 * in it. A number only counts inside a phrase. Because Nori splits compounds, 데이터 플랫폼 and
 * 데이터플랫폼 meet; a noun-making suffix Nori drops stays with its noun (시각화, 보장형; a prefix
 * the analyser joins back itself: 비정형, 무중단), and a one-syllable noun that completes a split
 * word stays in it (태양광, 메시지큐).
 *
 * <p>What is left out, besides filler: the company's name and every piece of it but the field of
 * business it names (증권 of 토스증권 stays; every name {@link CompanyLine#candidates} gives but a
 * title part naming the role or a field, and the intro's later sentence subjects, and the title's
 * bracket); a phrase holding the brand a name known for certain opens with (캐롯 주행 of
 * 캐롯손해보험); a piece of a word that Nori cut where the pieces
 * are not words of their own (마고웍스 of 이마고웍스, a stray syllable); a single Latin-script word
 * that is neither a skill nor an acronym (scale, implement, Flexible); a single word that most
 * postings of the collection use ({@link #COMMON_SHARE} or more: 데이터, 서비스).
 *
 * <p>Score: the mean of the candidate's own tf-idf and its words', where tf counts each
 * occurrence by the weight of its part and idf is the smoothed BM25 form against a collection's
 * {@link DocumentFrequencies}. A skill weighs by its part (the duties most, then the requirements,
 * then the preferred and the stack). A lone Korean noun that names no skill is discounted, more so
 * one the posting mostly uses as a verb; so is a term only in the title or only in the intro. The best are
 * taken in score order, leaving out a candidate inside or around one taken, one whose every
 * occurrence overlaps one taken, and a second name of a skill already taken (Kafka after 카프카):
 * its occurrences are counted with the first. Linear in the tokens: mentions and sections are
 * found by binary search, occurrences compared by walking both lists once.
 */
public final class KeyTerms {

  /** The longest phrase, in written words. */
  public static final int MAX_TERMS = 3;
  /** The longest phrase, in tokens: a written word may be several (대 + 용량). */
  static final int MAX_TOKENS = 5;
  /** The number of key terms given when the caller does not say. */
  public static final int DEFAULT_LIMIT = 15;
  /** A single word used by this share of postings or more says nothing about one of them. */
  static final double COMMON_SHARE = 0.25;

  private static final Set<String> PHRASE_TAGS =
      Set.of("NNG", "NNP", "SL", "SH", "SN", TechTermFilter.TAG);
  private static final String NUMBER_TAG = "SN";
  /**
   * The discount of a single Korean noun that names no skill. Most are everyday words (응대, 선호,
   * 현재) that a small background cannot tell from domain terms; the key terms of a posting are
   * mostly phrases (실시간 처리) and names.
   */
  private static final double LONE_KOREAN_NOUN = 0.75;
  /** A header field of a job site's export: "회사명: …", "근무지: …". */
  private static final Pattern HEADER_FIELD = Pattern.compile("^\\s*([^:：\\-•·*\\[(]{1,15}?)\\s*[:：]");
  /**
   * Labels of the workplace, the pay, the dates and contacts: a line under one is no content of
   * the job even inside one of its parts.
   */
  private static final Pattern NO_JOB_LABEL = Pattern.compile(
      "주소|(?:근무|회사)\\s*위치|근무지|근무\\s*(?:장소|시간|형태|기간)|고용\\s*형태|회사\\s*명|기업\\s*명|"
      + "상호|대표자|대표\\s*번호|홈페이지|연락처|전화|이메일|담당자|마감|(?:모집|접수|지원)\\s*기간|접수|"
      + "급여|연봉|복지|경력\\s*조건|학력|출처|링크|"
      + "(?i:\\b(?:address|location|office|e-?mail|phone|contact|salary|pay|deadline|company|website"
      + "|url|links?|source|employment|start\\s+date|date)\\b)");
  /** Header fields that name the job itself, whose value is read like the title. */
  private static final Pattern JOB_FIELD = Pattern.compile(
      "제목|공고명|공고|직무|직종|포지션|모집\\s*분야|모집\\s*직무|(?i:title|position|role|job)");
  /** Corporate markers left out of a company's name before it is compared. */
  private static final Pattern CORPORATE = Pattern.compile(
      "주식회사|유한회사|\\(주\\)|㈜|\\(유\\)|（주）|(?i:\\b(?:inc|corp|co|ltd|llc|korea)\\b\\.?)");
  /** A bracket in a title: "[KT NexR] Cloud Data Platform Engineer". */
  private static final Pattern TITLE_BRACKET = Pattern.compile("[\\[【]([^\\]】]{2,30})[\\]】]");
  /** The nouns that name a role. */
  private static final String ROLES = "엔지니어|개발자|사이언티스트|분석가|매니저|담당자|리드|팀장|인턴|연구원|아키텍트|"
      + "(?i:engineer|developer|scientist|analyst|manager|lead|intern|architect|specialist)";
  /** The job's own name is the title, not a key term of it: 데이터 엔지니어, Applied Scientist. */
  private static final Pattern ROLE = Pattern.compile("(?:" + ROLES + ")$");
  /** A role, or hiring, named anywhere in a part of a title: that part is the job, not the company. */
  private static final Pattern ROLE_IN_TITLE = Pattern.compile(ROLES + "|채용|모집");

  /** A skill the posting asks for is a key term however many postings ask for it. */
  private static final double SKILL_IDF_FLOOR = 5.0;
  /** A phrase of several words is a kind of work or system even where many postings name it. */
  private static final double PHRASE_IDF_FLOOR = 2.5;
  /** Skills every posting of a field asks for say little about one job: CS basics, soft skills. */
  private static final Set<String> BACKGROUND_CATEGORIES = Set.of("cs-fundamentals", "collaboration");
  /** A phrase said once, outside the title, weighs this much of one said more often. */
  private static final double ONCE = 0.6;
  /** A term that is no skill found only in the title: the job's parts never name it as work. */
  private static final double TITLE_ONLY = 0.3;
  /** A term that is no skill found only in the intro: what the company does, not the job. */
  private static final double INTRO_ONLY = 0.5;
  /**
   * A lone noun the intro says this often is the field the company works in (특허, 모빌리티),
   * which the job's parts take for granted; a mission's words are said once or twice.
   */
  private static final int DOMAIN_REPEATS = 3;
  /** A lone noun the posting mostly uses as a verb's stem names an act, not a thing. */
  private static final double VERB = 0.3;
  /** A skill's weight in the duties, the requirements, and the preferred or the stack. */
  private static final double SKILL_IN_DUTIES = 2.0;
  private static final double SKILL_REQUIRED = 1.4;
  private static final double SKILL_PREFERRED = 0.7;
  /**
   * A term of work or business (work-and-business.tsv) scores at least its occurrences weighed
   * as a skill's are, times this: as a skill of middling rarity, however many postings share it.
   */
  private static final double WORK_OR_BUSINESS = 4.0;
  /** The syllables written onto a noun that the analyser drops or splits off. */
  private static final NounAffixes AFFIXES = NounAffixes.builtIn();

  private final KeywordStopWords stopWords;
  private final DocumentFrequencies frequencies;

  private final WorkAndBusinessTerms workAndBusiness = WorkAndBusinessTerms.builtIn();
  /** Other companies' names, normalised, by the list they came in (a group's, from the register). */
  private final Map<List<String>, List<String>> otherNames = new ConcurrentHashMap<>();

  public KeyTerms(KeywordStopWords stopWords, DocumentFrequencies frequencies) {
    this.stopWords = stopWords;
    this.frequencies = frequencies;
  }

  /**
   * The best {@code limit} key terms of a posting, best first.
   *
   * @param skills the skills found in the same analysis: a key term over one of their mentions is
   *     that skill, any other a candidate
   */
  public List<Keyword> of(PostingText posting, AnalyzedText analyzed, List<PostingSkill> skills,
      int limit) {
    return of(posting, analyzed, skills, limit, List.of(), List.of());
  }

  /**
   * The best {@code limit} key terms of a posting, best first, none of them a name the company is
   * known by.
   *
   * @param companyNames names of the posting's company that a later stage found (its name as
   *     written, its registered name, its group), left out with their pieces like the names of the
   *     posting's company line
   * @param otherCompanies names of other companies (its group's), left out where a term holds one
   *     whole (네오플, not 에너지 of 한화에너지, which is a field of business)
   */
  public List<Keyword> of(PostingText posting, AnalyzedText analyzed, List<PostingSkill> skills,
      int limit, List<String> companyNames, List<String> otherCompanies) {
    Mentions mentions = new Mentions(skills, analyzed.tokens());
    Places places = new Places(posting);
    Phrases phrases = phrases(analyzed, places, mentions);
    phrases.link();
    List<String> company = companyNames(posting, companyNames);
    List<String> brands = certainNames(posting, companyNames);
    List<String> others = otherCompanies.isEmpty() ? List.of()
        : otherNames.computeIfAbsent(otherCompanies, KeyTerms::distinctiveNames);
    String text = posting.text();
    List<Scored> scored = new ArrayList<>();
    int looked = 0;
    for (Candidate c : phrases.byKey.values()) {
      if ((++looked & 1023) == 0) {
        AnalysisDeadline.check();
      }
      double weight = weight(c);
      if (weight == 0) {
        continue;
      }
      String skill = mentions.skillOf(c);
      Skill named = skill == null ? null : mentions.skill(skill);
      if (named != null && isBackground(named)) {
        continue; // 커뮤니케이션, 자료구조, 운영체제: asked of everyone, saying nothing of this job
      }
      if (skill == null && !isTermOfItsOwn(c, text, company, others, brands)) {
        continue;
      }
      boolean exactSkill = named != null && mentions.isExactly(c);
      if (named != null && !exactSkill) {
        continue; // Kafka 운영, UNIX 시스템: the skill's own name says it, once
      }
      if (exactSkill) {
        mentions.leaveOutLonger(c, skill); // Aws of "Aws Athena" names Athena, not AWS
      }
      if (!exactSkill && absorbed(c, text, mentions, company, others, brands)) {
        continue; // a skill's own name stays, however often a longer phrase holds it (Kafka 운영)
      }
      double idf = idf(frequencies.docFreq(c.indexed, c.indexedKey));
      double score;
      if (exactSkill && isJobSkill(named)) {
        score = skillWeight(c, mentions, posting.lines()) * Math.max(idf, SKILL_IDF_FLOOR);
      } else if (skill != null) {
        score = weight * idf; // a spoken language
      } else {
        double words = 0;
        for (Candidate word : c.words) {
          words += termScore(word);
        }
        double phraseIdf = c.terms.size() > 1 ? Math.max(idf, PHRASE_IDF_FLOOR) : idf;
        score = (weight * phraseIdf + words / c.terms.size()) / 2;
        WorkAndBusinessTerms.Named work = workAndBusiness.of(c);
        if (work != null && (work.kind() == WorkAndBusinessTerms.Kind.WORK
            || c.terms.size() > 1 || c.occurrences.size() > 1)) {
          // the work or the business a reader looks for first, however many postings share it
          double asTerm = work.kind() == WorkAndBusinessTerms.Kind.BUSINESS
              ? asBusiness(c) : asSkill(c);
          scored.add(new Scored(c, Math.max(score, asTerm * WORK_OR_BUSINESS), null,
              work.thing(), work.kind() == WorkAndBusinessTerms.Kind.BUSINESS));
          continue;
        }
        if (c.loneKoreanNoun) {
          if (onlyInIntro(c) && c.occurrences.size() < DOMAIN_REPEATS) {
            continue; // the company's mission (이동, 인류, 역사), not this job's words
          }
          score *= LONE_KOREAN_NOUN;
        }
        if (c.occurrences.size() == 1) {
          score *= ONCE;
        }
        int parts = parts(c);
        if (parts == Part.TITLE.bit()) {
          score *= TITLE_ONLY; // the opening's name (Ad Service, Cloud Data Platform), not its work
        } else if (parts == Part.INTRO.bit() && !(c.loneKoreanNoun
            && c.occurrences.size() >= DOMAIN_REPEATS)) {
          score *= INTRO_ONLY; // the company's products and partners (FIFA, WEMIX), not this job's
        }
        if (c.loneKoreanNoun && usedAsVerb(c, text)) {
          score *= VERB; // 가공하여, 도출한, 확보합니다: an act, not a thing of the job
        }
      }
      scored.add(new Scored(c, score, skill, null, false));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(s -> s.candidate.occurrences.get(0).start));
    return select(scored, limit, glosses(phrases, text, mentions));
  }

  /**
   * Other companies' names as terms are compared with them, the short ones left out; worked out
   * once per list (a large group's, asked by every posting of its companies).
   */
  private static List<String> distinctiveNames(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      String n = plainName(name);
      if (isDistinctive(n)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /** A tool or concept of the job's own field: not a CS basic, a soft skill or a language. */
  private static boolean isJobSkill(Skill s) {
    return (s.kind() == Skill.Kind.TOOL || s.kind() == Skill.Kind.CONCEPT) && !isBackground(s);
  }

  /**
   * A soft skill or a CS basic: what every posting of a field asks. A skill that is also of a
   * field of its own (분산 시스템: distributed systems as well as a CS basic) names the job's work.
   */
  private static boolean isBackground(Skill s) {
    if (s.kind() == Skill.Kind.SOFT) {
      return true;
    }
    if (s.categories().isEmpty()) {
      return false;
    }
    for (String c : s.categories()) {
      if (!BACKGROUND_CATEGORIES.contains(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The most of the first ten that may be skills: at least one place goes to the job's own words
   * (its domain, what it builds), which a posting listing a dozen tools would otherwise crowd out.
   */
  private static final int SKILLS_IN_TEN = 9;

  /** How far past the limit a term that is no skill is looked for: a bounded look. */
  private static final int LOOK_PAST_LIMIT = 30;

  /**
   * The best in score order, the first ten holding at least one term that is no skill and, where
   * the posting names its field of business as work-and-business.tsv says, the best term of it
   * (광고, 헬스케어 플랫폼): what the company does is the first thing a reader asks of a posting,
   * and a posting that lists a dozen tools or says its field in the intro alone would leave it out.
   */
  private static List<Keyword> select(List<Scored> scored, int limit,
      Map<Candidate, Candidate> glosses) {
    List<Taken> all = selectAll(scored, limit, glosses);
    List<Keyword> first = new ArrayList<>();
    List<Keyword> later = new ArrayList<>();
    int skillsFirst = 0;
    boolean businessFirst = false;
    Keyword business = null;
    for (Taken t : all) {
      Keyword k = t.keyword();
      if (first.size() < 10 && (!k.isSkill() || skillsFirst < SKILLS_IN_TEN)) {
        first.add(k);
        skillsFirst += k.isSkill() ? 1 : 0;
        businessFirst |= t.business();
      } else {
        later.add(k);
        business = business == null && t.business() ? k : business;
      }
    }
    if (!businessFirst && business != null && first.size() == 10) {
      later.remove(business);
      later.add(0, first.remove(9));
      first.add(business);
    }
    first.addAll(later);
    return first.size() > limit ? List.copyOf(first.subList(0, limit)) : first;
  }

  /**
   * The best in score order, near-duplicates left out or counted with the term they repeat; past
   * the limit while no term that is no skill, or none of the field of business, is taken yet, a
   * few more (for {@link #select}).
   */
  private static List<Taken> selectAll(List<Scored> scored, int limit,
      Map<Candidate, Candidate> glosses) {
    List<Candidate> taken = new ArrayList<>();
    List<Candidate> forms = new ArrayList<>(); // the taken, and the other names of each
    List<String> formSkills = new ArrayList<>(); // the skill each of forms names, or null
    List<Scored> takenScores = new ArrayList<>();
    Map<String, Integer> bySkill = new HashMap<>();
    Map<Candidate, Integer> byGloss = new HashMap<>();
    Map<String, Integer> byThing = new HashMap<>();
    Map<Candidate, List<Candidate>> groups = new HashMap<>();
    glosses.forEach((form, first) -> groups.computeIfAbsent(first, k -> new ArrayList<>()).add(form));
    int most = limit + LOOK_PAST_LIMIT;
    int[] counts = new int[most];
    List<List<Occurrence>> counted = new ArrayList<>(); // of each taken, the places counted
    boolean termTaken = false;
    boolean businessTaken = false;
    for (Scored s : scored) {
      if (taken.size() >= most
          || (taken.size() >= limit && (termTaken && businessTaken || limit < 10))) {
        break;
      }
      Candidate glossed = glosses.get(s.candidate);
      Integer same = s.skill != null ? bySkill.get(s.skill)
          : s.thing != null ? byThing.get(s.thing)
          : glossed != null ? byGloss.get(glossed) : null;
      if (same != null) {
        counts[same] += uncounted(s.candidate, counted.get(same)); // 카프카 after Kafka: one term
        continue;
      }
      if (nestedWith(s, forms, formSkills) || coveredBy(s.candidate, taken)) {
        continue;
      }
      if (s.skill != null) {
        bySkill.put(s.skill, taken.size());
      }
      if (s.thing != null) {
        byThing.put(s.thing, taken.size()); // 장애 대응 after incident response: one term
      }
      forms.add(s.candidate);
      formSkills.add(s.skill);
      if (glossed != null) {
        byGloss.put(glossed, taken.size());
        for (Candidate form : groups.get(glossed)) {
          if (form != s.candidate) {
            forms.add(form); // OSS 정책 holds Open Source Software as much as OSS
            formSkills.add(null);
          }
        }
      }
      counts[taken.size()] = s.candidate.occurrences.size();
      counted.add(new ArrayList<>(s.candidate.occurrences));
      termTaken |= s.skill == null;
      businessTaken |= s.business;
      taken.add(s.candidate);
      takenScores.add(s);
    }
    List<Taken> out = new ArrayList<>(taken.size());
    for (int i = 0; i < taken.size(); i++) {
      Scored s = takenScores.get(i);
      // keyed by the analyser's terms, as a search for it is analysed (데이터 시각 for 데이터 시각화)
      out.add(new Taken(new Keyword(s.candidate.surface, s.candidate.indexed, round(s.score),
          counts[i], s.skill), s.business));
    }
    return out;
  }

  /**
   * How many of a candidate's occurrences stand apart from the places already counted for the term
   * it is another name of, which take them in: BigQuery inside Google BigQuery is one mention.
   */
  private static int uncounted(Candidate c, List<Occurrence> counted) {
    int added = 0;
    for (Occurrence o : c.occurrences) {
      boolean apart = true;
      for (Occurrence done : counted) {
        if (o.start < done.end && done.start < o.end) {
          apart = false;
          break;
        }
      }
      if (apart) {
        added++;
        if (counted.size() < 256) { // a bound on the comparisons; past it, counts may repeat
          counted.add(o);
        }
      }
    }
    return added;
  }

  /**
   * Pairs of candidates that name one thing, one glossing the other in parentheses right after
   * it: an acronym and its words (OSS(Open Source Software), WMS(Warehouse Management System)).
   * Each of a pair maps to the one written first, so the second counts with the first instead of
   * taking a place of its own. Skills are left out: one skill's names already count as one. A
   * Korean term and a Latin one in parentheses are not paired: as often as a translation, the
   * parentheses name an example or a product (결제 시스템(Stripe API)).
   */
  private static Map<Candidate, Candidate> glosses(Phrases phrases, String text, Mentions mentions) {
    Map<Integer, List<Candidate>> byEnd = new HashMap<>();
    Map<Long, Candidate> bySpan = new TreeMap<>(); // in text order: the same pairs every run
    for (Candidate c : phrases.byKey.values()) {
      for (Occurrence o : c.occurrences) {
        int open = o.end < text.length() && text.charAt(o.end) == ' ' ? o.end + 1 : o.end;
        if (open < text.length() && text.charAt(open) == '(') {
          byEnd.computeIfAbsent(open, k -> new ArrayList<>()).add(c);
        }
        if (o.start > 0 && text.charAt(o.start - 1) == '(' && o.end < text.length()
            && text.charAt(o.end) == ')') {
          bySpan.put((long) o.start << 32 | o.end, c);
        }
      }
    }
    Map<Candidate, Candidate> out = new HashMap<>();
    for (Map.Entry<Long, Candidate> e : bySpan.entrySet()) {
      int open = (int) (e.getKey() >>> 32) - 1;
      Candidate inner = e.getValue();
      List<Candidate> heads = byEnd.get(open);
      if (heads == null || mentions.skillOf(inner) != null) {
        continue;
      }
      Candidate head = null;
      for (Candidate h : heads) {
        if (mentions.skillOf(h) == null && namesTheSame(h, inner)
            && (head == null || h.terms.size() > head.terms.size())) {
          head = h;
        }
      }
      if (head != null && !out.containsKey(inner)) {
        Candidate first = out.getOrDefault(head, head);
        out.put(head, first);
        out.put(inner, first);
      }
    }
    return out;
  }

  /** Whether two candidates, one in parentheses after the other, are one thing: an acronym and its words. */
  private static boolean namesTheSame(Candidate a, Candidate b) {
    return isAcronymOf(a, b) || isAcronymOf(b, a);
  }

  /** Whether one candidate's single word is made of the initials of the other's words. */
  private static boolean isAcronymOf(Candidate acronym, Candidate words) {
    if (acronym.terms.size() != 1 || words.terms.size() < 2 || !words.latin) {
      return false;
    }
    String letters = acronym.terms.get(0).toLowerCase(Locale.ROOT);
    if (letters.length() != words.terms.size()) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      String w = words.terms.get(i);
      if (w.isEmpty() || Character.toLowerCase(w.charAt(0)) != letters.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a candidate that names no skill is a term of its own: no filler in it, not the
   * company's name or a piece of it (but the field of business the name says: 증권 of 토스증권),
   * not a piece of a word Nori cut where the pieces are not words, not a lone Latin-script word
   * that is no acronym, not a word most postings use.
   */
  private boolean isTermOfItsOwn(Candidate c, String text, List<String> company,
      List<String> others, List<String> brands) {
    String norm = norm(c.surface);
    if (norm.codePointCount(0, norm.length()) < 2 || ROLE.matcher(c.surface.strip()).find()) {
      return false;
    }
    if (holdsFiller(c)) {
      return false; // 능력 of 커뮤니케이션 능력, 개발 문화 of 테스트 주도 개발 문화: a skill's words
    }
    WorkAndBusinessTerms.Named field = workAndBusiness.of(c);
    // exactly a field of business (증권), not one before a head noun (에너지 솔루션 of a company's name)
    boolean business = field != null && field.kind() == WorkAndBusinessTerms.Kind.BUSINESS
        && field.thing() != null;
    for (String name : company) {
      if (name.contains(norm) && !(business && !name.equals(norm))
          || norm.contains(name) && (isDistinctive(name) || isWordOf(name, c))) {
        // a short name only as a word of its own: CJ Group, not DL of handler; a field of
        // business is no piece of the name that says it (증권 of 토스증권, 에너지 of 에너지 기업 X)
        return false;
      }
    }
    for (String name : others) {
      if (norm.contains(name)) {
        return false;
      }
    }
    if (holdsTheNamesLead(c, brands)) {
      return false; // 캐롯 주행 of 캐롯손해보험, 인천 서구 of 인천본부
    }
    if (c.terms.size() == 2 && workAndBusiness.isHead(c.terms.get(0))
        && workAndBusiness.isAct(c.terms.get(1))) {
      return false; // 시스템 설계, 서비스 운영: what is done to any system, not which one
    }
    if (c.terms.size() == 1) {
      if (c.latin && !isAcronym(c.surface)) {
        return false; // scale, implement, Flexible: English words, not names
      }
      if (isCommon(c.indexed, c.indexedKey)) {
        return false;
      }
    }
    return !onlyFragments(c, text);
  }

  /**
   * Whether a candidate that names no skill holds a filler word: one a skill's name let into its
   * run (능력 of 커뮤니케이션 능력), or a word that is filler only after an amount anywhere but at
   * the start of a phrase (x 이상 of "2.x 이상", a lone 이상).
   */
  private boolean holdsFiller(Candidate c) {
    for (int i = 0; i < c.terms.size(); i++) {
      String term = c.terms.get(i);
      if (stopWords.contains(term)
          && !(i == 0 && c.terms.size() > 1 && stopWords.isAfterAnAmount(term))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The company's names known for certain, normalised: those a later stage found (the register's)
   * and the company line's or header field's. Not a title part or an intro's subject, which may
   * be a team (SRE팀) or the field (특허 빅데이터 …).
   */
  private static List<String> certainNames(PostingText posting, List<String> known) {
    List<String> out = new ArrayList<>();
    for (String name : known) {
      out.add(plainName(name));
    }
    for (CompanyLine.Candidate c : posting.companies()) {
      if (c.certain()) {
        out.add(plainName(c.name()));
      }
    }
    return out;
  }

  /** A company's name as terms are compared with it: no corporate marker, letters and digits. */
  private static String plainName(String name) {
    return norm(CORPORATE.matcher(name).replaceAll(" "));
  }

  /**
   * Whether a phrase holds the word a company's name opens with, its brand (캐롯 of 캐롯손해보험,
   * 콘센트릭스 of 콘센트릭스서비스코리아, 인천 of 인천본부), the name known for certain: not where that
   * word is a field of business or work, a head noun, or a word many postings use (데이터 of
   * 데이터스트림즈).
   */
  private boolean holdsTheNamesLead(Candidate c, List<String> company) {
    if (c.written.size() < 2) {
      return false; // a word alone is the name's piece already (name.contains)
    }
    for (String written : c.written) {
      String word = norm(written);
      if (word.codePointCount(0, word.length()) < 2 || !isDistinctive(word)) {
        continue;
      }
      for (String name : company) {
        if (name.length() > word.length() && name.startsWith(word)
            && !workAndBusiness.namesAField(word) && !workAndBusiness.isHead(word)
            && !isCommon(List.of(word), word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@link #COMMON_SHARE} or more of the collection's postings use a term. */
  private boolean isCommon(List<String> terms, String key) {
    int n = frequencies.docCount();
    return n >= 10 && frequencies.docFreq(terms, key) >= COMMON_SHARE * n;
  }

  /** Whether a name is one of the candidate's words. */
  private static boolean isWordOf(String name, Candidate c) {
    for (String term : c.terms) {
      if (norm(term).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** An acronym or a name written as one: DBSCAN, OLAP, S3, GraphQL. */
  private static boolean isAcronym(String surface) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (upper == letters && letters >= SHOUTED && surface.chars().allMatch(Character::isLetter)) {
      return false; // DEADLINE, RECRUIT: a word set in capitals, not the initials of a name
    }
    return letters >= 2 && (upper == letters || upper >= 2);
  }

  /**
   * Whether a name is long enough to be a name wherever a word holds it: two Hangul syllables (넥슨,
   * 토스) are; a short Latin name (a group's DL, SM) is only a term of its own, not every word
   * holding it (handler).
   */
  private static boolean isDistinctive(String name) {
    return name.codePointCount(0, name.length()) >= 3
        || name.chars().filter(ch -> isHangul((char) ch)).count() >= 2;
  }

  /** The length from which a word in capitals alone is taken for a shouted word. */
  private static final int SHOUTED = 7;

  /**
   * Whether an occurrence is a piece of a written word whose other pieces it leaves out: it starts
   * inside a word of its own script, or ends inside one before more than a particle or suffix
   * (데이터플랫폼팀 may give 데이터 플랫폼; 이마고웍스 may not give 마고웍스).
   */
  private static boolean isFragment(String text, Occurrence o) {
    if (o.cut) {
      return true;
    }
    if (o.start > 0 && sameScriptLetters(text.charAt(o.start - 1), text.charAt(o.start))) {
      return true;
    }
    int end = o.end;
    if (end >= text.length() || !sameScriptLetters(text.charAt(end - 1), text.charAt(end))) {
      return false;
    }
    // the rest of the word: a particle or suffix of one or two syllables is fine
    int rest = end;
    while (rest < text.length() && isHangul(text.charAt(rest))) {
      rest++;
    }
    int length = rest - end;
    return !(length <= 2 && AFFIXES.is(NounAffixes.Kind.PARTICLE, text.charAt(end))
        && (rest >= text.length() || !Character.isLetterOrDigit(text.charAt(rest))));
  }

  private static boolean sameScriptLetters(char a, char b) {
    if (isHangul(a) && isHangul(b)) {
      return true;
    }
    return isLatinOrDigit(a) && isLatinOrDigit(b);
  }

  static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  private static boolean isLatinOrDigit(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  /**
   * The company's names, normalised: its company line or header field, the title's bracket, and
   * the parts of those in parentheses or after a slash (쿠팡 (Coupang Korea), 토스 / 비바리퍼블리카),
   * corporate markers left out.
   */
  static List<String> companyNames(PostingText posting, List<String> known) {
    List<String> names = new ArrayList<>(known);
    // The names the posting's set places give, certain or not: a term wrongly taken for the
    // company costs a key term, the company's name among them costs the reader more. Not a part
    // of the title that names the role (the job, not the company). Of the intro's sentence
    // subjects only the first, and only where no place names the company for certain: an intro
    // opens with its company (소복프레시는 …), later subjects are teams and people (이분들은 …).
    List<CompanyLine.Candidate> candidates = posting.companies();
    boolean certain = candidates.stream().anyMatch(CompanyLine.Candidate::certain);
    CompanyLine.Candidate firstSubject = candidates.stream()
        .filter(c -> c.source() == CompanyLine.Source.SUBJECT)
        .min(Comparator.comparingInt(CompanyLine.Candidate::start)).orElse(null);
    for (CompanyLine.Candidate c : candidates) {
      boolean roleInTitle = c.source() == CompanyLine.Source.TITLE && !c.certain()
          && (ROLE_IN_TITLE.matcher(c.name()).find()
              || WorkAndBusinessTerms.builtIn().namesAField(norm(c.name())));
      boolean laterSubject = c.source() == CompanyLine.Source.SUBJECT && !c.certain()
          && (certain || c != firstSubject);
      if (!roleInTitle && !laterSubject) {
        names.add(c.name());
      }
    }
    String title = posting.title() != null ? posting.title()
        : posting.lines().size() > 0 ? posting.lines().line(0) : "";
    var bracket = TITLE_BRACKET.matcher(title);
    while (bracket.find()) {
      names.add(bracket.group(1)); // [KT NexR], [리디]: often the company or its service
    }
    names.addAll(MailDomains.builtIn().companyNames(posting.text()));
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String plain = CORPORATE.matcher(name).replaceAll(" ");
      out.add(norm(plain.replaceAll("[(（][^)）]*[)）]", "")));
      for (String part : plain.split("[()（）/|,·]")) {
        out.add(norm(part));
      }
    }
    out.removeIf(n -> n.codePointCount(0, n.length()) < 2);
    return out;
  }

  /** Lowercase, letters and digits only: how names and surfaces are compared. */
  public static String norm(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * Where each token may be read and how much it weighs: its part, the title or job fields of the
   * header, or nothing (header fields, benefits, links).
   */
  private static final class Places {
    private final PostingText posting;
    private final Map<Integer, Part> lineParts = new HashMap<>();
    /** Where the value of a job field's line starts (after "직무:"); its label is no term. */
    private final Map<Integer, Integer> valueStarts = new HashMap<>();
    private int firstJobPart = -1;

    Places(PostingText posting) {
      this.posting = posting;
    }

    /**
     * Where the first part of duties under a heading of its own starts, or 0 where there is none:
     * without one, the opening is the only description of the work (a posting of prose, or one
     * whose requirements alone are headed) and is read as the job's own text.
     */
    private int firstJobPart() {
      if (firstJobPart < 0) {
        firstJobPart = 0;
        for (Section s : posting.sections()) {
          if (s.kind() == SectionKind.DUTIES && s.heading() != null) {
            firstJobPart = s.start();
            break;
          }
        }
      }
      return firstJobPart;
    }

    double weight(Token t) {
      return part(t).weight;
    }

    Part part(Token t) {
      if (posting.inLink(t.start())) {
        return Part.NONE;
      }
      int line = posting.lines().indexAt(t.start());
      Part p = lineParts.get(line);
      if (p == null) {
        p = linePart(line, t.start());
        lineParts.put(line, p);
      }
      Integer value = valueStarts.get(line);
      return value != null && t.start() < value ? Part.NONE : p;
    }

    private Part linePart(int line, int offset) {
      String text = posting.lines().line(line);
      boolean title = line == 0
          || posting.title() != null && text.strip().equals(posting.title().strip());
      var field = HEADER_FIELD.matcher(text);
      if (field.find()) {
        if (JOB_FIELD.matcher(field.group(1)).find()) {
          valueStarts.put(line, posting.lines().start(line) + field.end());
          return Part.TITLE;
        }
        int valueStart = posting.lines().start(line) + field.end();
        while (valueStart < posting.text().length() - 1
            && (posting.text().charAt(valueStart) == ' ' || posting.text().charAt(valueStart) == '\t')) {
          valueStart++;
        }
        Part labelled = labelledContent(field.group(1), valueStart);
        if (labelled != Part.NONE) {
          if (posting.sectionContaining(valueStart).start() >= posting.lines().start(line)) {
            valueStarts.put(line, valueStart); // the label is the part's heading, no term
          }
          return labelled;
        }
        if (!title) {
          return Part.NONE;
        }
      }
      if (title) {
        return Part.TITLE;
      }
      Section s = posting.sectionContaining(offset);
      if (s == null) {
        // a heading; a part may open after it on the same line ("• 사용 기술: Spark, Kafka")
        int end = posting.lines().end(line);
        s = end > offset ? posting.sectionContaining(end - 1) : null;
        if (s == null || s.start() <= offset) {
          return Part.NONE;
        }
        valueStarts.put(line, s.start());
      }
      if (s.kind() == SectionKind.OTHER && s.heading() != null) {
        return Part.NONE; // 근무조건, 근무지, 기타: named as other
      }
      if (s.kind() == SectionKind.OTHER && s.start() < firstJobPart()) {
        // the opening of a posting whose duties are a part of their own: menus, the company
        return Part.INTRO;
      }
      return Part.of(s.kind());
    }

    /**
     * The part a "label: value" line's value is read in when it is no header field: a line the
     * splitter read as a part's heading with its items after the colon (기술 스택: Spark, Kafka), or
     * a labelled list inside a part of the job (분산 저장소 : Elasticsearch, Druid). Labels of the
     * workplace, the pay or contacts are no job content wherever they stand.
     */
    private Part labelledContent(String label, int valueStart) {
      if (NO_JOB_LABEL.matcher(label).find()) {
        return Part.NONE;
      }
      Section s = posting.sectionContaining(valueStart);
      if (s == null || s.heading() == null) {
        return Part.NONE; // a site's header block: 회사명, 경력조건, 마감일
      }
      int headingLine = posting.lines().indexAt(s.start());
      if (headingLine != posting.lines().indexAt(valueStart)
          && posting.text().substring(posting.lines().start(headingLine), s.start()).contains(":")) {
        return Part.NONE; // a field after a header field read as a part (기술 스택: …, 출처: …)
      }
      return switch (s.kind()) {
        case DUTIES, REQUIREMENTS, PREFERRED, TECH_STACK, INTRO -> Part.of(s.kind());
        default -> Part.NONE;
      };
    }
  }

  /** Whether every occurrence stands where only the intro's weight is given. */
  private static boolean onlyInIntro(Candidate c) {
    for (Occurrence o : c.occurrences) {
      if (o.part != Part.INTRO) {
        return false;
      }
    }
    return true;
  }

  /** The parts of the posting a candidate occurs in, one bit each. */
  private static int parts(Candidate c) {
    int parts = 0;
    for (Occurrence o : c.occurrences) {
      parts |= o.part.bit();
    }
    return parts;
  }

  /**
   * A skill's occurrences weighed by where they stand, as a reader ranks tools: one the duties
   * name is the job's own, one the requirements name is asked of everyone hired, one only
   * preferred or only listed in a stack is a plus.
   */
  private static double skillWeight(Candidate c, Mentions mentions, Lines lines) {
    double weighted = 0;
    for (Occurrence o : c.occurrences) {
      weighted += asSkill(o.part) * listShare(mentions.around(o.start, lines));
    }
    return weighted;
  }

  /** A candidate's occurrences weighed by where they stand, as a skill's are. */
  private static double asSkill(Candidate c) {
    double weighted = 0;
    for (Occurrence o : c.occurrences) {
      weighted += asSkill(o.part);
    }
    return weighted;
  }

  /**
   * A field of business's occurrences weighed as a skill's are, but those in the intro as the
   * job's own text outside a named part: the field the company works in is the job's domain, the
   * first thing a reader asks of a posting, and the intro is where most postings say it.
   */
  private static double asBusiness(Candidate c) {
    double weighted = 0;
    for (Occurrence o : c.occurrences) {
      weighted += o.part == Part.INTRO ? Part.OTHER.weight : asSkill(o.part);
    }
    return weighted;
  }

  private static double asSkill(Part part) {
    return switch (part) {
      case DUTIES -> SKILL_IN_DUTIES;
      case REQUIREMENTS -> SKILL_REQUIRED;
      case PREFERRED, TECH_STACK -> SKILL_PREFERRED;
      default -> part.weight;
    };
  }

  /** How far either side of a skill the others of its list are looked for, in characters. */
  private static final int LIST_REACH = 80;
  /** How many skills may stand together before each is one of a list rather than a demand. */
  private static final int FEW_SKILLS = 2;

  /**
   * The weight of a skill named among {@code skills} skills near it on its line: full among a few,
   * less among many ("ODI, Datastage, Glue, EMR 등 ETL 도구"), each of which is an example the
   * reader may or may not need rather than what the job is built on.
   */
  private static double listShare(int skills) {
    return skills <= FEW_SKILLS ? 1 : Math.sqrt((double) FEW_SKILLS / skills);
  }

  /** Whether at least half of a noun's occurrences are the stem of a verb (가공하여, 확보합니다). */
  private static boolean usedAsVerb(Candidate c, String text) {
    int verbs = 0;
    for (Occurrence o : c.occurrences) {
      if (o.end < text.length() && AFFIXES.is(NounAffixes.Kind.VERB, text.charAt(o.end))) {
        verbs++;
      }
    }
    return verbs * 2 >= c.occurrences.size();
  }

  /** The occurrences weighed by where they stand. */
  private static double weight(Candidate c) {
    double weighted = 0;
    for (Occurrence o : c.occurrences) {
      weighted += o.part.weight;
    }
    return weighted;
  }

  /**
   * A word's own tf-idf, worked out once per posting; 0 for a word that is no candidate by itself
   * (a number).
   */
  private double termScore(Candidate single) {
    if (single == null) {
      return 0;
    }
    if (Double.isNaN(single.termScore)) {
      single.termScore = weight(single) * idf(frequencies.docFreq(single.indexed, single.indexedKey));
    }
    return single.termScore;
  }

  /**
   * True when the candidate only ever occurs inside one longer candidate (스터, 마이 only in 스터마이징;
   * Data Platform only in 공용 Data Platform): the longer one says it better. Not when the longer
   * one is only ever a piece of a written word, which is never taken (데이터 수집 stays where its
   * only longer phrase is 용량 데이터 수집, cut from 대용량), nor when it only adds an act done to
   * it (결제 시스템 stays where its only longer phrase is 결제 시스템 설계): the thing is the term;
   * nor when it is a phrase around a skill's name, which is never taken (클러스터 운영 stays where
   * its only longer phrase is Flink 클러스터 운영), nor one that is no term of its own, unless the
   * shorter is one word or the longer a piece of a name: 정산 시스템 stays where its only longer
   * phrase holds the company's name before it, while a word after a name is as likely the rest of
   * another name (지티 of 넥슨 지티, 네트웍스 of 넥슨 네트웍스).
   */
  private boolean absorbed(Candidate c, String text, Mentions mentions, List<String> company,
      List<String> others, List<String> brands) {
    for (Candidate longer : c.longer) {
      String skill = mentions.skillOf(longer);
      if (addsAnAct(longer, c) || skill != null && !mentions.isExactly(longer)) {
        continue;
      }
      if (longer.occurrences.size() == c.occurrences.size() && within(c, longer)
          && !onlyFragments(longer, text) && !holdsFiller(longer)
          && (skill != null || c.written.size() == 1 || isInAName(longer, company, others)
              || isTermOfItsOwn(longer, text, company, others, brands))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate lies within a name of the company or of another one. */
  private static boolean isInAName(Candidate c, List<String> company, List<String> others) {
    String norm = norm(c.surface);
    for (String name : company) {
      if (name.contains(norm)) {
        return true;
      }
    }
    for (String name : others) {
      if (name.contains(norm)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a longer candidate is a shorter one and an act done to it after (결제 시스템 설계). */
  private boolean addsAnAct(Candidate longer, Candidate shorter) {
    int n = shorter.terms.size();
    return longer.terms.size() == n + 1 && longer.terms.subList(0, n).equals(shorter.terms)
        && workAndBusiness.isAct(longer.terms.get(n));
  }

  /** Whether every occurrence of a candidate is a piece of a written word; worked out once. */
  private static boolean onlyFragments(Candidate c, String text) {
    if (c.onlyFragments == null) {
      boolean all = true;
      for (Occurrence o : c.occurrences) {
        if (!isFragment(text, o)) {
          all = false;
          break;
        }
      }
      c.onlyFragments = all;
    }
    return c.onlyFragments;
  }

  /** Whether every occurrence of c lies inside one of longer's: both lists in text order, walked once. */
  private static boolean within(Candidate c, Candidate longer) {
    int j = 0;
    for (Occurrence o : c.occurrences) {
      while (j < longer.occurrences.size() && longer.occurrences.get(j).end < o.end) {
        j++;
      }
      boolean inside = false;
      for (int k = j; k < longer.occurrences.size() && longer.occurrences.get(k).start <= o.start; k++) {
        Occurrence l = longer.occurrences.get(k);
        if (l.start <= o.start && o.end <= l.end) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the candidate's terms lie within a taken key term's, or a taken one's within its:
   * one thing is not listed twice (데이터 플랫폼, 플랫폼; 정산, 정산 파이프라인). Two skills are two
   * things, one's name inside the other's or not (AWS, AWS Athena).
   */
  private static boolean nestedWith(Scored s, List<Candidate> taken, List<String> takenSkills) {
    Candidate c = s.candidate;
    for (int i = 0; i < taken.size(); i++) {
      Candidate t = taken.get(i);
      if (s.skill != null && takenSkills.get(i) != null && !s.skill.equals(takenSkills.get(i))) {
        continue;
      }
      if (contains(t.terms, c.terms) || contains(c.terms, t.terms)) {
        return true;
      }
    }
    return false;
  }

  /** True when every occurrence of the candidate overlaps one of a taken key term's. */
  private static boolean coveredBy(Candidate c, List<Candidate> taken) {
    for (Occurrence o : c.occurrences) {
      boolean overlaps = false;
      for (Candidate t : taken) {
        if (overlapsAny(o, t.occurrences)) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        return false;
      }
    }
    return true;
  }

  /** Whether an occurrence overlaps one of a list in text order (a binary search). */
  private static boolean overlapsAny(Occurrence o, List<Occurrence> sorted) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) { // the first occurrence ending after o starts
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).end <= o.start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < sorted.size() && sorted.get(lo).start < o.end;
  }

  /**
   * The keys of every candidate of a posting as the analyser gives its terms (joined by a space,
   * the suffixes it drops left out, as an index of the posting's tokens holds them):
   * what the background file counts, so that it is looked up as an index is.
   */
  public Set<String> candidateKeys(AnalyzedText analyzed) {
    Set<String> keys = new HashSet<>();
    for (Candidate c : phrases(analyzed, null, null).byKey.values()) {
      keys.add(c.indexedKey);
    }
    return keys;
  }

  private Phrases phrases(AnalyzedText analyzed, Places places, Mentions mentions) {
    Phrases phrases = new Phrases();
    Map<Integer, Token> nounStarts = new HashMap<>();
    for (Token t : analyzed.tokens()) {
      if (t.tag().startsWith("NN")) {
        nounStarts.put(t.start(), t);
      }
    }
    List<List<Token>> runs = runs(analyzed, places, nounStarts, mentions);
    for (List<Token> run : runs) {
      add(phrases, analyzed, places, run, -1, nounStarts);
    }
    String text = analyzed.text();
    boolean joined = false;
    for (int r = 0; r + 1 < runs.size(); r++) {
      List<Token> first = runs.get(r);
      List<Token> second = runs.get(r + 1);
      if (coordinated(text, first, second)) {
        List<Token> run = new ArrayList<>(first);
        run.addAll(second.subList(secondWord(second), second.size()));
        add(phrases, analyzed, places, run, first.size(), nounStarts);
        joined = true;
      }
    }
    if (joined) { // the joined occurrences came last: back into text order
      for (Candidate c : phrases.byKey.values()) {
        c.occurrences.sort(Comparator.comparingInt(Occurrence::start));
      }
    }
    return phrases;
  }

  /**
   * What joins two modifiers of one head: 분산/병렬 처리, 공간 및 시계열 데이터, 공간과 시계열 데이터.
   * Not English "and"/"or", which join verbs and clauses as often as modifiers.
   */
  private static final Pattern COORDINATOR = Pattern.compile("\\s*[/·ㆍ&]\\s*| 및 |[과와] | 또는 ");

  /**
   * Whether a lone modifier shares the head of the next run: "분산/병렬 처리" is 분산 처리 and 병렬
   * 처리, "공간 및 시계열 데이터" is 공간 데이터 and 시계열 데이터. The modifier stands alone (a whole
   * phrase before 및, 데이터 분석 및 장애 분석, is a phrase of its own); the next run holds the head,
   * so it has two terms at least, none the modifier itself; both modifiers are of one script.
   */
  private static boolean coordinated(String text, List<Token> first, List<Token> second) {
    if (first.size() != 1 || secondWord(second) >= second.size()) {
      return false;
    }
    Token modifier = first.get(0);
    Token other = second.get(0);
    if (isNumber(modifier) || isNumber(other) || modifier.isForeign() != other.isForeign()
        || other.start() <= modifier.end()) {
      return false;
    }
    for (Token t : second) {
      if (t.term().equals(modifier.term())) {
        return false;
      }
    }
    return COORDINATOR.matcher(text.substring(modifier.end(), other.start())).matches();
  }

  /** Where the second written word of a run starts: 대용량 데이터 is 대 + 용량, then 데이터. */
  private static int secondWord(List<Token> run) {
    int k = 1;
    while (k < run.size() && run.get(k).start() == run.get(k - 1).end()) {
      k++;
    }
    return k;
  }

  /**
   * Adds the candidates of one run of terms. A run of coordinated terms ({@code join} at the first
   * term of the shared head) adds only the candidates that reach across the join, each occurring
   * where its first modifier stands; the rest are the runs' own.
   */
  private static void add(Phrases phrases, AnalyzedText analyzed, Places places, List<Token> run,
      int join, Map<Integer, Token> nounStarts) {
    String text = analyzed.text();
    int[] ends = new int[run.size()]; // each noun's end with the suffix the analyser dropped
    for (int k = 0; k < run.size(); k++) {
      ends[k] = withSuffix(text, run.get(k).end(), nounStarts);
    }
    for (int i = 0; i < run.size(); i++) {
      if (isNumber(run.get(i)) || join >= 0 && i >= join) {
        continue; // a number only counts inside a phrase
      }
      Node node = null;
      int words = 0;
      for (int n = 1; n <= MAX_TOKENS && i + n <= run.size(); n++) {
        int lastAt = i + n - 1;
        Token last = run.get(lastAt);
        if (n == 1 || isSpaced(text, ends[lastAt - 1], last.start())) {
          words++; // 대용량 is one written word of two tokens, cloud-native one of two
        }
        if (words > MAX_TERMS) {
          break;
        }
        String term = last.term() + text.substring(last.end(), ends[lastAt]);
        node = n == 1 ? phrases.root(term) : node.next(term);
        if (isNumber(last) || join >= 0 && i + n <= join) {
          continue;
        }
        Candidate c = node.candidate;
        if (c == null) {
          c = phrases.byKey.get(node.key); // the same key by other terms (one with a space)
          if (c == null) {
            String[] terms = new String[n];
            String[] indexed = new String[n];
            List<String> written = new ArrayList<>(n);
            boolean latin = true;
            for (int t = 0; t < n; t++) {
              Token token = run.get(i + t);
              indexed[t] = token.term();
              terms[t] = token.term() + text.substring(token.end(), ends[i + t]);
              latin &= token.isForeign();
              if (t > 0 && !isSpaced(text, ends[i + t - 1], token.start())) {
                written.set(written.size() - 1, written.get(written.size() - 1) + terms[t]);
              } else {
                written.add(terms[t]);
              }
            }
            c = new Candidate(node.key, List.of(terms), surface(text, run, ends, i, n),
                n == 1 && run.get(i).isNoun(), latin, List.of(indexed), List.copyOf(written));
            phrases.byKey.put(node.key, c);
          }
          node.candidate = c;
        }
        Part part = Part.OTHER;
        if (places != null) {
          part = places.part(run.get(i));
          for (int t = i + 1; t < i + n; t++) {
            Part p = places.part(run.get(t));
            part = p.weight < part.weight ? p : part;
          }
        }
        int bareEnd = join >= 0 ? run.get(join - 1).end() : last.end();
        int end = join >= 0 ? ends[join - 1] : ends[lastAt];
        c.occurrences.add(new Occurrence(run.get(i).start(), end, part, join >= 0,
            endsInsideAWord(text, ends[lastAt], nounStarts), run.get(i).start(), bareEnd));
      }
    }
  }

  /**
   * Whether a noun of the same written word goes on past a token: a word of its own the analyser
   * split off (워크 of 워크로드) or a suffix that makes a person of it (분석 of 분석가). A one-syllable
   * noun that stays a word's own (팀 of 플랫폼팀) does not cut it.
   */
  private static boolean endsInsideAWord(String text, int end, Map<Integer, Token> nounStarts) {
    Token next = nounStarts.get(end);
    if (next == null || end >= text.length()
        || !sameScriptLetters(text.charAt(end - 1), text.charAt(end))) {
      return false;
    }
    return next.end() - next.start() > 1 || AFFIXES.is(NounAffixes.Kind.PERSON, text.charAt(next.start()));
  }

  /** Whether a token is a noun-making suffix of the noun right before it, read as a noun (화 of 시각화). */
  private static boolean isSuffixOf(String text, Token noun, Token t) {
    return t.start() == noun.end() && isBoundNoun(t) && isHangul(text.charAt(noun.end() - 1))
        && AFFIXES.is(NounAffixes.Kind.SUFFIX, text.charAt(t.start()));
  }

  /**
   * The key a term written by a user is indexed under as a key term of a posting ({@link
   * Keyword#key}): its analysed terms, without a noun-making suffix the analyser read as a noun of
   * its own (데이터 시각화 is 데이터 시각, as in the postings); empty where it holds no term.
   */
  public static String keyOf(AnalyzedText analyzed) {
    StringBuilder key = new StringBuilder();
    Token previous = null;
    for (Token t : analyzed.tokens()) {
      if (previous != null && isSuffixOf(analyzed.text(), previous, t)) {
        continue;
      }
      key.append(key.length() == 0 ? "" : " ").append(t.term());
      previous = t;
    }
    return key.toString();
  }

  /**
   * Where a noun ending at {@code end} ends with the noun-making suffix that follows it in the same
   * written word (noun-affixes.tsv: 시각화, 보장형, 확장성), when the analyser dropped that suffix or
   * took it for a one-syllable noun of its own (it does both, by context: 시각화 및 …, 시각화 : …).
   */
  private static int withSuffix(String text, int end, Map<Integer, Token> nounStarts) {
    if (end > 0 && end < text.length() && AFFIXES.is(NounAffixes.Kind.SUFFIX, text.charAt(end))
        && isHangul(text.charAt(end - 1))) {
      Token there = nounStarts.get(end);
      if (there == null || isBoundNoun(there)) {
        return end + 1;
      }
    }
    return end;
  }

  /**
   * A phrase as written: its terms, each with the suffix the analyser dropped ({@code ends}), with
   * what stands between them, or a space where they were apart.
   */
  private static String surface(String text, List<Token> run, int[] ends, int from, int n) {
    int lastAt = from + n - 1;
    boolean written = true;
    for (int t = from + 1; t <= lastAt; t++) {
      written &= adjacent(text, ends[t - 1], run.get(t).start());
    }
    if (written) {
      return text.substring(run.get(from).start(), ends[lastAt]);
    }
    StringBuilder out = new StringBuilder(text.substring(run.get(from).start(), ends[from]));
    for (int t = from + 1; t <= lastAt; t++) {
      Token next = run.get(t);
      out.append(adjacent(text, ends[t - 1], next.start()) ? text.substring(ends[t - 1], next.start()) : " ")
          .append(text, next.start(), ends[t]);
    }
    return out.toString();
  }

  /**
   * The candidates of a posting by key, in order of first occurrence, and the same as a tree by
   * term, so that the run of terms at each position is looked up one term at a time rather than
   * joined into a key first.
   */
  private static final class Phrases {
    final Map<String, Candidate> byKey = new LinkedHashMap<>(256);
    final Map<String, Node> roots = new HashMap<>(256);

    Node root(String term) {
      Node node = roots.get(term);
      if (node == null) {
        node = new Node(term);
        roots.put(term, node);
      }
      return node;
    }

    /** The candidate whose terms are {@code terms[from, to)}; null when none is. */
    Candidate find(List<String> terms, int from, int to) {
      Node node = roots.get(terms.get(from));
      for (int t = from + 1; node != null && t < to; t++) {
        node = node.next == null ? null : node.next.get(terms.get(t));
      }
      return node == null ? null : node.candidate;
    }

    /**
     * Gives each candidate the candidates of its single words, and each the longer candidates that
     * contain it (데이터 플랫폼 엔지니어 to 데이터, 플랫폼, 엔지니어, 데이터 플랫폼 and 플랫폼 엔지니어),
     * so that a candidate is compared with the longer ones that contain it, not with all.
     */
    void link() {
      for (Candidate c : byKey.values()) {
        int n = c.terms.size();
        c.words = new Candidate[n];
        for (int t = 0; t < n; t++) {
          c.words[t] = find(c.terms, t, t + 1);
        }
        for (int len = 1; len < n; len++) {
          for (int i = 0; i + len <= n; i++) {
            Candidate part = find(c.terms, i, i + len);
            if (part != null && (part.longer.isEmpty() || part.longer.get(part.longer.size() - 1) != c)) {
              part.longer.add(c);
            }
          }
        }
      }
    }
  }

  /** A run of terms seen in the posting, and the runs one term longer that begin with it. */
  private static final class Node {
    final String key;
    Candidate candidate;
    Map<String, Node> next;

    Node(String key) {
      this.key = key;
    }

    Node next(String term) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      Node node = next.get(term);
      if (node == null) {
        node = new Node(key + ' ' + term);
        next.put(term, node);
      }
      return node;
    }
  }

  /**
   * Runs of phrase tokens with nothing but one space between neighbours, cut at filler and at
   * tokens that may not be read (a weight of 0 where places are known).
   */
  private List<List<Token>> runs(AnalyzedText analyzed, Places places,
      Map<Integer, Token> nounStarts, Mentions mentions) {
    String text = analyzed.text();
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    Token previous = null;
    List<Token> tokens = analyzed.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (((i + 1) & 4095) == 0) {
        AnalysisDeadline.check();
      }
      Token t = tokens.get(i);
      if (previous != null && isSuffixOf(text, previous, t)) {
        continue; // 화 of 시각화, read as a noun of its own: part of the noun before it
      }
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean opensAPhrase = next != null && next.tag().startsWith("NN")
          && !stopWords.contains(next.term()) && adjacent(text, t.end(), next.start())
          && !followsAnAmount(text, t.start());
      boolean usable = PHRASE_TAGS.contains(t.tag())
          && (!stopWords.isFiller(t.term(), opensAPhrase) // 이상 탐지, not 3년 이상
              || mentions != null && mentions.covers(t)) // Deep Learning, Great Expectations
          && !(isBoundNoun(t) && !isPrefix(text, t, next) && !endsACompound(text, previous, t))
          && (places == null || places.weight(t) > 0);
      if (!usable || previous == null
          || !adjacent(text, withSuffix(text, previous.end(), nounStarts), t.start())) {
        flush(run, runs); // 보장형 광고 is one run, 관계형 데이터베이스 too
      }
      if (usable) {
        run.add(t);
      }
      previous = t;
    }
    flush(run, runs);
    return runs;
  }

  /**
   * Whether a word follows an amount (3년 이상, 800점 이상, 2.x 이상, IH 이상) or a grade or person
   * (학사 이상, 중급 이상, 전문가 이상): the written word before it ends in a digit, a Latin letter or
   * a sign of one (+ % )), a unit of noun-affixes.tsv or a person syllable. After any other noun
   * or a verb (기반 이상 탐지, 분석을 통한 이상 탐지), or at the start of a line or item, it does
   * not. A word marked after-an-amount in the filler list is filler there, and a word of its own
   * where it opens a phrase (이상 탐지: anomaly detection).
   */
  private static boolean followsAnAmount(String text, int start) {
    int end = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
    if (end == 0) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (!isHangul(last)) {
      return isLatinOrDigit(last) || last == '+' || last == '%' || last == ')';
    }
    return AFFIXES.is(NounAffixes.Kind.UNIT, last) || AFFIXES.is(NounAffixes.Kind.PERSON, last);
  }

  /**
   * A one-syllable Korean noun (상, 내, 간, 용, 팀): bound to the word before it, it would stretch a
   * phrase past its end (Kubernetes 상).
   */
  private static boolean isBoundNoun(Token t) {
    return t.end() - t.start() == 1 && t.tag().startsWith("NN") && isHangul(Character.toString(
        t.term().charAt(0)).charAt(0));
  }

  /**
   * Whether a one-syllable noun opens a written word that goes on with another noun: a prefix of
   * that word (빅데이터, 대용량), not a noun bound to the word before.
   */
  private static boolean isPrefix(String text, Token t, Token next) {
    return next != null && next.start() == t.end() && next.tag().startsWith("NN")
        && (t.start() == 0 || !Character.isLetterOrDigit(text.charAt(t.start() - 1)));
  }

  /**
   * Whether a one-syllable noun completes the written word of the noun before it, which the
   * analyser split (태양광, 메시지큐, 데이터셋, 로그인): it ends that word, and is no person,
   * relation or suffix of noun-affixes.tsv. The word is the term; its first noun alone is a piece
   * of it.
   */
  private static boolean endsACompound(String text, Token previous, Token t) {
    if (previous == null || previous.end() != t.start() || !previous.tag().startsWith("NN")
        || !isHangul(text.charAt(previous.end() - 1)) || AFFIXES.leavesTheNounWhole(text.charAt(t.start()))) {
      return false;
    }
    return t.end() >= text.length() || !isHangul(text.charAt(t.end()))
        || AFFIXES.is(NounAffixes.Kind.PARTICLE, text.charAt(t.end()));
  }

  private static void flush(List<Token> run, List<List<Token>> runs) {
    if (!run.isEmpty()) {
      runs.add(List.copyOf(run));
      run.clear();
    }
  }

  /** Whether two adjacent terms are two written words: a space, not a hyphen or nothing, between. */
  private static boolean isSpaced(String text, int end, int start) {
    return start > end && text.charAt(end) == ' ';
  }

  /**
   * Whether two terms stand together: nothing between them, one space, or the hyphen that joins
   * an English compound (cloud-native, real-time, end-to-end).
   */
  private static boolean adjacent(String text, int end, int start) {
    return start == end || start == end + 1 && (text.charAt(end) == ' '
        || text.charAt(end) == '-' && isLatinOrDigit(text.charAt(end - 1))
            && isLatinOrDigit(text.charAt(start)));
  }

  private static boolean isNumber(Token t) {
    return t.tag().equals(NUMBER_TAG);
  }

  /**
   * The skills' mentions in text order, to find those within a candidate by binary search, and
   * the posting's skills by id.
   */
  private static final class Mentions {
    private final int[] starts;
    private final int[] ends;
    private final String[] ids;
    private final Map<String, Skill> byId = new HashMap<>();

    /**
     * @param tokens the posting's tokens in text order: a mention ending in a version number
     *     written onto the name (HTML5, CSS3, Python3) is compared as the name alone, which is the
     *     key term (a phrase never ends in a number)
     */
    Mentions(List<PostingSkill> skills, List<Token> tokens) {
      List<SkillMatch> all = new ArrayList<>();
      skills.forEach(s -> {
        all.addAll(s.evidence());
        byId.put(s.id(), s.skill());
      });
      all.sort(Comparator.comparingInt(SkillMatch::start));
      starts = new int[all.size()];
      ends = new int[all.size()];
      ids = new String[all.size()];
      for (int i = 0; i < all.size(); i++) {
        starts[i] = all.get(i).start();
        ends[i] = withoutVersion(all.get(i), byId.get(all.get(i).skill()), tokens);
        ids[i] = all.get(i).skill();
      }
    }

    /** The posting's skill of an id, or null. */
    Skill skill(String id) {
      return byId.get(id);
    }

    /**
     * Where a mention ends without the number written onto its last word, where the name without
     * it is a name of the skill too (HTML5: HTML; not ES6, whose ES alone names no skill).
     */
    private static int withoutVersion(SkillMatch m, Skill skill, List<Token> tokens) {
      int last = lastTokenEndingAt(tokens, m.end());
      if (skill != null && last > 0 && isNumber(tokens.get(last))) {
        Token name = tokens.get(last - 1);
        if (name.end() == tokens.get(last).start() && name.start() == m.start() && !isNumber(name)
            && isAlias(skill, name.term())) {
          return name.end();
        }
      }
      return m.end();
    }

    private static boolean isAlias(Skill skill, String term) {
      for (String alias : skill.aliases()) {
        if (alias.equalsIgnoreCase(term)) {
          return true;
        }
      }
      return false;
    }

    /** The index of the token ending at an offset, or -1 (a binary search: tokens never overlap). */
    private static int lastTokenEndingAt(List<Token> tokens, int end) {
      int lo = 0;
      int hi = tokens.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int e = tokens.get(mid).end();
        if (e == end) {
          return mid;
        } else if (e < end) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }

    /**
     * The skill whose mention lies within one of the candidate's occurrences, or null: a piece of
     * a skill's name (데이터 of 데이터 레이크) names no skill. Only the first occurrences are looked
     * at: a candidate names a skill or not wherever it stands.
     */
    String skillOf(Candidate c) {
      int looked = 0;
      for (Occurrence o : c.occurrences) {
        if (++looked > 8) {
          break;
        }
        int i = firstEndingAfter(o.start);
        for (; i < starts.length && starts[i] < o.end; i++) {
          if (starts[i] >= o.start && ends[i] <= o.end) {
            return ids[i];
          }
        }
      }
      return null;
    }

    /**
     * How many different skills are named near an offset: on its line, within a list's reach of
     * it (a posting read as one long line still has its lists apart).
     */
    int around(int offset, Lines lines) {
      int line = lines.indexAt(offset);
      int from = Math.max(lines.start(line), offset - LIST_REACH);
      int to = Math.min(lines.end(line), offset + LIST_REACH);
      Set<String> named = new HashSet<>();
      for (int i = firstEndingAfter(from); i < starts.length && starts[i] < to; i++) {
        named.add(ids[i]);
      }
      return named.size();
    }

    /**
     * Whether an occurrence of the candidate is exactly one mention: the skill's own name. Not
     * only the first: BigQuery may first stand inside Google BigQuery, a mention of its own.
     */
    boolean isExactly(Candidate c) {
      int looked = 0;
      for (Occurrence o : c.occurrences) {
        if (++looked > 8) {
          break;
        }
        if (o.joined) {
          continue; // 머신러닝 모델 of "머신러닝/딥러닝 모델" stands where 머신러닝 alone does
        }
        int i = firstEndingAfter(o.tokenStart);
        if (i < starts.length && starts[i] == o.tokenStart && ends[i] == o.tokenEnd) {
          return true; // the skill's own name, however the candidate's span is cut
        }
      }
      return false;
    }

    /**
     * Leaves out of a skill's candidate the occurrences that stand inside a longer mention, of
     * another skill: AWS of "AWS Athena" is a word of Athena's name there, not a mention of AWS.
     * Where none stands on its own, all are kept.
     */
    void leaveOutLonger(Candidate c, String skill) {
      if (c.occurrences.size() < 2) {
        return;
      }
      List<Occurrence> own = new ArrayList<>(c.occurrences.size());
      for (Occurrence o : c.occurrences) {
        if (!insideLonger(o, skill)) {
          own.add(o);
        }
      }
      if (!own.isEmpty() && own.size() < c.occurrences.size()) {
        c.occurrences.clear();
        c.occurrences.addAll(own);
      }
    }

    private boolean insideLonger(Occurrence o, String skill) {
      int i = firstEndingAfter(o.tokenStart);
      return i < starts.length && starts[i] <= o.tokenStart && ends[i] >= o.tokenEnd
          && ends[i] - starts[i] > o.tokenEnd - o.tokenStart && !ids[i].equals(skill);
    }

    /** Whether a token is a word of a skill's name as the posting writes it. */
    boolean covers(Token t) {
      for (int i = firstEndingAfter(t.start()); i < starts.length && starts[i] <= t.start(); i++) {
        if (ends[i] >= t.end()) {
          return true;
        }
      }
      return false;
    }

    /** The index of the first mention that ends after an offset (mentions never overlap). */
    private int firstEndingAfter(int offset) {
      int lo = 0;
      int hi = ends.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] <= offset) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }

  private double idf(int docFreq) {
    int n = frequencies.docCount();
    int df = Math.min(docFreq, n);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when the term sequence {@code inner} lies within {@code outer}. */
  private static boolean contains(List<String> outer, List<String> inner) {
    return Collections.indexOfSubList(outer, inner) >= 0;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** A candidate key term: its terms, its surface at first occurrence, where it occurs. */
  public static final class Candidate {
    final String key;
    final List<String> terms;
    /** Its terms by written word, as the posting first writes it: 대용량 is one word of two terms. */
    final List<String> written;
    /**
     * Its terms as the analyser gives them, without the suffixes it drops (noun-affixes.tsv): how
     * postings that have it are counted and searched.
     */
    final List<String> indexed;
    final String indexedKey;
    final String surface;
    final boolean loneKoreanNoun;
    /** Whether every token of it is Latin-script, a number or a protected tech term. */
    final boolean latin;
    final List<Occurrence> occurrences = new ArrayList<>();
    /** The candidates of its single words, in order (null for a number); set by link(). */
    Candidate[] words;
    /** The longer candidates whose terms contain its terms; set by link(). */
    final List<Candidate> longer = new ArrayList<>(2);
    /** Whether every occurrence is a piece of a written word; null until worked out. */
    Boolean onlyFragments;
    /** Its own tf-idf as a word of longer candidates; NaN until worked out. */
    double termScore = Double.NaN;

    Candidate(String key, List<String> terms, String surface, boolean loneKoreanNoun, boolean latin,
        List<String> indexed, List<String> written) {
      this.key = key;
      this.terms = terms;
      this.written = written;
      this.indexed = indexed.equals(terms) ? terms : indexed;
      this.indexedKey = this.indexed == terms ? key : String.join(" ", indexed);
      this.surface = surface;
      this.loneKoreanNoun = loneKoreanNoun;
      this.latin = latin;
    }

    public List<String> terms() {
      return terms;
    }
  }

  /**
   * Where a candidate occurs, and how much that place weighs (0 where it may not be read); a
   * joined occurrence is a phrase of coordinated modifiers, standing where its first modifier does;
   * a cut one ends inside a written word whose next noun the analyser split off. The token span
   * leaves out a suffix the analyser dropped: a skill's mention is compared with it.
   */
  private record Occurrence(int start, int end, Part part, boolean joined, boolean cut,
      int tokenStart, int tokenEnd) {}

  /** The part of a posting an occurrence stands in, and how much a term weighs there. */
  private enum Part {
    /** The title and the values of the job fields of a header (직무:, 포지션:). */
    TITLE(1.0),
    DUTIES(1.0),
    REQUIREMENTS(1.0),
    PREFERRED(0.8),
    TECH_STACK(0.8),
    // Text outside any named part holds the job's own description in postings without headings.
    OTHER(0.6),
    INTRO(0.3),
    NONE(0);

    final double weight;

    Part(double weight) {
      this.weight = weight;
    }

    int bit() {
      return 1 << ordinal();
    }

    static Part of(SectionKind kind) {
      return switch (kind) {
        case DUTIES -> DUTIES;
        case REQUIREMENTS -> REQUIREMENTS;
        case PREFERRED -> PREFERRED;
        case TECH_STACK -> TECH_STACK;
        case OTHER -> OTHER;
        case INTRO -> INTRO;
        case BENEFITS, PROCESS -> NONE;
      };
    }
  }

  /** A candidate and its score; the skill it names, or the thing of work or business it is. */
  private record Scored(Candidate candidate, double score, String skill, String thing,
      boolean business) {}

  /** A key term taken, and whether it names the posting's field of business. */
  private record Taken(Keyword keyword, boolean business) {}
}
