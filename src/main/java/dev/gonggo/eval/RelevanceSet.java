package dev.gonggo.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The queries a search is judged on and the graded relevance of postings to each: a queries file
 * (tab-separated {@code id, query}) and a relevance file ({@code query, file, grade}; 3 central to
 * the job, 2 clearly involved, 1 named in passing; a posting left out is not relevant). Postings
 * are named by file name, so the judgments hold wherever the corpus is.
 *
 * @param queries the query text by id, in the file's order
 * @param grades the grade of each judged posting (file name) by query id
 */
public record RelevanceSet(Map<String, String> queries, Map<String, Map<String, Integer>> grades) {

  static final CSVFormat TSV = CSVFormat.TDF.builder().setCommentMarker('#')
      .setIgnoreEmptyLines(true).setTrim(true).setQuote(null).setHeader()
      .setSkipHeaderRecord(true).get();

  public RelevanceSet {
    queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    grades = Map.copyOf(grades);
  }

  public static RelevanceSet read(Path queriesFile, Path relevanceFile) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(queriesFile, StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(reader)) {
        if (queries.put(r.get("id"), r.get("query")) != null) {
          throw new IllegalArgumentException(queriesFile + ": query id " + r.get("id") + " twice");
        }
      }
    }
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(relevanceFile, StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(reader)) {
        String query = r.get("query");
        if (!queries.containsKey(query)) {
          throw new IllegalArgumentException(relevanceFile + " line " + r.getRecordNumber()
              + ": no query " + query + " in " + queriesFile);
        }
        int grade;
        try {
          grade = Integer.parseInt(r.get("grade"));
        } catch (NumberFormatException e) {
          grade = -1;
        }
        if (grade < 0 || grade > 3) {
          throw new IllegalArgumentException(relevanceFile + " line " + r.getRecordNumber()
              + ": a grade is 0 to 3, not '" + r.get("grade") + "'");
        }
        grades.computeIfAbsent(query, q -> new HashMap<>()).put(r.get("file"), grade);
      }
    }
    Map<String, Map<String, Integer>> frozen = new HashMap<>();
    grades.forEach((q, g) -> frozen.put(q, Map.copyOf(g)));
    return new RelevanceSet(queries, frozen);
  }

  /** The graded postings of one query; empty when none was judged relevant. */
  public Map<String, Integer> gradesOf(String queryId) {
    return grades.getOrDefault(queryId, Map.of());
  }
}
