package dev.gonggo.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.LearnedModel;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case models on the gold file's labelled corpus postings (skipped without ../shared). The
 * floors are the measured scores less a small margin, so a change that loses accuracy fails.
 */
class CaseGoldTest {

  private static List<LabelledPosting> labelled;

  @BeforeAll
  static void analyseGold() throws Exception {
    Corpus.dir();
    PostingPipeline pipeline = new PostingPipeline();
    labelled = new ArrayList<>();
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (GoldLabel label : GoldFile.read(Path.of("src/test/resources/gold/postings.tsv"))) {
        if (label.caseId() == null) {
          continue;
        }
        Extraction e = extractor.extract(Corpus.file(label.file()));
        Posting p = pipeline.analyze(e);
        labelled.add(new LabelledPosting(label.file(), label.caseId(),
            pipeline.caseFeatures(p.text(), p.skills())));
      }
    }
  }

  @Test
  void learnedModelFitsTheGold() {
    LearnedModel model = LearnedModel.train(CaseWeights.builtIn(), labelled);
    CaseScore inSample = new CaseScore("learned, in-sample");
    for (LabelledPosting lp : labelled) {
      var v = model.classify(lp.features());
      inSample.add(lp.file(), lp.caseId(), v.caseId(), v.confidence(), v.weak());
    }
    assertTrue(inSample.accuracy() >= 0.75, "accuracy " + inSample.accuracy());
    assertTrue(inSample.macroF1() >= 0.65, "macro-F1 " + inSample.macroF1());
  }

  @Test
  void crossValidatedLearnedModelBeatsTheBaseline() {
    CaseEvaluation eval = new CaseEvaluation(labelled);
    CaseScore cv = eval.crossValidated(CaseWeights.builtIn(), 5);
    assertTrue(cv.accuracy() >= 0.66, "accuracy " + cv.accuracy());
    assertTrue(cv.macroF1() >= 0.62, "macro-F1 " + cv.macroF1());
    assertTrue(cv.accuracy() > eval.majority().accuracy() + 0.15);
  }

  @Test
  void zeroLabelModelBeatsTheBaseline() {
    CaseEvaluation eval = new CaseEvaluation(labelled);
    CaseScore zero = eval.zeroLabel(ZeroLabelModel.builtIn());
    // Measured 0.748 accuracy, 0.722 macro-F1 and 0.848 on non-weak verdicts (111 postings).
    assertTrue(zero.accuracy() >= 0.73, "accuracy " + zero.accuracy());
    assertTrue(zero.macroF1() >= 0.70, "macro-F1 " + zero.macroF1());
    assertTrue(zero.accuracy() > eval.majority().accuracy() + 0.25);
    // The weak flag is honest: verdicts not flagged weak are right more often than all of them.
    assertTrue(zero.confidentAccuracy() >= 0.82, "non-weak accuracy " + zero.confidentAccuracy());
  }
}
