package dev.gonggo.cli;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.eval.RelevanceSet;
import dev.gonggo.eval.SearchEvaluation;
import dev.gonggo.eval.SearchRun;
import dev.gonggo.eval.SearchScore;
import dev.gonggo.search.PlainTextSearch;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SkillNames;
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

/** {@code gonggo eval search}: scores free-text search against graded relevance judgments. */
@Command(
    name = "search",
    header = "Score free-text search against graded relevance judgments.",
    description = {
        "Runs every query of QUERIES (tab-separated: id, query) through gonggo's search and through",
        "plain BM25 over the same Nori-analysed text field (what a search engine with the nori",
        "analyzer and no synonyms gives), on an index of the postings RELEVANCE grades (query,",
        "file, grade 0-3). Prints NDCG@10 and recall@50 of each, query by query, then the means;",
        "saved runs (--run: query, rank, file per line) are scored beside them."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class EvalSearchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUERIES", description = "The queries file.")
  Path queries;

  @Parameters(index = "1", paramLabel = "RELEVANCE", description = "The graded relevance file.")
  Path relevance;

  @Option(names = "--run", paramLabel = "FILE",
      description = "A saved ranking to score beside them (repeatable).")
  List<Path> runs = new ArrayList<>();

  @Option(names = "--summary", description = "Print the means only, not every query.")
  boolean summary;

  @Mixin
  IndexOption index;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (Path file : List.of(queries, relevance)) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no file at " + file);
      }
    }
    RelevanceSet set;
    List<SearchRun> saved = new ArrayList<>();
    try {
      set = RelevanceSet.read(queries, relevance);
      for (Path run : runs) {
        saved.add(SearchRun.read(run));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    SearchEvaluation evaluation = new SearchEvaluation(set);
    List<SearchScore> scores = new ArrayList<>();
    PostingAnalyzer analyzer = new PostingAnalyzer();
    try (PostingSearcher searcher = new PostingSearcher(index.dir,
        new SkillNames(taxonomy.load(), analyzer), analyzer)) {
      scores.add(evaluation.score(evaluation.gonggo(searcher)));
      PlainTextSearch plain = new PlainTextSearch(searcher.searcher(), analyzer);
      scores.add(evaluation.score(evaluation.plainBm25(plain)));
    }
    saved.forEach(run -> scores.add(evaluation.score(run)));
    PrintWriter out = spec.commandLine().getOut();
    evaluation.print(out, scores, !summary);
    out.flush();
    return Gonggo.OK;
  }
}
