package dev.gonggo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Tells the user, one line each on stderr, which files were skipped and why. */
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

  int skippedCount() {
    return skipped;
  }

  /** The exit code of a batch: 0 when every file was read, 1 when some were skipped. */
  int exitCode() {
    return skipped == 0 ? Gonggo.OK : Gonggo.SOME_SKIPPED;
  }
}
