package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.text.PostingText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The zero-label case model on the hand-written samples and on small made-up postings. */
class CaseClassifierTest {

  private static final PostingPipeline PIPELINE = new PostingPipeline();

  private static Posting analyze(String text) {
    return PIPELINE.analyze(new PostingText(Path.of("t.txt"), "text/plain", null, text,
        List.of()));
  }

  @Test
  void everySampleGetsItsIntendedCase() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/sample-cases.tsv"),
        StandardCharsets.UTF_8);
    int right = 0;
    int n = 0;
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t");
        Extraction e = extractor.extract(Path.of("samples", f[0]));
        CaseVerdict v = PIPELINE.analyze(e).verdict();
        n++;
        right += v.caseId().equals(f[1]) ? 1 : 0;
      }
    }
    assertEquals(20, n);
    assertTrue(right >= 18, right + " of 20 samples right");
  }

  @Test
  void probabilitiesCoverEveryCaseAndSumToOne() {
    CaseVerdict v = analyze("회사명: 카카오\n[주요업무]\n사내 개발자를 위한 전사 데이터 플랫폼 운영\n").verdict();
    assertEquals(Cases.IDS, List.copyOf(v.scores().keySet()));
    assertEquals(1.0, v.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertEquals("large-platform", v.caseId());
    assertFalse(v.weak());
    CaseVerdict.Evidence company = v.evidence().stream().filter(e -> e.text().equals("카카오"))
        .findFirst().orElseThrow();
    assertEquals(5, company.start());
    assertEquals(8, company.end());
  }

  @Test
  void theCaseIsDecidedTierFirstThenWithinTheTier() {
    CaseVerdict v = analyze("회사명: 카카오\n[주요업무]\n사내 개발자를 위한 전사 데이터 플랫폼 운영\n").verdict();
    CaseVerdict.Steps steps = v.steps();
    assertEquals("large", steps.tier());
    assertEquals("platform", steps.leaning());
    assertEquals(v.confidence(), steps.tierConfidence() * steps.leaningConfidence(), 1e-9);
    assertEquals(steps.tiers().get("large"),
        v.scores().get("large-platform") + v.scores().get("large-service"), 1e-9);
    assertTrue(v.evidence().stream().anyMatch(e -> e.step().equals("orientation")
        && e.label().equals("platform") && e.text().startsWith("사내 개발자")));
  }

  @Test
  void aCaseAheadOfTheOthersLosesWhenItsTierAsAWholeIsLessLikely() {
    CaseLogits logits = new CaseLogits();
    logits.add(Map.of("midsize-buildout", 1.0, "midsize-mature", -2.0, "startup", 0.8,
        "large-platform", -5.0, "large-service", -5.0));
    assertEquals("midsize-buildout", logits.verdict(List.of()).caseId());
    CaseVerdict v = logits.tierFirstVerdict(List.of(), List.of(), false);
    assertEquals("small", v.steps().tier());
    assertEquals("startup", v.caseId());
    assertNull(v.steps().leaning());
    assertTrue(v.weak(), "no cue spoke, only weights");
  }

  @Test
  void aPostingWithoutCuesIsWeak() {
    CaseVerdict v = analyze("데이터 엔지니어를 모십니다.\n").verdict();
    assertTrue(v.weak());
  }

  @Test
  void investorsAreNotThePostersCompany() {
    Posting p = analyze("저희는 카카오, 네이버 등으로부터 투자를 받은 시리즈 A 스타트업입니다.\n"
        + "초기 멤버로 데이터 파이프라인과 백엔드 API를 함께 만듭니다.\n");
    assertEquals("startup", p.verdict().caseId());
    assertTrue(p.verdict().evidence().stream().noneMatch(e -> e.text().equals("카카오")));
  }

  @Test
  void jsonHasTheKeysOfDesign() {
    JsonNode json = PostingJson.of(analyze("회사명: 엑셈\n안정적인 데이터 파이프라인 운영\n"));
    JsonNode c = json.get("case");
    assertEquals("midsize-mature", c.get("id").asText());
    assertTrue(c.get("label").asText().startsWith("중견기업"));
    assertTrue(c.get("confidence").asDouble() > 0.5);
    assertEquals(5, c.get("scores").size());
    assertTrue(c.get("evidence").get(0).has("start"));
    JsonNode company = json.get("company");
    assertEquals("엑셈", company.get("name").asText());
    assertEquals("엑셈", company.get("matched").asText());
    assertEquals("midsize", company.get("size").asText());
    assertEquals("KOSDAQ", company.get("listed").asText());
    assertTrue(company.get("group").isNull());
    assertTrue(company.get("source").asText().contains("krx-2026-04"));
  }

  @Test
  void everyCaseHasTheNotesDescription() {
    for (String id : Cases.IDS) {
      assertFalse(CaseDescriptions.of(id).isEmpty(), id);
    }
  }
}
