package dev.gonggo.eval;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores the key terms of postings against a gold of the terms a reader wants: for each posting,
 * the {@code wanted} terms (the 5–10 one would put first) and the other {@code good} ones.
 *
 * <p>A term gonggo gives matches a gold term when, spaces, case and punctuation aside, it is the
 * same, or one holds the other and the shorter is a word of its own (two Hangul syllables or three
 * Latin letters, at least half the longer), or both name the same skill of the taxonomy. A gold
 * term may give alternatives joined by '/' (쿠버네티스/Kubernetes); the whole term counts too, so
 * CI/CD and A/B 테스트 stay whole. Each gold term is matched once: a second term of gonggo's for
 * the same thing (Kafka and 카프카) is a duplicate, not a hit.
 *
 * <p>precision@k is the share of gonggo's first k terms that hit (of fewer when it gives fewer);
 * recall is the share of the wanted terms found in gonggo's first ten; first-five recall the share
 * of the first five wanted terms (a reader writes them best first) found there, the measure the
 * first look at key terms was taken with: with ten wanted terms, recall of all of them in ten
 * places asks gonggo to pick the reader's ten, where two readers agree on about eight.
 */
public final class KeyTermScore {

  /** One posting's gold: the terms wanted first, and the other good ones. */
  public record Gold(String file, List<String> wanted, List<String> good) {}

  /** A term gonggo gave: as written, and the skill it names (or null). */
  public record Given(String text, String skill) {}

  /** How many of the wanted terms, best first, first-five recall asks for. */
  static final int FIRST_WANTED = 5;

  private static final CSVFormat TSV = CSVFormat.TDF.builder().setCommentMarker('#')
      .setIgnoreEmptyLines(true).setTrim(true).setQuote(null).setHeader()
      .setSkipHeaderRecord(true).get();

  private final Function<String, String> skillOf;
  private double precision5;
  private double precision10;
  private int wanted;
  private int wantedFound;
  private int firstWanted;
  private int firstWantedFound;
  private int postings;
  private final List<String> misses = new ArrayList<>();

  /** @param skillOf the taxonomy skill a gold term names, or null */
  public KeyTermScore(Function<String, String> skillOf) {
    this.skillOf = skillOf;
  }

  /** Scores against the skills a matcher finds in gold terms ({@link #skillNamed}). */
  public KeyTermScore(SkillMatcher matcher, PostingAnalyzer analyzer) {
    this(term -> skillNamed(matcher, analyzer, term));
  }

  /** The skill a short term names as a whole (쿠버네티스, Apache Spark), or null. */
  public static String skillNamed(SkillMatcher matcher, PostingAnalyzer analyzer, String term) {
    PostingText text = new PostingText(Path.of("term"), "text/plain", null, term,
        List.of(new Section(SectionKind.OTHER, null, 0, term.length())));
    List<SkillMatch> found = matcher.match(text, analyzer.analyze(term));
    return found.size() == 1 && found.get(0).end() - found.get(0).start() >= term.strip().length() / 2
        ? found.get(0).skill() : null;
  }

  public static List<Gold> read(Path file) throws IOException {
    List<Gold> out = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(reader)) {
        out.add(new Gold(r.get("file"), terms(r.get("wanted")),
            r.isMapped("good") && r.isSet("good") ? terms(r.get("good")) : List.of()));
      }
    }
    return out;
  }

  private static List<String> terms(String field) {
    List<String> out = new ArrayList<>();
    for (String t : field.split("\\|")) {
      if (!t.isBlank() && !t.strip().equals("-")) {
        out.add(t.strip());
      }
    }
    return out;
  }

  /** Scores one posting's terms, best first. */
  public void add(Gold gold, List<Given> given) {
    postings++;
    List<String> all = new ArrayList<>(gold.wanted());
    all.addAll(gold.good());
    Set<Integer> matched = new HashSet<>();
    int hits5 = 0;
    int hits10 = 0;
    StringBuilder wrong = new StringBuilder();
    for (int i = 0; i < Math.min(10, given.size()); i++) {
      int g = firstMatch(given.get(i), all, matched);
      if (g >= 0) {
        matched.add(g);
        hits10++;
        if (i < 5) {
          hits5++;
        }
      } else {
        wrong.append(wrong.length() == 0 ? "" : ", ").append(given.get(i).text());
      }
    }
    precision5 += given.isEmpty() ? 0 : (double) hits5 / Math.min(5, given.size());
    precision10 += given.isEmpty() ? 0 : (double) hits10 / Math.min(10, given.size());
    wanted += gold.wanted().size();
    StringBuilder missing = new StringBuilder();
    for (int w = 0; w < gold.wanted().size(); w++) {
      if (w < FIRST_WANTED) {
        firstWanted++;
      }
      if (matched.contains(w)) {
        wantedFound++;
        if (w < FIRST_WANTED) {
          firstWantedFound++;
        }
      } else {
        missing.append(missing.length() == 0 ? "" : ", ").append(gold.wanted().get(w));
      }
    }
    if (wrong.length() > 0) {
      misses.add(gold.file() + "\tnot wanted\t" + wrong);
    }
    if (missing.length() > 0) {
      misses.add(gold.file() + "\tmissing\t" + missing);
    }
  }

  /** The first gold term not yet matched that the given term matches, or -1. */
  private int firstMatch(Given given, List<String> gold, Set<Integer> matched) {
    for (int g = 0; g < gold.size(); g++) {
      if (!matched.contains(g) && matches(given, gold.get(g))) {
        return g;
      }
    }
    return -1;
  }

  private boolean matches(Given given, String goldTerm) {
    String t = norm(given.text());
    for (String alternative : alternatives(goldTerm)) {
      String a = norm(alternative);
      if (t.equals(a) || holds(t, a) || holds(a, t)) {
        return true;
      }
      if (given.skill() != null) {
        String skill = skillOf.apply(alternative);
        if (given.skill().equals(skill)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The whole term and its '/'-separated alternatives of two characters or more. */
  static List<String> alternatives(String term) {
    List<String> out = new ArrayList<>();
    out.add(term);
    if (term.indexOf('/') >= 0) {
      for (String part : term.split("/")) {
        if (part.strip().length() >= 2) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** Whether {@code outer} holds {@code inner} as a word of its own. */
  private static boolean holds(String outer, String inner) {
    if (inner.length() >= outer.length() || !outer.contains(inner) || inner.length() * 2 < outer.length()) {
      return false;
    }
    long hangul = inner.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
    long latin = inner.codePoints().filter(c -> c < 0x80 && Character.isLetter(c)).count();
    return hangul >= 2 || latin >= 3;
  }

  /** Lowercase NFC, without spaces and punctuation but for + and # (C++, C#). */
  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
        out.append(c);
      }
    }
    return out.toString();
  }

  public int postings() {
    return postings;
  }

  public double precisionAt5() {
    return postings == 0 ? 0 : precision5 / postings;
  }

  public double precisionAt10() {
    return postings == 0 ? 0 : precision10 / postings;
  }

  public double recall() {
    return wanted == 0 ? 0 : (double) wantedFound / wanted;
  }

  /** The share of all postings' first five wanted terms found in gonggo's first ten of each. */
  public double firstFiveRecall() {
    return firstWanted == 0 ? 0 : (double) firstWantedFound / firstWanted;
  }

  public List<String> misses() {
    return misses;
  }

  /** The gold by file name, in file order. */
  public static Map<String, Gold> byFile(List<Gold> gold) {
    Map<String, Gold> out = new LinkedHashMap<>();
    gold.forEach(g -> out.put(g.file(), g));
    return out;
  }
}
