package dev.gonggo.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What to learn next, read from made-up fits. */
class LearnNextTest {

  @Test
  void skillsAreRankedByThePostingsTheyWouldOpen() {
    Profile p = FitScoreTest.person(5.0, "spark", "python", "sql");
    List<PostingFit> fits = List.of(
        // 3 of 4 met: open already; kafka is required, opens nothing
        fit(p, "spark", "python", "sql", "kafka"),
        // 2 of 4: kafka alone brings it to 3 of 4
        fit(p, "spark", "python", "kafka", "airflow"),
        // 2 of 4 again: kafka or airflow opens it
        fit(p, "spark", "sql", "kafka", "airflow"),
        // 1 of 4: nothing alone opens it
        fit(p, "spark", "kafka", "airflow", "hive"));
    List<LearnNext.Item> items = LearnNext.of(fits);
    LearnNext.Item first = items.get(0);
    assertEquals("kafka", first.skill());
    assertEquals(2, first.opens());
    assertEquals(4, first.requiredIn());
    assertEquals(Map.of("startup", 2), first.opensCases());
    LearnNext.Item second = items.get(1);
    assertEquals("airflow", second.skill());
    assertEquals(2, second.opens());
    assertEquals(3, second.requiredIn());
    assertEquals("hive", items.get(2).skill());
    assertEquals(0, items.get(2).opens());
    assertTrue(LearnNext.open(fits.get(0)));
  }

  @Test
  void aPostingOutOfReachByYearsIsNotOpenedBySkills() {
    Profile junior = FitScoreTest.person(2.0, "spark", "python");
    PostingFit far = FitScoreTest.SCORE.fit(junior, FitScoreTest.posting(5, null,
        "required: spark", "required: python", "required: kafka", "required: airflow"));
    assertEquals(0.4375, far.years().fit(), 1e-9);
    assertEquals(0, LearnNext.of(List.of(far)).get(0).opens());
  }

  /** A posting requiring these skills, one a line (so that none is an alternative to another). */
  private static PostingFit fit(Profile p, String... required) {
    String[] lines = new String[required.length];
    for (int i = 0; i < required.length; i++) {
      lines[i] = "required: " + required[i];
    }
    return FitScoreTest.SCORE.fit(p, FitScoreTest.posting(null, null, lines));
  }
}
