package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailDomainsTest {

  private final MailDomains domains = MailDomains.builtIn();

  @Test
  void anAddressAtTheCompanysDomainNamesItAndItsCapitals() {
    String text = "BlueHarborLabs의 데이터 팀입니다.\n지원: careers@blueharborlabs.co.kr";
    assertEquals(List.of("blueharborlabs", "bhl"), domains.companyNames(text));
  }

  @Test
  void freeMailAndTheDomainsEndsNameNothing() {
    assertEquals(List.of(), domains.companyNames("문의: someone@gmail.com, hr@naver.com"));
    assertEquals(List.of("acme"), domains.companyNames("jobs@hr.acme.io"));
  }
}
