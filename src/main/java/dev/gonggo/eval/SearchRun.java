package dev.gonggo.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rankings one search system gave for a set of queries: the postings' file names, best first,
 * by query id. Read from a run file (tab-separated {@code query, rank, file}, no header, as the
 * first look at the old search was saved) or made by running a search.
 *
 * @param name what made the rankings, as the report names it
 */
public record SearchRun(String name, Map<String, List<String>> rankings) {

  private static final CSVFormat RUN = CSVFormat.TDF.builder().setCommentMarker('#')
      .setIgnoreEmptyLines(true).setTrim(true).setQuote(null).get();

  public SearchRun {
    Map<String, List<String>> copy = new HashMap<>();
    rankings.forEach((q, files) -> copy.put(q, List.copyOf(files)));
    rankings = Map.copyOf(copy);
  }

  public List<String> ranking(String queryId) {
    return rankings.getOrDefault(queryId, List.of());
  }

  public static SearchRun read(Path file) throws IOException {
    Map<String, TreeMap<Integer, String>> byRank = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : RUN.parse(reader)) {
        if (r.size() < 3) {
          throw new IllegalArgumentException(file + " line " + r.getRecordNumber()
              + ": a run line is query, rank, file");
        }
        int rank;
        try {
          rank = Integer.parseInt(r.get(1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(file + " line " + r.getRecordNumber()
              + ": the rank '" + r.get(1) + "' is not a number");
        }
        byRank.computeIfAbsent(r.get(0), q -> new TreeMap<>()).put(rank, fileName(r.get(2)));
      }
    }
    Map<String, List<String>> rankings = new HashMap<>();
    byRank.forEach((q, ranks) -> rankings.put(q, new ArrayList<>(ranks.values())));
    String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
    return new SearchRun(name, rankings);
  }

  /** A posting's file name, whatever folder it was indexed from. */
  public static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
