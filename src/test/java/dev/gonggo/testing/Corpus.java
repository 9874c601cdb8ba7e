package dev.gonggo.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real postings beside the project ({@code ../shared/corpus}). Tests that
 * read it skip, with a message, where it is absent: users of the project do not have it.
 */
public final class Corpus {

  public static final Path DIR = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

  private Corpus() {}

  /** Skips the calling test when the corpus is absent. */
  public static Path dir() {
    assumeTrue(Files.isDirectory(DIR),
        "../shared/corpus not found: skipping the tests on real postings");
    return DIR;
  }

  public static Path file(String name) {
    return dir().resolve(name);
  }

  /** Every posting of the corpus (its README and MANIFEST aside), in name order. */
  public static List<Path> postings() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.getFileName().toString().matches("\\d{4}-.*"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
