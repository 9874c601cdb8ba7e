package dev.gonggo.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.LearnedModel;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case models on the gold files' labelled postings (skipped without ../shared). The floors are
 * the measured scores less a small margin, so a change that loses accuracy fails.
 *
 * <p>The zero-label model sizes a company by companies.tsv first, then by the public register
 * (FTC groups, KRX listings, NPS head counts), then by what the text says. gold/corpus2.tsv was
 * labelled blind by the size rubric of docs/labelling.md, with a size column.
 */
class CaseGoldTest {

  private static final Path CORPUS2 = Path.of("..", "shared", "corpus-2");

  private static List<LabelledPosting> labelled;
  private static List<LabelledPosting> second;
  private static final Map<String, String> SIZES = new HashMap<>();
  private static final Map<String, String> CONFIDENCES = new HashMap<>();

  @BeforeAll
  static void analyseGold() throws Exception {
    Corpus.dir();
    PostingPipeline pipeline = new PostingPipeline();
    try (PostingExtractor extractor = new PostingExtractor()) {
      labelled = read(pipeline, extractor, Path.of("src/test/resources/gold/postings.tsv"),
          Corpus.DIR);
      if (Files.isDirectory(CORPUS2)) {
        second = read(pipeline, extractor, Path.of("src/test/resources/gold/corpus2.tsv"), CORPUS2);
      }
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
      if (label.size() != null) {
        SIZES.put(label.file(), label.size());
      }
      if (label.caseConfidence() != null) {
        CONFIDENCES.put(label.file(), label.caseConfidence());
      }
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
    assertTrue(cv.accuracy() >= 0.66, "accuracy " + cv.accuracy());
    assertTrue(cv.macroF1() >= 0.62, "macro-F1 " + cv.macroF1());
    assertTrue(cv.accuracy() > eval.majority().accuracy() + 0.15);
  }

  @Test
  void zeroLabelModelBeatsTheBaseline() {
    CaseEvaluation eval = new CaseEvaluation(labelled);
    CaseScore zero = eval.zeroLabel(ZeroLabelModel.builtIn());
    // Measured 0.784 accuracy, 0.747 macro-F1 and 0.849 on non-weak verdicts (111 postings) with
    // the size tier decided first (0.784, 0.758, 0.851 over the five cases at once); the floors are
    // those of the model with companies.tsv alone (0.748, 0.722, 0.848).
    assertTrue(zero.accuracy() >= 0.73, "accuracy " + zero.accuracy());
    assertTrue(zero.macroF1() >= 0.70, "macro-F1 " + zero.macroF1());
    assertTrue(zero.accuracy() > eval.majority().accuracy() + 0.25);
    // The weak flag is honest: verdicts not flagged weak are right more often than all of them.
    assertTrue(zero.confidentAccuracy() >= 0.82, "non-weak accuracy " + zero.confidentAccuracy());
  }

  @Test
  void onTheSecondCorpusTheCaseAndTheSizeTierHold() {
    assumeTrue(second != null, "../shared/corpus-2 not found: skipping");
    CaseEvaluation eval = new CaseEvaluation(second, SIZES, CONFIDENCES);
    ZeroLabelModel model = ZeroLabelModel.builtIn();
    CaseScore zero = eval.zeroLabel(model);
    CaseScore sure = eval.zeroLabelOnSureLabels(model);
    CaseScore size = eval.sizeTier(model, false);
    // Measured 0.714 case accuracy, 0.757 where the label is of high or medium confidence, 0.857
    // size tier (105 postings; 0.800 from the register and the text alone, before the tier was
    // decided from the five cases' weights); the first look, before these changes, was 0.673 on
    // the case.
    assertTrue(zero.accuracy() >= 0.66, "case accuracy " + zero.accuracy());
    assertTrue(sure.accuracy() >= 0.74, "case accuracy on high/medium labels " + sure.accuracy());
    assertTrue(size.accuracy() >= 0.83, "size tier accuracy " + size.accuracy());
    assertTrue(size.confidentAccuracy() >= 0.88, "size tier where sized " + size.confidentAccuracy());
  }
}
