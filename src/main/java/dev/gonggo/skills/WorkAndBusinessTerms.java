package dev.gonggo.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The work and the business a reader of a posting looks for first, beyond its skills: kinds of
 * work of the field (데이터 파이프라인, 모델 서빙, 장애 대응) and fields of business (결제, 물류,
 * 헬스케어), read from {@code work-and-business.tsv}. Key terms rank a candidate that names one as a
 * reader does, however many postings share it.
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

  private final Set<String> work;
  private final Set<String> business;
  private final Set<String> heads;

  private WorkAndBusinessTerms(Set<String> work, Set<String> business, Set<String> heads) {
    this.work = Set.copyOf(work);
    this.business = Set.copyOf(business);
    this.heads = Set.copyOf(heads);
  }

  /** The built-in list, loaded once per JVM. */
  public static WorkAndBusinessTerms builtIn() {
    return BuiltIn.TERMS;
  }

  static WorkAndBusinessTerms read(Reader reader, String source) throws IOException {
    Set<String> work = new HashSet<>();
    Set<String> business = new HashSet<>();
    Set<String> heads = new HashSet<>();
    try (CSVParser parser = TSV.parse(reader)) {
      for (CSVRecord r : parser) {
        Set<String> into = switch (r.get("kind").toLowerCase(Locale.ROOT)) {
          case "work" -> work;
          case "business" -> business;
          case "head" -> heads;
          default -> throw new IllegalArgumentException(source + " line "
              + parser.getCurrentLineNumber() + ": kind must be work, business or head, not '"
              + r.get("kind") + "'");
        };
        for (String form : r.get("forms").split("\\|")) {
          String key = KeyTerms.norm(form);
          if (!key.isEmpty()) {
            into.add(key);
          }
        }
      }
    }
    return new WorkAndBusinessTerms(work, business, heads);
  }

  /**
   * What a candidate key term names, given its analysed terms: work when a run of its terms is a
   * kind of work and at most one term stands beside that run (데이터 파이프라인 구축); business when
   * it is a field of business, alone or before or after one head noun (결제 시스템, 글로벌 커머스
   * is no head); null when neither. A phrase that only mentions one among other words (영업
   * 파이프라인 관리 회의) names neither.
   */
  public Kind of(List<String> terms) {
    List<String> keys = new ArrayList<>(terms.size());
    for (String t : terms) {
      keys.add(KeyTerms.norm(t));
    }
    int n = keys.size();
    for (int from = 0; from < n; from++) {
      StringBuilder run = new StringBuilder();
      for (int to = from; to < n; to++) {
        run.append(keys.get(to));
        if (n - (to - from + 1) <= 1 && work.contains(run.toString())) {
          return Kind.WORK;
        }
      }
    }
    String whole = String.join("", keys);
    if (business.contains(whole)) {
      return Kind.BUSINESS;
    }
    if (n >= 2 && (heads.contains(keys.get(n - 1)) && business.contains(whole.substring(0,
        whole.length() - keys.get(n - 1).length())))) {
      return Kind.BUSINESS; // 결제 시스템, 광고 데이터, 헬스케어 도메인
    }
    return null;
  }

  private static final class BuiltIn {
    static final WorkAndBusinessTerms TERMS = load();

    private static WorkAndBusinessTerms load() {
      try (InputStream in = WorkAndBusinessTerms.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
