package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader process itself, started as the extractor starts it. */
class ReaderProcessTest {

  @TempDir
  Path dir;

  /**
   * The JVM prints a warning when it cannot use a class-data archive (another Java installed since
   * the launcher made it, a damaged file). That warning must not land on stdout, where the reader
   * answers: the reader would look dead, and every PDF would be read unisolated.
   */
  @Test
  void unusableArchiveIsIgnored() throws IOException, InterruptedException {
    Path archive = archiveOfAnotherClassPath();
    String before = System.getProperty(ReaderProcess.ARCHIVE_PROPERTY);
    System.setProperty(ReaderProcess.ARCHIVE_PROPERTY, archive.toString());
    try (ReaderProcess reader = ReaderProcess.start(ExtractionLimits.DEFAULT)) {
      Path pdf = Path.of("samples/02-daeyang-search-platform.pdf");
      DocumentReader.Result result = reader.read(pdf.getFileName().toString(), Files.readAllBytes(pdf));
      assertNull(result.error());
      assertTrue(result.text().contains("Elasticsearch"), result.text());
    } finally {
      if (before == null) {
        System.clearProperty(ReaderProcess.ARCHIVE_PROPERTY);
      } else {
        System.setProperty(ReaderProcess.ARCHIVE_PROPERTY, before);
      }
    }
  }

  /**
   * A real archive, made by a JVM whose class path is one jar holding {@link Exits}: a reader
   * started on another class path cannot use it. (Classes in directories are never archived.)
   */
  private Path archiveOfAnotherClassPath() throws IOException, InterruptedException {
    Path jar = dir.resolve("exits.jar");
    String entry = Exits.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        InputStream in = Exits.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
    }
    Path archive = dir.resolve("reader.jsa");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(), Exits.class.getName())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the archiving JVM did not end");
    assertTrue(Files.isRegularFile(archive), "no archive was written");
    return archive;
  }

  /** The main class of that JVM. */
  public static final class Exits {
    public static void main(String[] args) {}
  }
}
