package dev.gonggo.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of the classifier's built-in data files: tab-separated, # comments, a header line. */
final class Tsv {

  private Tsv() {}

  /** The rows after the header, each split on tabs, with at least {@code columns} fields. */
  static List<String[]> rows(String resource, int columns) {
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing built-in data file " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < columns) {
          throw new IllegalStateException(resource + " line " + n + ": expected " + columns
              + " tab-separated columns");
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
