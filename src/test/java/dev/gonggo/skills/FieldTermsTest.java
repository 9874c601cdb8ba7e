package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a candidate key term's analysed terms name among the field terms. */
class FieldTermsTest {

  static final FieldTerms TERMS = FieldTerms.builtIn();

  @Test
  void aPhraseHoldingAConceptNamesIt() {
    assertEquals(FieldTerms.Kind.CONCEPT, TERMS.of(List.of("데이터", "파이프라인", "구축")));
    assertEquals(FieldTerms.Kind.CONCEPT, TERMS.of(List.of("model", "serving")));
    // a compound the analyser split: its pieces joined are the concept
    assertEquals(FieldTerms.Kind.CONCEPT, TERMS.of(List.of("실시간", "스트리밍")));
  }

  @Test
  void aDomainCountsAtEitherEndOfAPhraseOnly() {
    assertEquals(FieldTerms.Kind.DOMAIN, TERMS.of(List.of("물류")));
    assertEquals(FieldTerms.Kind.DOMAIN, TERMS.of(List.of("결제", "서비스")));
    assertEquals(FieldTerms.Kind.DOMAIN, TERMS.of(List.of("글로벌", "커머스")));
    assertNull(TERMS.of(List.of("사내", "물류", "교육", "자료")));
  }

  @Test
  void everydayWordsNameNothing() {
    assertNull(TERMS.of(List.of("환경", "구축")));
    assertNull(TERMS.of(List.of("문제", "해결")));
    assertNull(TERMS.of(List.of("보안", "정책")));
  }

  @Test
  void anUnknownKindIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FieldTerms.read(new StringReader("kind\tforms\ntopic\t물류\n"), "x.tsv"));
    assertEquals("x.tsv line 1: kind must be concept or domain, not 'topic'", e.getMessage());
  }
}
