package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionSplitter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two steps the zero-label model shows beside its case on small postings written for the test: the size tier from
 * the register and the text, then the orientation within the tier, with their evidence.
 */
class TieredModelTest {

  private static final PostingPipeline PIPELINE = new PostingPipeline();

  private static Posting analyze(String text) {
    return PIPELINE.analyze(new PostingText(Path.of("t.txt"), "text/plain", null, text,
        new SectionSplitter().split(text)));
  }

  private static final TieredModel TIERS = TieredModel.builtIn();

  private static CaseVerdict tiered(Posting p) {
    return TIERS.classify(PIPELINE.caseFeatures(p.text(), p.skills()));
  }

  private static List<CaseVerdict.Evidence> evidence(Posting p, String step) {
    return tiered(p).evidence().stream().filter(e -> e.step().equals(step)).toList();
  }

  @Test
  void registerFactsOutrankTheTextAndBothAreEvidence() {
    Posting p = analyze("회사명: 토스뱅크\n회사 소개\n스타트업처럼 일하는 은행, 스타트업입니다.\n"
        + "주요 업무\n- 사내 개발자가 쓰는 공통 데이터 플랫폼 운영\n");
    assertEquals("large", tiered(p).steps().tier());
    assertEquals("large-platform", tiered(p).caseId());
    assertFalse(evidence(p, "register").isEmpty());
    assertTrue(evidence(p, "size").stream().anyMatch(e -> e.label().equals("small")),
        "the text's startup cue is kept as evidence though the register outranks it");
  }

  @Test
  void aHeadCountInTheTextSizesACompanyTheRegisterLacks() {
    Posting p = analyze("회사명: 아무도모르는데이터\n회사 소개\n임직원 1,200명이 함께하는 회사입니다.\n"
        + "주요 업무\n- 추천 서비스의 사용자 행동 로그 처리, 서비스 팀과 지표 설계\n");
    assertEquals("large", tiered(p).steps().tier());
    assertEquals("large-service", tiered(p).caseId());
    CaseVerdict.Evidence headcount = evidence(p, "size").get(0);
    assertEquals("임직원 1,200명", headcount.text());
    assertEquals(headcount.text(), p.text().text().substring(headcount.start(), headcount.end()));
  }

  @Test
  void lateStageFundingWithHundredsOfStaffIsMidsizeAndBuildingIsBuildout() {
    Posting p = analyze("회사명: 아무도모르는페이\n회사 소개\n시리즈 C 투자를 받은 구성원 230명의 회사입니다.\n"
        + "주요 업무\n- 급성장하는 서비스의 데이터 플랫폼을 처음부터 구축\n");
    assertEquals("midsize-buildout", tiered(p).caseId());
  }

  @Test
  void sizeCuesInTheRequirementsOrBenefitsDoNotSpeakForThePoster() {
    Posting p = analyze("회사명: 아무도모르는솔루션\n자격요건\n- 대기업 또는 스타트업 근무 경험\n"
        + "복지\n- 대기업 수준의 연봉\n");
    assertTrue(evidence(p, "size").isEmpty());
    assertFalse(tiered(p).steps().sized());
    assertTrue(tiered(p).weak());
  }

  @Test
  void theJobsTitleLeansThePlatformOrTheServiceWay() {
    Posting devops = analyze("DevOps Engineer\n회사명: 쿠팡\n주요 업무\n- 배포 파이프라인과 쿠버네티스 클러스터 운영\n");
    assertEquals("large-platform", tiered(devops).caseId());
    Posting analyst = analyze("Data Analyst\n회사명: 쿠팡\n주요 업무\n- 쇼핑 서비스 지표 분석과 A/B 실험 설계\n");
    assertEquals("large-service", tiered(analyst).caseId());
  }

  @Test
  void casesAreTheTierTimesTheLeaningAndSumToOne() {
    CaseVerdict v = tiered(analyze("회사명: 쿠팡\n주요 업무\n- 사내 개발자를 위한 공통 플랫폼 운영\n"));
    double large = v.steps().tiers().get("large");
    assertEquals(large, v.scores().get("large-platform") + v.scores().get("large-service"), 1e-9);
    assertEquals(1.0, v.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertEquals(v.confidence(), v.steps().tierConfidence() * v.steps().leaningConfidence(), 1e-9);
  }

  @Test
  void theCompanyObjectSaysWhereTheSizeComesFrom() {
    JsonNode company = PostingJson.of(analyze("회사명: 토스뱅크\n주요 업무\n- 데이터 플랫폼 운영\n"))
        .get("company");
    assertEquals("토스뱅크", company.get("name").asText());
    assertEquals("large", company.get("size").asText());
    assertEquals("비바리퍼블리카", company.get("group").asText());
    assertTrue(company.get("headcount").asInt() > 0);
    assertTrue(company.get("source").asText().contains("nps-2026-06"), company.toString());
    assertEquals("register", company.get("evidence").get(0).get("from").asText());
  }
}
