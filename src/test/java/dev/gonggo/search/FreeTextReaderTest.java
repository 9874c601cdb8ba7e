package dev.gonggo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreeTextReaderTest {

  private static final Taxonomy TAXONOMY = Taxonomy.builtIn();
  private static final PostingAnalyzer ANALYZER = new PostingAnalyzer();
  private static final SkillMatcher WHOLE = new SkillMatcher(TAXONOMY, ANALYZER);

  /** The skills the matcher of the whole taxonomy finds in a query, as a posting's line. */
  private static List<String> wholeTaxonomyReads(String query) {
    String text = TextNormalizer.normalize(query).strip();
    Set<String> ids = new LinkedHashSet<>();
    for (SkillMatch m : WHOLE.match(new PostingText(null, "text/plain", null, text, List.of()),
        ANALYZER.analyze(text))) {
      ids.add(m.skill());
    }
    return List.copyOf(ids);
  }

  private static List<String> read(FreeTextReader reader, String query) {
    return reader.read(query).skills().stream().map(n -> n.skill().id()).toList();
  }

  @Test
  void readsEveryAliasAsTheWholeTaxonomysMatcherDoes() {
    FreeTextReader reader = new FreeTextReader(TAXONOMY, ANALYZER);
    List<String> queries = new ArrayList<>();
    for (Skill skill : TAXONOMY.skills()) {
      for (String alias : skill.aliases()) {
        queries.add(alias);
        queries.add(alias + "을 활용한 개발 경험"); // inflected, with the cue words of a requirement
      }
    }
    queries.addAll(List.of("하둡에코시스템", "쿠버네티스 운영 자동화", "아마존 웹 서비스", "AWS 클라우드 인프라",
        "Spark 대용량 배치 처리", "go 언어 백엔드", "spring boot 개발자", "R 통계 분석", "NoSQL 몽고디비", "관계 데이터베이스 설계", "node js", "허깅페이스 모델", "Spring Boot 기반 API"));
    for (String q : queries) {
      assertEquals(wholeTaxonomyReads(q), read(reader, q), q);
    }
  }

  /** What makes reading with the matcher of a few skills safe: see FreeTextReader#matcherFor. */
  @Test
  void everyAliasesFirstTermIsPartOfOneOfItsWordsOrHoldsOne() {
    for (Skill skill : TAXONOMY.skills()) {
      for (String alias : skill.aliases()) {
        List<Token> tokens = ANALYZER.analyze(TextNormalizer.normalize(alias).strip()).tokens();
        if (!tokens.isEmpty()) {
          String term = tokens.get(0).term();
          assertTrue(FreeTextReader.words(alias).stream()
              .anyMatch(word -> word.contains(term) || term.contains(word)), alias + ": " + term);
        }
      }
    }
  }

  @Test
  void theWordsOfASkillsNameAreNotLeftOver() {
    FreeTextReader reader = new FreeTextReader(TAXONOMY, ANALYZER);
    FreeText aws = reader.read("아마존 웹 서비스");
    assertEquals(List.of("aws"), aws.skills().stream().map(n -> n.skill().id()).toList());
    assertEquals(List.of(), aws.wordRuns());
    FreeText mixed = reader.read("쿠버네티스 운영 자동화");
    assertEquals("쿠버네티스", mixed.skills().get(0).written());
    assertEquals(List.of("운영 자동화"), mixed.wordRuns().stream().map(FreeText.WordRun::written).toList());
    FreeText words = reader.read("실시간 데이터 파이프라인");
    assertEquals(List.of(), words.skills());
    assertEquals(1, words.wordRuns().size());
  }

  @Test
  void aGuardedNameIsASkillOnlyWhereItWouldBeInAPosting() {
    FreeTextReader reader = new FreeTextReader(TAXONOMY, ANALYZER);
    // Go alone is a word; beside a tech cue it is the language, as in a posting.
    assertEquals(List.of(), read(reader, "go"));
    assertEquals(List.of("go"), read(reader, "Go 언어"));
  }
}
