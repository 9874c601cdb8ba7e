package dev.gonggo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Korean names the report shows beside the fixed ids: categories, case short names, skill
 * kinds ({@code names.tsv}). An id without a name is shown as itself.
 */
final class ReportNames {

  private static final CSVFormat TSV = CSVFormat.TDF.builder()
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
      .setQuote(null).setHeader().setSkipHeaderRecord(true).get();
  private static final Map<String, String> NAMES = load();

  private ReportNames() {}

  static String category(String id) {
    return NAMES.getOrDefault("category\t" + id, id);
  }

  /** The short Korean name of a case: {@code 대기업 · 전사 데이터 플랫폼}. */
  static String caseName(String id) {
    return NAMES.getOrDefault("case\t" + id, id);
  }

  static String kind(String id) {
    return NAMES.getOrDefault("kind\t" + id, id);
  }

  private static Map<String, String> load() {
    try (InputStream in = ReportNames.class.getResourceAsStream("names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing built-in data file names.tsv");
      }
      Map<String, String> names = new HashMap<>();
      for (CSVRecord r : TSV.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        names.put(r.get(0) + "\t" + r.get(1), r.get(2));
      }
      return Map.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
