package dev.gonggo.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register builder on a small made-up extract of the three data sets (in the layout of
 * ../shared/data/company-size), and the committed register against the real data when present.
 */
class RegisterBuilderTest {

  private static final Path FIXTURE = Path.of("src/test/resources/company-size");
  private static final Path DATA = Path.of("../shared/data/company-size");

  private static Map<String, RegisterEntry> build() throws Exception {
    return RegisterBuilder.build(FIXTURE, List.of(new CompanyAlias("LG전자", "엘지전자", null, null,
        "yes", ""))).stream().collect(Collectors.toMap(RegisterEntry::name, Function.identity()));
  }

  @Test
  void theThreeDataSetsMeetOnTheNormalisedName() throws Exception {
    RegisterEntry e = build().get("한빛전자");
    assertEquals("한빛", e.group());
    assertEquals("KOSPI", e.market());
    assertEquals(1200, e.headcount());
    assertEquals(SizeTier.LARGE, e.tier());
    assertEquals(TierRule.Reason.GROUP, e.reason());
    assertEquals(List.of("ftc-2025", "krx-2026-04", "nps-2026-06"), e.sources());
  }

  @Test
  void anAcronymMeetsItsSpelledLegalNameAndAnInsurerItsFullName() throws Exception {
    Map<String, RegisterEntry> register = build();
    assertEquals("KOSPI", register.get("엘지전자").market());
    assertEquals(List.of("LG전자"), register.get("엘지전자").also());
    assertEquals("KOSPI", register.get("한빛생명보험").market());
    assertFalse(register.containsKey("한빛생명"));
    assertEquals("BS", register.get("보성개발").group());
  }

  @Test
  void workplacesOfOneCompanyAreSummedAndBranchesAndStaffTypesDropped() throws Exception {
    Map<String, RegisterEntry> register = build();
    RegisterEntry e = register.get("바다로지스");
    assertEquals(1250, e.headcount());
    assertEquals(SizeTier.LARGE, e.tier());
    assertEquals(TierRule.Reason.HEADCOUNT, e.reason());
    // two companies of one name (other business numbers): the larger is kept, not the sum
    assertEquals(90, register.get("별빛").headcount());
    assertEquals(SizeTier.SMALL, register.get("별빛").tier());
  }

  @Test
  void anEnglishNameInParenthesesIsKeptAsAnotherName() throws Exception {
    RegisterEntry e = build().get("구름데이터");
    assertEquals(List.of("Gureum Data"), e.also());
    assertEquals(40, e.headcount());
  }

  @Test
  void listingAndIndustryGiveTheirFacts() throws Exception {
    Map<String, RegisterEntry> register = build();
    RegisterEntry kosdaq = register.get("다온소프트");
    assertEquals(SizeTier.MIDSIZE, kosdaq.tier());
    assertEquals(TierRule.Reason.LISTED, kosdaq.reason());
    assertTrue(kosdaq.itServices());
    assertEquals(SizeTier.SMALL, register.get("새싹랩").tier());
    assertEquals(TierRule.Reason.KONEX, register.get("새싹랩").reason());
  }

  @Test
  void theFileReadsBackAsWritten(@TempDir Path dir) throws Exception {
    List<RegisterEntry> entries = RegisterBuilder.build(FIXTURE, List.of());
    Path file = dir.resolve("register.tsv");
    RegisterFile.write(file, entries);
    List<RegisterFile.Row> rows = RegisterFile.read(new BufferedReader(new StringReader(
        Files.readString(file, StandardCharsets.UTF_8))));
    assertEquals(entries, rows.stream().map(RegisterFile.Row::entry).toList());
    RegisterFile.Row lg = rows.stream().filter(r -> r.entry().name().equals("엘지전자"))
        .findFirst().orElseThrow();
    assertEquals(List.of("엘지전자", "lg전자"), lg.keys());
    assertEquals(List.of(), lg.spelledKeys(), "LG전자 spelled is 엘지전자, a key already");
  }

  @Test
  void theCommittedRegisterIsWhatTheBuilderMakesOfTheData(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(DATA), "../shared/data/company-size not found: skipping");
    Path file = dir.resolve("register.tsv");
    RegisterFile.write(file, RegisterBuilder.build(DATA, CompanyAlias.builtIn()));
    assertEquals(Files.readString(file, StandardCharsets.UTF_8),
        Files.readString(RegisterBuilder.OUTPUT, StandardCharsets.UTF_8),
        "register.tsv is stale: rebuild it with the command in RegisterBuilder");
  }
}
