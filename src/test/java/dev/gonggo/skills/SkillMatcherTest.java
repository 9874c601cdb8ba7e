package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionSplitter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Skills found in sentences written the way postings write them, with the guards' traps. */
class SkillMatcherTest {

  private static final PostingAnalyzer ANALYZER = new PostingAnalyzer();
  private static final SkillMatcher MATCHER = new SkillMatcher(Taxonomy.builtIn(), ANALYZER);
  private static final SectionSplitter SPLITTER = new SectionSplitter();

  /** The skills of a text, id → section. */
  private static Map<String, String> skills(String text) {
    PostingText posting = new PostingText(Path.of("p.txt"), "text/plain", null, text, SPLITTER.split(text));
    Map<String, String> out = new TreeMap<>();
    MATCHER.skills(posting, ANALYZER.analyze(text)).forEach(s -> out.put(s.id(), s.section().id()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[자격요건]\\n- 하둡을 활용한 스파크 배치 개발 경험|hadoop=required, spark=required",
      "[자격요건]\\n- 쿠버네티스(K8s) 운영 경험|kubernetes=required",
      "[자격요건]\\n- Java, Go, Python 중 하나 이상|go=required, java=required, python=required",
      "[자격요건]\\n- Go언어 개발 경험|go=required",
      "[자격요건]\\n- Django와 MongoDB 경험|django=required, mongodb=required",
      "[자격요건]\\n- C/C++ 개발 경험|c=required, c++=required",
      "[자격요건]\\n- Python, R 활용 통계 분석|python=required, r=required, statistics=required",
      "[자격요건]\\n- Spark Streaming 운영|spark-streaming=required",
      "[자격요건]\\n- 관계형 데이터베이스 경험|rdbms=required",
      "[자격요건]\\n- Node.js와 CI/CD 경험|ci-cd=required, nodejs=required",
      "[자격요건]\\n- 원활한 커뮤니케이션이 가능한 분|communication=required",
      "[자격요건]\\n- 자바 3년 이상\\n- 카프카 경험자 우대|java=required, kafka=preferred",
      "[우대사항]\\n- Airflow로 관리하는 DAG 운영 경험|airflow=preferred",
      "[복지]\\n- AWS 교육 지원|aws=other",
      "[주요업무]\\n- Presto 쿼리 성능 개선|presto=duties",
      "[자격요건]\\n- HTML, CSS 사용 경험|css=required, html=required",
      "[자격요건]\\n- Kotlin 기반 Spring(Boot) 개발|kotlin=required, spring-boot=required",
      "[우대사항]\\n- RestfulAPI에 대한 이해|rest-api=preferred",
      "[자격요건]\\n- ES 5+ / Typescript|javascript=required, typescript=required",
      "[자격요건]\\n- GitHub 사용 경험\\n- [발표 자료](https://naver.github.io/docker/)|github=required"})
  void findsTheSkills(String text, String expected) {
    assertEquals(expected, skills(text.replace("\\n", "\n")).toString().replaceAll("[{}]", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[자격요건]\\n- 새로운 도전을 즐기는 분, ready to go",
      "[회사소개]\\n우리는 시리즈 C 투자를 받았습니다",
      "[자격요건]\\n- R&D 부서와 협업 경험",
      "[복지]\\n- 봄 소풍과 가을 워크숍",
      "[자격요건]\\n- 컴퓨터공학 또는 관련 학과 전공자",
      "[자격요건]\\n- 문제를 해결하고 싶은 열정",
      "[자격요건]\\n- 수평적인 커뮤니케이션 문화를 좋아하는 분",
      "[우대사항]\\n- 블로그: https://github.com/example/kafka-notes"})
  void findsNothingInTheTraps(String text) {
    assertEquals(Map.of(), skills(text.replace("\\n", "\n")));
  }

  @Test
  void practicesAreNotSkillsButAreFound() {
    PostingText posting = new PostingText(Path.of("p.txt"), "text/plain", null, "[우대사항]\n- TDD 경험",
        SPLITTER.split("[우대사항]\n- TDD 경험"));
    var found = MATCHER.skills(posting, ANALYZER.analyze(posting.text()));
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).skill().practice());
  }
}
