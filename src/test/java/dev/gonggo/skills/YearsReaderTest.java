package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionSplitter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years of experience in the ways postings write them. */
class YearsReaderTest {

  private final YearsReader reader = new YearsReader();
  private final SectionSplitter splitter = new SectionSplitter();

  private Experience read(String title, String text) {
    return reader.read(new PostingText(Path.of("p.txt"), "text/plain", title, text, splitter.split(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "[자격요건]\\n- 데이터 엔지니어링 경력 3년 이상|3|null",
      "[자격요건]\\n- 관련 경력 2~5년|2|5",
      "[자격요건]\\n- 5년차 이상 백엔드 개발자|5|null",
      "Requirements\\n- 4+ years of experience with Spark|4|null",
      "[자격요건]\\n- 경력 4년↑|4|null",
      "[자격요건]\\n- 신입 가능|0|null",
      "경력조건: 경력무관\\n[주요업무]\\n- 파이프라인 개발|0|null",
      "경력조건: 경력 경력 3~9년\\n[자격요건]\\n- SQL 능숙|3|9",
      "경력조건: 신입~10년\\n[자격요건]\\n- SQL 능숙|0|10",
      "[회사소개]\\n설립 10년차 회사입니다.\\n[복지]\\n- 근속 3년마다 휴가|null|null",
      "[자격요건]\\n- 1년 이상의 경력자\\n- 서비스 개발 경험 3년 이상|3|null",
      "[자격요건]\\n- 실무 경력 최소 4년 이상 / 개발 경험 3년 이상|4|null",
      "[자격요건]\\n- 2년 이상의 경험 (5년 이상은 시니어로 진행)|2|null",
      "[자격요건]\\n- 신입 또는 경력 3년 이상|0|null",
      "[자격요건]\\n- 경력: 개발 경력 3년 이상\\n- 신입: 경력 무관|0|null",
      "[자격요건]\\n- 3년 이상의 경력 (신입은 아쉽지만 다음에)|3|null",
      "[자격요건]\\n- 학력: 무관\\n- 자바 능숙|null|null",
      "[자격요건]\\n- 3년 이상\\n[우대사항]\\n- 1년 이상 리딩 경험|3|null",
      "경력: 무관\\n[주요업무]\\n- 파이프라인 개발|0|null",
      "신입/경력: 경력\\n[주요업무]\\n- 파이프라인 개발|null|null",
      "신입/경력: 신입\\n[주요업무]\\n- 파이프라인 개발|0|null",
      "3~10년 경력의 팀원들과 함께 일합니다.\\n[주요업무]\\n- 파이프라인 개발|null|null",
      // a track of the hiring process, labelled by the years of its applicants, asks nothing
      "파이프라인을 만들 분을 찾습니다.\\n\\n연차 5년 넘는 분\\n- 서류 검토 후 기술 인터뷰\\n- 대표 면담|null|null",
      "파이프라인을 만들 분을 찾습니다.\\n\\n연차 5년 넘는 분\\n- Spark 운영 경험|5|null",
      "[주요업무]\\n- 파이프라인 개발\\n[우대사항]\\n- 5년 이상 추천 시스템 경험|null|null",
      "신입사원 교육 프로그램을 운영합니다.\\n[주요업무]\\n- 파이프라인 개발|null|null",
      "[자격요건]\\n- 3년 이상의 실무 경험\\n- 7년 이상 경력의 경우 리드로 지원 가능|3|null",
      // items run together on one line are read one by one: one item's 또는 is not the other's
      "자격요건\\n• 백엔드 개발 2년 이상 또는 비슷한 역량을 갖춘 분 • API 서버 경력 4년 이상|4|null",
      "[자격요건]\\n- 경력 3년 이상 (석사의 경우 1년)|3|null",
      "[자격요건]\\n1) Data Engineer\\n- 3년 이상 경력\\n2) Cloud Engineer\\n- 2년 이상 경력|2|null",
      "[자격요건]\\n- 경력 2년 이상\\n[자격요건]\\n- 경력 5년 이상|2|null",
      // requirements again after a preferred part: another position's
      "[자격요건]\\n- 경력 2년 이상\\n[우대사항]\\n- Go 개발 경험\\n[필요 역량]\\n- 경력 5년 이상|2|null",
      // a bound from above is no least number of years
      "[자격요건]\\n- 경력 2년 미만 지원 가능\\n- SQL 능숙|null|null",
      // the company's age or a tenure, wherever it stands, asks for nothing
      "공고 제목\\n12년차 기업에서 함께할 개발자를 찾습니다\\n[주요업무]\\n- 파이프라인 개발|null|null",
      "공고 제목\\n- 4년 이상 근속 시 안식 휴가\\n[주요업무]\\n- 파이프라인 개발|null|null",
      "[이런 분과 함께하고 싶어요]\\n- 5년 이상 경력\\n[자격요건]\\n- 2년 이상 Node.js 경험|5|null"})
  void readsYears(String text, Integer min, Integer max) {
    Experience e = read(null, text.replace("\\n", "\n"));
    assertEquals(min, e.minYears(), "min");
    assertEquals(max, e.maxYears(), "max");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"데이터 엔지니어 (5년 이상)|5", "Senior Engineer (7+ years)|7"})
  void readsYearsFromTheTitle(String title, int min) {
    assertEquals(min, read(title, "[주요업무]\n- 파이프라인 개발").minYears());
  }
}
