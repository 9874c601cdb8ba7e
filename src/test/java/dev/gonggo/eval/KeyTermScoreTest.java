package dev.gonggo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTermScoreTest {

  private static KeyTermScore.Given term(String text) {
    return new KeyTermScore.Given(text, null);
  }

  @Test
  void firstFiveRecallCountsOnlyTheWantedTermsWrittenFirst() {
    KeyTermScore score = new KeyTermScore(t -> null);
    KeyTermScore.Gold gold = new KeyTermScore.Gold("a.txt",
        List.of("결제", "데이터 파이프라인", "Kafka", "정산", "데이터 마트", "Airflow"), List.of("모니터링"));
    score.add(gold, List.of(term("Airflow"), term("결제"), term("모니터링"), term("데이터 파이프라인")));
    assertEquals(0.5, score.recall(), 1e-9, "three of six wanted");
    assertEquals(0.4, score.firstFiveRecall(), 1e-9,
        "Airflow, the sixth, is not among the first five");
    assertEquals(1.0, score.precisionAt10(), 1e-9);
  }

  @Test
  void aPostingWithFewerThanFiveWantedAsksForAllOfThem() {
    KeyTermScore score = new KeyTermScore(t -> null);
    score.add(new KeyTermScore.Gold("b.txt", List.of("광고", "DSP"), List.of()),
        List.of(term("DSP"), term("보장형 광고")));
    assertEquals(0.5, score.firstFiveRecall(), 1e-9, "광고 is no word of 보장형 광고 long enough");
  }
}
