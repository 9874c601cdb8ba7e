package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.classify.Posting;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.index.IndexFrequencies;
import dev.gonggo.skills.BackgroundFrequencies;
import dev.gonggo.skills.DocumentFrequencies;
import dev.gonggo.skills.DocumentFrequencies.TermDocs;
import dev.gonggo.skills.Keyword;
import dev.gonggo.skills.KeywordJson;
import dev.gonggo.skills.KeywordStopWords;
import dev.gonggo.skills.TaxonomyGaps;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonggo keywords}: the key terms of postings, or the terms the taxonomy lacks. */
@Command(
    name = "keywords",
    header = "Show the key terms of postings, or the terms the skill taxonomy lacks.",
    description = {
        "With files: the key terms of each posting (noun phrases, filler left out), best first,",
        "each marked as a known skill or a new candidate. Rarity is judged against the index",
        "(--index, or ./index when it holds one), else against a background built from the samples;",
        "a kind of work or a field of business (데이터 파이프라인, 모델 서빙, 결제 시스템: the",
        "built-in work-and-business.tsv) ranks as a skill does, however many postings share it.",
        "With --index DIR and no file: the key terms many indexed postings share that no skill of",
        "the taxonomy names (no company names, addresses or boilerplate, which key terms leave",
        "out), most shared first: suggestions of skills to add. An index made before key terms",
        "were indexed gives its single text terms instead."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class KeywordsCommand implements Callable<Integer> {

  enum Format { table, json }

  /** The index folder used when --index is not given, as design.md fixes it. */
  static final Path DEFAULT_INDEX = Path.of("index");

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Posting files or folders.")
  List<Path> paths = List.of();

  @Option(names = "--limit", defaultValue = "15", paramLabel = "N",
      description = "How many terms to show per posting (or suggestions). Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--format", defaultValue = "table",
      description = "Output: table or json (one object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--index", paramLabel = "DIR",
      description = "A gonggo index to judge rarity by; without files, list the taxonomy's gaps in it.")
  Path index;

  @Option(names = "--min-docs", defaultValue = "2", paramLabel = "N",
      description = "Suggest only terms in at least this many postings. Default: ${DEFAULT-VALUE}.")
  int minDocs;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  ExtractCommand.LimitOptions limits;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || minDocs < 1 || limit > PostingPipeline.KEYWORDS_KEPT) {
      throw new UserError("--limit must be between 1 and " + PostingPipeline.KEYWORDS_KEPT
          + ", --min-docs at least 1");
    }
    if (paths.isEmpty() && index == null) {
      throw new UserError("give posting files, or --index DIR to list the terms the taxonomy lacks");
    }
    if (index != null && !IndexFrequencies.exists(index)) {
      throw new UserError("no index at " + index + " (build one with gonggo index)");
    }
    Path indexDir = index != null ? index
        : IndexFrequencies.exists(DEFAULT_INDEX) ? DEFAULT_INDEX : null;
    if (indexDir == null) {
      return keywords(BackgroundFrequencies.builtIn());
    }
    try (IndexFrequencies frequencies = IndexFrequencies.open(indexDir)) {
      return paths.isEmpty() ? gaps(frequencies) : keywords(frequencies);
    }
  }

  private PostingPipeline pipeline(DocumentFrequencies frequencies) {
    return new PostingPipeline(taxonomy.load(), ZeroLabelModel.builtIn(), frequencies);
  }

  private int keywords(DocumentFrequencies frequencies) throws IOException {
    PostingPipeline pipeline = pipeline(frequencies);
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr(), options.verbose());
    PostingFiles.Found found = PostingFiles.find(paths);
    found.skipped().forEach(s -> reporter.skipped(s.path(), s.reason(), null));
    ObjectMapper json = new ObjectMapper();
    try (PostingExtractor extractor = PostingExtractor.isolated(limits.toLimits())) {
      for (Path file : found.files()) {
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
        List<Keyword> keywords = posting.keywords().subList(0, Math.min(limit, posting.keywords().size()));
        if (format == Format.json) {
          out.println(json.writeValueAsString(KeywordJson.of(file.toString(), keywords)));
        } else {
          printTable(out, posting, keywords);
        }
        out.flush();
      }
    }
    return reporter.exitCode();
  }

  private int gaps(DocumentFrequencies frequencies) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    SkillMatcher matcher = new SkillMatcher(taxonomy.load(), new PostingAnalyzer());
    List<TermDocs> suggestions = new TaxonomyGaps(matcher, KeywordStopWords.builtIn())
        .suggest(frequencies, minDocs, limit);
    if (format == Format.json) {
      ObjectMapper json = new ObjectMapper();
      for (TermDocs t : suggestions) {
        out.println(json.writeValueAsString(json.createObjectNode()
            .put("term", t.term()).put("text", t.written())
            .put("docFreq", t.docFreq())));
      }
    } else {
      out.printf(Locale.ROOT, "terms no skill covers, in %d indexed postings:%n", frequencies.docCount());
      out.println("  postings  term");
      suggestions.forEach(t -> out.printf(Locale.ROOT, "  %8d  %s%n", t.docFreq(), t.written()));
    }
    out.flush();
    return Gonggo.OK;
  }

  private static void printTable(PrintWriter out, Posting p, List<Keyword> keywords) {
    out.println("== " + p.text().file() + (p.text().title() == null ? "" : "  (" + p.text().title() + ")"));
    out.println("   score  count  kind                 term");
    for (Keyword k : keywords) {
      out.printf(Locale.ROOT, "  %6.2f  %5d  %-19s  %s%n", k.score(), k.count(),
          k.isSkill() ? "skill " + k.skill() : "candidate", k.text());
    }
    out.println();
  }
}
