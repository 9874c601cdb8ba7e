package dev.gonggo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sections found in the heading styles and wordings real postings use. */
class SectionSplitterTest {

  private final SectionSplitter splitter = new SectionSplitter();

  private List<SectionKind> kinds(String text) {
    return splitter.split(text).stream().map(Section::kind).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[주요업무]|DUTIES", "【자격요건】|REQUIREMENTS", "■ 우대사항|PREFERRED", "◆ 담당 업무|DUTIES",
      "▶ 우대 요건|PREFERRED", "## 이런 일을 해요|DUTIES", "## 이런 분을 찾고 있어요|REQUIREMENTS",
      "### 이런 분이면 더 좋아요|PREFERRED", "**자격 요건**|REQUIREMENTS", "지원자격:|REQUIREMENTS",
      "혜택 및 복지|BENEFITS", "기술스택|TECH_STACK", "채용 절차|PROCESS", "Responsibilities|DUTIES",
      "Requirements|REQUIREMENTS", "Qualifications|REQUIREMENTS", "Nice to have|PREFERRED",
      "Bonus points|PREFERRED", "[회사소개]|INTRO", "업무내용|DUTIES", "필수 자격|REQUIREMENTS",
      "우대조건|PREFERRED", "1. 자격요건|REQUIREMENTS", "<우대사항>|PREFERRED"})
  void recognisesHeading(String heading, SectionKind kind) {
    assertEquals(List.of(SectionKind.OTHER, kind), kinds("공고 제목\n" + heading + "\n- 자바 경험"));
  }

  @Test
  void headingGluedToItsFirstItem() {
    String text = "자격요건• 자바 개발 경험 3년 이상\n우대사항 - 카프카 운영 경험";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        sections.stream().map(Section::kind).toList());
    assertEquals("• 자바 개발 경험 3년 이상\n",
        text.substring(sections.get(0).start(), sections.get(0).end()));
  }

  @Test
  void headerFieldWithContentIsATechStackLine() {
    String text = "회사명: 가나다\n기술 스택: Java, Spark\n[자격요건]\n- 스파크";
    assertEquals(List.of(SectionKind.OTHER, SectionKind.TECH_STACK, SectionKind.REQUIREMENTS), kinds(text));
  }

  @Test
  void unknownMarkdownHeadingEndsThePartBeforeIt() {
    String text = "### 우대 사항\n- Vue 경험\n### 관련 자료\n- jQuery 발표";
    assertEquals(List.of(SectionKind.PREFERRED, SectionKind.OTHER), kinds(text));
  }

  @Test
  void sentenceStartingWithAHeadingWordIsNotAHeading() {
    String text = "[자격요건]\n- 자바 경험\n우대사항은 아래 내용을 참고해 주시기 바랍니다.\n- 스파크";
    assertEquals(List.of(SectionKind.REQUIREMENTS), kinds(text));
  }

  @Test
  void postingWithoutHeadingsGetsLinesInferred() {
    String text = "함께 성장할 동료를 찾습니다.\n- 파이썬 개발 경험이 있으신 분\n- 스파크 경험자 우대\n감사합니다.";
    assertEquals(List.of(SectionKind.OTHER, SectionKind.REQUIREMENTS, SectionKind.PREFERRED,
        SectionKind.OTHER), kinds(text));
  }
}
