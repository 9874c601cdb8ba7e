package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How key terms read the way postings write phrases: labelled lines inside a part, a term glossed
 * in parentheses, modifiers sharing one head, long lists of tools, and the company's own names.
 * Every posting here is made up.
 */
class KeyTermPhrasesTest {

  static PostingPipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = new PostingPipeline();
  }

  static Posting analyze(String text) {
    return pipeline.analyze(new Extraction(Path.of("made-up.txt"), "text/plain", null, text));
  }

  static List<Keyword> keyTerms(String text, int limit) {
    Posting p = analyze(text);
    return p.keywords().size() > limit ? p.keywords().subList(0, limit) : p.keywords();
  }

  static Keyword find(List<Keyword> terms, String text) {
    return terms.stream().filter(k -> k.text().equals(text)).findFirst().orElse(null);
  }

  static String texts(List<Keyword> terms) {
    return String.join(", ", terms.stream().map(Keyword::text).toList());
  }

  @Test
  void aLabelledLineInsideAPartIsReadButAWorkplaceLineIsNot() {
    List<Keyword> terms = keyTerms("""
        스트림 데이터 엔지니어

        [주요업무]
        • 이벤트 로그 수집 파이프라인 운영
        실시간 저장소 : Druid, Pinot
        근무지 : 판교역 인근 사옥

        [자격요건]
        • Python 개발 경력 3년 이상
        """, 30);
    assertTrue(find(terms, "Druid") != null, texts(terms));
    assertTrue(find(terms, "Pinot") != null || terms.stream().anyMatch(k -> k.text().contains("Pinot")),
        texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("판교")), texts(terms));
  }

  @Test
  void aStackFieldOfTheHeaderCountsWithTheItemsThatNameTheSameTool() {
    List<Keyword> terms = keyTerms("""
        공고명: 데이터 엔지니어
        회사명: 가나다랩
        기술 스택: Kafka, Flink

        [주요업무]
        • Kafka 기반 이벤트 수집 파이프라인 운영

        [자격요건]
        • Java 개발 경력 3년 이상
        """, 30);
    Keyword kafka = find(terms, "Kafka");
    assertTrue(kafka != null, texts(terms));
    assertEquals(2, kafka.count(), "the stack field and the duties: " + texts(terms));
    assertTrue(find(terms, "Flink") != null, texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("가나다")), texts(terms));
  }

  @Test
  void anAcronymGlossedByItsWordsIsOneTermWithTheCountsOfBoth() {
    List<Keyword> terms = keyTerms("""
        물류 데이터 엔지니어

        [주요업무]
        • 창고 관리 WMS(Warehouse Management System) 데이터 적재
        • WMS 이벤트 수집 운영
        • 지표의 코호트 분석(Cohort Analysis) 설계

        [자격요건]
        • SQL 활용 경험
        """, 30);
    List<Keyword> wms = terms.stream()
        .filter(k -> k.text().equals("WMS") || k.text().equals("Warehouse Management System"))
        .toList();
    assertEquals(1, wms.size(), texts(terms));
    assertEquals(3, wms.get(0).count(), texts(terms));
    // Korean with English in parentheses may be a translation or an example; these two are one
    // kind of work of work-and-business.tsv, and so one term.
    assertEquals(1, terms.stream()
        .filter(k -> k.text().contains("코호트") || k.text().contains("Cohort")).count(), texts(terms));
  }

  @Test
  void modifiersSharingOneHeadEachMakeAPhraseWithIt() {
    List<Keyword> terms = keyTerms("""
        지도 데이터 엔지니어

        [주요업무]
        • 좌표 및 시계열 데이터 적재
        • 배치/스트림 처리 작업 운영

        [자격요건]
        • Scala 개발 경험
        """, 30);
    String all = texts(terms);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("좌표") && k.text().contains("데이터")), all);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("시계열 데이터")), all);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("배치") && k.text().contains("처리")), all);
    assertFalse(terms.stream().anyMatch(k -> k.text().contains("/") || k.text().contains(" 및 ")), all);
  }

  @Test
  void aToolNamedAloneOutranksOneOfALongList() {
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [자격요건]
        • Airflow 운영 경험
        • Glue, EMR, Athena, Redshift, Kinesis, Lambda 중 일부 사용 경험
        """, 30);
    int airflow = terms.indexOf(find(terms, "Airflow"));
    int glue = terms.indexOf(find(terms, "Glue"));
    assertTrue(airflow >= 0 && glue > airflow, texts(terms));
  }

  @Test
  void theCompanyTheRegisterKnowsIsNoKeyTerm() {
    // Only the register ties 네이버 to a company: no company line or header names it.
    List<Keyword> terms = keyTerms("""
        네이버 쇼핑 검색 백엔드 개발

        네이버 쇼핑 검색의 색인 파이프라인을 만드는 팀입니다. 네이버 쇼핑 상품 색인을 운영합니다.

        [주요업무]
        • 상품 색인 파이프라인 개발

        [자격요건]
        • Java 개발 경험
        """, 30);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("네이버")), texts(terms));
  }

  @Test
  void aFieldAfterAHeaderFieldReadAsAPartIsNoContentOfIt() {
    List<Keyword> terms = keyTerms("""
        공고명: 데이터 엔지니어
        기술 스택: Kafka, Flink
        참고 링크: 채용 안내 페이지
        SOURCE: 가람잡 게시판

        [주요업무]
        • 이벤트 로그 수집 파이프라인 운영
        """, 30);
    String all = texts(terms);
    assertTrue(find(terms, "Flink") != null, all);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("안내") || k.text().contains("게시판")
        || k.text().contains("링크")), all);
  }

  @Test
  void aWordSetInCapitalsIsNoAcronym() {
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [주요업무]
        • ETL 및 CDC 파이프라인 운영, DEADLINE 관리
        • DEADLINE 전 배포
        """, 30);
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("DEADLINE")), texts(terms));
  }

  @Test
  void theKoreanAndEnglishNamesOfOneKindOfWorkAreOneTerm() {
    List<Keyword> terms = keyTerms("""
        사이트 신뢰성 엔지니어

        [주요업무]
        • 서비스 장애 대응 절차 운영

        [자격요건]
        • Incident response 경험
        """, 30);
    List<Keyword> response = terms.stream()
        .filter(k -> k.text().contains("장애 대응") || k.text().equalsIgnoreCase("Incident response"))
        .toList();
    assertEquals(1, response.size(), texts(terms));
    assertEquals(2, response.get(0).count(), texts(terms));
  }

  @Test
  void aSisterCompanyOfTheGroupIsNoKeyTerm() {
    // 넥슨코리아 and 네오플 are companies of one large business group in the register.
    List<Keyword> terms = keyTerms("""
        회사명: 넥슨코리아
        공고명: 게임 데이터 엔지니어

        [주요업무]
        • 네오플 게임 로그 수집 파이프라인 운영
        • 네오플 라이브 서비스 지표 대시보드 개발

        [자격요건]
        • Kafka 운영 경험
        """, 30);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("네오플")), texts(terms));
    assertTrue(terms.stream().anyMatch(k -> k.text().contains("파이프라인")), texts(terms));
  }

  @Test
  void aNounKeepsTheSuffixThatMakesANewWordOfIt() {
    // the analyser drops -화 (or reads it as a noun of one syllable before a colon): the word a
    // reader knows is 시각화, and 데이터 시각 would be a piece of it
    List<Keyword> terms = keyTerms("""
        데이터 분석가

        [주요업무]
        • 데이터 시각화 및 지표 대시보드 개발
        • 데이터 시각화 : Superset, Metabase
        """, 30);
    assertTrue(find(terms, "데이터 시각화") != null, texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("데이터 시각")), texts(terms));
  }

  @Test
  void anActDoneToAThingLeavesTheThingAsTheTerm() {
    // 설계, 구축, 운영: what one does to any system; the system is what the job is about
    List<Keyword> terms = keyTerms("""
        백엔드 개발자

        [주요업무]
        • 정산 시스템 설계 및 운영
        """, 30);
    assertTrue(find(terms, "정산 시스템") != null, texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("정산 시스템 설계")), texts(terms));
  }

  @Test
  void aSkillFirstNamedInsideALongerNameOfItCountsEveryTimeItIsNamed() {
    List<Keyword> terms = keyTerms("""
        공고명: 데이터 엔지니어
        기술 스택: Google BigQuery, Airflow

        [우대사항]
        • BigQuery 비용 최적화 경험
        """, 30);
    // twice, not three times: Google BigQuery and the BigQuery inside it are one mention
    assertTrue(terms.stream().anyMatch(k -> "bigquery".equals(k.skill()) && k.count() == 2),
        terms.toString());
  }

  @Test
  void aSkillWhoseNameHoldsAnotherSkillsIsATermOfItsOwn() {
    List<Keyword> terms = keyTerms("""
        [담당업무]
        • 주문 데이터 수집 파이프라인 운영
        • 사용 기술: AWS Athena, Kafka

        [우대사항]
        • AWS 사용 경험
        """, 30);
    // Athena is named as "AWS Athena"; AWS is named once on its own, in the preferred list
    assertTrue(terms.stream().anyMatch(k -> "athena".equals(k.skill())), texts(terms));
    assertTrue(terms.stream().anyMatch(k -> "aws".equals(k.skill()) && k.count() == 1),
        terms.toString());
  }

  @Test
  void theItemsAfterABulletedHeadingOnItsLineAreTermsOfThatPart() {
    List<Keyword> terms = keyTerms("""
        [담당업무]
        • 정산 데이터 파이프라인 운영
        • 기술 스택: Flink, ClickHouse
        """, 30);
    // the line opens the stack with its heading; its items are the stack's, the label no term
    assertTrue(terms.stream().anyMatch(k -> "flink".equals(k.skill())), texts(terms));
    assertTrue(terms.stream().anyMatch(k -> "clickhouse".equals(k.skill())), texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("스택")), texts(terms));
  }

  @Test
  void aSkillWrittenWithItsVersionIsATermByItsName() {
    List<Keyword> terms = keyTerms("""
        [자격요건]
        • HTML5, CSS3 기반 광고 화면 개발 경험
        • ES6 문법에 익숙하신 분
        """, 30);
    // the version is written onto the name; a phrase never ends in a number
    assertTrue(terms.stream().anyMatch(k -> "html".equals(k.skill()) && k.text().equals("HTML")),
        texts(terms));
    assertTrue(terms.stream().anyMatch(k -> "css".equals(k.skill())), texts(terms));
    // ES alone names no skill: ES6 is not shown cut to it
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("ES")), texts(terms));
  }

  @Test
  void theOpeningOfAPostingWithPartsIsReadAsItsIntro() {
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        장보기 전단지 공동구매 기획전
        장보기 전단지 공동구매 기획전
        장보기 전단지 공동구매 기획전

        [주요업무]
        • 입찰 로그 집계 배치 작성

        [자격요건]
        • Kafka 운영 경험
        """, 30);
    // a page's menu or the company's products before the job's parts weigh as an intro: below
    // the job's own work said once, however often repeated
    int opening = rank(terms, "장보기 전단지 공동구매");
    int work = rank(terms, "입찰 로그 집계");
    assertTrue(work >= 0 && (opening < 0 || opening > work), texts(terms));
  }

  @Test
  void theOpeningIsTheJobsOwnTextWhereTheDutiesHaveNoHeading() {
    String work = """
        우리는 새벽 배송 서비스를 만드는 팀입니다.
        배송 경로 최적화 모델을 만들고 배포합니다.
        수요 예측 파이프라인을 운영합니다.
        """;
    String asks = """

        [자격요건]
        • Python 개발 경험
        """;
    // only the requirements are headed: the prose before them is the only account of the work
    Keyword prose = find(keyTerms("물류 데이터 엔지니어\n\n" + work + asks, 30), "경로 최적화 모델");
    Keyword headed = find(keyTerms("물류 데이터 엔지니어\n\n[주요업무]\n" + work + asks, 30),
        "경로 최적화 모델");
    assertTrue(prose != null && headed != null, "missing: " + prose + ", " + headed);
    // weighed as text of the job outside a part (0.6 of the duties), not as an intro's
    assertTrue(prose.score() >= 0.5 * headed.score(), prose + " vs " + headed);
  }

  @Test
  void aPhraseAfterTheCompanysNameIsATermButAWordAfterANameIsNot() {
    List<Keyword> terms = keyTerms("""
        회사명: 한빛랩스

        [주요업무]
        • 한빛랩스 정산 시스템 개발
        • 한빛랩스 페이 연동
        """, 30);
    // the work written after the name stays; a word after it may be the rest of another name
    assertTrue(find(terms, "정산 시스템") != null, texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("한빛")), texts(terms));
    assertTrue(find(terms, "페이") == null, texts(terms));
  }

  static int rank(List<Keyword> terms, String text) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).text().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theFieldOfBusinessHasAPlaceInTheFirstTenWhenThePostingNamesIt() {
    // a dozen tools would fill the first ten; the field the company works in, said in its intro,
    // is what a reader asks first
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [회사 소개]
        우리는 반려동물 헬스케어 서비스를 만듭니다. 헬스케어 데이터로 보호자를 돕습니다.

        [주요업무]
        • Kafka, Flink, Spark 기반 스트림 처리
        • Airflow, dbt 기반 배치 파이프라인 운영
        • Trino, Iceberg, Hive 기반 데이터 레이크 운영

        [자격요건]
        • Python, Scala, Java 중 하나 이상
        • Kubernetes, Terraform 운영 경험
        """, 10);
    assertTrue(terms.stream().anyMatch(k -> k.text().contains("헬스케어")), texts(terms));
  }

  @Test
  void theCompanyTheContactAddressNamesIsNoKeyTerm() {
    // no company line, no header: the address at the company's own domain names it, and the
    // posting's short form of it (its capitals) too
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [주요업무]
        • 우리 팀은 BlueHarborLabs 물류 플랫폼의 데이터 파이프라인을 운영합니다
        • BlueHarborLabs 정산 데이터와 BHL 리포트 자동화
        • Airflow, Spark 배치 운영

        지원: careers@blueharborlabs.com
        """, 15);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("BlueHarborLabs")
        || k.text().contains("BHL")), texts(terms));
    assertTrue(terms.stream().anyMatch(k -> k.text().contains("데이터 파이프라인")), texts(terms));
  }

  @Test
  void theFieldOfBusinessSaidInTheIntroOutranksAToolThePostingWouldLikeOnce() {
    // the field the company works in is the job's domain, though the intro says it: it weighs as
    // the job's own text there, not as the company's mission
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [회사 소개]
        우리는 반려동물 헬스케어 서비스를 만듭니다. 헬스케어 데이터로 보호자를 돕습니다.

        [주요업무]
        • 스트림 처리 파이프라인 운영

        [우대사항]
        • Redis 운영 경험
        """, 15);
    Keyword field = find(terms, "헬스케어");
    Keyword tool = find(terms, "Redis");
    assertTrue(field != null && tool != null, texts(terms));
    assertTrue(terms.indexOf(field) < terms.indexOf(tool), texts(terms));
  }

  @Test
  void aWordTheAnalyserSplitBeforeOneSyllableIsOneTermButAWordAndARelationAreNot() {
    // 메시지큐 is 메시지 and 큐 to the analyser: one word, whose first noun alone is a piece of it;
    // 서비스용 is a word and what it is for, 분석가 a person: neither is a term of its own
    List<Keyword> terms = keyTerms("""
        백엔드 개발자

        [주요업무]
        • 메시지큐 기반 주문 이벤트 처리
        • 정산 서비스용 배치 운영

        [자격요건]
        • 메시지큐 운영 경험
        """, 30);
    assertEquals(2, find(terms, "메시지큐") == null ? 0 : find(terms, "메시지큐").count(), texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("메시지") || k.text().endsWith("서비스용")),
        texts(terms));
  }

  @Test
  void aNounKeepsThePrefixThatTurnsItIntoAnother() {
    // the analyser drops 비 and 무: without them 비정형 데이터 would read as its opposite
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [주요업무]
        • 비정형 데이터 수집 파이프라인 운영
        • 비정형 데이터 검색 서비스의 무중단 배포
        """, 30);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("비정형 데이터")), texts(terms));
    assertTrue(find(terms, "무중단 배포") != null, texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().startsWith("정형") || k.text().startsWith("중단")),
        texts(terms));
  }

  @Test
  void aSkillWithAPrefixOrASuffixIsStillThatSkill() {
    // the skill's name is what the analyser reads (거대 언어 모델); the prefix stays in the term
    List<Keyword> terms = keyTerms("""
        AI 엔지니어

        [주요업무]
        • 초거대 언어 모델 기반 상담 서비스 개발
        """, 30);
    assertTrue(terms.stream().anyMatch(k -> "llm".equals(k.skill())), terms.toString());
  }

  @Test
  void aWordWithASuffixBeforeANounIsAPhraseWithIt() {
    // 관계형 and 보장형 say what kind of thing follows: the term is the thing of that kind
    List<Keyword> terms = keyTerms("""
        광고 플랫폼 개발자

        [주요업무]
        • 보장형 광고 상품의 집행 시스템 개발
        • 보장형 광고 리포트 운영

        [자격요건]
        • 관계형 데이터베이스 설계 경험
        """, 30);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("보장형 광고")), texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("보장형") || k.text().equals("관계형")),
        texts(terms));
  }

  @Test
  void aKeyTermWrittenAsThePostingWritesItFindsItsKey() {
    // search --keyterm analyses what the user types: it must meet the key the term is indexed under
    List<Keyword> terms = keyTerms("""
        데이터 엔지니어

        [주요업무]
        • 데이터 시각화 대시보드 개발, 데이터 시각화 도구 운영
        • 비정형 데이터 수집과 메시지큐 기반 이벤트 처리
        • 보장형 광고 리포트 자동화

        [자격요건]
        • Python 개발 경험
        """, 30);
    PostingAnalyzer analyzer = new PostingAnalyzer();
    for (Keyword k : terms) {
      assertEquals(k.key(), KeyTerms.keyOf(analyzer.analyze(k.text())), k.text());
    }
  }

  @Test
  void whatIsDoneToAnySystemIsNoTermButTheSystemItIsDoneToIs() {
    List<Keyword> terms = keyTerms("""
        백엔드 개발자

        [주요업무]
        • 자사 주문 시스템 설계 및 운영
        • 대규모 서비스의 시스템 설계와 서비스 운영

        [자격요건]
        • 시스템 설계 경험
        """, 30);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("주문 시스템")), texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("시스템 설계")
        || k.text().equals("서비스 운영") || k.text().contains("자사")), texts(terms));
  }

  @Test
  void aShortCompanyNameIsLeftOutWhereItIsAWordOfATermButNotInsideAWord() {
    List<Keyword> terms = keyTerms("""
        공고명: 데이터 엔지니어
        회사명: QX

        [회사소개]
        QX Group은 물류 데이터 플랫폼을 만듭니다. QX Group 물류 데이터로 배송을 바꿉니다.

        [주요업무]
        • 물류 데이터 파이프라인 운영과 Qxhandler 모듈 개발
        """, 30);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("QX Group")), texts(terms));
    assertTrue(terms.stream().anyMatch(k -> k.text().contains("물류")), texts(terms));
  }

  @Test
  void anEnglishCompoundJoinedByAHyphenIsOnePhrase() {
    List<Keyword> terms = keyTerms("""
        플랫폼 엔지니어

        [주요업무]
        • Cloud-native 방식의 배포 환경 운영
        • Cloud-native 관측 도구 도입

        [자격요건]
        • Go 개발 경험
        """, 30);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("Cloud-native")), texts(terms));
    assertTrue(terms.stream().noneMatch(k -> k.text().startsWith("native")), texts(terms));
  }

  @Test
  void aWordThatIsFillerAfterAnAmountIsAWordWhereItOpensAPhrase() {
    List<Keyword> terms = keyTerms("""
        보안 데이터 사이언티스트

        [주요업무]
        • 결제 로그를 통한 이상 탐지 모델 운영
        • 머신러닝 기반 이상 거래 패턴 분석

        [자격요건]
        • 3년 이상 데이터 분석 경험
        • Python 3.x 이상 활용 가능
        • 중급 이상 영어 회화
        """, 30);
    String all = texts(terms);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("이상 탐지")), all);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("이상 거래")), all);
    // after an amount, a version or a grade it is filler: no 이상 데이터, x 이상, 이상 영어, nor
    // 이상 alone
    assertTrue(terms.stream().noneMatch(k -> k.text().equals("이상")
        || k.text().startsWith("이상 데이터") || k.text().startsWith("이상 영어")
        || k.text().contains(" 이상")), all);
  }

  @Test
  void aSkillWhoseNameHoldsAFillerWordIsStillAKeyTerm() {
    List<Keyword> terms = keyTerms("""
        데이터 품질 엔지니어

        [주요업무]
        • Great Expectations 기반 데이터 품질 검사 운영
        • Deep Learning 모델 학습 데이터 정제

        [자격요건]
        • Python 개발 경험
        """, 30);
    String all = texts(terms);
    assertTrue(terms.stream().anyMatch(k -> k.isSkill() && k.text().equals("Great Expectations")), all);
    assertTrue(terms.stream().anyMatch(k -> k.isSkill() && k.text().equals("Deep Learning")), all);
  }

  @Test
  void theFieldOfBusinessInTheCompanysNameIsNoPieceOfIt() {
    List<Keyword> terms = keyTerms("""
        제목: 서버 개발자 - 결제플랫폼
        회사: 가온증권

        [회사소개]
        가온증권은 모바일 증권 거래 서비스를 만듭니다.

        [주요업무]
        • 증권 주문 데이터 처리와 결제 플랫폼 운영
        • 증권 거래 원장 배치 개발

        [자격요건]
        • Kotlin 개발 경험
        """, 30);
    String all = texts(terms);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("증권")), all);
    assertTrue(terms.stream().anyMatch(k -> KeyTerms.norm(k.text()).equals("결제플랫폼")), all);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("가온")), all);
  }

  @Test
  void aPhraseIsCountedInWrittenWordsNotInTheAnalysersPieces() {
    List<Keyword> terms = keyTerms("""
        광고 데이터 엔지니어

        [주요업무]
        • 대용량 광고로그 수집 시스템 운영
        • 대용량 광고로그 수집 지연 개선

        [자격요건]
        • Kafka 운영 경험
        """, 30);
    // 대 + 용량, 광고 + 로그, 수집: five pieces, three written words
    assertTrue(terms.stream().anyMatch(k -> k.text().equals("대용량 광고로그 수집")), texts(terms));
  }

  @Test
  void aPhraseHoldingTheBrandACompanysNameOpensWithIsNoTerm() {
    List<Keyword> terms = keyTerms("""
        제목: 서버 개발자 - SRE팀
        회사: 노을손해보험

        [주요업무]
        • 노을 주행점수 모델 운영과 보험 청구 데이터 처리
        • 노을 주행점수 산출 배치 개선
        • SRE 문화 정착과 장애 회고

        [자격요건]
        • Kotlin 개발 경험
        """, 30);
    String all = texts(terms);
    assertTrue(terms.stream().noneMatch(k -> k.text().contains("노을")), all);
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("주행점수")), all);
    // a title part is no certain name: a team's name opens a phrase of its own
    assertTrue(terms.stream().anyMatch(k -> k.text().startsWith("SRE 문화")), all);
  }
}
