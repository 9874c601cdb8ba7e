package dev.gonggo.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A data file of this package's resources (skills.tsv, noun-affixes.tsv, …), read once by the
 * class that holds its contents; a missing or unreadable file is a broken build, not bad input.
 */
final class BuiltInFile {

  /** What a file's text is read into. */
  @FunctionalInterface
  interface Reading<T> {
    T from(BufferedReader reader) throws IOException;
  }

  private BuiltInFile() {}

  static <T> T read(String resource, Reading<T> reading) {
    try (InputStream in = BuiltInFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return reading.from(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
