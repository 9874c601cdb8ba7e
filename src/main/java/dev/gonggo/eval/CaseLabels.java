package dev.gonggo.eval;

import dev.gonggo.classify.Cases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a user's case labels: one posting per line, its file then its case, tab-separated; an
 * optional header; # comments. A gold file (file, required, preferred, min_years, case) reads too:
 * the case is the last column. Lines whose case is "-" are left out.
 */
public final class CaseLabels {

  /** A file and the case a person gave it. */
  public record Label(String file, String caseId) {}

  private CaseLabels() {}

  public static List<Label> read(Path file) throws IOException {
    List<Label> labels = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String caseId = fields[fields.length - 1].strip();
      if (fields.length < 2 || caseId.equals("case") && fields[0].strip().equals("file")) {
        continue;
      }
      if (caseId.equals("-") || caseId.isEmpty()) {
        continue;
      }
      if (!Cases.IDS.contains(caseId)) {
        throw new IllegalArgumentException("line " + n + ": unknown case '" + caseId
            + "' (one of " + String.join(", ", Cases.IDS) + ")");
      }
      labels.add(new Label(fields[0].strip(), caseId));
    }
    return labels;
  }
}
