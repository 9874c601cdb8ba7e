package dev.gonggo.classify;

import dev.gonggo.company.SizeTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's summed weights for one posting, and what each cue added: turned into probabilities by
 * softmax and into a verdict whose evidence is the cues that weighed, either over the five cases
 * at once or in two steps, the size tier first and the case within it.
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
    return softmax(logits, new LinkedHashMap<>());
  }

  /** The softmax of logits, put into {@code into} in their order (shifted by the largest: no overflow). */
  static <K> Map<K, Double> softmax(Map<K, Double> logits, Map<K, Double> into) {
    double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double sum = 0;
    for (var e : logits.entrySet()) {
      double x = Math.exp(e.getValue() - max);
      into.put(e.getKey(), x);
      sum += x;
    }
    double total = sum;
    into.replaceAll((k, x) -> x / total);
    return into;
  }

  CaseVerdict verdict(List<CaseVerdict.Neighbour> neighbours) {
    Map<String, Double> p = probabilities();
    String best = p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<CaseVerdict.Evidence> evidence = new ArrayList<>(caseEvidence(best));
    evidence.sort(Comparator.comparing((CaseVerdict.Evidence e) -> !e.caseId().equals(best))
        .thenComparing(e -> -e.weight()));
    boolean weak = p.get(best) < WEAK_BELOW || contributions.size() < MIN_CUES;
    return new CaseVerdict(best, p.get(best), p, List.copyOf(evidence), weak, neighbours);
  }

  /** Each cue that weighed, with the chosen case where it weighs most for it, else its top case. */
  private List<CaseVerdict.Evidence> caseEvidence(String best) {
    List<CaseVerdict.Evidence> evidence = new ArrayList<>();
    for (Contribution c : contributions) {
      var top = c.byCase.entrySet().stream().max(Comparator.comparingDouble(
          (Map.Entry<String, Double> e) -> e.getValue())
          .thenComparing(e -> e.getKey().equals(best))).orElseThrow();
      String caseId = c.byCase.getOrDefault(best, 0.0) >= top.getValue() ? best : top.getKey();
      evidence.add(new CaseVerdict.Evidence(c.cue.text(), c.cue.start(), c.cue.end(), caseId,
          c.byCase.get(caseId)));
    }
    return evidence;
  }

  /**
   * The verdict in two steps, as the notes divide the cases: first the company's size tier, then
   * what the job works on within it. A tier's probability is the mean of its cases' softmax
   * weights, normalised over the tiers: the prior is per case, so a sum would give large and
   * midsize (two cases each) twice startup's share before any cue is read. Within the tier a case's
   * probability is its share of the tier's; a case's score is its tier's probability times that.
   * The verdict is weak when either step is below {@link #WEAK_BELOW}, when the five cases weighed
   * at once give the chosen one less than that, or when too few cues spoke.
   *
   * @param sizeEvidence what the register and the text say of the company's size (steps
   *     "register" and "size", labelled with a tier), shown for the size step
   * @param sized whether anything but the prior spoke for the size
   */
  CaseVerdict tierFirstVerdict(List<CaseVerdict.Neighbour> neighbours,
      List<CaseVerdict.Evidence> sizeEvidence, boolean sized) {
    Map<String, Double> p = probabilities();
    Map<SizeTier, Double> tierP = new EnumMap<>(SizeTier.class);
    for (SizeTier t : SizeTier.values()) {
      tierP.put(t, casesOf(t).stream().mapToDouble(p::get).average().orElse(0));
    }
    double total = tierP.values().stream().mapToDouble(Double::doubleValue).sum();
    tierP.replaceAll((t, x) -> x / total);
    // On a tie the larger tier, as the tier step of the register and the text does.
    SizeTier tier = tierP.entrySet().stream().max(Map.Entry.<SizeTier, Double>comparingByValue()
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String id : Cases.IDS) {
      SizeTier t = SizeTier.ofCase(id);
      double within = casesOf(t).stream().mapToDouble(p::get).sum();
      scores.put(id, tierP.get(t) * p.get(id) / within);
    }
    List<String> candidates = casesOf(tier);
    String best = candidates.stream().max(Comparator.comparingDouble(p::get)).orElseThrow();
    double tierSum = candidates.stream().mapToDouble(p::get).sum();
    String leaning = null;
    Map<String, Double> leanings = new LinkedHashMap<>();
    if (candidates.size() > 1) {
      for (String id : candidates) {
        leanings.put(leaningOf(id), p.get(id) / tierSum);
      }
      leaning = leaningOf(best);
    }
    Map<String, Double> tiers = new LinkedHashMap<>();
    tierP.forEach((t, x) -> tiers.put(t.id(), x));
    CaseVerdict.Steps steps = new CaseVerdict.Steps(tier.id(), tiers, leaning, leanings, sized);
    boolean weak = steps.tierConfidence() < WEAK_BELOW || steps.leaningConfidence() < WEAK_BELOW
        || p.get(best) < WEAK_BELOW || contributions.size() < MIN_CUES;
    return new CaseVerdict(best, scores.get(best), scores,
        tierFirstEvidence(sizeEvidence, tier, best, leaning, scores), weak, neighbours, steps);
  }

  /**
   * The evidence of both steps, the verdict's first: the size cues for its tier, the cues that
   * tell its case from the other of the tier (step "orientation", weighed by how far they set the
   * two apart), the cues for its case as the five cases weigh them; then the rest, each by weight.
   */
  private List<CaseVerdict.Evidence> tierFirstEvidence(List<CaseVerdict.Evidence> sizeEvidence,
      SizeTier tier, String best, String leaning, Map<String, Double> scores) {
    List<CaseVerdict.Evidence> out = new ArrayList<>();
    for (CaseVerdict.Evidence e : sizeEvidence) {
      SizeTier t = SizeTier.fromId(e.label());
      String forCase = t == tier ? best
          : casesOf(t).stream().max(Comparator.comparingDouble(scores::get)).orElseThrow();
      out.add(new CaseVerdict.Evidence(e.text(), e.start(), e.end(), forCase, e.weight(), e.step(),
          e.label()));
    }
    List<String> pair = casesOf(tier);
    if (pair.size() == 2) {
      for (Contribution c : contributions) {
        double apart = c.byCase.getOrDefault(pair.get(0), 0.0)
            - c.byCase.getOrDefault(pair.get(1), 0.0);
        if (apart != 0) {
          String forCase = pair.get(apart > 0 ? 0 : 1);
          out.add(new CaseVerdict.Evidence(c.cue.text(), c.cue.start(), c.cue.end(), forCase,
              Math.abs(apart), "orientation", leaningOf(forCase)));
        }
      }
    }
    out.addAll(caseEvidence(best));
    List<String> order = List.of("register", "size", "orientation", "case");
    out.sort(Comparator.comparing((CaseVerdict.Evidence e) -> !supports(e, tier, best, leaning))
        .thenComparing(e -> order.indexOf(e.step()))
        .thenComparing(e -> -e.weight()));
    return List.copyOf(out);
  }

  private static boolean supports(CaseVerdict.Evidence e, SizeTier tier, String best,
      String leaning) {
    return switch (e.step()) {
      case "register", "size" -> e.label().equals(tier.id());
      case "orientation" -> e.label().equals(leaning);
      default -> e.caseId().equals(best);
    };
  }

  private static List<String> casesOf(SizeTier tier) {
    return Cases.IDS.stream().filter(id -> SizeTier.ofCase(id) == tier).toList();
  }

  /** The leaning of a case within its tier (platform, service, buildout, mature). */
  private static String leaningOf(String caseId) {
    return TieredWeights.CASE_OF_LEANING.entrySet().stream()
        .filter(e -> e.getValue().equals(caseId)).map(Map.Entry::getKey).findFirst()
        .orElseThrow();
  }
}
