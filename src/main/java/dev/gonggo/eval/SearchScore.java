package dev.gonggo.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one run ranks the postings of a relevance set: NDCG@10 (graded gain 2^grade - 1, the
 * ideal ranking made of every judged posting) and recall@50 (the share of the postings judged
 * relevant at any grade that are among the first 50), per query and as the mean over the queries.
 */
public final class SearchScore {

  public static final int NDCG_DEPTH = 10;
  public static final int RECALL_DEPTH = 50;

  /** The two figures of one query. */
  public record QueryScore(double ndcg, double recall) {}

  private final String name;
  private final Map<String, QueryScore> byQuery = new LinkedHashMap<>();

  private SearchScore(String name) {
    this.name = name;
  }

  /** Scores a run on every query of the set that has a relevant posting. */
  public static SearchScore of(SearchRun run, RelevanceSet set) {
    SearchScore score = new SearchScore(run.name());
    for (String id : set.queries().keySet()) {
      Map<String, Integer> grades = set.gradesOf(id);
      if (grades.values().stream().anyMatch(g -> g > 0)) {
        List<String> ranking = run.ranking(id);
        score.byQuery.put(id, new QueryScore(ndcg(ranking, grades, NDCG_DEPTH),
            recall(ranking, grades, RECALL_DEPTH)));
      }
    }
    return score;
  }

  public String name() {
    return name;
  }

  public QueryScore query(String id) {
    return byQuery.get(id);
  }

  public Map<String, QueryScore> byQuery() {
    return byQuery;
  }

  public double meanNdcg() {
    return byQuery.values().stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
  }

  public double meanRecall() {
    return byQuery.values().stream().mapToDouble(QueryScore::recall).average().orElse(0);
  }

  /** Normalised discounted cumulative gain of the first {@code depth} postings of a ranking. */
  static double ndcg(List<String> ranking, Map<String, Integer> grades, int depth) {
    double dcg = 0;
    for (int i = 0; i < Math.min(depth, ranking.size()); i++) {
      dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(depth, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of the relevant postings among the first {@code depth} of a ranking. */
  static double recall(List<String> ranking, Map<String, Integer> grades, int depth) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranking.stream().limit(depth).distinct()
        .filter(f -> grades.getOrDefault(f, 0) > 0).count();
    return (double) found / relevant;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
