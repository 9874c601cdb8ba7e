package dev.gonggo.classify;

import java.util.List;

/**
 * The case model that needs no labels: the prior plus the weights the notes give each cue found
 * (company size and stage, duties' wording, skill mix), summed per case, softmax for probabilities.
 * The company's size is what companies.tsv knows of it, else the register, else what the text says
 * ({@link CueFinder}). The case is decided in two steps ({@link CaseLogits#tierFirstVerdict}): the
 * size tier, then the case within it. The size step's evidence is what the register and the text
 * say of the company ({@link TieredModel}).
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
    CaseVerdict sizing = tiers.classify(features);
    List<CaseVerdict.Evidence> sizeEvidence = sizing.evidence().stream()
        .filter(e -> !e.step().equals("orientation")).toList();
    boolean sized = sizing.steps().sized()
        || features.cues().stream().anyMatch(c -> c.feature().startsWith("company:"));
    return logits(features).tierFirstVerdict(List.of(), sizeEvidence, sized);
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
