package dev.gonggo.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.skills.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** unscored-skills.tsv against the taxonomy, and what it leaves scored. */
class UnscoredSkillsFileTest {

  private final Taxonomy taxonomy = Taxonomy.builtIn();
  private final UnscoredSkills unscored = UnscoredSkills.builtIn();

  @Test
  void everyIdIsInTheTaxonomyWithAKnownKind() {
    List<String> unknown = new ArrayList<>();
    unscored.kinds().forEach((id, kind) -> {
      if (taxonomy.get(id) == null) {
        unknown.add(id);
      }
      assertTrue(Set.of("concept", "language").contains(kind), id + ": " + kind);
    });
    assertTrue(unknown.isEmpty(), "not in skills.tsv: " + unknown);
  }

  @Test
  void softSkillsBackgroundAndSpokenLanguagesAreNotScoredFieldsOfWorkAndToolsAre() {
    assertEquals(Optional.of("soft"), unscored.kind(taxonomy.get("communication")));
    assertEquals(Optional.of("concept"), unscored.kind(taxonomy.get("algorithms")));
    assertEquals(Optional.of("language"), unscored.kind(taxonomy.get("english")));
    for (String scored : List.of("spark", "kafka", "sql", "etl", "ml", "statistics", "data-warehouse")) {
      assertEquals(Optional.empty(), unscored.kind(taxonomy.get(scored)), scored);
    }
  }
}
