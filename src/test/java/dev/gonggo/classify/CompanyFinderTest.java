package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.company.CompanyRegister;
import dev.gonggo.company.SizeTier;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionSplitter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The company of a posting, found where the posting names it and looked up in the register. */
class CompanyFinderTest {

  private static final CompanyFinder FINDER = CompanyFinder.builtIn();

  private static PostingCompany find(String text, String title) {
    return FINDER.find(new PostingText(Path.of("t.txt"), "text/plain", title, text,
        new SectionSplitter().split(text)));
  }

  @Test
  void aHeaderFieldIsLookedUpAndItsOffsetsKept() {
    String text = "공고명: 데이터 엔지니어\n회사명: (주)우아한형제들\n";
    PostingCompany c = find(text, null);
    assertEquals("우아한형제들", c.name());
    assertEquals("header-field", c.found());
    assertEquals("우아한형제들", c.entry().name());
    assertEquals(CompanyRegister.Lookup.NORMALISED, c.lookup());
    assertEquals("(주)우아한형제들", text.substring(c.start(), c.end()));
  }

  @Test
  void aBrandInTheTitleMeetsItsLegalName() {
    PostingCompany c = find("데이터 플랫폼을 만듭니다.\n", "[토스뱅크] Data Engineer");
    assertEquals("토스뱅크", c.name());
    assertEquals(SizeTier.LARGE, c.entry().tier());
  }

  @Test
  void aHeaderFieldTheRegisterLacksStillNamesTheCompany() {
    PostingCompany c = find("회사명: 어디에도없는랩\n", null);
    assertEquals("어디에도없는랩", c.name());
    assertFalse(c.matched());
  }

  @Test
  void aNameBeginningWithALargeBrandIsThatGroupsAffiliate() {
    PostingCompany c = find("회사명: 롯데헬스케어\n", null);
    assertFalse(c.matched());
    assertEquals("롯데", c.affiliation().entry().name());
  }

  @Test
  void aHeaderValueWithMoreThanTheNameIsReadWordByWord() {
    assertEquals("카카오페이", find("회사명: 카카오페이 · 판교오피스\n", null).entry().name());
    assertEquals("비바리퍼블리카", find("회사명: 토스 데이터팀\n", null).entry().name());
  }

  @Test
  void withoutAHeaderTheIntrosSubjectIsConfirmedInTheRegister() {
    PostingCompany c = find("쿠팡은 고객이 '쿠팡 없이 어떻게 살았을까'라고 말하는 세상을 만듭니다.\n", null);
    assertEquals("쿠팡", c.entry().name());
  }

  @Test
  void aBrandNamedThroughoutIsTheCompanyButNotAnInvestorOrAClient() {
    PostingCompany c = find("우리 팀은 데이터 파이프라인을 만듭니다.\n배민 주문 데이터를 다룹니다.\n"
        + "배민 라이더 앱의 로그도 함께 봅니다.\n", null);
    assertEquals("우아한형제들", c.entry().name());
    assertEquals("mentions", c.found());
    PostingCompany investor = find("카카오와 네이버로부터 투자를 받았습니다.\n카카오 출신 개발자가 많습니다.\n"
        + "데이터 파이프라인을 만듭니다.\n", null);
    assertFalse(investor.named());
  }

  @Test
  void aGroupWithAffiliateWordingIsKeptBeside() {
    PostingCompany c = find("회사명: 새로운모빌리티\n카카오 그룹사로서 모빌리티 데이터를 다룹니다.\n", null);
    assertEquals("새로운모빌리티", c.name());
    assertEquals("카카오", c.affiliation().entry().group());
    PostingCompany unlisted = find("회사명: 작은별\n별빛그룹 계열사입니다.\n", null);
    assertNull(unlisted.affiliation().entry(), "a group the FTC list lacks is not a large one");
  }

  @Test
  void anUnregisteredSubjectNamedAgainAndAgainIsTheCompany() {
    PostingCompany c = find("새벽별랩은 물류 데이터를 다룹니다.\n새벽별랩의 데이터팀은 작습니다.\n"
        + "새벽별랩에서 함께해요.\n", null);
    assertEquals("새벽별랩", c.name());
    assertEquals("subject", c.found());
    assertFalse(c.matched());
  }

  @Test
  void aPostingThatNamesNoCompanyHasNone() {
    PostingCompany c = find("데이터 엔지니어를 모십니다.\n", null);
    assertFalse(c.named());
    assertTrue(c.affiliation() == null);
  }
}
