package dev.gonggo.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file among a package's resources (headings.tsv, userdict.txt, skills.tsv, …), read
 * once by the class that holds its contents; a missing or unreadable file is a broken build, not
 * bad input.
 */
public final class BuiltInFile {

  /** What a file's text is read into. */
  @FunctionalInterface
  public interface Reading<T> {
    T from(BufferedReader reader) throws IOException;
  }

  private BuiltInFile() {}

  /** Reads the resource {@code name} of {@code owner}'s package. */
  public static <T> T read(Class<?> owner, String name, Reading<T> reading) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return reading.from(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a list file: stripped, blank lines and {@code #} comments left out. */
  public static List<String> lines(Class<?> owner, String name) {
    return read(owner, name, reader -> {
      List<String> out = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    });
  }
}
