package dev.gonggo.classify;

import java.util.List;

/**
 * The case model that needs no labels: the prior plus the weights the notes give each cue found
 * (company size and stage, duties' wording, skill mix), summed per case, softmax for probabilities.
 */
public final class ZeroLabelModel implements CaseClassifier {

  private final CaseWeights weights;

  public ZeroLabelModel(CaseWeights weights) {
    this.weights = weights;
  }

  public static ZeroLabelModel builtIn() {
    return new ZeroLabelModel(CaseWeights.builtIn());
  }

  @Override
  public CaseVerdict classify(CaseFeatures features) {
    return logits(features).verdict(List.of());
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
