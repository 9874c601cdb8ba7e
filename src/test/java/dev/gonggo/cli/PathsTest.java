package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names and folders as people have them: Korean, decomposed, spaced, linked, missing, locked. */
class PathsTest {

  @TempDir
  Path tmp;

  private static final Path SAMPLE = Path.of("samples/15-ssukssuk-startup-data-backend.txt");

  @Test
  void koreanDecomposedAndSpacedNamesAreIndexedEachOnce() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("내 공고 모음"));
    String nfc = "데이터 엔지니어 공고.txt";
    String nfd = Normalizer.normalize("백엔드 공고.txt", Normalizer.Form.NFD);
    Files.writeString(dir.resolve(nfc), Files.readString(SAMPLE) + "\n- 하나");
    Files.writeString(dir.resolve(nfd), Files.readString(SAMPLE) + "\n- 둘");
    Files.createSymbolicLink(dir.resolve("링크.txt"), SAMPLE.toAbsolutePath());
    Files.createSymbolicLink(dir.resolve("samples link"), Path.of("samples").toAbsolutePath());
    Files.createSymbolicLink(dir.resolve("끊긴 링크.txt"), tmp.resolve("없음.txt"));
    String index = tmp.resolve("색인 폴더").toString();

    CliRun run = CliRun.of("index", "--index", index, dir.toString());
    assertEquals(1, run.exit(), run.err());
    assertEquals("gonggo: skipped " + dir.resolve("끊긴 링크.txt")
        + ": the link points to a file that does not exist", run.err().strip());
    int samples = CliRun.filesIn(Path.of("samples")).size();
    // the link to sample 15 and sample 15 in the linked folder are the same content: one posting
    assertEquals(2 + samples, run.count("new"), run.out());
    assertEquals(1, run.count("duplicates"), run.out());

    CliRun again = CliRun.of("index", "--index", index, dir.toString());
    assertEquals(0, again.count("new"));
    assertEquals(2 + samples, again.count("unchanged"));

    CliRun extract = CliRun.of("extract", dir.resolve(nfd).toString());
    assertEquals(0, extract.exit(), extract.err());
    assertTrue(extract.out().contains("- 둘"), extract.out());
  }

  @Test
  void aMissingFolderIsSkippedWithItsReason() {
    Path missing = tmp.resolve("없는 폴더");
    CliRun run = CliRun.of("index", "--index", tmp.resolve("ix").toString(), missing.toString(), SAMPLE.toString());
    assertEquals(1, run.exit());
    assertEquals("gonggo: skipped " + missing + ": no such file or folder", run.err().strip());
    assertEquals(1, run.count("new"));
  }

  @Test
  void anIndexPathThatIsAFileIsRefusedPlainly() throws Exception {
    Path file = Files.writeString(tmp.resolve("ix"), "not an index");
    CliRun run = CliRun.of("index", "--index", file.toString(), SAMPLE.toString());
    assertEquals(1, run.exit());
    assertEquals("gonggo: cannot write the index at " + file
        + ": it is a file, not a folder; name another with --index DIR", run.err().strip());
  }

  @Test
  void aReadOnlyIndexFolderIsRefusedPlainlyAndStillSearched() throws Exception {
    Path index = tmp.resolve("ix");
    assertEquals(0, CliRun.of("index", "--index", index.toString(), SAMPLE.toString()).exit());
    assumeTrue(index.toFile().setWritable(false, false) && !Files.isWritable(index),
        "running as root: every folder is writable");
    try {
      Files.writeString(tmp.resolve("new.txt"), Files.readString(SAMPLE) + "\n- 새 줄");
      CliRun run = CliRun.of("index", "--index", index.toString(), tmp.resolve("new.txt").toString());
      assertEquals(1, run.exit());
      assertEquals("gonggo: cannot write the index at " + index
          + ": the folder is read-only or not yours; name another with --index DIR", run.err().strip());
      CliRun search = CliRun.of("stats", "--index", index.toString());
      assertEquals(0, search.exit(), search.err());
    } finally {
      index.toFile().setWritable(true, false);
    }
  }
}
