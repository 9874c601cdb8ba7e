package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-reviewed relations of related-skills.tsv against the taxonomy they relate. */
class RelatedSkillsFileTest {

  private final Taxonomy taxonomy = Taxonomy.builtIn();
  private final SkillRelations relations = SkillRelations.builtIn();

  @Test
  void everySkillIsInTheTaxonomyAndNoneIsRelatedToItself() {
    List<String> unknown = new ArrayList<>();
    for (SkillRelations.Relation r : relations.relations()) {
      for (String id : List.of(r.skill(), r.related())) {
        if (taxonomy.get(id) == null) {
          unknown.add(id);
        }
      }
      assertTrue(!r.skill().equals(r.related()), r.toString());
    }
    assertTrue(unknown.isEmpty(), "not in skills.tsv: " + unknown);
  }

  @Test
  void noPairIsListedTwice() {
    Set<String> pairs = new HashSet<>();
    for (SkillRelations.Relation r : relations.relations()) {
      String pair = r.skill().compareTo(r.related()) < 0 ? r.skill() + " " + r.related()
          : r.related() + " " + r.skill();
      assertTrue(pairs.add(pair), "listed twice: " + pair);
    }
  }

  @Test
  void relationsGoBothWays() {
    assertTrue(relations.of("emr").contains("aws"));
    assertTrue(relations.of("aws").contains("emr"));
    assertTrue(relations.of("spark-streaming").contains("spark"));
    assertTrue(relations.of("elasticsearch").contains("opensearch"));
    assertEquals(Set.of(), relations.of("no-such-skill"));
  }

  @Test
  void skillsThatOnlyDoTheSameJobAreNotRelated() {
    assertTrue(!relations.of("mysql").contains("postgresql"));
    assertTrue(!relations.of("airflow").contains("luigi"));
    assertTrue(!relations.of("java").contains("kotlin"));
  }
}
