package dev.gonggo.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Years of experience read from résumés and skills files, with this month fixed. */
class CareerYearsTest {

  private final CareerYears years = new CareerYears(YearMonth.of(2024, 7));

  @Test
  void datedRangesAreSummedWithBothEndMonths() {
    ProfileYears y = years.read("""
        경력
        가온소프트 — 개발자 (2019.03 – 2021.02)
        나래데이터 — 데이터 엔지니어 2021.03 ~ 2023.02
        """);
    assertEquals(4.0, y.years(), 1e-9);
    assertEquals(ProfileYears.Basis.HISTORY, y.basis());
    assertEquals(List.of("2019.03 – 2021.02", "2021.03 ~ 2023.02"), y.evidence());
  }

  @Test
  void overlappingRangesAreCountedOnce() {
    ProfileYears y = years.read("""
        A사 2018.01 - 2020.12
        B사 (겸직) 2020.01 - 2021.12
        C 프로젝트 2019-06 ~ 2019-09
        """);
    assertEquals(4.0, y.years(), 1e-9);
  }

  @Test
  void presentIsThisMonth() {
    assertEquals(2.5, years.read("한결커머스 2022.02 ~ 현재").years(), 1e-9);
    assertEquals(1.0, years.read("Tidepool 2023/08 – present").years(), 1e-9);
    assertEquals(0.5, years.read("2024년 2월 ~ 재직 중").years(), 1e-9);
  }

  @Test
  void schoolingAndServiceAreNotWork() {
    ProfileYears y = years.read("""
        ## 경력
        한빛데이터 2020.03 – 2022.02

        ## 학력
        2014.03 – 2020.02 한빛대학교 통계학과
        병역: 육군 2015.05 – 2017.02
        """);
    assertEquals(2.0, y.years(), 1e-9);
  }

  @Test
  void theResumesOwnTotalComesFirstAndTheHistoryIsKeptBeside() {
    ProfileYears y = years.read("""
        박준호 / 데이터 엔지니어 / 경력 5년

        경력사항
        애드웨이브 (2019.07 ~ 2021.12)
        한결커머스 (2022.01 ~ 현재)
        """);
    assertEquals(5.0, y.years(), 1e-9);
    assertEquals(ProfileYears.Basis.STATED, y.basis());
    assertEquals(List.of("경력 5년"), y.evidence());
    assertEquals(61 / 12.0, y.history(), 1e-9);
    assertEquals(11.0, years.read("# 이서준 — 데이터 플랫폼 엔지니어 (11년)\n").years(), 1e-9);
    assertEquals(7.0, years.read("Senior engineer\n7 years of experience in data\n").years(), 1e-9);
  }

  @Test
  void aNumberOfYearsFarDownIsNotATotal() {
    String text = "이름\n소개\n한 줄\n두 줄\n세 줄\n여섯째 줄: Spark 경력 3년\n";
    assertNull(years.read(text).years());
  }

  @Test
  void theYearsLineWins() {
    ProfileYears y = years.read("skills: spark, kafka\nyears: 4\n");
    assertEquals(4.0, y.years(), 1e-9);
    assertEquals(ProfileYears.Basis.YEARS_LINE, y.basis());
  }

  @Test
  void nothingToGoOn() {
    assertEquals(ProfileYears.UNKNOWN, years.read("skills: spark\n"));
  }
}
