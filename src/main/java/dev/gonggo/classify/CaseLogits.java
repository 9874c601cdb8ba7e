package dev.gonggo.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's summed weights for one posting, and what each cue added: turned into probabilities by
 * softmax and into a verdict whose evidence is the cues that weighed.
 */
final class CaseLogits {

  /**
   * Below this top probability a verdict is weak. Picked on the gold file: verdicts under it were
   * right less than half the time (see the eval report's confidence table).
   */
  static final double WEAK_BELOW = 0.5;
  /** A verdict resting on fewer cues than this (prior aside) is weak whatever its probability. */
  static final int MIN_CUES = 2;

  private final Map<String, Double> logits = new LinkedHashMap<>();
  private final List<Contribution> contributions = new ArrayList<>();

  private record Contribution(Cue cue, Map<String, Double> byCase) {}

  CaseLogits() {
    Cases.IDS.forEach(id -> logits.put(id, 0.0));
  }

  void add(Map<String, Double> byCase) {
    byCase.forEach((id, w) -> logits.merge(id, w, Double::sum));
  }

  void add(Cue cue, Map<String, Double> byCase) {
    if (byCase.values().stream().allMatch(w -> w == 0)) {
      return;
    }
    add(byCase);
    contributions.add(new Contribution(cue, byCase));
  }

  Map<String, Double> probabilities() {
    double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Double> p = new LinkedHashMap<>();
    double sum = 0;
    for (var e : logits.entrySet()) {
      double x = Math.exp(e.getValue() - max);
      p.put(e.getKey(), x);
      sum += x;
    }
    double total = sum;
    p.replaceAll((id, x) -> x / total);
    return p;
  }

  CaseVerdict verdict(List<CaseVerdict.Neighbour> neighbours) {
    Map<String, Double> p = probabilities();
    String best = p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<CaseVerdict.Evidence> evidence = new ArrayList<>();
    for (Contribution c : contributions) {
      var top = c.byCase.entrySet().stream().max(Comparator.comparingDouble(
          (Map.Entry<String, Double> e) -> e.getValue())
          .thenComparing(e -> e.getKey().equals(best))).orElseThrow();
      String caseId = c.byCase.getOrDefault(best, 0.0) >= top.getValue() ? best : top.getKey();
      evidence.add(new CaseVerdict.Evidence(c.cue.text(), c.cue.start(), c.cue.end(), caseId,
          c.byCase.get(caseId)));
    }
    evidence.sort(Comparator.comparing((CaseVerdict.Evidence e) -> !e.caseId().equals(best))
        .thenComparing(e -> -e.weight()));
    boolean weak = p.get(best) < WEAK_BELOW || contributions.size() < MIN_CUES;
    return new CaseVerdict(best, p.get(best), p, List.copyOf(evidence), weak, neighbours);
  }
}
