package dev.gonggo.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gonggo command line: a root command and one subcommand per job. */
@Command(
    name = "gonggo",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Reads, indexes and explains Korean job postings (공고).",
    description = {
        "Reads job postings in any format (txt, md, HTML, PDF, DOCX, DOC, HWP, HWPX, RTF, ODT),",
        "finds the skills each asks for, and tells what kind of job it really is."},
    subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class,
        StatsCommand.class, ReportCommand.class, ShowCommand.class, ClassifyCommand.class, KeywordsCommand.class,
        TrainCommand.class, EvalCommand.class, MatchCommand.class, SolrCommand.class,
        CommandLine.HelpCommand.class})
public final class Gonggo {

  /** Exit code when every file was read. */
  public static final int OK = 0;
  /** Exit code when some files were skipped (each one reported on stderr). */
  public static final int SOME_SKIPPED = 1;
  /** Exit code for a usage error (picocli's own). */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    Logging.quiet();
    System.exit(commandLine().execute(args));
  }

  /** The command line with UTF-8 output whatever the platform's locale, as tests use it too. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Gonggo());
    cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // The descriptions are written as lines of up to 100 characters; narrower, picocli re-wraps
    // each of them and leaves ragged half lines.
    cmd.setUsageHelpWidth(100);
    cmd.setExecutionExceptionHandler(new FailureHandler());
    return cmd;
  }
}
