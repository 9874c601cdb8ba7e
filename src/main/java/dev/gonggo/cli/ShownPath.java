package dev.gonggo.cli;

import java.nio.file.Path;

/** A path stored in the index as shown to the user: relative to the working directory when under it. */
final class ShownPath {

  private ShownPath() {}

  static String of(String stored) {
    Path here = Path.of("").toAbsolutePath();
    Path p = Path.of(stored);
    return p.startsWith(here) ? here.relativize(p).toString() : stored;
  }
}
