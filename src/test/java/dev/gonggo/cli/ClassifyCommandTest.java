package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code gonggo classify}: golden JSON for samples (a fixture in, the expected JSON out, diffed),
 * and the design.md keys. {@code -Dgonggo.updateGolden=true} rewrites the golden files after a
 * deliberate change; review their diff.
 */
class ClassifyCommandTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @ParameterizedTest
  @ValueSource(strings = {"04-haneul-shopping-realtime-data.md", "15-ssukssuk-startup-data-backend.txt",
      "09-dalbit-games-data-lead.html", "03-seorin-ai-ml-infra.hwpx"})
  void matchesTheGoldenJson(String sample) throws IOException {
    CliRun run = CliRun.of("classify", "--format", "json", "samples/" + sample);
    assertEquals(0, run.exit(), run.err());
    String actual = JSON.writeValueAsString(run.jsonLines().get(0)) + "\n";
    Path golden = Path.of("src/test/resources/golden/classify-" + sample.replaceAll("\\.\\w+$", "") + ".json");
    if (Boolean.getBoolean("gonggo.updateGolden") || !Files.exists(golden)) {
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual, "classify output differs from " + golden);
  }

  @Test
  void jsonHasTheKeysOfTheDesign() {
    CliRun run = CliRun.of("classify", "--format", "json", "samples");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> lines = run.jsonLines();
    assertEquals(20, lines.size());
    for (JsonNode n : lines) {
      for (String key : List.of("file", "case", "skills", "categories", "minYears")) {
        assertTrue(n.has(key), key + " missing: " + n.get("file"));
      }
      JsonNode c = n.get("case");
      for (String key : List.of("id", "label", "confidence", "scores", "evidence")) {
        assertTrue(c.has(key), "case." + key + " missing: " + n.get("file"));
      }
      JsonNode company = n.get("company");
      for (String key : List.of("name", "matched", "size", "group", "listed", "headcount",
          "source")) {
        assertTrue(company.has(key), "company." + key + " missing: " + n.get("file"));
      }
      String size = company.get("size").isNull() ? null : company.get("size").asText();
      assertTrue(size == null || List.of("large", "midsize", "small").contains(size),
          "company.size is large, midsize, small or null: " + size);
      double sum = 0;
      for (JsonNode p : c.get("scores")) {
        sum += p.asDouble();
      }
      assertEquals(1.0, sum, 0.01, "scores sum to 1: " + n.get("file"));
      for (JsonNode s : n.get("skills")) {
        assertTrue(List.of("required", "preferred", "duties", "other").contains(s.get("section").asText()));
      }
    }
  }

  @Test
  void aSkillUnderBenefitsIsNotARequirement() {
    // sample 01 names AWS only where it offers AWS training
    JsonNode n = CliRun.of("classify", "--format", "json", "samples/01-hanbit-group-data-platform.txt")
        .jsonLines().get(0);
    for (JsonNode s : n.get("skills")) {
      if (s.get("id").asText().equals("aws")) {
        assertEquals("other", s.get("section").asText());
      }
    }
  }
}
