package dev.gonggo.skills;

import dev.gonggo.text.BuiltInFile;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The work and the business a reader of a posting looks for first, beyond its skills: kinds of
 * work of the field (데이터 파이프라인, 모델 서빙, 장애 대응) and fields of business (결제, 물류,
 * 헬스케어), read from {@code work-and-business.tsv}. Key terms rank a candidate that names one as a
 * reader does, however many postings share it. The file also holds the acts done to any system
 * (설계, 구축, 운영): a phrase that only adds one to a thing does not hide the thing.
 */
public final class WorkAndBusinessTerms {

  /** What a candidate key term names. */
  public enum Kind {
    /** A kind of work or system: what the job builds or runs. */
    WORK,
    /** A field of business: what the company does. */
    BUSINESS
  }

  private static final String RESOURCE = "work-and-business.tsv";
  private static final CSVFormat TSV = CSVFormat.TDF.builder()
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
      .setQuote(null).setHeader().setSkipHeaderRecord(true).get();

  /**
   * What a candidate names: its kind, and the thing (the first form of its line) where it names
   * one, so that two names of one thing are one key term; null for a field of business before a
   * head noun (결제 시스템 is not 결제).
   */
  public record Named(Kind kind, String thing) {}

  /** Each form of a kind of work, to the first form of its line. */
  private final Map<String, String> work;
  private final Map<String, String> business;
  private final Set<String> heads;
  private final Set<String> acts;

  private WorkAndBusinessTerms(Map<String, String> work, Map<String, String> business,
      Set<String> heads, Set<String> acts) {
    this.work = Map.copyOf(work);
    this.business = Map.copyOf(business);
    this.heads = Set.copyOf(heads);
    this.acts = Set.copyOf(acts);
  }

  /** Whether a term is a head noun a field of business may stand before (시스템, 플랫폼, 서비스). */
  public boolean isHead(String term) {
    return heads.contains(KeyTerms.norm(term));
  }

  /** Whether a term is an act done to any system (설계, 구축, 운영), not a kind of work of its own. */
  public boolean isAct(String term) {
    return acts.contains(KeyTerms.norm(term));
  }

  /** The built-in list, loaded once per JVM. */
  public static WorkAndBusinessTerms builtIn() {
    return BuiltIn.TERMS;
  }

  static WorkAndBusinessTerms read(Reader reader, String source) throws IOException {
    Map<String, String> work = new HashMap<>();
    Map<String, String> business = new HashMap<>();
    Set<String> heads = new HashSet<>();
    Set<String> acts = new HashSet<>();
    try (CSVParser parser = TSV.parse(reader)) {
      for (CSVRecord r : parser) {
        String kind = r.get("kind").toLowerCase(Locale.ROOT);
        Map<String, String> into = switch (kind) {
          case "work" -> work;
          case "business" -> business;
          case "head", "act" -> null;
          default -> throw new IllegalArgumentException(source + " line "
              + parser.getCurrentLineNumber() + ": kind must be work, business, head or act, not '"
              + r.get("kind") + "'");
        };
        String thing = null;
        List<String> forms = List.of(r.get("forms").split("\\|"));
        for (String form : forms) {
          String key = KeyTerms.norm(form);
          if (key.isEmpty()) {
            continue;
          }
          if (kind.equals("act")) {
            acts.add(key);
          } else if (into == null) {
            heads.add(key);
          } else {
            thing = thing == null ? key : thing;
            into.putIfAbsent(key, thing);
          }
        }
        if (into != null && thing != null) {
          for (String mixed : mixedForms(forms)) {
            into.putIfAbsent(mixed, thing);
          }
        }
      }
    }
    return new WorkAndBusinessTerms(work, business, heads, acts);
  }

