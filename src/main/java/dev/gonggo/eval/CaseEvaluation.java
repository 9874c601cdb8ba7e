package dev.gonggo.eval;

import dev.gonggo.classify.CaseVerdict;
import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.Cases;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.LearnedModel;
import dev.gonggo.classify.ZeroLabelModel;
import java.io.PrintWriter;
import dev.gonggo.company.SizeTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The case part of {@code gonggo eval}: the majority-class baseline, the zero-label model, and the
 * learned model cross-validated (k folds, stratified by case, each fold trained on the others), all
 * on the same labelled postings; then the zero-label model's first step alone, the company's size
 * tier, against the gold size (a gold file's size column, else the tier of the gold case), and the
 * calibration of both.
 */
public final class CaseEvaluation {

  private static final List<String> TIERS =
      Arrays.stream(SizeTier.values()).map(SizeTier::id).toList();
  private static final Set<String> SURE = Set.of("high", "medium");

  private final List<LabelledPosting> labelled;
  private final Map<String, String> sizes;
  private final Map<String, String> confidences;

  public CaseEvaluation(List<LabelledPosting> labelled) {
    this(labelled, Map.of(), Map.of());
  }

  /**
   * @param sizes the gold size tier by file, where the gold file gives one
   * @param confidences the labeller's confidence in the case by file (high, medium, low)
   */
  public CaseEvaluation(List<LabelledPosting> labelled, Map<String, String> sizes,
      Map<String, String> confidences) {
    this.labelled = List.copyOf(labelled);
    this.sizes = Map.copyOf(sizes);
    this.confidences = Map.copyOf(confidences);
  }

  /** Predicts the most frequent case of the labels, for every posting. */
  public CaseScore majority() {
    CaseScore score = new CaseScore("majority baseline");
    String majority = mostFrequent(labelled);
    labelled.forEach(lp -> score.add(lp.file(), lp.caseId(), majority, 1, false));
    return score;
  }

  public CaseScore zeroLabel(ZeroLabelModel model) {
    return zeroLabel(model, lp -> true, "zero-label (notes)");
  }

  /** The zero-label model on the postings whose case the labeller was sure of (high or medium). */
  public CaseScore zeroLabelOnSureLabels(ZeroLabelModel model) {
    return zeroLabel(model, lp -> SURE.contains(confidences.get(lp.file())),
        "zero-label, high/medium labels");
  }

  private CaseScore zeroLabel(ZeroLabelModel model, Predicate<LabelledPosting> which, String name) {
    CaseScore score = new CaseScore(name);
    for (LabelledPosting lp : labelled) {
      if (which.test(lp)) {
        CaseVerdict v = model.classify(lp.features());
        score.add(lp.file(), lp.caseId(), v.caseId(), v.confidence(), v.weak());
      }
    }
    return score;
  }

  /**
   * The zero-label model's size tier against the gold size: the gold file's size column where it
   * has one, else the tier of the gold case. With {@code sizedOnly}, only the postings where
   * something (the register or the text) spoke for the size.
   */
  public CaseScore sizeTier(ZeroLabelModel model, boolean sizedOnly) {
    CaseScore score = new CaseScore(sizedOnly ? "size tier, where sized" : "size tier",
        TIERS);
    for (LabelledPosting lp : labelled) {
      String gold = sizes.getOrDefault(lp.file(), SizeTier.ofCase(lp.caseId()).id());
      CaseVerdict v = model.classify(lp.features());
      CaseVerdict.Steps steps = v.steps();
      if (sizedOnly && !steps.sized()) {
        continue;
      }
      score.add(lp.file(), gold, steps.tier(), steps.tierConfidence(), !steps.sized());
    }
    return score;
  }

  /** The learned model, each posting judged by a model trained on the other folds. */
  public CaseScore crossValidated(CaseWeights notes, int folds) {
    CaseScore score = new CaseScore("learned, " + folds + "-fold CV");
    List<List<LabelledPosting>> parts = folds(folds);
    for (int k = 0; k < parts.size(); k++) {
      List<LabelledPosting> train = new ArrayList<>();
      for (int j = 0; j < parts.size(); j++) {
        if (j != k) {
          train.addAll(parts.get(j));
        }
      }
      LearnedModel model = LearnedModel.train(notes, train);
      for (LabelledPosting lp : parts.get(k)) {
        CaseVerdict v = model.classify(lp.features());
        score.add(lp.file(), lp.caseId(), v.caseId(), v.confidence(), v.weak());
      }
    }
    return score;
  }

  /** The majority baseline cross-validated the same way: the majority of each training part. */
  public CaseScore majorityCrossValidated(int folds) {
    CaseScore score = new CaseScore("majority, " + folds + "-fold");
    List<List<LabelledPosting>> parts = folds(folds);
    for (int k = 0; k < parts.size(); k++) {
      List<LabelledPosting> train = new ArrayList<>();
      for (int j = 0; j < parts.size(); j++) {
        if (j != k) {
          train.addAll(parts.get(j));
        }
      }
      String majority = mostFrequent(train);
      parts.get(k).forEach(lp -> score.add(lp.file(), lp.caseId(), majority, 1, false));
    }
    return score;
  }

  /** Stratified folds: postings sorted by case then file, dealt round-robin, so runs repeat. */
  List<List<LabelledPosting>> folds(int folds) {
    List<LabelledPosting> sorted = new ArrayList<>(labelled);
    sorted.sort(Comparator.comparing((LabelledPosting lp) -> Cases.IDS.indexOf(lp.caseId()))
        .thenComparing(LabelledPosting::file));
    List<List<LabelledPosting>> parts = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < sorted.size(); i++) {
      parts.get(i % folds).add(sorted.get(i));
    }
    return parts;
  }

  private static String mostFrequent(List<LabelledPosting> labelled) {
    Map<String, Integer> counts = new HashMap<>();
    labelled.forEach(lp -> counts.merge(lp.caseId(), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("startup");
  }

  /** The whole case report. */
  public void print(PrintWriter out, ZeroLabelModel zeroLabel, CaseWeights notes, int folds,
      boolean misses) {
    out.println();
    out.println("case (" + labelled.size() + " postings with a gold case)");
    CaseScore majority = majority();
    CaseScore zero = zeroLabel(zeroLabel);
    majority.printSummary(out);
    zero.printSummary(out);
    CaseScore cv = null;
    if (folds > 1) {
      majorityCrossValidated(folds).printSummary(out);
      cv = crossValidated(notes, folds);
      cv.printSummary(out);
    }
    if (!confidences.isEmpty()) {
      zeroLabelOnSureLabels(zeroLabel).printSummary(out);
    }
    zero.printConfusion(out);
    zero.printConfidenceBands(out);
    zero.printCalibration(out);
    if (cv != null) {
      cv.printConfusion(out);
    }
    out.println();
    long gold = labelled.stream().filter(lp -> sizes.containsKey(lp.file())).count();
    out.println("size tier (" + labelled.size() + " postings; gold tier from the size column for "
        + gold + ", from the gold case for the rest)");
    CaseScore size = sizeTier(zeroLabel, false);
    size.printSummary(out);
    sizeTier(zeroLabel, true).printSummary(out);
    size.printConfusion(out);
    size.printCalibration(out);
    if (misses) {
      out.println("case misses (" + zero.name() + "):");
      zero.misses().forEach(m -> out.println("  " + m));
      out.println("size misses (" + size.name() + "):");
      size.misses().forEach(m -> out.println("  " + m));
    }
  }
}
