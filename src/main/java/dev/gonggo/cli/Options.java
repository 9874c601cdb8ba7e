package dev.gonggo.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Options every subcommand takes. */
public final class Options {

  boolean verbose;

  @Option(names = "--verbose", description = "Show library warnings and stack traces of failures.")
  void setVerbose(boolean verbose) {
    this.verbose = verbose;
    if (verbose) {
      Logging.verbose();
    }
  }

  public boolean verbose() {
    return verbose;
  }

  static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
