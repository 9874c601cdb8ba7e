package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.text.TextNormalizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gonggo extract}: prints the clean text of postings. */
@Command(
    name = "extract",
    header = "Print the clean text of postings.",
    description = {
        "Reads each FILE, and every file under each folder, and prints its text: normalised",
        "(NFC, one bullet style, folded blank space), with navigation and markup dropped.",
        "A file that cannot be read is reported on stderr as 'gonggo: skipped PATH: REASON'.",
        "Exit codes: 0 every file read, 1 some skipped, 2 usage error."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Posting files or folders.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: text, or json (one object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  LimitOptions limits;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr(), options.verbose());
    PostingFiles.Found found = PostingFiles.find(paths);
    found.skipped().forEach(s -> reporter.skipped(s.path(), s.reason(), null));
    ObjectMapper json = new ObjectMapper();
    try (PostingExtractor extractor = PostingExtractor.isolated(limits.toLimits())) {
      boolean headers = found.files().size() > 1;
      for (Path file : found.files()) {
        Extraction e = extractor.extract(file);
        reporter.warnIfRepaired(e);
        if (!e.ok()) {
          reporter.skipped(file, e.error(), e.cause());
          if (format == Format.json) {
            out.println(toJson(json, e, null));
          }
          continue;
        }
        String text = TextNormalizer.normalize(e.text());
        if (format == Format.json) {
          out.println(toJson(json, e, text));
        } else {
          if (headers) {
            out.println("==> " + file + " <==");
          }
          out.println(text);
          if (headers) {
            out.println();
          }
        }
        out.flush();
      }
    }
    return reporter.exitCode();
  }

  private static String toJson(ObjectMapper json, Extraction e, String text) {
    ObjectNode node = json.createObjectNode();
    node.put("file", e.file().toString());
    node.put("contentType", e.contentType());
    if (e.title() != null) {
      node.put("title", e.title());
    }
    if (e.ok()) {
      node.put("chars", text.length());
      node.put("text", text);
    } else {
      node.put("error", e.error());
    }
    try {
      return json.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** The limits one file may use, shared by every command that reads postings. */
  static final class LimitOptions {
    @Option(names = "--max-size", defaultValue = "20", paramLabel = "MB",
        description = "Skip files larger than this many megabytes. Default: ${DEFAULT-VALUE}.")
    double maxSizeMb;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
        description = "Give up on a file whose reading, or whose analysis, takes longer (each "
            + "has this limit). Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    ExtractionLimits toLimits() {
      if (maxSizeMb <= 0 || timeoutSeconds <= 0) {
        throw new UserError("--max-size and --timeout must be positive numbers");
      }
      return new ExtractionLimits((long) (maxSizeMb * 1024 * 1024),
          Duration.ofMillis((long) (timeoutSeconds * 1000)), ExtractionLimits.DEFAULT_MAX_CHARS);
    }
  }
}
