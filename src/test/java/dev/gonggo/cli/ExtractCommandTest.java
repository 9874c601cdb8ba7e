package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gonggo extract} end to end: the samples, a folder of bad files, and usage errors. */
class ExtractCommandTest {

  @TempDir
  Path dir;

  @Test
  void printsEverySample() throws IOException {
    CliRun run = CliRun.of("extract", "samples");
    long samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.count();
    }
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    assertEquals(samples, run.out().lines().filter(l -> l.startsWith("==> samples/")).count());
  }

  @Test
  void badFilesAreSkippedWithOneLineEachAndTheRestIsRead() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] junk = new byte[3000];
    new Random(5).nextBytes(junk);
    Files.write(dir.resolve("junk.pdf"), junk);
    byte[] pdf = Files.readAllBytes(Path.of("samples/02-daeyang-search-platform.pdf"));
    Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 4));
    String korean = "데이터 엔지니어 채용\n자격요건\n- 하둡 운영 경험 3년 이상";
    Files.write(dir.resolve("legacy.txt"), korean.getBytes(Charset.forName("EUC-KR")));

    CliRun run = CliRun.of("extract", dir.toString());

    List<String> errLines = run.err().lines().toList();
    assertAll(
        () -> assertEquals(1, run.exit()),
        () -> assertTrue(run.out().contains(korean), run.out()),
        () -> assertEquals(3, errLines.size(), run.err()),
        () -> assertTrue(errLines.stream().allMatch(l -> l.startsWith("gonggo: skipped " + dir)), run.err()),
        () -> assertTrue(run.err().contains("empty.txt: the file is empty"), run.err()),
        () -> assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err()),
        () -> assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err()));
  }

  @Test
  void jsonHasOneObjectPerFileWithTheErrorInsteadOfText() throws IOException {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Files.writeString(dir.resolve("a.txt"), "공고명: 백엔드 개발자\n자바 경험");
    CliRun run = CliRun.of("extract", "--format", "json", dir.toString());
    List<JsonNode> lines = run.jsonLines();
    assertEquals(2, lines.size(), run.out());
    JsonNode ok = lines.get(0);
    assertEquals("text/plain", ok.get("contentType").asText());
    assertEquals("백엔드 개발자", ok.get("title").asText());
    assertEquals(ok.get("text").asText().length(), ok.get("chars").asInt());
    JsonNode bad = lines.get(1);
    assertEquals("the file is empty", bad.get("error").asText());
    assertFalse(bad.has("text"));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, CliRun.of("extract").exit());
    assertEquals(2, CliRun.of("extract", "--format", "yaml", "samples").exit());
    assertEquals(2, CliRun.of("extract", "--max-size", "0", "samples").exit());
    assertEquals(2, CliRun.of("no-such-command").exit());
  }

  @Test
  void aMissingPathIsSkippedNotFatal() {
    CliRun run = CliRun.of("extract", dir.resolve("nothing-here").toString(),
        "samples/14-tidepool-founding-data-engineer-en.txt");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("no such file or folder"), run.err());
    assertTrue(run.out().contains("Tidepool") || !run.out().isBlank(), run.out());
  }

  @Test
  void aSymlinkLoopIsReportedOnce() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("p.txt"), "자격요건\n- 파이썬");
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    CliRun run = CliRun.of("extract", dir.toString());
    assertEquals(1, run.exit());
    assertEquals(1, run.err().lines().filter(l -> l.contains("loops back")).count(), run.err());
    assertTrue(run.out().contains("파이썬"));
  }
}
