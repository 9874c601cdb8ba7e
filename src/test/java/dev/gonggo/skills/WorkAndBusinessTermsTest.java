package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a candidate key term's analysed terms name among the terms of work and business. */
class WorkAndBusinessTermsTest {

  static final WorkAndBusinessTerms TERMS = WorkAndBusinessTerms.builtIn();

  @Test
  void aKindOfWorkWithAtMostOneMoreWordNamesIt() {
    assertEquals(WorkAndBusinessTerms.Kind.WORK, TERMS.of(List.of("데이터", "파이프라인", "구축")).kind());
    assertEquals(WorkAndBusinessTerms.Kind.WORK, TERMS.of(List.of("model", "serving")).kind());
    // a compound the analyser split: its pieces joined are the kind of work
    assertEquals(WorkAndBusinessTerms.Kind.WORK, TERMS.of(List.of("실시간", "스트리밍")).kind());
    assertNull(TERMS.of(List.of("주간", "데이터", "수집", "회의")));
  }

  @Test
  void aFieldOfBusinessAloneOrBeforeAHeadNounNamesIt() {
    assertEquals(WorkAndBusinessTerms.Kind.BUSINESS, TERMS.of(List.of("물류")).kind());
    assertEquals(WorkAndBusinessTerms.Kind.BUSINESS, TERMS.of(List.of("결제", "시스템")).kind());
    assertNull(TERMS.of(List.of("결제", "담당", "부서")));
    assertNull(TERMS.of(List.of("글로벌", "커머스")));
  }

  @Test
  void aNameThatIsAFieldOrItsSystemIsNoCompanysName() {
    assertTrue(TERMS.namesAField(KeyTerms.norm("정산플랫폼")));
    assertTrue(TERMS.namesAField(KeyTerms.norm("광고 시스템")));
    assertTrue(TERMS.namesAField(KeyTerms.norm("데이터 파이프라인")));
    assertFalse(TERMS.namesAField(KeyTerms.norm("카카오모빌리티")));
    assertFalse(TERMS.namesAField(KeyTerms.norm("가온증권")));
  }

  @Test
  void theKoreanAndEnglishNamesOfOneThingNameTheSameThing() {
    assertEquals(TERMS.of(List.of("장애", "대응")).thing(), TERMS.of(List.of("incident", "response")).thing());
    assertEquals(TERMS.of(List.of("데이터", "파이프라인")).thing(), TERMS.of(List.of("data", "pipelines")).thing());
    // one more word: the same work (its building); a field of business before a head: not the field
    assertEquals(TERMS.of(List.of("데이터", "파이프라인")).thing(),
        TERMS.of(List.of("데이터", "파이프라인", "구축")).thing());
    assertNull(TERMS.of(List.of("결제", "시스템")).thing());
  }

  @Test
  void aTermWrittenHalfInEachScriptNamesTheSameThing() {
    // postings mix the scripts within a term; the words of a compound align by position
    assertEquals(TERMS.of(List.of("퍼널", "분석")).thing(), TERMS.of(List.of("funnel", "분석")).thing());
    assertEquals(TERMS.of(List.of("데이터", "파이프라인")).thing(),
        TERMS.of(List.of("data", "파이프라인")).thing());
    assertEquals(WorkAndBusinessTerms.Kind.WORK, TERMS.of(List.of("데이터", "pipeline", "구축")).kind());
    assertNull(TERMS.of(List.of("분석", "funnel")), "the words out of their order name nothing");
    // 실시간 스트리밍 is no translation of streaming data, written after another Korean form
    assertNull(TERMS.of(List.of("실시간", "data")));
    assertNull(TERMS.of(List.of("streaming", "스트리밍")));
  }

  @Test
  void everydayWordsNameNothing() {
    assertNull(TERMS.of(List.of("환경", "구축")));
    assertNull(TERMS.of(List.of("문제", "해결")));
    assertNull(TERMS.of(List.of("보안", "정책")));
    assertNull(TERMS.of(List.of("마케팅", "팀")));
    assertNull(TERMS.of(List.of("영업", "파이프라인", "관리")));
  }

  @Test
  void anUnknownKindIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WorkAndBusinessTerms.read(new StringReader("# a comment\nkind\tforms\nwork\t배치 처리\ntopic\t물류\n"),
            "x.tsv"));
    assertEquals("x.tsv line 4: kind must be work, business, head or act, not 'topic'", e.getMessage());
  }
}
