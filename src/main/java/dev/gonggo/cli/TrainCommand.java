package dev.gonggo.cli;

import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.LearnedModel;
import dev.gonggo.classify.Posting;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.eval.CaseEvaluation;
import dev.gonggo.eval.CaseLabels;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonggo train}: learns the case model from the user's labelled postings. */
@Command(
    name = "train",
    header = "Learn the company-type case from your labelled postings.",
    description = {
        "Reads LABELS (one posting per line: file, then case, tab-separated; a gold file works too),",
        "analyses each posting, and fits corrections to the notes' case weights on them. The model",
        "is stored in the --model folder; 'gonggo classify' uses it from then on and shows the most",
        "similar labelled postings. Prints the cross-validated accuracy of the model it trained."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class TrainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "LABELS", description = "The labels file.")
  Path labelsFile;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Where the labelled files are. Default: the labels file's folder.")
  Path corpus;

  @Mixin
  CaseModelOption model;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(labelsFile)) {
      throw new UserError("no labels file at " + labelsFile);
    }
    List<CaseLabels.Label> labels;
    try {
      labels = CaseLabels.read(labelsFile);
    } catch (IllegalArgumentException e) {
      throw new UserError(labelsFile + ": " + e.getMessage());
    }
    Path base = corpus != null ? corpus : labelsFile.toAbsolutePath().getParent();
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr(), options.verbose());
    PostingPipeline pipeline = new PostingPipeline(taxonomy.load());
    List<LabelledPosting> labelled = new ArrayList<>();
    try (PostingExtractor extractor = PostingExtractor.isolated(ExtractionLimits.DEFAULT)) {
      for (CaseLabels.Label label : labels) {
        Path file = base.resolve(label.file());
        Extraction e = extractor.extract(file);
        reporter.warnIfRepaired(e);
        if (!e.ok()) {
          reporter.skipped(file, e.error(), e.cause());
          continue;
        }
        Posting p;
        try {
          p = pipeline.analyze(e, extractor.limits().timeout());
        } catch (AnalysisDeadline.Exceeded over) {
          reporter.skipped(file, over.getMessage(), null);
          continue;
        }
        labelled.add(new LabelledPosting(label.file(), label.caseId(),
            pipeline.caseFeatures(p.text(), p.skills())));
      }
    }
    if (labelled.isEmpty()) {
      throw new UserError("no labelled posting could be read");
    }
    LearnedModel learned = LearnedModel.train(CaseWeights.builtIn(), labelled);
    try {
      learned.save(model.dir);
    } catch (IOException e) {
      throw new UserError("cannot write the model to " + model.dir + ": " + e.getMessage());
    }
    out.println("trained on " + labelled.size() + " postings; model in "
        + model.dir.resolve(LearnedModel.FILE));
    int folds = Math.min(5, labelled.size());
    if (folds > 1) {
      new CaseEvaluation(labelled).crossValidated(CaseWeights.builtIn(), folds).printSummary(out);
    }
    return reporter.exitCode();
  }
}
