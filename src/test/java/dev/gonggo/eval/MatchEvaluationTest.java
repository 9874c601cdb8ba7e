package dev.gonggo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** NDCG and the restriction of a ranking to the graded postings, on small made-up rankings. */
class MatchEvaluationTest {

  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

  @Test
  void theIdealOrderScoresOne() {
    assertEquals(1.0, MatchEvaluation.ndcg(List.of("a", "b", "d", "c"), GRADES, 10), 1e-12);
  }

  @Test
  void ndcgWeighsGainsByRank() {
    // gains 2^g - 1: a 7, b 3, d 1; ideal DCG = 7 + 3/log2(3) + 1/2
    double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
    double swapped = 3 + 7 / (Math.log(3) / Math.log(2)) + 0.5;
    assertEquals(swapped / ideal, MatchEvaluation.ndcg(List.of("b", "a", "d", "c"), GRADES, 10), 1e-12);
    assertEquals(0.0, MatchEvaluation.ndcg(List.of("c"), GRADES, 1), 1e-12);
  }

  @Test
  void ungradedPostingsAreDroppedAndGradedOnesLeftOutComeLastByName() {
    assertEquals(List.of("b", "a", "c", "d"),
        MatchEvaluation.restrict(List.of("x", "b", "y", "a"), Set.of("a", "b", "c", "d")));
  }
}
