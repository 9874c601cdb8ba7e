package dev.gonggo.classify;

import dev.gonggo.company.SizeTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The size tier of a posting's company and the job's leaning within it, in two steps as the notes
 * divide the cases, from size-cues.tsv and orientation-cues.tsv alone. {@link ZeroLabelModel} takes
 * its size evidence (the register's facts, the text's cues) and whether anything spoke for the size;
 * {@link CueFinder} its tier for a company neither companies.tsv nor the register knows. Its own
 * verdict is not the case: deciding by it measured less accurate than deciding the tier, then the
 * case, from the five cases' weights ({@link CaseLogits#tierFirstVerdict}). First the
 * company's size tier (large, midsize, small): a prior plus the weights of size-cues.tsv for each
 * cue found (the register's facts first, then what the text says of the company), softmax for
 * probabilities. Then, within that tier, what the job works on: at a large company the
 * company-wide platform or one service, at a mid-size one building the platform or maturing it
 * (orientation-cues.tsv: the title, the duties, the skill mix), a logistic choice between the two.
 * A case's probability is its tier's times its leaning's. The verdict is weak when either step is
 * unsure, or when nothing but the prior spoke for the size.
 */
public final class TieredModel implements CaseClassifier {

  /** Below this probability of its tier a verdict is weak. */
  static final double WEAK_TIER = 0.6;
  /** Below this probability of its leaning within the tier a verdict is weak. */
  static final double WEAK_LEANING = 0.6;

  private final TieredWeights weights;

  public TieredModel(TieredWeights weights) {
    this.weights = weights;
  }

  public static TieredModel builtIn() {
    return new TieredModel(TieredWeights.builtIn());
  }

  /** What one cue added, in one step. */
  private record Contribution(Cue cue, String step, String label, double weight) {

    boolean sizes() {
      return !step.equals("orientation");
    }
  }

  @Override
  public CaseVerdict classify(CaseFeatures features) {
    Map<SizeTier, Double> tierLogits = new EnumMap<>(SizeTier.class);
    for (SizeTier t : SizeTier.values()) {
      tierLogits.put(t, weights.prior().getOrDefault(t, 0.0));
    }
    Map<String, Double> leaningLogits = new LinkedHashMap<>();
    TieredWeights.CASE_OF_LEANING.keySet().forEach(l -> leaningLogits.put(l, 0.0));
    weights.bias().forEach((l, w) -> leaningLogits.merge(l, w, Double::sum));
    List<Contribution> contributions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean sized = false;
    for (Cue cue : features.cues()) {
      if (!seen.add(cue.feature())) {
        continue;
      }
      Map<SizeTier, Double> size = weights.size(cue.feature());
      if (!size.isEmpty()) {
        sized = true;
        size.forEach((t, w) -> tierLogits.merge(t, w, Double::sum));
        var top = size.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getValue() > 0) {
          contributions.add(new Contribution(cue, fromRegister(cue) ? "register" : "size",
              top.getKey().id(), top.getValue()));
        }
      }
      Map<String, Double> orientation = weights.orientation(cue.feature());
      orientation.forEach((l, w) -> {
        leaningLogits.merge(l, w, Double::sum);
        contributions.add(new Contribution(cue, "orientation", l, w));
      });
    }
    Map<SizeTier, Double> tierP = softmax(tierLogits);
    // On a tie the larger tier: the prior favours small, so a tie comes only where cues against
    // small outweighed it.
    SizeTier tier = tierP.entrySet().stream().max(Map.Entry.<SizeTier, Double>comparingByValue()
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    Map<String, Double> scores = new LinkedHashMap<>();
    Cases.IDS.forEach(id -> scores.put(id, 0.0));
    Map<String, Double> chosenLeanings = Map.of();
    String leaning = null;
    for (var pair : TieredWeights.LEANINGS.entrySet()) {
      String yes = pair.getValue().get(0);
      String no = pair.getValue().get(1);
      double pYes = 1 / (1 + Math.exp(-(leaningLogits.get(yes) - leaningLogits.get(no))));
      double pTier = tierP.get(pair.getKey());
      scores.put(TieredWeights.CASE_OF_LEANING.get(yes), pTier * pYes);
      scores.put(TieredWeights.CASE_OF_LEANING.get(no), pTier * (1 - pYes));
      if (pair.getKey() == tier) {
        leaning = pYes >= 0.5 ? yes : no;
        chosenLeanings = new LinkedHashMap<>();
        chosenLeanings.put(yes, pYes);
        chosenLeanings.put(no, 1 - pYes);
      }
    }
    scores.put("startup", tierP.get(SizeTier.SMALL));
    String caseId = leaning == null ? "startup" : TieredWeights.CASE_OF_LEANING.get(leaning);
    Map<String, Double> tiers = new LinkedHashMap<>();
    tierP.forEach((t, p) -> tiers.put(t.id(), p));
    CaseVerdict.Steps steps = new CaseVerdict.Steps(tier.id(), tiers, leaning, chosenLeanings, sized);
    boolean weak = !sized || steps.tierConfidence() < WEAK_TIER
        || steps.leaningConfidence() < WEAK_LEANING;
    return new CaseVerdict(caseId, scores.get(caseId), scores,
        evidence(contributions, tier, leaning, caseId, scores), weak, List.of(), steps);
  }

  /**
   * The cues that weighed, those for the verdict first: size cues for its tier, then leaning cues
   * for its leaning, each by weight; then the rest. A size cue for another tier is shown with that
   * tier's likelier case, a leaning cue with the case it leans to.
   */
  private static List<CaseVerdict.Evidence> evidence(List<Contribution> contributions,
      SizeTier tier, String leaning, String caseId, Map<String, Double> scores) {
    List<CaseVerdict.Evidence> out = new ArrayList<>();
    List<Contribution> sorted = new ArrayList<>(contributions);
    sorted.sort(Comparator.comparing((Contribution c) -> !supports(c, tier, leaning))
        .thenComparing(c -> !c.sizes())
        .thenComparing(c -> -c.weight));
    for (Contribution c : sorted) {
      if (c.weight <= 0) {
        continue;
      }
      String forCase;
      if (c.sizes()) {
        SizeTier t = SizeTier.fromId(c.label);
        forCase = t == tier ? caseId : Cases.IDS.stream().filter(id -> SizeTier.ofCase(id) == t)
            .max(Comparator.comparingDouble(scores::get)).orElseThrow();
      } else {
        forCase = TieredWeights.CASE_OF_LEANING.get(c.label);
      }
      out.add(new CaseVerdict.Evidence(c.cue.text(), c.cue.start(), c.cue.end(), forCase,
          c.weight, c.step, c.label));
    }
    return List.copyOf(out);
  }

  private static boolean supports(Contribution c, SizeTier tier, String leaning) {
    return c.sizes() ? c.label.equals(tier.id()) : c.label.equals(leaning);
  }

  /** A cue of what the register knows, not of what the text says. */
  private static boolean fromRegister(Cue cue) {
    return cue.feature().startsWith("register:") || cue.feature().startsWith("affiliate:");
  }

  private static Map<SizeTier, Double> softmax(Map<SizeTier, Double> logits) {
    return CaseLogits.softmax(logits, new EnumMap<>(SizeTier.class));
  }
}
