package dev.gonggo.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analysis chain on real sentences: exact tokens, offsets and the tags that matter. */
class PostingAnalyzerTest {

  private final PostingAnalyzer analyzer = new PostingAnalyzer();

  private List<String> terms(String text) {
    return analyzer.analyze(text).tokens().stream().map(Token::term).toList();
  }

  @Test
  void techTermsStayWhole() {
    assertEquals(List.of("c++", "c#", ".net", "node.js", "개발", "경험"),
        terms("C++, C#, .NET, Node.js 개발 경험"));
    assertEquals(List.of("ci/cd", "파이프라인", "s3", "ec2", "a/b", "테스트"),
        terms("CI/CD 파이프라인과 S3, EC2, A/B 테스트"));
    assertEquals(List.of("c", "c++"), terms("C/C++"));
  }

  @Test
  void loanwordsFromTheUserDictionary() {
    assertEquals(List.of("쿠버네티스", "k8s", "k8s", "운영"), terms("쿠버네티스(k8s)와 K8S 운영"));
    assertEquals(List.of("백엔드", "개발", "자"), terms("백엔드 개발자"));
    // words of data work Nori cut into pieces that are no words (실 시간), or dropped (로깅)
    assertEquals(List.of("실시간", "로깅", "임베딩", "파이프라인"), terms("실시간 로깅과 임베딩 파이프라인"));
    assertEquals(List.of("마이그레이션", "담당"), terms("마이그레이션을 담당"));
    assertEquals(List.of("로그", "데이터", "사용", "로그", "수집"), terms("• 로그 데이터와 사용자 로그 수집"));
    // and the words that hold one of them stay whole (프로그래밍, not 프 + 로그 + 래밍)
    assertEquals(List.of("프로그래밍", "블로그", "카탈로그", "데이터", "품질"),
        terms("프로그래밍 블로그와 카탈로그 데이터 품질"));
  }

  @Test
  void aPrefixStaysOnTheNounItIsWrittenOnto() {
    // Nori cuts these off and tags them XPN, NNG, NNP or MM by context; 정형 alone is the opposite
    assertEquals(List.of("비정형", "데이터", "무중단", "배포"), terms("비정형 데이터와 무중단 배포"));
    assertEquals(List.of("미가공", "저지연", "고성능", "재처리", "과적합"),
        terms("미가공, 저지연, 고성능, 재처리, 과적합"));
    assertEquals(List.of("비대면", "진료"), terms("비대면 진료"));
    // where Nori cuts the prefix with a piece of the noun, the user dictionary holds the word
    assertEquals(List.of("고가용성", "반정형", "역직렬화"), terms("고가용성, 반정형, 역직렬화"));
    // a second prefix goes on to the noun
    assertEquals(List.of("미재처리", "탈비정형", "데이터"), terms("미재처리, 탈비정형 데이터"));
    // written apart, or inside a word, it is no prefix of the noun
    assertEquals(List.of("정형", "데이터"), terms("비 정형 데이터"));
    assertEquals(List.of("1", "단위"), terms("1초단위"));
    assertEquals(List.of("미국", "진출", "고객"), terms("미국 진출 고객"));
    PostingAnalyzer analyzer = new PostingAnalyzer();
    Token joined = analyzer.analyze("• 비정형 데이터").tokens().get(0);
    assertEquals(2, joined.start());
    assertEquals(5, joined.end());
  }

  @Test
  void particlesAndEndingsAreDropped() {
    assertEquals(List.of("하둡", "활용", "스파크", "배치"), terms("하둡을 활용한 스파크 배치"));
  }

  @Test
  void compoundsMeetTheirSpacedSpelling() {
    assertEquals(terms("데이터 엔지니어"), terms("데이터엔지니어"));
  }

  @Test
  void goInsideDjangoIsNotAToken() {
    assertEquals(List.of("go", "언어", "golang", "django", "mongo"),
        terms("Go언어 또는 Golang, django와 mongo"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "자격요건\n• Apache Spark 3년 이상";
    AnalyzedText analyzed = analyzer.analyze(text);
    Token spark = analyzed.tokens().stream().filter(t -> t.term().equals("spark")).findFirst().orElseThrow();
    assertEquals("Spark", analyzed.surface(spark));
    assertEquals("SL", spark.tag());
  }

  @Test
  void decomposedHangulIsComposedWithOffsetsIntoTheOriginal() {
    String nfd = java.text.Normalizer.normalize("한글 데이터", java.text.Normalizer.Form.NFD);
    AnalyzedText analyzed = analyzer.analyze(nfd);
    assertEquals(List.of("한글", "데이터"), analyzed.tokens().stream().map(Token::term).toList());
    assertEquals(nfd.indexOf(' ') + 1, analyzed.tokens().get(1).start());
    assertEquals(nfd.length(), analyzed.tokens().get(1).end());
  }

  @Test
  void longTextWithoutBreaksIsAnalysedInPieces() {
    String sentence = "대규모 데이터 파이프라인을 설계하고 운영합니다 ";
    String text = sentence.repeat(2000);
    AnalyzedText analyzed = analyzer.analyze(text);
    assertTrue(analyzed.tokens().size() >= 2000 * 4);
    for (Token t : analyzed.tokens()) {
      assertEquals(t.term(), analyzed.surface(t).toLowerCase(), "offsets stay true across pieces");
    }
  }

  @Test
  void piecesAreBoundedAndCutAtALineEndOrElseASpace() {
    String text = "첫 줄\n" + "데이터 파이프라인 운영 ".repeat(600) + "\n" + "하둡".repeat(3000);
    int start = 0;
    int pieces = 0;
    while (start < text.length()) {
      int end = PostingAnalyzer.pieceEnd(text, start);
      String piece = text.substring(start, end);
      assertTrue(end > start && piece.length() <= PostingAnalyzer.MAX_PIECE, "piece " + pieces);
      if (end < text.length()) {
        char last = piece.charAt(piece.length() - 1);
        boolean hasLineEnd = piece.indexOf('\n') >= 0;
        boolean hasSpace = piece.indexOf(' ') >= 0;
        assertTrue(last == '\n' || !hasLineEnd && (last == ' ' || !hasSpace),
            "piece " + pieces + " ends at a line end, else a space, else wherever it must");
      }
      start = end;
      pieces++;
    }
    assertTrue(pieces >= (text.length() + PostingAnalyzer.MAX_PIECE - 1) / PostingAnalyzer.MAX_PIECE);
  }

  @Test
  void randomInputNeverBreaksTheChain() {
    Random random = new Random(42);
    String alphabet = "가나다라 데이터 Spark C++ #.,/()[]•ㆍ\n\t0123456789 한";
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(200); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      AnalyzedText analyzed = analyzer.analyze(s.toString());
      for (Token t : analyzed.tokens()) {
        assertTrue(t.start() >= 0 && t.end() <= s.length() && t.start() < t.end(), s.toString());
      }
    }
  }
}
