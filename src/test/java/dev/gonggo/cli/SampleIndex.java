package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An index of samples/ made once per test run and shared by the report's tests: indexing the
 * samples takes seconds, and those tests only read it.
 */
final class SampleIndex {

  private static Path index;

  private SampleIndex() {}

  static synchronized Path get() {
    if (index == null) {
      try {
        Path dir = Files.createTempDirectory("gonggo-sample-index");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        CliRun run = CliRun.of("index", "--index", dir.resolve("ix").toString(), "samples");
        assertEquals(0, run.exit(), run.err());
        index = dir.resolve("ix");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
