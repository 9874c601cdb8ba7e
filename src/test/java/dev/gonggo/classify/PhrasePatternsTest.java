package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.testing.Corpus;
import dev.gonggo.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phrase cues found by start words are exactly those a plain {@code Matcher.find()} over the
 * whole text finds: same patterns, same first match.
 */
class PhrasePatternsTest {

  @Test
  void startWordsAreReadPastLookBehindsAndOptionalGroups() {
    assertEquals(List.of("대기업"), PhrasePatterns.startWords("대기업"));
    assertEquals(List.of("계열사", "그룹사"), PhrasePatterns.startWords("(?:계열사|그룹사)"));
    assertEquals(List.of("시리즈", "series"), PhrasePatterns.startWords("(?:시리즈|Series)\\s*A(?![-\\w])"));
    assertEquals(List.of("201", "202"), PhrasePatterns.startWords("(?<!\\d)(?:201[89]|202\\d)년"));
    assertEquals(List.of("start", "early"),
        PhrasePatterns.startWords("(?<![A-Za-z])(?:start-?up|early[- ]stage)"));
    assertEquals(List.of("unit ", "integration ", "test"),
        PhrasePatterns.startWords("(?:unit |integration )?test(?:s|ing)? code"));
    assertTrue(PhrasePatterns.startWords("(?:a|b?)?c").isEmpty(),
        "an alternative that may start anywhere: nothing is claimed");
    assertTrue(PhrasePatterns.startWords("abc|[de]f").isEmpty(), "a choice starting with a class");
    assertTrue(PhrasePatterns.startWords("[1-9]\\d?\\s*억").isEmpty());
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        PhrasePatterns.startWords("(?<![\\d,.])(\\d[\\d,]*)\\s*명"), "a leading digit");
    assertEquals(List.of("#50명"), PhrasePatterns.startWords("\\#50명\\s?이하"), "an escaped sign");
    assertTrue(PhrasePatterns.startWords("\\s*명").isEmpty(), "an escaped class is no word");
  }

  @Test
  void requiredWordsAreTheLongestSetEveryMatchContains() {
    assertEquals(List.of("투자", "누적 투자"),
        PhrasePatterns.requiredWords("[1-9]\\d?\\s*억\\s*(?:원\\s*)?(?:투자|누적 투자)"));
    assertEquals(List.of("그룹"), PhrasePatterns.requiredWords("(?:[A-Z가-힣]+그룹)(?:의|\\)|\\s)"));
    assertTrue(PhrasePatterns.requiredWords("[1-9]\\d*(?:억)?").isEmpty());
  }

  /** The patterns of every phrase file: case-cues.tsv, size-cues.tsv and orientation-cues.tsv. */
  private static PhrasePatterns builtIn(List<String> sources) {
    for (String file : List.of("/dev/gonggo/classify/case-cues.tsv", TieredWeights.SIZE_FILE,
        TieredWeights.ORIENTATION_FILE)) {
      for (String[] row : Tsv.rows(file, 4)) {
        if (!row[0].startsWith("@")) {
          sources.add(row[0]);
        }
      }
    }
    return new PhrasePatterns(sources);
  }

  @Test
  void firstMatchesAreThoseOfAPlainFindOnTheSamples() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "AI 플랫폼, ai platform, 예비 유니콘과 유니콘, Unicorn; 300명의 임직원, 1,200여 명 직원",
        "Start-up으로 2019년 설립, 50억 원 투자, REST API 개발, unit testing code",
        "XAI 플랫폼 restful 한빛그룹의 계열사",
        "#50명이하#설립3년이하 임직원 120명, 1,200명의 구성원, 2조 5천억 매출, 누적 투자 300억, MAU 500만"));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/sample-sources"))) {
      for (Path f : files.toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    try (Stream<Path> files = Files.list(Path.of("samples"));
        PostingExtractor extractor = new PostingExtractor()) {
      texts.addAll(extracted(extractor, files.sorted().toList()));
    }
    int matched = sameFirstMatches(texts);
    assertTrue(matched > 150, "the samples exercise the patterns: " + matched + " matches");
  }

  @Test
  void firstMatchesAreThoseOfAPlainFindOnTheCorpus() {
    List<Path> postings = Corpus.postings();
    try (PostingExtractor extractor = new PostingExtractor()) {
      int matched = sameFirstMatches(extracted(extractor, postings));
      assertTrue(matched > 200, "the corpus exercises the patterns: " + matched + " matches");
    }
  }

  private static List<String> extracted(PostingExtractor extractor, List<Path> files) {
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      Extraction e = extractor.extract(f);
      if (e.ok()) {
        texts.add(TextNormalizer.normalize(e.text()));
      }
    }
    return texts;
  }

  /** Asserts that start words find what a plain find does in every text; the number of matches. */
  private static int sameFirstMatches(List<String> texts) {
    PhrasePatterns phrases = builtIn(new ArrayList<>());
    int matched = 0;
    for (String text : texts) {
      Map<String, String> expected = new LinkedHashMap<>();
      for (String p : phrases.sources()) {
        Matcher m = Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher(text);
        if (m.find()) {
          expected.put(p, describe(m));
        }
      }
      Map<String, String> found = new LinkedHashMap<>();
      phrases.firstMatches(text).forEach((p, m) -> found.put(p, describe(m)));
      assertEquals(expected, found, () -> "in a text starting "
          + text.substring(0, Math.min(60, text.length())));
      matched += expected.size();
    }
    return matched;
  }

  private static String describe(MatchResult m) {
    return m.start() + "-" + m.end() + " " + m.group();
  }
}
