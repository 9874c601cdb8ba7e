package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonggo.extract.Extraction;
import dev.gonggo.text.AnalysisDeadline;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bound on one posting's analysis fires by construction: a limit that has passed before the
 * analysis starts ends it at the first check, on any machine, and the thread is left without it.
 */
class AnalysisBoundTest {

  private static final PostingPipeline PIPELINE = new PostingPipeline();
  private static final Extraction POSTING = new Extraction(Path.of("p.txt"), "text/plain", null,
      "데이터 엔지니어\n자격요건\n- 스파크 경험 3년 이상\n우대사항\n- 카프카");

  @Test
  void aPassedLimitEndsTheAnalysisWithItsReason() {
    AnalysisDeadline.Exceeded e = assertThrows(AnalysisDeadline.Exceeded.class,
        () -> PIPELINE.analyze(POSTING, Duration.ZERO));
    assertEquals("analysing it took longer than the 0 s time limit", e.getMessage());
  }

  @Test
  void withinTheLimitAndAfterItThePostingIsAnalysed() {
    Posting p = PIPELINE.analyze(POSTING, Duration.ofMinutes(10));
    assertFalse(p.skills().isEmpty());
    assertThrows(AnalysisDeadline.Exceeded.class, () -> PIPELINE.analyze(POSTING, Duration.ZERO));
    // the thread keeps no limit once an analysis is over
    assertEquals(3, PIPELINE.analyze(POSTING).experience().minYears());
  }
}
