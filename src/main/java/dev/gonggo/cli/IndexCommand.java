package dev.gonggo.cli;

import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.index.PostingIndexer;
import dev.gonggo.index.RunSummary;
import dev.gonggo.solr.SolrCollection;
import dev.gonggo.solr.SolrPostingStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonggo index}: adds postings to the index, re-indexing only what changed. */
@Command(
    name = "index",
    header = "Index postings for search, incrementally.",
    description = {
        "Reads each FILE, and every file under each folder, analyses it once and indexes it.",
        "A file whose content is already indexed is skipped; a changed file is re-indexed; the",
        "same content under two paths is indexed once. Commits as it goes, so an interrupted run",
        "is completed by the next one. Only one gonggo may update an index at a time.",
        "Exit codes: 0 every file read, 1 some skipped, 2 usage error."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class IndexCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Posting files or folders.")
  List<Path> paths;

  @Mixin
  IndexOption index;

  @Mixin
  SolrOption solr;

  @Option(names = "--prune", description = "Remove postings whose files are gone.")
  boolean prune;

  @Option(names = "--rebuild", description = "Start the index over, re-indexing every file.")
  boolean rebuild;

  @Option(names = "--all-files",
      description = "Index files that do not look like job postings too (a README, a TSV "
          + "manifest, notes without a posting's parts, skills, years or job words).")
  boolean allFiles;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files read at once. Default: the number of processors.")
  Integer threads;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  ExtractCommand.LimitOptions limits;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(err, options.verbose());
    PostingIndexer.Settings defaults = PostingIndexer.Settings.defaults();
    if (threads != null && threads < 1) {
      throw new UserError("--threads must be 1 or more");
    }
    PostingIndexer.Settings settings = new PostingIndexer.Settings(
        threads == null ? defaults.threads() : threads, defaults.commitEvery(),
        defaults.commitInterval(), allFiles);
    PostingFiles.Found found = PostingFiles.find(paths);
    found.skipped().forEach(s -> reporter.skipped(s.path(), s.reason(), null));
    TerminalProgress progress = new TerminalProgress(err, TerminalProgress.onTerminal());
    PostingIndexer.Listener listener = new PostingIndexer.Listener() {
      @Override
      public void started(int toIndex) {
        progress.start(toIndex);
      }

      @Override
      public void indexed(int done, int toIndex) {
        progress.advance(done);
      }

      @Override
      public void warned(Path file, String warning) {
        progress.clear();
        reporter.warned(file, warning);
        progress.redraw();
      }

      @Override
      public void skipped(Path file, String reason, Throwable cause) {
        progress.clear();
        reporter.skipped(file, reason, cause);
        progress.redraw();
      }
    };
    RunSummary summary;
    SolrCollection collection = solr.enabled() ? solr.connect() : null;
    String where = collection == null ? index.dir.toString() : collection.describe();
    try (PostingIndexer indexer = collection == null
            ? new PostingIndexer(index.dir, rebuild, settings)
            : new PostingIndexer(SolrPostingStore.open(collection, paths,
                SolrPostingStore.DEFAULT_BATCH, rebuild), settings);
        PostingExtractor extractor = PostingExtractor.isolated(limits.toLimits())) {
      PostingPipeline pipeline = new PostingPipeline(taxonomy.load());
      summary = indexer.run(found, prune, pipeline, extractor, listener);
    } finally {
      progress.finish();
    }
    print(out, where, summary);
    return reporter.exitCode();
  }

  private void print(PrintWriter out, String where, RunSummary s) {
    out.printf(Locale.ROOT, "%s: %d postings%n", where, s.postings());
    row(out, "new", s.added());
    row(out, "updated", s.updated());
    row(out, "unchanged", s.unchanged());
    row(out, "duplicates", s.duplicates().size());
    s.duplicates().forEach(d -> out.println("    " + d.file() + " = " + d.sameAs()));
    if (prune) {
      row(out, "removed", s.removed());
    }
    row(out, "skipped", s.skipped().size());
    s.skipped().forEach(k -> out.println("    " + k.file() + ": " + k.reason()));
    out.printf(Locale.ROOT, "  %-11s %.1f s%n", "time", s.time().toMillis() / 1000.0);
    out.flush();
  }

  private static void row(PrintWriter out, String label, int n) {
    out.printf(Locale.ROOT, "  %-11s %5d%n", label, n);
  }
}
