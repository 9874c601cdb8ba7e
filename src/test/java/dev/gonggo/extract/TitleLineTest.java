package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The title a Markdown or plain-text posting gives on its first lines; made-up postings. */
class TitleLineTest {

  @Test
  void aHeadingOnTheFirstLineIsTheTitle() {
    assertEquals("검색 엔지니어", TitleLine.find("# 검색 엔지니어\n\n## 주요업무\n- 색인 운영\n"));
  }

  @Test
  void aHeadingEndingInAColonLabelsWhatFollowsAndIsNoTitle() {
    assertNull(TitleLine.find("## Purpose:\n\nA Search Engineer keeps the index fresh.\n"));
    assertNull(TitleLine.find("## 소개：\n\n별빛랩은 지도 회사입니다.\n"));
  }

  @Test
  void aTitleFieldWinsOverTheFirstLine() {
    assertEquals("물류 데이터 엔지니어", TitleLine.find("## 요약\n공고명: 물류 데이터 엔지니어\n"));
  }
}
