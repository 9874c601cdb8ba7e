package dev.gonggo.eval;

import dev.gonggo.classify.CaseVerdict;
import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.Cases;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.LearnedModel;
import dev.gonggo.classify.ZeroLabelModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case part of {@code gonggo eval}: the majority-class baseline, the zero-label model, and the
 * learned model cross-validated (k folds, stratified by case, each fold trained on the others), all
 * on the same labelled postings.
 */
public final class CaseEvaluation {

  private final List<LabelledPosting> labelled;

  public CaseEvaluation(List<LabelledPosting> labelled) {
    this.labelled = List.copyOf(labelled);
  }

  /** Predicts the most frequent case of the labels, for every posting. */
  public CaseScore majority() {
    CaseScore score = new CaseScore("majority baseline");
    String majority = mostFrequent(labelled);
    labelled.forEach(lp -> score.add(lp.file(), lp.caseId(), majority, 1, false));
    return score;
  }

  public CaseScore zeroLabel(ZeroLabelModel model) {
    CaseScore score = new CaseScore("zero-label (notes)");
    for (LabelledPosting lp : labelled) {
      CaseVerdict v = model.classify(lp.features());
      score.add(lp.file(), lp.caseId(), v.caseId(), v.confidence(), v.weak());
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
    zero.printConfusion(out);
    zero.printConfidenceBands(out);
    if (cv != null) {
      cv.printConfusion(out);
    }
    if (misses) {
      out.println("case misses (" + zero.name() + "):");
      zero.misses().forEach(m -> out.println("  " + m));
    }
  }
}
