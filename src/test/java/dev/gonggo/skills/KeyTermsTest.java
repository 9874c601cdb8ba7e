package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.Token;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Key terms on a posting written here, on every sample, and the stop-word file itself. */
class KeyTermsTest {

  /** Our own fixture, not corpus text: duties, requirements, preferred and benefits. */
  static final String FIXTURE = """
      소라페이 데이터 엔지니어 채용

      [주요업무]
      - 실시간 정산 파이프라인 설계 및 운영
      - Kafka 클러스터 운영과 스트림 처리 개선
      - 정산 파이프라인 모니터링 자동화

      [자격요건]
      - Kafka 또는 Flink 활용 경험 3년 이상
      - 정산 파이프라인 장애 대응 경험

      [우대사항]
      - 실시간 정산 시스템 개발 경험

      [복지]
      - 간식 무제한 제공
      """;

  /** A small made-up background: common words common, the fixture's own phrases rare. */
  static final BackgroundFrequencies BACKGROUND = new BackgroundFrequencies(10, Map.of(
      "데이터", 9, "엔지니어", 8, "운영", 8, "파이프라인", 6, "kafka", 4, "실시간", 3,
      "모니터링", 5, "처리", 6, "설계", 7, "시스템", 7));

  static PostingPipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = new PostingPipeline();
  }

  static Posting fixture() {
    return pipeline.analyze(new Extraction(Path.of("fixture.txt"), "text/plain", null, FIXTURE));
  }

  static List<Keyword> keywords(Posting p, DocumentFrequencies df, int limit) {
    return new KeyTerms(KeywordStopWords.builtIn(), df).of(p.text(), p.analyzed(), p.skills(), limit);
  }

  static String describe(List<Keyword> keywords) {
    StringBuilder b = new StringBuilder();
    for (Keyword k : keywords) {
      b.append(k.text()).append(" | ").append(k.isSkill() ? k.skill() : "candidate")
          .append(" | ").append(k.count()).append('\n');
    }
    return b.toString();
  }

  @Test
  void exactKeyTermsOfAPosting() {
    // 소라페이, the company, is named only in the title, and nothing of it is a key term.
    // Headings ([자격요건]) and filler (경험, 이상, 개발, 제공) never appear, nor the benefits
    // (간식): they say nothing of the job. 정산 (settlement, a field of business) and 스트림 처리
    // (a kind of work) are field terms, weighed as skills are; 정산, four times, goes before the
    // phrases that hold it. 스트림 처리 개선 is 스트림 처리 and an act done to it: the thing is
    // the term. Kafka 클러스터 운영, a phrase around a skill, is never a term and does not hide
    // 클러스터 운영. 자동화 keeps its suffix.
    assertEquals("""
        정산 | candidate | 4
        Kafka | kafka | 2
        스트림 처리 | candidate | 1
        Flink | flink | 1
        파이프라인 장애 대응 | candidate | 1
        클러스터 운영 | candidate | 1
        파이프라인 모니터링 자동화 | candidate | 1
        """, describe(keywords(fixture(), BACKGROUND, 8)));
  }

  @Test
  void aSpacedAndACompoundSpellingAreOneTerm() {
    Posting p = pipeline.analyze(new Extraction(Path.of("f.txt"), "text/plain", null,
        "[주요업무]\n- 정산파이프라인 운영\n- 정산 파이프라인 개선\n"));
    Keyword first = keywords(p, BACKGROUND, 1).get(0);
    assertEquals("정산파이프라인", first.text(), "the surface of the first occurrence");
    assertEquals(List.of("정산", "파이프라인"), first.terms());
    assertEquals(2, first.count());
  }

  @Test
  void wordsPartedByPunctuationOrAParticleAreNoPhrase() {
    Posting p = pipeline.analyze(new Extraction(Path.of("f.txt"), "text/plain", null,
        "[주요업무]\n- 정산, 파이프라인\n- 정산을 파이프라인\n- 정산\n파이프라인\n"));
    for (Keyword k : keywords(p, BACKGROUND, 10)) {
      assertEquals(1, k.terms().size(), "not a phrase: " + k.text());
    }
  }

  @Test
  void skillsAreMarkedAsSkills() {
    List<Keyword> keywords = keywords(fixture(), BACKGROUND, 50);
    assertTrue(keywords.stream().anyMatch(k -> "kafka".equals(k.skill())), describe(keywords));
    assertTrue(keywords.stream().anyMatch(k -> "flink".equals(k.skill())), describe(keywords));
    for (Keyword k : keywords) {
      if (k.terms().contains("kafka") || k.terms().contains("flink")) {
        assertTrue(k.isSkill(), k.text() + " holds a skill");
      }
    }
  }

  @Test
  void noStopWordInTheKeyTermsOfAnySample() {
    KeywordStopWords stop = KeywordStopWords.builtIn();
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (Path file : PostingFiles.find(List.of(Path.of("samples"))).files()) {
        Posting p = pipeline.analyze(extractor.extract(file));
        List<Keyword> keywords = keywords(p, BackgroundFrequencies.builtIn(), 30);
        assertFalse(keywords.isEmpty(), file.toString());
        for (Keyword k : keywords) {
          // a skill's own name may hold a filler word (Great Expectations); no other term may,
          // but a word that is filler only after an amount may open one (이상 징후)
          assertTrue(k.isSkill() || noFiller(stop, k.terms()), file + ": " + k.text());
          assertTrue(k.text().codePointCount(0, k.text().length()) >= 2 || k.isSkill(), k.text());
        }
      }
    }
  }

  @Test
  void goldenJsonOfASample() throws Exception {
    Path sample = Path.of("samples/01-hanbit-group-data-platform.txt");
    Path golden = Path.of("src/test/resources/golden/keywords-01-hanbit-group-data-platform.json");
    Posting p;
    try (PostingExtractor extractor = new PostingExtractor()) {
      p = pipeline.analyze(extractor.extract(sample));
    }
    String actual = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(KeywordJson.of(sample.toString(),
            keywords(p, BackgroundFrequencies.builtIn(), KeyTerms.DEFAULT_LIMIT)))
        .replace("\r\n", "\n") + "\n";
    if (Boolean.getBoolean("gonggo.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "keywords changed; if on purpose, rerun with -Dgonggo.updateGolden=true and review the diff");
  }

  @Test
  void everyStopWordIsOneTermOfTheChainAndNoSkill() {
    var analyzer = pipeline.analyzer();
    var aliasTerms = new java.util.HashSet<String>();
    for (Skill s : pipeline.taxonomy().skills()) {
      for (String alias : s.aliases()) {
        List<Token> tokens = analyzer.analyze(alias).tokens();
        if (tokens.size() == 1) {
          aliasTerms.add(tokens.get(0).term());
        }
      }
    }
    for (String word : KeywordStopWords.builtIn().words()) {
      AnalyzedText a = analyzer.analyze(word);
      assertEquals(List.of(word), a.tokens().stream().map(Token::term).toList(),
          "stop word '" + word + "' is not one term of the analysis chain");
      assertFalse(aliasTerms.contains(word), "stop word '" + word + "' is a skill's alias");
    }
  }

  /** No filler word, but one filler only after an amount as the first of several (이상 탐지). */
  static boolean noFiller(KeywordStopWords stop, List<String> terms) {
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i);
      if (stop.contains(t) && !(i == 0 && terms.size() > 1 && stop.isAfterAnAmount(t))) {
        return false;
      }
    }
    return true;
  }
}
