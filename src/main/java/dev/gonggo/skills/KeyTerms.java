package dev.gonggo.skills;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.TechTermFilter;
import dev.gonggo.analysis.Token;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key terms of a posting, read from the tokens of its one analysis. Candidates are noun
 * phrases: runs of adjacent noun and foreign-word tokens that stand next to each other in the text
 * (nothing between them, or one space: 데이터플랫폼팀, Data Platform), every stretch of one to
 * {@link #MAX_TERMS} tokens of a run, without filler ({@link KeywordStopWords}) anywhere in it. A
 * number only counts inside a phrase. Because Nori splits compounds, 데이터 플랫폼 and 데이터플랫폼
 * are the same candidate.
 *
 * <p>Score: the mean of the candidate's own tf-idf and its words' (a phrase of words this posting
 * dwells on ranks above a chance pairing), where tf counts each occurrence by the weight of its
 * section (the duties, requirements and preferred lists say what the job is; the intro and the
 * benefits much less) and idf is the smoothed BM25 form {@code ln(1 + (N − df + 0.5) / (df + 0.5))}
 * against a collection's {@link DocumentFrequencies}. A lone Korean noun that names no skill is
 * discounted. The best are taken in score order, leaving out a candidate that only ever occurs
 * inside a longer one, one inside or around a term already taken, and one whose every occurrence
 * overlaps a term already taken, so that one thing is not listed three times (데이터 플랫폼,
 * 플랫폼, 데이터 플랫폼 엔지니어).
 */
public final class KeyTerms {

  /** The longest phrase, in tokens. */
  public static final int MAX_TERMS = 3;
  /** The number of key terms given when the caller does not say. */
  public static final int DEFAULT_LIMIT = 15;

  private static final Set<String> PHRASE_TAGS =
      Set.of("NNG", "NNP", "SL", "SH", "SN", TechTermFilter.TAG);
  private static final String NUMBER_TAG = "SN";
  private static final Map<SectionKind, Double> SECTION_WEIGHTS = sectionWeights();
  /**
   * The discount of a single Korean noun that names no skill. Most are everyday words (응대, 선호,
   * 현재) that a small background cannot tell from domain terms; the key terms of a posting are
   * mostly phrases (실시간 처리) and Latin-script names.
   */
  private static final double LONE_KOREAN_NOUN = 0.5;

  private final KeywordStopWords stopWords;
  private final DocumentFrequencies frequencies;

  public KeyTerms(KeywordStopWords stopWords, DocumentFrequencies frequencies) {
    this.stopWords = stopWords;
    this.frequencies = frequencies;
  }

  private static Map<SectionKind, Double> sectionWeights() {
    Map<SectionKind, Double> w = new EnumMap<>(SectionKind.class);
    w.put(SectionKind.DUTIES, 1.0);
    w.put(SectionKind.REQUIREMENTS, 1.0);
    w.put(SectionKind.PREFERRED, 1.0);
    w.put(SectionKind.TECH_STACK, 1.0);
    // Text before any heading holds the title and the company's introduction.
    w.put(SectionKind.INTRO, 0.5);
    w.put(SectionKind.OTHER, 0.5);
    w.put(SectionKind.BENEFITS, 0.25);
    w.put(SectionKind.PROCESS, 0.25);
    return w;
  }

  /**
   * The best {@code limit} key terms of a posting, best first.
   *
   * @param skills the skills found in the same analysis: a key term over one of their mentions is
   *     that skill, any other a candidate
   */
  public List<Keyword> of(PostingText posting, AnalyzedText analyzed, List<PostingSkill> skills,
      int limit) {
    List<SkillMatch> mentions = skills.stream().flatMap(s -> s.evidence().stream()).toList();
    Phrases phrases = phrases(analyzed);
    phrases.link();
    List<Scored> scored = new ArrayList<>();
    for (Candidate c : phrases.byKey.values()) {
      double weight = weight(posting, c);
      if (weight == 0) {
        continue;
      }
      String skill = skillOf(c, mentions);
      if ((skill == null && c.surfaceLength < 2) || absorbed(c)) {
        continue;
      }
      double phrase = weight * idf(frequencies.docFreq(c.terms, c.key));
      double words = 0;
      for (Candidate word : c.words) {
        words += termScore(posting, word);
      }
      double score = (phrase + words / c.terms.size()) / 2;
      if (c.loneKoreanNoun && skill == null) {
        score *= LONE_KOREAN_NOUN;
      }
      scored.add(new Scored(c, score, skill));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(s -> s.candidate.occurrences.get(0).start));
    List<Keyword> out = new ArrayList<>();
    List<Candidate> taken = new ArrayList<>();
    for (Scored s : scored) {
      if (out.size() >= limit) {
        break;
      }
      if (nestedWith(s.candidate, taken) || coveredBy(s.candidate, taken)) {
        continue;
      }
      taken.add(s.candidate);
      out.add(new Keyword(s.candidate.surface, s.candidate.terms, round(s.score),
          s.candidate.occurrences.size(), s.skill));
    }
    return out;
  }

  /**
   * The occurrences, each weighed by its section; 0 in a heading ([자격요건], 우대사항), which
   * lies outside every section and names the part, not the job.
   */
  private static double weight(PostingText posting, Candidate c) {
    double weighted = 0;
    for (Occurrence o : c.occurrences) {
      for (Section s : posting.sections()) {
        if (s.contains(o.start)) {
          weighted += SECTION_WEIGHTS.get(s.kind());
          break;
        }
      }
    }
    return weighted;
  }

  /**
   * A word's own tf-idf, worked out once per posting; 0 for a word that is no candidate by itself
   * (a number).
   */
  private double termScore(PostingText posting, Candidate single) {
    if (single == null) {
      return 0;
    }
    if (Double.isNaN(single.termScore)) {
      single.termScore = weight(posting, single) * idf(frequencies.docFreq(single.terms, single.key));
    }
    return single.termScore;
  }

  /**
   * True when the candidate only ever occurs inside one longer candidate (스터, 마이 only in 스터마이징;
   * Data Platform only in 공용 Data Platform): the longer one says it better.
   */
  private static boolean absorbed(Candidate c) {
    for (Candidate longer : c.longer) {
      if (longer.occurrences.size() == c.occurrences.size() && within(c, longer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(Candidate c, Candidate longer) {
    for (Occurrence o : c.occurrences) {
      boolean inside = false;
      for (Occurrence l : longer.occurrences) {
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

  /** True when the candidate's terms lie within a taken key term's, or a taken one's within its. */
  private static boolean nestedWith(Candidate c, List<Candidate> taken) {
    for (Candidate t : taken) {
      if (contains(t.terms, c.terms) || contains(c.terms, t.terms)) {
        return true;
      }
    }
    return false;
  }

  /** True when every occurrence of the candidate overlaps one of a taken key term's. */
  private static boolean coveredBy(Candidate c, List<Candidate> taken) {
    for (Occurrence o : c.occurrences) {
      if (!overlapsAny(o, taken)) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsAny(Occurrence o, List<Candidate> taken) {
    for (Candidate t : taken) {
      for (Occurrence to : t.occurrences) {
        if (to.start < o.end && o.start < to.end) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every candidate of a posting by its key (terms joined by a space), in order of first
   * occurrence: what the background file counts.
   */
  public Map<String, Candidate> candidates(AnalyzedText analyzed) {
    return phrases(analyzed).byKey;
  }

  private Phrases phrases(AnalyzedText analyzed) {
    Phrases phrases = new Phrases();
    for (List<Token> run : runs(analyzed)) {
      for (int i = 0; i < run.size(); i++) {
        if (isNumber(run.get(i))) {
          continue; // a number only counts inside a phrase
        }
        Node node = null;
        for (int n = 1; n <= MAX_TERMS && i + n <= run.size(); n++) {
          Token last = run.get(i + n - 1);
          node = n == 1 ? phrases.root(last.term()) : node.next(last.term());
          if (isNumber(last)) {
            continue;
          }
          Candidate c = node.candidate;
          if (c == null) {
            c = phrases.byKey.get(node.key); // the same key by other terms (one with a space)
            if (c == null) {
              String[] terms = new String[n];
              for (int t = 0; t < n; t++) {
                terms[t] = run.get(i + t).term();
              }
              c = new Candidate(node.key, List.of(terms),
                  analyzed.text().substring(run.get(i).start(), last.end()),
                  n == 1 && run.get(i).isNoun());
              phrases.byKey.put(node.key, c);
            }
            node.candidate = c;
          }
          c.occurrences.add(new Occurrence(run.get(i).start(), last.end()));
        }
      }
    }
    return phrases;
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

  /** Runs of phrase tokens with nothing but one space between neighbours, cut at filler. */
  private List<List<Token>> runs(AnalyzedText analyzed) {
    String text = analyzed.text();
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    Token previous = null;
    for (Token t : analyzed.tokens()) {
      boolean usable = PHRASE_TAGS.contains(t.tag()) && !stopWords.contains(t.term());
      if (!usable || previous == null || !adjacent(text, previous.end(), t.start())) {
        flush(run, runs);
      }
      if (usable) {
        run.add(t);
      }
      previous = t;
    }
    flush(run, runs);
    return runs;
  }

  private static void flush(List<Token> run, List<List<Token>> runs) {
    if (!run.isEmpty()) {
      runs.add(List.copyOf(run));
      run.clear();
    }
  }

  private static boolean adjacent(String text, int end, int start) {
    return start == end || (start == end + 1 && text.charAt(end) == ' ');
  }

  private static boolean isNumber(Token t) {
    return t.tag().equals(NUMBER_TAG);
  }

  /** The skill whose mention lies within the candidate's first such occurrence, else one it touches. */
  private static String skillOf(Candidate c, List<SkillMatch> mentions) {
    String touching = null;
    for (Occurrence o : c.occurrences) {
      for (SkillMatch m : mentions) {
        if (m.start() >= o.start && m.end() <= o.end) {
          return m.skill();
        }
        if (touching == null && m.start() < o.end && o.start < m.end()) {
          touching = m.skill();
        }
      }
    }
    return touching;
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
    final String surface;
    final int surfaceLength;
    final boolean loneKoreanNoun;
    final List<Occurrence> occurrences = new ArrayList<>();
    /** The candidates of its single words, in order (null for a number); set by link(). */
    Candidate[] words;
    /** The longer candidates whose terms contain its terms; set by link(). */
    final List<Candidate> longer = new ArrayList<>(2);
    /** Its own tf-idf as a word of longer candidates; NaN until worked out. */
    double termScore = Double.NaN;

    Candidate(String key, List<String> terms, String surface, boolean loneKoreanNoun) {
      this.key = key;
      this.terms = terms;
      this.surface = surface;
      this.loneKoreanNoun = loneKoreanNoun;
      this.surfaceLength = surface.codePointCount(0, surface.length());
    }

    public List<String> terms() {
      return terms;
    }
  }

  private record Occurrence(int start, int end) {}

  private record Scored(Candidate candidate, double score, String skill) {}
}
