package dev.gonggo.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How names from the registers, the alias file and postings are brought to one form. */
class CompanyNamesTest {

  @Test
  void legalFormsSpacesAndFullWidthAreDropped() {
    for (String written : List.of("(주)카카오", "주식회사 카카오", "카카오㈜", "카카오 (주)", "( 주 )카카오",
        "（주）카카오", "카카오 주식회사", "유한회사 카카오", "(유)카카오")) {
      assertEquals("카카오", CompanyNames.normalize(written), written);
    }
    assertEquals("우아한형제들", CompanyNames.normalize("우아한 형제들"));
    assertEquals("naver", CompanyNames.normalize("ＮＡＶＥＲ"));
  }

  @Test
  void englishLegalFormsEndingANameAreDropped() {
    assertEquals("sendbirdkorea", CompanyNames.normalize("SendBird Korea  Inc."));
    assertEquals("gravitylabs", CompanyNames.normalize("GravityLabsCo. Ltd."));
    assertEquals("kakao", CompanyNames.normalize("Kakao Corp."));
    assertEquals("lineplus", CompanyNames.normalize("LINE Plus Corporation"));
    // a name that merely ends in the letters of a form keeps them
    assertEquals("disco", CompanyNames.normalize("Disco"));
    assertEquals("costco", CompanyNames.normalize("Costco"));
  }

  @Test
  void ampersandAndPlusStay() {
    assertEquals("lgu+", CompanyNames.normalize("LG U+"));
    assertEquals("skc&c", CompanyNames.normalize("SK C&C"));
  }

  @Test
  void shortAcronymsAreSpelledAsKoreanLegalNamesWriteThem() {
    assertEquals("엘지전자", CompanyNames.spelled("LG전자"));
    assertEquals("케이티디에스", CompanyNames.spelled("kt ds"));
    assertEquals("에스케이씨앤씨", CompanyNames.spelled("SK C&C"));
    assertEquals("엘지씨엔에스", CompanyNames.spelled("LG CNS"));
    assertEquals("씨제이이엔엠", CompanyNames.spelled("CJ ENM"));
    // a longer Latin word is a word, not an acronym
    assertEquals("naver", CompanyNames.spelled("NAVER"));
    assertEquals("카카오", CompanyNames.spelled("카카오"));
  }

  @Test
  void aNameWithASecondNameInParenthesesStandsForBoth() {
    assertEquals(List.of("센드버드코리아", "SendBird Korea"),
        CompanyNames.parts("(주) 센드버드코리아 (SendBird Korea  Inc.)"));
    assertEquals(List.of("브레이브모바일", "숨고,Soomgo"), CompanyNames.parts("브레이브모바일(숨고,Soomgo)"));
    assertEquals(List.of("카카오"), CompanyNames.parts("(주)카카오"));
  }

  @Test
  void withoutLegalFormKeepsTheNameAsWritten() {
    assertEquals("비바리퍼블리카", CompanyNames.withoutLegalForm("（주） 비바리퍼블리카"));
    assertEquals("LG CNS", CompanyNames.withoutLegalForm("LG CNS Co., Ltd."));
  }
}
