package dev.gonggo.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gonggo.company.TierRule.Reason;
import org.junit.jupiter.api.Test;

/** The documented rule that sizes a register company, step by step. */
class TierRuleTest {

  private static void assertTier(SizeTier tier, Reason reason, TierRule.Tier actual) {
    assertEquals(tier, actual.tier());
    assertEquals(reason, actual.reason());
  }

  @Test
  void aLargeGroupsAffiliateIsLargeWhateverElseIsKnown() {
    assertTier(SizeTier.LARGE, Reason.GROUP, TierRule.of("카카오", null, null));
    assertTier(SizeTier.LARGE, Reason.GROUP, TierRule.of("카카오", "KOSDAQ", 12));
  }

  @Test
  void aThousandStaffMakeALargeCompanyListedOrNot() {
    assertTier(SizeTier.LARGE, Reason.HEADCOUNT, TierRule.of(null, null, 1000));
    assertTier(SizeTier.LARGE, Reason.HEADCOUNT, TierRule.of(null, "KOSDAQ", 1419));
  }

  @Test
  void aListedCompanyOutsideTheGroupsIsMidsizeEvenWithFewStaffOnFile() {
    // the NPS extract may hold a small branch only: the listing outranks its count
    assertTier(SizeTier.MIDSIZE, Reason.LISTED, TierRule.of(null, "KOSPI", 3));
    assertTier(SizeTier.MIDSIZE, Reason.LISTED, TierRule.of(null, "KOSPI", null));
    assertTier(SizeTier.MIDSIZE, Reason.LISTED, TierRule.of(null, "KOSDAQ", 120));
  }

  @Test
  void headCountsDecideTheRestAtThreeHundredAndAThousand() {
    assertTier(SizeTier.MIDSIZE, Reason.HEADCOUNT, TierRule.of(null, null, 999));
    assertTier(SizeTier.MIDSIZE, Reason.HEADCOUNT, TierRule.of(null, null, 300));
    assertTier(SizeTier.SMALL, Reason.HEADCOUNT, TierRule.of(null, null, 299));
    assertTier(SizeTier.SMALL, Reason.HEADCOUNT, TierRule.of(null, null, 3));
    assertTier(SizeTier.MIDSIZE, Reason.HEADCOUNT, TierRule.of(null, "KONEX", 450));
  }

  @Test
  void aKonexListingAloneIsSmallAndNothingKnownIsNoTier() {
    assertTier(SizeTier.SMALL, Reason.KONEX, TierRule.of(null, "KONEX", null));
    assertNull(TierRule.of(null, null, null).tier());
  }

  @Test
  void aCaseHasTheTierOfItsCompany() {
    assertEquals(SizeTier.LARGE, SizeTier.ofCase("large-platform"));
    assertEquals(SizeTier.MIDSIZE, SizeTier.ofCase("midsize-mature"));
    assertEquals(SizeTier.SMALL, SizeTier.ofCase("startup"));
  }
}
