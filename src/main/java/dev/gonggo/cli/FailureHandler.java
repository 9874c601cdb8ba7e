package dev.gonggo.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An error no command handled: one plain line, a stack trace only with --verbose, and exit code 1.
 * A {@link UserError} (a bad option value found while running) is a usage error: exit code 2.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cmd.getErr().println("gonggo: " + message);
    if (Options.isVerbose(parsed)) {
      e.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return e instanceof UserError ? Gonggo.USAGE : Gonggo.SOME_SKIPPED;
  }
}
