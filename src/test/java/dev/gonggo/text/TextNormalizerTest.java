package dev.gonggo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the normaliser does to a text, and that its two passes over the characters give exactly
 * what its rules, written as regexes below, give: on the samples, on the corpus where present, and
 * on random texts made of the characters the rules are about.
 */
class TextNormalizerTest {

  @Test
  void composesHangulAndDropsZeroWidthCharacters() {
    String nfd = Normalizer.normalize("데이터", Normalizer.Form.NFD);
    assertEquals("데이터 엔지니어", TextNormalizer.normalize("\uFEFF" + nfd + " 엔\u200B지니어\u00AD"));
  }

  @Test
  void foldsBlankRunsButKeepsLineBreaks() {
    assertEquals("Kafka, Spark\n- Airflow 운영", TextNormalizer.normalize(
        "  Kafka,\u00A0\t Spark \r\n-   Airflow\u3000\u3000운영\t"));
    assertEquals("a\nb\nc", TextNormalizer.normalize("a\rb\u2028c"));
  }

  @Test
  void keepsAtMostOneEmptyLineInARow() {
    assertEquals("제목\n\n본문\n\n끝", TextNormalizer.normalize("\n\n제목\n\n\n\n본문\n \n\t\n끝\n\n"));
  }

  @Test
  void boldIsNoBullet() {
    assertEquals("**우대사항**\n* 자바", TextNormalizer.normalize("**우대사항**\n*자바"));
  }

  @Test
  void setsBulletsOffAndUngluesMiddleDots() {
    assertEquals("• 데이터 수집, 가공\n- 3년 이상\n-3~5년", TextNormalizer.normalize(
        "•데이터 수집ㆍ가공\n-   3년 이상\n-3~5년"));
    assertEquals("ㆍ 항목 · 다음", TextNormalizer.normalize("ㆍ항목 · 다음"),
        "a dot at the line's start or between spaces stays");
    assertEquals("\uD835\uDC00, 1, \uD835\uDC01", TextNormalizer.normalize("\uD835\uDC00·1ㆍ\uD835\uDC01"),
        "letters outside the BMP are letters too");
  }

  @Test
  void givesWhatTheRulesAsRegexesGiveOnSamplesAndCorpus() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/sample-sources"))) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    if (Files.isDirectory(Corpus.DIR)) {
      try (PostingExtractor extractor = new PostingExtractor()) {
        for (Path f : Corpus.postings()) {
          Extraction e = extractor.extract(f);
          if (e.ok()) {
            texts.add(e.text());
          }
        }
      }
    }
    for (String text : texts) {
      assertEquals(Rules.normalize(text), TextNormalizer.normalize(text),
          () -> "in a text starting " + text.substring(0, Math.min(60, text.length())));
    }
    assertTrue(texts.size() >= 7);
  }

  @Test
  void givesWhatTheRulesAsRegexesGiveOnRandomTexts() {
    String alphabet = "ab가1 \t\n\r\u000B\f\u00A0\u2003\u202F\u205F\u3000\u200B\u200D\uFEFF\u00AD"
        + "\u2028\u2029\u0085ㆍ·•-*■①Ⅻ\u001F";
    // 😀 and a decomposed 가; a letter outside the BMP is left out, as a regex look-behind misses
    // it (the example test has one)
    String[] pieces = {"\uD83D\uDE00", "\u1100\u1161", "\r\n"};
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(8) == 0) {
          s.append(pieces[random.nextInt(pieces.length)]);
        } else {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = s.toString();
      assertEquals(Rules.normalize(text), TextNormalizer.normalize(text),
          () -> "for " + text.chars().mapToObj(c -> String.format("\\u%04X", c)).toList());
    }
  }

  /** The normaliser's rules as it first wrote them, one regex each. */
  private static final class Rules {
    static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    static final Pattern BLANKS = Pattern.compile(
        " [\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+"
            + "|[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000][\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]*");
    static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    static final Pattern GLUED_DOT = Pattern.compile("(?<=[\\p{L}\\p{N}])[ㆍ·](?=[\\p{L}\\p{N}])");
    static final Pattern MANY_EMPTY_LINES = Pattern.compile("\\n{3,}");

    static String normalize(String raw) {
      if (raw == null || raw.isEmpty()) {
        return "";
      }
      String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
      s = INVISIBLE.matcher(s).replaceAll("");
      s = LINE_BREAKS.matcher(s).replaceAll("\n");
      s = GLUED_DOT.matcher(s).replaceAll(", ");
      StringBuilder out = new StringBuilder();
      for (String line : s.split("\n", -1)) {
        out.append(bullet(BLANKS.matcher(line).replaceAll(" ").strip())).append('\n');
      }
      return MANY_EMPTY_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    static String bullet(String line) {
      if (line.length() < 2 || TextNormalizer.BULLETS.indexOf(line.charAt(0)) < 0
          || line.startsWith("**")) {
        return line;
      }
      String rest = line.substring(1).strip();
      if (line.charAt(0) == '-' && !rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
        return line;
      }
      return rest.isEmpty() ? line.substring(0, 1) : line.charAt(0) + " " + rest;
    }
  }
}
