package dev.gonggo.eval;

import dev.gonggo.search.Hit;
import dev.gonggo.search.PlainTextSearch;
import dev.gonggo.search.PostingQuery;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.text.DisplayWidth;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search part of {@code gonggo eval}: every query of a relevance set run through gonggo's free
 * text search and through plain BM25 over the same index, each run scored by {@link SearchScore}
 * beside any saved runs, and printed query by query.
 */
public final class SearchEvaluation {

  /** How deep each run ranks: the deepest cut-off a figure reads. */
  static final int DEPTH = Math.max(SearchScore.NDCG_DEPTH, SearchScore.RECALL_DEPTH);

  private final RelevanceSet set;

  public SearchEvaluation(RelevanceSet set) {
    this.set = set;
  }

  /** gonggo's own ranking of every query, free text alone. */
  public SearchRun gonggo(PostingSearcher searcher) throws IOException {
    Map<String, List<String>> rankings = new HashMap<>();
    for (Map.Entry<String, String> q : set.queries().entrySet()) {
      PostingQuery query = new PostingQuery(List.of(), false, false, List.of(), List.of(), null,
          null, q.getValue(), DEPTH);
      rankings.put(q.getKey(), searcher.search(query).hits().stream().map(Hit::file)
          .map(SearchRun::fileName).toList());
    }
    return new SearchRun("gonggo", rankings);
  }

  /** The floor: plain BM25 over the same Nori-analysed text field. */
  public SearchRun plainBm25(PlainTextSearch search) throws IOException {
    Map<String, List<String>> rankings = new HashMap<>();
    for (Map.Entry<String, String> q : set.queries().entrySet()) {
      rankings.put(q.getKey(), search.paths(q.getValue(), DEPTH).stream()
          .map(SearchRun::fileName).toList());
    }
    return new SearchRun("plain BM25", rankings);
  }

  public SearchScore score(SearchRun run) {
    return SearchScore.of(run, set);
  }

  /**
   * One line per query (its relevant postings, then NDCG@10 and recall@50 of each run), then the
   * means.
   */
  public void print(PrintWriter out, List<SearchScore> scores, boolean perQuery) {
    if (perQuery) {
      out.printf(Locale.ROOT, "%-4s %-28s %4s", "id", "query", "rel");
      scores.forEach(s -> out.printf(Locale.ROOT, "  %-13s", abbreviate(s.name(), 13)));
      out.println();
      for (Map.Entry<String, String> q : set.queries().entrySet()) {
        long relevant = set.gradesOf(q.getKey()).values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
          continue;
        }
        out.printf(Locale.ROOT, "%-4s %s %4d", q.getKey(), DisplayWidth.pad(q.getValue(), 28), relevant);
        for (SearchScore s : scores) {
          SearchScore.QueryScore qs = s.query(q.getKey());
          out.printf(Locale.ROOT, "  %.3f  %.3f ", qs.ndcg(), qs.recall());
        }
        out.println();
      }
      out.println();
    }
    out.printf(Locale.ROOT, "%-20s %9s %10s%n", "search (" + scores.get(0).byQuery().size() + " queries)",
        "NDCG@" + SearchScore.NDCG_DEPTH, "recall@" + SearchScore.RECALL_DEPTH);
    for (SearchScore s : scores) {
      out.printf(Locale.ROOT, "%-20s %9.3f %10.3f%n", abbreviate(s.name(), 20), s.meanNdcg(),
          s.meanRecall());
    }
  }

  private static String abbreviate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
