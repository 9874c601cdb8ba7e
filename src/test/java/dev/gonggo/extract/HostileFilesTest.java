package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the isolated extractor, as the commands read them: each is answered with
 * one plain reason, in a reader process of 256 MB. No test here measures the machine: where the
 * time limit must fire, the parse never ends by construction ({@link EndlessParser}).
 */
class HostileFilesTest {

  /**
   * Generous: these tests are about the reasons given, and a loaded machine must not turn a
   * reason into "took longer than the time limit". Where the limit must fire, it fires by
   * construction (an endless parse), not by a slow machine.
   */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static PostingExtractor extractor;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    extractor = PostingExtractor.isolated(new ExtractionLimits(
        ExtractionLimits.DEFAULT_MAX_BYTES, TIMEOUT, ExtractionLimits.DEFAULT_MAX_CHARS, 256));
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  private String refused(Path file) {
    long start = System.nanoTime();
    Extraction e = extractor.extract(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%s: %s (%d ms)%n", file.getFileName(), e.ok() ? "read" : e.error(), millis);
    assertFalse(e.ok(), file.getFileName() + " should be skipped");
    assertFalse(e.error().contains("\n"), "one line: " + e.error());
    return e.error();
  }

  /** Read, or over the time limit: answered either way. */
  private Extraction answered(Path file) {
    long start = System.nanoTime();
    Extraction e = extractor.extract(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%s: %s (%d ms)%n", file.getFileName(), e.ok() ? "read" : e.error(), millis);
    assertTrue(e.ok() || e.error().contains("time limit"), e.error());
    return e;
  }

  @Test
  void zipBombs() throws IOException {
    Path docx = HostileFiles.docxZipBomb(dir.resolve("bomb.docx"), 1024);
    Path hwpx = HostileFiles.hwpxZipBomb(dir.resolve("bomb.hwpx"), 1024);
    assertTrue(Files.size(docx) < 5_000_000, "small on disk: " + Files.size(docx));
    assertAll(
        () -> assertEquals(InflationCheck.BOMB, refused(docx)),
        () -> assertEquals(InflationCheck.BOMB, refused(hwpx)));
  }

  @Test
  void entityBombs() throws IOException {
    Path docx = HostileFiles.docxBillionLaughs(dir.resolve("laughs.docx"));
    Path hwpx = HostileFiles.hwpxBillionLaughs(dir.resolve("laughs.hwpx"));
    assertAll(
        () -> assertTrue(refused(docx).contains("XML entities")),
        () -> assertTrue(refused(hwpx).contains("XML entities")));
  }

  @Test
  void deeplyNestedHtmlIsReadFlattened() throws IOException {
    Extraction e = answered(HostileFiles.deepHtml(dir.resolve("deep.html"), 200_000));
    if (e.ok()) {
      assertTrue(e.text().contains("자격요건: 스파크 경험"), e.text());
    }
  }

  @Test
  void overTheSizeLimitWithoutReadingIt() throws IOException {
    assertEquals("the file is 30.0 MB, over the 20.0 MB size limit",
        refused(HostileFiles.bigText(dir.resolve("big.txt"), 30)));
  }

  @Test
  void randomBytesUnderDocumentNames() throws IOException {
    List<Executable> checks = new ArrayList<>();
    int seed = 0;
    for (String name : List.of("random.hwp", "random.hwpx", "random.pdf", "random.docx")) {
      Path file = HostileFiles.randomBytes(dir.resolve(name), 64 * 1024, seed++);
      checks.add(() -> {
        String reason = refused(file);
        assertTrue(reason.contains("damaged") || reason.contains("not in any document format"), reason);
      });
    }
    assertAll(checks);
  }

  @Test
  void truncatedHwp() throws IOException {
    assertEquals("the HWP file is damaged or not what its name says",
        refused(HostileFiles.truncatedHwp(dir.resolve("truncated.hwp"))));
  }

  @Test
  void pdfOfThousandsOfPages() throws IOException {
    Extraction e = answered(HostileFiles.manyPagesPdf(dir.resolve("pages.pdf"), 3000));
    if (e.ok()) {
      assertTrue(e.text().contains("Data Engineer 2999"), "every page read");
    }
  }

  @Test
  void aParseThatNeverEndsIsKilledAndTheNextFileIsRead() throws IOException {
    try (PostingExtractor impatient = PostingExtractor.isolated(new ExtractionLimits(
        ExtractionLimits.DEFAULT_MAX_BYTES, Duration.ofSeconds(5), ExtractionLimits.DEFAULT_MAX_CHARS, 256))) {
      Path endless = HostileFiles.endless(dir.resolve("endless.bin"));
      Extraction slow = impatient.extract(endless);
      assertEquals("reading it took longer than the 5 s time limit", slow.error());
      // the next file needs a reader too, and its parse takes no time: only a fresh reader matters
      Extraction next = impatient.extract(HostileFiles.instant(dir.resolve("after.bin")));
      assertTrue(next.ok(), () -> "a fresh reader process reads the next file, but: " + next.error());
      assertTrue(next.text().contains("스파크 경험"), next.text());
    }
  }
}