  /**
   * The forms of a line written half in each script (Funnel 분석, Data 파이프라인, 데이터 pipeline),
   * as postings write them. A Korean form's translations are the English forms of as many words
   * written after it, up to the next Korean form of as many words (the file's order: 퍼널 분석|funnel
   * analysis); each word of a mix is the word of its position in either. Noun compounds are
   * head-final in both languages, so a translation's words align by position.
   */
  static Set<String> mixedForms(List<String> forms) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < forms.size(); i++) {
      String[] k = forms.get(i).strip().split("\\s+");
      if (k.length < 2 || !hasHangul(forms.get(i))) {
        continue;
      }
      for (int j = i + 1; j < forms.size(); j++) {
        String[] e = forms.get(j).strip().split("\\s+");
        if (e.length != k.length) {
          continue;
        }
        if (hasHangul(forms.get(j))) {
          break; // another Korean form of as many words: what follows translates it
        }
        for (int mask = 1; mask < (1 << k.length) - 1; mask++) {
          StringBuilder key = new StringBuilder();
          for (int w = 0; w < k.length; w++) {
            key.append(KeyTerms.norm((mask >> w & 1) == 1 ? e[w] : k[w]));
          }
          out.add(key.toString());
        }
      }
    }
    return out;
  }

  private static boolean hasHangul(String form) {
    return form.chars().anyMatch(c -> KeyTerms.isHangul((char) c));
  }

  /**
   * What a candidate key term names, given its analysed terms: work when it is a kind of work, or
   * one and one more term (데이터 파이프라인 구축); business when it is a field of business, alone or
   * before a head noun (결제 시스템; not 글로벌 커머스); null when neither. A phrase that only
   * mentions one among other words (영업 파이프라인 관리 회의) names neither. The thing is given
   * where the candidate is one of its forms, or a kind of work with one more term (서비스 장애 대응
   * is 장애 대응 as much as incident response is).
   */
  public Named of(List<String> terms) {
    List<String> keys = new ArrayList<>(terms.size());
    for (String t : terms) {
      keys.add(KeyTerms.norm(t));
    }
    String whole = String.join("", keys);
    if (work.containsKey(whole)) {
      return new Named(Kind.WORK, work.get(whole));
    }
    if (business.containsKey(whole)) {
      return new Named(Kind.BUSINESS, business.get(whole));
    }
    int n = keys.size();
    for (int from = 0; from < n; from++) {
      StringBuilder run = new StringBuilder();
      for (int to = from; to < n; to++) {
        run.append(keys.get(to));
        if (n - (to - from + 1) == 1 && work.containsKey(run.toString())) {
          return new Named(Kind.WORK, work.get(run.toString()));
        }
      }
    }
    if (n >= 2 && heads.contains(keys.get(n - 1)) && business.containsKey(whole.substring(0,
        whole.length() - keys.get(n - 1).length()))) {
      return new Named(Kind.BUSINESS, null); // 결제 시스템, 광고 데이터, 헬스케어 도메인
    }
    return null;
  }

  /**
   * What a candidate names: by its terms (광고 플랫폼, 광고플랫폼), else by its written words, where
   * the analyser cut a word into pieces (데이터 처리 워크로드 is 데이터 처리 and one more word).
   */
  Named of(KeyTerms.Candidate c) {
    Named named = of(c.terms);
    return named != null || c.written.size() == c.terms.size() ? named : of(c.written);
  }

  /**
   * Whether a name, as {@link KeyTerms#norm} gives it, is a kind of work or a field of business,
   * alone or before a head noun (정산플랫폼, 광고 시스템): what a job works on, not who hires.
   */
  public boolean namesAField(String normalized) {
    if (work.containsKey(normalized) || business.containsKey(normalized)) {
      return true;
    }
    for (String head : heads) {
      if (normalized.length() > head.length() && normalized.endsWith(head)
          && business.containsKey(normalized.substring(0, normalized.length() - head.length()))) {
        return true;
      }
    }
    return false;
  }

  private static final class BuiltIn {
    static final WorkAndBusinessTerms TERMS = load();

    private static WorkAndBusinessTerms load() {
      return BuiltInFile.read(
          WorkAndBusinessTerms.class, RESOURCE, reader -> read(reader, RESOURCE));
    }
  }
}
