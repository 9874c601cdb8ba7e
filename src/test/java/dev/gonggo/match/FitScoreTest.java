package dev.gonggo.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.search.StoredPosting;
import dev.gonggo.skills.SkillRelations;
import dev.gonggo.skills.Taxonomy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fit of made-up postings for made-up people: each part of the score on its own. */
class FitScoreTest {

  static final Taxonomy TAXONOMY = Taxonomy.builtIn();
  static final FitScore SCORE = new FitScore(TAXONOMY, SkillRelations.builtIn());

  /** A person with these skills (id, or id:basic) and years. */
  static Profile person(Double years, String... skills) {
    List<ProfileSkill> out = new ArrayList<>();
    for (String s : skills) {
      String id = s.replace(":basic", "");
      out.add(new ProfileSkill(TAXONOMY.get(id), s.endsWith(":basic") ? ProfileSkill.Level.BASIC
          : ProfileSkill.Level.FULL, 1, List.of(id), s.endsWith(":basic") ? id + "(기초)" : null));
    }
    return new Profile(Path.of("me.txt"), Profile.Form.SKILLS_FILE, "", out,
        years == null ? ProfileYears.UNKNOWN
            : new ProfileYears(years, ProfileYears.Basis.YEARS_LINE, List.of(), null), List.of());
  }

  /**
   * A posting whose text is these lines, each "section: words", its skills found where their ids
   * are written (each line's skills in the section the line names).
   */
  static StoredPosting posting(Integer min, Integer max, String... lines) {
    String text = String.join("\n", lines);
    ObjectMapper json = new ObjectMapper();
    ObjectNode node = json.createObjectNode();
    ArrayNode skills = node.putArray("skills");
    Map<String, List<String>> bySection = new LinkedHashMap<>();
    for (String section : List.of("required", "preferred", "duties", "other")) {
      bySection.put(section, new ArrayList<>());
    }
    int offset = 0;
    for (String line : lines) {
      String section = line.substring(0, line.indexOf(':'));
      int at = offset + section.length() + 1;
      for (String word : line.substring(section.length() + 1).split("[ ,]+")) {
        if (word.isEmpty()) {
          continue;
        }
        int start = text.indexOf(word, at);
        at = start + word.length();
        if (TAXONOMY.get(word) != null) {
          bySection.get(section).add(word);
          ObjectNode skill = skills.addObject().put("id", word).put("section", section);
          skill.putArray("evidence").addObject().put("start", start).put("end", at).put("section", section);
        }
      }
      offset += line.length() + 1;
    }
    return new StoredPosting("id", "/postings/p.txt", "hash", "title", "company", "startup", 0.9,
        min, max, bySection, List.of(), List.of(), Instant.EPOCH, text, node.toString());
  }

  @Test
  void everyAskMetIsAFullSkillsFit() {
    PostingFit f = SCORE.fit(person(5.0, "spark", "kafka", "python"),
        posting(3, null, "required: spark, kafka", "preferred: python"));
    assertEquals(1.0, f.required().coverage(), 1e-9);
    assertEquals(1.0, f.skills(), 1e-9);
    assertEquals(1.0, f.years().fit(), 1e-9);
    assertEquals(1.0, f.score(), 1e-9);
  }

  @Test
  void requirementsWeighMoreThanTheStackAndTheStackMoreThanPreferences() {
    Profile p = person(5.0, "spark");
    double required = SCORE.fit(p, posting(null, null, "required: spark", "duties: kafka", "preferred: flink")).skills();
    double stack = SCORE.fit(p, posting(null, null, "required: kafka", "duties: spark", "preferred: flink")).skills();
    double preferred = SCORE.fit(p, posting(null, null, "required: kafka", "duties: flink", "preferred: spark")).skills();
    assertEquals(1.0 / 1.75, required, 1e-9);
    assertEquals(0.5 / 1.75, stack, 1e-9);
    assertEquals(0.25 / 1.75, preferred, 1e-9);
  }

