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
 * The case models on the gold files' labelled postings (skipped without ../shared). The floors are
 * the measured scores less a small margin, so a change that loses accuracy fails.
 *
 * <p>The zero-label model sizes a company from public registers first (FTC groups, KRX listings,
 * NPS head counts). The labels of gold/postings.tsv were made before the size rubric of
 * docs/labelling.md, and in ten of its postings they and the registers disagree (seven companies
 * labelled mid-size have under 300 NPS members, two labelled mid-size are affiliates of an FTC
 * group, one labelled large is a KOSDAQ company under 1,000 members); its floors are those of the
 * register-based model.
 */
class CaseGoldTest {

  private static List<LabelledPosting> labelled;

  @BeforeAll
  static void analyseGold() throws Exception {
    Corpus.dir();
    PostingPipeline pipeline = new PostingPipeline();
    try (PostingExtractor extractor = new PostingExtractor()) {
      labelled = read(pipeline, extractor, Path.of("src/test/resources/gold/postings.tsv"),
          Corpus.DIR);
    }
  }

  private static List<LabelledPosting> read(PostingPipeline pipeline, PostingExtractor extractor,
      Path gold, Path corpus) throws Exception {
    List<LabelledPosting> out = new ArrayList<>();
    for (GoldLabel label : GoldFile.read(gold)) {
      if (label.caseId() == null) {
        continue;
      }
      Extraction e = extractor.extract(corpus.resolve(label.file()));
      Posting p = pipeline.analyze(e);
      out.add(new LabelledPosting(label.file(), label.caseId(),
          pipeline.caseFeatures(p.text(), p.skills())));
    }
    return out;
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
    // Measured 0.613 accuracy, 0.584 macro-F1 (111 postings).
    assertTrue(cv.accuracy() >= 0.59, "accuracy " + cv.accuracy());
    assertTrue(cv.macroF1() >= 0.56, "macro-F1 " + cv.macroF1());
    assertTrue(cv.accuracy() > eval.majority().accuracy() + 0.15);
  }

  @Test
  void zeroLabelModelBeatsTheBaseline() {
    CaseEvaluation eval = new CaseEvaluation(labelled);
    CaseScore zero = eval.zeroLabel(ZeroLabelModel.builtIn());
    // Measured 0.577 accuracy, 0.451 macro-F1 and 0.667 on non-weak verdicts (111 postings).
    assertTrue(zero.accuracy() >= 0.56, "accuracy " + zero.accuracy());
    assertTrue(zero.macroF1() >= 0.43, "macro-F1 " + zero.macroF1());
    assertTrue(zero.accuracy() > eval.majority().accuracy() + 0.10);
    // The weak flag is honest: verdicts not flagged weak are right more often than all of them.
    assertTrue(zero.confidentAccuracy() >= zero.accuracy() + 0.07,
        "non-weak accuracy " + zero.confidentAccuracy());
  }
}
