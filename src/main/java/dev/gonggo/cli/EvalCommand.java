package dev.gonggo.cli;

import dev.gonggo.classify.CaseWeights;
import dev.gonggo.classify.LabelledPosting;
import dev.gonggo.classify.Posting;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.company.CompanyRegister;
import dev.gonggo.eval.CaseEvaluation;
import dev.gonggo.eval.CompanyScore;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.eval.GoldFile;
import dev.gonggo.eval.GoldLabel;
import dev.gonggo.eval.KeyTermScore;
import dev.gonggo.eval.MatchEvaluation;
import dev.gonggo.eval.MatchGrades;
import dev.gonggo.match.FitRanking;
import dev.gonggo.match.FitScore;
import dev.gonggo.skills.SkillRelations;
import dev.gonggo.eval.SkillScore;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.index.IndexFrequencies;
import dev.gonggo.skills.BackgroundFrequencies;
import dev.gonggo.skills.DocumentFrequencies;
import dev.gonggo.skills.Keyword;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        "required or preferred), required/preferred agreement and years accuracy, for the tools",
        "only (products, languages, frameworks, services) and for every kind of skill; where GOLD",
        "has a company column, how often gonggo finds that company; then the case: accuracy,",
        "macro-F1 and confusion of the zero-label model beside the majority baseline and the",
        "learned model cross-validated (--folds); the size tier of the company (the gold file's",
        "size column, else the tier of the gold case) with its confusion; calibration of both (a",
        "reliability table and the expected calibration error); then the misses.",
        "With --predictions, scores a saved 'classify --format json' output instead of analysing.",
        "A GOLD of key terms (columns file, wanted, good) scores the key terms instead:",
        "precision@5, precision@10, the recall of the wanted terms in the first ten, and of the",
        "first five wanted (best first) in the first ten, rarity judged against --index when",
        "given; --predictions then takes 'keywords --format json'.",
        "A GOLD of graded profiles (profile, file, grade 0-3) scores gonggo match instead: NDCG@10",
        "per profile of --profiles and their mean, for match and for a plain BM25 search of the",
        "profile's text, over an index of the graded postings made in a temporary folder.",
        "`eval search QUERIES RELEVANCE` scores free-text search instead (see its --help)."},
    subcommands = EvalSearchCommand.class,
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD", description = "The gold file.")
  Path gold;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "Where the postings named in GOLD are. Default: ${DEFAULT-VALUE}.")
  Path corpus;

  @Option(names = "--profiles", paramLabel = "DIR", defaultValue = "profiles",
      description = "Where the profiles a match GOLD grades are. Default: ${DEFAULT-VALUE}.")
  Path profiles;

  @Option(names = "--no-misses", description = "Print the scores only.")
  boolean noMisses;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score this saved output of 'gonggo classify --format json' (of another "
          + "version, say) instead of analysing the postings.")
  Path predictions;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Key terms only: the index whose postings rarity is judged against "
          + "(default: the built-in background).")
  Path index;

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
    if (gold == null) {
      throw new UserError("eval needs a GOLD file (or: eval search QUERIES RELEVANCE)");
    }
    if (!Files.isRegularFile(gold)) {
      throw new UserError("no gold file at " + gold);
    }
    if (!Files.isDirectory(corpus)) {
      throw new UserError("no corpus folder at " + corpus + " (set it with --corpus)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr(), options.verbose());
    if (GoldFile.columns(gold).contains("wanted")) {
      return keyTerms(out, reporter);
    }
    if (MatchGrades.isMatchGrades(gold)) {
      return evalMatch(out, reporter);
    }
    List<GoldLabel> labels = GoldFile.read(gold);
    Taxonomy skillTaxonomy = taxonomy.load();
    SkillScore skills = new SkillScore();
    SkillScore tools = new SkillScore(id -> isTool(skillTaxonomy, id));
    if (predictions != null) {
      return scorePredictions(labels, skills, tools, out);
    }
    CompanyScore companies = new CompanyScore(CompanyRegister.builtIn());
    PostingPipeline pipeline = new PostingPipeline(skillTaxonomy);
    List<LabelledPosting> cases = new ArrayList<>();
    Map<String, String> sizes = new HashMap<>();
    Map<String, String> caseConfidences = new HashMap<>();
    try (PostingExtractor extractor = PostingExtractor.isolated(ExtractionLimits.DEFAULT)) {
      for (GoldLabel label : labels) {
        Path file = corpus.resolve(label.file());
        Extraction e = extractor.extract(file);
        reporter.warnIfRepaired(e);
        if (!e.ok()) {
          reporter.skipped(file, e.error(), e.cause());
          continue;
        }
        Posting posting;
        try {
          posting = pipeline.analyze(e, extractor.limits().timeout());
        } catch (AnalysisDeadline.Exceeded over) {
          reporter.skipped(file, over.getMessage(), null);
          continue;
        }
        skills.add(label, posting);
        tools.add(label, posting);
        companies.add(label.file(), label.company(), posting.company());
        if (label.caseId() != null) {
          cases.add(new LabelledPosting(label.file(), label.caseId(),
              pipeline.caseFeatures(posting.text(), posting.skills())));
          if (label.size() != null) {
            sizes.put(label.file(), label.size());
          }
          if (label.caseConfidence() != null) {
            caseConfidences.put(label.file(), label.caseConfidence());
          }
        }
      }
    }
    printSkills(out, skills, tools);
    companies.print(out);
    new CaseEvaluation(cases, sizes, caseConfidences).print(out, ZeroLabelModel.builtIn(),
        CaseWeights.builtIn(), folds,
        !noMisses);
    printMisses(out, skills);
    if (!noMisses && !companies.misses().isEmpty()) {
      out.println();
      out.println("company misses (file, kind, detail):");
      companies.misses().forEach(m -> out.println("  " + m));
    }
    return reporter.exitCode();
  }

  private void printMisses(PrintWriter out, SkillScore skills) {
    if (!noMisses && !skills.misses().isEmpty()) {
      out.println();
      out.println("misses (file, kind, detail):");
      skills.misses().forEach(m -> out.println("  " + m));
    }
  }

  /** Scores key terms against a gold of the terms readers want (see {@link KeyTermScore}). */
  private int keyTerms(PrintWriter out, Reporter reporter) throws Exception {
    Taxonomy skillTaxonomy = taxonomy.load();
    PostingAnalyzer analyzer = new PostingAnalyzer();
    SkillMatcher matcher = new SkillMatcher(skillTaxonomy, analyzer);
    KeyTermScore score = new KeyTermScore(matcher, analyzer);
    List<KeyTermScore.Gold> golds = KeyTermScore.read(gold);
    if (predictions != null) {
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      Map<String, List<KeyTermScore.Given>> byFile = new HashMap<>();
      for (String line : Files.readAllLines(predictions)) {
        if (!line.isBlank()) {
          com.fasterxml.jackson.databind.JsonNode node = json.readTree(line);
          List<KeyTermScore.Given> given = new ArrayList<>();
          node.path("keywords").forEach(k -> given.add(new KeyTermScore.Given(k.path("text").asText(),
              k.path("skill").isTextual() ? k.path("skill").asText() : null)));
          byFile.put(Path.of(node.path("file").asText()).getFileName().toString(), given);
        }
      }
      golds.forEach(g -> score.add(g, byFile.getOrDefault(g.file(), List.of())));
    } else {
      IndexFrequencies indexed = index == null ? null : IndexFrequencies.open(index);
      DocumentFrequencies frequencies = indexed != null ? indexed : BackgroundFrequencies.builtIn();
      try (PostingExtractor extractor = PostingExtractor.isolated(ExtractionLimits.DEFAULT)) {
        PostingPipeline pipeline = new PostingPipeline(skillTaxonomy, ZeroLabelModel.builtIn(), frequencies);
        for (KeyTermScore.Gold g : golds) {
          Path file = corpus.resolve(g.file());
          Extraction e = extractor.extract(file);
          reporter.warnIfRepaired(e);
          if (!e.ok()) {
            reporter.skipped(file, e.error(), e.cause());
            continue;
          }
          List<KeyTermScore.Given> given = new ArrayList<>();
          for (Keyword k : pipeline.analyze(e, extractor.limits().timeout()).keywords()) {
            given.add(new KeyTermScore.Given(k.text(), k.skill()));
          }
          score.add(g, given);
        }
      } finally {
        if (indexed != null) {
          indexed.close();
        }
      }
    }
    out.printf(Locale.ROOT, "postings            %d%n", score.postings());
    out.printf(Locale.ROOT, "precision@5         %.3f%n", score.precisionAt5());
    out.printf(Locale.ROOT, "precision@10        %.3f%n", score.precisionAt10());
    out.printf(Locale.ROOT, "wanted recall@10    %.3f%n", score.recall());
    out.printf(Locale.ROOT, "first-5 recall@10   %.3f%n", score.firstFiveRecall());
    if (!noMisses && !score.misses().isEmpty()) {
      out.println();
      out.println("misses (file, kind, terms):");
      score.misses().forEach(m -> out.println("  " + m));
    }
    return reporter.exitCode();
  }

  /** Skills a posting may be scored on as tools: the taxonomy's tools, and ids it does not know. */
  private static boolean isTool(Taxonomy taxonomy, String id) {
    Skill skill = taxonomy.get(id);
    return skill == null || skill.kind() == Skill.Kind.TOOL;
  }

  private static void printSkills(PrintWriter out, SkillScore all, SkillScore tools) {
    out.printf(Locale.ROOT, "postings            %d%n", all.postings());
    out.printf(Locale.ROOT, "%-19s %8s %10s%n", "", "tools", "all kinds");
    out.printf(Locale.ROOT, "%-19s %8.3f %10.3f%n", "skill precision", tools.precision(), all.precision());
    out.printf(Locale.ROOT, "%-19s %8.3f %10.3f%n", "skill recall", tools.recall(), all.recall());
    out.printf(Locale.ROOT, "%-19s %8.3f %10.3f%n", "skill F1", tools.f1(), all.f1());
    out.printf(Locale.ROOT, "%-19s %8.3f %10.3f%n", "required/preferred", tools.agreement(), all.agreement());
    out.printf(Locale.ROOT, "%-19s %8.3f%n", "years accuracy", all.yearsAccuracy());
  }

  /**
   * Scores a saved classify output: skills and years as above, and the case's plain accuracy
   * (the saved verdicts cannot be cross-validated). A posting of GOLD missing from the output
   * counts as found nothing, as a posting gonggo could not read would.
   */
  private int scorePredictions(List<GoldLabel> labels, SkillScore skills, SkillScore tools,
      PrintWriter out) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, com.fasterxml.jackson.databind.JsonNode> byFile = new HashMap<>();
    for (String line : Files.readAllLines(predictions)) {
      if (line.isBlank()) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode node = json.readTree(line);
      byFile.put(Path.of(node.path("file").asText()).getFileName().toString(), node);
    }
    int cases = 0;
    int casesRight = 0;
    for (GoldLabel label : labels) {
      com.fasterxml.jackson.databind.JsonNode node = byFile.get(label.file());
      Map<String, SkillSection> found = new HashMap<>();
      Integer years = null;
      String caseId = null;
      if (node != null && !node.has("error")) {
        node.path("skills").forEach(s -> found.put(s.path("id").asText(),
            SkillSection.fromId(s.path("section").asText())));
        years = node.path("minYears").isNumber() ? node.path("minYears").asInt() : null;
        caseId = node.path("case").path("id").asText(null);
      }
      skills.add(label, found, years);
      tools.add(label, found, years);
      if (label.caseId() != null) {
        cases++;
        casesRight += label.caseId().equals(caseId) ? 1 : 0;
      }
    }
    printSkills(out, skills, tools);
    if (cases > 0) {
      out.printf(Locale.ROOT, "case accuracy       %.3f (%d postings)%n", (double) casesRight / cases, cases);
    }
    printMisses(out, skills);
    return Gonggo.OK;
  }

  private int evalMatch(PrintWriter out, Reporter reporter) throws Exception {
    if (!Files.isDirectory(profiles)) {
      throw new UserError("no profiles folder at " + profiles + " (set it with --profiles)");
    }
    MatchGrades grades = MatchGrades.read(gold);
    Taxonomy skills = taxonomy.load();
    PostingPipeline pipeline = new PostingPipeline(skills);
    Path work = Files.createTempDirectory("gonggo-eval-match");
    MatchEvaluation.Report report;
    try (PostingExtractor extractor = PostingExtractor.isolated(ExtractionLimits.DEFAULT)) {
      report = MatchEvaluation.run(grades, profiles, corpus, work.resolve("index"), pipeline,
          extractor, new FitRanking(new FitScore(skills, SkillRelations.builtIn())));
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    report.skipped().forEach(k -> reporter.skipped(k.file(), k.reason(), null));
    out.printf(Locale.ROOT, "match: NDCG@%d over the postings graded for each profile (gain 2^grade - 1)%n",
        MatchEvaluation.K);
    out.printf(Locale.ROOT, "%-34s %8s %7s %7s%n", "profile", "graded", "match", "BM25");
    for (MatchEvaluation.ProfileScore p : report.profiles()) {
      out.printf(Locale.ROOT, "%-34s %8d %7.3f %7.3f%n", p.profile(), p.graded(), p.match(), p.bm25());
    }
    out.printf(Locale.ROOT, "%-34s %8s %7.3f %7.3f%n", "mean", "", report.meanMatch(), report.meanBm25());
    if (!noMisses) {
      for (MatchEvaluation.ProfileScore p : report.profiles()) {
        out.println();
        out.println(p.profile() + ", the first " + MatchEvaluation.K + " (file, grade):");
        out.println("  match: " + top(p.matchTop(), grades.grades().get(p.profile())));
        out.println("  BM25:  " + top(p.bm25Top(), grades.grades().get(p.profile())));
      }
    }
    return reporter.exitCode();
  }

  private static String top(List<String> files, java.util.Map<String, Integer> grades) {
    return String.join(", ", files.stream().map(f -> f.replaceAll("^(\\d{4})-.*", "$1") + ":" + grades.get(f)).toList());
  }
}
