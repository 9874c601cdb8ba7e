package dev.gonggo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Tells the user, one line each on stderr, which files were skipped and why, and which were read
 * only after a repair (bytes replaced).
 */
final class Reporter {

  private final PrintWriter err;
  private final boolean verbose;
  private int skipped;

  Reporter(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  void skipped(Path path, String reason, Throwable cause) {
    skipped++;
    err.println("gonggo: skipped " + path + ": " + reason);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  /** One warning line for a file that was read with a repair; nothing for any other. */
  void warnIfRepaired(dev.gonggo.extract.Extraction e) {
    if (e.ok() && e.warning() != null) {
      warned(e.file(), e.warning());
    }
  }

  void warned(Path path, String warning) {
    err.println("gonggo: warning: " + path + ": " + warning);
    err.flush();
  }

  int skippedCount() {
    return skipped;
  }

  /** The exit code of a batch: 0 when every file was read, 1 when some were skipped. */
  int exitCode() {
    return skipped == 0 ? Gonggo.OK : Gonggo.SOME_SKIPPED;
  }
}
