package dev.gonggo.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a gold file: tab-separated {@code file, required, preferred, min_years, case}, ids
 * space-separated, "-" for none; {@code #} comments. Gold files of later rounds add {@code size},
 * {@code case_confidence} and {@code company}.
 */
public final class GoldFile {

  private static final CSVFormat TSV = CSVFormat.TDF.builder().setCommentMarker('#')
      .setIgnoreEmptyLines(true).setTrim(true).setQuote(null).setHeader()
      .setSkipHeaderRecord(true).get();

  private GoldFile() {}

  public static List<GoldLabel> read(Path file) throws IOException {
    List<GoldLabel> out = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(reader)) {
        String years = r.get("min_years");
        String caseId = r.isMapped("case") && r.isSet("case") ? r.get("case") : "-";
        out.add(new GoldLabel(r.get("file"), ids(r.get("required")), ids(r.get("preferred")),
            years.equals("-") || years.isBlank() ? null : Integer.valueOf(years),
            caseId.equals("-") || caseId.isBlank() ? null : caseId, optional(r, "size"),
            optional(r, "case_confidence"), optional(r, "company")));
      }
    }
    return out;
  }

  /** A column later gold files add, or null where the file lacks it or says "-". */
  private static String optional(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column).strip();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  /** The column names of a gold file's header line, for telling kinds of gold apart. */
  public static List<String> columns(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TSV.parse(reader).getHeaderNames();
    }
  }

  private static Set<String> ids(String field) {
    if (field == null || field.isBlank() || field.equals("-")) {
      return Set.of();
    }
    return new TreeSet<>(Arrays.asList(field.strip().split("\\s+")));
  }
}
