package dev.gonggo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.text.CompanyLine.Candidate;
import dev.gonggo.text.CompanyLine.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The places a posting names its company, on small postings written for the test. */
class CompanyLineTest {

  private static List<String> names(String text, String title, Source source) {
    return CompanyLine.candidates(text, title).stream().filter(c -> c.source() == source)
        .map(Candidate::name).toList();
  }

  @Test
  void aHeaderFieldNamesTheCompanyForCertainWithItsOffsets() {
    String text = "공고명: 데이터 엔지니어\n회사명: 한빛데이터\n직무: 빅데이터 엔지니어\n";
    Candidate c = CompanyLine.candidates(text, null).get(0);
    assertEquals("한빛데이터", c.name());
    assertEquals(Source.HEADER_FIELD, c.source());
    assertTrue(c.certain());
    assertEquals("한빛데이터", text.substring(c.start(), c.end()));
    assertEquals("한빛데이터", CompanyLine.find(text, null));
  }

  @Test
  void aLabelLineWithTheNameOnTheNextLineIsAHeaderFieldToo() {
    assertEquals("한빛데이터", CompanyLine.find("## 회사명\n한빛데이터\n\n## 업무\n파이프라인 개발\n", null));
    assertEquals("Hanbit Data", CompanyLine.find("[Company]\nHanbit Data\n", null));
    // a sentence under a label is not a name
    assertNull(CompanyLine.find("## 회사명\n저희는 데이터로 세상을 바꿉니다.\n", null));
  }

  @Test
  void aBracketedNameOpeningTheTitleIsCertainJobWordsAreNot() {
    assertEquals("한빛데이터", CompanyLine.find("본문", "[한빛데이터] 데이터 엔지니어 채용"));
    assertNull(CompanyLine.find("본문", "[경력 3년 이상] 데이터 엔지니어"));
    assertTrue(names("본문", "데이터 엔지니어 | 한빛데이터", Source.TITLE).contains("한빛데이터"));
  }

  @Test
  void aPostingOpeningWithAPartsHeadingHasNoCompanyInIt() {
    // no title: the first line is read as one, but "[담당업무]" opens the duties
    assertNull(CompanyLine.find("[담당업무]\n• 주문 데이터 파이프라인 운영\n", null));
    assertEquals("한빛데이터", CompanyLine.find("[한빛데이터] 데이터 엔지니어\n[담당업무]\n• 운영\n", null));
    // only the heading is passed over: a name set off after it on the line is still a candidate
    List<String> named = names("회사소개 - 한빛데이터\n[담당업무]\n• 운영\n", null, Source.TITLE);
    assertEquals(List.of("한빛데이터"), named);
  }

  @Test
  void aBracketedRoleIsTheJobAndTheRestOfTheTitleANameToConfirm() {
    assertNull(CompanyLine.find("본문", "[검색 엔지니어] 한빛클라우드"));
    assertEquals(List.of("한빛클라우드"), names("본문", "[검색 엔지니어] 한빛클라우드", Source.TITLE));
    assertNull(CompanyLine.find("본문", "[데이터분석가] 채용"));
    // a company's trade glued to its name is no role: 한빛개발 is a name
    assertEquals("한빛개발", CompanyLine.find("본문", "[한빛개발] 데이터 엔지니어"));
  }

  @Test
  void aBracketedTeamOrDivisionIsANameToConfirmNotTheCompany() {
    assertNull(CompanyLine.find("본문", "[공통기술부문] DBA 모집"));
    assertNull(CompanyLine.find("본문", "[데이터플랫폼팀] 데이터 엔지니어"));
    assertEquals("한빛데이터", CompanyLine.find("회사명: 한빛데이터\n", "[데이터플랫폼팀] 데이터 엔지니어"));
    assertTrue(names("본문", "[공통기술부문] DBA 모집", Source.TITLE).contains("공통기술부문"));
  }

  @Test
  void legalFormsSubjectsAndEnglishNamesAreCandidatesToConfirm() {
    String text = "(주)한빛데이터는 물류 데이터를 다룹니다. 한빛데이터에서 함께할 분을 찾습니다.\n"
        + "Hanbit is a small data shop.\n";
    assertEquals(List.of("한빛데이터"), names(text, null, Source.LEGAL_FORM));
    assertTrue(names(text, null, Source.ENGLISH).contains("Hanbit"));
    Candidate legal = CompanyLine.candidates(text, null).get(0);
    assertEquals(Source.LEGAL_FORM, legal.source());
    assertTrue(!legal.certain());
  }

