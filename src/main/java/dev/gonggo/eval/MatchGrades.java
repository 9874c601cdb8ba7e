package dev.gonggo.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The graded fit of postings for written profiles: tab-separated {@code profile, file, grade}
 * (0 no fit to 3 the best), {@code #} comments. Profiles are file names in a profiles folder,
 * postings file names in the corpus.
 *
 * @param grades file name → grade, per profile file name, in the order of the file
 */
public record MatchGrades(Map<String, Map<String, Integer>> grades) {

  private static final CSVFormat TSV = CSVFormat.TDF.builder().setCommentMarker('#')
      .setIgnoreEmptyLines(true).setTrim(true).setQuote(null).setHeader()
      .setSkipHeaderRecord(true).get();
  private static final List<String> HEADER = List.of("profile", "file", "grade");

  public static MatchGrades read(Path file) throws IOException {
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(reader)) {
        int grade = Integer.parseInt(r.get("grade"));
        if (grade < 0 || grade > 3) {
          throw new IllegalArgumentException(file + " line " + r.getRecordNumber()
              + ": a grade is 0 to 3, not " + grade);
        }
        grades.computeIfAbsent(r.get("profile"), k -> new LinkedHashMap<>()).put(r.get("file"), grade);
      }
    }
    return new MatchGrades(grades);
  }

  /** Whether a gold file is one of these: its header names profile, file and grade. */
  public static boolean isMatchGrades(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          return List.of(line.strip().split("\t")).equals(HEADER);
        }
      }
    }
    return false;
  }

  /** Every posting graded for some profile, by file name. */
  public TreeSet<String> files() {
    TreeSet<String> out = new TreeSet<>();
    grades.values().forEach(g -> out.addAll(g.keySet()));
    return out;
  }
}
