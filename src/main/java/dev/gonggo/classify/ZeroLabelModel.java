package dev.gonggo.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The case model that needs no labels: the prior plus the weights the notes give each cue found
 * (company size and stage, duties' wording, skill mix), summed per case, softmax for probabilities.
 * The company's size is what the register knows of it, else what the text says
 * ({@link CueFinder}). Beside the case it gives the size tier and the job's leaning within it
 * ({@link TieredModel}) and their evidence, which do not decide the case.
 */
public final class ZeroLabelModel implements CaseClassifier {

  private final CaseWeights weights;
  private final TieredModel tiers;

  public ZeroLabelModel(CaseWeights weights, TieredModel tiers) {
    this.weights = weights;
    this.tiers = tiers;
  }

  public static ZeroLabelModel builtIn() {
    return new ZeroLabelModel(CaseWeights.builtIn(), TieredModel.builtIn());
  }

  @Override
  public CaseVerdict classify(CaseFeatures features) {
    CaseVerdict verdict = logits(features).verdict(List.of());
    CaseVerdict tiered = tiers.classify(features);
    List<CaseVerdict.Evidence> evidence = new ArrayList<>(verdict.evidence());
    tiered.evidence().stream().filter(e -> !e.step().equals("orientation")).forEach(evidence::add);
    return new CaseVerdict(verdict.caseId(), verdict.confidence(), verdict.scores(),
        List.copyOf(evidence), verdict.weak(), List.of(), tiered.steps());
  }

  CaseLogits logits(CaseFeatures features) {
    CaseLogits logits = new CaseLogits();
    logits.add(weights.prior());
    for (Cue cue : features.cues()) {
      logits.add(cue, weights.of(cue.feature()));
    }
    return logits;
  }
}
