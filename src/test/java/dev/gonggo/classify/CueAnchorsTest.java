package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cue prefilter never hides a match: a posting that a cue pattern matches always contains one
 * of the words the pattern was found to begin with.
 */
class CueAnchorsTest {

  @Test
  void wordsAreReadFromPlainPatternStartsOnly() {
    assertEquals(List.of("대기업"), CueFinder.Anchors.of("대기업").words());
    assertEquals(List.of("계열사", "그룹사"), CueFinder.Anchors.of("(?:계열사|그룹사)").words());
    assertEquals(List.of("시리즈", "series"), CueFinder.Anchors.of("(?:시리즈|Series)\\s*A(?![-\\w])").words());
    assertEquals(List.of("폭발적", "rapid"), CueFinder.Anchors.of("(?:폭발적(?:인|으로)? 성장|rapid(?:ly)? grow)").words());
    assertTrue(CueFinder.Anchors.of("(?<!\\d)(?:201[89]|202\\d)년").words().isEmpty());
    assertTrue(CueFinder.Anchors.of("(?:a|b)?c").words().isEmpty(), "an optional group requires nothing");
    assertTrue(CueFinder.Anchors.of("abc|def").words().isEmpty(), "a top-level choice requires nothing");
  }

  @Test
  void everyMatchOfEveryCueIsSeenByItsAnchors() throws IOException {
    List<String> patterns = new ArrayList<>();
    for (String[] row : Tsv.rows("/dev/gonggo/classify/case-cues.tsv", 4)) {
      patterns.add(row[0]);
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/sample-sources"))) {
      for (Path f : files.toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html)")).toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    for (String p : patterns) {
      Pattern pattern = Pattern.compile(p, Pattern.CASE_INSENSITIVE);
      CueFinder.Anchors anchors = CueFinder.Anchors.of(p);
      for (String text : texts) {
        if (pattern.matcher(text).find()) {
          assertTrue(anchors.mayMatch(CompanyDirectory.fold(text)), "anchors " + anchors.words() + " miss a match of " + p);
        }
      }
    }
  }
}
