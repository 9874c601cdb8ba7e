package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gonggo match through the CLI, on an index of samples/ made once, with the profiles of profiles/. */
class MatchCommandTest {

  @TempDir
  static Path tmp;

  static String index;

  @BeforeAll
  static void indexSamples() {
    index = tmp.resolve("ix").toString();
    CliRun run = CliRun.of("index", "--index", index, "samples");
    assertEquals(0, run.exit(), run.err());
  }

  static CliRun match(String... args) {
    List<String> all = new ArrayList<>(List.of("match", "--index", index));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void aResumeGetsRankedPostingsWithWhatItHasAndLacks() {
    CliRun run = match("--profile", "profiles/mid-spark-kafka-engineer.txt", "--limit", "5");
    assertEquals(0, run.exit(), run.err());
    String out = run.out();
    assertTrue(out.contains("profile: profiles/mid-spark-kafka-engineer.txt  (résumé)"), out);
    assertTrue(out.contains("years:  5 (the résumé's own total: 경력 5년"), out);
    assertTrue(out.contains("kubernetes") && out.contains("basic: Kubernetes(배포 수준)"), out);
    assertTrue(out.contains("20 postings weighed, the best 5 shown"), out);
    assertTrue(out.contains(" 1. ") && out.contains(" 5. ") && !out.contains(" 6. "), out);
    assertTrue(out.contains("    required:  "), out);
    assertTrue(out.contains("fit:       skills "), out);
    assertTrue(out.contains("what to learn next, from the best 5"), out);
  }

  @Test
  void jsonHasTheProfileTheFitsAndWhatToLearn() {
    CliRun run = match("--profile", "profiles/mid-spark-kafka-engineer.txt", "--format", "json",
        "--limit", "20");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = run.json();
    JsonNode profile = r.get("profile");
    assertEquals("resume", profile.get("form").asText());
    assertEquals(5.0, profile.get("years").asDouble(), 1e-9);
    assertEquals("stated", profile.get("yearsBasis").asText());
    assertTrue(profile.get("skills").size() >= 15);
    JsonNode postings = r.get("postings");
    assertTrue(postings.size() > 5);
    double previous = 2;
    for (JsonNode p : postings) {
      double score = p.get("score").asDouble();
      assertTrue(score <= previous, "best first");
      previous = score;
      assertEquals(score, p.get("skills").asDouble() * p.get("strengths").asDouble()
          * p.get("yearsFit").asDouble(), 0.002);
      for (String part : List.of("required", "stack", "preferred")) {
        assertTrue(p.get(part).has("matched") && p.get(part).has("partial") && p.get(part).has("missing"));
      }
    }
    // The person's own strength, streaming on Spark and Kafka, leads: the first fits ask for it.
    JsonNode first = postings.get(0);
    assertTrue(first.get("usedSkills").toString().contains("spark"), first.toString());
    assertTrue(first.get("score").asDouble() > 0.7, first.toString());
    assertTrue(r.get("learnNext").isArray());
  }

  @Test
  void aPartialMatchIsShownWithWhatMakesItPartial() {
    JsonNode r = match("--profile", "profiles/mid-spark-kafka-engineer.txt", "--format", "json",
        "--limit", "20").json();
    boolean related = false;
    boolean basic = false;
    for (JsonNode p : r.get("postings")) {
      for (String part : List.of("required", "stack", "preferred")) {
        for (JsonNode partial : p.get(part).get("partial")) {
          related |= partial.has("via");
          basic |= partial.has("level");
          double credit = partial.get("credit").asDouble();
          // half a skill; a quarter for a skill related to one held at a basic level
          assertTrue(credit == 0.5 || credit == 0.25 && partial.has("via"), partial.toString());
        }
      }
    }
    assertTrue(related && basic, "a related skill (emr for aws) and a basic one (kubernetes)");
  }

  @Test
  void aSkillsFileWorksAndTheCaseFilterKeepsOneCase() {
    CliRun run = match("--profile", "profiles/skills-only.txt", "--case", "large-service",
        "--format", "json", "--limit", "50");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = run.json();
    assertEquals("skills-file", r.get("profile").get("form").asText());
    assertEquals(4.0, r.get("profile").get("years").asDouble(), 1e-9);
    assertFalse(r.get("postings").isEmpty());
    for (JsonNode p : r.get("postings")) {
      assertEquals("large-service", p.get("case").asText());
    }
    assertTrue(r.get("considered").asInt() < 20);
  }

  @Test
  void csvHasARowPerPosting() {
    CliRun run = match("--profile", "profiles/senior-platform-engineer.md", "--format", "csv", "--limit", "4");
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().strip().split("\r?\n");
    assertTrue(lines[0].startsWith("rank,score,skills,strengths,years_fit,required_coverage"), lines[0]);
    assertEquals(5, lines.length, run.out());
  }

  @Test
  void anUnknownSkillInTheProfileIsOneLineAndTheRunGoesOn() throws Exception {
    Path profile = tmp.resolve("me.txt");
    Files.writeString(profile, "skills: spark, kafak\n");
    CliRun run = match("--profile", profile.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("unknown skill 'kafak'; did you mean kafka"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.out().contains("postings weighed"), run.out());
  }

  @Test
  void aProfileWithoutSkillsSaysSo() throws Exception {
    Path profile = tmp.resolve("empty-cv.txt");
    Files.writeString(profile, "김철수\n안녕하세요. 성실하게 일하겠습니다.\n");
    CliRun run = match("--profile", profile.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("it names no skill gonggo knows"), run.err());
    assertTrue(run.out().contains("the best 0 shown"), run.out());
  }

  @Test
  void badInputIsAPlainError() {
    CliRun missing = match("--profile", "no/such/file.txt");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no profile at no/such/file.txt"), missing.err());
    CliRun badCase = match("--profile", "profiles/skills-only.txt", "--case", "bigco");
    assertEquals(2, badCase.exit());
    assertTrue(badCase.err().contains("unknown case 'bigco'"), badCase.err());
    CliRun noIndex = CliRun.of("match", "--index", tmp.resolve("none").toString(), "--profile",
        "profiles/skills-only.txt");
    assertEquals(1, noIndex.exit());
    assertTrue(noIndex.err().startsWith("gonggo: no index at"), noIndex.err());
    assertFalse(noIndex.err().contains("Exception"), noIndex.err());
  }

  @Test
  void evalOfGradedProfilesPrintsNdcgForMatchAndBm25() throws Exception {
    // Grades made up for this test (the real ones grade ../shared postings): the two sample
    // postings built on Spark and Kafka fit the Spark/Kafka engineer, a startup's data backend
    // and a DevOps platform job less.
    Path grades = tmp.resolve("grades.tsv");
    Files.writeString(grades, """
        # test grades
        profile\tfile\tgrade
        mid-spark-kafka-engineer.txt\t04-haneul-shopping-realtime-data.md\t3
        mid-spark-kafka-engineer.txt\t18-byeolbit-ott-viewing-data.md\t3
        mid-spark-kafka-engineer.txt\t15-ssukssuk-startup-data-backend.txt\t1
        mid-spark-kafka-engineer.txt\t17-kkumi-devops-platform-mixed.txt\t0
        """);
    CliRun run = CliRun.of("eval", grades.toString(), "--corpus", "samples", "--profiles", "profiles");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("match: NDCG@10"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("mid-spark-kafka-engineer\\.txt\\s+4\\s+1\\.000\\s+\\d\\.\\d{3}")),
        run.out());
    assertTrue(run.out().contains("mean"), run.out());
  }
}
