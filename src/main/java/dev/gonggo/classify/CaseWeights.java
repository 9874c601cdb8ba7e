package dev.gonggo.classify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The zero-label model's weights, built from the notes: feature → case → weight, from
 * case-cues.tsv (phrases) and case-weights.tsv (prior, company size, skill mix).
 */
public final class CaseWeights {

  static final String PRIOR = "prior";

  private final Map<String, Map<String, Double>> weights;

  private CaseWeights(Map<String, Map<String, Double>> weights) {
    this.weights = weights;
  }

  public static CaseWeights builtIn() {
    Map<String, Map<String, Double>> w = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/dev/gonggo/classify/case-cues.tsv", 4)) {
      put(w, CueFinder.phraseFeature(row[0]), row[1].strip(), row[2].strip());
    }
    for (String[] row : Tsv.rows("/dev/gonggo/classify/case-weights.tsv", 3)) {
      put(w, row[0].strip(), row[1].strip(), row[2].strip());
    }
    return new CaseWeights(w);
  }

  private static void put(Map<String, Map<String, Double>> w, String feature, String caseId,
      String weight) {
    if (!Cases.IDS.contains(caseId)) {
      throw new IllegalStateException("unknown case '" + caseId + "' for " + feature);
    }
    w.computeIfAbsent(feature, f -> new HashMap<>()).merge(caseId, Double.parseDouble(weight),
        Double::sum);
  }

  /** The weights of a feature by case; empty when it weighs for none. */
  public Map<String, Double> of(String feature) {
    return weights.getOrDefault(feature, Map.of());
  }

  public Map<String, Double> prior() {
    return of(PRIOR);
  }
}