  @Test
  void aRelatedSkillIsAPartialMatchAndSaysWhich() {
    PostingFit f = SCORE.fit(person(5.0, "emr"), posting(null, null, "required: aws, spark"));
    SectionFit r = f.required();
    assertEquals(List.of(), r.matched());
    assertEquals(2, r.partial().size());
    assertEquals("aws≈emr", r.partial().get(0).best().shown());
    assertEquals(0.5, r.coverage(), 1e-9);
  }

  @Test
  void aBasicSkillIsAPartialMatch() {
    PostingFit f = SCORE.fit(person(5.0, "kubernetes:basic"), posting(null, null, "required: kubernetes"));
    assertEquals(0.5, f.required().coverage(), 1e-9);
    assertEquals("kubernetes (basic)", f.required().partial().get(0).best().shown());
  }

  @Test
  void skillsUnrelatedInTheTaxonomyAreNotPartial() {
    PostingFit f = SCORE.fit(person(5.0, "postgresql"), posting(null, null, "required: mysql"));
    assertEquals(0.0, f.required().coverage(), 1e-9);
    assertEquals(1, f.required().missing().size());
  }

  @Test
  void skillsOfOneKindOnOneLineAreAlternatives() {
    PostingFit f = SCORE.fit(person(5.0, "aws", "python"),
        posting(null, null, "required: aws, gcp, azure", "required: python, java", "required: spark"));
    SectionFit r = f.required();
    assertEquals(3, r.size());
    assertEquals("aws (or gcp, azure)", r.asks().get(0).shown());
    assertEquals(2.0 / 3, r.coverage(), 1e-9);
    assertEquals("spark", r.missing().get(0).shown());
  }

  @Test
  void softSkillsConceptsAndSpokenLanguagesAreShownNotScored() {
    PostingFit f = SCORE.fit(person(5.0, "spark"),
        posting(null, null, "required: spark, algorithms, english", "preferred: communication"));
    assertEquals(List.of("algorithms", "english", "communication"), f.unscored());
    assertEquals(1.0, f.skills(), 1e-9);
  }

  @Test
  void shortOfTheMinimumCostsMoreTheFurtherShort() {
    double previous = 1;
    double previousLoss = 0;
    for (double have = 4.5; have >= 1.5; have -= 0.5) {
      double fit = FitScore.years(have, 5, null).fit();
      assertTrue(fit < previous, have + " years");
      assertTrue(previous - fit > previousLoss, "each half year short costs more: " + have);
      previousLoss = previous - fit;
      previous = fit;
    }
    assertEquals(0.0, FitScore.years(1.0, 5, null).fit(), 1e-9);
    assertEquals(1.0, FitScore.years(5.0, 5, null).fit(), 1e-9);
    assertEquals(1.0, FitScore.years(null, 5, null).fit(), 1e-9);
    assertEquals(1.0, FitScore.years(2.0, null, null).fit(), 1e-9);
  }

  @Test
  void farOverAStatedMaximumCostsALittle() {
    assertEquals(1.0, FitScore.years(5.0, 3, 5).fit(), 1e-9);
    assertEquals(0.9, FitScore.years(7.0, 3, 5).fit(), 1e-9);
    assertEquals(0.5, FitScore.years(25.0, 3, 5).fit(), 1e-9);
  }

  @Test
  void aJobThatUsesMoreOfThePersonRanksAboveOneThatAsksAsLittleAndUsesLess() {
    Profile p = person(5.0, "spark", "kafka", "hadoop", "hive", "sql", "python");
    StoredPosting dataEngineering = posting(null, null, "required: spark, kafka, hadoop, sql", "duties: hive, python");
    StoredPosting analyst = posting(null, null, "required: sql, python");
    double best = Math.max(SCORE.used(p, dataEngineering).share(), SCORE.used(p, analyst).share());
    PostingFit de = SCORE.fit(p, dataEngineering, best);
    PostingFit an = SCORE.fit(p, analyst, best);
    assertEquals(1.0, de.skills(), 1e-9);
    assertEquals(1.0, an.skills(), 1e-9);
    assertEquals(1.0, de.used(), 1e-9);
    assertEquals(2.0 / 6, an.used(), 1e-9);
    assertEquals(List.of("sql", "python"), an.usedSkills());
    assertTrue(de.score() > an.score());
    assertEquals(0.5 + 0.5 / 3, an.strengths(), 1e-9);
  }
}
