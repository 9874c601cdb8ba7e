package dev.gonggo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sections found in the heading styles and wordings real postings use. */
class SectionSplitterTest {

  private final SectionSplitter splitter = new SectionSplitter();

  private List<SectionKind> kinds(String text) {
    return splitter.split(text).stream().map(Section::kind).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[주요업무]|DUTIES", "【자격요건】|REQUIREMENTS", "■ 우대사항|PREFERRED", "◆ 담당 업무|DUTIES",
      "▶ 우대 요건|PREFERRED", "## 이런 일을 해요|DUTIES", "## 이런 분을 찾고 있어요|REQUIREMENTS",
      "### 이런 분이면 더 좋아요|PREFERRED", "**자격 요건**|REQUIREMENTS", "지원자격:|REQUIREMENTS",
      "혜택 및 복지|BENEFITS", "기술스택|TECH_STACK", "채용 절차|PROCESS", "Responsibilities|DUTIES",
      "Requirements|REQUIREMENTS", "Qualifications|REQUIREMENTS", "Nice to have|PREFERRED",
      "Bonus points|PREFERRED", "[회사소개]|INTRO", "업무내용|DUTIES", "필수 자격|REQUIREMENTS",
      "우대조건|PREFERRED", "1. 자격요건|REQUIREMENTS", "<우대사항>|PREFERRED"})
  void recognisesHeading(String heading, SectionKind kind) {
    assertEquals(List.of(SectionKind.OTHER, kind), kinds("공고 제목\n" + heading + "\n- 자바 경험"));
  }

  @Test
  void headingGluedToItsFirstItem() {
    String text = "자격요건• 자바 개발 경험 3년 이상\n우대사항 - 카프카 운영 경험";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        sections.stream().map(Section::kind).toList());
    assertEquals("• 자바 개발 경험 3년 이상\n",
        text.substring(sections.get(0).start(), sections.get(0).end()));
  }

  @Test
  void headerFieldWithContentIsATechStackLine() {
    String text = "회사명: 가나다\n기술 스택: Java, Spark\n[자격요건]\n- 스파크";
    assertEquals(List.of(SectionKind.OTHER, SectionKind.TECH_STACK, SectionKind.REQUIREMENTS), kinds(text));
  }

  @Test
  void closingNoticesUnderAPartAreTheHiringProcessNotThePart() {
    // the 우대 of the veterans' notice is no preference of the job; the second note, marked the
    // same way, names no notice and goes with it
    String text = """
        [자격요건]
        - Java 개발 경력 3년 이상
        - 병역을 마쳤거나 면제된 분
        [우대사항]
        - Kafka 운영 경험
        ※ 국가유공자와 보훈 대상자는 관계 법령에 따라 우대합니다.
        ※ 제출하신 서류는 채용 목적 밖에 쓰지 않습니다.
        """;
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.PROCESS),
        sections.stream().map(Section::kind).toList());
    assertEquals("- Kafka 운영 경험",
        text.substring(sections.get(1).start(), sections.get(1).end()).strip());
    assertTrue(text.substring(sections.get(2).start(), sections.get(2).end()).contains("목적 밖에"));
  }

  @Test
  void aNoticeAmongTheItemsTakesOnlyItsOwnLine() {
    String text = "[자격요건]\n- Java 개발 경력 3년 이상\n- 수습기간 3개월\n- Spring Boot\n";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PROCESS, SectionKind.REQUIREMENTS),
        sections.stream().map(Section::kind).toList());
    assertEquals("- Spring Boot",
        text.substring(sections.get(2).start(), sections.get(2).end()).strip());
  }

  @Test
  void aNoticeFirstUnderAHeadingLeavesTheHeadingToItsPart() {
    List<Section> sections = splitter.split("[우대사항]\n- 장애인 우대\n- Airflow\n");
    assertEquals(List.of(SectionKind.PREFERRED, SectionKind.PROCESS, SectionKind.PREFERRED),
        sections.stream().map(Section::kind).toList());
    assertEquals("우대사항", sections.get(0).heading());
  }

  @Test
  void anEqualOpportunityStatementAmongTheRequirementsIsNoneOfThem() {
    String text = "Requirements\n- 3+ years of Spark\n- We are an equal opportunity employer.\n"
        + "- Experience with PostgreSQL\n";
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PROCESS, SectionKind.REQUIREMENTS),
        kinds(text));
  }

  @Test
  void workOnTheTopicsOfNoticesIsTheJobsOwn() {
    // privacy, accessibility, fact-checking and document AI are jobs too: no notice's phrasing
    String text = """
        [주요업무]
        - 개인정보 수집 동의 이력을 관리하는 시스템을 개발합니다
        - 장애인 접근성 기준에 맞춰 화면을 검수합니다
        - 허위 사실 탐지 모델을 운영합니다
        - 보험금 청구 서류 심사 자동화
        - 입사 지원서 관리 기능 개발
        """;
    assertEquals(List.of(SectionKind.DUTIES), kinds(text));
  }

  @Test
  void unknownMarkdownHeadingEndsThePartBeforeIt() {
    String text = "### 우대 사항\n- Vue 경험\n### 관련 자료\n- jQuery 발표";
    assertEquals(List.of(SectionKind.PREFERRED, SectionKind.OTHER), kinds(text));
  }

  @Test
  void numberedItemsUnderAHeadingAreItemsWhateverTheirWords() {
    // 자격 and 프로세스 are cue words, but "1." to "3." count on: a numbered list, not headings
    String text = "[우대사항]\n1. 보안 인증 심사원 자격 보유\n2. 품질 관리 프로세스 수립 경험\n"
        + "3. 영어 문서 작성 능통";
    assertEquals(List.of(SectionKind.PREFERRED), kinds(text));
  }

  @Test
  void aLineOpeningWithAFigureIsNoListItem() {
    // a question of the intro, phrased like a heading (…하게 될까요?), followed by a line that
    // opens with a figure, not with a list number: no duties heading
    String text = "공고 제목\n10년 뒤에는 어떤 도구로 개발하게 될까요?\n\n5년 뒤에도 같은 도구를 쓸까요?\n"
        + "[자격요건]\n- 자바 경험";
    assertTrue(splitter.split(text).stream().noneMatch(s -> s.kind() == SectionKind.DUTIES),
        () -> splitter.split(text).toString());
  }

  @Test
  void headingGluedByAColonIsJudgedByItsCueWords() {
    // 사용하는 기술 is a third of the heading's letters: a heading, as on a line of its own
    String text = "[주요업무]\n- 사내 도구 개발\n데이터 플랫폼 팀이 매일 사용하는 기술: Java, Kotlin\n"
        + "- Redis, Kafka";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.DUTIES, SectionKind.TECH_STACK),
        sections.stream().map(Section::kind).toList());
    assertTrue(text.substring(sections.get(1).start()).startsWith("Java, Kotlin"));
  }

  @Test
  void englishHeadingGluedByAColonIsJudgedByItsCueWords() {
    String text = "Requirements\n- 유사 직무 4년 이상\nPreferences: 모바일 앱 출시 경험\n- 오픈소스 기여 경험";
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PREFERRED), kinds(text));
    // a plural of a cue word is the cue word
    assertEquals(List.of(SectionKind.OTHER, SectionKind.REQUIREMENTS),
        kinds("공고 제목\nExperiences: 유사 직무 4년 이상\n[우대사항]\n- 오픈소스 기여 경험")
            .subList(0, 2));
  }

  @Test
  void listsAfterAnIntroAreReadByTheirWordingWhenNoPartIsNamed() {
    String text = "[회사 소개]\n사내 메신저 서비스를 만드는 팀입니다.\n\n- 메시지 서버 개발 및 운영합니다\n\n"
        + "- 채팅 서버 경력 4년 이상이신 분\n";
    assertEquals(List.of(SectionKind.INTRO, SectionKind.DUTIES, SectionKind.REQUIREMENTS),
        kinds(text).stream().filter(k -> k != SectionKind.OTHER).toList());
  }

  @Test
  void aBulletedFieldThatAsksIsARequirement() {
    String text = "공고 제목\n- 경력 : 4년 이상\n- 근무지: 판교";
    PostingText posting = new PostingText(null, "text/plain", null, text, splitter.split(text));
    assertEquals(SectionKind.REQUIREMENTS, posting.sectionAt(text.indexOf("경력")));
    assertEquals(SectionKind.OTHER, posting.sectionAt(text.indexOf("근무지")));
    // asked by its label: 경력
    String byLabel = "공고 제목\n- 경력 : 10년\n- 근무지: 판교";
    PostingText labelled = new PostingText(null, "text/plain", null, byLabel, splitter.split(byLabel));
    assertEquals(SectionKind.REQUIREMENTS, labelled.sectionAt(byLabel.indexOf("경력")));
  }

  @Test
  void aRunBeforeThePreferredPartThatAssignsNoWorkIsTheRequirements() {
    String text = "Responsibilities\n- Design and build the event pipeline\n- Maintain the data platform\n\n"
        + "- Stream processing at scale (Flink or Spark)\n- Columnar storage formats\n\n"
        + "Nice to have\n- Kafka";
    assertEquals(List.of(SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        kinds(text));
  }

  @Test
  void aRunBeforeThePreferredPartOpenedByAnAskingItemIsTheRequirements() {
    String text = "[주요업무]\n- 결제 시스템 구축 및 운영\n\n- 경력 : 4년 이상\n- 정산 시스템 설계 및 구축\n"
        + "- 배치 서버 운영\n[우대사항]\n- Go 개발 경험";
    assertEquals(List.of(SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        kinds(text));
  }

  @Test
  void requirementsNamedOnlyAfterThePreferredPartLeaveTheRunBeforeIt() {
    // 해보신 분, 하시는 분: a person, as …하신 분 is
    String text = "[주요업무]\n- 정산 시스템 설계 및 구축\n\n- 배포 자동화를 해보신 분\n- 장애 대응을 하시는 분\n"
        + "[우대사항]\n- Go 개발 경험\n[응시자격]\n- 해외 출장에 결격 사유가 없는 분";
    assertEquals(List.of(SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED,
        SectionKind.REQUIREMENTS), kinds(text));
  }

  @Test
  void eachPositionHasTheRunBeforeItsPreferredPart() {
    String text = "#Backend Engineer\n- 정산 시스템 설계 및 구축\n\n- Node.js 5년 이상\n[우대사항]\n"
        + "- Go 개발 경험\n#Frontend Engineer\n- 웹 화면 개발\n\n- React 3년 이상\n[우대사항]\n"
        + "- 디자인 시스템 경험";
    assertEquals(2, kinds(text).stream().filter(k -> k == SectionKind.REQUIREMENTS).count(),
        () -> splitter.split(text).toString());
  }

  @Test
  void aMarkdownHeadingWithoutItsSpaceEndsThePartBeforeIt() {
    assertEquals(List.of(SectionKind.PREFERRED, SectionKind.OTHER),
        kinds("### 우대 사항\n- Vue 경험\n#관련 자료\n- 발표 영상"));
    assertEquals(List.of(SectionKind.PREFERRED), kinds("### 우대 사항\n- Vue 경험\n#재택#유연근무"));
  }

  @Test
  void sentenceStartingWithAHeadingWordIsNotAHeading() {
    String text = "[자격요건]\n- 자바 경험\n우대사항은 아래 내용을 참고해 주시기 바랍니다.\n- 스파크";
    assertEquals(List.of(SectionKind.REQUIREMENTS), kinds(text));
  }

  @Test
  void postingWithoutHeadingsGetsLinesInferred() {
    String text = "함께 성장할 동료를 찾습니다.\n- 파이썬 개발 경험이 있으신 분\n- 스파크 경험자 우대\n감사합니다.";
    assertEquals(List.of(SectionKind.OTHER, SectionKind.REQUIREMENTS, SectionKind.PREFERRED,
        SectionKind.OTHER), kinds(text));
  }

  /** Wordings no list holds, made of the cue words headings are written with. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "필수 역량|REQUIREMENTS", "핵심 자격 요건|REQUIREMENTS", "기본 자격|REQUIREMENTS",
      "선호 경험|PREFERRED", "## 이런 역량을 갖춘 동료를 모십니다   |REQUIREMENTS",
      "`자격요건`|REQUIREMENTS", "**우대 사항**|PREFERRED", "자격요건 (필수)|REQUIREMENTS",
      "[이런 경력까지 있다면 더욱 좋아요]|PREFERRED", "이런 동료를 우대합니다!|PREFERRED",
      "# 입사 후 맡게 될 업무예요|DUTIES", "[이 팀에서 하게 될 일이에요!]|DUTIES",
      "# 소라페이 합류 여정|PROCESS", "이런 자세와 역량을 기대합니다|REQUIREMENTS",
      "What you'll bring|REQUIREMENTS", "Must haves|REQUIREMENTS", "Awesome if you have|PREFERRED",
      "[이 포지션이 쓰는 기술 스택]|TECH_STACK", "자격요건 및 우대사항|REQUIREMENTS",
      "◆ #기본자격|REQUIREMENTS", "◆ #선호역량|PREFERRED"})
  void recognisesAHeadingByItsCueWords(String heading, SectionKind kind) {
    assertEquals(List.of(SectionKind.OTHER, kind), kinds("공고 제목\n" + heading + "\n- 자바 경험"));
  }

  @Test
  void aLineOfProseOrAnItemIsNotAHeadingForItsCueWords() {
    assertEquals(List.of(SectionKind.REQUIREMENTS),
        kinds("[자격요건]\n- 데이터 파이프라인 운영 업무 경험\n- 자격증 우대\n대용량 데이터 처리 업무 경험\n- 스파크"));
  }

  @Test
  void aWholePartOnOneLineIsSplitIntoItsItems() {
    String text = "공고 제목\n자격요건 • Java 3년 이상 • Spark 경험\n우대사항 ㆍ Kafka ㆍ Flink 운영 경험";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.OTHER, SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        sections.stream().map(Section::kind).toList());
    Section preferred = sections.get(2);
    assertEquals("ㆍ Kafka ㆍ Flink 운영 경험", text.substring(preferred.start(), preferred.end()).strip());
    Lines lines = splitter.lines(text);
    assertEquals("• Spark 경험", lines.lineAt(text.indexOf("Spark")));
  }

  @Test
  void aSeparatorInsideAnItemStays() {
    Lines lines = splitter.lines("- Kafka · Spark 경험자 우대");
    assertEquals(1, lines.size());
  }

  @Test
  void aHeadingGluedToItsFirstItemsText() {
    String text = "자격요건Java 3년 이상\n우대사항AWS 운영 경험";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        sections.stream().map(Section::kind).toList());
    assertEquals("Java 3년 이상\n", text.substring(sections.get(0).start(), sections.get(0).end()));
  }

  @Test
  void theItemsBeforeAPreferredPartAreTheRequirementsWhenNoHeadingSaysSo() {
    String text = "주요업무\n- 데이터 파이프라인 개발\n- 데이터 마트 구축\n\n- Java 개발 경험 3년 이상\n"
        + "- Spark 활용 경험\n우대사항\n- Kafka 운영 경험";
    List<Section> sections = splitter.split(text);
    assertEquals(List.of(SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED),
        sections.stream().map(Section::kind).toList());
    assertTrue(text.substring(sections.get(1).start(), sections.get(1).end()).startsWith("- Java"));
  }

  @Test
  void aMergedListUnderTheDutiesIsReadLineByLine() {
    String text = "직무내용\n데이터 파이프라인 개발/운영\nJava 개발 경험이 있으신 분\nKafka에 익숙하신 분\n"
        + "Flink 경험이 있으면 우대합니다";
    assertEquals(List.of(SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED), kinds(text));
  }

  @Test
  void aBenefitsOwnHeadingsStayInTheBenefits() {
    String text = "[자격요건]\n- 자바\n[복지]\n배움과 성장을 지원합니다\n- 도서 구입비\n1. 유연하게 근무합니다\n- 재택";
    assertEquals(List.of(SectionKind.REQUIREMENTS, SectionKind.BENEFITS), kinds(text));
  }
}
