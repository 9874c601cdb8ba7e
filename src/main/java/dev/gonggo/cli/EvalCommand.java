package dev.gonggo.cli;

import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.eval.CaseEvaluation;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.eval.GoldFile;
import dev.gonggo.eval.GoldLabel;
import dev.gonggo.eval.SkillScore;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonggo eval}: scores gonggo against a gold file of labelled postings. */
@Command(
    name = "eval",
    header = "Score the analysis against labelled postings.",
    description = {
        "Reads GOLD (tab-separated: file, required, preferred, min_years, case), analyses each",
        "posting it names, and prints skill precision/recall/F1 (skills gonggo places under",
        "required or preferred), required/preferred agreement and years accuracy; then the case:",
        "accuracy, macro-F1 and confusion of the zero-label model beside the majority baseline and",
        "the learned model cross-validated (--folds); then the misses."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file.")
  Path gold;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "Where the postings named in GOLD are. Default: ${DEFAULT-VALUE}.")
  Path corpus;

  @Option(names = "--no-misses", description = "Print the scores only.")
  boolean noMisses;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Cross-validate the learned case model over K folds (0: skip). Default: ${DEFAULT-VALUE}.")
  int folds;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) {
      throw new UserError("no gold file at " + gold);
    }
    if (!Files.isDirectory(corpus)) {
      throw new UserError("no corpus folder at " + corpus + " (set it with --corpus)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr(), options.verbose());
    List<GoldLabel> labels = GoldFile.read(gold);
    PostingPipeline pipeline = new PostingPipeline(taxonomy.load());
    SkillScore skills = new SkillScore();
    List<LabelledPosting> cases = new ArrayList<>();
    try (PostingExtractor extractor = PostingExtractor.isolated(ExtractionLimits.DEFAULT)) {
      for (GoldLabel label : labels) {
        Path file = corpus.resolve(label.file());
        Extraction e = extractor.extract(file);
        reporter.warnIfRepaired(e);
        if (!e.ok()) {
          reporter.skipped(file, e.error(), e.cause());
          continue;
        }
        Posting posting = pipeline.analyze(e);
        skills.add(label, posting);
        if (label.caseId() != null) {
          cases.add(new LabelledPosting(label.file(), label.caseId(),
              pipeline.caseFeatures(posting.text(), posting.skills())));
        }
      }
    }
    out.printf(Locale.ROOT, "postings            %d%n", skills.postings());
    out.printf(Locale.ROOT, "skill precision     %.3f%n", skills.precision());
    out.printf(Locale.ROOT, "skill recall        %.3f%n", skills.recall());
    out.printf(Locale.ROOT, "skill F1            %.3f%n", skills.f1());
    out.printf(Locale.ROOT, "required/preferred  %.3f%n", skills.agreement());
    out.printf(Locale.ROOT, "years accuracy      %.3f%n", skills.yearsAccuracy());
    new CaseEvaluation(cases).print(out, ZeroLabelModel.builtIn(), CaseWeights.builtIn(), folds,
        !noMisses);
    if (!noMisses && !skills.misses().isEmpty()) {
      out.println();
      out.println("misses (file, kind, detail):");
      skills.misses().forEach(m -> out.println("  " + m));
    }
    return reporter.exitCode();
  }
}