  @Test
  void theIntrosSubjectIsACandidateButCommonWordsAreNot() {
    String text = "별빛랩은 위치 데이터를 다루는 스타트업입니다.\n현재 팀은 다섯 명입니다.\n";
    List<String> subjects = names(text, null, Source.SUBJECT);
    assertEquals("별빛랩", subjects.get(0));
    assertTrue(!subjects.contains("현재"));
  }

  @Test
  void aSubjectTheIntroDescribesAsACompanyIsCertain() {
    assertEquals("별빛랩", CompanyLine.find("별빛랩은 위치 데이터를 다루는 스타트업입니다.\n", null));
    assertEquals("별빛랩", CompanyLine.find("2019년 설립된 별빛랩은 물류 회사로, 전국에 창고를 둡니다.\n",
        null));
    // described whatever else the line holds: this company's market, not its investors
    assertEquals("별빛랩", CompanyLine.find("별빛랩은 대체투자 시장의 기업입니다.\n", null));
    // the posting's own by its possessive, but not a team of it
    assertEquals("별빛랩", CompanyLine.find("저희 별빛랩은 위치 데이터를 다룹니다.\n", null));
    assertNull(CompanyLine.find("저희 플랫폼팀은 위치 데이터를 다룹니다.\n", null));
    // a subject that is not described so is a name to confirm
    assertNull(CompanyLine.find("별빛랩은 위치 데이터를 다룹니다.\n", null));
    assertEquals(List.of("별빛랩"), names("별빛랩은 위치 데이터를 다룹니다.\n", null, Source.SUBJECT));
  }

  @Test
  void aPublicNoticeIsIssuedByTheBodyBeforeItsNumber() {
    assertEquals("달빛구", CompanyLine.find("달빛구 공고 제2024-3호\n달빛구 청년 인턴 모집\n", null));
    assertEquals("달빛구", CompanyLine.find("- 1 -\n【달빛구 공고 제 2024 - 3호】\n", null));
    // words before 공고 that name the hiring are no issuer
    assertNull(CompanyLine.find("달빛구 청년 인턴 채용 공고 제2024-3호\n", null));
  }

  @Test
  void anEnglishAtClauseAndAOneSyllableHeaderValueNameTheCompany() {
    assertEquals("Hanbit", CompanyLine.find("At [Hanbit](https://hanbit.example), we move parcels.\n",
        null));
    assertEquals("별", CompanyLine.find("공고명: 데이터 엔지니어\n회사명: 별\n", null));
  }

  @Test
  void aGroupWithAffiliateWordingIsAnAffiliation() {
    assertEquals(List.of("카카오"), names("카카오 그룹사에서 함께할 데이터 엔지니어를 찾습니다.\n", null,
        Source.AFFILIATE));
    assertEquals(List.of("kt"), names("저희는 kt 그룹의 IT 서비스 회사입니다.\n", null, Source.AFFILIATE));
    assertEquals(List.of("휴맥스"), names("휴맥스의 모빌리티 전문 자회사입니다.\n", null, Source.AFFILIATE));
  }

  @Test
  void linesAboutInvestorsAndClientsAreNotThePostersCompany() {
    String text = "저희는 (주)큰손벤처스로부터 투자를 받았습니다.\n고객사: (주)대형유통 외 다수\n";
    assertTrue(names(text, null, Source.LEGAL_FORM).isEmpty());
    assertNull(CompanyLine.find(text, null));
  }

  /**
   * The cost does not grow with the text, by construction: a text of a billion characters whose
   * characters past the opening part cannot be read gives the same names as its opening part.
   */
  @Test
  void onlyTheOpeningPartOfATextIsRead() {
    String opening = "회사명: 한빛데이터\n(주)한빛데이터는 물류 데이터를 다루는 회사입니다.\n"
        + "카카오 그룹사에서 함께할 분을 찾습니다.\n" + "가나 ".repeat(1500);
    CharSequence endless = new OpeningOnly(opening, 1_000_000_000);
    assertEquals(CompanyLine.candidates(opening.substring(0, 3000), "[한빛데이터] 데이터 엔지니어"),
        CompanyLine.candidates(endless, "[한빛데이터] 데이터 엔지니어"));
    assertEquals("한빛데이터", CompanyLine.find(endless, "데이터 엔지니어 ".repeat(100_000)));
  }

  /** A text of a given length of which only the characters of an opening part can be read. */
  private record OpeningOnly(String opening, int length) implements CharSequence {
    @Override
    public char charAt(int index) {
      if (index >= opening.length()) {
        throw new IllegalStateException("read past the opening part at " + index);
      }
      return opening.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      if (end > opening.length()) {
        throw new IllegalStateException("read past the opening part up to " + end);
      }
      return opening.substring(start, end);
    }

    @Override
    public String toString() {
      throw new IllegalStateException("read the whole text");
    }
  }
}
