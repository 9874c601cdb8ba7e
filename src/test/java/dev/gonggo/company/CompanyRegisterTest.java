package dev.gonggo.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.company.CompanyRegister.Lookup;
import dev.gonggo.company.CompanyRegister.Match;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names looked up in the built-in register and alias file, each way a name can meet its company. */
class CompanyRegisterTest {

  private static final CompanyRegister REGISTER = CompanyRegister.builtIn();

  private static Match lookup(String name) {
    return REGISTER.lookup(name).orElseThrow(() -> new AssertionError("not found: " + name));
  }

  @Test
  void aRegisterNameAsWrittenIsExact() {
    Match m = lookup("네이버");
    assertEquals(Lookup.EXACT, m.lookup());
    assertEquals("네이버", m.entry().group());
    assertEquals(SizeTier.LARGE, m.entry().tier());
  }

  @Test
  void aNameWithItsLegalFormIsNormalised() {
    Match m = lookup("(주)우아한형제들");
    assertEquals(Lookup.NORMALISED, m.lookup());
    assertEquals("우아한형제들", m.entry().name());
    assertTrue(m.entry().headcount() >= 1000);
  }

  @Test
  void brandsMeetTheirLegalNamesThroughTheAliasFile() {
    assertEquals("비바리퍼블리카", lookup("토스").entry().name());
    assertEquals(Lookup.ALIAS, lookup("토스").lookup());
    assertEquals("우아한형제들", lookup("배민").entry().name());
    assertEquals("우아한형제들", lookup("배달의 민족").entry().name());
    assertEquals("쿠팡", lookup("Coupang").entry().name());
    assertEquals("라인플러스", lookup("LINE Plus").entry().name());
    // the KRX lists 네이버 as NAVER; the builder joined the two through the alias file
    Match naver = lookup("NAVER");
    assertEquals("네이버", naver.entry().name());
    assertEquals("KOSPI", naver.entry().market());
  }

  @Test
  void aSubsidiaryTheAliasFileGivesAParentIsAsLargeAsTheParent() {
    Match bank = lookup("토스뱅크");
    assertEquals(SizeTier.LARGE, bank.entry().tier());
    assertEquals(TierRule.Reason.PARENT, bank.entry().reason());
    assertEquals("비바리퍼블리카", bank.entry().group());
    assertTrue(bank.entry().headcount() < 1000, "the bank's own head count stays");
  }

  @Test
  void anAliasOutranksARegisterCompanyOfTheSameName() {
    assertEquals("한글과컴퓨터", lookup("한컴").entry().name());
  }

  @Test
  void acronymsAreSpelledOutGroupsAndForeignSubsidiariesFound() {
    Match lg = lookup("LG CNS");
    assertEquals("엘지씨엔에스", lg.entry().name());
    assertTrue(lg.entry().itServices());
    Match lx = lookup("LX");
    assertEquals(Lookup.GROUP, lx.lookup());
    assertEquals(SizeTier.LARGE, lx.entry().tier());
    assertEquals("센드버드코리아", lookup("센드버드").entry().name());
    assertEquals(Lookup.SUBSIDIARY, lookup("센드버드").lookup());
  }

  @Test
  void aNameBeginningWithALargeBrandIsThatBrandsButNotEveryBeginningCounts() {
    assertEquals("롯데", REGISTER.largePrefix("롯데헬스케어").orElseThrow().entry().name());
    assertEquals("비바리퍼블리카", REGISTER.largePrefix("토스코어").orElseThrow().entry().name());
    assertEquals("에스케이", REGISTER.largePrefix("SK커뮤니케이션즈").orElseThrow().entry().name());
    // 토스트 is toast, KTB is not KT, 삼성출판사 is not the 삼성 group
    assertTrue(REGISTER.largePrefix("토스트앤컴퍼니").isEmpty());
    assertTrue(REGISTER.largePrefix("KTB네트워크").isEmpty());
    assertTrue(REGISTER.largePrefix("삼성출판사").isEmpty());
  }

  @Test
  void unknownNamesAndNonNamesAreNotFound() {
    assertTrue(REGISTER.lookup("어디에도없는회사이름").isEmpty());
    assertTrue(REGISTER.lookup("  ").isEmpty());
    assertTrue(REGISTER.lookup("(주)").isEmpty());
  }

  @Test
  void everyAliasMeansACompanyAndItsPatternCompiles() {
    Map<String, String> meant = new HashMap<>();
    for (CompanyAlias a : REGISTER.aliases()) {
      // two spellings of one name (KakaoBank, Kakao Bank) are both looked for, as the same company
      String before = meant.putIfAbsent(CompanyNames.normalize(a.alias()), a.name());
      assertTrue(before == null || before.equals(a.name()), "listed for two companies: " + a.alias());
      assertTrue(REGISTER.lookup(a.alias()).isPresent(), "means nothing: " + a.alias());
      if (a.scanPattern() != null) {
        assertTrue(Pattern.compile(a.scanPattern()).matcher(a.alias()).find(),
            "the pattern of " + a.alias() + " does not find the name itself");
      }
    }
  }
}
