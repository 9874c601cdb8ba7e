package dev.gonggo.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notes' "what the work will really be like" for each case (case-descriptions.tsv). */
public final class CaseDescriptions {

  /** One line of a description: the Korean of the notes and its English gloss. */
  public record Line(String korean, String english) {}

  private static final Map<String, List<Line>> BY_CASE = load();

  private CaseDescriptions() {}

  private static Map<String, List<Line>> load() {
    Map<String, List<Line>> byCase = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/dev/gonggo/classify/case-descriptions.tsv", 4)) {
      byCase.computeIfAbsent(row[0].strip(), c -> new ArrayList<>()).add(new Line(row[2], row[3]));
    }
    return byCase;
  }

  public static List<Line> of(String caseId) {
    return BY_CASE.getOrDefault(caseId, List.of());
  }
}
