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

  @Test
  void aLongRunOfLettersBeforeAnAddressIsReadOnce() {
    // a data URI's letters run on with no space: an address is looked for from each @ only,
    // within an address's bounds, so such a run costs one reading of the text
    String blob = "data:image/png;base64," + "iVBORw0KGgo".repeat(20_000);
    assertEquals(List.of("acme"), domains.companyNames(blob + "\n문의: jobs@acme.co.kr."));
    assertEquals(List.of(), domains.companyNames(blob + "@"));
  }
}
