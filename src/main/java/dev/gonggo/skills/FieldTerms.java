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
import org.apache.commons.csv.CSVRecord;

/**
 * The work and the business a reader of a posting looks for first, beyond its skills: kinds of
 * work of the field (데이터 파이프라인, 모델 서빙, 장애 대응) and fields of business (금융, 물류,
 * 헬스케어), read from {@code field-terms.tsv}. Key terms rank a candidate that names one as a reader
 * does, however many postings share it.
 */
public final class FieldTerms {

  /** What a field term names. */
  public enum Kind {
    /** A kind of work or system: what the job builds or runs. */
    CONCEPT,
    /** A field of business: what the company does. */
    DOMAIN
  }

  private static final String RESOURCE = "field-terms.tsv";
  private static final CSVFormat TSV = CSVFormat.TDF.builder()
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
      .setQuote(null).setHeader().setSkipHeaderRecord(true).get();

  private final Set<String> concepts;
  private final Set<String> domains;

  private FieldTerms(Set<String> concepts, Set<String> domains) {
    this.concepts = Set.copyOf(concepts);
    this.domains = Set.copyOf(domains);
  }

  /** The built-in list, loaded once per JVM. */
  public static FieldTerms builtIn() {
    return BuiltIn.TERMS;
  }

  static FieldTerms read(Reader reader, String source) throws IOException {
    Set<String> concepts = new HashSet<>();
    Set<String> domains = new HashSet<>();
    for (CSVRecord r : TSV.parse(reader)) {
      Kind kind;
      try {
        kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + " line " + r.getRecordNumber()
            + ": kind must be concept or domain, not '" + r.get("kind") + "'");
      }
      for (String form : r.get("forms").split("\\|")) {
        String key = key(form);
        if (!key.isEmpty()) {
          (kind == Kind.CONCEPT ? concepts : domains).add(key);
        }
      }
    }
    return new FieldTerms(concepts, domains);
  }

  /**
   * What a candidate key term names, given its analysed terms: a concept when a run of its terms
   * is one (데이터 파이프라인 구축 holds 데이터 파이프라인), a domain when it is one or begins or
   * ends with one (결제 시스템, 커머스 플랫폼); null when neither.
   */
  public Kind of(List<String> terms) {
    List<String> keys = new ArrayList<>(terms.size());
    for (String t : terms) {
      keys.add(key(t));
    }
    int n = keys.size();
    boolean domain = false;
    for (int from = 0; from < n; from++) {
      StringBuilder run = new StringBuilder();
      for (int to = from; to < n; to++) {
        run.append(keys.get(to));
        String k = run.toString();
        if (concepts.contains(k)) {
          return Kind.CONCEPT;
        }
        domain |= (from == 0 || to == n - 1) && domains.contains(k);
      }
    }
    return domain ? Kind.DOMAIN : null;
  }

  /** How forms and terms are compared: as key terms compare names, letters and digits only. */
  static String key(String s) {
    return KeyTerms.norm(s);
  }

  private static final class BuiltIn {
    static final FieldTerms TERMS = load();

    private static FieldTerms load() {
      try (InputStream in = FieldTerms.class.getResourceAsStream(RESOURCE)) {
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
